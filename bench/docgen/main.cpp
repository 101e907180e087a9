// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-docgen: generated test documents (PDF, scans, images) with their gold fields. See docs/docgen.md.
#include "batch.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vanthu-docgen", text);
}

std::optional<QList<int>> parseInts(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        out.append(part.trimmed().toInt(&ok));
        if (!ok)
            return std::nullopt;
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    // Fonts need a GUI application, a display does not.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"vanthu-docgen"_s);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Generates Vietnamese administrative documents laid out per Nghị định 30/2020 as PDF, scans and images, "
           "with their gold fields in gold.jsonl."));
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, tr("Output folder (created if missing)."), u"DIR"_s);
    const QCommandLineOption count(u"count"_s, tr("Number of single-document files."), u"N"_s, u"10"_s);
    const QCommandLineOption pairs(
        u"pairs"_s, tr("Number of files holding a reply and the dispatch it answers."), u"N"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Seed; the same seed gives the same documents."), u"S"_s, u"1"_s);
    const QCommandLineOption formats(u"formats"_s,
        tr("Comma-separated: pdf, scan-pdf, mixed-pdf, png, jpg, tiff, photo, txt."), u"LIST"_s, u"pdf"_s);
    const QCommandLineOption dpi(u"dpi"_s, tr("Comma-separated resolutions of the page images."), u"LIST"_s, u"300"_s);
    const QCommandLineOption noise(
        u"noise"_s, tr("Scan defects on page images: none, light or heavy."), u"LEVEL"_s, u"none"_s);
    const QCommandLineOption pagesMax(u"pages-max"_s, tr("Longest document, in pages."), u"K"_s, u"2"_s);
    const QCommandLineOption jobs(u"jobs"_s, tr("Files made in parallel."), u"N"_s, u"1"_s);
    const QCommandLineOption quiet(u"quiet"_s, tr("No progress lines."));
    parser.addOptions({out, count, pairs, seed, formats, dpi, noise, pagesMax, jobs, quiet});
    parser.process(app);

    vt::docgen::BatchOptions o;
    o.outDir = parser.value(out);
    bool okCount = false, okPairs = false, okSeed = false, okPages = false, okJobs = false;
    o.count = parser.value(count).toInt(&okCount);
    o.pairs = parser.value(pairs).toInt(&okPairs);
    o.seed = parser.value(seed).toULongLong(&okSeed);
    o.pagesMax = parser.value(pagesMax).toInt(&okPages);
    o.jobs = parser.value(jobs).toInt(&okJobs);
    const std::optional<QList<int>> dpis = parseInts(parser.value(dpi));
    const std::optional<vt::ocrchannel::NoiseLevel> level = vt::ocrchannel::noiseFromName(parser.value(noise));
    if (!okCount || !okPairs || !okSeed || !okPages || !okJobs || !dpis) {
        err << tr("--count, --pairs, --seed, --pages-max, --jobs and --dpi take whole numbers (e.g. --dpi 200,300).")
            << '\n';
        return 2;
    }
    if (!level) {
        err << tr("--noise takes none, light or heavy, not \"%1\".").arg(parser.value(noise)) << '\n';
        return 2;
    }
    o.dpis = *dpis;
    o.noise = *level;
    o.formats.clear();
    for (const QString &f : parser.value(formats).split(u',', Qt::SkipEmptyParts))
        o.formats.append(f.trimmed().toLower());
    if (vt::Result<void> ok = vt::docgen::validate(o); !ok) {
        err << ok.error().message << '\n';
        return 2;
    }

    const bool verbose = !parser.isSet(quiet);
    const vt::Result<vt::docgen::BatchReport> report = vt::docgen::generateBatch(o, [&](const QString &line) {
        if (verbose) {
            err << line << '\n';
            err.flush();
        }
    });
    if (!report) {
        err << report.error().message << '\n';
        return 1;
    }
    err << tr("%1 documents on %2 pages, %3 files in %4")
               .arg(report->documents)
               .arg(report->pages)
               .arg(report->files)
               .arg(o.outDir)
        << '\n';
    return 0;
}
