// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "ingest/ocrengine.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace vt::ingest {

/// A fixed set of worker threads, each owning one OcrEngine created on its first job and reused for every later
/// one (loading the "vie" model takes a noticeable fraction of a page's OCR). Jobs run first in, first out; pages
/// of one file are spread across the workers. Thread-safe. The destructor runs every job already queued (each
/// must report to whoever posted it), then joins the workers.
class OcrPool
{
public:
    /// A job receives the worker's engine, or the error that kept the engine from loading.
    using Job = std::function<void(Result<OcrEngine *>)>;

    /// `threads` 0 means QThread::idealThreadCount().
    OcrPool(const OcrSettings &settings, int threads);
    ~OcrPool();
    OcrPool(const OcrPool &) = delete;
    OcrPool &operator=(const OcrPool &) = delete;

    /// A pool shared by every reader in the process with these settings and thread count, created on first use and
    /// kept to the end of the program, so engines are loaded once per process rather than once per file.
    static std::shared_ptr<OcrPool> shared(const OcrSettings &settings, int threads);

    void post(Job job);
    int threadCount() const { return int(m_workers.size()); }
    const OcrSettings &settings() const { return m_settings; }

private:
    void work();

    OcrSettings m_settings;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace vt::ingest
