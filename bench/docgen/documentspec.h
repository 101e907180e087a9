// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vt::docgen {

/// How a body paragraph is set.
enum class BodyStyle {
    Text, ///< justified, first-line indent
    Centered, ///< bold, centred: "QUYẾT ĐỊNH:", the deciding authority, section titles in capitals
    Heading, ///< bold, flush left: "I. MỤC ĐÍCH, YÊU CẦU"
    Article, ///< "Điều 1." in bold, then the text justified
};

struct BodyParagraph
{
    QString text;
    BodyStyle style = BodyStyle::Text;
};

/// A dispatch as it is printed: every string is exactly what appears on the page (NFC), so the
/// text layer and the gold agree. Layout decisions (fonts, positions) are not here.
struct DocumentSpec
{
    QStringList agencyLines; ///< left header column, upper case: the parent (if any), then the issuer
    bool party = false; ///< Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" header and a "*" under the agency
    QString numberLine; ///< "Số: 2668/VP-VHXH", Party often "Số 116-KH/BCĐTTĐN"
    QString letterSummary; ///< công văn: the "V/v …" line under the number; empty otherwise
    QString dateLine; ///< "Kiên Giang, ngày 08 tháng 5 năm 2020"
    QStringList marks; ///< boxed marks under the number: "MẬT", "HỎA TỐC"
    QString title; ///< type name in capitals ("KẾ HOẠCH"); empty for công văn
    QString titleSummary; ///< the trích yếu under the title
    QStringList addressees; ///< Kính gửi items, without bullet and final punctuation
    QList<BodyParagraph> body;
    QStringList authorityLines; ///< "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    QString signer;
    QStringList recipients; ///< Nơi nhận items as printed after "- ", the last one "Lưu: VT, TH."
};

/// One generated document: what to print and what an extractor should find in it.
struct GeneratedDocument
{
    DocumentSpec spec;
    /// The gold values, named as the project names them (see docs/docgen.md for the conventions:
    /// issuer as printed, summary without "V/v", signer title as the printed lines joined by " / ",
    /// recipients without the "Lưu:" line). fullText holds the printed text in reading order.
    vt::Dispatch gold;
    QString archive; ///< the "Lưu:" line's content, "VT, TH"
};

/// The printed text of a document in reading order (left header column, right column, title, Kính
/// gửi, body, signature, Nơi nhận), one printed line or paragraph per line.
QString readingText(const DocumentSpec &spec);

} // namespace vt::docgen
