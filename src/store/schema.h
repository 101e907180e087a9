// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlite.h"

namespace vt::store {

/// The schema version this build writes, recorded in `PRAGMA user_version`.
constexpr int kSchemaVersion = 5;

/// Brings the database to kSchemaVersion: the ordered migration steps from its current version, all in one
/// IMMEDIATE transaction (another process opening the file at the same time waits, then finds it migrated).
/// A file from a newer Văn Thư is refused with Error::SchemaTooNew and left untouched.
Result<void> migrate(sql::Connection &db);

/// PRAGMA user_version.
Result<int> schemaVersion(sql::Connection &db);

} // namespace vt::store
