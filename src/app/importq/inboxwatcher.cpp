// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxwatcher.h"

#include "app/settingskeys.h"
#include "store/database.h"

#include <QDir>
#include <QSettings>

#include <memory>

using namespace Qt::StringLiterals;

namespace vt::gui {

InboxWatcher::InboxWatcher(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_lister.setMaxThreadCount(1);
    m_poll.setInterval(kDefaultPollMs);
    m_soon.setSingleShot(true);
    m_soon.setInterval(50);
    m_settle.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &InboxWatcher::scanSoon);
    connect(&m_soon, &QTimer::timeout, this, &InboxWatcher::startListing);
    connect(&m_settle, &QTimer::timeout, this, &InboxWatcher::scanSoon);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &InboxWatcher::scanSoon);
    m_taken.load(QDir(store::Database::dataDir()).filePath(u"inbox-taken.json"_s));
}

InboxWatcher::~InboxWatcher()
{
    m_lister.waitForDone();
}

void InboxWatcher::setMemoryFile(const QString &jsonPath)
{
    m_taken.load(jsonPath);
}

void InboxWatcher::setFolder(const QString &folder)
{
    const QString clean = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    if (clean == m_folder)
        return;
    m_folder = clean;
    m_pending.clear();
    m_problemShown = false;
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    if (m_folder.isEmpty()) {
        m_poll.stop();
        m_settle.stop();
        return;
    }
    m_poll.start();
    scanSoon();
}

void InboxWatcher::applySettings()
{
    setFolder(QSettings().value(QLatin1String(settings::kInboxFolder)).toString());
}

void InboxWatcher::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void InboxWatcher::scanSoon()
{
    if (!m_folder.isEmpty() && !m_soon.isActive())
        m_soon.start();
}

void InboxWatcher::startListing()
{
    if (m_folder.isEmpty())
        return;
    if (m_listing) {
        m_listAgain = true;
        return;
    }
    m_listing = true;
    m_lister.start([this, folder = m_folder] {
        auto listing = std::make_shared<InboxListing>(listInbox(folder));
        QMetaObject::invokeMethod(
            this, [this, listing, folder] { listed(*listing, folder); }, Qt::QueuedConnection);
    });
}

void InboxWatcher::listed(const InboxListing &listing, const QString &folder)
{
    m_listing = false;
    if (folder != m_folder) { // the folder changed while it was listed
        scanSoon();
        return;
    }
    if (!listing.folderExists) {
        if (!m_problemShown) {
            m_problemShown = true;
            emit folderProblem(tr("The inbox folder %1 cannot be found. Check that it exists (and that the network "
                                  "drive is connected), or choose another one in Settings.")
                                   .arg(QDir::toNativeSeparators(folder)));
        }
        return;
    }
    m_problemShown = false;
    QStringList watched = m_watcher.directories();
    for (const QString &dir : listing.folders) {
        if (!watched.contains(dir))
            m_watcher.addPath(dir);
    }

    const qint64 now = m_clock.elapsed();
    QHash<QString, Pending> pending;
    QStringList arrived;
    qint64 nextCheck = -1;
    for (const InboxFile &file : listing.files) {
        if (m_taken.contains(file))
            continue;
        auto it = m_pending.constFind(file.path);
        if (it == m_pending.cend() || !(it->file == file)) {
            pending.insert(file.path, {file, now});
        } else if (now - it->seenSinceMs >= m_settleMs) {
            m_taken.insert(file);
            arrived.append(file.path);
            continue;
        } else {
            pending.insert(file.path, *it);
        }
        const qint64 due = pending.value(file.path).seenSinceMs + m_settleMs - now;
        nextCheck = nextCheck < 0 ? due : std::min(nextCheck, due);
    }
    m_pending = std::move(pending);
    const qsizetype before = m_taken.size();
    m_taken.prune(folder, listing.files);
    if (!arrived.isEmpty() || m_taken.size() != before)
        m_taken.save();
    if (nextCheck >= 0)
        m_settle.start(int(std::max<qint64>(nextCheck, 1)));
    if (std::exchange(m_listAgain, false))
        scanSoon();
    if (!arrived.isEmpty())
        emit filesArrived(arrived);
}

} // namespace vt::gui
