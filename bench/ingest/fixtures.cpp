// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include <QBuffer>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <leptonica/allheaders.h>

using namespace Qt::StringLiterals;

namespace vt::ingest::fixtures {
namespace {

QFont serif(qreal pointSize)
{
    QFont font(u"Liberation Serif"_s);
    font.setPointSizeF(pointSize);
    return font;
}

// Lays the lines out top-down from the margin, on a painter whose device is `dpi` pixels per inch.
void drawLines(QPainter &p, const QStringList &lines, qreal dpi, qreal pointSize)
{
    p.setFont(serif(pointSize));
    const qreal margin = 20 / 25.4 * dpi;
    const qreal step = QFontMetricsF(p.font(), p.device()).lineSpacing() * 1.25;
    qreal y = margin + step;
    for (const QString &line : lines) {
        p.drawText(QPointF(margin, y), line);
        y += step;
    }
}

} // namespace

QStringList dispatchLines(int variant)
{
    const int number = 100 + variant * 7;
    return {
        u"ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"_s,
        u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s,
        u"Độc lập - Tự do - Hạnh phúc"_s,
        u"Số: %1/UBND-VP"_s.arg(number),
        u"Hà Giang, ngày %1 tháng %2 năm 2024"_s.arg(1 + variant % 28).arg(1 + variant % 12),
        u"V/v tăng cường công tác phòng chống thiên tai"_s,
        u"Kính gửi: Sở Nông nghiệp và Phát triển nông thôn"_s,
        u"Thực hiện chỉ đạo của Chính phủ về việc chủ động ứng phó"_s,
        u"với mưa lũ, Ủy ban nhân dân tỉnh yêu cầu các đơn vị"_s,
        u"khẩn trương kiểm tra đê điều, hồ chứa và khu dân cư."_s,
        u"Nơi nhận: Như trên; Lưu: VT."_s,
        u"CHỦ TỊCH"_s,
    };
}

QStringList expectedWords()
{
    return {u"CỘNG"_s, u"NGHĨA"_s, u"VIỆT"_s, u"Hạnh"_s, u"phúc"_s, u"tăng"_s, u"cường"_s, u"thiên"_s, u"Kính"_s,
        u"gửi"_s, u"nhân"_s, u"đê"_s, u"điều"_s, u"Lưu"_s};
}

QImage renderPage(const QStringList &lines, int dpi, qreal widthMm, qreal heightMm, qreal pointSize)
{
    QImage image(qRound(widthMm / 25.4 * dpi), qRound(heightMm / 25.4 * dpi), QImage::Format_Grayscale8);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.setPen(Qt::black);
    drawLines(p, lines, dpi, pointSize);
    return image;
}

bool writeTextPdf(const QString &path, const QList<QStringList> &pages)
{
    return writeImagePdf(path, QList<QImage>(pages.size()), pages);
}

bool writeImagePdf(const QString &path, const QList<QImage> &images, const QList<QStringList> &textPages)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    for (qsizetype i = 0; i < images.size(); ++i) {
        if (i > 0 && !writer.newPage())
            return false;
        if (!images[i].isNull()) {
            const QImage &img = images[i];
            const qreal scale = writer.resolution() / (img.dotsPerMeterX() * 0.0254);
            p.drawImage(QRectF(0, 0, img.width() * scale, img.height() * scale), img);
            if (i < textPages.size() && !textPages[i].isEmpty()) {
                p.save();
                p.translate(0, writer.height() - 30 / 25.4 * writer.resolution());
                drawLines(p, textPages[i], writer.resolution(), 9);
                p.restore();
            }
        } else if (i < textPages.size())
            drawLines(p, textPages[i], writer.resolution(), 13);
    }
    return p.end();
}

bool writeMultipageTiff(const QString &path, const QList<QImage> &images)
{
    QFile::remove(path);
    const QByteArray name = QFile::encodeName(path);
    for (const QImage &image : images) {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return false;
        Pix *pix = pixReadMem(reinterpret_cast<const l_uint8 *>(png.constData()), size_t(png.size()));
        if (!pix)
            return false;
        const bool ok = pixWriteTiff(name.constData(), pix, IFF_TIFF_ZIP, "a") == 0;
        pixDestroy(&pix);
        if (!ok)
            return false;
    }
    return true;
}

} // namespace vt::ingest::fixtures
