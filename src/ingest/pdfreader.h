// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

#include <QList>

namespace vt::ingest {

class OcrPool;

/// The text layer of one PDF page as lines with boxes, or nothing usable (no text, or glyphs without Unicode).
/// Internal to the reader; exposed for tests.
QList<Line> pdfTextLines(const QByteArray &pdf, int pageIndex);

/// Reads `file.path`'s bytes as a PDF into `file` (pages, warnings). Internal to readFile().
Result<void> readPdf(const QByteArray &bytes, SourceFile &file, const ReadOptions &options, const ReadHooks &hooks,
    const std::shared_ptr<OcrPool> &pool);

} // namespace vt::ingest
