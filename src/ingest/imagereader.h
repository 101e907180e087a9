// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

namespace vt::ingest {

class OcrPool;

/// The resolution to OCR an image at: the one it records when plausible for a scan (100–1200 dpi), otherwise
/// estimated from its size as an A4 page (phone photos record 72 dpi whatever they show).
int effectiveDpi(const QImage &image);

/// Reads `bytes` as an image file (every frame of a multi-page TIFF; EXIF orientation applied) and OCRs each
/// frame into `file`. Internal to readFile().
Result<void> readImages(const QByteArray &bytes, SourceFile &file, const ReadOptions &options, const ReadHooks &hooks,
    const std::shared_ptr<OcrPool> &pool);

} // namespace vt::ingest
