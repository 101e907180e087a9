// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

/// Small string builders for the generator's hot path. They append in place and never go through
/// QString::arg(), QLocale or regular expressions, which would dominate the cost of a million records.
namespace vt::synth::text {

void appendNumber(QString &out, qint64 n);
/// "05" below 10, as NĐ 30/2020 wants for document numbers and days.
void appendPadded2(QString &out, int n);
/// Vietnamese digit grouping: 12.500, 1.250.000.
void appendGrouped(QString &out, qint64 n);
/// A decimal with a comma, one digit after it when `tenths` is not a multiple of ten: 87,5 / 92.
void appendTenths(QString &out, int tenths);
/// "05/3/2020" (NĐ 30 style: day padded, month padded only for 01 and 02) or "05/03/2020" with `padMonth`.
void appendShortDate(QString &out, QDate date, bool padMonth);
/// "ngày 05 tháng 3 năm 2020", the form of the địa danh line.
void appendLongDate(QString &out, QDate date);
/// I, II, … XII, for section and quarter numbers.
void appendRoman(QString &out, int n);

/// Upper-cases the first letter in place (a placeholder that opens a sentence).
void capitalizeFrom(QString &out, qsizetype position);

/// UTF-8 length of UTF-16 text without converting it. Counts a surrogate pair as four bytes.
qsizetype utf8Length(QStringView s);

/// Number of space-separated words.
int wordCount(QStringView s);

/// Moves tone marks from the old to the new placement in open oa/oe/uy syllables ("hòa"→"hoà",
/// "thủy"→"thuỷ", "Ủy"→"Uỷ"), in place. Real registers contain both spellings, often for the same
/// word, because it depends on the typist's input method; the vocabulary is written in the old style and
/// a share of the records is passed through this.
void toNewTonePlacement(QString &s);

/// Lower-case ASCII letters and digits of `s`, diacritics and đ folded, everything else dropped:
/// "Kiên Giang" → "kiengiang". For e-mail addresses; not for the hot path of every record.
QString asciiFold(QStringView s);

/// Splits a literal once, at start-up; the views point into the literal, which lives for the program.
std::vector<QStringView> split(QStringView s, QChar separator);

} // namespace vt::synth::text
