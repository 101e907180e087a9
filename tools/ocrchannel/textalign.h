// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

/// Alignment of a source text with its OCR reading, coarse to fine: lines, then whitespace tokens. The character
/// level lives in ChannelCounter because its costs are learned.
namespace vt::ocrchannel {

/// Levenshtein distance on UTF-16 code units. Vietnamese in NFC is all in the BMP, so a unit is a character.
int editDistance(QStringView a, QStringView b);

/// Edit distance divided by the longer length: 0 for equal, 1 for nothing in common. 0 when both are empty.
double normalizedDistance(QStringView a, QStringView b);

/// Lower case, no diacritics, đ→d: what alignment compares, so that "Pai"/"Đài" and "nhimg"/"những" look close.
QString foldKey(QStringView s);

/// Whitespace runs collapsed to one space and trimmed: the text CER is measured on.
QString collapseSpaces(QStringView s);

/// One matched group of source and OCR lines. Lines the other side lacks are dropped (counted in the stats).
struct LineMatch
{
    QString source; ///< one line, or two joined by a space when OCR merged them
    QString ocr; ///< likewise, when OCR split one line in two
};

struct LineAlignment
{
    QList<LineMatch> matches;
    int droppedSource = 0; ///< source lines OCR lost
    int droppedOcr = 0; ///< OCR lines with no source (specks read as text, stray marks)
};

/// Monotone alignment of source lines with OCR lines (1:1, 2:1, 1:2, skips), scored on character-bigram overlap of
/// the folded text, which is cheap and robust to the diacritic damage eng OCR does. Blank lines are ignored.
LineAlignment alignLines(const QStringList &source, const QStringList &ocr);

/// One step of a token alignment. `sourceCount`/`ocrCount` are 0, 1 or 2 tokens; two tokens are joined by a
/// space in `source`/`ocr` (a merge "tỉnh các"→"tinhcac" or a split "phố"→"ph ố").
struct WordMatch
{
    QString source;
    QString ocr;
    int sourceCount = 0;
    int ocrCount = 0;
};

/// Edit-distance alignment of the whitespace tokens of one source line with one OCR line. Substitution costs the
/// folded normalised distance, so a garbled token still pairs with its source; merges and splits cost a little more
/// than a substitution so that they are chosen only when the concatenation really matches.
QList<WordMatch> alignWords(QStringView sourceLine, QStringView ocrLine);

} // namespace vt::ocrchannel
