// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

/// Hand-made PDFs for the reader's tests, byte by byte, for what QPdfWriter cannot make: text shown in Helvetica
/// with WinAnsi codes (so a TCVN3 or VNI byte string reads back as the mojibake an old .VnTime PDF gives), and
/// files encrypted with the standard security handler (revision 2, RC4 40-bit).
namespace pdfbytes {

/// A content stream showing each line of `lines` (raw 8-bit bytes) in 14 pt Helvetica, top down.
QByteArray textContent(const QList<QByteArray> &lines);

/// A PDF with one A4 page per content stream. With a non-empty `userPassword`, the file is encrypted and opens
/// only with it (the owner password is different). With `trueTypeFont` (the bytes of a .ttf file), the text is
/// set in that font, embedded, instead of the standard Helvetica. (Not with a password: the font is not encrypted.)
QByteArray build(
    const QList<QByteArray> &pageContents, const QByteArray &userPassword = {}, const QByteArray &trueTypeFont = {});

} // namespace pdfbytes
