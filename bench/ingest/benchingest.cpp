// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// vanthu-bench-ingest [--pages N] [--scans N] [--threads N] [--no-baseline]
//  (a) a born-digital PDF of N pages (default 100) read to text: milliseconds, best of 3;
//  (b) N scanned pages (default 8, A4 at 300 dpi) through the OCR pool, from a multi-page TIFF and from a scanned
//      PDF (rendering included), against `tesseract PAGE.png out -l vie` run page after page on the same images,
//      with OMP_THREAD_LIMIT=1 and with OpenMP's default; wall and CPU times (medians of --rounds) and ratios.
#include "fixtures.h"

#include "core/logging.h"
#include "ingest/ocrpool.h"
#include "ingest/reader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vt::ingest;

namespace {

void say(const QString &line)
{
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

QStringList pageLines(int variant)
{
    QStringList lines = fixtures::dispatchLines(variant);
    // A full page of body text, as a real dispatch has.
    for (int i = 0; i < 14; ++i)
        lines.insert(lines.size() - 2, fixtures::dispatchLines(variant + i).at(7 + i % 3));
    return lines;
}

double readMs(const QString &path, const ReadOptions &options, int *pages = nullptr, QString *error = nullptr)
{
    QElapsedTimer t;
    t.start();
    auto file = readFile(path, options);
    const double ms = t.nsecsElapsed() / 1e6;
    if (!file) {
        if (error)
            *error = file.error().message;
        return -1;
    }
    if (pages)
        *pages = int(file->pages.size());
    return ms;
}

// CPU time of this process, or of its waited-for children, since construction.
class CpuClock
{
public:
    CpuClock() : m_self(usage(RUSAGE_SELF)), m_children(usage(RUSAGE_CHILDREN)) {}
    double selfMs() const { return usage(RUSAGE_SELF) - m_self; }
    double childrenMs() const { return usage(RUSAGE_CHILDREN) - m_children; }

private:
    static double usage(int who)
    {
        rusage u{};
        getrusage(who, &u);
        return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
    }
    double m_self, m_children;
};

struct Timing
{
    QList<double> walls, cpus;
    void add(double wallMs, double cpuMs)
    {
        walls.append(wallMs);
        cpus.append(cpuMs);
    }
    static double median(QList<double> v)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v[v.size() / 2];
    }
    double wall() const { return median(walls); }
    double cpu() const { return median(cpus); }
};

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

double tesseractCli(const QStringList &images, const QString &outDir, bool limitOmp)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (limitOmp)
        env.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
    else
        env.remove(u"OMP_THREAD_LIMIT"_s);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < images.size(); ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(u"tesseract"_s, {images[i], outDir + u"/out%1"_s.arg(i), u"-l"_s, u"vie"_s});
        if (!p.waitForFinished(-1) || p.exitCode() != 0)
            return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"pages"_s, u"Pages of the born-digital PDF."_s, u"n"_s, u"100"_s});
    parser.addOption({u"scans"_s, u"Scanned pages to OCR."_s, u"n"_s, u"8"_s});
    parser.addOption({u"threads"_s, u"OCR workers (0 = one per core)."_s, u"n"_s, u"0"_s});
    parser.addOption({u"no-baseline"_s, u"Skip the tesseract command-line runs."_s});
    parser.addOption({u"rounds"_s, u"Rounds of the OCR comparison (medians are printed)."_s, u"n"_s, u"3"_s});
    parser.addOption({u"verbose"_s, u"Per-page timings from the reader."_s});
    parser.process(app);
    vt::logging::initForCli(parser.isSet(u"verbose"_s));
    if (parser.isSet(u"verbose"_s))
        spdlog::set_level(spdlog::level::debug);
    const int pageCount = parser.value(u"pages"_s).toInt();
    const int scanCount = parser.value(u"scans"_s).toInt();
    const int threads = parser.value(u"threads"_s).toInt();

    QTemporaryDir dir;
    int workers = 0;
    say(u"load average at the start: %1"_s.arg(loadAverage()));
    say(u"OMP_THREAD_LIMIT in this process: %1"_s.arg(qEnvironmentVariable("OMP_THREAD_LIMIT", u"(unset)"_s)));

    // (a) born-digital PDF
    QList<QStringList> pages;
    for (int i = 0; i < pageCount; ++i)
        pages.append(pageLines(i));
    const QString pdf = dir.filePath(u"born-digital.pdf"_s);
    if (!fixtures::writeTextPdf(pdf, pages))
        return 1;
    double best = -1;
    int read = 0;
    QString error;
    for (int run = 0; run < 3; ++run) {
        const double ms = readMs(pdf, {}, &read, &error);
        if (ms < 0) {
            say(u"born-digital PDF: %1"_s.arg(error));
            return 1;
        }
        best = best < 0 ? ms : std::min(best, ms);
    }
    say(u"born-digital PDF: %1 pages, %2 KB, read to text in %3 ms (best of 3)"_s.arg(read)
            .arg(QFileInfo(pdf).size() / 1024)
            .arg(best, 0, 'f', 1));
    if (scanCount <= 0)
        return 0;

    // (b) scanned pages
    QList<QImage> scans;
    QStringList pngs;
    for (int i = 0; i < scanCount; ++i) {
        scans.append(fixtures::renderPage(pageLines(i), 300));
        pngs.append(dir.filePath(u"scan%1.png"_s.arg(i)));
        if (!scans.last().save(pngs.last()))
            return 1;
    }
    const QString tiff = dir.filePath(u"scans.tif"_s);
    if (!fixtures::writeMultipageTiff(tiff, scans))
        return 1;
    const QString scannedPdf = dir.filePath(u"scanned.pdf"_s);
    if (!fixtures::writeImagePdf(scannedPdf, scans))
        return 1;

    // Rounds alternate the three ways so that load from other users of the machine falls on all of them alike.
    const int rounds = parser.value(u"rounds"_s).toInt();
    const bool baseline = !parser.isSet(u"no-baseline"_s);
    Timing tiffT, pdfT, cliT, cliOmpT;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[path, timing] : {std::pair{tiff, &tiffT}, std::pair{scannedPdf, &pdfT}}) {
            ReadOptions options;
            options.ocrPool = std::make_shared<OcrPool>(OcrSettings{}, threads); // fresh: engine loading counts
            const CpuClock cpu;
            QElapsedTimer t;
            t.start();
            auto file = readFile(path, options);
            if (!file || file->pages.size() != scanCount) {
                say(u"%1: %2"_s.arg(path, file ? u"wrong page count"_s : file.error().message));
                return 1;
            }
            timing->add(t.nsecsElapsed() / 1e6, cpu.selfMs());
            workers = options.ocrPool->threadCount();
        }
        if (!baseline)
            continue;
        for (const auto &[limit, timing] : {std::pair{true, &cliT}, std::pair{false, &cliOmpT}}) {
            const CpuClock cpu;
            const double ms = tesseractCli(pngs, dir.path(), limit);
            if (ms < 0) {
                say(u"tesseract command line failed"_s);
                return 1;
            }
            timing->add(ms, cpu.childrenMs());
        }
    }
    const auto line = [&](const QString &label, const Timing &t) {
        say(u"%1: %2 pages, wall %3 ms (%4 ms/page), CPU %5 ms (%6 ms/page)  [median of %7]"_s.arg(label)
                .arg(scanCount)
                .arg(t.wall(), 0, 'f', 0)
                .arg(t.wall() / scanCount, 0, 'f', 0)
                .arg(t.cpu(), 0, 'f', 0)
                .arg(t.cpu() / scanCount, 0, 'f', 0)
                .arg(rounds));
    };
    line(u"pool, %1 workers, multi-page TIFF"_s.arg(workers), tiffT);
    line(u"pool, %1 workers, scanned PDF rendered at 300 dpi"_s.arg(workers), pdfT);
    if (baseline) {
        line(u"tesseract CLI page after page, OMP_THREAD_LIMIT=1"_s, cliT);
        line(u"tesseract CLI page after page, OpenMP default"_s, cliOmpT);
        say(u"throughput ratio (CLI wall / pool wall): TIFF %1, PDF %2 (vs OMP_THREAD_LIMIT=1); TIFF %3, PDF %4 "
            "(vs OpenMP default)"_s.arg(cliT.wall() / tiffT.wall(), 0, 'f', 2)
                .arg(cliT.wall() / pdfT.wall(), 0, 'f', 2)
                .arg(cliOmpT.wall() / tiffT.wall(), 0, 'f', 2)
                .arg(cliOmpT.wall() / pdfT.wall(), 0, 'f', 2));
        say(u"pipeline CPU over the CLI's (OMP_THREAD_LIMIT=1): TIFF %1%, PDF %2%"_s
                .arg((tiffT.cpu() / cliT.cpu() - 1) * 100, 0, 'f', 1)
                .arg((pdfT.cpu() / cliT.cpu() - 1) * 100, 0, 'f', 1));
    }
    say(u"load average at the end: %1"_s.arg(loadAverage()));
    return 0;
}
