// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pipeline/importer.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vt::gui {

/// One word the repairer decided, placed in a document's repaired text.
struct ReviewedWord
{
    qsizetype position = 0; ///< in DocumentText::text (UTF-16 units)
    QString text; ///< as it stands in the text now
    double confidence = 0; ///< the repairer's, 0..1; 1 once the clerk chose or typed the word
    QStringList alternatives; ///< the repairer's other readings, best first, in the word's case
    qsizetype line = -1; ///< index of the line among the file's lines (the extractor's input lines)
    qsizetype lineOffset = 0; ///< where the word starts in that line, as repaired
    bool corrected = false; ///< the clerk chose or typed it

    qsizetype end() const { return position + text.size(); }
};

/// A document's repaired text as the review shows it (equal to ImportedDocument::text) with the repairer's
/// words placed in it.
struct DocumentText
{
    QString text;
    QList<ReviewedWord> words; ///< in text order
    /// For each of the file's lines, where it starts in `text`; -1 for lines outside the document.
    QList<qsizetype> lineStarts;
};

/// Places the repairer's tokens of the file's pages in document `index`'s text. Tokens are spans in each page's
/// text as read; between them the repairer copies everything through, so their places in the repaired text
/// follow by adding up the length changes. When the text cannot be matched (never expected) the document's text
/// is returned without words.
DocumentText documentText(const pipeline::ImportedFile &file, int index);

/// Replaces word `index` in the text by `replacement` (the clerk's choice): later words and lines move, the
/// word is marked corrected and keeps its former reading among the alternatives. False for a bad index or an
/// empty replacement.
bool replaceWord(DocumentText &content, int index, const QString &replacement);

/// `alternative` written in the case pattern of `word` ("Ha" → "Hà", "HA" → "HÀ").
QString inCaseOf(const QString &word, const QString &alternative);

} // namespace vt::gui
