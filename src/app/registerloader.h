// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerrow.h"

#include "store/search.h"

#include <QList>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

namespace vt::gui {

class LoaderWorker;

/// Runs the register table's queries on a thread of its own, with its own read-only connection to the
/// database (style.md §7.5): the ordered ids of a query, and pages of rows by id. Every request carries
/// the model's generation; work for an older generation is skipped before it starts, and replies are
/// delivered (queued, on the owner's thread) with the generation they were made for, so the receiver drops
/// stale ones. Page requests are served newest first and only the most recent few are kept, so scrolling
/// fast through a million rows does not leave a backlog of pages nobody looks at any more.
/// The destructor stops the thread and waits for the query in progress.
class RegisterLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterLoader)

public:
    explicit RegisterLoader(QString databasePath, QObject *parent = nullptr);
    ~RegisterLoader() override;

    /// Makes `generation` current: requests of older generations still queued are skipped.
    void setGeneration(quint64 generation);
    void requestIds(quint64 generation, const store::SearchQuery &query);
    void requestPage(quint64 generation, int page, QList<qint64> ids);

    /// How many page requests are kept waiting at most; older ones are dropped (pageDropped).
    static constexpr int kMaxPendingPages = 12;

signals:
    void idsLoaded(quint64 generation, std::shared_ptr<const std::vector<qint64>> ids, qint64 elapsedMs);
    void pageLoaded(quint64 generation, int page, QList<vt::gui::RegisterRow> rows);
    /// A page request was dropped unserved (too many newer ones); ask again if it is still wanted.
    void pageDropped(quint64 generation, int page);
    void failed(quint64 generation, QString message);

private:
    QThread m_thread;
    LoaderWorker *m_worker = nullptr; ///< lives on m_thread; deleted when it finishes
    std::shared_ptr<std::atomic<quint64>> m_generation;
};

} // namespace vt::gui
