// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

struct sqlite3;
struct fts5_api;

namespace vt::store {

/// Registers the FTS5 tokenizer "vt" on a connection. Every connection that reads or writes the search
/// index must call this first (Database::open does), because the index cannot be used without it.
///
/// Documents: each letter-or-digit run becomes its folded form ("đối" → "doi"), and, when that loses
/// diacritics, also the exact form at the same position ("đối"; lower case, canonical tone placement) as an
/// FTS5 colocated token. A folded query term therefore matches every accented spelling, an accented one
/// only that spelling, and both tone placements ("hòa"/"hoà") index the same way. FTS5's own
/// `unicode61 remove_diacritics` cannot do this: it keeps đ apart from d.
///
/// Queries: terms are passed through lower-cased and unchanged; the query builder (search.cpp) has already
/// chosen the folded or exact key for each term.
Result<void> registerTokenizer(sqlite3 *db);

/// The connection's FTS5 extension API, or null when SQLite was built without FTS5.
fts5_api *fts5Api(sqlite3 *db);

} // namespace vt::store
