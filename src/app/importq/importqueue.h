// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importjob.h"

#include "pipeline/importer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <QTimer>

#include <memory>
#include <optional>

namespace vt::gui {

class ImporterFactory;
struct ImportPath;
struct JobControl;

/// The files being imported, read in the background (docs/import-queue.md). The API is for the GUI thread:
/// enqueue() files and folders, watch the signals, take each Ready file's result to the review view, then
/// markDone(). Files are read by a pool of its own (one file per OCR worker at a time, so the workers stay
/// busy on short scans), each through pipeline::Importer::importFile with its own cancel switch; the repair
/// model is loaded once, by the first worker. Progress reaches the GUI thread as queued calls, at most one
/// waiting per job and at most kProgressIntervalMs apart, however fast pages finish. The destructor cancels
/// everything and waits for the workers (tens of milliseconds: a cancel reaches inside Tesseract).
class ImportQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportQueue)

public:
    /// Progress of the files enqueued since the queue was last idle.
    struct Progress
    {
        int total = 0; ///< files
        int finished = 0; ///< no longer Queued or Reading
        double fraction = 0; ///< 0..1, counting the pages read of files in progress
    };

    static constexpr int kProgressIntervalMs = 100;

    explicit ImportQueue(QObject *parent = nullptr);
    ~ImportQueue() override;

    /// Adds files and folders (their supported files, recursively; see expandImportPaths). Listing runs off
    /// the GUI thread, so the jobs appear (jobAdded) shortly after. A file already waiting, being read or
    /// waiting for review is not added again. Unsupported and missing files become Failed jobs at once.
    /// The OCR languages are QSettings' ocr/languages ("vie" when unset), read now.
    void enqueue(const QStringList &paths);

    /// A Queued or Reading job turns Canceled at once and its result, if the reader was just finishing, is
    /// dropped. The reader stops within a fraction of a page (idle() comes when it has). Returns false when
    /// the job was not active.
    bool cancel(int id);
    void cancelAll();
    /// A NeedsPassword job is queued again, opened with `password`.
    bool retryWithPassword(int id, const QByteArray &password);

    /// The file of a Ready job; nullptr otherwise (or after takeResult).
    const pipeline::ImportedFile *result(int id) const;
    /// Moves the file of a Ready job out of the queue (the job stays Ready until markDone).
    std::optional<pipeline::ImportedFile> takeResult(int id);
    /// The clerk registered or skipped the file: Ready → Done, its result is freed.
    bool markDone(int id);
    /// Drops Failed, Canceled and Done jobs from the list.
    void removeFinished();

    QList<int> jobIds() const { return m_order; } ///< in the order they were added
    const ImportJob *job(int id) const; ///< nullptr for an unknown id
    Progress overall() const;
    /// Nothing waiting, being read or being listed.
    bool isIdle() const;

    /// Options for the Importer (tests; the benchmark). Languages and password are set per job.
    void setImportOptions(const pipeline::ImportOptions &options);
    /// Files read at the same time (default: one per core).
    void setConcurrentFiles(int count);

signals:
    void jobAdded(int id);
    void jobChanged(int id); ///< state, progress or message
    void jobRemoved(int id);
    void jobReady(int id);
    /// Failed or NeedsPassword (not Canceled); `message` says what is wrong and what to do.
    void jobFailed(int id, const QString &message);
    void overallChanged();
    /// Every job has finished reading (after the last one's jobReady/jobFailed/jobChanged).
    void idle();

private:
    struct Entry
    {
        ImportJob job;
        std::shared_ptr<JobControl> control;
        std::optional<pipeline::ImportedFile> result;
        QString languages;
        QByteArray password;
        QElapsedTimer lastProgress;
    };

    void addPaths(const QList<ImportPath> &paths, const QString &languages);
    void submit(Entry &entry);
    void onStarted(int id);
    void onProgress(int id);
    void applyProgress(int id);
    void flushThrottled();
    void onFinished(int id, const std::shared_ptr<Result<pipeline::ImportedFile>> &result);
    void setState(Entry &entry, ImportJob::State state, const QString &message = {});
    void checkIdle();
    void beginRunIfIdle();

    QThreadPool m_pool; ///< reads files
    QThreadPool m_listPool; ///< lists folders (one thread; never behind the files being read)
    std::shared_ptr<ImporterFactory> m_factory;
    QHash<int, Entry> m_jobs;
    QList<int> m_order;
    QSet<int> m_run; ///< jobs counted in overall()
    int m_nextId = 1;
    int m_tasks = 0; ///< submitted to the pool and not yet reported back
    int m_listings = 0; ///< folder listings under way
    bool m_busy = false; ///< work was added since idle() was last emitted
    QSet<int> m_throttled; ///< jobs whose progress waits for m_throttle
    QTimer m_throttle;
};

} // namespace vt::gui
