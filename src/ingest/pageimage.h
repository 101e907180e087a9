// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

#include <QImage>

namespace vt::ingest {

/// A page of a scanned file as the reader gave it to OCR, read again: a PDF page without a text layer rendered at
/// the resolution readFile() used (ReadOptions::renderDpi, or the scan's own when lower), or a frame of an image
/// file at its resolution. Not turned upright: OcrEngine::recognizeRegion() takes the page's rotation and skew.
/// For reading a region again (a misread number line) after the import; the page image readFile() keeps for
/// review is smaller (ReadOptions::imageDpi).
struct PageScan
{
    QImage image;
    int dpi = 0;
};
Result<PageScan> pageScan(const QString &path, int pageNumber, const ReadOptions &options);

} // namespace vt::ingest
