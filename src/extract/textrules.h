// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to vt_extract: the text rules the field finders share.

#include "extractor.h"

#include <QDate>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace vt::extract::detail {

/// An input line prepared for matching. `text` is NFC with markdown emphasis ('*') blanked out, so spans in
/// it are spans in the input; `fold` is the same text without diacritics, đ→d, lower case, and has the
/// same length as `text` (the finders match on `fold` and cut the value out of `text`).
struct Line
{
    QString text;
    QString fold;
    int page = 1;
    QRectF box;
    bool blank() const { return fold.trimmed().isEmpty(); }
};

Line prepareLine(const SourceLine &source);
QString foldText(const QString &nfcText); ///< as Line::fold

/// A document type of NĐ 30/2020 art. 7 (plus the legal and Party types that arrive at a records office).
struct DocType
{
    QString name; ///< "Quyết định"
    QString abbreviation; ///< "QĐ"; empty for Công văn
    QString fold; ///< "quyet dinh"
};
const QList<DocType> &docTypes();
const DocType *typeByName(const QString &foldedName);
const DocType *typeByAbbreviation(const QString &abbreviation); ///< exact first, then ignoring Đ/D

/// The type named at the start of `fold` (a folded line), the longest match, with the length it covers.
const DocType *typeAtStart(QStringView fold, qsizetype *length = nullptr);

/// A reference as printed: number, optional year, notation ("2668 /VP-VHXH", "116-KH/BCĐ", "930/QĐ- TTG").
/// Spaces around the separators are tolerated and removed by normaliseReference().
const QRegularExpression &referencePattern();

struct Reference
{
    QString number; ///< "2668", "116"; empty when illegible
    QString notation; ///< "VP-VHXH", "2025/QĐ-UBND", "KH/BCĐTTĐN"
    QString full; ///< "2668/VP-VHXH", "116-KH/BCĐTTĐN"
};
/// Cleans a matched reference: spaces removed, OCR Đ restored in the type part when `type` tells
/// (QD→QĐ for Quyết định, DA→ĐA for Đề án, HD→HĐ for Hợp đồng only), "TTG"→"TTg". Nullopt when it has no letters.
std::optional<Reference> normaliseReference(QString printed, const DocType *type = nullptr);

/// A date "ngày 29 tháng 8 năm 2024" (also damaged: "ngay 29 thdng & nam 2024") or "ngày 29/8/2024" found in
/// a folded text; `from`/`length` receive its span.
QDate findDate(QStringView fold, qsizetype *from = nullptr, qsizetype *length = nullptr);
/// "24/4/2020", "04-6-2021", "24.04.2020", "07 tháng 9 năm 2015" at the start of a folded text.
QDate dateAtStart(QStringView fold, qsizetype *length = nullptr);

/// Share of the letters that are upper case (0 when there are none).
double upperShare(QStringView text);
bool isUpperLine(QStringView text); ///< at least 4 letters, ≥ 85% upper case

/// Words starting with an upper-case letter followed by lower case, 2–6 of them, nothing else:
/// a person's name as signed ("Huỳnh Vĩnh Lạc", "Y Ngọc").
bool looksLikeName(QStringView text);

/// A signer's name with the syllables OCR, repair or a typist got wrong put right: a syllable that no name has in
/// that place (surname, middle, given name) becomes the far more frequent one it differs from by its marks only
/// ("Lề Thi" → "Lê Thị"), else by one letter ("Sển" → "Sơn"). A plausible name is kept as printed.
QString correctedName(const QString &name, bool *changed);

/// An upper-case agency name in the document's usual spelling: "UBND TỈNH KIÊN GIANG" → "UBND tỉnh Kiên Giang",
/// "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông". Text already in mixed case is kept.
QString prettyAgency(const QString &upper);
/// "UBND" → "Ủy ban nhân dân", "HĐND" → "Hội đồng nhân dân" in an agency name.
QString expandAgency(const QString &name);

/// A list item as printed: leading bullet and trailing ';' ',' '.' removed, spaces collapsed.
QString cleanItem(QString item);
QString collapse(QString text); ///< whitespace runs → one space, trimmed
/// Edit distance, bounded: the exact value up to `limit`, limit + 1 beyond.
qsizetype distance(QStringView a, QStringView b, qsizetype limit);
/// The province (or centrally governed city) `name` is, or is one OCR slip from (two for long names):
/// "Trà Vĩnh" → "Trà Vinh", "THỪU THIÊN HUẾ" → "Thừa Thiên Huế"; case and tone placement ignored. Empty when
/// none is, or several are, that close. `exact` tells whether it was the province's name as written.
QString provinceNear(const QString &name, bool *exact = nullptr);
/// Scan specks and quotes around a line's words removed ("“Nguyễn Phú Lợi", "BÍ THƯ “", "ˆ PHÓ GIÁM ĐỐC",
/// "Huỳnh Anh Quyết."): leading characters other than letters, digits and '(', trailing ones other than
/// letters, digits and ')'. Collapsed.
QString trimNoise(const QString &text);
/// A line without the specks a scan adds as words of their own ("-_ V/v góp ý", "trách _ nhiệm", "thao ˆ ."):
/// words made only of punctuation and marks are dropped, except a dash between two words ("kinh tế - xã hội").
/// Collapsed.
QString withoutSpecks(const QString &text);
/// Upper-case words OCR printed without the spaces between them, split into syllables: "TỈNHBÌNHPHƯỚC" →
/// "TỈNH BÌNH PHƯỚC", "QUÂNKHU9" → "QUÂN KHU 9". Each word of the text is split only when it is not a
/// syllable itself, carries a diacritic, and reads as a sequence of well-formed syllables (fewest pieces).
QString splitGluedWords(const QString &text);

} // namespace vt::extract::detail
