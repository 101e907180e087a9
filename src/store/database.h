// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

#include <QString>

namespace vt::store {

struct OpenOptions
{
    bool readOnly = false;
    /// How long a writer waits for another process's transaction before giving up with Error::Busy.
    int busyTimeoutMs = 15000;
    /// FULL makes every registration durable across a power cut, which a legal register wants; a bulk
    /// load may lower it to NORMAL (still safe against a crash of the process, with WAL).
    bool fullSync = true;
};

/// An open register database: one SQLite connection, configured (WAL, foreign keys, busy timeout) and
/// migrated to the current schema. Not thread-safe; open one per thread. The attachments of a database
/// live in a folder beside it ("<name>.attachments"), so a copied pair of file and folder stays whole.
class Database
{
public:
    static Result<Database> open(const QString &path, const OpenOptions &options = {});

    /// The database the app and the CLI share by default: $VANTHU_DB if set, else vanthu.sqlite in the
    /// user's data folder (~/.local/share/vanthu on Linux).
    static QString defaultPath();
    static QString dataDir();

    sql::Connection &connection() { return m_conn; }
    const QString &path() const { return m_path; }
    QString attachmentsDir() const;

private:
    Database(sql::Connection conn, QString path) : m_conn(std::move(conn)), m_path(std::move(path)) {}
    sql::Connection m_conn;
    QString m_path;
};

} // namespace vt::store
