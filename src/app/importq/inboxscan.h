// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

/// The inbox folder's listing and the record of files already taken from it: plain values and functions, so
/// listing can run off the GUI thread and the record can be tested alone.
namespace vt::gui {

struct InboxFile
{
    QString path; ///< absolute
    qint64 size = 0;
    qint64 modifiedMs = 0; ///< last modification, ms since the epoch (UTC)

    bool operator==(const InboxFile &) const = default;
};

struct InboxListing
{
    bool folderExists = false;
    QList<InboxFile> files; ///< importable files (isImportableName), not ignored (isIgnoredName), recursively
    QStringList folders; ///< the folder and its subfolders, to watch
};

/// Lists `folder` (blocking; a few ms locally, longer on a network share).
InboxListing listInbox(const QString &folder);

/// Files already taken from the inbox, by path with the size and modification time they had, kept in a small
/// JSON file so that a restart does not import them again. A file that comes back changed (another size or
/// time) is not "taken" any more.
class TakenFiles
{
public:
    /// Reads `jsonPath` if it exists; an unreadable file is logged and the record starts empty. An empty path
    /// keeps the record in memory only.
    void load(const QString &jsonPath);
    /// Writes the record (atomically); false when it could not be written (logged).
    bool save() const;

    bool contains(const InboxFile &file) const;
    void insert(const InboxFile &file);
    /// Forgets files under `folder` that are not in `present` (moved away or deleted by the clerk).
    void prune(const QString &folder, const QList<InboxFile> &present);
    qsizetype size() const { return m_files.size(); }

private:
    QString m_jsonPath;
    QHash<QString, InboxFile> m_files;
};

} // namespace vt::gui
