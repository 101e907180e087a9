// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace vt::ingest {

/// Files larger than this are refused: a dispatch's text is kilobytes, a 64 MB "text file" is a mistake.
constexpr qint64 kMaxTextFileSize = 64 * 1024 * 1024;

/// Reads a plain-text document: UTF-8 (with or without BOM) or UTF-16 with a BOM, returned as NFC with
/// line endings normalised to "\n". A file that is not text (NUL bytes, invalid UTF-8) is refused with a
/// message that says what was found, rather than imported as mojibake.
Result<QString> readTextFile(const QString &path);

} // namespace vt::ingest
