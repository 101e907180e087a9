// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QString>

/// Field extraction per NĐ 30/2020: text lines in, documents with their fields out. Pure functions of their
/// input: no state, no persistence, safe to call from any number of threads at once.
namespace vt::extract {

/// One line of a file's text as a reader produced it. `box` is the line's rectangle on its page in page
/// points (origin top left) when the OCR stage knows it; empty for text files and text layers.
struct SourceLine
{
    QString text;
    int page = 1; ///< 1-based
    QRectF box;
};

/// Where a field's value came from, and how sure the extractor is of it.
struct FieldEvidence
{
    double confidence = 0; ///< 0..1
    qsizetype line = -1; ///< index into the input lines
    qsizetype start = 0; ///< span within that line's text (UTF-16 units)
    qsizetype length = 0;
    int page = 0;
    QRectF region; ///< the line's box when known
};

/// One document found in the input.
struct ExtractedDocument
{
    Dispatch fields; ///< issuer … confidentiality and citations are filled; register fields are left alone
    QString luu; ///< the "Lưu: …" line of Nơi nhận, kept apart from the recipients ("VT, TTBCBC")
    QHash<QString, FieldEvidence> evidence; ///< by the English field name ("reference", "issued_date", …)
    int firstPage = 1;
    int lastPage = 1;
    qsizetype firstLine = 0; ///< input lines of this document, inclusive
    qsizetype lastLine = -1;
    bool hasHeader = false; ///< a quốc hiệu / Party header / agency block was found
};

/// Splits the lines into documents (one per header) and extracts each one's fields. Text is expected in NFC
/// (it is normalised again here); OCR damage after repair (stray punctuation, merged columns, wrong case)
/// is tolerated. Empty input gives an empty list; text with no recognisable part gives one document with
/// whatever it states.
QList<ExtractedDocument> extractDocuments(const QList<SourceLine> &lines);

/// The document a file is registered as when it holds one dispatch plus other text (a cover note, a
/// catalogue page): the first with a header and a reference, else the first with a reference, else the
/// first. -1 for an empty list.
qsizetype mainDocument(const QList<ExtractedDocument> &documents);

/// How well a document's reference agrees with the rest of the document, 0..3, one point each: its type
/// abbreviation is the title's type (or the document is a công văn, whose notation has none); one of its agency
/// codes is the issuer's initials or a code the document writes on another line; every group of its notation has two
/// letters or more. For choosing among several OCR readings of a number line; 0 without a reference.
int referenceAgreement(const ExtractedDocument &document, const QList<SourceLine> &lines);

/// The lines of a plain text (any line ending), all on page 1, without boxes.
QList<SourceLine> linesFromText(const QString &text);

/// The document in the store's JSON field names: issuer, issuer_parent, number, notation, reference, place,
/// issued_date (ISO), type, summary, addressees[], recipients[], luu, signer, signer_title,
/// signing_authority ("KT."), urgency, confidentiality, citations[{reference,date,issuer,type}],
/// page_range [first,last], confidence {field: 0..1}. Absent values are null (lists are empty).
QJsonObject toJson(const ExtractedDocument &document);

} // namespace vt::extract
