// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "maintenance.h"

#include "attachmentstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

Result<void> copyAttachments(const QString &from, const QString &to)
{
    if (!QFileInfo::exists(from))
        return {};
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return fail(Error::Io, u"Cannot create %1 for the backup."_s.arg(QFileInfo(target).absolutePath()));
        if (!QFileInfo::exists(target) && !QFile::copy(source, target))
            return fail(Error::Io, u"Cannot copy %1 to %2."_s.arg(source, target));
    }
    return {};
}

/// Collects every row of a one-column query as problem lines, skipping the value `ok`.
Result<void> collectProblems(
    sql::Connection &db, const char *sql, const QString &label, QStringList &problems, const QString &ok = {})
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (;;) {
        auto row = stmt->step();
        if (!row) {
            problems.append(u"%1: %2"_s.arg(label, row.error().detail));
            return {};
        }
        if (!*row)
            break;
        const QString value = stmt->text(0);
        if (value != ok)
            problems.append(u"%1: %2"_s.arg(label, value));
    }
    return {};
}

} // namespace

Result<void> backup(Database &db, const QString &destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return fail(
            Error::InvalidArgument, u"%1 already exists; choose a new file name for the backup."_s.arg(destination));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(Error::Io, u"Cannot create the folder %1 for the backup."_s.arg(target.absolutePath()));

    auto out = sql::Connection::open(target.absoluteFilePath());
    if (!out)
        return tl::unexpected(out.error());
    sqlite3_backup *job = sqlite3_backup_init(out->handle(), "main", db.connection().handle(), "main");
    if (!job)
        return tl::unexpected(out->error(u"starting the backup"_s));
    int rc = SQLITE_OK;
    // Copy in steps so a long backup lets writers in between.
    do {
        rc = sqlite3_backup_step(job, 1024);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(job);
    if (rc != SQLITE_DONE) {
        Error e = out->error(u"writing the backup"_s);
        *out = sql::Connection();
        QFile::remove(target.absoluteFilePath());
        return tl::unexpected(e);
    }
    *out = sql::Connection();

    const QString attachmentsTo = target.absolutePath() + u'/' + target.completeBaseName() + u".attachments"_s;
    return copyAttachments(db.attachmentsDir(), attachmentsTo);
}

Result<CheckReport> check(Database &db)
{
    CheckReport report;
    sql::Connection &conn = db.connection();
    if (auto r = collectProblems(conn, "PRAGMA integrity_check", u"integrity"_s, report.problems, u"ok"_s); !r)
        return tl::unexpected(r.error());
    if (auto r = collectProblems(conn,
            "SELECT \"table\" || ' row ' || rowid || ' -> ' || parent "
            "FROM pragma_foreign_key_check",
            u"foreign key"_s, report.problems);
        !r)
        return tl::unexpected(r.error());
    // The search index checks itself against the records; it fails with SQLITE_CORRUPT_VTAB when they differ.
    if (auto r = conn.exec("INSERT INTO dispatch_fts (dispatch_fts, rank) VALUES ('integrity-check', 1)"); !r)
        report.problems.append(
            u"search index: %1 (rebuild it with `vanthu-cli check --rebuild-index`)"_s.arg(r.error().detail));
    // Every series must hold exactly the numbers 1..last_number, counting those of purged records.
    if (auto r = collectProblems(conn,
            "SELECT s.direction || ' ' || s.year || ' ' || s.series || ': numbers 1..' || "
            "s.last_number || ' expected, ' || count(u.n) || ' found (' || "
            "count(DISTINCT u.n) || ' distinct, max ' || coalesce(max(u.n), 0) || ')' "
            "FROM number_series s LEFT JOIN ("
            "  SELECT direction, register_year AS year, series, arrival_number AS n FROM dispatch "
            "  UNION ALL SELECT direction, year, series, number FROM purged_number) u "
            "ON u.direction = s.direction AND u.year = s.year AND u.series = s.series "
            "GROUP BY s.direction, s.year, s.series "
            "HAVING count(u.n) <> s.last_number OR count(DISTINCT u.n) <> s.last_number "
            "OR coalesce(max(u.n), 0) <> s.last_number",
            u"numbering"_s, report.problems);
        !r)
        return tl::unexpected(r.error());

    auto counts = conn.prepare("SELECT (SELECT count(*) FROM dispatch), (SELECT count(*) FROM attachment)");
    if (!counts)
        return tl::unexpected(counts.error());
    if (auto r = counts->step(); !r)
        return tl::unexpected(r.error());
    report.records = counts->int64(0);
    report.attachments = counts->int64(1);

    const AttachmentStore files(db.attachmentsDir());
    auto stmt = conn.prepare("SELECT DISTINCT sha256 FROM attachment ORDER BY sha256");
    if (!stmt)
        return tl::unexpected(stmt.error());
    if (auto r = stmt->forEachRow([&] {
            if (auto r = files.verify(stmt->text(0)); !r)
                report.problems.append(u"attachment: %1"_s.arg(r.error().message));
        });
        !r)
        return tl::unexpected(r.error());
    return report;
}

} // namespace vt::store

namespace vt::store {
Result<void> rebuildSearchIndex(Database &db)
{
    return db.connection().exec("INSERT INTO dispatch_fts (dispatch_fts) VALUES ('rebuild')");
}
} // namespace vt::store
