// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/pageimage.h"

#include "ingest/imagereader.h"
#include "ingest/pdfreader.h"
#include "ingest/reader.h"
#include "ingest/readerror.h"
#include "ingest/translate.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QFile>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace vt::ingest {

Result<PageScan> pageScan(const QString &path, int pageNumber, const ReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    switch (sniffContent(bytes.left(8192))) {
    case ContentKind::Pdf: {
        std::unique_ptr<Poppler::Document> doc(
            Poppler::Document::loadFromData(bytes, options.password, options.password));
        std::unique_ptr<Poppler::Page> page(doc && !doc->isLocked() ? doc->page(pageNumber - 1) : nullptr);
        if (!page)
            return fail(Error::Corrupt, tr("%1: page %2 could not be opened.").arg(name).arg(pageNumber));
        int dpi = options.renderDpi;
        const int native = scanResolution(imageSizes(bytes), page->pageSizeF());
        if (native >= 100 && native < dpi)
            dpi = native;
        // As the reader does: the faster QPainter backend for a page with no text at all (it needs a
        // QGuiApplication to draw text), Splash otherwise.
        doc->setRenderBackend(page->text(QRectF()).trimmed().isEmpty() ? Poppler::Document::QPainterBackend
                                                                       : Poppler::Document::SplashBackend);
        doc->setRenderHint(Poppler::Document::Antialiasing);
        doc->setRenderHint(Poppler::Document::TextAntialiasing);
        QImage image = page->renderToImage(dpi, dpi);
        if (image.isNull())
            return fail(Error::Corrupt, tr("%1: page %2 could not be rendered.").arg(name).arg(pageNumber));
        return PageScan{std::move(image), dpi};
    }
    case ContentKind::Image: {
        QImageReader reader(&file);
        file.seek(0);
        reader.setAutoTransform(true);
        if (pageNumber > 1 && !reader.jumpToImage(pageNumber - 1))
            return fail(Error::Corrupt, tr("%1: page %2 could not be opened.").arg(name).arg(pageNumber));
        QImage image = reader.read();
        if (image.isNull())
            return fail(Error::Corrupt, tr("%1: page %2 could not be opened.").arg(name).arg(pageNumber));
        const int dpi = effectiveDpi(image);
        return PageScan{std::move(image), dpi};
    }
    default:
        break;
    }
    return fail(Error::InvalidArgument, tr("%1 holds no scanned pages.").arg(name));
}

} // namespace vt::ingest
