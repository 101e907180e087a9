// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentlayout.h"

#include "core/result.h"

#include <QImage>
#include <QJsonObject>

namespace vt::docgen {

/// The page as an 8-bit grey image on white paper at `dpi`, the resolution recorded in the image.
QImage renderPage(const Page &page, int dpi);

/// A born-digital PDF: real text (embedded fonts), A4, one PDF page per page.
Result<void> writePdf(const QString &path, const QList<Page> &pages, const QString &title);

/// A "scanned" PDF: each image fills an A4 page; there is no text layer.
Result<void> writeImagePdf(const QString &path, const QList<QImage> &pages, const QString &title);

/// Born-digital and scanned pages in one PDF: page i is `scans[i]` (filling the page, no text) where that
/// image is not null, else the laid-out page with its text layer.
Result<void> writeMixedPdf(
    const QString &path, const QList<Page> &pages, const QList<QImage> &scans, const QString &title);

/// A multi-page TIFF (8-bit grey, deflate), the resolution of each page recorded.
Result<void> writeTiff(const QString &path, const QList<QImage> &pages);

/// PNG or JPEG (by the extension), JPEG at `quality`.
Result<void> writeImage(const QString &path, const QImage &image, int quality = 85);

/// Where a document sits in the files generated for it.
struct GoldPlacement
{
    QString doc; ///< the score-fields key: the file stem, or "stem#i" for a file that holds several
    QString file; ///< the file stem
    int index = 0; ///< position of the document in its file
    int firstPage = 1;
    int lastPage = 1;
};

/// One gold record with the project's English field names (see docs/docgen.md).
QJsonObject goldJson(const GeneratedDocument &doc, const GoldPlacement &where);

} // namespace vt::docgen
