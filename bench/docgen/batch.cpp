// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch.h"

#include "documentfactory.h"
#include "documentwriter.h"
#include "photo.h"
#include "seeds.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::docgen {

namespace {

Result<void> writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Io, u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

struct ItemResult
{
    QString stem;
    QByteArray gold;
    BatchReport report;
};

/// Counts the files written and keeps the first failure.
struct Writes
{
    BatchReport &report;
    std::optional<Error> error;

    void operator()(const Result<void> &written)
    {
        if (written)
            ++report.files;
        else if (!error)
            error = written.error();
    }
};

/// File `n` of the batch (one document, or a reply pair) in every requested format, and its gold lines.
Result<ItemResult> makeItem(const BatchOptions &o, const DocumentFactory &factory, const QDir &dir, int n)
{
    ItemResult result;
    QList<GeneratedDocument> documents;
    if (n < o.count) {
        result.stem = u"docgen-%1-%2"_s.arg(o.seed).arg(n, 4, 10, QChar(u'0'));
        documents.append(factory.document(n));
    } else {
        const int p = n - o.count;
        result.stem = u"docgen-%1-pair-%2"_s.arg(o.seed).arg(p, 4, 10, QChar(u'0'));
        for (GeneratedDocument &d : factory.replyPair(p))
            documents.append(std::move(d));
    }
    const quint64 key = seedFor(o.seed, quint64(n), 0xd0c);

    // Each document starts on a page of its own.
    QList<Page> pages;
    QList<bool> scanned; // which pages a mixed PDF shows as scans
    QString text;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        GeneratedDocument &doc = documents[i];
        const QList<Page> own = layoutWithin(doc, LayoutStyle::varied(seedFor(key, quint64(i))), o.pagesMax);
        GoldPlacement where;
        where.file = result.stem;
        where.doc = documents.size() == 1 ? result.stem : result.stem + u'#' + QString::number(i);
        where.index = int(i);
        where.firstPage = int(pages.size()) + 1;
        where.lastPage = int(pages.size() + own.size());
        result.gold += QJsonDocument(goldJson(doc, where)).toJson(QJsonDocument::Compact) + '\n';
        pages += own;
        for (qsizetype p = 0; p < own.size(); ++p) {
            // A pair: the reply as written, the dispatch it answers scanned. A single document: the
            // signed last page scanned, the others as written.
            scanned.append(documents.size() > 1 ? i > 0 : p + 1 == own.size());
        }
        text += (i ? u"\f"_s : QString()) + doc.gold.fullText;
        ++result.report.documents;
    }
    result.report.pages = int(pages.size());

    const QString base = dir.filePath(result.stem);
    const QString title = documents.front().gold.reference;
    Writes write{result.report, {}};
    if (o.formats.contains(u"pdf"))
        write(writePdf(base + u".pdf"_s, pages, title));
    if (o.formats.contains(u"txt"))
        write(writeText(base + u".txt"_s, text.toUtf8()));
    if (o.formats.contains(u"photo")) {
        // Photos have their own defects; the page is rendered at about what the phone resolves.
        for (qsizetype p = 0; p < pages.size(); ++p)
            write(writeImage(base + u"-p"_s + QString::number(p + 1).rightJustified(2, u'0') + u"-photo.jpg"_s,
                photographPage(renderPage(pages[p], 250), seedFor(key, quint64(p), 0xf07)), 88));
    }
    const bool raster = std::any_of(o.formats.begin(), o.formats.end(),
        [](const QString &f) { return f != u"pdf" && f != u"txt" && f != u"photo"; });
    for (int dpi : raster ? o.dpis : QList<int>{}) {
        QList<QImage> images;
        for (qsizetype p = 0; p < pages.size(); ++p) {
            const quint32 noiseSeed = quint32(seedFor(key, quint64(p), quint64(dpi)));
            images.append(ocrchannel::addScanNoise(renderPage(pages[p], dpi), o.noise, noiseSeed));
        }
        const QString prefix = base + u'-' + QString::number(dpi) + u"dpi"_s;
        for (const QString &format : {u"png"_s, u"jpg"_s}) {
            for (qsizetype p = 0; o.formats.contains(format) && p < images.size(); ++p)
                write(writeImage(
                    prefix + u"-p"_s + QString::number(p + 1).rightJustified(2, u'0') + u'.' + format, images[p]));
        }
        if (o.formats.contains(u"tiff"))
            write(writeTiff(prefix + u".tif"_s, images));
        if (o.formats.contains(u"scan-pdf"))
            write(writeImagePdf(prefix + u"-scan.pdf"_s, images, title));
        if (o.formats.contains(u"mixed-pdf")) {
            QList<QImage> scans = images;
            for (qsizetype p = 0; p < scans.size(); ++p) {
                if (!scanned[p])
                    scans[p] = QImage();
            }
            write(writeMixedPdf(prefix + u"-mixed.pdf"_s, pages, scans, title));
        }
    }
    if (write.error)
        return tl::unexpected(*write.error);
    return result;
}

} // namespace

QStringList knownFormats()
{
    return {u"pdf"_s, u"scan-pdf"_s, u"mixed-pdf"_s, u"png"_s, u"jpg"_s, u"tiff"_s, u"photo"_s, u"txt"_s};
}

Result<void> validate(const BatchOptions &o)
{
    if (o.outDir.isEmpty())
        return fail(Error::InvalidArgument, u"No output folder: give one with --out DIR."_s);
    if (o.count < 0 || o.pairs < 0 || o.count + o.pairs == 0 || o.count + o.pairs > 100000)
        return fail(
            Error::InvalidArgument, u"Nothing or too much to generate: --count and --pairs must add up to 1…100000."_s);
    if (o.formats.isEmpty())
        return fail(Error::InvalidArgument, u"No output format: --formats takes %1."_s.arg(knownFormats().join(u',')));
    for (const QString &f : o.formats) {
        if (!knownFormats().contains(f))
            return fail(Error::InvalidArgument,
                u"Unknown format \"%1\": --formats takes %2."_s.arg(f, knownFormats().join(u',')));
    }
    if (o.dpis.isEmpty())
        return fail(Error::InvalidArgument, u"No resolution: --dpi takes numbers such as 200,300."_s);
    for (int dpi : o.dpis) {
        if (dpi < 72 || dpi > 600)
            return fail(Error::InvalidArgument,
                u"Resolution %1 dpi is out of range: --dpi takes values from 72 to 600."_s.arg(dpi));
    }
    if (o.pagesMax < 1 || o.pagesMax > 20)
        return fail(Error::InvalidArgument, u"--pages-max must be between 1 and 20, not %1."_s.arg(o.pagesMax));
    if (o.jobs < 1 || o.jobs > 64)
        return fail(Error::InvalidArgument, u"--jobs must be between 1 and 64, not %1."_s.arg(o.jobs));
    return {};
}

Result<BatchReport> generateBatch(const BatchOptions &o, const std::function<void(const QString &)> &progress)
{
    if (Result<void> ok = validate(o); !ok)
        return tl::unexpected(ok.error());
    const QDir dir(o.outDir);
    if (!dir.mkpath(u"."_s))
        return fail(Error::Io,
            u"Cannot create the output folder %1: check its parent and the permissions."_s.arg(
                QDir::toNativeSeparators(o.outDir)));

    // Files are independent: workers take the next number; results land in their slot, so gold.jsonl
    // comes out in the same order whatever the number of jobs.
    const DocumentFactory factory(FactoryOptions{o.seed, o.pagesMax});
    const int total = o.count + o.pairs;
    std::vector<std::optional<Result<ItemResult>>> results(size_t(total), std::nullopt);
    std::atomic<int> next = 0;
    std::atomic<bool> failed = false;
    std::mutex progressMutex;
    int done = 0;
    auto work = [&] {
        for (int n = next++; n < total && !failed; n = next++) {
            Result<ItemResult> r = makeItem(o, factory, dir, n);
            failed = failed || !r;
            if (progress && r) {
                const std::lock_guard lock(progressMutex);
                progress(u"%1/%2 %3: %4 document(s), %5 page(s)"_s.arg(++done)
                             .arg(total)
                             .arg(r->stem)
                             .arg(r->report.documents)
                             .arg(r->report.pages));
            }
            results[size_t(n)] = std::move(r);
        }
    };
    std::vector<std::thread> workers;
    for (int j = 1; j < std::min(o.jobs, total); ++j)
        workers.emplace_back(work);
    work();
    for (std::thread &t : workers)
        t.join();

    BatchReport report;
    QByteArray gold;
    for (const std::optional<Result<ItemResult>> &r : results) {
        if (r && !*r)
            return tl::unexpected((*r).error());
        if (!r)
            continue; // not started after another file failed; that failure is returned above
        gold += (*r)->gold;
        report.documents += (*r)->report.documents;
        report.pages += (*r)->report.pages;
        report.files += (*r)->report.files;
    }
    if (Result<void> ok = writeText(dir.filePath(u"gold.jsonl"_s), gold); !ok)
        return tl::unexpected(ok.error());
    ++report.files;
    return report;
}

} // namespace vt::docgen
