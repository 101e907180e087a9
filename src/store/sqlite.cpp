// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

using namespace Qt::StringLiterals;

namespace vt::store::sql {
namespace {

Error::Code codeFor(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Corrupt;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
        return Error::Io;
    default:
        return Error::Database;
    }
}

Error makeError(sqlite3 *db, int rc, const QString &what)
{
    const QString detail = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    const Error::Code code = codeFor(rc);
    QString message;
    switch (code) {
    case Error::Busy:
        message = u"The database is locked by another program; try again in a moment (%1)."_s.arg(what);
        break;
    case Error::Corrupt:
        message = u"The database file is damaged or is not a Văn Thư database (%1): %2. "
                  "Restore it from a backup."_s.arg(what, detail);
        break;
    case Error::Io:
        message = u"Cannot read or write the database file (%1): %2. Check the disk and its permissions."_s.arg(
            what, detail);
        break;
    default:
        message = u"Database error while %1: %2"_s.arg(what, detail);
        break;
    }
    return Error{code, message, u"sqlite rc=%1: %2"_s.arg(rc).arg(detail)};
}

} // namespace

Connection::~Connection()
{
    close();
}

void Connection::close()
{
    for (sqlite3_stmt *stmt : std::as_const(m_cache))
        sqlite3_finalize(stmt);
    m_cache.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Connection &Connection::operator=(Connection &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_cache = std::exchange(other.m_cache, {});
    }
    return *this;
}

Result<Connection> Connection::open(const QString &path, bool readOnly)
{
    sqlite3 *db = nullptr;
    const int flags
        = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = makeError(db, rc, u"opening %1"_s.arg(path));
        sqlite3_close_v2(db);
        return tl::unexpected(e);
    }
    sqlite3_extended_result_codes(db, 1);
    return Connection(db);
}

Result<void> Connection::exec(const char *sql)
{
    char *msg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &msg);
    sqlite3_free(msg);
    if (rc != SQLITE_OK)
        return tl::unexpected(makeError(m_db, rc, QString::fromUtf8(sql).left(60)));
    return {};
}

Result<Statement> Connection::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return tl::unexpected(makeError(m_db, rc, u"preparing: %1"_s.arg(QString::fromUtf8(sql).left(60))));
    return Statement(stmt, m_db);
}

Result<Statement> Connection::prepareCached(const char *sql)
{
    const QByteArray key(sql);
    sqlite3_stmt *stmt = m_cache.value(key);
    // A statement still running (a caller iterating it while preparing the same SQL again) is not shared.
    if (stmt && sqlite3_stmt_busy(stmt))
        return prepare(sql);
    if (!stmt) {
        auto fresh = prepare(sql);
        if (!fresh)
            return fresh;
        stmt = std::exchange(fresh->m_stmt, nullptr);
        m_cache.insert(key, stmt);
    }
    return Statement(stmt, m_db, true);
}

qint64 Connection::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Connection::changes() const
{
    return sqlite3_changes(m_db);
}
QString Connection::path() const
{
    return QString::fromUtf8(sqlite3_db_filename(m_db, "main"));
}
Error Connection::error(const QString &what) const
{
    return makeError(m_db, sqlite3_errcode(m_db), what);
}

Statement::~Statement()
{
    release();
}

void Statement::release()
{
    if (!m_stmt)
        return;
    if (m_cached) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        release();
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = std::exchange(other.m_db, nullptr);
        m_cached = other.m_cached;
    }
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const char *sql = sqlite3_sql(m_stmt);
    Error e = makeError(m_db, rc, QString::fromUtf8(sql ? sql : "").simplified().left(60));
    sqlite3_reset(m_stmt);
    return tl::unexpected(e);
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return tl::unexpected(r.error());
        if (!*r)
            break;
    }
    sqlite3_reset(m_stmt);
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Result<Transaction> Transaction::begin(Connection &db, Mode mode)
{
    auto r = db.exec(mode == Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!r)
        return tl::unexpected(r.error());
    return Transaction(&db);
}

Transaction::~Transaction()
{
    if (m_db)
        m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    auto r = m_db->exec("COMMIT");
    if (r)
        m_db = nullptr;
    return r;
}

} // namespace vt::store::sql
