// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

#include <QList>
#include <QSize>
#include <QSizeF>

namespace vt::ingest {

class OcrPool;

/// The text layer of one PDF page as lines with boxes, or nothing usable (no text, or glyphs without Unicode).
/// Internal to the reader; exposed for tests.
QList<Line> pdfTextLines(const QByteArray &pdf, int pageIndex);

/// Pixel sizes of the image XObjects in a PDF's bytes. Internal to the reader; exposed for tests.
QList<QSize> imageSizes(const QByteArray &pdf);

/// The resolution (dpi) of a scanned page of `pagePt` points, from the file's page-filling images when they agree;
/// 0 when unknown. Scans below ReadOptions::renderDpi are rendered at their own resolution for OCR. Exposed for tests.
int scanResolution(const QList<QSize> &images, QSizeF pagePt);

/// Reads `file.path`'s bytes as a PDF into `file` (pages, warnings). Internal to readFile().
Result<void> readPdf(const QByteArray &bytes, SourceFile &file, const ReadOptions &options, const ReadHooks &hooks,
    const std::shared_ptr<OcrPool> &pool);

} // namespace vt::ingest
