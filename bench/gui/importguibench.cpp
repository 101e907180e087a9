// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-bench-gui-import: is the window responsive while scans are OCR'd? (issue 5: no freeze over 100 ms
// while 20 scanned pages are read). A benchmark, not a test.
//
//   vanthu-bench-gui-import [--pages 20] [--layout files|one|both] [--dir DIR]
//
// Makes N scanned pages at 300 dpi with vt_docgen (light scanner noise; kept in DIR to reuse), shows a window
// with a 5,000-row table and the import panel on the offscreen platform, enqueues the scans (files: N one-page
// scanned PDFs, the usual inbox; one: a single N-page scanned PDF) and, until every file is ready for review,
// records the gaps between ticks of a 5 ms timer on the GUI thread. Prints the worst gap (the longest the
// window could not react), the 99th percentile and the median, the total time, pages/s, and how many progress
// updates reached the GUI thread.
#include "benchplatform.h"

#include "app/importq/importpanel.h"
#include "app/importq/importqueue.h"

#include "batch.h" // vt_docgen
#include "fixtures.h" // vt_ingest_fixtures

#include <QApplication>
#include <QBoxLayout>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString loadAverage()
{
    QFile file(u"/proc/loadavg"_s);
    if (!file.open(QIODevice::ReadOnly))
        return u"?"_s;
    return QString::fromLatin1(file.readAll()).section(u' ', 0, 2);
}

/// Times what the GUI thread does per event it delivers (outermost only): wall time, and the thread's own CPU time,
/// which other processes cannot inflate. Tells the GUI thread's own work from waiting for a core.
class TimedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuMs();
        const bool result = QApplication::notify(receiver, event);
        const double cpu = threadCpuMs() - cpu0;
        const double ms = wall.nsecsElapsed() / 1e6;
        --m_depth;
        if (m_recording) {
            if (ms > worstWallMs) {
                worstWallMs = ms;
                worstWallWhat = describe(receiver, event);
            }
            if (cpu > worstCpuMs) {
                worstCpuMs = cpu;
                worstCpuWhat = describe(receiver, event);
            }
        }
        return result;
    }
    void record(bool on)
    {
        m_recording = on;
        if (on) {
            worstWallMs = worstCpuMs = 0;
            worstWallWhat.clear();
            worstCpuWhat.clear();
        }
    }

    double worstWallMs = 0, worstCpuMs = 0;
    QString worstWallWhat, worstCpuWhat;

private:
    static double threadCpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    }
    static QString describe(QObject *receiver, QEvent *event)
    {
        return u"%1 to %2"_s.arg(int(event->type())).arg(QString::fromLatin1(receiver->metaObject()->className()));
    }

    int m_depth = 0;
    bool m_recording = false;
};

/// Every gap between ticks of a 5 ms timer on the GUI thread.
class GapRecorder
{
public:
    GapRecorder()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_gaps.push_back(m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_timer.start();
    }
    std::vector<double> stop()
    {
        m_timer.stop();
        std::sort(m_gaps.begin(), m_gaps.end());
        return m_gaps;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
};

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))];
}

/// The N page images: made once by vt_docgen into dir/pages, then read back.
QList<QImage> makePages(const QString &dir, int count)
{
    const QString pagesDir = QDir(dir).filePath(u"pages"_s);
    QStringList names = QDir(pagesDir).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    if (names.size() < count) {
        vt::docgen::BatchOptions options;
        options.outDir = pagesDir;
        options.count = count;
        options.seed = 20;
        options.formats = {u"png"_s};
        options.dpis = {300};
        options.noise = vt::ocrchannel::NoiseLevel::Light;
        options.pagesMax = 1;
        options.jobs = 2;
        auto made = vt::docgen::generateBatch(options);
        if (!made) {
            std::fprintf(stderr, "vanthu-bench-gui-import: %s\n", qPrintable(made.error().message));
            return {};
        }
        names = QDir(pagesDir).entryList({u"*.png"_s}, QDir::Files, QDir::Name);
    }
    QList<QImage> pages;
    for (const QString &name : names.mid(0, count))
        pages.append(QImage(QDir(pagesDir).filePath(name)));
    return pages;
}

/// The scans to enqueue for a layout, written once.
QStringList scans(const QString &dir, const QList<QImage> &pages, const QString &layout)
{
    QStringList paths;
    if (layout == u"one"_s) {
        const QString path = QDir(dir).filePath(u"scan-%1-pages.pdf"_s.arg(pages.size()));
        if (!QFile::exists(path))
            vt::ingest::fixtures::writeImagePdf(path, pages);
        return {path};
    }
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString path = QDir(dir).filePath(u"scan-%1.pdf"_s.arg(i + 1, 3, 10, QChar(u'0')));
        if (!QFile::exists(path))
            vt::ingest::fixtures::writeImagePdf(path, {pages.at(i)});
        paths.append(path);
    }
    return paths;
}

void run(TimedApplication &app, const QStringList &files, int pages, const QString &layout)
{
    // A window like the app's: a big table and the import panel beside it.
    QWidget window;
    auto *table = new QTableView(&window);
    auto *model = new QStandardItemModel(5000, 8, table);
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            model->setItem(row, column, new QStandardItem(u"%1/%2-UBND"_s.arg(row).arg(column)));
    }
    table->setModel(model);
    vt::gui::ImportQueue queue;
    auto *panel = new vt::gui::ImportPanel(&queue, &window);
    auto *layoutBox = new QHBoxLayout(&window);
    layoutBox->addWidget(table, 2);
    layoutBox->addWidget(panel, 1);
    window.resize(1400, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        std::fprintf(stderr, "vanthu-bench-gui-import: the window was not shown\n");

    int updates = 0, ready = 0, failed = 0;
    qint64 firstReadyMs = -1;
    QElapsedTimer clock;
    QObject::connect(&queue, &vt::gui::ImportQueue::jobChanged, [&] { ++updates; });
    QObject::connect(&queue, &vt::gui::ImportQueue::jobReady, [&] {
        ++ready;
        if (firstReadyMs < 0)
            firstReadyMs = clock.elapsed();
    });
    QObject::connect(&queue, &vt::gui::ImportQueue::jobFailed, [&](int, const QString &message) {
        ++failed;
        std::fprintf(stderr, "failed: %s\n", qPrintable(message));
    });
    bool idle = false;
    QObject::connect(&queue, &vt::gui::ImportQueue::idle, [&] { idle = true; });

    const QString load = loadAverage();
    GapRecorder gaps;
    app.record(true);
    gaps.start();
    clock.start();
    queue.enqueue(files);
    // Scroll the table now and then, as a clerk would while waiting.
    QTimer scroll;
    QObject::connect(&scroll, &QTimer::timeout,
        [table] { table->scrollTo(table->model()->index(QRandomGenerator::global()->bounded(5000), 0)); });
    scroll.start(250);
    if (!QTest::qWaitFor([&] { return idle; }, 30 * 60 * 1000))
        std::fprintf(stderr, "vanthu-bench-gui-import: not done after 30 minutes\n");
    const double seconds = clock.nsecsElapsed() / 1e9;
    scroll.stop();
    const std::vector<double> sorted = gaps.stop();
    app.record(false);
    const double worst = sorted.empty() ? 0 : sorted.back();
    const auto over
        = [&](double ms) { return std::count_if(sorted.begin(), sorted.end(), [ms](double g) { return g > ms; }); };

    std::printf(
        "layout %-5s %d page(s) in %lld file(s), %d OCR worker(s); load average %s at the start, %s at the end\n",
        qPrintable(layout), pages, (long long)files.size(), QThread::idealThreadCount(), qPrintable(load),
        qPrintable(loadAverage()));
    std::printf("  ready %d, failed %d; first ready after %.2f s; all in %.2f s = %.2f pages/s\n", ready, failed,
        firstReadyMs / 1e3, seconds, pages / seconds);
    std::printf("  GUI thread: worst gap %.1f ms, p99 %.1f ms, p50 %.1f ms over %zu ticks of a 5 ms timer; "
                "gaps > 50 ms: %lld, > 100 ms: %lld\n",
        worst, percentile(sorted, 0.99), percentile(sorted, 0.5), sorted.size(), (long long)over(50),
        (long long)over(100));
    std::printf("  longest event on the GUI thread: %.1f ms wall (event %s), %.1f ms of its own CPU (event %s)\n",
        app.worstWallMs, qPrintable(app.worstWallWhat), app.worstCpuMs, qPrintable(app.worstCpuWhat));
    std::printf("  progress updates on the GUI thread: %d (%.1f/s)\n", updates, updates / seconds);
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenPlatform();
    TimedApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"vanthu-bench"_s); // ocr/languages unset: "vie"
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption pagesOption(u"pages"_s, u"Scanned pages to import."_s, u"n"_s, u"20"_s);
    const QCommandLineOption layoutOption(
        u"layout"_s, u"files (one-page PDFs), one (a single PDF) or both."_s, u"layout"_s, u"both"_s);
    const QCommandLineOption dirOption(u"dir"_s, u"Where the scans are made (and reused)."_s, u"dir"_s,
        QDir::temp().filePath(u"vanthu-bench-gui-import"_s));
    parser.addOptions({pagesOption, layoutOption, dirOption});
    parser.process(app);
    const int pages = std::max(1, parser.value(pagesOption).toInt());
    const QString dir = QDir(parser.value(dirOption)).filePath(QString::number(pages));
    QDir().mkpath(dir);

    const QList<QImage> images = makePages(dir, pages);
    if (images.size() < pages)
        return 1;
    const QString layout = parser.value(layoutOption);
    for (const QString &each : {u"files"_s, u"one"_s}) {
        if (layout == each || layout == u"both"_s)
            run(app, scans(dir, images, each), pages, each);
    }
    return 0;
}
