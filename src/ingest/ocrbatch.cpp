// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ocrbatch.h"

#include "ingest/ocrpool.h"
#include "ingest/readerror.h"
#include "ingest/translate.h"

#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace vt::ingest {

struct OcrBatch::Shared
{
    std::mutex mutex;
    std::condition_variable changed;
    std::function<bool()> isCanceled;
    std::map<int, Page> finished; // not yet reported
    QList<Page> pages;
    QStringList warnings;
    std::optional<Error> error;
    int running = 0;
};

namespace {

Page pageFromOcr(int number, OcrResult &&ocr)
{
    Page page;
    page.number = number;
    page.source = Page::Ocr;
    page.text = std::move(ocr.text);
    page.lines = std::move(ocr.lines);
    page.sizePt = ocr.sizePt;
    page.image = std::move(ocr.upright);
    page.ocrConfidence = ocr.confidence;
    page.rotation = ocr.rotation;
    page.skewDegrees = ocr.skewDegrees;
    return page;
}

} // namespace

OcrBatch::OcrBatch(std::shared_ptr<OcrPool> pool, const ReadOptions &options, const ReadHooks &hooks, int pageCount)
    : m_pool(std::move(pool)), m_shared(std::make_shared<Shared>()), m_hooks(hooks), m_imageDpi(options.imageDpi),
      m_pageCount(pageCount)
{
    m_shared->isCanceled = hooks.isCanceled;
}

OcrBatch::~OcrBatch()
{
    // Jobs hold the shared state, not this object; but a caller that returns early must not leave work running.
    if (!m_finished) {
        std::unique_lock lock(m_shared->mutex);
        m_shared->changed.wait(lock, [this] { return m_shared->running == 0; });
    }
}

void OcrBatch::drain(std::unique_lock<std::mutex> &lock)
{
    while (!m_shared->finished.empty()) {
        auto node = m_shared->finished.extract(m_shared->finished.begin());
        m_shared->pages.append(std::move(node.mapped()));
        --m_inFlight;
        ++m_done;
        if (m_hooks.progress) {
            const ReadProgress p{m_done, m_pageCount, node.key(), Page::Ocr};
            lock.unlock();
            m_hooks.progress(p);
            lock.lock();
        }
    }
}

void OcrBatch::submit(int number, Producer producer)
{
    {
        std::unique_lock lock(m_shared->mutex);
        const int limit = 2 * m_pool->threadCount();
        for (;;) {
            drain(lock);
            if (m_inFlight < limit || m_shared->error)
                break;
            m_shared->changed.wait(lock);
        }
        if (m_shared->error)
            return;
        ++m_inFlight;
        ++m_shared->running;
    }
    const int imageDpi = m_imageDpi;
    m_pool->post([shared = m_shared, number, imageDpi, producer = std::move(producer)](Result<OcrEngine *> engine) {
        std::optional<Page> page;
        std::optional<Error> error;
        QString warning;
        const bool canceled = shared->isCanceled && shared->isCanceled();
        if (canceled) {
            error = makeFailure(Failure::Canceled, QCoreApplication::translate("vt::ingest", "Reading was canceled."));
        } else if (!engine) {
            error = engine.error();
        } else if (auto scan = producer(shared->isCanceled); !scan) {
            if (failureOf(scan.error()) == Failure::Canceled)
                error = scan.error();
            else
                warning = scan.error().message;
        } else if (auto ocr = (*engine)->recognize(scan->image, scan->dpi, shared->isCanceled, imageDpi); !ocr) {
            if (failureOf(ocr.error()) == Failure::Canceled)
                error = ocr.error();
            else
                warning = QCoreApplication::translate("vt::ingest", "Page %1: %2").arg(number).arg(ocr.error().message);
        } else {
            page = pageFromOcr(number, std::move(*ocr));
        }
        std::lock_guard lock(shared->mutex);
        if (error && !shared->error)
            shared->error = std::move(error);
        if (!warning.isEmpty())
            shared->warnings.append(warning);
        if (!page) {
            page.emplace();
            page->number = number;
            page->source = Page::Ocr;
        }
        shared->finished.emplace(number, std::move(*page));
        --shared->running;
        shared->changed.notify_all();
    });
}

void OcrBatch::pageDone(int number, Page::Source source)
{
    ++m_done;
    if (m_hooks.progress)
        m_hooks.progress(ReadProgress{m_done, m_pageCount, number, source});
}

Result<QList<Page>> OcrBatch::finish(QStringList &warnings)
{
    std::unique_lock lock(m_shared->mutex);
    for (;;) {
        drain(lock);
        if (m_shared->running == 0)
            break;
        m_shared->changed.wait(lock);
    }
    drain(lock);
    m_finished = true;
    if (m_shared->error)
        return tl::unexpected(*m_shared->error);
    warnings += m_shared->warnings;
    std::sort(m_shared->pages.begin(), m_shared->pages.end(),
        [](const Page &a, const Page &b) { return a.number < b.number; });
    return std::move(m_shared->pages);
}

} // namespace vt::ingest
