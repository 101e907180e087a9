// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace vt::text;

namespace {

// "S:người" / "W:UBND" / "N:2024" / "P:/": compact enough to write expectations one row per case.
QStringList describe(QStringView text, const QList<Token> &tokens)
{
    QStringList out;
    for (const Token &t : tokens) {
        const char16_t kind = t.kind == TokenKind::Syllable ? u'S'
            : t.kind == TokenKind::Word                     ? u'W'
            : t.kind == TokenKind::Number                   ? u'N'
                                                            : u'P';
        out << QString(QChar(kind)) + u':' + t.in(text).toString();
    }
    return out;
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void tokenize_data();
    void tokenize();
    void isTermChar_data();
    void isTermChar();
    void forEachTerm_data();
    void forEachTerm();
};

void TestTokenizer::tokenize_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only spaces") << u" \t\n\u00A0 "_s << QStringList();
    QTest::newRow("reference") << u"Công văn số 2095/STTTT-TTBCXB"_s
                               << QStringList{u"S:Công"_s, u"S:văn"_s, u"S:số"_s, u"N:2095"_s, u"P:/"_s,
                                              u"W:STTTT"_s, u"P:-"_s, u"W:TTBCXB"_s};
    QTest::newRow("date") << u"ngày 02/8/2024"_s << QStringList{u"S:ngày"_s, u"N:02/8/2024"_s};
    QTest::newRow("thousands") << u"1.000.000 đồng"_s << QStringList{u"N:1.000.000"_s, u"S:đồng"_s};
    QTest::newRow("decimal comma") << u"3,5 tỷ"_s << QStringList{u"N:3,5"_s, u"S:tỷ"_s};
    QTest::newRow("range") << u"2024-2025"_s << QStringList{u"N:2024-2025"_s};
    QTest::newRow("list") << u"1,2,3"_s << QStringList{u"N:1,2,3"_s};
    QTest::newRow("trailing dot") << u"năm 2024."_s << QStringList{u"S:năm"_s, u"N:2024"_s, u"P:."_s};
    QTest::newRow("leading sign") << u"-5"_s << QStringList{u"P:-"_s, u"N:5"_s};
    QTest::newRow("trailing dash") << u"5-"_s << QStringList{u"N:5"_s, u"P:-"_s};
    QTest::newRow("double dot") << u"1..2"_s << QStringList{u"N:1"_s, u"P:."_s, u"P:."_s, u"N:2"_s};
    QTest::newRow("colon not kept") << u"10:30"_s << QStringList{u"N:10"_s, u"P::"_s, u"N:30"_s};
    QTest::newRow("number then word") << u"3/2b"_s << QStringList{u"N:3"_s, u"P:/"_s, u"W:2b"_s};
    QTest::newRow("phone") << u"ĐT: 0912.345.678"_s << QStringList{u"W:ĐT"_s, u"P::"_s, u"N:0912.345.678"_s};
    QTest::newRow("glued") << u"A1 2b H2O"_s << QStringList{u"W:A1"_s, u"W:2b"_s, u"W:H2O"_s};
    QTest::newRow("sentence end") << u"tỉnh."_s << QStringList{u"S:tỉnh"_s, u"P:."_s};
    QTest::newRow("brackets") << u"(1)"_s << QStringList{u"P:("_s, u"N:1"_s, u"P:)"_s};
    QTest::newRow("abbreviation") << u"UBND tỉnh"_s << QStringList{u"W:UBND"_s, u"S:tỉnh"_s};
    QTest::newRow("decree") << u"NĐ-CP"_s << QStringList{u"W:NĐ"_s, u"P:-"_s, u"W:CP"_s};
    QTest::newRow("city") << u"Tp.HCM"_s << QStringList{u"W:Tp"_s, u"P:."_s, u"W:HCM"_s};
    QTest::newRow("V/v") << u"V/v"_s << QStringList{u"W:V"_s, u"P:/"_s, u"W:v"_s};
    QTest::newRow("no diacritics") << u"nguoi Viet"_s << QStringList{u"S:nguoi"_s, u"S:Viet"_s};
    QTest::newRow("upper case") << u"HOÀ BÌNH"_s << QStringList{u"S:HOÀ"_s, u"S:BÌNH"_s};
    QTest::newRow("NFD marks stay") << u"Vie\u0323\u0302t Nam"_s << QStringList{u"S:Vie\u0323\u0302t"_s, u"S:Nam"_s};
    QTest::newRow("place") << u"Đà Nẵng"_s << QStringList{u"S:Đà"_s, u"S:Nẵng"_s};
    QTest::newRow("quotes") << u"“Quyết định”"_s << QStringList{u"P:“"_s, u"S:Quyết"_s, u"S:định"_s, u"P:”"_s};
    QTest::newRow("article") << u"Điều 5. Hiệu lực"_s
                             << QStringList{u"S:Điều"_s, u"N:5"_s, u"P:."_s, u"S:Hiệu"_s, u"S:lực"_s};
    QTest::newRow("email") << u"email: a@b.vn"_s
                           << QStringList{u"W:email"_s, u"P::"_s, u"S:a"_s, u"P:@"_s, u"W:b"_s, u"P:."_s, u"W:vn"_s};
    QTest::newRow("not Vietnamese") << u"ko str"_s << QStringList{u"W:ko"_s, u"W:str"_s};
    QTest::newRow("CJK Ext B") << u"CJK 𠀀字"_s << QStringList{u"W:CJK"_s, u"W:𠀀字"_s};
    QTest::newRow("emoji") << u"👍tốt"_s << QStringList{u"P:👍"_s, u"S:tốt"_s};
    QTest::newRow("mark on consonant") << u"x\u0301"_s << QStringList{u"W:x\u0301"_s};
    QTest::newRow("mark first") << u"\u0301an"_s << QStringList{u"W:\u0301an"_s};
    QTest::newRow("mark on punctuation") << u"(\u0301a"_s << QStringList{u"P:(\u0301"_s, u"S:a"_s};
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢٤/٥"_s << QStringList{u"N:٢٠٢٤/٥"_s};
    QTest::newRow("superscript") << u"m² 10²"_s << QStringList{u"W:m²"_s, u"N:10²"_s};
    QTest::newRow("no-break space") << u"a\u00A0b"_s << QStringList{u"S:a"_s, u"W:b"_s};
    QTest::newRow("underscore") << u"a_b"_s << QStringList{u"S:a"_s, u"P:_"_s, u"W:b"_s};
}

void TestTokenizer::tokenize()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const QList<Token> tokens = vt::text::tokenize(text);
    QCOMPARE(describe(text, tokens), expected);
    // Spans are ordered, disjoint, inside the text, and only whitespace lies between them.
    qsizetype at = 0;
    for (const Token &t : tokens) {
        QVERIFY(t.length > 0);
        QVERIFY(t.begin >= at);
        QVERIFY(t.begin + t.length <= text.size());
        QVERIFY(text.sliced(at, t.begin - at).trimmed().isEmpty());
        at = t.begin + t.length;
    }
    QVERIFY(text.sliced(at).trimmed().isEmpty());
}

void TestTokenizer::isTermChar_data()
{
    QTest::addColumn<QChar>("c");
    QTest::addColumn<bool>("expected");

    QTest::newRow("a") << QChar(u'a') << true;
    QTest::newRow("Z") << QChar(u'Z') << true;
    QTest::newRow("5") << QChar(u'5') << true;
    QTest::newRow("đ") << QChar(u'đ') << true;
    QTest::newRow("ự") << QChar(u'ự') << true;
    QTest::newRow("combining acute") << QChar(u'\u0301') << true;
    QTest::newRow("CJK") << QChar(u'字') << true;
    QTest::newRow("Arabic-Indic digit") << QChar(u'٣') << true;
    QTest::newRow("high surrogate") << QChar(u'\xD840') << true;
    QTest::newRow("low surrogate") << QChar(u'\xDC00') << true;
    QTest::newRow("space") << QChar(u' ') << false;
    QTest::newRow("no-break space") << QChar(u'\u00A0') << false;
    QTest::newRow("slash") << QChar(u'/') << false;
    QTest::newRow("hyphen") << QChar(u'-') << false;
    QTest::newRow("underscore") << QChar(u'_') << false;
    QTest::newRow("quote") << QChar(u'“') << false;
    QTest::newRow("en dash") << QChar(u'–') << false;
    QTest::newRow("at") << QChar(u'@') << false;
}

void TestTokenizer::isTermChar()
{
    QFETCH(QChar, c);
    QFETCH(bool, expected);
    QCOMPARE(vt::text::isTermChar(c), expected);
}

void TestTokenizer::forEachTerm_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("punctuation only") << u" , / - "_s << QStringList();
    QTest::newRow("reference") << u"Số 2095/STTTT-TTBCXB"_s << QStringList{u"Số"_s, u"2095"_s, u"STTTT"_s, u"TTBCXB"_s};
    QTest::newRow("date split") << u"02/8/2024"_s << QStringList{u"02"_s, u"8"_s, u"2024"_s};
    QTest::newRow("NFD whole") << u"(Vie\u0323\u0302t)"_s << QStringList{u"Vie\u0323\u0302t"_s};
    QTest::newRow("CJK Ext B whole") << u"𠀀字 x"_s << QStringList{u"𠀀字"_s, u"x"_s};
    QTest::newRow("hyphenated") << u"hòa-bình"_s << QStringList{u"hòa"_s, u"bình"_s};
    QTest::newRow("underscore") << u"a_b"_s << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("edges") << u"“Điều 1”"_s << QStringList{u"Điều"_s, u"1"_s};
}

void TestTokenizer::forEachTerm()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList terms;
    vt::text::forEachTerm(text, [&](qsizetype begin, qsizetype length) { terms << text.sliced(begin, length); });
    QCOMPARE(terms, expected);
}

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
