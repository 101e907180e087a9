// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photo.h"

#include "rng.h"

#include <QLinearGradient>
#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>

namespace vt::docgen {

namespace {

constexpr int kWidth = 2448;
constexpr int kHeight = 3264;

/// Uniform in [lo, hi].
qreal uniform(synth::Rng &rng, qreal lo, qreal hi)
{
    return lo + (hi - lo) * rng.below(1 << 20) / qreal(1 << 20);
}

/// Gaussian by the sum of twelve uniforms (enough for sensor noise, and the same on every platform).
qreal gaussian(synth::Rng &rng)
{
    qreal sum = 0;
    for (int i = 0; i < 12; ++i)
        sum += rng.below(1 << 16) / qreal(1 << 16);
    return sum - 6;
}

} // namespace

QImage photographPage(const QImage &page, quint64 seed)
{
    synth::Rng rng(seed);
    QImage frame(kWidth, kHeight, QImage::Format_RGB32);

    // The desk: a wood or grey tone with a gentle gradient.
    const QColor desk = rng.percent(50) ? QColor(150, 118, 84) : QColor(96, 98, 104);
    QLinearGradient floor(0, 0, kWidth, kHeight);
    floor.setColorAt(0, desk.lighter(115));
    floor.setColorAt(1, desk.darker(125));
    QPainter p(&frame);
    p.fillRect(frame.rect(), floor);

    // The page, tinted like paper, placed with each corner pulled a little: the phone is not held square.
    QImage sheet = page.convertToFormat(QImage::Format_RGB32);
    const QRgb paper = qRgb(248, 244, 232);
    for (int y = 0; y < sheet.height(); ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(sheet.scanLine(y));
        for (int x = 0; x < sheet.width(); ++x) {
            const int g = qGray(row[x]);
            row[x] = qRgb(qRed(paper) * g / 255, qGreen(paper) * g / 255, qBlue(paper) * g / 255);
        }
    }
    const qreal pageH = kHeight * uniform(rng, 0.82, 0.9);
    const qreal pageW = pageH * sheet.width() / sheet.height();
    const QPointF origin((kWidth - pageW) / 2 + uniform(rng, -40, 40), (kHeight - pageH) / 2 + uniform(rng, -40, 40));
    const qreal jitter = pageW * 0.03;
    QPolygonF corners;
    corners << origin + QPointF(uniform(rng, -jitter, jitter), uniform(rng, -jitter, jitter))
            << origin + QPointF(pageW + uniform(rng, -jitter, jitter), uniform(rng, -jitter, jitter))
            << origin + QPointF(pageW + uniform(rng, -jitter, jitter), pageH + uniform(rng, -jitter, jitter))
            << origin + QPointF(uniform(rng, -jitter, jitter), pageH + uniform(rng, -jitter, jitter));
    const QPolygonF flat{QPointF(0, 0), QPointF(sheet.width(), 0), QPointF(sheet.width(), sheet.height()),
        QPointF(0, sheet.height())}; // four corners: QPolygonF(QRectF) closes with a fifth
    QTransform warp;
    if (!QTransform::quadToQuad(flat, corners, warp))
        warp = QTransform::fromTranslate(origin.x(), origin.y()).scale(pageW / sheet.width(), pageH / sheet.height());
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    // A soft shadow under the sheet, then the sheet.
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0, 0, 0, 60));
    p.drawPolygon(corners.translated(12, 16));
    p.setTransform(warp);
    p.drawImage(0, 0, sheet);
    p.resetTransform();

    // Light falls off away from a point near one corner.
    const QPointF lamp(uniform(rng, 0, kWidth), uniform(rng, 0, kHeight * 0.4));
    QRadialGradient light(lamp, kHeight * 1.1);
    light.setColorAt(0, Qt::white);
    light.setColorAt(1, QColor::fromRgbF(0.72, 0.72, 0.7));
    p.setCompositionMode(QPainter::CompositionMode_Multiply);
    p.fillRect(frame.rect(), light);
    p.end();

    // Soft focus (a downscale and back) and sensor noise.
    frame = frame.scaled(kWidth * 3 / 4, kHeight * 3 / 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .scaled(kWidth, kHeight, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB32);
    const qreal sigma = uniform(rng, 3, 7);
    for (int y = 0; y < kHeight; ++y) {
        QRgb *row = reinterpret_cast<QRgb *>(frame.scanLine(y));
        for (int x = 0; x < kWidth; ++x) {
            const int n = int(std::lround(gaussian(rng) * sigma));
            row[x] = qRgb(std::clamp(qRed(row[x]) + n, 0, 255), std::clamp(qGreen(row[x]) + n, 0, 255),
                std::clamp(qBlue(row[x]) + n, 0, 255));
        }
    }
    // Phones record 72 dpi whatever the page; readers must not trust it.
    frame.setDotsPerMeterX(2835);
    frame.setDotsPerMeterY(2835);
    return frame;
}

} // namespace vt::docgen
