// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QVariant>

#include <poppler-qt6.h>

#include <cmath>

namespace vt::gui {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vt::gui::PageSource", text);
}

bool shouldAbort(const QVariant &payload)
{
    const auto *canceled = reinterpret_cast<const std::function<bool()> *>(payload.value<quintptr>());
    return canceled && *canceled && (*canceled)();
}

QSizeF imageSizePt(const QImage &image)
{
    const double dpiX = image.dotsPerMeterX() > 0 ? image.dotsPerMeterX() * 0.0254 : 72.0;
    const double dpiY = image.dotsPerMeterY() > 0 ? image.dotsPerMeterY() * 0.0254 : 72.0;
    return {image.width() * 72.0 / dpiX, image.height() * 72.0 / dpiY};
}

} // namespace

PageSource::~PageSource() = default;

Result<std::shared_ptr<PageSource>> PageSource::openPdf(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return fail(Error::NotFound, tr("%1 was not found; it may have been moved or deleted.").arg(path));
    std::unique_ptr<Poppler::Document> pdf = Poppler::Document::load(path);
    if (!pdf)
        return fail(Error::InvalidArgument, tr("%1 cannot be shown: it is not a readable PDF.").arg(name));
    if (pdf->isLocked())
        return fail(Error::InvalidArgument, tr("%1 cannot be shown: it is locked with a password.").arg(name));
    pdf->setRenderHint(Poppler::Document::Antialiasing);
    pdf->setRenderHint(Poppler::Document::TextAntialiasing);
    std::shared_ptr<PageSource> source(new PageSource);
    for (int i = 0; i < pdf->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        source->m_sizesPt.append(page ? page->pageSizeF() : QSizeF(595, 842));
    }
    source->m_pdf = std::move(pdf);
    return source;
}

Result<std::shared_ptr<PageSource>> PageSource::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::NotFound, tr("%1 was not found; it may have been moved or deleted.").arg(path));
    if (file.read(5) == "%PDF-")
        return openPdf(path);
    file.close();
    QList<QImage> pages;
    QImageReader reader(path);
    reader.setAutoTransform(true);
    do {
        QImage page = reader.read();
        if (page.isNull())
            break;
        pages.append(std::move(page));
    } while (reader.jumpToNextImage());
    if (pages.isEmpty())
        return fail(Error::InvalidArgument,
            tr("%1 cannot be shown: it is neither a PDF nor an image.").arg(QFileInfo(path).fileName()));
    return fromImages(std::move(pages));
}

std::shared_ptr<PageSource> PageSource::fromImages(QList<QImage> images, const QList<QSizeF> &sizesPt)
{
    std::shared_ptr<PageSource> source(new PageSource);
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QSizeF given = sizesPt.value(i);
        source->m_sizesPt.append(given.isEmpty() ? imageSizePt(images.at(i)) : given);
    }
    source->m_images = std::move(images);
    return source;
}

QImage PageSource::render(int page, double scale, const std::function<bool()> &canceled) const
{
    if (page < 0 || page >= pageCount() || scale <= 0 || (canceled && canceled()))
        return {};
    if (m_pdf) {
        const std::unique_ptr<Poppler::Page> p = m_pdf->page(page);
        if (!p)
            return {};
        const double dpi = 72.0 * scale;
        QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr, shouldAbort,
            QVariant::fromValue(reinterpret_cast<quintptr>(&canceled)));
        return canceled && canceled() ? QImage() : image;
    }
    const QImage &image = m_images.at(page);
    if (image.isNull())
        return {};
    const QSize target(
        int(std::lround(m_sizesPt.at(page).width() * scale)), int(std::lround(m_sizesPt.at(page).height() * scale)));
    return image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

} // namespace vt::gui
