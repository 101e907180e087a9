// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/scannoise.h"

#include <QBuffer>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

struct NoiseParams
{
    double maxAngle; // degrees, uniform in ±
    double blurSigma; // pixels at 300 dpi
    double fadeMin; // ink contrast kept, uniform in [fadeMin, 1]
    double paperMin; // paper grey, uniform in [paperMin, 255]
    double sensor; // Gaussian noise sigma, grey levels
    double specks; // fraction of pixels flipped to black or white
    int jpegQuality;
};

NoiseParams paramsFor(NoiseLevel level)
{
    if (level == NoiseLevel::Heavy)
        return {0.7, 1.1, 0.65, 200, 16, 0.003, 35};
    return {0.3, 0.6, 0.9, 235, 6, 0.0005, 70};
}

QImage rotated(const QImage &src, double degrees)
{
    QImage out(src.size(), QImage::Format_RGB32);
    out.setDotsPerMeterX(src.dotsPerMeterX());
    out.setDotsPerMeterY(src.dotsPerMeterY());
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(src.width() / 2.0, src.height() / 2.0);
    p.rotate(degrees);
    p.translate(-src.width() / 2.0, -src.height() / 2.0);
    p.drawImage(0, 0, src);
    p.end();
    return out.convertToFormat(QImage::Format_Grayscale8);
}

// Separable Gaussian blur on a grey image, in place.
void blur(QImage &img, double sigma)
{
    if (sigma < 0.2)
        return;
    const int radius = std::max(1, int(std::ceil(sigma * 3)));
    std::vector<float> kernel(size_t(2 * radius + 1));
    float sum = 0;
    for (int k = -radius; k <= radius; ++k)
        sum += kernel[size_t(k + radius)] = float(std::exp(-(k * k) / (2 * sigma * sigma)));
    for (float &k : kernel)
        k /= sum;
    const int w = img.width(), h = img.height();
    std::vector<float> tmp(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const uchar *row = img.constScanLine(y);
        for (int x = 0; x < w; ++x) {
            float acc = 0;
            for (int k = -radius; k <= radius; ++k)
                acc += kernel[size_t(k + radius)] * row[std::clamp(x + k, 0, w - 1)];
            tmp[size_t(y) * size_t(w) + size_t(x)] = acc;
        }
    }
    for (int y = 0; y < h; ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < w; ++x) {
            float acc = 0;
            for (int k = -radius; k <= radius; ++k)
                acc += kernel[size_t(k + radius)] * tmp[size_t(std::clamp(y + k, 0, h - 1)) * size_t(w) + size_t(x)];
            row[x] = uchar(std::clamp(int(std::lround(acc)), 0, 255));
        }
    }
}

QImage jpegRoundTrip(const QImage &img, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!img.save(&buffer, "JPG", quality))
        return img; // no JPEG plugin: the other defects still apply
    QImage back;
    if (!back.loadFromData(bytes, "JPG"))
        return img;
    back = back.convertToFormat(QImage::Format_Grayscale8);
    back.setDotsPerMeterX(img.dotsPerMeterX());
    back.setDotsPerMeterY(img.dotsPerMeterY());
    return back;
}

} // namespace

QString noiseName(NoiseLevel level)
{
    switch (level) {
    case NoiseLevel::None:
        return u"none"_s;
    case NoiseLevel::Light:
        return u"light"_s;
    case NoiseLevel::Heavy:
        return u"heavy"_s;
    }
    return {};
}

std::optional<NoiseLevel> noiseFromName(QStringView name)
{
    for (NoiseLevel l : {NoiseLevel::None, NoiseLevel::Light, NoiseLevel::Heavy}) {
        if (name == noiseName(l))
            return l;
    }
    return std::nullopt;
}

QImage addScanNoise(const QImage &page, NoiseLevel level, quint32 seed)
{
    if (level == NoiseLevel::None)
        return page;
    const NoiseParams np = paramsFor(level);
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double dpiScale = page.dotsPerMeterX() > 0 ? page.dotsPerMeterX() * 0.0254 / 300.0 : 1.0;

    QImage img = rotated(page.convertToFormat(QImage::Format_Grayscale8), (unit(rng) * 2 - 1) * np.maxAngle);
    blur(img, np.blurSigma * dpiScale * (0.7 + 0.6 * unit(rng)));

    const double fade = np.fadeMin + (1 - np.fadeMin) * unit(rng);
    const double paper = np.paperMin + (255 - np.paperMin) * unit(rng);
    std::normal_distribution<float> sensor(0.0f, float(np.sensor));
    const std::uint32_t speckThreshold = std::uint32_t(np.specks * 4294967295.0);
    for (int y = 0; y < img.height(); ++y) {
        uchar *row = img.scanLine(y);
        for (int x = 0; x < img.width(); ++x) {
            // Ink keeps its darkness relative to the paper, scaled by the fade.
            double v = paper - (255 - row[x]) * fade * paper / 255.0 + sensor(rng);
            if (rng() < speckThreshold)
                v = (rng() & 1) ? 255 : 20;
            row[x] = uchar(std::clamp(int(std::lround(v)), 0, 255));
        }
    }
    return jpegRoundTrip(img, np.jpegQuality);
}

} // namespace vt::ocrchannel
