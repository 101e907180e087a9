// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// vanthu-bench-ingest [--pages N] [--scans N] [--threads N] [--no-baseline]
//  (a) a born-digital PDF of N pages (default 100) read to text: milliseconds, best of 3;
//  (b) N scanned pages (default 8, A4 at 300 dpi) through the OCR pool, from a multi-page TIFF and from a scanned
//      PDF (rendering included), against `tesseract PAGE.png out -l vie` run page after page on the same images,
//      with OMP_THREAD_LIMIT=1 and with the environment as it is; wall times and ratios.
#include "fixtures.h"

#include "core/logging.h"
#include "ingest/ocrpool.h"
#include "ingest/reader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

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
    parser.addOption({u"verbose"_s, u"Per-page timings from the reader."_s});
    parser.process(app);
    vt::logging::initForCli(parser.isSet(u"verbose"_s));
    if (parser.isSet(u"verbose"_s))
        spdlog::set_level(spdlog::level::debug);
    const int pageCount = parser.value(u"pages"_s).toInt();
    const int scanCount = parser.value(u"scans"_s).toInt();
    const int threads = parser.value(u"threads"_s).toInt();

    QTemporaryDir dir;
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

    const auto pooled = [&](const QString &path, const QString &label) {
        ReadOptions options;
        options.ocrPool = std::make_shared<OcrPool>(OcrSettings{}, threads); // fresh: engine loading is counted
        int n = 0;
        QString err;
        const double ms = readMs(path, options, &n, &err);
        if (ms < 0)
            say(u"%1: %2"_s.arg(label, err));
        else
            say(u"pool (%1 workers), %2: %3 pages in %4 ms (%5 ms/page)"_s.arg(options.ocrPool->threadCount())
                    .arg(label)
                    .arg(n)
                    .arg(ms, 0, 'f', 0)
                    .arg(ms / std::max(1, n), 0, 'f', 0));
        return ms;
    };
    const double tiffMs = pooled(tiff, u"multi-page TIFF"_s);
    const double pdfMs = pooled(scannedPdf, u"scanned PDF, rendered at 300 dpi"_s);
    if (parser.isSet(u"no-baseline"_s))
        return 0;
    for (const bool limit : {true, false}) {
        const double cli = tesseractCli(pngs, dir.path(), limit);
        if (cli < 0) {
            say(u"tesseract command line failed"_s);
            return 1;
        }
        say(u"tesseract CLI, one process per page, %1: %2 pages in %3 ms; ratio TIFF %4, PDF %5"_s
                .arg(limit ? u"OMP_THREAD_LIMIT=1"_s : u"OpenMP default"_s)
                .arg(scanCount)
                .arg(cli, 0, 'f', 0)
                .arg(cli / tiffMs, 0, 'f', 2)
                .arg(cli / pdfMs, 0, 'f', 2));
    }
    return 0;
}
