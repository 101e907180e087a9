// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

struct sqlite3;

namespace vt::store {

/// Registers the FTS5 ranking function `vtrank(fts, w1, w2, …)`: the sum, over the query's words, of the word's
/// inverse document frequency times the weight of each column the word occurs in. Lower is better (negated),
/// as with bm25, so `ORDER BY vtrank(…)` puts the best first.
///
/// Why not bm25: the index is built with `detail=column` (no word positions), which halves its size; bm25 needs
/// per-word occurrence counts, and FTS5 can give those without positions only by re-tokenizing each matching
/// document, which measured 60× slower. Which columns a word occurs in comes straight from the index.
Result<void> registerRankFunction(sqlite3 *db);

} // namespace vt::store
