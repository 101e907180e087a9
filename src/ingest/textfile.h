// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace vt::ingest {

/// Files larger than this are refused: a dispatch's text is kilobytes, a 64 MB "text file" is a mistake.
constexpr qint64 kMaxTextFileSize = 64 * 1024 * 1024;

struct DecodedText
{
    QString text; ///< NFC, line endings "\n"
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE", "TCVN3", "VNI", "Windows-1258"
    bool converted = false; ///< a legacy encoding was detected and converted
};

/// Decodes the bytes of a plain-text document: UTF-16 with a BOM, UTF-8 (with or without BOM), or, when the bytes
/// are not UTF-8, one of the legacy Vietnamese 8-bit encodings (TCVN3, VNI, Windows-1258) if the text convincingly
/// reads as Vietnamese in it (see legacy::guessBytes). UTF-8 text that is TCVN3/VNI mojibake ("Uû ban") is
/// converted too. Anything else (NUL bytes, undecidable 8-bit text) is refused with a message naming `path`
/// and saying what was found, rather than imported as mojibake.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &path);

/// Reads a plain-text document with decodeText(); NFC, line endings normalised to "\n".
Result<QString> readTextFile(const QString &path);

} // namespace vt::ingest
