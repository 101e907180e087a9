// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/sourcefile.h"

#include <QImage>

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace vt::ingest {

class OcrPool;

/// The pages of one file that need OCR, spread over an OcrPool. Internal to the reader. Lives on the reading
/// thread: submit() and finish() are called there, and so are the progress hooks; only the page work runs on the
/// pool. At most two pages per worker are in flight, so a long TIFF is not decoded into memory all at once.
class OcrBatch
{
public:
    /// Produces the page image and its resolution on a worker (rendering a PDF page, or handing over a decoded
    /// frame); `isCanceled` is the hook to pass into the renderer.
    struct Scan
    {
        QImage image;
        int dpi = 300;
    };
    using Producer = std::function<Result<Scan>(const std::function<bool()> &isCanceled)>;

    OcrBatch(std::shared_ptr<OcrPool> pool, const ReadOptions &options, const ReadHooks &hooks, int pageCount);
    ~OcrBatch();

    /// Queues page `number` (1-based). Blocks while too many pages are in flight.
    void submit(int number, Producer producer);
    /// Reports a page finished on the reading thread (a text layer) to the progress hook.
    void pageDone(int number, Page::Source source);
    /// Waits for every submitted page and returns them in page order, or the first failure (engine missing,
    /// canceled). Pages whose image could not be produced come back empty, with a warning.
    Result<QList<Page>> finish(QStringList &warnings);

private:
    struct Shared;
    void drain(std::unique_lock<std::mutex> &lock);

    std::shared_ptr<OcrPool> m_pool;
    std::shared_ptr<Shared> m_shared;
    ReadHooks m_hooks;
    int m_imageDpi;
    int m_pageCount;
    int m_done = 0;
    int m_inFlight = 0;
    bool m_finished = false;
};

} // namespace vt::ingest
