// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dispatchfields.h"

#include <QJsonArray>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestDispatch : public QObject
{
    Q_OBJECT

private slots:
    void urgency_data();
    void urgency();
    void confidentiality_data();
    void confidentiality();
    void authority_data();
    void authority();
    void dates_data();
    void dates();
    void jsonRoundTrip();
    void jsonRejectsUnknownAndInvalid_data();
    void jsonRejectsUnknownAndInvalid();
    void listsFromText();
};

void TestDispatch::urgency_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected"); // -1: invalid
    QTest::newRow("code") << u"urgent"_s << int(vt::Urgency::Urgent);
    QTest::newRow("label") << u"Khẩn"_s << int(vt::Urgency::Urgent);
    QTest::newRow("upper") << u"KHẨN"_s << int(vt::Urgency::Urgent);
    QTest::newRow("stripped") << u"khan"_s << int(vt::Urgency::Urgent);
    QTest::newRow("thuong khan") << u"Thượng khẩn"_s << int(vt::Urgency::VeryUrgent);
    QTest::newRow("very_urgent") << u"very_urgent"_s << int(vt::Urgency::VeryUrgent);
    QTest::newRow("very-urgent") << u"very-urgent"_s << int(vt::Urgency::VeryUrgent);
    QTest::newRow("hoa toc old") << u"Hỏa tốc"_s << int(vt::Urgency::Flash);
    QTest::newRow("hoa toc new") << u"Hoả tốc"_s << int(vt::Urgency::Flash);
    QTest::newRow("HOA TOC") << u"HỎA TỐC"_s << int(vt::Urgency::Flash);
    QTest::newRow("empty") << u""_s << int(vt::Urgency::Normal);
    QTest::newRow("normal") << u"normal"_s << int(vt::Urgency::Normal);
    QTest::newRow("junk") << u"rất gấp"_s << -1;
}

void TestDispatch::urgency()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto parsed = vt::parseUrgency(input);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), expected);
        QCOMPARE(vt::parseUrgency(vt::toCode(*parsed)), parsed); // codes round-trip
    }
}

void TestDispatch::confidentiality_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("mat") << u"Mật"_s << int(vt::Confidentiality::Confidential);
    QTest::newRow("MAT") << u"MẬT"_s << int(vt::Confidentiality::Confidential);
    QTest::newRow("toi mat") << u"Tối mật"_s << int(vt::Confidentiality::Secret);
    QTest::newRow("tuyet mat") << u"tuyet mat"_s << int(vt::Confidentiality::TopSecret);
    QTest::newRow("top_secret") << u"top_secret"_s << int(vt::Confidentiality::TopSecret);
    QTest::newRow("secret") << u"secret"_s << int(vt::Confidentiality::Secret);
    QTest::newRow("junk") << u"bí mật quốc gia"_s << -1;
}

void TestDispatch::confidentiality()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto parsed = vt::parseConfidentiality(input);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed)
        QCOMPARE(int(*parsed), expected);
}

void TestDispatch::authority_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("expected");
    QTest::newRow("TM.") << u"TM."_s << int(vt::SigningAuthority::OnBehalf);
    QTest::newRow("KT.") << u"KT."_s << int(vt::SigningAuthority::Deputy);
    QTest::newRow("kt") << u"kt"_s << int(vt::SigningAuthority::Deputy);
    QTest::newRow("TL.") << u"TL."_s << int(vt::SigningAuthority::ByOrder);
    QTest::newRow("TUQ.") << u"TUQ."_s << int(vt::SigningAuthority::Delegated);
    QTest::newRow("Q.") << u"Q."_s << int(vt::SigningAuthority::Acting);
    QTest::newRow("thay mat") << u"Thay mặt"_s << int(vt::SigningAuthority::OnBehalf);
    QTest::newRow("none") << u""_s << int(vt::SigningAuthority::None);
    QTest::newRow("junk") << u"XYZ."_s << -1;
}

void TestDispatch::authority()
{
    QFETCH(QString, input);
    QFETCH(int, expected);
    const auto parsed = vt::parseSigningAuthority(input);
    QCOMPARE(parsed.has_value(), expected >= 0);
    if (parsed) {
        QCOMPARE(int(*parsed), expected);
        QCOMPARE(vt::parseSigningAuthority(vt::toCode(*parsed)), parsed);
    }
}

void TestDispatch::dates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << u"2024-08-29"_s << QDate(2024, 8, 29);
    QTest::newRow("dmy slash") << u"29/8/2024"_s << QDate(2024, 8, 29);
    QTest::newRow("dmy padded") << u"05/01/2020"_s << QDate(2020, 1, 5);
    QTest::newRow("dmy dash") << u"29-08-2024"_s << QDate(2024, 8, 29);
    QTest::newRow("dmy dot") << u"29.8.2024"_s << QDate(2024, 8, 29);
    QTest::newRow("spaces") << u"  29/8/2024 "_s << QDate(2024, 8, 29);
    QTest::newRow("31 Feb") << u"31/2/2024"_s << QDate();
    QTest::newRow("month 13") << u"1/13/2024"_s << QDate();
    QTest::newRow("words") << u"ngày 29 tháng 8"_s << QDate();
    QTest::newRow("empty") << u""_s << QDate();
}

void TestDispatch::dates()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    QCOMPARE(vt::parseDate(input), expected);
}

void TestDispatch::jsonRoundTrip()
{
    vt::Dispatch d;
    d.direction = vt::Direction::Outgoing;
    d.arrivalDate = QDate(2024, 9, 3);
    d.issuer = u"Sở Thông tin và Truyền thông"_s;
    d.issuerParent = u"UBND tỉnh Kiên Giang"_s;
    d.number = u"2095"_s;
    d.notation = u"STTTT-TTBCXB"_s;
    d.reference = u"2095/STTTT-TTBCXB"_s;
    d.place = u"Kiên Giang"_s;
    d.issuedDate = QDate(2024, 8, 29);
    d.type = u"Công văn"_s;
    d.summary = u"V/v tuyên truyền, phổ biến"_s;
    d.addressees = {u"Đài Phát thanh và Truyền hình Kiên Giang"_s, u"Báo Kiên Giang"_s};
    d.recipients = {u"Như trên;"_s, u"Lưu: VT, TTBCXB."_s};
    d.signer = u"Nguyễn Văn A"_s;
    d.signerTitle = u"Phó Giám đốc"_s;
    d.signingAuthority = vt::SigningAuthority::Deputy;
    d.urgency = vt::Urgency::Flash;
    d.confidentiality = vt::Confidentiality::Secret;
    d.dueDate = QDate(2024, 9, 15);
    d.status = vt::Status::InProgress;
    d.pageCount = 3;
    d.fullText = u"Nội dung."_s;
    d.citations = {{u"273/STTTT-TTBCBC"_s, QDate(2020, 4, 24), u"Sở TT&TT"_s, u"Công văn"_s, 0}};

    const QJsonObject json = vt::toJson(d);
    QCOMPARE(json.value(u"signing_authority"_s).toString(), u"KT."_s);
    QCOMPARE(json.value(u"urgency"_s).toString(), u"flash"_s);
    QCOMPARE(json.value(u"issued_date"_s).toString(), u"2024-08-29"_s);
    QCOMPARE(json.value(u"addressees"_s).toArray().size(), 2);

    const auto back = vt::fromJson(json);
    QVERIFY(back.has_value());
    for (const vt::DispatchField &f : vt::dispatchFields())
        QCOMPARE(f.get(*back), f.get(d));
    QCOMPARE(back->direction, d.direction);
    QCOMPARE(back->arrivalDate, d.arrivalDate);
    QCOMPARE(back->fullText, d.fullText);
    QCOMPARE(back->citations, d.citations);
}

void TestDispatch::jsonRejectsUnknownAndInvalid_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << QByteArray(R"({"isuer": "Sở"})") << u"isuer"_s;
    QTest::newRow("bad date") << QByteArray(R"({"issued_date": "hôm qua"})") << u"issued_date"_s;
    QTest::newRow("bad urgency") << QByteArray(R"({"urgency": "gấp lắm"})") << u"urgency"_s;
    QTest::newRow("bad direction") << QByteArray(R"({"direction": "sideways"})") << u"direction"_s;
    QTest::newRow("citation no ref") << QByteArray(R"({"citations": [{"date": "2020-01-01"}]})") << u"reference"_s;
    QTest::newRow("negative pages") << QByteArray(R"({"page_count": -2})") << u"page_count"_s;
}

void TestDispatch::jsonRejectsUnknownAndInvalid()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto r = vt::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, vt::Error::InvalidArgument);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
}

void TestDispatch::listsFromText()
{
    const auto r = vt::fromJson(QJsonObject{{u"recipients"_s, u"- Như trên;\n- Lưu: VT, VP."_s},
                                            {u"addressees"_s, QJsonArray{u"Sở Tài chính"_s}}});
    QVERIFY(r.has_value());
    QCOMPARE(r->recipients, (QStringList{u"- Như trên"_s, u"- Lưu: VT, VP."_s}));
    QCOMPARE(r->addressees, QStringList{u"Sở Tài chính"_s});
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
