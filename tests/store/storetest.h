// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the store tests: real SQLite files in temporary folders, raw access behind the store's
// back, and one realistic record to start from.

#include "core/dispatch.h"
#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QVariant>

#include <sqlite3.h>

namespace vt::test {

using namespace Qt::StringLiterals;

/// "<message> | <detail>" of a failed Result, for QVERIFY2; empty when it succeeded.
template<typename T>
QByteArray why(const Result<T> &r)
{
    return r ? QByteArray("ok") : QString(r.error().message + u" | "_s + r.error().detail).toUtf8();
}

#define VT_VERIFY_OK(expr)                                                                                          \
    do {                                                                                                            \
        const auto &vt_result = (expr);                                                                             \
        QVERIFY2(vt_result.has_value(), ::vt::test::why(vt_result).constData());                                    \
    } while (false)

/// A connection of our own, with no tokenizer and foreign keys off: what another program (or a careless
/// administrator with the sqlite3 shell) would have.
class RawDb
{
public:
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr)
            != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        if (m_db)
            sqlite3_busy_timeout(m_db, 10000);
    }
    ~RawDb()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    /// Runs statements; returns SQLite's error message, empty on success.
    QString exec(const QString &sql)
    {
        if (!m_db)
            return u"not open"_s;
        char *msg = nullptr;
        const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &msg);
        QString error = rc == SQLITE_OK ? QString() : QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
        if (error.isEmpty() && rc != SQLITE_OK)
            error = u"error %1"_s.arg(rc);
        sqlite3_free(msg);
        return error;
    }

    /// The first column of every row of a query, as variants (null for SQL NULL); empty on error.
    QVariantList column(const QString &sql)
    {
        QVariantList out;
        sqlite3_stmt *stmt = nullptr;
        if (!m_db || sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return out;
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            switch (sqlite3_column_type(stmt, 0)) {
            case SQLITE_INTEGER: out.append(QVariant(qint64(sqlite3_column_int64(stmt, 0)))); break;
            case SQLITE_NULL: out.append(QVariant()); break;
            default:
                out.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)),
                                             sqlite3_column_bytes(stmt, 0)));
                break;
            }
        }
        sqlite3_finalize(stmt);
        return out;
    }

    qint64 integer(const QString &sql)
    {
        const QVariantList values = column(sql);
        return values.isEmpty() ? -1 : values.first().toLongLong();
    }

    QString text(const QString &sql)
    {
        const QVariantList values = column(sql);
        return values.isEmpty() ? QString() : values.first().toString();
    }

private:
    sqlite3 *m_db = nullptr;
};

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

/// A plausible incoming công văn; callers change what their test is about.
inline Dispatch sampleDispatch(const QString &reference = u"2668/VP-VHXH"_s)
{
    Dispatch d;
    d.direction = Direction::Incoming;
    d.arrivalDate = QDate(2024, 8, 30);
    d.issuer = u"Văn phòng UBND tỉnh"_s;
    d.issuerParent = u"UBND tỉnh Hòa Bình"_s;
    d.reference = reference;
    d.number = reference.section(u'/', 0, 0);
    d.notation = reference.section(u'/', 1);
    d.place = u"Hòa Bình"_s;
    d.issuedDate = QDate(2024, 8, 29);
    d.type = u"Công văn"_s;
    d.summary = u"V/v tham mưu tổ chức hoạt động đối ngoại năm 2024"_s;
    d.addressees = {u"Sở Ngoại vụ"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s};
    d.recipients = {u"Như trên"_s, u"Lưu: VT, VHXH"_s};
    d.signer = u"Nguyễn Văn An"_s;
    d.signerTitle = u"Phó Chánh Văn phòng"_s;
    d.signingAuthority = SigningAuthority::Deputy;
    d.fullText = u"Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh đề nghị Sở Ngoại vụ chủ trì, "
                 "phối hợp với các cơ quan liên quan tham mưu kế hoạch hoạt động đối ngoại năm 2024."_s;
    return d;
}

} // namespace vt::test
