// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestlineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

constexpr int kOffered = 12;

} // namespace

SuggestLineEdit::SuggestLineEdit(store::SuggestionKind kind, bool isList, QWidget *parent)
    : QLineEdit(parent), m_kind(kind), m_isList(isList), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(kOffered);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &SuggestLineEdit::take);
    connect(this, &QLineEdit::textEdited, this, [this] {
        lookUp();
        emit edited();
    });
    if (isList)
        setToolTip(tr("Separate several names with a semicolon (;)"));
}

QStringList SuggestLineEdit::offered() const
{
    return m_model->stringList();
}

QString SuggestLineEdit::currentPart() const
{
    const QString t = text();
    return (m_isList ? t.mid(t.lastIndexOf(u';') + 1) : t).trimmed();
}

void SuggestLineEdit::lookUp()
{
    const QString part = currentPart();
    QStringList names;
    if (m_lookup && !part.isEmpty())
        names = m_lookup(m_kind, part);
    // Nothing to offer when the only name is what is already there.
    if (names.size() == 1 && names.first() == part)
        names.clear();
    m_model->setStringList(names);
    if (names.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void SuggestLineEdit::take(const QString &name)
{
    if (m_isList) {
        const QString t = text();
        const qsizetype cut = t.lastIndexOf(u';');
        const QString before = cut < 0 ? QString() : t.left(cut + 1).trimmed();
        setText(before.isEmpty() ? name : before + u' ' + name);
    } else {
        setText(name);
    }
    m_model->setStringList({});
    // The Enter that chose the name must not also submit the form.
    m_justTaken = true;
    QTimer::singleShot(0, this, [this] { m_justTaken = false; });
    emit edited();
}

void SuggestLineEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_justTaken) {
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

QStringList SuggestLineEdit::items() const
{
    if (!m_isList) {
        const QString t = text().trimmed();
        return t.isEmpty() ? QStringList{} : QStringList{t};
    }
    QStringList out;
    for (const QString &part : text().split(u';')) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    }
    return out;
}

void SuggestLineEdit::setItems(const QStringList &items)
{
    const QString joined = items.join(u"; "_s);
    if (joined != text())
        setText(joined);
}

} // namespace vt::gui
