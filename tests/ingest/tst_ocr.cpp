// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "ingest/ocrpool.h"
#include "ingest/reader.h"

#include <poppler/qt6/poppler-qt6.h>
#include <spdlog/spdlog.h>

#include <QDir>
#include <QElapsedTimer>
#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QImageReader>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace vt::ingest;

// Scans through the real Tesseract with the packaged "vie" data. Pages are the top third of an A4 sheet at 300 dpi
// (a dispatch's header and first lines), so the whole test stays well under a minute on two cores.
class TestOcr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scannedPdf();
    void mixedPdf();
    void scanWithFooterText();
    void images_data();
    void images();
    void multiPageTiff();
    void cancel();
    void cancelReachesRenderer();
    void missingLanguage();
    void openMpLimited();

private:
    static QImage page(int variant) { return fixtures::renderPage(fixtures::dispatchLines(variant), 300, 210, 110); }
    static int wordsFound(const QString &text);
    void checkOcrPage(const Page &page, int number);

    // Threads of this process that carry the program's name: the main thread, our workers, and any thread libgomp
    // starts (Qt names its own: "QtTest Watchdog", "Thread (pooled)").
    static int threadCount()
    {
        int n = 0;
        for (const QString &t : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(u"/proc/self/task/%1/comm"_s.arg(t));
            n += comm.open(QIODevice::ReadOnly)
                && QString::fromUtf8(comm.readAll().trimmed()) == QCoreApplication::applicationName();
        }
        return n;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_threadsAtStart = 0;
    std::shared_ptr<OcrPool> m_pool;
    ReadOptions m_options;
};

int TestOcr::wordsFound(const QString &text)
{
    int found = 0;
    for (const QString &w : fixtures::expectedWords())
        found += text.contains(w);
    return found;
}

void TestOcr::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    if (qEnvironmentVariableIsSet("VT_LOG_DEBUG"))
        spdlog::set_level(spdlog::level::debug);
    m_threadsAtStart = threadCount();
    // One pool for the whole test: engines load once, as they do in the app.
    m_pool = std::make_shared<OcrPool>(OcrSettings{}, 2);
    m_options.ocrPool = m_pool;
}

void TestOcr::checkOcrPage(const Page &page, int number)
{
    QCOMPARE(page.number, number);
    QCOMPARE(page.source, Page::Ocr);
    const int found = wordsFound(page.text);
    QVERIFY2(found >= fixtures::expectedWords().size() - 2,
        qPrintable(u"%1 words of %2 in:\n%3"_s.arg(found).arg(fixtures::expectedWords().size()).arg(page.text)));
    QVERIFY2(page.ocrConfidence > 0.7, qPrintable(QString::number(page.ocrConfidence)));
    QVERIFY(page.lines.size() >= 8);
    const QRectF sheet(QPointF(0, 0), page.sizePt);
    for (const Line &line : page.lines) {
        QVERIFY(!line.text.isEmpty());
        QVERIFY2(sheet.contains(line.box), qPrintable(line.text));
        QVERIFY(line.confidence > 0 && line.confidence <= 1);
    }
    // The first line is the agency, 20 mm (56.7 pt) from the left edge.
    QVERIFY2(
        qAbs(page.lines.first().box.left() - 56.7) < 6, qPrintable(QString::number(page.lines.first().box.left())));
    QVERIFY(!page.image.isNull());
    QCOMPARE(qRound(page.image.dotsPerMeterX() * 0.0254), m_options.imageDpi);
    QVERIFY(qAbs(page.image.width() - 210 / 25.4 * m_options.imageDpi) < 3);
}

void TestOcr::scannedPdf()
{
    const QString path = m_dir->filePath(u"scan.pdf"_s);
    QVERIFY(fixtures::writeImagePdf(path, {page(1), page(2)}));
    QList<ReadProgress> progress;
    ReadHooks hooks;
    hooks.progress = [&](const ReadProgress &p) { progress.append(p); };
    auto file = readFile(path, m_options, hooks);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->kind, u"pdf"_s);
    QCOMPARE(file->pages.size(), 2);
    checkOcrPage(file->pages[0], 1);
    checkOcrPage(file->pages[1], 2);
    // Rendered pages keep the PDF's A4 size.
    QVERIFY(qAbs(file->pages[0].sizePt.width() - 595.3) < 2 && qAbs(file->pages[0].sizePt.height() - 841.9) < 2);
    QVERIFY(file->pages[0].text.contains(u"Số: 107/UBND-VP"_s) || file->pages[0].text.contains(u"107/UBND"_s));
    QCOMPARE(progress.size(), 2);
    QCOMPARE(progress.last().pagesDone, 2);
    QCOMPARE(progress.last().source, Page::Ocr);
}

void TestOcr::mixedPdf()
{
    const QString path = m_dir->filePath(u"mixed.pdf"_s);
    const QStringList typed = fixtures::dispatchLines(5);
    QVERIFY(fixtures::writeImagePdf(path, {QImage(), page(3)}, {typed}));
    auto file = readFile(path, m_options);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 2);
    QCOMPARE(file->pages[0].source, Page::TextLayer);
    QCOMPARE(file->pages[0].text, typed.join(u'\n'));
    checkOcrPage(file->pages[1], 2);
}

void TestOcr::scanWithFooterText()
{
    // A scanner stamped a line of real text on the scanned page: the thin layer must not hide the scan.
    const QString path = m_dir->filePath(u"footer.pdf"_s);
    QVERIFY(fixtures::writeImagePdf(path, {page(8)}, {{u"Quét ngày 03/9/2024 - trang 1"_s}}));
    auto file = readFile(path, m_options);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 1);
    checkOcrPage(file->pages[0], 1);
    QVERIFY(file->pages[0].text.contains(u"156/UBND"_s));
}

void TestOcr::images_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qreal>("turn"); // degrees the "scanner" turned the sheet, clockwise
    QTest::addColumn<int>("rotation"); // expected Page::rotation
    QTest::newRow("png") << u"page.png"_s << u"PNG"_s << 0.0 << 0;
    QTest::newRow("jpeg named .pdf") << u"photo.pdf"_s << u"JPEG"_s << 0.0 << 0;
    QTest::newRow("skewed 2.5°") << u"skewed.png"_s << u"PNG"_s << 2.5 << 0;
    QTest::newRow("sideways") << u"sideways.png"_s << u"PNG"_s << 90.0 << 270;
    // A phone stores the sensor's picture turned and says so in EXIF; the reader applies it, no OSD needed.
    QTest::newRow("phone photo, EXIF orientation") << u"phone.jpg"_s << u"EXIF"_s << -90.0 << 0;
}

void TestOcr::images()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    QFETCH(qreal, turn);
    QFETCH(int, rotation);
    QImage image = page(4);
    if (turn != 0) {
        const int dpm = image.dotsPerMeterX();
        image = image.convertToFormat(QImage::Format_RGB32)
                    .transformed(QTransform().rotate(turn), Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_Grayscale8);
        image.setDotsPerMeterX(dpm);
        image.setDotsPerMeterY(dpm);
    }
    const QString path = m_dir->filePath(name);
    if (format == u"EXIF") {
        // The picture as the sensor took it (turned a quarter to the left), with an EXIF APP1 segment saying
        // "turn 90° clockwise to show" (Orientation = 6), as phones write it.
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "JPEG", 90));
        const QByteArray tiff = QByteArray("MM\0*\0\0\0\x08", 8) + QByteArray("\0\x01", 2)
            + QByteArray("\x01\x12\0\x03\0\0\0\x01\0\x06\0\0", 12) + QByteArray(4, '\0');
        const QByteArray exif = QByteArray("Exif\0\0", 6) + tiff;
        const int length = int(exif.size()) + 2;
        jpeg.insert(2, QByteArray("\xFF\xE1", 2) + char(length >> 8) + char(length & 0xFF) + exif);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(jpeg);
        out.close();
        QImageReader raw(path);
        raw.setAutoTransform(false);
        QVERIFY(raw.size().width() < raw.size().height()); // stored sideways
        turn = 0;
    } else {
        QVERIFY(image.save(path, format.toLatin1().constData(), 90));
    }
    auto file = readFile(path, m_options);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->kind, u"image"_s);
    QCOMPARE(file->warnings.isEmpty(), !name.endsWith(u".pdf"_s)); // content wins over the name, with a warning
    QCOMPARE(file->pages.size(), 1);
    const Page &p = file->pages.first();
    QCOMPARE(p.rotation, rotation);
    if (turn > 0 && turn < 45)
        QVERIFY2(qAbs(qAbs(p.skewDegrees) - turn) < 0.5, qPrintable(QString::number(p.skewDegrees)));
    else
        QVERIFY2(qAbs(p.skewDegrees) < 0.3, qPrintable(QString::number(p.skewDegrees)));
    const int found = wordsFound(p.text);
    QVERIFY2(found >= fixtures::expectedWords().size() - 2, qPrintable(p.text));
    // Upright again: as wide as the A4 sheet (a little more when turned by a few degrees), whatever the scan was.
    QVERIFY2(p.sizePt.width() > 590 && p.sizePt.width() < 615, qPrintable(QString::number(p.sizePt.width())));
}

void TestOcr::multiPageTiff()
{
    const QString path = m_dir->filePath(u"fax.tif"_s);
    QVERIFY(fixtures::writeMultipageTiff(path, {page(6), page(7)}));
    auto file = readFile(path, m_options);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->kind, u"image"_s);
    QCOMPARE(file->pages.size(), 2);
    checkOcrPage(file->pages[0], 1);
    checkOcrPage(file->pages[1], 2);
    QVERIFY(file->pages[0].text.contains(u"142/UBND"_s));
    QVERIFY(file->pages[1].text.contains(u"149/UBND"_s));
}

void TestOcr::cancel()
{
    const QString path = m_dir->filePath(u"long.pdf"_s);
    QList<QImage> pages;
    for (int i = 0; i < 6; ++i)
        pages.append(page(10 + i));
    QVERIFY(fixtures::writeImagePdf(path, pages));

    // Canceled before anything starts: nothing is read.
    ReadHooks already;
    already.isCanceled = [] { return true; };
    auto none = readFile(path, m_options, already);
    QVERIFY(!none);
    QCOMPARE(failureOf(none.error()), Failure::Canceled);

    // Canceled when the first page is done.
    std::atomic_bool stop = false;
    int reported = 0;
    ReadHooks hooks;
    hooks.isCanceled = [&stop] { return stop.load(); };
    QElapsedTimer timer;
    timer.start();
    qint64 stoppedAt = 0;
    hooks.progress = [&](const ReadProgress &) {
        ++reported;
        stoppedAt = timer.elapsed();
        stop = true;
    };
    auto file = readFile(path, m_options, hooks);
    const qint64 returnedAt = timer.elapsed();
    QVERIFY(!file);
    QCOMPARE(failureOf(file.error()), Failure::Canceled);
    QCOMPARE(reported, 1);
    // The page in flight on the other worker stops inside Tesseract (or Poppler) rather than running to its end,
    // which takes about as long as the first page did.
    qInfo("first page after %lld ms; returned %lld ms after the cancel", stoppedAt, returnedAt - stoppedAt);
    QVERIFY2(returnedAt - stoppedAt < stoppedAt / 2, qPrintable(QString::number(returnedAt - stoppedAt)));

    // The pool is still good after a cancel.
    auto again = readFile(m_dir->filePath(u"scan.pdf"_s), m_options);
    QVERIFY(again);
    checkOcrPage(again->pages[0], 1);
}

void TestOcr::cancelReachesRenderer()
{
    // A page of thousands of vector strokes and no text: slow to render at 600 dpi, and Poppler checks its abort
    // callback between drawing operators.
    const QString path = m_dir->filePath(u"drawing.pdf"_s);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(72);
        QPainter p(&writer);
        p.setRenderHint(QPainter::Antialiasing);
        QRandomGenerator rng(11);
        for (int i = 0; i < 5000; ++i) {
            p.setPen(QPen(QColor::fromRgb(rng.generate()), 0.3 + rng.bounded(2.0)));
            p.drawLine(
                QPointF(rng.bounded(595.0), rng.bounded(842.0)), QPointF(rng.bounded(595.0), rng.bounded(842.0)));
        }
    }
    QElapsedTimer timer;
    timer.start();
    {
        auto doc = Poppler::Document::load(path);
        QVERIFY(doc);
        doc->setRenderBackend(Poppler::Document::QPainterBackend);
        std::unique_ptr<Poppler::Page> page(doc->page(0));
        QVERIFY(!page->renderToImage(600, 600).isNull());
    }
    const qint64 fullRender = timer.elapsed();

    ReadOptions options = m_options;
    options.renderDpi = 600;
    std::atomic_bool stop = false;
    ReadHooks hooks;
    hooks.isCanceled = [&stop] { return stop.load(); };
    std::thread canceller([&stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        stop = true;
    });
    timer.restart();
    auto file = readFile(path, options, hooks);
    const qint64 returned = timer.elapsed();
    canceller.join();
    QVERIFY(!file);
    QCOMPARE(failureOf(file.error()), Failure::Canceled);
    qInfo("rendering alone takes %lld ms; canceled at 100 ms, returned at %lld ms", fullRender, returned);
    QVERIFY2(fullRender > 500, "the drawing renders too fast to show the abort on this machine");
    QVERIFY(returned < 100 + fullRender / 3);
}

void TestOcr::missingLanguage()
{
    const QString path = m_dir->filePath(u"lang.png"_s);
    QVERIFY(page(1).save(path));
    ReadOptions options;
    options.languages = u"xyz"_s;
    options.ocrThreads = 1;
    auto file = readFile(path, options);
    QVERIFY(!file);
    QCOMPARE(file.error().code, vt::Error::NotFound);
    QVERIFY2(file.error().message.contains(u"xyz"_s), qPrintable(file.error().message));
}

void TestOcr::openMpLimited()
{
    // Every worker has recognised pages by now. Had Tesseract's OpenMP loops fanned out, libgomp would keep its
    // extra threads (three per worker for num_threads(4)) alive in this process.
    const int threads = threadCount();
    qInfo("threads: %d before the pools, %d now (pools: 2 + 1 workers)", m_threadsAtStart, threads);
    QVERIFY(threads <= m_threadsAtStart + 3);
    QCOMPARE(qgetenv("OMP_THREAD_LIMIT"), QByteArray("1")); // for processes we start
}

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
