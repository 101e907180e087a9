// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QStringList>

namespace vt::store {

/// Copies the open database to `destination` with SQLite's online backup API (other programs may keep
/// reading and writing meanwhile), then copies the attachments folder beside it. An existing file at
/// `destination` is refused rather than overwritten.
Result<void> backup(Database &db, const QString &destination);

struct CheckReport
{
    QStringList problems;     ///< one line each; empty when everything is sound
    qint64 records = 0;
    qint64 attachments = 0;
    bool ok() const { return problems.isEmpty(); }
};

/// PRAGMA integrity_check and foreign_key_check, the search index's own integrity check, gaps or repeats in
/// the number series, and every attachment's checksum.
Result<CheckReport> check(Database &db);

} // namespace vt::store

namespace vt::store {
/// Rebuilds the full-text index from the records (after `check` reported it out of step).
Result<void> rebuildSearchIndex(Database &db);
} // namespace vt::store
