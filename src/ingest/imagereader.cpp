// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/imagereader.h"

#include "ingest/ocrbatch.h"
#include "ingest/readerror.h"
#include "ingest/translate.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace vt::ingest {

int effectiveDpi(const QImage &image)
{
    const int recorded = qRound(image.dotsPerMeterX() * 0.0254);
    if (recorded >= 100 && recorded <= 1200)
        return recorded;
    const int shortSide = std::min(image.width(), image.height());
    return std::clamp(qRound(shortSide / (210.0 / 25.4)), 70, 600);
}

Result<void> readImages(const QByteArray &bytes, SourceFile &file, const ReadOptions &options, const ReadHooks &hooks,
    const std::shared_ptr<OcrPool> &pool)
{
    const QString name = QFileInfo(file.path).fileName();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return fail(Error::Corrupt,
            tr("%1 is a damaged image that cannot be read (%2); ask for the scan again.")
                .arg(name, reader.errorString()));
    const int count = std::max(1, reader.imageCount());
    OcrBatch batch(pool, options, hooks, count);
    int read = 0;
    for (int i = 0; i < count; ++i) {
        if (hooks.canceled())
            return tl::unexpected(makeFailure(Failure::Canceled, tr("Reading was canceled.")));
        if (i > 0 && !reader.jumpToImage(i))
            break;
        QImage image = reader.read();
        if (image.isNull()) {
            if (i == 0)
                return fail(Error::Corrupt,
                    tr("%1 is a damaged image that cannot be read (%2); ask for the scan "
                       "again.")
                        .arg(name, reader.errorString()));
            file.warnings.append(tr("%1: page %2 of %3 could not be read (%4); the pages before it were kept.")
                                     .arg(name)
                                     .arg(i + 1)
                                     .arg(count)
                                     .arg(reader.errorString()));
            break;
        }
        ++read;
        const int dpi = effectiveDpi(image);
        batch.submit(i + 1, [image = std::move(image), dpi](const std::function<bool()> &) -> Result<OcrBatch::Scan> {
            return OcrBatch::Scan{image, dpi};
        });
    }
    auto pages = batch.finish(file.warnings);
    if (!pages)
        return tl::unexpected(pages.error());
    file.pages = std::move(*pages);
    return {};
}

} // namespace vt::ingest
