// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace vt::gui {

/// The pages a PageView shows: a PDF opened through Poppler, or page images (scans the reader kept). Opening a
/// PDF and rendering are slow, so PageView calls them on its own worker thread; one call at a time per object
/// (not thread-safe), which PageView's single-thread pool guarantees.
class PageSource
{
public:
    /// Opens a PDF (may take a while for a big file: call it off the GUI thread). Fails with a message for the
    /// user when the file is missing, is not a PDF or is locked with a password.
    static Result<std::shared_ptr<PageSource>> openPdf(const QString &path);
    /// Opens a stored original, whatever its name says: a PDF (by its content), else an image (PNG, JPEG,
    /// every page of a TIFF, photos turned upright by their EXIF orientation). Off the GUI thread, as openPdf().
    static Result<std::shared_ptr<PageSource>> openFile(const QString &path);
    /// Page images; `sizesPt` gives each page's size in points (missing or empty: from the image's resolution,
    /// or 72 dpi when it has none).
    static std::shared_ptr<PageSource> fromImages(QList<QImage> images, const QList<QSizeF> &sizesPt = {});

    ~PageSource();

    int pageCount() const { return int(m_sizesPt.size()); }
    const QList<QSizeF> &pageSizesPt() const { return m_sizesPt; }

    /// The page (0-based) at `scale` device pixels per point. Polls `canceled` (also from inside Poppler's
    /// renderer); returns a null image when canceled or when the page cannot be rendered.
    QImage render(int page, double scale, const std::function<bool()> &canceled) const;

private:
    PageSource() = default;

    std::unique_ptr<Poppler::Document> m_pdf;
    QList<QImage> m_images;
    QList<QSizeF> m_sizesPt;
};

} // namespace vt::gui
