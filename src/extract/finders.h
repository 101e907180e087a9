// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to vt_extract: one document's lines and the finders that fill its fields.

#include "textrules.h"

namespace vt::extract::detail {

/// The lines of one document and the record being filled. Finders read `lines[first..last]` and record
/// what they found, with its span, through note().
struct Scope
{
    Scope(const QList<Line> &l, ExtractedDocument &d) : lines(l), doc(d) {}

    const QList<Line> &lines;
    ExtractedDocument &doc;
    qsizetype first = 0; ///< first line of the document
    qsizetype headerLine = 0; ///< where its header starts (after any preamble)
    qsizetype last = -1; ///< last line, inclusive
    bool hasBoxes = false;

    // Filled by findHeader for the finders that run after it.
    qsizetype headerEnd = -1; ///< first line after the header block (number, date, V/v, title)
    qsizetype titleLine = -1;
    QString issuerRaw; ///< the issuer as printed, to recognise it when repeated under the title
    QString referenceAsRead; ///< the reference before its agency code was corrected (it is not a citation either)

    void note(const QString &field, qsizetype line, qsizetype start, qsizetype length, double confidence);
    /// The line is in the left half of its page (box known), or nothing is known (no box).
    bool leftColumn(qsizetype line) const;
    bool rightColumn(qsizetype line) const;
    /// The middle of a page, from the boxes of its lines (0 without boxes).
    double pageMiddle(int page) const;
};

/// Agency block, number and notation, place and date, type, summary, addressees, urgency, confidentiality.
void findHeader(Scope &scope);
/// Nơi nhận (with Lưu), signer, signer title and authority.
void findFooter(Scope &scope);
/// Every "<type> số X/Y ngày … của …" in the document, the document's own reference excepted.
void findCitations(Scope &scope);
/// Fills what is still missing from a catalogue line "<Type> <reference> ngày d/m/yyyy … do <issuer> ban hành".
void findCatalogueLine(Scope &scope);

/// The notation's agency code read again against the issuer's name (Đ restored, one OCR slip corrected).
void correctAgencyCode(Scope &scope);

/// Spans of the quốc hiệu, the Party header and the tiêu ngữ in a folded line (for blanking and splitting).
QList<std::pair<qsizetype, qsizetype>> nationalHeaderSpans(QStringView fold);
bool isHeaderMarker(const Line &line);
/// An agency line as a scan leaves it: specks, stray marks and OCR's small-letter words dropped, glued
/// words split, "TÍNH"/"SỬ" read back as "TỈNH"/"SỞ"; a dash that continues the name is kept.
QString agencyText(const QString &text);
/// The number label ("Số:", OCR "S6:") in a folded line; capture 1 is the label.
const QRegularExpression &numberLabel();
/// The "V/v" label of a công văn's summary in a folded line.
const QRegularExpression &subjectLabel();

} // namespace vt::extract::detail
