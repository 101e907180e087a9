// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/renderocr.h"

#include "ocrchannel/corpus.h"
#include "ocrchannel/ocrengine.h"
#include "ocrchannel/pagerenderer.h"
#include "ocrchannel/scannoise.h"
#include "ocrchannel/textalign.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QTextStream>

#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

struct Setting
{
    int dpi = 300;
    NoiseLevel noise = NoiseLevel::None;
    QString name(const QString &lang) const { return u"%1-%2-%3"_s.arg(lang).arg(dpi).arg(noiseName(noise)); }
};

struct Config
{
    QStringList langs;
    QList<Setting> settings;
    QStringList families;
    QString out;
    QString tessdata;
    int evalPages = 3;
    bool eval = false;
    bool saveImages = false;
};

/// One unit of work: some pages of one document in one dpi/noise setting, read by every language.
struct Job
{
    SourceDocument doc;
    qsizetype start = 0; // first paragraph
    int setting = 0;
    quint32 seed = 0;
    QString name; // output file stem
};

struct Shared
{
    QMutex mutex;
    QFile log;
    std::atomic<size_t> next{0};
    std::atomic<int> done{0}, failed{0};
    QElapsedTimer clock;
};

void err(const QString &s)
{
    std::fputs(qPrintable(s + u'\n'), stderr);
}

// Tesseract separates blocks with blank lines and ends the page with a form feed; one text line per line is what
// the pairs and the repairer's input hold.
QStringList ocrLines(const QString &text)
{
    QStringList out;
    for (const QString &l : QString(text).remove(u'\f').split(u'\n')) {
        const QString c = l.simplified();
        if (!c.isEmpty())
            out.append(c);
    }
    return out;
}

bool writeLines(const QString &path, const QStringList &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(lines.join(u'\n').toUtf8() + '\n');
    return true;
}

// Office documents are mostly Times New Roman 13–14 pt; Liberation Serif has its metrics, DejaVu Serif is the
// wider face found on Linux desktops. The variety keeps the channel from learning one font's quirks only.
PageStyle randomStyle(QRandomGenerator &rng, const QStringList &families)
{
    PageStyle s;
    s.family = families.size() > 1 && rng.bounded(100) < 25 ? families[1] : families[0];
    s.pointSize = rng.bounded(2) ? 13 : 14;
    s.lineSpacing = 1.0 + rng.bounded(0.4);
    s.ink = int(rng.bounded(50));
    return s;
}

void process(const Job &job, const Config &cfg, QHash<QString, std::shared_ptr<OcrEngine>> &engines, Shared &sh)
{
    const Setting &setting = cfg.settings[job.setting];
    const QString suffix = cfg.eval ? u".gold.txt"_s : u".src.txt"_s;
    bool allThere = true;
    for (const QString &lang : cfg.langs) {
        const QString dir = cfg.out + u'/' + setting.name(lang) + u'/';
        allThere = allThere && QFile::exists(dir + job.name + suffix) && QFile::exists(dir + job.name + u".ocr.txt"_s);
    }
    if (allThere) { // resumable: a rerun after an interruption only does what is missing
        ++sh.done;
        return;
    }
    auto paragraphs = readParagraphs(job.doc.path);
    if (!paragraphs) {
        err(paragraphs.error().message);
        ++sh.failed;
        return;
    }
    QRandomGenerator rng(job.seed);
    const PageStyle style = randomStyle(rng, cfg.families);
    const QList<Paragraph> styled = styleParagraphs(paragraphs->mid(job.start), job.seed);
    const PageRenderer renderer(style, setting.dpi);
    const QList<PageLayout> pages = renderer.paginate(styled, cfg.eval ? cfg.evalPages : 1);
    if (pages.isEmpty()) {
        ++sh.done; // an empty document: nothing to read
        return;
    }

    QStringList gold;
    QHash<QString, QStringList> read;
    QHash<QString, double> seconds;
    for (qsizetype k = 0; k < pages.size(); ++k) {
        const QImage clean = renderer.render(pages[k]);
        const QImage page = addScanNoise(clean, setting.noise, job.seed + quint32(k) * 7919u);
        if (cfg.saveImages)
            page.save(cfg.out + u"/images/"_s + setting.name(u"page"_s) + u'-' + job.name + u'-' + QString::number(k)
                + u".png"_s);
        gold += pages[k].text();
        for (const QString &lang : cfg.langs) {
            std::shared_ptr<OcrEngine> &engine = engines[lang];
            if (!engine) {
                auto made = OcrEngine::create(lang, cfg.tessdata);
                if (!made) {
                    err(made.error().message);
                    ++sh.failed;
                    return;
                }
                engine = std::move(*made);
            }
            QElapsedTimer t;
            t.start();
            auto text = engine->recognize(page, setting.dpi);
            seconds[lang] += t.elapsed() / 1000.0;
            if (!text) {
                err(text.error().message);
                ++sh.failed;
                return;
            }
            read[lang] += ocrLines(*text);
        }
    }

    const QString goldText = collapseSpaces(gold.join(u' '));
    for (const QString &lang : cfg.langs) {
        const QString dir = cfg.out + u'/' + setting.name(lang) + u'/';
        const QString ocrText = collapseSpaces(read[lang].join(u' '));
        const int edits = editDistance(goldText, ocrText);
        if (!writeLines(dir + job.name + suffix, gold) || !writeLines(dir + job.name + u".ocr.txt"_s, read[lang])) {
            err(u"Cannot write under %1."_s.arg(dir));
            ++sh.failed;
            return;
        }
        const QMutexLocker lock(&sh.mutex);
        QTextStream(&sh.log) << setting.name(lang) << '\t' << job.name << '\t' << pages.size() << '\t' << gold.size()
                             << '\t' << goldText.size() << '\t' << edits << '\t'
                             << QString::number(goldText.isEmpty() ? 0.0 : double(edits) / goldText.size(), 'f', 4)
                             << '\t' << QString::number(seconds[lang], 'f', 2) << '\n';
        sh.log.flush();
    }
    const int n = ++sh.done;
    if (n % 10 == 0) {
        const QMutexLocker lock(&sh.mutex);
        err(u"%1 jobs done, %2 s"_s.arg(n).arg(sh.clock.elapsed() / 1000));
    }
}

template <typename Parse> bool parseList(const QString &value, Parse parse)
{
    for (const QString &item : value.split(u',', Qt::SkipEmptyParts)) {
        if (!parse(item.trimmed()))
            return false;
    }
    return true;
}

// Training pages: each page starts at a random paragraph of a random training document, so the pages cover many
// documents; 40% start at the top, where the upper-case headers are. Held-out documents are never used.
QList<Job> trainingJobs(const QList<SourceDocument> &docs, const Config &cfg, int pages, quint32 seed)
{
    QList<Job> jobs;
    for (int s = 0; s < cfg.settings.size(); ++s) {
        for (int p = 0; p < pages; ++p) {
            QRandomGenerator rng(seed * 1000003u + quint32(s) * 7919u + quint32(p));
            // Some corpus files are empty or a few lines long; draw again rather than make a near-blank page.
            for (int attempt = 0; attempt < 20; ++attempt) {
                const SourceDocument &doc = docs[qsizetype(rng.bounded(quint32(docs.size())))];
                const auto paragraphs = readParagraphs(doc.path);
                if (!paragraphs || paragraphs->size() < 5)
                    continue;
                Job job{doc, 0, s, rng.generate(), u"p%1-%2"_s.arg(p, 4, 10, QChar(u'0')).arg(doc.id)};
                if (rng.bounded(100) >= 40)
                    job.start = qsizetype(rng.bounded(quint32(paragraphs->size() - 3)));
                jobs.append(job);
                break;
            }
        }
    }
    return jobs;
}

} // namespace

int runRenderOcr(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Render corpus text to A4 page images, add scan noise, OCR them with Tesseract "
                                     u"and write the source and OCR lines of every page."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"render-ocr"_s, u"the subcommand"_s);
    const QCommandLineOption textDir(u"text-dir"_s, u"Directory of clean .txt files (repeatable)."_s, u"DIR"_s);
    const QCommandLineOption out(u"out"_s, u"Output directory (outside the repository)."_s, u"DIR"_s);
    const QCommandLineOption dpi(u"dpi"_s, u"Resolutions, comma-separated."_s, u"LIST"_s, u"200,300"_s);
    const QCommandLineOption noise(u"noise"_s, u"Noise levels: none,light,heavy."_s, u"LIST"_s, u"none,light,heavy"_s);
    const QCommandLineOption settings(u"settings"_s,
        u"Explicit dpi:noise pairs instead of the --dpi x --noise "
        u"product, e.g. 300:none,200:heavy."_s,
        u"LIST"_s);
    const QCommandLineOption lang(u"lang"_s, u"Tesseract languages, comma-separated."_s, u"LIST"_s, u"eng,vie"_s);
    const QCommandLineOption pages(u"pages"_s, u"Training pages per dpi/noise setting."_s, u"N"_s, u"20"_s);
    const QCommandLineOption eval(u"eval"_s,
        u"Render the held-out documents whole, as <out>/<setting>/<doc>.gold.txt "
        u"and .ocr.txt, instead of training pages."_s);
    const QCommandLineOption evalOut(u"eval-out"_s, u"Same as --eval --out DIR."_s, u"DIR"_s);
    const QCommandLineOption evalPages(
        u"eval-pages"_s, u"At most this many pages of each held-out document."_s, u"N"_s, u"2"_s);
    const QCommandLineOption evalDocs(
        u"eval-docs"_s, u"At most this many held-out documents (0: all)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption split(u"split"_s, u"Held-out document list."_s, u"FILE"_s,
        QStringLiteral(VT_SOURCE_DIR "/resources/repair/dev-split.txt"));
    const QCommandLineOption threads(u"threads"_s, u"Worker threads, each with its own Tesseract."_s, u"N"_s, u"2"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed."_s, u"N"_s, u"1"_s);
    const QCommandLineOption tessdata(u"tessdata"_s, u"Tesseract data directory (default: Tesseract's)."_s, u"DIR"_s);
    const QCommandLineOption images(u"save-images"_s, u"Also save the page images as PNG (for inspection)."_s);
    parser.addOptions({textDir, out, dpi, noise, settings, lang, pages, eval, evalOut, evalPages, evalDocs, split,
        threads, seed, tessdata, images});
    parser.process(args);

    Config cfg;
    cfg.eval = parser.isSet(eval) || parser.isSet(evalOut);
    cfg.out = parser.isSet(evalOut) ? parser.value(evalOut) : parser.value(out);
    cfg.evalPages = std::max(1, parser.value(evalPages).toInt());
    cfg.tessdata = parser.value(tessdata);
    cfg.saveImages = parser.isSet(images);
    cfg.langs = parser.value(lang).split(u',', Qt::SkipEmptyParts);
    bool ok = true;
    if (parser.isSet(settings)) {
        ok = parseList(parser.value(settings), [&](const QString &item) {
            const auto noiseLevel = noiseFromName(item.section(u':', 1));
            const int d = item.section(u':', 0, 0).toInt();
            if (!noiseLevel || d < 70)
                return false;
            cfg.settings.append({d, *noiseLevel});
            return true;
        });
    } else {
        QList<int> dpis;
        ok = parseList(
            parser.value(dpi), [&](const QString &item) { return dpis.append(item.toInt()), item.toInt() >= 70; });
        ok = ok && parseList(parser.value(noise), [&](const QString &item) {
            const auto n = noiseFromName(item);
            for (int d : dpis) {
                if (n)
                    cfg.settings.append({d, *n});
            }
            return n.has_value();
        });
    }
    if (!ok || cfg.out.isEmpty() || !parser.isSet(textDir) || cfg.langs.isEmpty() || cfg.settings.isEmpty()) {
        err(u"render-ocr needs --text-dir and --out; --dpi, --noise, --settings and --lang must be valid lists."_s);
        return 2;
    }

    for (const QString &family : {u"Liberation Serif"_s, u"DejaVu Serif"_s}) {
        QFont f(family);
        if (QFontInfo(f).family() != family)
            continue;
        cfg.families.append(family);
        // Touch every style in this thread so the font database is fully loaded before the workers paint.
        for (bool bold : {false, true}) {
            f.setBold(bold);
            for (bool italic : {false, true}) {
                f.setItalic(italic);
                QFontMetricsF(f).horizontalAdvance(u"Đảng ữ"_s);
            }
        }
    }
    if (cfg.families.isEmpty()) {
        err(u"Neither Liberation Serif nor DejaVu Serif is installed (fonts-liberation2, fonts-dejavu-core)."_s);
        return 1;
    }

    const QList<SourceDocument> docs = listDocuments(parser.values(textDir));
    QString why;
    const QSet<QString> heldOut = heldOutIds(docs, parser.value(split), &why);
    QList<SourceDocument> pool;
    for (const SourceDocument &d : docs) {
        if (heldOut.contains(d.id) == cfg.eval)
            pool.append(d);
    }
    if (pool.isEmpty()) {
        err(u"No documents to render under the given --text-dir."_s);
        return 1;
    }
    err(u"held out: %1; %2 documents to use"_s.arg(why).arg(pool.size()));

    QList<Job> jobs;
    const quint32 baseSeed = parser.value(seed).toUInt();
    if (cfg.eval) {
        const int limit = parser.value(evalDocs).toInt();
        for (qsizetype i = 0; i < pool.size() && (limit <= 0 || i < limit); ++i) {
            for (int s = 0; s < cfg.settings.size(); ++s)
                jobs.append({pool[i], 0, s, quint32(qHash(pool[i].id, baseSeed)) + quint32(s), pool[i].id});
        }
    } else {
        jobs = trainingJobs(pool, cfg, std::max(1, parser.value(pages).toInt()), baseSeed);
    }
    for (const Setting &s : cfg.settings) {
        for (const QString &l : cfg.langs)
            QDir().mkpath(cfg.out + u'/' + s.name(l));
    }
    if (cfg.saveImages)
        QDir().mkpath(cfg.out + u"/images"_s);

    Shared sh;
    sh.log.setFileName(cfg.out + (cfg.eval ? u"/eval-log.tsv"_s : u"/log.tsv"_s));
    if (!sh.log.open(QIODevice::WriteOnly | QIODevice::Append)) {
        err(u"Cannot write %1."_s.arg(sh.log.fileName()));
        return 1;
    }
    if (sh.log.size() == 0)
        sh.log.write("setting\tname\tpages\tlines\tgold_chars\tedits\tcer\tocr_seconds\n");
    sh.clock.start();
    err(u"%1 jobs on %2 threads"_s.arg(jobs.size()).arg(parser.value(threads)));
    std::vector<std::thread> workers;
    for (int t = 0; t < std::max(1, parser.value(threads).toInt()); ++t) {
        workers.emplace_back([&] {
            QHash<QString, std::shared_ptr<OcrEngine>> engines; // one Tesseract per language per thread
            for (size_t i = sh.next++; i < size_t(jobs.size()); i = sh.next++)
                process(jobs[qsizetype(i)], cfg, engines, sh);
        });
    }
    for (std::thread &w : workers)
        w.join();
    err(u"%1 jobs done, %2 failed, %3 s"_s.arg(sh.done.load()).arg(sh.failed.load()).arg(sh.clock.elapsed() / 1000));
    return sh.failed > 0 ? 1 : 0;
}

} // namespace vt::ocrchannel
