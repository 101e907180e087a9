// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/readerror.h"
#include "ingest/sourcefile.h"

#include <QByteArrayView>

namespace vt::ingest {

enum class ContentKind { Unknown, Pdf, Image, Text };

/// What the first bytes of a file say it is (PDF header, PNG/JPEG/TIFF/GIF/BMP/WebP signatures, or text: no NUL
/// byte in the first 8 KiB, or a UTF-16 BOM). The file name is not consulted.
ContentKind sniffContent(QByteArrayView head);

/// Reads a document file into pages of text: PDFs through Poppler (text layers read as they are, pages without one
/// rendered at ReadOptions::renderDpi and OCR'd), images (PNG, JPEG, multi-page TIFF, photos turned by their EXIF
/// orientation) through Tesseract, text files through decodeText(). The kind is decided by content, not the
/// extension. Synchronous: call it from a worker thread; OCR runs on the pool's threads meanwhile.
///
/// Failures (Error::code, and failureOf() for the ones a caller answers differently):
///  - NotFound: no such file; Io: unreadable; InvalidArgument: a folder, over ReadOptions::maxFileSize, not a
///    PDF/image/text file, or text in an undecidable encoding;
///  - Corrupt: a damaged or truncated PDF or image that cannot be opened at all (a PDF that opens with damage
///    gives pages and a warning instead);
///  - NotFound: the OCR language data is missing;
///  - Failure::NeedsPassword / Failure::WrongPassword: an encrypted PDF; try again with ReadOptions::password;
///  - Failure::Canceled: hooks.isCanceled() turned true; no partial result is returned.
Result<SourceFile> readFile(const QString &path, const ReadOptions &options = {}, const ReadHooks &hooks = {});

} // namespace vt::ingest
