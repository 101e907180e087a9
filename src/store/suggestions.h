// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include "core/dispatch.h"

#include <QStringList>

namespace vt::store {

/// What a form field completes from. Addressees and recipients share one list (both name agencies), as do
/// the lead unit and the cooperating units.
enum class SuggestionKind { Issuer, IssuerParent, Recipient, Unit, Person };

/// The names already used in the register, for autocompletion: a small table (one row per distinct name and
/// kind, with the number of live records using it) that DispatchStore keeps in step on every write, so a
/// lookup costs an index range read whatever the size of the register. Cheap to construct; not thread-safe.
class Suggestions
{
public:
    explicit Suggestions(Database &db) : m_db(db) {}

    /// Names of `kind` matching what was typed, most used first, at most `limit`. Matching ignores case and
    /// diacritics ("so ngoai" finds "Sở Ngoại vụ"): names starting with the text come first, then names with
    /// a word starting with it ("ngoai vu" finds "Sở Ngoại vụ"). Spellings that differ only in case or
    /// diacritics are offered once, in their most used form. Empty text: the most used names.
    Result<QStringList> complete(SuggestionKind kind, const QString &typed, int limit = 12);

private:
    Database &m_db;
};

/// Internal to the store: adds (delta +1) or removes (-1) the names a live record uses, inside the caller's
/// transaction.
Result<void> countSuggestions(sql::Connection &db, const Dispatch &d, int delta);

/// Internal to the store (migration 4): fills the table from the live records.
Result<void> fillSuggestions(sql::Connection &db);

} // namespace vt::store
