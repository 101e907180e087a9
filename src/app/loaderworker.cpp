// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaderworker.h"

#include "registerloader.h"

#include "core/logging.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace vt::gui {

LoaderWorker::LoaderWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> generation)
    : m_path(std::move(databasePath)), m_generation(std::move(generation))
{
}

LoaderWorker::~LoaderWorker() = default;

store::Database *LoaderWorker::database(quint64 generation)
{
    if (m_db)
        return &*m_db;
    // Read-only: the GUI's own connection has created and migrated the file; this one only reads.
    auto db = store::Database::open(m_path, {.readOnly = true});
    if (!db) {
        logging::get("app")->error("loader: {}", db.error().detail.toStdString());
        emit failed(generation, db.error().message);
        return nullptr;
    }
    m_db.emplace(std::move(*db));
    return &*m_db;
}

void LoaderWorker::loadIds(quint64 generation, const store::SearchQuery &query)
{
    if (isStale(generation))
        return;
    store::Database *db = database(generation);
    if (!db)
        return;
    QElapsedTimer timer;
    timer.start();
    // A newer query (the user typed on) interrupts this one within microseconds, instead of waiting for it.
    auto ids = store::Searcher(*db).ids(query, [this, generation] { return isStale(generation); });
    if (!ids) {
        if (!isStale(generation))
            emit failed(generation, ids.error().message);
        return;
    }
    emit idsLoaded(generation, std::make_shared<const std::vector<qint64>>(std::move(*ids)), timer.elapsed());
}

std::optional<LoaderWorker::PageRequest> LoaderWorker::enqueuePage(PageRequest request)
{
    QMutexLocker lock(&m_mutex);
    m_pages.push_back(std::move(request));
    if (int(m_pages.size()) <= RegisterLoader::kMaxPendingPages)
        return std::nullopt;
    PageRequest dropped = std::move(m_pages.front());
    m_pages.pop_front();
    return dropped;
}

void LoaderWorker::drainPages()
{
    for (;;) {
        PageRequest request;
        {
            QMutexLocker lock(&m_mutex);
            if (m_pages.empty())
                return;
            // Newest first: the page the user is looking at now.
            request = std::move(m_pages.back());
            m_pages.pop_back();
        }
        if (isStale(request.generation))
            continue;
        store::Database *db = database(request.generation);
        if (!db)
            return;
        auto hits = store::Searcher(*db).fetch(request.ids);
        if (!hits) {
            emit failed(request.generation, hits.error().message);
            continue;
        }
        QList<RegisterRow> rows;
        rows.reserve(hits->size());
        for (const store::SearchHit &hit : *hits)
            rows.append(RegisterRow::from(hit.dispatch));
        emit pageLoaded(request.generation, request.page, rows);
    }
}

} // namespace vt::gui
