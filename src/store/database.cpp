// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "ftsrank.h"
#include "ftstokenizer.h"
#include "schema.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

Result<QString> pragmaText(sql::Connection &db, const char *sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return *row ? stmt->text(0) : QString();
}

Result<void> configure(sql::Connection &db, const OpenOptions &options)
{
    sqlite3_busy_timeout(db.handle(), options.busyTimeoutMs);
    if (auto r = registerTokenizer(db.handle()); !r)
        return r;
    if (auto r = registerRankFunction(db.handle()); !r)
        return r;
    if (auto r = db.exec("PRAGMA foreign_keys = ON"); !r)
        return r;
    auto fk = pragmaText(db, "PRAGMA foreign_keys");
    if (!fk)
        return tl::unexpected(fk.error());
    if (*fk != u"1")
        return fail(Error::Database, u"This SQLite library cannot enforce foreign keys."_s);
    if (options.readOnly)
        return {};

    // Only takes effect on a new, empty file. 16 KB pages hold several ~2 KB document texts each; at SQLite's
    // default 4 KB, one text fits per page and a third of the text table is left empty (measured).
    if (auto r = db.exec("PRAGMA page_size = 16384"); !r)
        return r;

    // WAL lets readers (the GUI, searches) run while one writer registers. journal_mode answers with the mode
    // actually in force, which is not WAL on some file systems (network shares): refuse rather than run
    // with a silent difference in locking.
    auto mode = pragmaText(db, "PRAGMA journal_mode = WAL");
    if (!mode)
        return tl::unexpected(mode.error());
    if (mode->compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return fail(Error::Database,
                    u"The database could not be switched to WAL mode (got \"%1\"); keep it on a local disk."_s.arg(
                        *mode));
    }
    if (auto r = db.exec(options.fullSync ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL"); !r)
        return r;
    return {};
}

} // namespace

Result<Database> Database::open(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    if (!options.readOnly && !info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(Error::Io, u"Cannot create the folder %1 for the database; check its permissions."_s.arg(
                                   info.absolutePath()));
    if (options.readOnly && !info.exists())
        return fail(Error::NotFound, u"There is no database at %1; create one with `vanthu-cli init`."_s.arg(path));

    auto conn = sql::Connection::open(info.absoluteFilePath(), options.readOnly);
    if (!conn)
        return tl::unexpected(conn.error());
    // Refuse a file from a newer Văn Thư before configure() changes anything in it (WAL rewrites the header).
    auto version = schemaVersion(*conn);
    if (!version)
        return tl::unexpected(version.error());
    if (*version > kSchemaVersion) {
        return fail(Error::SchemaTooNew,
                    u"This database was written by a newer Văn Thư (schema %1, this version reads up to %2). "
                    "Update Văn Thư to open it."_s.arg(*version).arg(kSchemaVersion));
    }
    if (auto r = configure(*conn, options); !r)
        return tl::unexpected(r.error());
    if (!options.readOnly) {
        if (auto r = migrate(*conn); !r)
            return tl::unexpected(r.error());
    } else {
        auto version = schemaVersion(*conn);
        if (!version)
            return tl::unexpected(version.error());
        if (*version != kSchemaVersion)
            return fail(Error::SchemaTooNew, u"The database at %1 has schema %2; open it writable once to upgrade."_s
                                                 .arg(path).arg(*version));
    }
    return Database(std::move(*conn), info.absoluteFilePath());
}

QString Database::dataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share"_s;
    return dir + u"/vanthu"_s;
}

QString Database::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("VANTHU_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return dataDir() + u"/vanthu.sqlite"_s;
}

QString Database::attachmentsDir() const
{
    const QFileInfo info(m_path);
    return info.absolutePath() + u'/' + info.completeBaseName() + u".attachments"_s;
}

} // namespace vt::store
