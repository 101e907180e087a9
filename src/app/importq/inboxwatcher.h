// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inboxscan.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace vt::gui {

/// Watches the inbox folder (QSettings import/inboxFolder) and its subfolders for files to import. A file is
/// taken once its size and modification time have stayed the same for the settle time (2 s), so a scan still
/// being written or copied in is not read half-written; each file is taken once (TakenFiles, kept in a JSON
/// file), and again only if it comes back changed. The clerk's files are never moved or deleted.
/// Changes are noticed through QFileSystemWatcher and, as a backup (network shares send no notifications), by
/// listing the folder every poll interval. Listing runs off the GUI thread.
class InboxWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxWatcher)

public:
    static constexpr int kDefaultSettleMs = 2000;
    static constexpr int kDefaultPollMs = 10000;

    explicit InboxWatcher(QObject *parent = nullptr);
    ~InboxWatcher() override; ///< waits for a listing in progress

    /// The JSON file that records taken files; loaded now. Default: inbox-taken.json in the data folder.
    /// Set it before the folder (the main window: next to the database, "<database>.inbox.json").
    void setMemoryFile(const QString &jsonPath);
    /// Starts watching `folder` (empty: stop watching). Files already there are taken after the settle time
    /// unless the record says they were taken before.
    void setFolder(const QString &folder);
    /// setFolder() with QSettings' import/inboxFolder (after the settings dialog changed it).
    void applySettings();
    QString folder() const { return m_folder; }

    void setSettleTime(int ms) { m_settleMs = ms; }
    int settleTime() const { return m_settleMs; }
    void setPollInterval(int ms);
    /// Lists the folder soon (coalesced with other requests).
    void scanSoon();

signals:
    /// Files that finished arriving, sorted by path; each is reported once.
    void filesArrived(const QStringList &paths);
    /// The folder does not exist or cannot be read (reported once until it can be read again).
    void folderProblem(const QString &message);

private:
    struct Pending
    {
        InboxFile file;
        qint64 seenSinceMs = 0; ///< when this size and time were first seen (m_clock)
    };

    void startListing();
    void listed(const InboxListing &listing, const QString &folder);

    QString m_folder;
    int m_settleMs = kDefaultSettleMs;
    TakenFiles m_taken;
    QHash<QString, Pending> m_pending;
    QFileSystemWatcher m_watcher;
    QTimer m_poll; ///< backup listing
    QTimer m_soon; ///< coalesces change notifications
    QTimer m_settle; ///< lists again when the earliest pending file may have settled
    QElapsedTimer m_clock;
    QThreadPool m_lister;
    bool m_listing = false;
    bool m_listAgain = false;
    bool m_problemShown = false;
};

} // namespace vt::gui
