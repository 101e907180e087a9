// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// vanthu-bench-import: the whole import pipeline (read → OCR → repair → extract) on real files, timed.
//
//   vanthu-bench-import FILE...                       wall time per file and in all, pages/s
//   vanthu-bench-import --baseline-tesseract FILE...  also OCR the same pages with one `tesseract` process run
//                                                     page after page, OMP_THREAD_LIMIT=1 (pages rendered by
//                                                     pdftoppm beforehand, not timed), and print the speed-up
//
// docs/benchmarks.md records the figures and the commands that made the files.
#include "ingest/reader.h"
#include "pipeline/importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

/// Page images for the baseline: PDFs rendered by pdftoppm at the pipeline's resolution, images as they are.
QStringList pageImages(const QString &path, int dpi, const QString &dir)
{
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        return {path};
    const QString prefix = QDir(dir).filePath(QFileInfo(path).completeBaseName());
    QProcess::execute(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-gray"_s, u"-png"_s, path, prefix});
    QStringList pages;
    for (const QFileInfo &f :
        QDir(dir).entryInfoList({QFileInfo(path).completeBaseName() + u"-*.png"_s}, QDir::Files, QDir::Name))
        pages.append(f.filePath());
    return pages;
}

double runTesseract(const QStringList &images, const QString &languages)
{
    QElapsedTimer timer;
    timer.start();
    // The fair baseline: Tesseract's OpenMP limited to one thread. With its default it runs ~3× slower on this
    // machine (docs/ingest.md), which would flatter the pipeline.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
    for (const QString &image : images) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(u"tesseract"_s, {image, u"-"_s, u"-l"_s, languages});
        p.waitForFinished(-1);
    }
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Times the import pipeline on files."_s);
    p.addHelpOption();
    p.addOption({u"baseline-tesseract"_s, u"Compare with one tesseract process, page after page."_s});
    p.addOption({u"threads"_s, u"OCR workers (default: one per core)."_s, u"n"_s, u"0"_s});
    p.addOption({u"lang"_s, u"Tesseract languages."_s, u"langs"_s, u"vie"_s});
    p.addPositionalArgument(u"files"_s, u"PDFs, images or text files."_s);
    p.process(app);
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        p.showHelp(2);

    vt::pipeline::ImportOptions options;
    options.read.ocrThreads = p.value(u"threads"_s).toInt();
    options.read.languages = p.value(u"lang"_s);
    QElapsedTimer timer;
    timer.start();
    auto importer = vt::pipeline::Importer::create(options);
    if (!importer) {
        std::fprintf(stderr, "vanthu-bench-import: %s\n", qPrintable(importer.error().message));
        return 1;
    }
    std::printf("model load          %8.3f s\n", timer.nsecsElapsed() / 1e9);

    // All files through importFiles(), as `vanthu-cli import` does: several files at a time keep the OCR
    // workers busy when files are one page long.
    int pages = 0, ocrPages = 0, failed = 0;
    timer.restart();
    importer->importFiles(files, 0, [&](qsizetype i, vt::Result<vt::pipeline::ImportedFile> &&file) {
        if (!file) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(files.at(i)), qPrintable(file.error().message));
            ++failed;
            return;
        }
        int ocr = 0;
        for (const vt::ingest::Page &page : file->source.pages)
            ocr += page.source == vt::ingest::Page::Ocr;
        std::printf("%-40s %4lld pages (%d OCR'd) %3lld documents, done at %8.3f s\n",
            qPrintable(QFileInfo(files.at(i)).fileName()), qlonglong(file->source.pages.size()), ocr,
            qlonglong(file->documents.size()), timer.nsecsElapsed() / 1e9);
        pages += int(file->source.pages.size());
        ocrPages += ocr;
    });
    const double total = timer.nsecsElapsed() / 1e9;
    if (failed)
        return 1;
    std::printf("pipeline            %8.3f s for %d pages = %.2f pages/s (%d OCR'd, %d OCR threads)\n", total, pages,
        pages / total, ocrPages, options.read.ocrThreads > 0 ? options.read.ocrThreads : QThread::idealThreadCount());

    if (p.isSet(u"baseline-tesseract"_s)) {
        QTemporaryDir dir;
        QStringList images;
        for (const QString &path : files)
            images += pageImages(path, options.read.renderDpi, dir.path());
        const double baseline = runTesseract(images, options.read.languages);
        std::printf("tesseract baseline  %8.3f s for %lld pages, one process after another\n", baseline,
            qlonglong(images.size()));
        std::printf("speed-up            %8.2f x\n", baseline / total);
    }
    return 0;
}
