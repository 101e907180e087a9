// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <sqlite3.h>

#include <type_traits>
#include <utility>

/// A thin RAII layer over the SQLite C API. Only the store uses it; nothing outside src/store sees SQL.
/// We use the C API rather than QtSql because the store needs the backup API, an FTS5 tokenizer,
/// `RETURNING`, and per-statement control over busy handling that QtSql does not expose.
namespace vt::store::sql {

class Statement;

/// One SQLite connection. Not thread-safe: one per thread (the GUI, the writer, each loader).
class Connection
{
public:
    Connection() = default;
    ~Connection();
    Connection(Connection &&other) noexcept
        : m_db(std::exchange(other.m_db, nullptr)), m_cache(std::exchange(other.m_cache, {}))
    {
    }
    Connection &operator=(Connection &&other) noexcept;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    static Result<Connection> open(const QString &path, bool readOnly = false);

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }

    /// Runs one or more statements without results.
    Result<void> exec(const char *sql);
    Result<Statement> prepare(const char *sql);
    /// Like prepare(), but keeps the compiled statement for the next call with the same SQL text (the
    /// statement is reset, not finalized, when the returned object goes). For statements run once per record:
    /// compiling them again each time was a fifth of the time spent loading an archive.
    Result<Statement> prepareCached(const char *sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    QString path() const;

    /// An Error carrying SQLite's current message for `what`.
    Error error(const QString &what) const;

private:
    explicit Connection(sqlite3 *db) : m_db(db) {}
    void close();
    sqlite3 *m_db = nullptr;
    QHash<QByteArray, sqlite3_stmt *> m_cache;
};

/// A prepared statement. Bind indexes are 1-based, column indexes 0-based, as in SQLite.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement &&other) noexcept
        : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(std::exchange(other.m_db, nullptr)),
          m_cached(other.m_cached)
    {
    }
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    /// A null QString binds NULL; an empty one binds ''.
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &utf8);
    Statement &bindNull(int index);
    Statement &bindText(int index, const QString &value)
    {
        return bind(index, value.isNull() ? QStringLiteral("") : value);
    }

    /// Steps once. true: a row is ready; false: done. Errors (including SQLITE_BUSY) are returned.
    Result<bool> step();
    /// Steps to completion, ignoring rows.
    Result<void> run();
    /// Steps through every row, calling `onRow()` with the statement positioned on it; an `onRow` that returns
    /// bool stops the walk by returning false.
    template <typename F> Result<void> forEachRow(F &&onRow)
    {
        for (;;) {
            auto r = step();
            if (!r)
                return tl::unexpected(r.error());
            if (!*r)
                return {};
            if constexpr (std::is_same_v<std::invoke_result_t<F>, bool>) {
                if (!onRow())
                    return {};
            } else {
                onRow();
            }
        }
    }
    void reset();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Connection;
    Statement(sqlite3_stmt *stmt, sqlite3 *db, bool cached = false) : m_stmt(stmt), m_db(db), m_cached(cached) {}
    void release();
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    bool m_cached = false; ///< owned by the connection's cache: reset rather than finalize
};

/// RAII transaction. `BEGIN IMMEDIATE` takes the write lock up front, so two writers queue on the busy
/// timeout instead of one of them failing at commit. Rolls back unless commit() succeeded.
class Transaction
{
public:
    enum Mode { Deferred, Immediate };
    static Result<Transaction> begin(Connection &db, Mode mode = Immediate);
    Transaction(Transaction &&other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
    Transaction &operator=(Transaction &&) = delete;
    ~Transaction();
    Result<void> commit();

private:
    explicit Transaction(Connection *db) : m_db(db) {}
    Connection *m_db = nullptr;
};

} // namespace vt::store::sql
