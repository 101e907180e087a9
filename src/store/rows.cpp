// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows.h"

#include "core/dispatchfields.h"
#include "core/vietnamese.h"

using namespace Qt::StringLiterals;

namespace vt::store::rows {

const QByteArray &selectColumns()
{
    static const QByteArray columns = []() -> QByteArray {
        QByteArray s = "d.id, d.direction, d.arrival_number, d.arrival_date";
        for (const DispatchField &f : dispatchFields())
            s += ", d." + QByteArray(f.name);
        s += ", d.created_at, d.updated_at, d.deleted_at";
        return s;
    }();
    return columns;
}

Dispatch readRow(const sql::Statement &stmt, int first)
{
    Dispatch d;
    int c = first;
    d.id = stmt.int64(c++);
    d.direction = parseDirection(stmt.text(c++)).value_or(Direction::Incoming);
    d.arrivalNumber = stmt.integer(c++);
    d.arrivalDate = QDate::fromString(stmt.text(c++), Qt::ISODate);
    for (const DispatchField &f : dispatchFields())
        f.set(d, stmt.text(c++));
    d.createdAt = parseTime(stmt.text(c++));
    d.updatedAt = parseTime(stmt.text(c++));
    d.deletedAt = parseTime(stmt.text(c++));
    return d;
}

QString referenceKey(const QString &reference)
{
    QString key = text::foldForSearch(reference);
    key.remove(u' ');
    return key;
}

QString issuerKey(const QString &issuer) { return text::foldForSearch(issuer).simplified(); }
QString typeKey(const QString &type) { return text::foldForSearch(type).simplified(); }

QString nowUtc() { return timeText(QDateTime::currentDateTimeUtc()); }

QString timeText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime parseTime(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace vt::store::rows
