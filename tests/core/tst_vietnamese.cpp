// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vietnamese.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vt::text;

namespace {

QString nfd(const QString &s)
{
    return s.normalized(QString::NormalizationForm_D);
}

// The definition in ../shared/tools/vnnorm.py fold(), written the slow way, to hold the lookup tables to it.
QString referenceStrip(const QString &s)
{
    QString d = s;
    d = nfd(d.replace(u'đ', u'd').replace(u'Đ', u'D'));
    QString kept;
    for (const QChar c : std::as_const(d)) {
        if (c.combiningClass() == 0)
            kept.append(c);
    }
    return kept.normalized(QString::NormalizationForm_C);
}

} // namespace

class TestVietnamese : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void foldTableMatchesNormalisation();
    void canonicalTone_data();
    void canonicalTone();
    void exactKey_data();
    void exactKey();
    void hasDiacritics_data();
    void hasDiacritics();
    void nfc_data();
    void nfc();
    void syllable_data();
    void syllable();
    void lexicon();
};

void TestVietnamese::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("stripped");  // stripDiacritics: case kept
    QTest::addColumn<QString>("folded");    // foldForSearch

    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("ascii") << u"Hello World"_s << u"Hello World"_s << u"hello world"_s;
    QTest::newRow("header example") << u"Đối Ngoại"_s << u"Doi Ngoai"_s << u"doi ngoai"_s;
    QTest::newRow("đ") << u"đường"_s << u"duong"_s << u"duong"_s;
    QTest::newRow("Đ alone") << u"Đ"_s << u"D"_s << u"d"_s;
    QTest::newRow("upper") << u"ĐẠI HỌC QUỐC GIA"_s << u"DAI HOC QUOC GIA"_s << u"dai hoc quoc gia"_s;
    QTest::newRow("name") << u"Nguyễn Thị Minh Khai"_s << u"Nguyen Thi Minh Khai"_s << u"nguyen thi minh khai"_s;
    QTest::newRow("ward") << u"Phường Bến Nghé"_s << u"Phuong Ben Nghe"_s << u"phuong ben nghe"_s;
    QTest::newRow("ủy ban") << u"Ủy ban nhân dân"_s << u"Uy ban nhan dan"_s << u"uy ban nhan dan"_s;
    QTest::newRow("old tone") << u"Hòa Bình"_s << u"Hoa Binh"_s << u"hoa binh"_s;
    QTest::newRow("new tone") << u"Hoà Bình"_s << u"Hoa Binh"_s << u"hoa binh"_s;
    QTest::newRow("hats") << u"ăâêôơư"_s << u"aaeoou"_s << u"aaeoou"_s;
    QTest::newRow("HATS") << u"ĂÂÊÔƠƯ"_s << u"AAEOOU"_s << u"aaeoou"_s;
    QTest::newRow("a tones") << u"àáảãạ"_s << u"aaaaa"_s << u"aaaaa"_s;
    QTest::newRow("ă tones") << u"ằắẳẵặ"_s << u"aaaaa"_s << u"aaaaa"_s;
    QTest::newRow("â tones") << u"ẦẤẨẪẬ"_s << u"AAAAA"_s << u"aaaaa"_s;
    QTest::newRow("e tones") << u"èéẻẽẹ"_s << u"eeeee"_s << u"eeeee"_s;
    QTest::newRow("ê tones") << u"ỀẾỂỄỆ"_s << u"EEEEE"_s << u"eeeee"_s;
    QTest::newRow("i tones") << u"ìíỉĩị"_s << u"iiiii"_s << u"iiiii"_s;
    QTest::newRow("o tones") << u"ÒÓỎÕỌ"_s << u"OOOOO"_s << u"ooooo"_s;
    QTest::newRow("ô tones") << u"ồốổỗộ"_s << u"ooooo"_s << u"ooooo"_s;
    QTest::newRow("ơ tones") << u"ỜỚỞỠỢ"_s << u"OOOOO"_s << u"ooooo"_s;
    QTest::newRow("u tones") << u"ùúủũụ"_s << u"uuuuu"_s << u"uuuuu"_s;
    QTest::newRow("ư tones") << u"ỪỨỬỮỰ"_s << u"UUUUU"_s << u"uuuuu"_s;
    QTest::newRow("y tones") << u"ỳýỷỹỵ"_s << u"yyyyy"_s << u"yyyyy"_s;
    QTest::newRow("NFD") << u"Vie\u0323\u0302t Nam"_s << u"Viet Nam"_s << u"viet nam"_s;
    QTest::newRow("NFD tone only") << u"ho\u0300a"_s << u"hoa"_s << u"hoa"_s;
    QTest::newRow("mixed NFC+NFD") << u"Vi\u1EC7t vie\u0323\u0302t"_s << u"Viet viet"_s << u"viet viet"_s;
    QTest::newRow("dispatch number") << u"Số 02/2024/NĐ-CP"_s << u"So 02/2024/ND-CP"_s << u"so 02/2024/nd-cp"_s;
    QTest::newRow("money") << u"1.000.000 đồng"_s << u"1.000.000 dong"_s << u"1.000.000 dong"_s;
    QTest::newRow("French") << u"Café crème"_s << u"Cafe creme"_s << u"cafe creme"_s;
    QTest::newRow("diaeresis") << u"naïve"_s << u"naive"_s << u"naive"_s;
    QTest::newRow("ring") << u"Ångström"_s << u"Angstrom"_s << u"angstrom"_s;
    QTest::newRow("tilde") << u"São Paulo"_s << u"Sao Paulo"_s << u"sao paulo"_s;
    QTest::newRow("undecomposable Ł ø ß") << u"Łódź øß"_s << u"Łodz øß"_s << u"łodz øß"_s;
    QTest::newRow("dotted İ") << u"İstanbul"_s << u"Istanbul"_s << u"istanbul"_s;
    QTest::newRow("Greek") << u"Αθήνα"_s << u"Αθηνα"_s << u"αθηνα"_s;
    QTest::newRow("Cyrillic й") << u"Йод"_s << u"Иод"_s << u"иод"_s;
    QTest::newRow("kana dakuten") << u"が"_s << u"か"_s << u"か"_s;
    QTest::newRow("Hangul kept") << u"한국어"_s << u"한국어"_s << u"한국어"_s;
    QTest::newRow("Angstrom sign") << u"\u212B"_s << u"A"_s << u"a"_s;
    QTest::newRow("Ohm sign → NFC omega") << u"\u2126"_s << u"\u03A9"_s << u"\u03C9"_s;
    QTest::newRow("emoji") << u"👍 tốt"_s << u"👍 tot"_s << u"👍 tot"_s;
    QTest::newRow("CJK Ext B") << u"𠀀 Hán"_s << u"𠀀 Han"_s << u"𠀀 han"_s;
    QTest::newRow("whitespace kept") << u"\tà\u00A0b\n"_s << u"\ta\u00A0b\n"_s << u"\ta\u00A0b\n"_s;
    QTest::newRow("typographic") << u"“Điều 1” – V/v"_s << u"“Dieu 1” – V/v"_s << u"“dieu 1” – v/v"_s;
    QTest::newRow("lone mark") << u"\u0301x"_s << u"x"_s << u"x"_s;
}

void TestVietnamese::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, stripped);
    QFETCH(QString, folded);
    QCOMPARE(stripDiacritics(input), stripped);
    QCOMPARE(foldForSearch(input), folded);
    // NFC and NFD spellings of the same text fold alike; the results are NFC.
    QCOMPARE(stripDiacritics(nfd(input)), stripped);
    QCOMPARE(foldForSearch(nfd(input)), folded);
    QCOMPARE(stripped.normalized(QString::NormalizationForm_C), stripped);
    QCOMPARE(stripDiacritics(input), referenceStrip(input));
}

void TestVietnamese::foldTableMatchesNormalisation()
{
    // Every letter the lookup tables cover, alone and between ASCII, against the reference definition.
    for (char16_t c = 0x80; c < 0x1F00; ++c) {
        if (c == 0x250)
            c = 0x1E00;
        const QString s = u"x"_s + QChar(c) + u"Y"_s;
        const QString expected = referenceStrip(s);
        QVERIFY2(stripDiacritics(s) == expected, qPrintable(u"U+%1"_s.arg(int(c), 4, 16, QChar(u'0'))));
        QVERIFY2(foldForSearch(s) == expected.toLower(), qPrintable(u"U+%1"_s.arg(int(c), 4, 16, QChar(u'0'))));
        QCOMPARE(vt::text::hasDiacritics(QString(QChar(c))), expected != s.normalized(QString::NormalizationForm_C));
    }
}

void TestVietnamese::canonicalTone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("hòa") << u"hòa"_s << u"hoà"_s;
    QTest::newRow("hóa") << u"hóa"_s << u"hoá"_s;
    QTest::newRow("hỏa") << u"hỏa"_s << u"hoả"_s;
    QTest::newRow("hõa") << u"hõa"_s << u"hoã"_s;
    QTest::newRow("họa") << u"họa"_s << u"hoạ"_s;
    QTest::newRow("tọa") << u"tọa"_s << u"toạ"_s;
    QTest::newRow("góa") << u"góa"_s << u"goá"_s;
    QTest::newRow("khỏe") << u"khỏe"_s << u"khoẻ"_s;
    QTest::newRow("xòe") << u"xòe"_s << u"xoè"_s;
    QTest::newRow("nhòe") << u"nhòe"_s << u"nhoè"_s;
    QTest::newRow("thủy") << u"thủy"_s << u"thuỷ"_s;
    QTest::newRow("tùy") << u"tùy"_s << u"tuỳ"_s;
    QTest::newRow("lũy") << u"lũy"_s << u"luỹ"_s;
    QTest::newRow("ủy") << u"ủy"_s << u"uỷ"_s;
    QTest::newRow("Ủy") << u"Ủy"_s << u"Uỷ"_s;
    QTest::newRow("úy") << u"úy"_s << u"uý"_s;
    QTest::newRow("òa") << u"òa"_s << u"oà"_s;
    QTest::newRow("HÒA") << u"HÒA"_s << u"HOÀ"_s;
    QTest::newRow("Hòa") << u"Hòa"_s << u"Hoà"_s;
    QTest::newRow("hÒa") << u"hÒa"_s << u"hOà"_s;
    QTest::newRow("KHỎE") << u"KHỎE"_s << u"KHOẺ"_s;
    QTest::newRow("THỦY") << u"THỦY"_s << u"THUỶ"_s;
    QTest::newRow("phrase") << u"Ủy ban nhân dân tỉnh Khánh Hòa"_s << u"Uỷ ban nhân dân tỉnh Khánh Hoà"_s;
    QTest::newRow("punctuation around") << u"(thủy), hòa."_s << u"(thuỷ), hoà."_s;
    QTest::newRow("digits end a run") << u"A1hòa hòa2"_s << u"A1hoà hoà2"_s;
    QTest::newRow("NFD hòa") << u"ho\u0300a"_s << u"hoà"_s;
    QTest::newRow("NFD thủy") << u"thu\u0309y"_s << u"thuỷ"_s;
    QTest::newRow("NFD HÒA") << u"HO\u0300A"_s << u"HOÀ"_s;
    QTest::newRow("NFD họa") << u"ho\u0323a"_s << u"hoạ"_s;
    QTest::newRow("already new") << u"hoà thuỷ"_s << u"hoà thuỷ"_s;
    QTest::newRow("no tone") << u"hoa thuy"_s << u"hoa thuy"_s;
    QTest::newRow("final consonant") << u"hoàng hòan"_s << u"hoàng hòan"_s;
    QTest::newRow("three vowels") << u"ngoài hóai"_s << u"ngoài hóai"_s;
    QTest::newRow("thuyền") << u"thuyền"_s << u"thuyền"_s;
    QTest::newRow("qu kept") << u"quý qúy Qùy"_s << u"quý qúy Qùy"_s;
    QTest::newRow("gi kept") << u"giữa già"_s << u"giữa già"_s;
    QTest::newRow("not a pair") << u"mùa mía"_s << u"mùa mía"_s;
    QTest::newRow("circumflex pair") << u"ồa"_s << u"ồa"_s;
    QTest::newRow("vowel in onset") << u"ahòa"_s << u"ahòa"_s;
    QTest::newRow("ASCII") << u"UBND 2024"_s << u"UBND 2024"_s;
}

void TestVietnamese::canonicalTone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(vt::text::canonicalTone(input), expected);
    QCOMPARE(vt::text::canonicalTone(nfd(input)), expected);
    QCOMPARE(vt::text::canonicalTone(expected), expected);  // idempotent
}

void TestVietnamese::exactKey_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("header example") << u"Hòa Bình"_s << u"hoà bình"_s;
    QTest::newRow("new style") << u"Hoà Bình"_s << u"hoà bình"_s;
    QTest::newRow("upper") << u"HÒA"_s << u"hoà"_s;
    QTest::newRow("đ upper") << u"ĐẠI HỌC"_s << u"đại học"_s;
    QTest::newRow("ascii") << u"UBND"_s << u"ubnd"_s;
    QTest::newRow("NFD") << u"Ho\u0300a"_s << u"hoà"_s;
    QTest::newRow("thủy lợi") << u"THỦY LỢI"_s << u"thuỷ lợi"_s;
    QTest::newRow("Ủy ban") << u"Ủy ban"_s << u"uỷ ban"_s;
    QTest::newRow("quý kept") << u"Quý"_s << u"quý"_s;
    QTest::newRow("diacritics kept") << u"Người"_s << u"người"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestVietnamese::exactKey()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(vt::text::exactKey(input), expected);
}

void TestVietnamese::hasDiacritics_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ascii") << u"UBND tinh 2024"_s << false;
    QTest::newRow("đ") << u"d\u0111"_s << true;
    QTest::newRow("Đ") << u"Đ"_s << true;
    QTest::newRow("tone") << u"Hà Nội"_s << true;
    QTest::newRow("breve only") << u"năm"_s << true;
    QTest::newRow("horn only") << u"ơ"_s << true;
    QTest::newRow("NFD mark") << u"a\u0301"_s << true;
    QTest::newRow("lone mark") << u"\u0323"_s << true;
    QTest::newRow("French") << u"café"_s << true;
    QTest::newRow("ø is a letter") << u"ø"_s << false;
    QTest::newRow("ß") << u"ß"_s << false;
    QTest::newRow("Greek tonos") << u"ά"_s << true;
    QTest::newRow("Ohm sign") << u"\u2126"_s << false;
    QTest::newRow("emoji") << u"👍"_s << false;
    QTest::newRow("CJK Ext B") << u"𠀀"_s << false;
    QTest::newRow("late in text") << u"UBND tỉnh"_s << true;
}

void TestVietnamese::hasDiacritics()
{
    QFETCH(QString, input);
    QFETCH(bool, expected);
    QCOMPARE(vt::text::hasDiacritics(input), expected);
    // The header's promise: true exactly when folding changes more than case.
    QCOMPARE(foldForSearch(input) != vt::text::nfc(input).toLower(), expected);
}

void TestVietnamese::nfc_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << u"abc"_s << u"abc"_s;
    QTest::newRow("composes") << u"a\u0301"_s << u"á"_s;
    QTest::newRow("two marks") << u"Vie\u0323\u0302t"_s << u"Việt"_s;
    QTest::newRow("mark order") << u"e\u0302\u0323"_s << u"ệ"_s;
    QTest::newRow("already NFC") << u"Việt Nam"_s << u"Việt Nam"_s;
    QTest::newRow("singleton") << u"\u2126"_s << u"\u03A9"_s;
    QTest::newRow("no precomposed") << u"q\u0301"_s << u"q\u0301"_s;
}

void TestVietnamese::nfc()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(vt::text::nfc(input), expected);
}

void TestVietnamese::syllable_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("syllable");    // isSyllable
    QTest::addColumn<bool>("wellFormed");  // isWellFormedSyllable

    const QList<std::tuple<QString, bool, bool>> rows = {
        {u"người"_s, true, true}, {u"NGƯỜI"_s, true, true}, {u"nguoi"_s, true, false}, {u"duoc"_s, true, false},
        {u"được"_s, true, true}, {u"tinh"_s, true, true}, {u"tỉnh"_s, true, true}, {u"Việt"_s, true, true},
        {u"NAM"_s, true, true}, {u"hoà"_s, true, true}, {u"hòa"_s, true, true}, {u"hoàng"_s, true, true},
        {u"hòang"_s, true, false}, {u"thuỷ"_s, true, true}, {u"thủy"_s, true, true}, {u"quý"_s, true, true},
        {u"qúy"_s, true, false}, {u"quốc"_s, true, true}, {u"quyết"_s, true, true}, {u"giữa"_s, true, true},
        {u"gì"_s, true, true}, {u"giếng"_s, true, true}, {u"già"_s, true, true}, {u"gìa"_s, true, false},
        {u"kiên"_s, true, true}, {u"khuya"_s, true, true}, {u"khuỷu"_s, true, true}, {u"thuở"_s, true, true},
        {u"nghiêng"_s, true, true}, {u"xoong"_s, true, true}, {u"yêu"_s, true, true}, {u"oà"_s, true, true},
        {u"Uỷ"_s, true, true}, {u"tắt"_s, true, true}, {u"tạt"_s, true, true}, {u"tăt"_s, true, false},
        {u"tat"_s, true, false}, {u"học"_s, true, true}, {u"hoc"_s, true, false}, {u"ách"_s, true, true},
        {u"ếch"_s, true, true}, {u"Đà"_s, true, true}, {u"da"_s, true, true}, {u"oanh"_s, true, true},
        {u"rượu"_s, true, true}, {u"khỏe"_s, true, true}, {u"khoẻ"_s, true, true}, {u"tiếng"_s, true, true},
        {u"nguòi"_s, true, false}, {u"ngừoi"_s, true, false}, {u"ngu\u031Bo\u031B\u0300i"_s, true, true},
        {u"nguo\u0302\u0323i"_s, true, true}, {u"bướm"_s, true, true}, {u"chuyện"_s, true, true},
        {u"mỹ"_s, true, true}, {u"kỳ"_s, true, true}, {u"ý"_s, true, true}, {u"ừm"_s, true, true},
        // not syllables
        {u"str"_s, false, false}, {u"xyz"_s, false, false}, {u"UBND"_s, false, false}, {u"email"_s, false, false},
        {u"tàt"_s, false, false}, {u"tảp"_s, false, false}, {u"ka"_s, false, false}, {u"ci"_s, false, false},
        {u"ge"_s, false, false}, {u"nge"_s, false, false}, {u"ngha"_s, false, false}, {u"gha"_s, false, false},
        {u"ăi"_s, false, false}, {u"âi"_s, false, false}, {u"ơng"_s, false, false}, {u"iên"_s, false, false},
        {u"tyên"_s, false, false}, {u"hóà"_s, false, false}, {u"café"_s, false, false}, {u"word"_s, false, false},
        {u"f"_s, false, false}, {u"q"_s, false, false}, {u"qu"_s, false, false}, {u"ch"_s, false, false},
        {u"a1"_s, false, false}, {QString(), false, false}, {u"ǹam"_s, false, false}, {u"ăn\u0302"_s, false, false},
        {u"naïve"_s, false, false}, {u"hoa hoa"_s, false, false}, {u"xuân\u0308"_s, false, false},
        {u"dy"_s, false, false}, {u"thy"_s, false, false}, {u"ngoaii"_s, false, false}, {u"Kon"_s, false, false},
    };
    for (const auto &[word, syllable, wellFormed] : rows)
        QTest::newRow(word.isEmpty() ? "(empty)" : qPrintable(word)) << word << syllable << wellFormed;
}

void TestVietnamese::syllable()
{
    QFETCH(QString, word);
    QFETCH(bool, syllable);
    QFETCH(bool, wellFormed);
    QCOMPARE(isSyllable(word), syllable);
    QCOMPARE(isWellFormedSyllable(word), wellFormed);
    QCOMPARE(isSyllable(nfd(word)), syllable);
    QCOMPARE(isWellFormedSyllable(nfd(word)), wellFormed);
    QCOMPARE(isSyllable(word.toUpper()), syllable);
    if (syllable)  // typed without any diacritic, a syllable is still recognised
        QVERIFY(isSyllable(stripDiacritics(word)));
}

void TestVietnamese::lexicon()
{
    const QString dir = qEnvironmentVariable("VT_SHARED_DIR");
    if (dir.isEmpty())
        QSKIP("VT_SHARED_DIR is not set");
    QFile file(dir + u"/corpus/lexicon/hunspell-vi-syllables.txt"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        QSKIP("the shared hunspell syllable list is not available");
    const QStringList words = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(words.size() > 1000);
    qsizetype accepted = 0;
    QStringList rejected;
    for (const QString &line : words) {
        const QString w = line.trimmed();
        const bool ok = isSyllable(w);
        if (ok)
            ++accepted;
        else
            rejected << w;
        // Spelling variants of one word must not change the verdict.
        QCOMPARE(isSyllable(nfd(w)), ok);
        QCOMPARE(isSyllable(w.toUpper()), ok);
        QCOMPARE(isWellFormedSyllable(nfd(w)), isWellFormedSyllable(w));
        if (ok)
            QVERIFY2(isSyllable(foldForSearch(w)), qPrintable(w));
        if (isWellFormedSyllable(w))
            QVERIFY2(isWellFormedSyllable(vt::text::canonicalTone(w)), qPrintable(w));
    }
    const double rate = double(accepted) / double(words.size());
    qInfo("lexicon: %lld of %lld syllables accepted (%.2f%%); rejected: %s", qlonglong(accepted),
          qlonglong(words.size()), rate * 100.0, qPrintable(rejected.join(u' ')));
    QVERIFY2(rate >= 0.99, qPrintable(u"acceptance %1%"_s.arg(rate * 100.0)));
}

QTEST_GUILESS_MAIN(TestVietnamese)
#include "tst_vietnamese.moc"
