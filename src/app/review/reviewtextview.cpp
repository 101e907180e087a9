// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewtextview.h"

#include <QHelpEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QShortcut>
#include <QTextBlock>
#include <QToolTip>

#include <cmath>

namespace vt::gui {

ReviewTextView::ReviewTextView(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

void ReviewTextView::setContent(DocumentText content)
{
    m_content = std::move(content);
    m_spanStart = -1;
    setPlainText(m_content.text);
    updateMarks();
}

void ReviewTextView::setThreshold(double threshold)
{
    m_threshold = threshold;
    updateMarks();
}

QList<int> ReviewTextView::markedWords() const
{
    QList<int> marked;
    for (qsizetype i = 0; i < m_content.words.size(); ++i) {
        const ReviewedWord &w = m_content.words.at(i);
        if (!w.corrected && w.confidence < m_threshold)
            marked.append(int(i));
    }
    return marked;
}

int ReviewTextView::wordAt(qsizetype position) const
{
    for (qsizetype i = 0; i < m_content.words.size(); ++i) {
        const ReviewedWord &w = m_content.words.at(i);
        if (position >= w.position && position < w.end())
            return int(i);
    }
    return -1;
}

void ReviewTextView::updateMarks()
{
    QList<QTextEdit::ExtraSelection> selections;
    const auto add = [&](qsizetype start, qsizetype length, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(int(start));
        s.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        s.format = format;
        selections.append(s);
    };
    if (m_spanStart >= 0) {
        QTextCharFormat span;
        span.setBackground(QColor(200, 225, 255));
        add(m_spanStart, m_spanLength, span);
    }
    QTextCharFormat low;
    low.setBackground(QColor(255, 210, 120));
    low.setUnderlineStyle(QTextCharFormat::DotLine);
    low.setUnderlineColor(QColor(200, 90, 0));
    QTextCharFormat corrected;
    corrected.setUnderlineStyle(QTextCharFormat::SingleUnderline);
    corrected.setUnderlineColor(QColor(40, 150, 60));
    for (const ReviewedWord &w : m_content.words) {
        if (w.corrected)
            add(w.position, w.text.size(), corrected);
        else if (w.confidence < m_threshold)
            add(w.position, w.text.size(), low);
    }
    setExtraSelections(selections);
}

QRect ReviewTextView::wordRect(int word) const
{
    QTextCursor c(document());
    c.setPosition(int(m_content.words.at(word).position));
    const QRect start = cursorRect(c);
    c.setPosition(int(m_content.words.at(word).end()));
    const QRect end = cursorRect(c);
    return end.top() == start.top() ? start.united(end) : start;
}

QMenu *ReviewTextView::openWordMenu(int word, const QPoint &globalPos)
{
    if (word < 0 || word >= m_content.words.size())
        return nullptr;
    if (m_menu)
        m_menu->close();
    const ReviewedWord &w = m_content.words.at(word);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!w.corrected) {
        menu->addSection(tr("Confidence %1%").arg(std::lround(w.confidence * 100)));
    }
    for (const QString &alternative : w.alternatives) {
        menu->addAction(alternative, this, [this, word, alternative] { replaceWord(word, alternative); });
    }
    if (w.alternatives.isEmpty())
        menu->addAction(tr("No other reading"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Type a correction…"), this, [this, word] { openCorrectionEditor(word); });
    m_menu = menu;
    menu->popup(globalPos);
    return menu;
}

QLineEdit *ReviewTextView::openCorrectionEditor(int word)
{
    if (word < 0 || word >= m_content.words.size())
        return nullptr;
    if (m_editor)
        m_editor->deleteLater();
    auto *editor = new QLineEdit(viewport());
    editor->setObjectName(QStringLiteral("correctionEditor"));
    editor->setText(m_content.words.at(word).text);
    editor->selectAll();
    editor->setToolTip(tr("Enter applies the correction, Escape cancels."));
    const QRect r = wordRect(word);
    const int width = std::max(r.width() + 40, editor->fontMetrics().horizontalAdvance(editor->text()) + 40);
    editor->setGeometry(r.left() - 4, r.top() - 3, std::max(width, 120), editor->sizeHint().height());
    connect(editor, &QLineEdit::returnPressed, this, [this, editor, word] {
        const QString typed = editor->text().trimmed();
        editor->deleteLater();
        if (!typed.isEmpty() && !typed.contains(QChar::Space))
            replaceWord(word, typed);
        setFocus();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), editor, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, editor, &QObject::deleteLater);
    editor->show();
    editor->setFocus();
    m_editor = editor;
    return editor;
}

void ReviewTextView::replaceWord(int word, const QString &replacement)
{
    if (word < 0 || word >= m_content.words.size())
        return;
    const ReviewedWord before = m_content.words.at(word);
    if (before.corrected && replacement == before.text)
        return;
    if (!vt::gui::replaceWord(m_content, word, replacement))
        return;
    QTextCursor c(document());
    c.setPosition(int(before.position));
    c.setPosition(int(before.end()), QTextCursor::KeepAnchor);
    c.insertText(replacement);
    updateMarks();
    emit wordReplaced(word, before, replacement);
}

void ReviewTextView::showSpan(qsizetype line, qsizetype start, qsizetype length)
{
    m_spanStart = -1;
    if (line >= 0 && line < m_content.lineStarts.size() && m_content.lineStarts.at(line) >= 0) {
        m_spanStart = std::min(m_content.lineStarts.at(line) + start, m_content.text.size());
        m_spanLength = std::clamp<qsizetype>(length, 0, m_content.text.size() - m_spanStart);
        QTextCursor c(document());
        c.setPosition(int(m_spanStart));
        setTextCursor(c);
        ensureCursorVisible();
    }
    updateMarks();
}

void ReviewTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int word = wordAt(cursorForPosition(event->position().toPoint()).position());
    if (word < 0)
        return;
    const ReviewedWord &w = m_content.words.at(word);
    if (w.corrected || w.confidence < m_threshold) {
        const QRect r = wordRect(word);
        openWordMenu(word, viewport()->mapToGlobal(r.bottomLeft()));
    }
}

bool ReviewTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int word = wordAt(cursorForPosition(help->pos()).position());
        if (word >= 0 && (m_content.words.at(word).corrected || m_content.words.at(word).confidence < m_threshold)) {
            const ReviewedWord &w = m_content.words.at(word);
            const QString tip = w.corrected
                ? tr("Corrected; click to change")
                : tr("Confidence %1%; click for other readings").arg(std::lround(w.confidence * 100));
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace vt::gui
