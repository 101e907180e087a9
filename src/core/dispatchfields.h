// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dispatch.h"
#include "result.h"

#include <QJsonObject>

#include <span>

namespace vt {

/// The fields of a Dispatch that people and programs edit, by their English names: the JSON keys of
/// `vanthu-cli add/show/export/extract`, the database columns, and the audit log's field names.
/// One table, so the names cannot drift apart between those places.
struct DispatchField
{
    enum Kind { Text, Date, List, Integer, Enum };
    const char *name;
    Kind kind;
    /// Canonical text: ISO date (or null), JSON array text for lists, code for enums, decimal integer.
    QString (*get)(const Dispatch &);
    /// Parses the canonical text (and, for enums and dates, the lenient forms); false when invalid.
    bool (*set)(Dispatch &, const QString &);
    /// The items of a List field (null for the other kinds), for callers that show or export them one by one.
    QStringList (*items)(const Dispatch &) = nullptr;
};

std::span<const DispatchField> dispatchFields();
const DispatchField *findDispatchField(QStringView name);

/// Dates as people type them: ISO "2024-08-29", "29/8/2024", "29-08-2024", "29.8.2024". Null if invalid.
QDate parseDate(QStringView text);

/// The JSON form used by the CLI (the English field names above, plus id, direction, arrival_number,
/// arrival_date, full_text, citations[{reference,date,issuer,type}], created_at, updated_at, deleted_at).
QJsonObject toJson(const Dispatch &d, bool withFullText = true);

/// Reads a Dispatch from JSON. Unknown keys and invalid values are errors naming the key, so a typo is not
/// silently dropped. Lists may be given as arrays or as one string with items separated by ';' or newlines.
Result<Dispatch> fromJson(const QJsonObject &object);

} // namespace vt
