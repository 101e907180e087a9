// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/channelcounter.h"
#include "ocrchannel/channeltable.h"
#include "ocrchannel/corpus.h"
#include "ocrchannel/ocrengine.h"
#include "ocrchannel/pagerenderer.h"
#include "ocrchannel/scannoise.h"
#include "ocrchannel/textalign.h"
#include "repair/repairer.h"
#include "sharedscorer.h"

#include <QFontInfo>
#include <QHash>
#include <QtTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace vt::ocrchannel;

class TestOcrChannel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rendersAndReadsVietnamese_data();
    void rendersAndReadsVietnamese();
    void noiseIsDeterministic();
    void alignsGarbledWords();
    void alignsLinesAcrossMerges();
    void learnsMultiCharacterConfusions();
    void committedTableParses();
    void committedTableIsNormalised();
    void committedTableHasLearnedConfusions();
    void repairsEngOcrOfHeldOutPages_data();
    void repairsEngOcrOfHeldOutPages();

private:
    // Two lines we wrote for this test, with the letters eng OCR garbles most (ô, ư, ữ, đ, ộ) and upper case.
    const QStringList m_text{u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Sở Thông tin và Truyền thông đề nghị các đơn vị phối hợp thực hiện những nội dung sau đây."_s};
    std::unique_ptr<OcrEngine> m_vie;
};

void TestOcrChannel::initTestCase()
{
    if (QFontInfo(QFont(u"Liberation Serif"_s)).family() != u"Liberation Serif"_s)
        QSKIP("Liberation Serif is not installed (fonts-liberation2)");
    auto engine = OcrEngine::create(u"vie"_s);
    if (!engine)
        QSKIP("Tesseract has no vie data (tesseract-ocr-vie)");
    m_vie = std::move(*engine);
}

void TestOcrChannel::rendersAndReadsVietnamese_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("noise");
    QTest::newRow("300 dpi clean") << 300 << int(NoiseLevel::None);
    QTest::newRow("200 dpi light noise") << 200 << int(NoiseLevel::Light);
}

void TestOcrChannel::rendersAndReadsVietnamese()
{
    QFETCH(int, dpi);
    QFETCH(int, noise);
    const PageRenderer renderer(PageStyle{}, dpi);
    const QList<PageLayout> pages = renderer.paginate(styleParagraphs(m_text, 1), 1);
    QCOMPARE(pages.size(), 1);
    const QStringList gold = pages.first().text();
    QVERIFY(gold.size() >= 2);
    QCOMPARE(gold.first(), m_text.first()); // an upper-case line is a centred heading, never re-broken

    const QImage clean = renderer.render(pages.first());
    QCOMPARE(clean.format(), QImage::Format_Grayscale8);
    QCOMPARE(clean.size(), QSize(qRound(210 / 25.4 * dpi), qRound(297 / 25.4 * dpi)));
    const QImage page = addScanNoise(clean, NoiseLevel(noise), 42);
    auto text = m_vie->recognize(page, dpi);
    QVERIFY2(text.has_value(), text ? "" : qPrintable(text.error().message));

    const QString want = collapseSpaces(gold.join(u' '));
    const QString got = collapseSpaces(*text);
    const double cer = double(editDistance(want, got)) / double(want.size());
    QVERIFY2(cer < 0.10, qPrintable(u"CER %1: \"%2\""_s.arg(cer).arg(got)));
}

void TestOcrChannel::noiseIsDeterministic()
{
    QImage page(400, 300, QImage::Format_Grayscale8);
    page.setDotsPerMeterX(11811); // 300 dpi
    page.setDotsPerMeterY(11811);
    page.fill(255);
    const QImage a = addScanNoise(page, NoiseLevel::Heavy, 7);
    QCOMPARE(a.size(), page.size());
    QCOMPARE(addScanNoise(page, NoiseLevel::Heavy, 7), a);
    QVERIFY(addScanNoise(page, NoiseLevel::Heavy, 8) != a);
    QCOMPARE(addScanNoise(page, NoiseLevel::None, 7), page);
}

void TestOcrChannel::alignsGarbledWords()
{
    // Real eng-OCR damage: diacritics become digits and lookalikes, and one word splits in two.
    const QList<WordMatch> m = alignWords(
        u"Số: 2095 Kiên Giang, ngày 29 tháng 8 năm 2024"_s, u"S6: 2095 Kién Giang, ngay 29 thdng & nam 20 24"_s);
    QCOMPARE(m.size(), 10);
    QCOMPARE(m[0].source, u"Số:"_s);
    QCOMPARE(m[0].ocr, u"S6:"_s);
    QCOMPARE(m[6].ocr, u"thdng"_s);
    QCOMPARE(m[7].source, u"8"_s);
    QCOMPARE(m[7].ocr, u"&"_s);
    QCOMPARE(m[9].source, u"2024"_s);
    QCOMPARE(m[9].ocr, u"20 24"_s);
    QCOMPARE(m[9].ocrCount, 2);
}

void TestOcrChannel::alignsLinesAcrossMerges()
{
    const QStringList source{u"UBND TỈNH KIÊN GIANG"_s, u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s, u"Kính gửi: Báo Kiên Giang"_s};
    const QStringList ocr{u"UBND TINH KIEN GIANG CONG HOA XA HQI CHU NGHIA VIET NAM"_s, u""_s,
        u"Doc 1ap - Tu do - Hanh phiic"_s, u"|"_s, u"Kinh gui: Bao Kién Giang"_s};
    const LineAlignment a = alignLines(source, ocr);
    QCOMPARE(a.matches.size(), 3);
    QCOMPARE(a.matches[0].source, source[0] + u' ' + source[1]);
    QCOMPARE(a.matches[1].ocr, ocr[2]);
    QCOMPARE(a.droppedOcr, 1);
}

void TestOcrChannel::learnsMultiCharacterConfusions()
{
    // "ư" read as "ir" is one event; the aligner must learn it as a unit, not as a substitution plus an insertion.
    ChannelCounter counter;
    for (int i = 0; i < 20; ++i) {
        counter.addLine(u"eng"_s, alignWords(u"từ chức những nước"_s, u"tir chirc nhimg nudc"_s));
        counter.addLine(u"eng"_s, alignWords(u"tư tưởng"_s, u"tir tirdng"_s));
    }
    const QList<ChannelRow> rows = counter.estimate(ChannelOptions{});
    const auto find = [&](const QString &s, const QString &o) {
        for (const ChannelRow &r : rows) {
            if (r.kind == u"char"_s && r.source == s && r.ocr == o)
                return r.logprob;
        }
        return 1.0;
    };
    QVERIFY(find(u"ư"_s, u"ir"_s) < 0);
    QVERIFY(find(u"ừ"_s, u"ir"_s) < 0);
    QVERIFY(find(u"t"_s, u"t"_s) > std::log(0.9));
    QCOMPARE(counter.alignChars(u"eng"_s, u"chức"_s, u"chirc"_s).size(), 4);
}

void TestOcrChannel::committedTableParses()
{
    const auto table = ChannelTable::load(QStringLiteral(VT_CHANNEL_TABLE));
    QVERIFY2(table.has_value(), table ? "" : qPrintable(table.error().message));
    QVERIFY(table->rows().size() > 1000);
    QVERIFY(QFileInfo(QStringLiteral(VT_CHANNEL_TABLE)).size() <= 2'000'000);
    for (const ChannelRow &r : table->rows()) {
        QVERIFY(r.model == u"eng"_s || r.model == u"vie"_s);
        QVERIFY(r.kind == u"char"_s || r.kind == u"word"_s);
        QVERIFY2(r.logprob < 0 && r.count >= 0, qPrintable(r.source + u" → "_s + r.ocr));
        QCOMPARE(r.source, r.source.toLower());
    }
}

void TestOcrChannel::committedTableIsNormalised()
{
    const auto table = ChannelTable::load(QStringLiteral(VT_CHANNEL_TABLE));
    QVERIFY(table.has_value());
    QHash<QString, double> mass;
    for (const ChannelRow &r : table->rows())
        mass[r.model + u'\t' + r.kind + u'\t' + r.source] += std::exp(r.logprob);
    for (auto it = mass.cbegin(); it != mass.cend(); ++it)
        QVERIFY2(
            std::abs(it.value() - 1.0) < 0.01, qPrintable(it.key() + u" sums to "_s + QString::number(it.value())));
}

void TestOcrChannel::committedTableHasLearnedConfusions()
{
    const auto table = ChannelTable::load(QStringLiteral(VT_CHANNEL_TABLE));
    QVERIFY(table.has_value());
    const auto p = [&](const char16_t *model, const char16_t *kind, const char16_t *s, const char16_t *o) {
        return table
            ->logprob(QString::fromUtf16(model), QString::fromUtf16(kind), QString::fromUtf16(s), QString::fromUtf16(o))
            .value_or(-100.0);
    };
    // The confusions of the real English-model scans (seeds 001 and 004) come out of our own pages too.
    QVERIFY(p(u"eng", u"char", u"ô", u"6") > std::log(0.02));
    QVERIFY(p(u"eng", u"char", u"đ", u"d") > std::log(0.5));
    QVERIFY(p(u"eng", u"char", u"ừ", u"ir") > std::log(0.01));
    QVERIFY(p(u"eng", u"word", u"số", u"s6") > std::log(0.05));
    QVERIFY(p(u"eng", u"word", u"từ", u"tir") > std::log(0.05));
    // The Vietnamese model reads clean letters right almost always; eng strips the marks.
    QVERIFY(p(u"vie", u"char", u"ệ", u"ệ") > std::log(0.95));
    QVERIFY(p(u"eng", u"char", u"ệ", u"ệ") < std::log(0.1));
    QVERIFY(p(u"eng", u"char", u"a", u"a") > std::log(0.95));
}

void TestOcrChannel::repairsEngOcrOfHeldOutPages_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("noise");
    QTest::addColumn<double>("atLeast");
    // Measured 2026-11-22 on this page: 95.0% and 92.6% (raw OCR 15.8% both). The figures over all 61 held-out
    // documents are in docs/benchmarks.md.
    QTest::newRow("300 dpi light noise") << 300 << int(NoiseLevel::Light) << 0.93;
    QTest::newRow("200 dpi heavy noise") << 200 << int(NoiseLevel::Heavy) << 0.90;
}

void TestOcrChannel::repairsEngOcrOfHeldOutPages()
{
    // The first page of a held-out administrative document (resources/repair/dev-split.txt: never in the
    // language model, the channel table or its training pages), painted, degraded, read by Tesseract's English
    // model and repaired; scored by the shared scorer against what was painted.
    QFETCH(int, dpi);
    QFETCH(int, noise);
    QFETCH(double, atLeast);
    const QString shared = vt::repair::test::sharedDir();
    const QString doc = shared + u"/corpus/admin/0bc7bfa8f2ed42e8.txt"_s;
    if (shared.isEmpty() || !QFile::exists(doc))
        QSKIP("../shared is not here");
    auto eng = OcrEngine::create(u"eng"_s);
    if (!eng)
        QSKIP("Tesseract has no eng data");
    auto repairer = vt::repair::Repairer::load(QStringLiteral(VT_MODEL_DIR));
    QVERIFY2(repairer.has_value(), repairer ? "" : qPrintable(repairer.error().message));

    auto paragraphs = readParagraphs(doc);
    QVERIFY(paragraphs.has_value());
    const PageRenderer renderer(PageStyle{}, dpi);
    const QList<PageLayout> pages = renderer.paginate(styleParagraphs(*paragraphs, 1), 1);
    QCOMPARE(pages.size(), 1);
    const QImage page = addScanNoise(renderer.render(pages.first()), NoiseLevel(noise), 42);
    auto ocr = (*eng)->recognize(page, dpi);
    QVERIFY2(ocr.has_value(), ocr ? "" : qPrintable(ocr.error().message));
    const QString gold = pages.first().text().join(u'\n');

    const vt::repair::RepairResult repaired = (*repairer)->repair(*ocr, vt::repair::Mode::EngOcr);
    const auto before = vt::repair::test::syllableAccuracy(*ocr, gold);
    const auto after = vt::repair::test::syllableAccuracy(repaired.text, gold);
    if (!before || !after)
        QSKIP("the shared scorer does not run (python3 missing?)");
    qInfo("eng OCR %d dpi: %.1f%% → %.1f%% after repair", dpi, 100 * *before, 100 * *after);
    QVERIFY2(*after >= atLeast, qPrintable(repaired.text.left(600)));
    QCOMPARE(int(vt::repair::Repairer::detectMode(*ocr)), int(vt::repair::Mode::EngOcr));
}

QTEST_MAIN(TestOcrChannel)
#include "tst_ocrchannel.moc"
