// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to RegisterLoader: the object that lives on the loader thread.

#include "registerrow.h"

#include "store/database.h"
#include "store/search.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace vt::gui {

class LoaderWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoaderWorker)

public:
    LoaderWorker(QString databasePath, std::shared_ptr<std::atomic<quint64>> generation);
    ~LoaderWorker() override;

    struct PageRequest
    {
        quint64 generation;
        int page;
        QList<qint64> ids;
    };

    // Called on the loader thread (queued by RegisterLoader).
    void loadIds(quint64 generation, const store::SearchQuery &query);
    /// Queues a page from any thread; returns the request it pushed out, if any.
    std::optional<PageRequest> enqueuePage(PageRequest request);
    void drainPages();

signals:
    void idsLoaded(quint64 generation, std::shared_ptr<const std::vector<qint64>> ids, qint64 elapsedMs);
    void pageLoaded(quint64 generation, int page, QList<vt::gui::RegisterRow> rows);
    void failed(quint64 generation, QString message);

private:
    store::Database *database(quint64 generation);
    bool isStale(quint64 generation) const { return generation != m_generation->load(); }

    QString m_path;
    std::shared_ptr<std::atomic<quint64>> m_generation;
    std::optional<store::Database> m_db;
    QMutex m_mutex;
    std::deque<PageRequest> m_pages; ///< newest at the back
};

} // namespace vt::gui
