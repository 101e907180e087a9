// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documenttext.h"

#include <QPlainTextEdit>
#include <QPointer>

class QLineEdit;
class QMenu;

namespace vt::gui {

/// A document's repaired text, read-only, with the words the repairer was unsure of marked. Clicking a marked
/// word opens a menu of the repairer's other readings and "Type a correction…"; choosing one replaces the word
/// in the text (and emits wordReplaced so the form can follow).
class ReviewTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewTextView)

public:
    /// Words below this confidence are marked.
    static constexpr double kDefaultThreshold = 0.8;

    explicit ReviewTextView(QWidget *parent = nullptr);

    void setContent(DocumentText content);
    /// The text as corrected so far, with the words' places kept up to date.
    const DocumentText &content() const { return m_content; }

    void setThreshold(double threshold);
    double threshold() const { return m_threshold; }
    /// Indexes (into content().words) of the marked words: below the threshold and not corrected.
    QList<int> markedWords() const;
    /// The word at a position of the text, or -1.
    int wordAt(qsizetype position) const;

    /// What a click on a marked word does: the menu of readings at `globalPos`. The menu stays open (it is not
    /// modal) and is returned for tests.
    QMenu *openWordMenu(int word, const QPoint &globalPos);
    /// The small editor "Type a correction…" opens over the word; Enter applies, Escape closes.
    QLineEdit *openCorrectionEditor(int word);
    void replaceWord(int word, const QString &replacement);

    /// Marks a span of one of the file's lines (where a field came from) and scrolls it into view; a negative
    /// line clears the mark.
    void showSpan(qsizetype line, qsizetype start, qsizetype length);

signals:
    void wordReplaced(int word, const vt::gui::ReviewedWord &before, const QString &replacement);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateMarks();
    QRect wordRect(int word) const;

    DocumentText m_content;
    double m_threshold = kDefaultThreshold;
    qsizetype m_spanStart = -1;
    qsizetype m_spanLength = 0;
    QPointer<QMenu> m_menu;
    QPointer<QLineEdit> m_editor;
};

} // namespace vt::gui
