// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

/// Test and benchmark inputs for the reader, made at run time: Vietnamese pages written for these fixtures,
/// rendered as a scanner would see them, or written into born-digital and scanned PDFs. Needs a QGuiApplication
/// (fonts); the offscreen platform is enough.
namespace vt::ingest::fixtures {

/// The lines of a short made-up dispatch, varied by `variant` (number, date, body sentence).
QStringList dispatchLines(int variant);

/// Words every dispatchLines() page holds, as they must come out of OCR.
QStringList expectedWords();

/// The lines drawn black on white on a page of `widthMm` × `heightMm` at `dpi`, in Liberation Serif `pointSize`,
/// 20 mm margins; a grey image with its resolution recorded.
QImage renderPage(const QStringList &lines, int dpi, qreal widthMm = 210, qreal heightMm = 297, qreal pointSize = 13);

/// A born-digital A4 PDF, one page per entry, with a real text layer.
bool writeTextPdf(const QString &path, const QList<QStringList> &pages);

/// A "scanned" A4 PDF: each image drawn at its recorded resolution from the top-left corner (no text layer); a
/// null image gives a born-digital page with `textPages`' entry instead, so files can be mixed. A `textPages`
/// entry for a page with an image is set as real text in the bottom margin, like a scanner's footer.
bool writeImagePdf(const QString &path, const QList<QImage> &images, const QList<QStringList> &textPages = {});

/// A multi-page TIFF (Deflate), one frame per image, written with Leptonica (Qt writes one frame per file).
bool writeMultipageTiff(const QString &path, const QList<QImage> &images);

} // namespace vt::ingest::fixtures
