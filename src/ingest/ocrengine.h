// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace vt::ingest {

struct OcrSettings
{
    QString languages = QStringLiteral("vie");
    QString dataPath; ///< empty: Tesseract's default tessdata
    bool detectOrientation = true;
    bool deskew = true;
};

struct OcrResult
{
    QString text; ///< NFC; lines separated by '\n', blocks by an empty line
    QList<Line> lines; ///< boxes in points (72/dpi of the upright, deskewed image)
    double confidence = 0; ///< mean word confidence, 0..1
    int rotation = 0; ///< degrees clockwise the image was turned to be upright
    double skewDegrees = 0;
    QSizeF sizePt; ///< of the upright, deskewed image
    QImage upright; ///< the grey image as recognised (turned and deskewed), at the `keepDpi` asked for; or null
};

/// One Tesseract engine (LSTM, the given languages), initialised once and reused for many pages, plus a lazily
/// created orientation (OSD) engine. Not thread-safe: each worker thread owns one. Tesseract and Leptonica stay in
/// the .cpp, so users of this header need only Qt.
class OcrEngine
{
public:
    ~OcrEngine();
    OcrEngine(const OcrEngine &) = delete;
    OcrEngine &operator=(const OcrEngine &) = delete;

    /// Error::NotFound when the language data cannot be loaded (the message names the package to install).
    static Result<std::unique_ptr<OcrEngine>> create(const OcrSettings &settings);

    /// Recognises one page image scanned or rendered at `dpi`. Orientation: Tesseract's OSD decides, but only for
    /// pages that read poorly (mean confidence under 60%) or whose lines stand upright (turned by 90°), so upright
    /// pages pay nothing for it. Skew is
    /// measured with Leptonica and removed when it is over 0.1°. `isCanceled` (may be empty) is polled by
    /// Tesseract between words: a canceled page returns an error, never partial text.
    /// `keepDpi` > 0 returns the upright image scaled to that resolution (Leptonica's area-map scaling, a few ms).
    Result<OcrResult> recognize(
        const QImage &image, int dpi, const std::function<bool()> &isCanceled = {}, int keepDpi = 0);

    /// What recognizeRegion() reads and how.
    struct RegionOptions
    {
        double scale = 1; ///< the region is scaled by this before recognition (small print reads better larger)
        bool singleLine = true; ///< Tesseract's single-line segmentation (PSM 7); else a uniform block (PSM 6)
        QString whitelist; ///< the characters Tesseract may output; empty: any
    };

    /// Recognises one region of a page again, e.g. a line the page's OCR misread: `page` is the page as scanned or
    /// rendered at `dpi` (not turned), `rotation` and `skewDegrees` those recognize() reported for it, and
    /// `regionPt` a box in recognize()'s upright frame (points). The engine's own settings (page segmentation,
    /// whitelist) are restored afterwards, so pages recognised later read as before.
    Result<OcrResult> recognizeRegion(const QImage &page, int dpi, int rotation, double skewDegrees,
        const QRectF &regionPt, const RegionOptions &options);

private:
    OcrEngine() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Limits OpenMP inside Tesseract to one thread (max-active-levels 0, so parallel regions run on the calling
/// thread; OMP_THREAD_LIMIT=1 for child processes): our parallelism is one page per worker, and OpenMP threads
/// competing with the workers slow every page down badly. Called by each OCR worker before its first page.
void limitOpenMpToOneThread();

} // namespace vt::ingest
