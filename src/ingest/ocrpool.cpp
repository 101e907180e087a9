// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/ocrpool.h"

#include <QThread>

#include <map>
#include <tuple>

namespace vt::ingest {

OcrPool::OcrPool(const OcrSettings &settings, int threads) : m_settings(settings)
{
    limitOpenMpToOneThread(); // here first, on the creating thread, before the workers start
    const int n = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    m_workers.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        m_workers.emplace_back([this] { work(); });
}

OcrPool::~OcrPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

std::shared_ptr<OcrPool> OcrPool::shared(const OcrSettings &settings, int threads)
{
    using Key = std::tuple<QString, QString, bool, bool, int>;
    static std::mutex mutex;
    static std::map<Key, std::shared_ptr<OcrPool>> pools;
    const Key key{settings.languages, settings.dataPath, settings.detectOrientation, settings.deskew, threads};
    std::lock_guard lock(mutex);
    std::shared_ptr<OcrPool> &pool = pools[key];
    if (!pool)
        pool = std::make_shared<OcrPool>(settings, threads);
    return pool;
}

void OcrPool::post(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(job));
    }
    m_wake.notify_one();
}

void OcrPool::work()
{
    limitOpenMpToOneThread();
    std::unique_ptr<OcrEngine> engine;
    std::optional<Error> engineError;
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        if (!engine && !engineError) {
            auto created = OcrEngine::create(m_settings);
            if (created)
                engine = std::move(*created);
            else
                engineError = created.error();
        }
        if (engine)
            job(engine.get());
        else
            job(tl::unexpected(*engineError));
    }
}

} // namespace vt::ingest
