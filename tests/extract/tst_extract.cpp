// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/extractor.h"

#include <QJsonArray>
#include <QtTest>

#include <future>

using namespace Qt::StringLiterals;
using vt::extract::ExtractedDocument;
using vt::extract::SourceLine;

namespace {

// Made-up documents in the NĐ 30/2020 layout, one header cell or paragraph per line.
const QString kDispatch = uR"(ỦY BAN NHÂN DÂN TỈNH AN GIANG
SỞ TÀI CHÍNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1520 /STC-NS
V/v hướng dẫn lập dự toán
ngân sách năm 2026
An Giang, ngày 03 tháng 02 năm 2025
Kính gửi:
- Các sở, ban, ngành tỉnh;
- Ủy ban nhân dân các xã, phường.
Căn cứ Thông tư số 56/2024/TT-BTC ngày 12/8/2024 của Bộ Tài chính về lập dự toán; Công văn số 812/UBND-KT ngày 20-01-2025 của Ủy ban nhân dân tỉnh, Sở Tài chính hướng dẫn như sau.
Các đơn vị thực hiện theo Thông tư số 56/2024/TT-BTC nêu trên./.
Nơi nhận:
- Như trên;
- UBND tỉnh (báo cáo);
- Lưu: VT, NS.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Mai Anh
)"_s;

const QString kDecision = uR"(ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc
Số: 84/2025/QĐ-UBND
Bình Định, ngày 21 tháng 11 năm 2025
QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp
ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;
Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.
Nơi nhận: - Như Điều 3; - Bộ Công Thương; - Lưu: VT, KT.
TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Bình
)"_s;

const QString kPartyPlan = uR"(TỈNH ỦY HÀ GIANG
BAN TUYÊN GIÁO
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Giang, ngày 05 tháng 3 năm 2024
Số 116-KH/BTGTU
KẾ HOẠCH
tuyên truyền kỷ niệm ngày thành lập Đảng năm 2024
Thực hiện Hướng dẫn số 82-HD/BTGTW, ngày 18-01-2024 của Ban Tuyên giáo Trung ương, Ban Tuyên giáo xây dựng kế hoạch như sau.
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu.
K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Nguyễn Văn Thành
)"_s;

QList<ExtractedDocument> extract(const QString &text)
{
    return vt::extract::extractDocuments(vt::extract::linesFromText(text));
}

ExtractedDocument single(const QString &text)
{
    const auto docs = extract(text);
    if (docs.size() != 1)
        qWarning("expected one document, got %lld", qlonglong(docs.size()));
    return docs.value(0);
}

} // namespace

class TestExtract : public QObject
{
    Q_OBJECT

private slots:
    void stateDispatch();
    void legalDecisionOnMergedLines();
    void partyPlan();
    void mergedHeaderColumns();
    void damagedForms_data();
    void damagedForms();
    void restoresDFromTitle_data();
    void restoresDFromTitle();
    void typeFromNotation_data();
    void typeFromNotation();
    void headerDatePreferredOverBodyDates();
    void lawHeader();
    void subjectEndsAtBody();
    void splitsDocumentsAtHeaders();
    void documentWithoutHeader();
    void citations();
    void urgencyAndConfidentiality();
    void mergedSignatureColumn();
    void layoutFromBoxes();
    void leftColumnBeforeQuocHieu();
    void signatureInsideRecipientsByBoxes();
    void scanSpecksInHeader();
    void issuerConvention_data();
    void issuerConvention();
    void numberRunIntoPlace();
    void ocrDamagedHeader_data();
    void ocrDamagedHeader();
    void ocrDamagedFooter();
    void signatureSlips_data();
    void signatureSlips();
    void agencyCodeFromIssuer_data();
    void agencyCodeFromIssuer();
    void titleSummaryByBoxes();
    void evidenceSpans();
    void json();
    void badInput_data();
    void badInput();
    void threadSafe();
};

void TestExtract::stateDispatch()
{
    const ExtractedDocument doc = single(kDispatch);
    const vt::Dispatch &d = doc.fields;
    QVERIFY(doc.hasHeader);
    QCOMPARE(d.issuerParent, u"Ủy ban nhân dân tỉnh An Giang"_s);
    QCOMPARE(d.issuer, u"Sở Tài chính tỉnh An Giang"_s);
    QCOMPARE(d.reference, u"1520/STC-NS"_s); // space before the slash removed
    QCOMPARE(d.number, u"1520"_s);
    QCOMPARE(d.notation, u"STC-NS"_s);
    QCOMPARE(d.place, u"An Giang"_s);
    QCOMPARE(d.issuedDate, QDate(2025, 2, 3));
    QCOMPARE(d.type, u"Công văn"_s);
    QCOMPARE(d.summary, u"hướng dẫn lập dự toán ngân sách năm 2026"_s);
    QCOMPARE(d.addressees, (QStringList{u"Các sở, ban, ngành tỉnh"_s, u"Ủy ban nhân dân các xã, phường"_s}));
    QCOMPARE(d.recipients, (QStringList{u"Như trên"_s, u"UBND tỉnh (báo cáo)"_s}));
    QCOMPARE(doc.luu, u"VT, NS"_s);
    QCOMPARE(d.signer, u"Trần Thị Mai Anh"_s);
    QCOMPARE(d.signerTitle, u"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(d.signingAuthority, vt::SigningAuthority::Deputy);
    QCOMPARE(d.urgency, vt::Urgency::Normal);
}

void TestExtract::legalDecisionOnMergedLines()
{
    const vt::Dispatch d = single(kDecision).fields;
    QCOMPARE(d.reference, u"84/2025/QĐ-UBND"_s);
    QCOMPARE(d.number, u"84"_s);
    QCOMPARE(d.notation, u"2025/QĐ-UBND"_s);
    QCOMPARE(d.issuer, u"Ủy ban nhân dân tỉnh Bình Định"_s);
    QVERIFY(d.issuerParent.isEmpty());
    QCOMPARE(d.type, u"Quyết định"_s);
    QCOMPARE(d.summary, u"Ban hành Quy chế quản lý cụm công nghiệp"_s);
    QCOMPARE(d.issuedDate, QDate(2025, 11, 21));
    QCOMPARE(d.recipients, (QStringList{u"Như Điều 3"_s, u"Bộ Công Thương"_s}));
    // The signature block on one line: each authority on its own, then the signer's position.
    QCOMPARE(d.signerTitle, u"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"_s);
    QCOMPARE(d.signer, u"Lê Văn Bình"_s);
    QCOMPARE(d.signingAuthority, vt::SigningAuthority::Deputy);
}

void TestExtract::partyPlan()
{
    const ExtractedDocument doc = single(kPartyPlan);
    const vt::Dispatch &d = doc.fields;
    QCOMPARE(d.reference, u"116-KH/BTGTU"_s);
    QCOMPARE(d.number, u"116"_s);
    QCOMPARE(d.notation, u"KH/BTGTU"_s);
    QCOMPARE(d.type, u"Kế hoạch"_s);
    QCOMPARE(d.summary, u"tuyên truyền kỷ niệm ngày thành lập Đảng năm 2024"_s);
    QCOMPARE(d.issuerParent, u"Tỉnh ủy Hà Giang"_s);
    QCOMPARE(d.issuer, u"Ban Tuyên giáo tỉnh Hà Giang"_s);
    QCOMPARE(d.issuedDate, QDate(2024, 3, 5));
    QCOMPARE(d.recipients, QStringList{u"Thường trực Tỉnh ủy"_s});
    QVERIFY(doc.luu.isEmpty());
    QCOMPARE(d.signerTitle, u"K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN"_s);
    QCOMPARE(d.signingAuthority, vt::SigningAuthority::Deputy); // "K/T" is KT.
    QCOMPARE(d.citations.size(), 1);
    QCOMPARE(d.citations.first().reference, u"82-HD/BTGTW"_s);
    QCOMPARE(d.citations.first().type, u"Hướng dẫn"_s);
    QCOMPARE(d.citations.first().date, QDate(2024, 1, 18));
}

void TestExtract::mergedHeaderColumns()
{
    // OCR reads the two header columns as one line each.
    const vt::Dispatch d = single(uR"(UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ Y TẾ Độc lập - Tự do - Hạnh phúc
Số: 310 /SYT-NV Kiên Giang, ngày 14 tháng 9 năm 2023
V/v phòng chống dịch sốt xuất huyết
Kính gửi: Ủy ban nhân dân các huyện, thành phố.
Sở Y tế đề nghị các đơn vị thực hiện nội dung sau đây trong tháng 9 năm 2023.
Nơi nhận:
- Như trên;
- Lưu: VT.
GIÁM ĐỐC
Phạm Văn Hòa
)"_s)
                               .fields;
    QCOMPARE(d.issuerParent, u"UBND tỉnh Kiên Giang"_s);
    QCOMPARE(d.issuer, u"Sở Y tế tỉnh Kiên Giang"_s);
    QCOMPARE(d.reference, u"310/SYT-NV"_s);
    QCOMPARE(d.place, u"Kiên Giang"_s);
    QCOMPARE(d.issuedDate, QDate(2023, 9, 14));
    QCOMPARE(d.summary, u"phòng chống dịch sốt xuất huyết"_s);
    QCOMPARE(d.addressees, QStringList{u"Ủy ban nhân dân các huyện, thành phố"_s});
    QCOMPARE(d.signerTitle, u"GIÁM ĐỐC"_s);
    QCOMPARE(d.signer, u"Phạm Văn Hòa"_s);
    QCOMPARE(d.signingAuthority, vt::SigningAuthority::None);
}

void TestExtract::damagedForms_data()
{
    QTest::addColumn<QString>("numberLine");
    QTest::addColumn<QString>("dateLine");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QDate>("date");
    QTest::newRow("S6 and thdng &") << u"S6: 2095 /STTTT-TTBCXB"_s << u"Kiên Giang, ngay 29 thdng & nam 2024"_s
                                    << u"2095/STTTT-TTBCXB"_s << QDate(2024, 8, 29);
    QTest::newRow("Sô, no diacritics") << u"Sô 12/UBND-VP"_s << u"Kien Giang, ngay 02 thang 01 nam 2024"_s
                                       << u"12/UBND-VP"_s << QDate(2024, 1, 2);
    QTest::newRow("markdown fill-ins") << u"Số: *213* /STTTT-TTBCBC"_s << u"Kiên Giang, ngày *14* tháng *4* năm 2020"_s
                                       << u"213/STTTT-TTBCBC"_s << QDate(2020, 4, 14);
    QTest::newRow("glued month") << u"Số: 77/TB-VP"_s << u"Hà Nội ngày 01 tháng12 năm 2025"_s << u"77/TB-VP"_s
                                 << QDate(2025, 12, 1);
    QTest::newRow("o for 0, l for 1") << u"So: 45/SXD-QLXD"_s << u"Cà Mau, ngày l0 tháng o7 năm 2022"_s
                                      << u"45/SXD-QLXD"_s << QDate(2022, 7, 10);
}

void TestExtract::damagedForms()
{
    QFETCH(QString, numberLine);
    QFETCH(QString, dateLine);
    const QString text = u"UBND TỈNH KIÊN GIANG\nVĂN PHÒNG\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"_s + numberLine
        + u"\n"_s + dateLine + u"\nV/v làm việc với đoàn công tác\nNội dung công văn.\n"_s;
    const vt::Dispatch d = single(text).fields;
    QTEST(d.reference, "reference");
    QTEST(d.issuedDate, "date");
    QCOMPARE(d.type, u"Công văn"_s);
}

void TestExtract::restoresDFromTitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("printed");
    QTest::addColumn<QString>("reference");
    QTest::newRow("Đề án") << u"ĐỀ ÁN"_s << u"12/DA-UBND"_s << u"12/ĐA-UBND"_s;
    QTest::newRow("Dự án") << u"DỰ ÁN"_s << u"12/DA-UBND"_s << u"12/DA-UBND"_s;
    QTest::newRow("Hợp đồng") << u"HỢP ĐỒNG"_s << u"5/HD-SXD"_s << u"5/HĐ-SXD"_s;
    QTest::newRow("Hướng dẫn") << u"HƯỚNG DẪN"_s << u"5/HD-SXD"_s << u"5/HD-SXD"_s;
    QTest::newRow("Quyết định, stripped") << u"QUYET DINH"_s << u"7/QD-UBND"_s << u"7/QĐ-UBND"_s;
    QTest::newRow("Party, OCR b for Đ") << u"QUYẾT ĐỊNH"_s << u"76-Qb/TU"_s << u"76-QĐ/TU"_s;
    QTest::newRow("Tờ trình, r lost") << u"TỜ TRÌNH"_s << u"94/TT-CAT"_s << u"94/TTr-CAT"_s;
    QTest::newRow("Party Chương trình, r read as L") << u"CHƯƠNG TRÌNH"_s << u"30-CTL/TU"_s << u"30-CTr/TU"_s;
    QTest::newRow("Thông báo is not a slip of Tờ trình") << u"TỜ TRÌNH"_s << u"94/TB-CAT"_s << u"94/TB-CAT"_s;
    QTest::newRow("công văn: an agency code, not a slip of CV") << u"CÔNG VĂN"_s << u"5348/CT-CS"_s << u"5348/CT-CS"_s;
    QTest::newRow("dot read for the hyphen") << u"KẾ HOẠCH"_s << u"129/KH.BNV"_s << u"129/KH-BNV"_s;
}

void TestExtract::restoresDFromTitle()
{
    QFETCH(QString, title);
    QFETCH(QString, printed);
    const QString text = u"ỦY BAN NHÂN DÂN TỈNH SƠN LA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: "_s + printed
        + u"\nSơn La, ngày 10 tháng 10 năm 2024\n"_s + title + u"\nphát triển du lịch cộng đồng\n"_s;
    QTEST(single(text).fields.reference, "reference");
}

void TestExtract::typeFromNotation_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("type");
    QTest::newRow("Party công văn") << u"Số 45-CV/TU"_s << u"Công văn"_s;
    QTest::newRow("Party resolution") << u"Số 15-NQ/TU"_s << u"Nghị quyết"_s;
    QTest::newRow("state report") << u"Số: 310/BC-UBND"_s << u"Báo cáo"_s;
    QTest::newRow("state công văn") << u"Số: 310/UBND-KT"_s << u"Công văn"_s;
}

void TestExtract::typeFromNotation()
{
    // No title line and no V/v: the notation still tells the type.
    QFETCH(QString, number);
    const QString text = u"TỈNH ỦY LÀO CAI\nĐẢNG CỘNG SẢN VIỆT NAM\n"_s + number
        + u"\nLào Cai, ngày 08 tháng 4 năm 2024\nNội dung văn bản.\n"_s;
    QTEST(single(text).fields.type, "type");
}

void TestExtract::headerDatePreferredOverBodyDates()
{
    // The V/v line quotes a dated directive above the place line; the body has more dates.
    const vt::Dispatch d = single(uR"(UBND TỈNH KIÊN GIANG
SỞ THÔNG TIN VÀ TRUYỀN THÔNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 52/STTTT-TTBCBC
V/v tuyên truyền thực hiện
Chỉ thị số 07-CT/TU ngày 04-6-2021 của
Tỉnh ủy Kiên Giang
Kiên Giang, ngày 03 tháng 8 năm 2021
Thực hiện Kế hoạch số 141/KH-UBND ngày 19/7/2021 của Ủy ban nhân dân tỉnh, Sở đề nghị các đơn vị triển khai.
)"_s)
                               .fields;
    QCOMPARE(d.issuedDate, QDate(2021, 8, 3));
    QCOMPARE(d.place, u"Kiên Giang"_s);
    QCOMPARE(d.summary, u"tuyên truyền thực hiện Chỉ thị số 07-CT/TU ngày 04-6-2021 của Tỉnh ủy Kiên Giang"_s);
    QCOMPARE(d.citations.size(), 2);
    QCOMPARE(d.citations.at(0).reference, u"07-CT/TU"_s);
    QCOMPARE(d.citations.at(0).date, QDate(2021, 6, 4));
    QCOMPARE(d.citations.at(1).reference, u"141/KH-UBND"_s);
}

void TestExtract::lawHeader()
{
    // A rule under the agency name, a doubled colon, the quốc hiệu repeated in the preamble and quoted in a
    // sentence: one document, the number from its label and not from "Nghị quyết số …" in the text.
    const auto docs = extract(uR"(QUỐC HỘI
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Luật số:: 65/2006/QH11
Hà Nội, ngày 29 tháng 6 năm 2006


QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Khóa XI, kỳ họp thứ 9
LUẬT
LUẬT SƯ
Căn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992 đã được sửa đổi, bổ sung theo Nghị quyết số 51/2001/QH10 ngày 25 tháng 12 năm 2001;
Luật này quy định về luật sư.
)"_s);
    QCOMPARE(docs.size(), 1);
    const vt::Dispatch &d = docs.first().fields;
    QCOMPARE(d.issuer, u"Quốc hội"_s);
    QCOMPARE(d.reference, u"65/2006/QH11"_s);
    QCOMPARE(d.issuedDate, QDate(2006, 6, 29));
    QCOMPARE(d.type, u"Luật"_s);
    QCOMPARE(d.summary, u"LUẬT SƯ"_s);
    QCOMPARE(d.citations.size(), 1);
    QCOMPARE(d.citations.first().reference, u"51/2001/QH10"_s);
}

void TestExtract::subjectEndsAtBody()
{
    // No blank line after the V/v lines: the body's first, much wider line is not part of the summary.
    const vt::Dispatch d = single(uR"(UBND TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 5/UBND-VP
V/v đẩy mạnh tuyên truyền
về chuyển đổi số
Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành triển khai các nội dung sau đây trong năm 2025
)"_s)
                               .fields;
    QCOMPARE(d.summary, u"đẩy mạnh tuyên truyền về chuyển đổi số"_s);
}

void TestExtract::splitsDocumentsAtHeaders()
{
    QList<SourceLine> lines;
    int page = 1;
    for (const SourceLine &l : vt::extract::linesFromText(kDispatch))
        lines.append({l.text, page++ <= 10 ? 1 : 2, {}});
    for (const SourceLine &l : vt::extract::linesFromText(kPartyPlan))
        lines.append({l.text, 3, {}});
    const auto docs = vt::extract::extractDocuments(lines);
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.at(0).fields.reference, u"1520/STC-NS"_s);
    QCOMPARE(docs.at(1).fields.reference, u"116-KH/BTGTU"_s);
    QCOMPARE(docs.at(0).firstLine, 0);
    QCOMPARE(docs.at(1).firstLine, docs.at(0).lastLine + 1);
    QCOMPARE(docs.at(1).lastLine, lines.size() - 1);
    QCOMPARE(docs.at(0).firstPage, 1);
    QCOMPARE(docs.at(0).lastPage, 2);
    QCOMPARE(docs.at(1).firstPage, 3);
    QCOMPARE(docs.at(1).lastPage, 3);
    // The first document's signature and list do not leak into the second.
    QCOMPARE(docs.at(0).fields.signer, u"Trần Thị Mai Anh"_s);
    QCOMPARE(docs.at(1).fields.signer, u"Nguyễn Văn Thành"_s);
    // Repeating the quốc hiệu inside one header block does not split it.
    const QString repeated
        = u"UBND TỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1/UBND-VP\nNội dung.\n"_s;
    QCOMPARE(extract(repeated).size(), 1);
}

void TestExtract::documentWithoutHeader()
{
    const ExtractedDocument doc = single(uR"(KẾ HOẠCH
Công tác chuyển đổi số tỉnh Lâm Đồng năm 2024
Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau.
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về chuyển đổi số.
Nơi nhận:
- Bộ Thông tin và Truyền thông (b/c);
- Thường trực Tỉnh ủy (b/c);
- Lưu: VT, KGVX.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Y Ngọc
)"_s);
    const vt::Dispatch &d = doc.fields;
    QVERIFY(!doc.hasHeader);
    QVERIFY(d.reference.isEmpty());
    QVERIFY(!d.issuedDate.isValid());
    QCOMPARE(d.type, u"Kế hoạch"_s);
    QCOMPARE(d.summary, u"Công tác chuyển đổi số tỉnh Lâm Đồng năm 2024"_s);
    QCOMPARE(d.recipients.size(), 2);
    QCOMPARE(doc.luu, u"VT, KGVX"_s);
    QCOMPARE(d.signer, u"Y Ngọc"_s);
    QCOMPARE(d.signerTitle, u"TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"_s);
    QCOMPARE(d.issuer, u"Ủy ban nhân dân tỉnh Lâm Đồng"_s); // the TM. body, placed by the summary
    QCOMPARE(d.citations.size(), 1);
    QCOMPARE(d.citations.first().date, QDate(2020, 6, 3));
    QCOMPARE(d.citations.first().issuer, u"Thủ tướng Chính phủ"_s);
}

void TestExtract::citations()
{
    const vt::Dispatch d = single(kDispatch).fields;
    // The repeated Thông tư is listed once, with its date from the first mention.
    QCOMPARE(d.citations.size(), 2);
    QCOMPARE(d.citations.at(0).reference, u"56/2024/TT-BTC"_s);
    QCOMPARE(d.citations.at(0).type, u"Thông tư"_s);
    QCOMPARE(d.citations.at(0).date, QDate(2024, 8, 12));
    QCOMPARE(d.citations.at(0).issuer, u"Bộ Tài chính"_s);
    QCOMPARE(d.citations.at(1).reference, u"812/UBND-KT"_s);
    QCOMPARE(d.citations.at(1).date, QDate(2025, 1, 20));
    QCOMPARE(d.citations.at(1).issuer, u"Ủy ban nhân dân tỉnh"_s);

    // Forms: without "số", a date in words, a reference broken across a line, OCR "sd", the type name
    // damaged but the notation naming it; the document's own number is not a citation.
    const vt::Dispatch e = single(uR"(THỦ TƯỚNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 20/CT-TTg
Hà Nội, ngày 12 tháng 6 năm 2024
CHỈ THỊ
Về việc tăng cường phòng cháy
Căn cứ Nghị định 136/2020/NĐ-CP ngày 24 tháng 11 năm 2020 của Chính phủ; Quyết định số 930/QĐ-
TTG ngày 28-7-2018; Công văn sd 7357/VP-KGVX ngày 02/8/2024 của Văn phòng; Chi th5i số 32-CT/TW của Bộ Chính trị.
Chỉ thị số 20/CT-TTg này có hiệu lực từ ngày ký.
)"_s)
                               .fields;
    QStringList refs;
    for (const vt::Citation &c : e.citations)
        refs.append(c.reference);
    QCOMPARE(refs, (QStringList{u"136/2020/NĐ-CP"_s, u"930/QĐ-TTg"_s, u"7357/VP-KGVX"_s, u"32-CT/TW"_s}));
    QCOMPARE(e.citations.at(0).date, QDate(2020, 11, 24));
    QCOMPARE(e.citations.at(1).date, QDate(2018, 7, 28));
    QCOMPARE(e.citations.at(3).type, u"Chỉ thị"_s);
    QCOMPARE(e.type, u"Chỉ thị"_s);
    QCOMPARE(e.issuer, u"Thủ tướng Chính phủ"_s);
}

void TestExtract::urgencyAndConfidentiality()
{
    const vt::Dispatch d = single(uR"(BỘ CÔNG AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
MẬT
HỎA TỐC
Số: 9/BCA-VP
Hà Nội, ngày 02 tháng 01 năm 2024
V/v bảo đảm an ninh
Nội dung.
)"_s)
                               .fields;
    QCOMPARE(d.urgency, vt::Urgency::Flash);
    QCOMPARE(d.confidentiality, vt::Confidentiality::Confidential);
    QCOMPARE(d.issuer, u"Bộ Công an"_s);

    // "KHẨN" inside a title is not a mark.
    const vt::Dispatch e = single(
        u"BỘ Y TẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 3/CĐ-BYT\nHà Nội, ngày 02 tháng 01 năm 2024\nCÔNG ĐIỆN\nVỀ VIỆC KHẨN TRƯƠNG PHÒNG DỊCH\n"_s)
                               .fields;
    QCOMPARE(e.urgency, vt::Urgency::Normal);
    QCOMPARE(e.type, u"Công điện"_s);
}

void TestExtract::mergedSignatureColumn()
{
    // OCR puts the signature column on the lines of the Nơi nhận list.
    const ExtractedDocument doc = single(uR"(UBND TỈNH KIÊN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc
Số: 2095 /STTTT-TTBCXB Kiên Giang, ngày 29 tháng 8 năm 2024
V/v đẩy mạnh tuyên truyền
Nội dung công văn.
Nơi nhận: KT. GIÁM ĐỐC
- Như trên; : . )
- Báo KG, Đài PTTH KG;
- Lưu VT, TTBCXB, dnlinh. PHÓ GIÁM ĐỐC
Lê Thị Phú Ca
)"_s);
    QCOMPARE(doc.fields.recipients, (QStringList{u"Như trên"_s, u"Báo KG, Đài PTTH KG"_s}));
    QCOMPARE(doc.luu, u"VT, TTBCXB, dnlinh"_s);
    QCOMPARE(doc.fields.signerTitle, u"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(doc.fields.signer, u"Lê Thị Phú Ca"_s);
}

void TestExtract::layoutFromBoxes()
{
    // A scanned page: the right column holds the quốc hiệu and a stamp in capitals that is not an agency.
    const auto left = [](double y) { return QRectF(60, y, 200, 14); };
    const auto right = [](double y) { return QRectF(320, y, 230, 14); };
    const QList<SourceLine> lines = {
        {u"UBND TỈNH ĐỒNG THÁP"_s, 1, left(50)},
        {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, 1, right(50)},
        {u"SỞ NỘI VỤ"_s, 1, left(66)},
        {u"Độc lập - Tự do - Hạnh phúc"_s, 1, right(66)},
        {u"BẢN ĐIỆN TỬ"_s, 1, right(80)},
        {u"Số: 88/SNV-TCBC"_s, 1, left(96)},
        {u"Đồng Tháp, ngày 09 tháng 5 năm 2024"_s, 1, right(96)},
        {u"V/v tuyển dụng viên chức"_s, 1, left(112)},
        {u"Nội dung công văn trên toàn bộ chiều ngang trang."_s, 1, QRectF(60, 200, 490, 14)},
        {u"Nơi nhận:"_s, 2, left(600)},
        {u"- Như trên;"_s, 2, left(614)},
        {u"GIÁM ĐỐC"_s, 2, right(600)},
        {u"Nguyễn Thị Lan"_s, 2, right(680)},
    };
    const auto docs = vt::extract::extractDocuments(lines);
    QCOMPARE(docs.size(), 1);
    const ExtractedDocument &doc = docs.first();
    QCOMPARE(doc.fields.issuer, u"Sở Nội vụ tỉnh Đồng Tháp"_s);
    QCOMPARE(doc.fields.reference, u"88/SNV-TCBC"_s);
    QCOMPARE(doc.fields.signer, u"Nguyễn Thị Lan"_s);
    QCOMPARE(doc.fields.signerTitle, u"GIÁM ĐỐC"_s);
    QCOMPARE(doc.firstPage, 1);
    QCOMPARE(doc.lastPage, 2);
    QCOMPARE(doc.evidence.value(u"reference"_s).region, left(96));
    QCOMPARE(doc.evidence.value(u"signer"_s).page, 2);
    QCOMPARE(doc.evidence.value(u"signer"_s).region, right(680));
}

void TestExtract::leftColumnBeforeQuocHieu()
{
    // A text layer that gives the left header column first (agency, Số, V/v), then the right one, and the
    // signature title between "Nơi nhận:" and the list.
    const ExtractedDocument doc = single(uR"(UBND TỈNH AN GIANG
SỞ NGOẠI VỤ
Số: 412/SNgV-HTQT
V/v chuẩn bị đón đoàn
công tác của tỉnh bạn
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Giang, ngày 15 tháng 3 năm 2025
Kính gửi: Văn phòng UBND tỉnh.
Sở Ngoại vụ đề nghị các đơn vị chuẩn bị nội dung làm việc với đoàn công tác theo chương trình đính kèm, gửi về Sở trước ngày 20/3/2025./.
Nơi nhận:
KT. GIÁM ĐỐC
- Như trên;
- Các phòng thuộc Sở,
đơn vị trực thuộc;
PHÓ GIÁM ĐỐC
- Lưu: VT, HTQT.
Lê Hoàng Nam
)"_s);
    QVERIFY(doc.hasHeader);
    QCOMPARE(doc.fields.reference, u"412/SNgV-HTQT"_s);
    QCOMPARE(doc.fields.issuer, u"Sở Ngoại vụ tỉnh An Giang"_s);
    QCOMPARE(doc.fields.issuerParent, u"UBND tỉnh An Giang"_s);
    QCOMPARE(doc.fields.issuedDate, QDate(2025, 3, 15));
    QCOMPARE(doc.fields.place, u"An Giang"_s);
    QCOMPARE(doc.fields.type, u"Công văn"_s);
    QCOMPARE(doc.fields.summary, u"chuẩn bị đón đoàn công tác của tỉnh bạn"_s);
    QCOMPARE(doc.fields.recipients, (QStringList{u"Như trên"_s, u"Các phòng thuộc Sở, đơn vị trực thuộc"_s}));
    QCOMPARE(doc.luu, u"VT, HTQT"_s);
    QCOMPARE(doc.fields.signerTitle, u"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(doc.fields.signer, u"Lê Hoàng Nam"_s);

    // A Party signature "T/M" is an authority like "TM.".
    const ExtractedDocument party = single(QString(kPartyPlan).replace(u"K/T TRƯỞNG BAN"_s, u"T/M BAN THƯỜNG VỤ"_s));
    QCOMPARE(party.fields.signerTitle, u"T/M BAN THƯỜNG VỤ / PHÓ TRƯỞNG BAN"_s);
    QCOMPARE(party.fields.signingAuthority, vt::SigningAuthority::OnBehalf);
}

void TestExtract::signatureInsideRecipientsByBoxes()
{
    // A text layer read line by line across the page: the signature column interleaves with the list.
    // Each line: its column ('L' left, 'R' right, 'W' the page's width) and its top.
    const QList<std::tuple<QString, char, double>> page = {{u"UBND TỈNH LONG AN"_s, 'L', 50},
        {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, 'R', 50}, {u"SỞ XÂY DỰNG"_s, 'L', 64},
        {u"Độc lập - Tự do - Hạnh phúc"_s, 'R', 64}, {u"Số: 97/SXD-QLXD"_s, 'L', 90},
        {u"Long An, ngày 02 tháng 10 năm 2024"_s, 'R', 90}, {u"V/v kiểm tra công trình"_s, 'L', 104},
        {u"Sở Xây dựng đề nghị các đơn vị phối hợp kiểm tra công trình trên địa bàn theo kế hoạch năm."_s, 'W', 200},
        {u"Nơi nhận:"_s, 'L', 600}, {u"KT. GIÁM ĐỐC"_s, 'R', 600}, {u"- Như trên;"_s, 'L', 614},
        {u"PHÓ GIÁM ĐỐC"_s, 'R', 614}, {u"- UBND các huyện;"_s, 'L', 628}, {u"- Lưu: VT."_s, 'L', 642},
        {u"Võ Thành Tâm"_s, 'R', 700}};
    QList<SourceLine> lines;
    for (const auto &[text, column, top] : page) {
        const double x = column == 'R' ? 330 : 70;
        lines.append({text, 1, QRectF(x, top, column == 'W' ? 460 : 190, 12)});
    }
    const ExtractedDocument doc = vt::extract::extractDocuments(lines).value(0);
    QCOMPARE(doc.fields.recipients, (QStringList{u"Như trên"_s, u"UBND các huyện"_s}));
    QCOMPARE(doc.fields.signerTitle, u"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"_s);
    QCOMPARE(doc.fields.signer, u"Võ Thành Tâm"_s);
    QCOMPARE(doc.evidence.value(u"signer"_s).region, lines.last().box);
    QCOMPARE(doc.fields.issuer, u"Sở Xây dựng tỉnh Long An"_s);
}

void TestExtract::scanSpecksInHeader()
{
    // Tesseract on a noisy scan: both header columns on one line, specks around words, the parent's
    // locality garbled, a blank line inside the V/v block, a signature name with stray quotes.
    const ExtractedDocument doc = single(uR"(-ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM .

Ý_ TỈNHĐỒNGTHÁ Độc lập - Tự do - Hạnh phúc
SỞ Y TẾ ˆ ... : -
_Số: 305/SYT-NVY . - Đồng Tháp, ngày 14 tháng 6 năm 2023
-_ V/v tăng cường phòng, chống  .

__ dịch sốt xuất huyết _ trong mùa mưa
Kính gửi: Các bệnh viện, trung tâm y tế.
Sở Y tế đề nghị các đơn vị triển khai ngay các biện pháp phòng, chống dịch sốt xuất huyết, báo cáo kết quả trước ngày 30/6/2023./.

Nơi nhận: _ GIÁM ĐỐC
- Như trên; ˆ
- Lưu: VT, NVY. _

“Phạm Minh Đức.
)"_s);
    QCOMPARE(doc.fields.reference, u"305/SYT-NVY"_s);
    QCOMPARE(doc.fields.issuedDate, QDate(2023, 6, 14));
    QCOMPARE(doc.fields.place, u"Đồng Tháp"_s);
    QCOMPARE(doc.fields.issuerParent, u"Ủy ban nhân dân tỉnh Đồng Tháp"_s);
    QCOMPARE(doc.fields.issuer, u"Sở Y tế tỉnh Đồng Tháp"_s);
    QCOMPARE(doc.fields.type, u"Công văn"_s);
    QCOMPARE(doc.fields.summary, u"tăng cường phòng, chống dịch sốt xuất huyết trong mùa mưa"_s);
    QCOMPARE(doc.fields.recipients, QStringList{u"Như trên"_s});
    QCOMPARE(doc.fields.signerTitle, u"GIÁM ĐỐC"_s);
    QCOMPARE(doc.fields.signer, u"Phạm Minh Đức"_s);
}

void TestExtract::issuerConvention_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("parent");
    QTest::newRow("unit of a province") << u"UBND TỈNH TRÀ VINH\nSỞ LAO ĐỘNG -\nTHƯƠNG BINH VÀ XÃ HỘI"_s
                                        << u"Sở Lao động - Thương binh và Xã hội tỉnh Trà Vinh"_s
                                        << u"UBND tỉnh Trà Vinh"_s;
    QTest::newRow("office, glued by OCR") << u"UBND TỈNH SÓC TRĂNG\nVĂNPHÒNG"_s
                                          << u"Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng"_s << u"UBND tỉnh Sóc Trăng"_s;
    QTest::newRow("office of a Party committee")
        << u"TỈNH ỦY BÌNH ĐỊNH\nVĂN PHÒNG TỈNH ỦY"_s << u"Văn phòng Tỉnh ủy Bình Định"_s << u"Tỉnh ủy Bình Định"_s;
    QTest::newRow("own locality") << u"TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH KIÊN GIANG"_s << u"Cục Thuế tỉnh Kiên Giang"_s
                                  << u"Tổng cục Thuế"_s;
    QTest::newRow("words glued, TỈNH misread")
        << u"QUÂNKHU9\nBỘ CHỈ HUY QUÂN SỰ TÍNH HOÀBÌNH"_s << u"Bộ Chỉ huy quân sự tỉnh Hoà Bình"_s << u"Quân khu 9"_s;
    QTest::newRow("HÀ TĨNH is a name") << u"UBND TỈNH HÀ TĨNH\nSỞ NỘI VỤ"_s << u"Sở Nội vụ tỉnh Hà Tĩnh"_s
                                       << u"UBND tỉnh Hà Tĩnh"_s;
    QTest::newRow("OCR marks in capitals") << u"BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO I HIỂM XÃ HỘI TỈNH NAM ĐỊNH là viteei"_s
                                           << u"Bảo hiểm xã hội tỉnh Nam Định"_s << u"Bảo hiểm xã hội Việt Nam"_s;
    QTest::newRow("a region's numeral") << u"CỤC THUẾ TỈNH LONG AN\nCHI CỤC THUẾ KHU VỰC II"_s
                                        << u"Chi cục Thuế khu vực II tỉnh Long An"_s << u"Cục Thuế tỉnh Long An"_s;
    QTest::newRow("unit of a central body")
        << u"BỘ TÀI CHÍNH\nVỤ NGÂN SÁCH NHÀ NƯỚC"_s << u"Vụ Ngân sách Nhà nước"_s << u"Bộ Tài chính"_s;
}

void TestExtract::issuerConvention()
{
    QFETCH(QString, agency);
    QFETCH(QString, issuer);
    QFETCH(QString, parent);
    const ExtractedDocument doc = single(agency + uR"(
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 21/ABC-VP
Hà Nội, ngày 4 tháng 4 năm 2024
V/v báo cáo định kỳ
Kính gửi: Các đơn vị.
Đề nghị các đơn vị gửi báo cáo định kỳ đúng hạn theo quy định hiện hành của cơ quan./.
)"_s);
    QCOMPARE(doc.fields.issuer.toLower(), issuer.toLower());
    QCOMPARE(doc.fields.issuerParent.toLower(), parent.toLower());
}

void TestExtract::numberRunIntoPlace()
{
    // OCR reads the number and the place line as one, with a dash between; the place has a dash of its own.
    const ExtractedDocument doc = single(uR"(UBND TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc
Số: 77/STP-HCTP - Bà Rịa - Vũng Tàu, ngày 09 tháng 01 năm 2025
V/v hướng dẫn chứng thực
Kính gửi: UBND các huyện.
Sở Tư pháp hướng dẫn thực hiện chứng thực bản sao điện tử từ bản chính theo quy định hiện hành./.
)"_s);
    QCOMPARE(doc.fields.reference, u"77/STP-HCTP"_s);
    QCOMPARE(doc.fields.place, u"Bà Rịa - Vũng Tàu"_s);
    QCOMPARE(doc.fields.issuedDate, QDate(2025, 1, 9));
    QCOMPARE(doc.fields.issuer, u"Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu"_s);
}

void TestExtract::ocrDamagedHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("issuer");
    const QString motto = u"\nĐộc lập - Tự do - Hạnh phúc\n"_s;
    QTest::newRow("slash lost, § for S") << u"CÔNG AN TỈNH CÀ MAU CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s + motto
            + u"§ố:94TT-CAT  ^ - Cà Mau, ngày 12 tháng 6 năm 2018\nTỜ TRÌNH\nVề việc bổ sung kinh phí"_s
                                         << u"94/TTr-CAT"_s << u"Tờ trình"_s << QDate(2018, 6, 12)
                                         << u"Công an tỉnh Cà Mau"_s;
    QTest::newRow("space inside the notation, Đ doubled")
        << u"UBND TỈNH SÓC TRĂNG CỘNG HOÀ xăn HỘI CHỦ NGHĨA VIỆT NAM _\nSỞ TƯ PHÁP"_s + motto
            + u"Số: 30/Q ĐÐ-STP Sóc Trăng, ngày 31 tháng 8 năm 2020\nQUYẾT ĐỊNH\nVề việc công nhận"_s
        << u"30/QĐ-STP"_s << u"Quyết định"_s << QDate(2020, 8, 31) << u"Sở Tư pháp tỉnh Sóc Trăng"_s;
    QTest::newRow("name ends after the quốc hiệu")
        << u"ỦY BAN MẶT TRẬN TỔ QUỐC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM -\nVIỆT NAM TỈNH SÓC TRĂNG _ Độc lập - Tự "
           u"do - Hạnh phúc\nSố: 30/T B-MTTQ Sóc Trăng, ngày 22 Tôn, 4 năm 2022\nTHÔNG BÁO\nKết luận hội nghị"_s
        << u"30/TB-MTTQ"_s << u"Thông báo"_s << QDate(2022, 4, 22)
        << u"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng"_s;
    QTest::newRow("colon for the dash, place one slip off")
        << u"BỘ CÔNG AN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN TỈNH TRÀ VINH Độc lập - Tự do - Hạnh phúc"_s
            + u"\n'§ố:2917/CAT:PX03 Trà Vĩnh, ngày 22 tháng 9 năm 2025 _\nV/v xin ý kiến"_s
        << u"2917/CAT-PX03"_s << u"Công văn"_s << QDate(2025, 9, 22) << u"Công an tỉnh Trà Vinh"_s;
    QTest::newRow("Party number glued, S read as 5")
        << u"TÍNH ỦY BẮC KẠN —___ ĐẢNG CỘNG SẢN VIỆT NAM\n- BAN TUYÊN GIÁO\n»*\nSố1378CV/BTGTU << Bắc Kạn, ngày 06 "_s
           u"tháng 11 năm 2023\nV/v tăng cường công tác phối hợp"_s
        << u"1378-CV/BTGTU"_s << u"Công văn"_s << QDate(2023, 11, 6) << u"Ban Tuyên giáo tỉnh Bắc Kạn"_s;
    QTest::newRow("Party slash lost, label with a semicolon")
        << u"TỈNH ỦY LONG AN ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố; 3718-CVTU Long An, ngày 02 tháng 3 năm 2021\n"_s
           u"V/v kiểm tra chuyên đề"_s
        << u"3718-CV/TU"_s << u"Công văn"_s << QDate(2021, 3, 2) << u"Tỉnh ủy Long An"_s;
    QTest::newRow("motto damaged, ngày misread, V/v as VW")
        << u"ỦY BAN NHÂN DÂN TỈNH GIA LAI CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM _\nSỞ NỘI VỤ Độc lập - Tự do - Hạnh Z hít"_s
           u"\n.. 5õ: 174/SNV-TCBC Gia Lai, tuy 17 tháng 01 năm 2016 -\n_VW giải quyết khó khăn"_s
        << u"174/SNV-TCBC"_s << u"Công văn"_s << QDate(2016, 1, 17) << u"Sở Nội vụ tỉnh Gia Lai"_s;
    // The number is unreadable: the citation in the preamble is not it; the title is broken by OCR.
    QTest::newRow("no number, garbled title")
        << u"TỈNH ỦY KIÊN GIANG. ____ ĐẢNG CỘNG SẢN VIỆT NAM\nc0 0U Kiên Giang, ngày 19 tháng 5 năm 2022\n\nCHUỒN G "
           u"TRÌNH _\nHành động năm 2022_\nCăn cứ Nghị định số. 09/2019/NĐ- CP ngày 24/01/2019 của Chính phủ;"_s
        << QString() << u"Chương trình"_s << QDate(2022, 5, 19) << u"Tỉnh ủy Kiên Giang"_s;
}

void TestExtract::ocrDamagedHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, reference);
    QFETCH(QString, type);
    QFETCH(QDate, date);
    QFETCH(QString, issuer);
    const ExtractedDocument doc = single(header + u"\nCác đơn vị thực hiện nghiêm túc nội dung trên./.\n"_s);
    QCOMPARE(doc.fields.reference, reference);
    QCOMPARE(doc.fields.type, type);
    QCOMPARE(doc.fields.issuedDate, date);
    QCOMPARE(doc.fields.issuer.toLower(), issuer.toLower());
    if (QTest::currentDataTag() == QByteArray("colon for the dash, place one slip off"))
        QCOMPARE(doc.fields.place, u"Trà Vinh"_s);

    // A confidentiality mark boxed under the V/v lines is not part of the summary.
    const ExtractedDocument marked
        = single(QString(kDispatch).replace(u"ngân sách năm 2026\n"_s, u"ngân sách năm 2026\nMẬT\n"_s));
    QCOMPARE(marked.fields.summary, u"hướng dẫn lập dự toán ngân sách năm 2026"_s);
    QCOMPARE(marked.fields.confidentiality, vt::Confidentiality::Confidential);
}

void TestExtract::ocrDamagedFooter()
{
    // Misread bullets, a label cut short, the signature column beside the list, and the signer's name with a
    // stray bullet before the "Lưu" line.
    const QString footer = uR"(Đề nghị các đơn vị thực hiện nghiêm túc nội dung trên./.

ˆ Nơi nh: mm `... KT. GIÁM ĐỐC
-Như trên,  -“ ' .. PHÓ GIÁM ĐỐC “
_= Sở Tài chính;'
—_~ Báo Long An, Đài PT-TH tỉnh;
+ Các phòng thuộc Sở;

- Đặng Văn Hòa

~ Lưu: VT, VP.
)"_s;
    const ExtractedDocument doc = single(kDispatch.left(kDispatch.indexOf(u"Căn cứ"_s)) + footer);
    QCOMPARE(doc.fields.recipients,
        (QStringList{u"Như trên"_s, u"Sở Tài chính"_s, u"Báo Long An, Đài PT-TH tỉnh"_s, u"Các phòng thuộc Sở"_s}));
    QCOMPARE(doc.luu, u"VT, VP"_s);
    QCOMPARE(doc.fields.signer, u"Đặng Văn Hòa"_s);
    QCOMPARE(doc.fields.signerTitle, u"KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"_s);
}

void TestExtract::signatureSlips_data()
{
    QTest::addColumn<QString>("signature");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("signer");
    // A title one slip from a known one, or only its misprinted last word; a name's syllables that no name has in
    // their place; a plausible name as printed (a given name that is a word, a rare middle syllable).
    QTest::newRow("title's last word") << u"ĐÓC"_s << u"GIÁM ĐỐC"_s << u"Trần Văn Hòa"_s;
    QTest::newRow("title, one letter") << u"PHÓ CHỦ TICH"_s << u"PHÓ CHỦ TỊCH"_s << u"Trần Văn Hòa"_s;
    QTest::newRow("family name, marks") << u"GIÁM ĐỐC"_s << u"GIÁM ĐỐC"_s << u"Lề Thi Hoa"_s;
    QTest::newRow("damage in clusters") << u"GIÁM ĐỐC"_s << u"GIÁM ĐỐC"_s << u"Lề Văn Phá Dũng"_s;
    QTest::newRow("given name, not a word") << u"GIÁM ĐỐC"_s << u"GIÁM ĐỐC"_s << u"Lâm Văn Sển"_s;
    QTest::newRow("plausible name kept") << u"GIÁM ĐỐC"_s << u"GIÁM ĐỐC"_s << u"Trần Báu Ánh"_s;
    QTest::newRow("older spelling kept") << u"GIÁM ĐỐC"_s << u"GIÁM ĐỐC"_s << u"Nguyễn Duy Quí"_s;
}

void TestExtract::signatureSlips()
{
    QFETCH(QString, signature);
    QFETCH(QString, title);
    QFETCH(QString, signer);
    const QString text = kDispatch.left(kDispatch.indexOf(u"KT. GIÁM ĐỐC"_s)) + signature + u"\n"_s + signer + u"\n"_s;
    const ExtractedDocument doc = single(text);
    QCOMPARE(doc.fields.signerTitle, title);
    const QString expected = signer == u"Lề Thi Hoa"_s ? u"Lê Thị Hoa"_s
        : signer == u"Lề Văn Phá Dũng"_s               ? u"Lê Văn Phú Dũng"_s
        : signer == u"Lâm Văn Sển"_s                   ? u"Lâm Văn Sơn"_s
                                                       : signer;
    QCOMPARE(doc.fields.signer, expected);
    // What was put right is marked for the clerk to check.
    QCOMPARE(doc.evidence.value(u"signer"_s).confidence < 0.6, expected != signer);
    QCOMPARE(doc.evidence.value(u"signer_title"_s).confidence < 0.6, signature != title);
}

void TestExtract::agencyCodeFromIssuer_data()
{
    QTest::addColumn<QString>("agency");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("reference");
    // Đ restored and a letter OCR added removed where the code is the issuer's initials ("công tác" left out);
    // a code that matches nothing, or that the document writes elsewhere, stays as printed.
    QTest::newRow("Party, Đ lost and a slip")
        << u"BAN CHỈ ĐẠO\nCÔNG TÁC THÔNG TIN ĐỐI NGOẠI"_s << u"Số 116-KH/BCDTTDTN"_s << u"116-KH/BCĐTTĐN"_s;
    QTest::newRow("state, Đ lost") << u"SỞ GIÁO DỤC VÀ ĐÀO TẠO"_s << u"Số: 45/KH-SGDDT"_s << u"45/KH-SGDĐT"_s;
    QTest::newRow("unrelated code") << u"SỞ GIÁO DỤC VÀ ĐÀO TẠO"_s << u"Số: 45/KH-SKHĐT"_s << u"45/KH-SKHĐT"_s;
    QTest::newRow("as printed") << u"SỞ TÀI CHÍNH"_s << u"Số: 45/KH-STC"_s << u"45/KH-STC"_s;
}

void TestExtract::agencyCodeFromIssuer()
{
    QFETCH(QString, agency);
    QFETCH(QString, number);
    QFETCH(QString, reference);
    const QString text = u"TỈNH ỦY HÀ GIANG\n"_s + agency
        + u"\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"_s + number
        + u"\nHà Giang, ngày 05 tháng 3 năm 2024\nKẾ HOẠCH\ntuyên truyền năm 2024\n"_s
          u"Căn cứ tình hình thực tế, xây dựng kế hoạch như sau.\nNơi nhận:\n- Cổng TTĐT tỉnh;\n- Công TTĐT tỉnh;\n"_s
          u"- Lưu: VT.\nTRƯỞNG BAN\nNguyễn Văn Thành\n"_s;
    const ExtractedDocument doc = single(text);
    QCOMPARE(doc.fields.reference, reference);
    QCOMPARE(doc.fields.notation,
        reference.section(u'/', 0, 0).contains(u'-') ? reference.mid(reference.indexOf(u'-') + 1)
                                                     : reference.mid(reference.indexOf(u'/') + 1));
    QCOMPARE(doc.evidence.value(u"reference"_s).confidence < 0.7, reference != number.section(u' ', -1));
    // Its own reference as printed is not a citation; the portal's name is put right in the list.
    QVERIFY(doc.fields.citations.isEmpty());
    QCOMPARE(doc.fields.recipients, (QStringList{u"Cổng TTĐT tỉnh"_s, u"Cổng TTĐT tỉnh"_s}));
}

void TestExtract::titleSummaryByBoxes()
{
    // A plan's summary opens with "Thực hiện"; the body's first line, at the margin and wider, is not part of it
    // even when it is short.
    const QList<std::tuple<QString, double, double, double>> page = {{u"UBND TỈNH HẬU GIANG"_s, 70, 50, 170},
        {u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, 320, 50, 230}, {u"SỞ XÂY DỰNG"_s, 100, 64, 110},
        {u"Số: 178/KH-SXD"_s, 90, 90, 130}, {u"Hậu Giang, ngày 28 tháng 10 năm 2022"_s, 330, 90, 210},
        {u"KẾ HOẠCH"_s, 270, 130, 70}, {u"Thực hiện quản lý trật tự xây dựng năm 2022"_s, 190, 144, 230},
        {u"Theo yêu cầu của UBND tỉnh, Sở Xây dựng báo cáo"_s, 110, 170, 280},
        {u"bảo đảm trật tự xây dựng trên địa bàn như sau:"_s, 80, 184, 300}};
    QList<SourceLine> lines;
    for (const auto &[text, left, top, width] : page)
        lines.append({text, 1, QRectF(left, top, width, 12)});
    const ExtractedDocument doc = vt::extract::extractDocuments(lines).value(0);
    QCOMPARE(doc.fields.type, u"Kế hoạch"_s);
    QCOMPARE(doc.fields.summary, u"Thực hiện quản lý trật tự xây dựng năm 2022"_s);
    // Without boxes the plan's summary still opens with "Thực hiện"; a body opening with a citation does not.
    QCOMPARE(single(uR"(UBND TỈNH HẬU GIANG
SỞ XÂY DỰNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 178/KH-SXD
Hậu Giang, ngày 28 tháng 10 năm 2022
KẾ HOẠCH
Thực hiện quản lý trật tự xây dựng năm 2022
Căn cứ Luật Xây dựng;
)"_s)
                 .fields.summary,
        u"Thực hiện quản lý trật tự xây dựng năm 2022"_s);
}

void TestExtract::evidenceSpans()
{
    const QList<SourceLine> lines = vt::extract::linesFromText(kDispatch);
    const ExtractedDocument doc = vt::extract::extractDocuments(lines).value(0);
    const auto spanText = [&](const QString &field) {
        const vt::extract::FieldEvidence e = doc.evidence.value(field);
        return lines.value(e.line).text.mid(e.start, e.length);
    };
    QCOMPARE(spanText(u"reference"_s), u"1520 /STC-NS"_s);
    QCOMPARE(spanText(u"number"_s), u"1520"_s);
    QCOMPARE(spanText(u"place"_s), u"An Giang"_s);
    QCOMPARE(spanText(u"issued_date"_s), u"ngày 03 tháng 02 năm 2025"_s);
    QCOMPARE(spanText(u"signer"_s), u"Trần Thị Mai Anh"_s);
    QVERIFY(spanText(u"issuer"_s).startsWith(u"SỞ TÀI CHÍNH"_s));
    for (auto it = doc.evidence.cbegin(); it != doc.evidence.cend(); ++it) {
        QVERIFY2(it.value().confidence > 0 && it.value().confidence <= 1, qPrintable(it.key()));
        QVERIFY2(it.value().line >= doc.firstLine && it.value().line <= doc.lastLine, qPrintable(it.key()));
    }
}

void TestExtract::json()
{
    const QJsonObject o = vt::extract::toJson(single(kDispatch));
    QCOMPARE(o.value(u"reference"_s).toString(), u"1520/STC-NS"_s);
    QCOMPARE(o.value(u"issued_date"_s).toString(), u"2025-02-03"_s);
    QCOMPARE(o.value(u"signing_authority"_s).toString(), u"KT."_s);
    QCOMPARE(o.value(u"urgency"_s).toString(), u"normal"_s);
    QCOMPARE(o.value(u"luu"_s).toString(), u"VT, NS"_s);
    QCOMPARE(o.value(u"addressees"_s).toArray().size(), 2);
    QCOMPARE(o.value(u"page_range"_s).toArray(), (QJsonArray{1, 1}));
    QCOMPARE(o.value(u"citations"_s).toArray().first().toObject().value(u"date"_s).toString(), u"2024-08-12"_s);
    QVERIFY(o.value(u"confidence"_s).toObject().value(u"reference"_s).toDouble() > 0.5);
    const QJsonObject none = vt::extract::toJson(single(u"Một dòng chữ."_s));
    QVERIFY(none.value(u"reference"_s).isNull());
    QVERIFY(none.value(u"issued_date"_s).isNull());
    QVERIFY(none.value(u"signing_authority"_s).isNull());
    QCOMPARE(none.value(u"recipients"_s).toArray().size(), 0);
}

void TestExtract::badInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("documents");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("blank lines") << u"\n  \n\t\n"_s << 0;
    QTest::newRow("symbols") << u"@@@ ### \u0000 \uFFFD ////---- 123/ -/ Số: / ngày tháng năm"_s << 1;
    QTest::newRow("only a header") << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s << 1;
    QTest::newRow("long line") << QString(200000, u'Đ') + u" Số: 1/A-B ngày 1 tháng 1 năm 2020"_s << 1;
    QTest::newRow("many headers") << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nnội dung\n"_s.repeated(2000) << 1;
    QTest::newRow("invalid date")
        << u"UBND TỈNH A\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nA, ngày 31 tháng 02 năm 2024\n"_s << 1;
}

void TestExtract::badInput()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const auto docs = extract(text);
    QTEST(int(docs.size()), "documents");
    for (const auto &d : docs) {
        QVERIFY(!d.fields.issuedDate.isValid() || d.fields.issuedDate.year() >= 1945);
        QVERIFY(d.firstLine <= d.lastLine);
    }
    QVERIFY2(timer.elapsed() < 5000, "bad input must not take long");
}

void TestExtract::threadSafe()
{
    const QString text = kDispatch + kDecision + kPartyPlan;
    const QJsonObject expected = vt::extract::toJson(extract(text).value(1));
    std::vector<std::future<bool>> runs;
    for (int t = 0; t < 4; ++t) {
        runs.push_back(std::async(std::launch::async, [&] {
            bool same = true;
            for (int i = 0; i < 20; ++i)
                same = same && vt::extract::toJson(extract(text).value(1)) == expected;
            return same;
        }));
    }
    for (auto &r : runs)
        QVERIFY(r.get());
}

QTEST_GUILESS_MAIN(TestExtract)
#include "tst_extract.moc"
