// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/repairer.h"
#include "sharedscorer.h"

#include "core/vietnamese.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

#include <thread>

using namespace Qt::StringLiterals;
using vt::repair::Mode;

namespace {

// Both tone placements are correct Vietnamese; compare with one of them.
QString canon(const QString &s)
{
    return vt::text::canonicalTone(s);
}

} // namespace

class TestRepairer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void stripped_data();
    void stripped();
    void keepsWhatIsNotAWord_data();
    void keepsWhatIsNotAWord();
    void engOcr_data();
    void engOcr();
    void vieOcrKeepsGoodTextAndFixesMarks_data();
    void vieOcrKeepsGoodTextAndFixesMarks();
    void detectsMode_data();
    void detectsMode();
    void tokensCarryConfidenceAndAlternatives();
    void badInput_data();
    void badInput();
    void longLine();
    void threadSafe();
    void seed001();

private:
    std::shared_ptr<const vt::repair::Repairer> m_repairer;
};

void TestRepairer::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    auto r = vt::repair::Repairer::load(QStringLiteral(VT_MODEL_DIR));
    QVERIFY2(r.has_value(), r ? "" : qPrintable(r.error().message));
    qInfo("repairer loaded in %lld ms", timer.elapsed());
    m_repairer = *r;
}

void TestRepairer::stripped_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("people's committee") << u"Uy ban nhan dan tinh Kien Giang"_s << u"Ủy ban nhân dân tỉnh Kiên Giang"_s;
    QTest::newRow("motto") << u"Doc lap - Tu do - Hanh phuc"_s << u"Độc lập - Tự do - Hạnh phúc"_s;
    QTest::newRow("date") << u"Kien Giang, ngay 29 thang 8 nam 2024"_s << u"Kiên Giang, ngày 29 tháng 8 năm 2024"_s;
    QTest::newRow("addressees") << u"Kinh gui: So Tai chinh"_s << u"Kính gửi: Sở Tài chính"_s;
    QTest::newRow("recipients") << u"Noi nhan:\n- Nhu tren;\n- Luu: VT."_s << u"Nơi nhận:\n- Như trên;\n- Lưu: VT."_s;
    QTest::newRow("upper-case header") << u"CONG HOA XA HOI CHU NGHIA VIET NAM"_s
                                       << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    QTest::newRow("body") << u"de nghi cac co quan, don vi trien khai thuc hien ke hoach"_s
                          << u"đề nghị các cơ quan, đơn vị triển khai thực hiện kế hoạch"_s;
    QTest::newRow("plan title") << u"KE HOACH to chuc hoi nghi tong ket cong tac nam 2024"_s
                                << u"KẾ HOẠCH tổ chức hội nghị tổng kết công tác năm 2024"_s;
}

void TestRepairer::stripped()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto r = m_repairer->repair(input, Mode::Stripped);
    QCOMPARE(canon(r.text), canon(expected));
    QCOMPARE(int(r.mode), int(Mode::Stripped));
}

void TestRepairer::keepsWhatIsNotAWord_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reference") << u"So: 2095/STTTT-TTBCXB"_s << u"Số: 2095/STTTT-TTBCXB"_s;
    QTest::newRow("legal reference") << u"Quyet dinh so 84/2025/QĐ-UBND"_s << u"Quyết định số 84/2025/QĐ-UBND"_s;
    QTest::newRow("party reference") << u"Ke hoach so 116-KH/BCĐTTĐN"_s << u"Kế hoạch số 116-KH/BCĐTTĐN"_s;
    QTest::newRow("abbreviations") << u"UBND tinh va HĐND tinh"_s << u"UBND tỉnh và HĐND tỉnh"_s;
    QTest::newRow("spacing kept") << u"ngay  29\tthang\n\n8"_s << u"ngày  29\ttháng\n\n8"_s;
    QTest::newRow("numbers and dates") << u"ngay 02/8/2024, 1.000.000 dong"_s << u"ngày 02/8/2024, 1.000.000 đồng"_s;
    QTest::newRow("punctuation") << u"(tinh) \"Kien Giang\"; ..."_s << u"(tỉnh) \"Kiên Giang\"; ..."_s;
    QTest::newRow("V/v") << u"V/v trien khai"_s << u"V/v triển khai"_s;
    // Đ in an abbreviation only with evidence: the words it abbreviates, spelt out in the same text.
    QTest::newRow("abbreviation spelt out") << u"Ban Chi dao thong tin doi ngoai tinh; Ban Chi dao TTDN Trung uong"_s
                                            << u"Ban Chỉ đạo thông tin đối ngoại tỉnh; Ban Chỉ đạo TTĐN Trung ương"_s;
    QTest::newRow("abbreviation without evidence")
        << u"Cong van gui TTDN Trung uong"_s << u"Công văn gửi TTDN Trung ương"_s;
}

void TestRepairer::keepsWhatIsNotAWord()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(canon(m_repairer->repair(input, Mode::Stripped).text), canon(expected));
}

void TestRepairer::engOcr_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Damage of the kinds an English-model OCR does to Vietnamese; sentences written for this test.
    QTest::newRow("digit for o") << u"S6: 15/UBND-VP"_s << u"Số: 15/UBND-VP"_s;
    QTest::newRow("Q for O") << u"CONG HOA XA HQI CHU NGHIA VIET NAM"_s << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
    QTest::newRow("P for Đ") << u"Pai hoi Pang bo tinh"_s << u"Đại hội Đảng bộ tỉnh"_s;
    QTest::newRow("ir for ư") << u"cac co quan chirc nang tir nay dén hét nhiém ky"_s
                              << u"các cơ quan chức năng từ nay đến hết nhiệm kỳ"_s;
    QTest::newRow("latin-1 marks") << u"Ké hoach phat trién kinh té"_s << u"Kế hoạch phát triển kinh tế"_s;
    QTest::newRow("symbols") << u"muc ti€u va ¢ac nhiém vu"_s << u"mục tiêu và các nhiệm vụ"_s;
    // A paragraph wrapped on the page is one sentence: "nay" before "đến" stays "nay".
    QTest::newRow("wrapped line") << u"nhiém vu tir nay\ndén hét nam 2025"_s << u"nhiệm vụ từ nay\nđến hết năm 2025"_s;
    QTest::newRow("speck for a space") << u"quy dinh bo-sung va cap kinh phi"_s
                                       << u"quy định bổ sung và cấp kinh phí"_s;
    QTest::newRow("vowel lost") << u"Uy ban nhan dan cac huyén, thanh ph"_s
                                << u"Ủy ban nhân dân các huyện, thành phố"_s;
    QTest::newRow("letter misread") << u"UBND tink Kién Giang"_s << u"UBND tỉnh Kiên Giang"_s;
    QTest::newRow("dollar for s") << u"can cir Nghi dinh $6 15/2025/ND-CP cua Chinh phu"_s
                                  << u"căn cứ Nghị định số 15/2025/NĐ-CP của Chính phủ"_s;
    // A speck between a word and the number after it is a space; abbreviations with a dot stay.
    QTest::newRow("speck before a number") << u"Can cir khoan.2 Diéu-14 Nghi dinh s6.78/2025/ND-CP, tai TP.HCM"_s
                                           << u"Căn cứ khoản 2 Điều 14 Nghị định số 78/2025/NĐ-CP, tại TP.HCM"_s;
    QTest::newRow("speck between capitals")
        << u"DICH VU.CHUNG THUC CHU KY SO; TP.HCM"_s << u"DỊCH VỤ CHỨNG THỰC CHỮ KÝ SỐ; TP.HCM"_s;
    QTest::newRow("speck before a name") << u"duoc sira déi bé sung béi-Luat Thué cia‘co quan"_s
                                         << u"được sửa đổi bổ sung bởi Luật Thuế của cơ quan"_s;
    // Two capitals never seen as an abbreviation, before a name: a damaged word; real abbreviations stay.
    QTest::newRow("capitals for a word") << u"chirc nang cua SG Tw phap; Luu: VT, CS."_s
                                         << u"chức năng của Sở Tư pháp; Lưu: VT, CS."_s;
    // A name: "Thi" after a surname is "Thị", though "thi" is the commoner word ("thi hành").
    QTest::newRow("personal name") << u"chuyén vién Lé Thi Linh Trang, DT: 0123"_s
                                   << u"chuyên viên Lê Thị Linh Trang, ĐT: 0123"_s;
    // Two words in capitals, two in lower case: the tie goes to the word's own letters.
    QTest::newRow("case tie") << u"QUYET DINH: Diéu 1. Cong bé"_s << u"QUYẾT ĐỊNH: Điều 1. Công bố"_s;
    // A reference broken at its hyphen is joined again; a hyphen between abbreviations elsewhere is left.
    QTest::newRow("broken reference") << u"Nghi dinh s6 62/2025/ND- CP va 3574/QD - BYT; Luu: VT - CS"_s
                                      << u"Nghị định số 62/2025/NĐ-CP và 3574/QĐ-BYT; Lưu: VT - CS"_s;
}

void TestRepairer::engOcr()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(canon(m_repairer->repair(input, Mode::EngOcr).text), canon(expected));
}

void TestRepairer::vieOcrKeepsGoodTextAndFixesMarks_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("correct stays") << u"Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện"_s
                                   << u"Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện"_s;
    QTest::newRow("broken reference") << u"theo Nghị định số 103/2024/NĐ- CP của Chính phủ"_s
                                      << u"theo Nghị định số 103/2024/NĐ-CP của Chính phủ"_s;
    QTest::newRow("one wrong mark") << u"Ủy ban nhân dân tinh ban hành kế hoạch"_s
                                    << u"Ủy ban nhân dân tỉnh ban hành kế hoạch"_s;
    QTest::newRow("names stay") << u"Nguyễn Thị Minh Hiền"_s << u"Nguyễn Thị Minh Hiền"_s;
    QTest::newRow("rare names stay") << u"Ông Lò Văn Rết phát biểu"_s << u"Ông Lò Văn Rết phát biểu"_s;
    // A capital misread: a rare word one first letter from a common one the sentence wants.
    QTest::newRow("capital misread") << u"Hội nghị tổng Rết năm 2025"_s << u"Hội nghị tổng Kết năm 2025"_s;
}

void TestRepairer::vieOcrKeepsGoodTextAndFixesMarks()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(canon(m_repairer->repair(input, Mode::VieOcr).text), canon(expected));
}

void TestRepairer::detectsMode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("mode");
    QTest::newRow("stripped") << u"Uy ban nhan dan tinh de nghi cac so, ban, nganh thuc hien"_s << int(Mode::Stripped);
    QTest::newRow("eng ocr") << u"S6 Thong tin va Truyén thong dé nghi cac co quan chirc nang tir nay"_s
                             << int(Mode::EngOcr);
    QTest::newRow("vie ocr") << u"Sở Thông tin và Truyền thông đề nghị các cơ quan chức năng"_s << int(Mode::VieOcr);
}

void TestRepairer::detectsMode()
{
    QFETCH(QString, input);
    QFETCH(int, mode);
    QCOMPARE(int(vt::repair::Repairer::detectMode(input)), mode);
    QCOMPARE(int(m_repairer->repair(input).mode), mode);
}

void TestRepairer::tokensCarryConfidenceAndAlternatives()
{
    const QString input = u"Uy ban nhan dan tinh, so 15/UBND."_s;
    const auto r = m_repairer->repair(input, Mode::Stripped);
    QVERIFY(!r.tokens.isEmpty());
    for (const auto &t : r.tokens) {
        QCOMPARE(input.mid(t.begin, t.length), t.original);
        QVERIFY(t.confidence >= 0 && t.confidence <= 1);
        QVERIFY(!t.alternatives.isEmpty() && t.alternatives.size() <= 4);
        QCOMPARE(t.alternatives.front().text, t.repaired);
        for (qsizetype k = 1; k < t.alternatives.size(); ++k)
            QVERIFY(t.alternatives.at(k - 1).probability >= t.alternatives.at(k).probability);
    }
    // "tinh" has real alternatives (tình, tính, tỉnh…); the chosen one is confident in this context.
    const auto tinh
        = std::find_if(r.tokens.begin(), r.tokens.end(), [](const auto &t) { return t.original == u"tinh"; });
    QVERIFY(tinh != r.tokens.end());
    QCOMPARE(tinh->repaired, u"tỉnh"_s);
    QVERIFY(tinh->alternatives.size() >= 2);
    QVERIFY(tinh->confidence > 0.5);
}

void TestRepairer::badInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << u"   \n\t "_s;
    QTest::newRow("english") << u"The committee will review the annual budget report next week."_s;
    QTest::newRow("french") << u"Le comité examinera le rapport budgétaire annuel la semaine prochaine."_s;
    QTest::newRow("chinese") << u"人民委员会关于加强对外宣传工作的计划"_s;
    QTest::newRow("symbols") << u"@@@ ### $$$ %%% ^^^ &&& *** ((( )))"_s;
    QTest::newRow("replacement chars") << QString::fromUtf8("\xff\xfe\xfd abc \xc3\x28 \xe2\x82") + u"\uFFFD\uFFFD"_s;
    QTest::newRow("lone surrogates") << QString(QChar(0xD800)) + u"abc"_s + QChar(0xDC00);
    QTest::newRow("control chars") << QString::fromLatin1("a\x01\x02\x03 b\x7f c\x1b[31m");
    // Found by the fuzzer: a combining mark with no letter before it once crashed the mode detection.
    QTest::newRow("lone combining mark") << QString::fromUtf8(
        QByteArray::fromBase64("ACxuIHRpbmgiAUtReSBiYW4gAAAA1pVydXnhTIFuIHRow7RuZyB0aW5DQ0OWQ2g="));
}

void TestRepairer::badInput()
{
    QFETCH(QString, input);
    for (Mode mode : {Mode::Auto, Mode::Stripped, Mode::EngOcr, Mode::VieOcr}) {
        const auto r = m_repairer->repair(input, mode);
        QCOMPARE(r.text, input); // nothing Vietnamese to restore: the input comes back unchanged
        for (const auto &t : r.tokens)
            QCOMPARE(t.confidence, 0.0);
    }
}

void TestRepairer::longLine()
{
    // One 10 MB line of random bytes-as-Latin-1 and Vietnamese words: it must end, linearly.
    QString line;
    line.reserve(10 * 1024 * 1024);
    QRandomGenerator rng(7);
    const QStringList words{u"nhan"_s, u"dan"_s, u"tinh"_s, u"xq#"_s, u"ke"_s, u"hoach"_s, u"2024"_s, u"€¢"_s};
    while (line.size() < 10 * 1024 * 1024)
        line += words.at(rng.bounded(int(words.size()))) + u' ';
    QElapsedTimer timer;
    timer.start();
    const auto r = m_repairer->repair(line, Mode::Auto);
    QCOMPARE(r.text.size() > 0, true);
    qInfo("10 MB line repaired in %lld ms", timer.elapsed());
    QVERIFY(timer.elapsed() < 120000);
}

void TestRepairer::threadSafe()
{
    const QString input = u"Uy ban nhan dan tinh Kien Giang de nghi cac so, ban, nganh trien khai ke hoach"_s;
    const QString expected = m_repairer->repair(input, Mode::Stripped).text;
    std::vector<QString> results(4);
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&, t] {
            for (int k = 0; k < 50; ++k)
                results[size_t(t)] = m_repairer->repair(input, Mode::Stripped).text;
        });
    }
    for (auto &t : threads)
        t.join();
    for (const QString &r : results)
        QCOMPARE(r, expected);
}

void TestRepairer::seed001()
{
    // Real English-model OCR of a scanned letter, scored by the shared scorer against its gold text. The raw
    // OCR scores 15.2%; the issue asks for 95% (docs/benchmarks.md).
    const QString shared = vt::repair::test::sharedDir();
    const QStringList seeds = QDir(shared + u"/seeds"_s).entryList({u"001_*.txt"_s});
    QFile gold(shared + u"/dev/001.gold.txt"_s);
    if (shared.isEmpty() || seeds.isEmpty() || !gold.open(QIODevice::ReadOnly))
        QSKIP("../shared is not here");
    QFile seed(shared + u"/seeds/"_s + seeds.first());
    QVERIFY(seed.open(QIODevice::ReadOnly));
    const vt::repair::RepairResult r = m_repairer->repair(QString::fromUtf8(seed.readAll()));
    QCOMPARE(int(r.mode), int(Mode::EngOcr));
    const auto accuracy = vt::repair::test::syllableAccuracy(r.text, QString::fromUtf8(gold.readAll()));
    if (!accuracy)
        QSKIP("the shared scorer does not run (python3 missing?)");
    qInfo("seed 001: syllable accuracy %.2f%%", 100 * *accuracy);
    QVERIFY2(*accuracy >= 0.95, qPrintable(r.text.left(400)));
}

QTEST_GUILESS_MAIN(TestRepairer)
#include "tst_repairer.moc"
