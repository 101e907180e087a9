// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch.h"

#include "documentfactory.h"
#include "documentwriter.h"
#include "rng.h"
#include "seeds.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace vt::docgen {

namespace {

struct Item
{
    QString stem;
    QList<GeneratedDocument> documents;
    quint64 key = 0; ///< seeds the layout and the noise of this file
};

Result<void> writeText(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Io, u"Cannot write %1: %2."_s.arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace

QStringList knownFormats()
{
    return {u"pdf"_s, u"scan-pdf"_s, u"png"_s, u"jpg"_s, u"tiff"_s, u"txt"_s};
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
    return {};
}

Result<BatchReport> generateBatch(const BatchOptions &o, const std::function<void(const QString &)> &progress)
{
    if (Result<void> ok = validate(o); !ok)
        return tl::unexpected(ok.error());
    QDir dir(o.outDir);
    if (!dir.mkpath(u"."_s))
        return fail(Error::Io,
            u"Cannot create the output folder %1: check its parent and the permissions."_s.arg(
                QDir::toNativeSeparators(o.outDir)));

    const DocumentFactory factory(FactoryOptions{o.seed, o.pagesMax});
    const bool raster
        = std::any_of(o.formats.begin(), o.formats.end(), [](const QString &f) { return f != u"pdf" && f != u"txt"; });
    BatchReport report;
    QByteArray gold;
    for (int n = 0; n < o.count + o.pairs; ++n) {
        Item item;
        if (n < o.count) {
            item.stem = u"docgen-%1-%2"_s.arg(o.seed).arg(n, 4, 10, QChar(u'0'));
            item.documents.append(factory.document(n));
        } else {
            const int p = n - o.count;
            item.stem = u"docgen-%1-pair-%2"_s.arg(o.seed).arg(p, 4, 10, QChar(u'0'));
            for (GeneratedDocument &d : factory.replyPair(p))
                item.documents.append(std::move(d));
        }
        item.key = seedFor(o.seed, quint64(n), 0xd0c);

        // Each document starts on a page of its own.
        QList<Page> pages;
        QString text;
        for (qsizetype i = 0; i < item.documents.size(); ++i) {
            GeneratedDocument &doc = item.documents[i];
            const LayoutStyle style = LayoutStyle::varied(seedFor(item.key, quint64(i)));
            const QList<Page> own = layoutWithin(doc, style, o.pagesMax);
            GoldPlacement where;
            where.file = item.stem;
            where.doc = item.documents.size() == 1 ? item.stem : item.stem + u'#' + QString::number(i);
            where.index = int(i);
            where.firstPage = int(pages.size()) + 1;
            where.lastPage = int(pages.size() + own.size());
            gold += QJsonDocument(goldJson(doc, where)).toJson(QJsonDocument::Compact) + '\n';
            pages += own;
            text += (i ? u"\f"_s : QString()) + doc.gold.fullText;
            ++report.documents;
        }
        report.pages += int(pages.size());

        const QString base = dir.filePath(item.stem);
        const QString title = item.documents.front().gold.reference;
        if (o.formats.contains(u"pdf")) {
            if (Result<void> ok = writePdf(base + u".pdf"_s, pages, title); !ok)
                return tl::unexpected(ok.error());
            ++report.files;
        }
        if (o.formats.contains(u"txt")) {
            if (Result<void> ok = writeText(base + u".txt"_s, text.toUtf8()); !ok)
                return tl::unexpected(ok.error());
            ++report.files;
        }
        for (int dpi : raster ? o.dpis : QList<int>{}) {
            QList<QImage> images;
            for (qsizetype p = 0; p < pages.size(); ++p) {
                const quint32 noiseSeed = quint32(seedFor(item.key, quint64(p), quint64(dpi)));
                images.append(ocrchannel::addScanNoise(renderPage(pages[p], dpi), o.noise, noiseSeed));
            }
            const QString prefix = base + u'-' + QString::number(dpi) + u"dpi"_s;
            for (const QString &format : {u"png"_s, u"jpg"_s}) {
                if (!o.formats.contains(format))
                    continue;
                for (qsizetype p = 0; p < images.size(); ++p) {
                    const QString path
                        = prefix + u"-p"_s + QString::number(p + 1).rightJustified(2, u'0') + u'.' + format;
                    if (Result<void> ok = writeImage(path, images[p]); !ok)
                        return tl::unexpected(ok.error());
                    ++report.files;
                }
            }
            if (o.formats.contains(u"tiff")) {
                if (Result<void> ok = writeTiff(prefix + u".tif"_s, images); !ok)
                    return tl::unexpected(ok.error());
                ++report.files;
            }
            if (o.formats.contains(u"scan-pdf")) {
                if (Result<void> ok = writeImagePdf(prefix + u"-scan.pdf"_s, images, title); !ok)
                    return tl::unexpected(ok.error());
                ++report.files;
            }
        }
        if (progress)
            progress(u"%1/%2 %3: %4 document(s), %5 page(s)"_s.arg(n + 1)
                         .arg(o.count + o.pairs)
                         .arg(item.stem)
                         .arg(item.documents.size())
                         .arg(pages.size()));
    }
    if (Result<void> ok = writeText(dir.filePath(u"gold.jsonl"_s), gold); !ok)
        return tl::unexpected(ok.error());
    ++report.files;
    return report;
}

} // namespace vt::docgen
