// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The whole import pipeline on files the project makes: generated dispatches as born-digital PDF, multi-page TIFF
// and PNG scans go through Poppler / Tesseract, repair and extraction, and come out with the fields they were
// generated with. Also the seeds, when ../shared is there.
#include "batch.h" // vt_docgen
#include "ingest/ocrengine.h"
#include "ingest/pageimage.h"
#include "ingest/readerror.h"
#include "pipeline/importer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace vt;

class TestPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importsEveryKind_data();
    void importsEveryKind();
    void twoDocumentsInOneFile();
    void numberLineReadAgain();
    void cancelStopsTheScan();
    void seeds();

private:
    QJsonObject gold(const QString &doc) const;

    QTemporaryDir m_dir;
    std::optional<pipeline::Importer> m_importer;
    QHash<QString, QJsonObject> m_gold;
};

void TestPipeline::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto importer = pipeline::Importer::create();
    QVERIFY2(importer, qPrintable(importer ? QString() : importer.error().message));
    m_importer.emplace(std::move(*importer));

    docgen::BatchOptions options;
    options.outDir = m_dir.path();
    options.count = 1;
    options.pairs = 1;
    options.seed = 3;
    options.formats = {u"pdf"_s, u"tiff"_s, u"png"_s};
    options.dpis = {300};
    options.noise = ocrchannel::NoiseLevel::Light;
    options.pagesMax = 1;
    auto made = docgen::generateBatch(options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));

    QFile file(m_dir.filePath(u"gold.jsonl"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    while (!file.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(file.readLine()).object();
        m_gold.insert(o.value(u"doc"_s).toString(), o);
    }
    QCOMPARE(m_gold.size(), 3);
}

QJsonObject TestPipeline::gold(const QString &doc) const
{
    return m_gold.value(doc);
}

void TestPipeline::importsEveryKind_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("source"); // ingest::Page::Source of its pages
    QTest::newRow("born-digital PDF") << u"docgen-3-0000.pdf"_s << int(ingest::Page::TextLayer);
    QTest::newRow("TIFF scan") << u"docgen-3-0000-300dpi.tif"_s << int(ingest::Page::Ocr);
    QTest::newRow("PNG scan") << u"docgen-3-0000-300dpi-p01.png"_s << int(ingest::Page::Ocr);
}

void TestPipeline::importsEveryKind()
{
    QFETCH(QString, file);
    QFETCH(int, source);
    auto imported = m_importer->importFile(m_dir.filePath(file));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->source.pages.size(), 1);
    QCOMPARE(int(imported->source.pages.first().source), source);
    QCOMPARE(imported->documents.size(), 1);

    const QJsonObject want = gold(u"docgen-3-0000"_s);
    const Dispatch got = imported->documents.first().dispatch();
    QCOMPARE(got.reference, want.value(u"reference"_s).toString());
    QCOMPARE(got.issuedDate.toString(Qt::ISODate), want.value(u"issued_date"_s).toString());
    QCOMPARE(got.type, want.value(u"type"_s).toString());
    QCOMPARE(got.signer, want.value(u"signer"_s).toString());
    QVERIFY(!got.summary.isEmpty());
    QVERIFY(got.fullText.contains(want.value(u"reference"_s).toString()));
    QCOMPARE(got.pageCount, 1);
    // Each field says where it came from; on scans that includes the region on the page.
    const auto evidence = imported->documents.first().extracted.evidence.value(u"reference"_s);
    QVERIFY(evidence.confidence > 0.5);
    if (source == int(ingest::Page::Ocr))
        QVERIFY(!evidence.region.isEmpty());
}

void TestPipeline::twoDocumentsInOneFile()
{
    auto imported = m_importer->importFile(m_dir.filePath(u"docgen-3-pair-0000.pdf"_s));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    QCOMPARE(imported->documents.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject want = gold(u"docgen-3-pair-0000#%1"_s.arg(i));
        const pipeline::ImportedDocument &doc = imported->documents.at(i);
        QCOMPARE(doc.indexInFile, i);
        QCOMPARE(doc.dispatch().reference, want.value(u"reference"_s).toString());
        QCOMPARE(doc.extracted.firstPage, want.value(u"page_range"_s).toArray().at(0).toInt());
        QCOMPARE(doc.extracted.lastPage, want.value(u"page_range"_s).toArray().at(1).toInt());
    }
    // The reply cites the dispatch it answers.
    const QString answered = imported->documents.at(1).dispatch().reference;
    bool cited = false;
    for (const Citation &c : imported->documents.at(0).dispatch().citations)
        cited = cited || c.reference == answered;
    QVERIFY(cited);
}

void TestPipeline::numberLineReadAgain()
{
    // The number line's region of a scan, read again on its own (as the pipeline does for a doubtful reference),
    // shows the reference; the page is read again at the resolution the import used, and the engine reads whole
    // pages as before afterwards.
    const QString path = m_dir.filePath(u"docgen-3-0000-300dpi.tif"_s);
    auto imported = m_importer->importFile(path);
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
    const auto evidence = imported->documents.first().extracted.evidence.value(u"reference"_s);
    QVERIFY(!evidence.region.isEmpty());
    auto scan = ingest::pageScan(path, evidence.page, m_importer->options().read);
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    QCOMPARE(scan->dpi, 300);
    auto engine = ingest::OcrEngine::create({});
    QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().message));
    const ingest::Page &page = imported->source.pages.at(evidence.page - 1);
    const QString reference = gold(u"docgen-3-0000"_s).value(u"reference"_s).toString();
    auto line = (*engine)->recognizeRegion(
        scan->image, scan->dpi, page.rotation, page.skewDegrees, evidence.region.adjusted(-6, -5, 6, 4), {});
    QVERIFY2(line, qPrintable(line ? QString() : line.error().message));
    QVERIFY2(QString(line->text).remove(u' ').contains(reference), qPrintable(line->text));
    QVERIFY(!line->text.contains(u'\n')); // one line
    auto whole = (*engine)->recognize(scan->image, scan->dpi);
    QVERIFY(whole);
    QVERIFY(whole->lines.size() > 10);
    // A region off the page, and a file that is not a scan, are errors, not crashes.
    QVERIFY(!(*engine)->recognizeRegion(scan->image, scan->dpi, 0, 0, QRectF(5000, 5000, 10, 10), {}));
    QVERIFY(!ingest::pageScan(m_dir.filePath(u"gold.jsonl"_s), 1, m_importer->options().read));
}

void TestPipeline::cancelStopsTheScan()
{
    // Canceled as the first page finishes: no partial file comes back, so the clerk's Cancel leaves nothing
    // half-imported. (tests/ingest checks that the cancel reaches pages still inside Tesseract.)
    std::atomic_bool canceled = false;
    int pagesSeen = 0;
    ingest::ReadHooks hooks;
    hooks.isCanceled = [&] { return canceled.load(); };
    hooks.progress = [&](const ingest::ReadProgress &) {
        ++pagesSeen;
        canceled = true;
    };
    auto scan = m_importer->importFile(m_dir.filePath(u"docgen-3-pair-0000-300dpi.tif"_s), hooks);
    QVERIFY(!scan);
    QCOMPARE(ingest::failureOf(scan.error()), ingest::Failure::Canceled);
    QVERIFY(pagesSeen >= 1);

    hooks.isCanceled = [] { return true; };
    auto before = m_importer->importFile(m_dir.filePath(u"docgen-3-0000.pdf"_s), hooks);
    QVERIFY(!before);
    QCOMPARE(ingest::failureOf(before.error()), ingest::Failure::Canceled);
}

void TestPipeline::seeds()
{
    const QDir seeds(qEnvironmentVariable("VT_SHARED_DIR") + u"/seeds"_s);
    if (!seeds.exists())
        QSKIP("../shared/seeds is not here");
    // Seed 000 holds two dispatches; 001 is English-model OCR with the marks stripped, repaired on the way.
    auto two = m_importer->importFile(seeds.entryInfoList({u"000_*.txt"_s}).value(0).filePath());
    QVERIFY2(two, qPrintable(two ? QString() : two.error().message));
    QCOMPARE(two->documents.size(), 2);
    QCOMPARE(two->documents.at(0).dispatch().reference, u"2668/VP-VHXH"_s);

    auto ocr = m_importer->importFile(seeds.entryInfoList({u"001_*.txt"_s}).value(0).filePath());
    QVERIFY2(ocr, qPrintable(ocr ? QString() : ocr.error().message));
    QCOMPARE(ocr->documents.size(), 1);
    const Dispatch d = ocr->documents.first().dispatch();
    QCOMPARE(d.reference, u"2095/STTTT-TTBCXB"_s);
    QCOMPARE(d.issuedDate, QDate(2024, 8, 29));
    QVERIFY(d.fullText.contains(u"Kiên Giang"_s));
    QVERIFY(ocr->documents.first().rawText != d.fullText); // repaired, and the text as read is kept
    QCOMPARE(ocr->repairs.size(), 1);
    QVERIFY(!ocr->repairs.first().tokens.isEmpty());
}

// A QGuiApplication (offscreen): the generator lays text out with Qt's fonts.
QTEST_MAIN(TestPipeline)
#include "tst_pipeline.moc"
