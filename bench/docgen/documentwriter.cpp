// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentwriter.h"

#include "core/dispatchfields.h"

#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

#include <leptonica/allheaders.h>

using namespace Qt::StringLiterals;

namespace vt::docgen {

namespace {

int dotsPerMeter(int dpi)
{
    return qRound(dpi / 0.0254);
}

Result<void> cannotWrite(const QString &path, const QString &why = {})
{
    return fail(Error::Io,
        u"Cannot write %1%2: check that the folder exists and is writable, and that the disk is not full."_s.arg(
            QFileInfo(path).absoluteFilePath(), why.isEmpty() ? QString() : u" ("_s + why + u')'));
}

} // namespace

QImage renderPage(const Page &page, int dpi)
{
    const QSizeF units = pageSizeUnits();
    const qreal scale = qreal(dpi) / kLayoutDpi;
    QImage image(qRound(units.width() * scale), qRound(units.height() * scale), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.scale(scale, scale);
        paintPage(painter, page);
    }
    QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(dotsPerMeter(dpi));
    grey.setDotsPerMeterY(dotsPerMeter(dpi));
    return grey;
}

namespace {

Result<void> printPages(const QString &path, int dpi, const QString &title, const QString &creator, qsizetype count,
    const std::function<void(QPainter &, qsizetype)> &paint)
{
    QPdfWriter writer(path);
    writer.setResolution(dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title);
    writer.setCreator(creator);
    QPainter painter;
    if (!painter.begin(&writer))
        return cannotWrite(path);
    for (qsizetype i = 0; i < count; ++i) {
        if (i)
            writer.newPage();
        paint(painter, i);
    }
    if (!painter.end())
        return cannotWrite(path);
    return {};
}

} // namespace

Result<void> writePdf(const QString &path, const QList<Page> &pages, const QString &title)
{
    return printPages(path, kLayoutDpi, title, u"vanthu-docgen"_s, pages.size(),
        [&](QPainter &painter, qsizetype i) { paintPage(painter, pages[i]); });
}

Result<void> writeImagePdf(const QString &path, const QList<QImage> &pages, const QString &title)
{
    // At the images' own resolution, so each is embedded pixel for pixel.
    const int dpi = pages.isEmpty() ? 300 : qRound(pages.front().dotsPerMeterX() * 0.0254);
    return printPages(path, dpi, title, u"vanthu-docgen (scan)"_s, pages.size(), [&](QPainter &painter, qsizetype i) {
        painter.drawImage(QRect(0, 0, pages[i].width(), pages[i].height()), pages[i]);
    });
}

Result<void> writeMixedPdf(
    const QString &path, const QList<Page> &pages, const QList<QImage> &scans, const QString &title)
{
    return printPages(
        path, kLayoutDpi, title, u"vanthu-docgen (mixed)"_s, pages.size(), [&](QPainter &painter, qsizetype i) {
            if (i < scans.size() && !scans[i].isNull())
                painter.drawImage(QRectF(QPointF(0, 0), pageSizeUnits()), scans[i]);
            else
                paintPage(painter, pages[i]);
        });
}

Result<void> writeTiff(const QString &path, const QList<QImage> &pages)
{
    const QByteArray file = QFile::encodeName(path);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage grey = pages[i].convertToFormat(QImage::Format_Grayscale8);
        PIX *pix = pixCreate(grey.width(), grey.height(), 8);
        if (!pix)
            return cannotWrite(path, u"out of memory"_s);
        l_uint32 *data = pixGetData(pix);
        const l_int32 wpl = pixGetWpl(pix);
        for (int y = 0; y < grey.height(); ++y) {
            const uchar *src = grey.constScanLine(y);
            l_uint32 *line = data + qsizetype(y) * wpl;
            for (int x = 0; x < grey.width(); ++x)
                SET_DATA_BYTE(line, x, src[x]);
        }
        const int dpi = qRound(grey.dotsPerMeterX() * 0.0254);
        pixSetResolution(pix, dpi, dpi);
        const l_ok failed = pixWriteTiff(file.constData(), pix, IFF_TIFF_ZIP, i == 0 ? "w" : "a");
        pixDestroy(&pix);
        if (failed)
            return cannotWrite(path);
    }
    return {};
}

Result<void> writeImage(const QString &path, const QImage &image, int quality)
{
    QImageWriter writer(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    writer.setFormat(suffix == u"jpg" || suffix == u"jpeg" ? "jpeg" : "png");
    if (suffix != u"png")
        writer.setQuality(quality);
    if (!writer.write(image))
        return cannotWrite(path, writer.errorString());
    return {};
}

QJsonObject goldJson(const GeneratedDocument &doc, const GoldPlacement &where)
{
    const QJsonObject all = toJson(doc.gold, false);
    QJsonObject o;
    o.insert(u"doc"_s, where.doc);
    o.insert(u"file"_s, where.file);
    o.insert(u"doc_index"_s, where.index);
    o.insert(u"page_range"_s, QJsonArray{where.firstPage, where.lastPage});
    static constexpr QLatin1StringView kKeys[] = {
        "issuer"_L1,
        "issuer_parent"_L1,
        "number"_L1,
        "notation"_L1,
        "reference"_L1,
        "place"_L1,
        "issued_date"_L1,
        "type"_L1,
        "summary"_L1,
        "addressees"_L1,
        "recipients"_L1,
        "signer"_L1,
        "signer_title"_L1,
        "signing_authority"_L1,
        "urgency"_L1,
        "confidentiality"_L1,
        "citations"_L1,
    };
    for (QLatin1StringView key : kKeys) {
        const QJsonValue v = all.value(key);
        // Empty text means "not printed": null, so score-fields does not score it.
        o.insert(key, v.isString() && v.toString().isEmpty() ? QJsonValue() : v);
    }
    o.insert(u"archive"_s, doc.archive.isEmpty() ? QJsonValue() : QJsonValue(doc.archive));
    o.insert(u"page_count"_s, where.lastPage - where.firstPage + 1);
    return o;
}

} // namespace vt::docgen
