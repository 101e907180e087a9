// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

#include "core/dispatch.h"

// Internal to the store: how a Dispatch maps to a row of the dispatch table.
namespace vt::store::rows {

/// "d.id, d.direction, …": the dispatch columns readRow() expects, for a table aliased as `d`.
const QByteArray &selectColumns();

/// Reads the columns of selectColumns(), starting at `first`. Leaves fullText and citations empty.
Dispatch readRow(const sql::Statement &stmt, int first = 0);

/// Folded keys stored beside the text so that filters match what people type.
QString referenceKey(const QString &reference);
QString issuerKey(const QString &issuer);
QString typeKey(const QString &type);

QString nowUtc();
QString timeText(const QDateTime &t);
QDateTime parseTime(const QString &text);

} // namespace vt::store::rows
