// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include "core/dispatch.h"

#include <QList>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

namespace vt::store {

/// Field filters, shared by listing and full-text search. Empty members do not filter.
struct Filter
{
    std::optional<Direction> direction;
    QDate issuedFrom, issuedTo;    ///< inclusive
    QDate arrivalFrom, arrivalTo;  ///< inclusive
    QString issuer;                ///< matches issuers starting with it, typed with or without diacritics
    QString type;                  ///< loại văn bản, with or without diacritics ("ke hoach" = "Kế hoạch")
    QString referencePrefix;       ///< "2668/VP", with or without diacritics, spaces ignored
    std::optional<Status> status;
    std::optional<Urgency> urgency;
    std::optional<Confidentiality> confidentiality;
    QDate overdueOn;               ///< due before this day (today, for the overdue list) and not done
    bool trash = false;            ///< list the trash instead of the registers

    friend bool operator==(const Filter &, const Filter &) = default;
};

enum class SortKey { Relevance, ArrivalDate, ArrivalNumber, IssuedDate, Reference, Issuer, Type, DueDate };

struct SearchQuery
{
    /// What the user typed. Searched as plain words whatever it contains (quotes, *, -, OR, NEAR, brackets,
    /// SQL): every word must occur. A word typed without diacritics matches every accented form; a word
    /// typed with diacritics matches that spelling (either tone placement), and such exact matches come
    /// before records that match only once diacritics are ignored. Empty: list by the filters alone.
    QString text;
    Filter filter;
    SortKey sort = SortKey::Relevance;  ///< Relevance falls back to ArrivalDate when there is no text
    bool descending = true;
    /// Treat the last word as a prefix ("ke hoa" finds "kế hoạch"): for search-as-you-type.
    bool prefixLastWord = false;
    int limit = 50;
    int offset = 0;
};

struct SearchHit
{
    Dispatch dispatch;   ///< without fullText and citations
    double score = 0;    ///< bm25, lower is better; 0 when not ranked
    bool exact = true;   ///< false for hits that match only with diacritics ignored
    QString snippet;     ///< a short excerpt of the text around the first match
    QList<std::pair<int, int>> highlights; ///< (start, length) of the matched words in snippet
};

struct SearchResults
{
    QList<SearchHit> hits;
};

/// Runs searches and listings on one connection. Cheap to construct; not thread-safe.
class Searcher
{
public:
    explicit Searcher(Database &db) : m_db(db) {}
    Result<SearchResults> search(const SearchQuery &query);
    /// Streams every matching record (limit and offset ignored; no snippets) in the query's order, for
    /// export; `sink` returns false to stop. Memory stays flat however many records match.
    Result<void> forEach(const SearchQuery &query, const std::function<bool(const SearchHit &)> &sink);
    /// How many live records match the filters and text (for result counts and paging).
    Result<qint64> count(const SearchQuery &query);

    /// The ids of every matching record in the order search() and forEach() return them (limit and offset
    /// ignored): what a table over the whole result needs to know its row count and scroll. With text and
    /// Relevance, exact spellings come first as in search(). A million ids take 8 MB.
    Result<std::vector<qint64>> ids(const SearchQuery &query);
    /// As ids(), but gives up as soon as `cancelled` returns true (polled from this thread every few thousand
    /// steps of the query), returning Error::Database with an "interrupted" detail: for a loader that a newer
    /// query makes useless while it runs.
    Result<std::vector<qint64>> ids(const SearchQuery &query, const std::function<bool()> &cancelled);
    /// The records with these ids (trashed ones too), without full text, citations or snippets, in the
    /// order of `ids`; ids that do not exist are left out. For filling a page of such a table.
    Result<QList<SearchHit>> fetch(const QList<qint64> &ids);
    /// Record `id` as search() would return it for `text`: whether it matches the words as typed (exact),
    /// and the snippet with the matched words marked. Empty text: no snippet. For a detail view of one
    /// record of a result list loaded through ids(). Error::NotFound when there is no such record.
    Result<SearchHit> hitFor(qint64 id, const QString &text, bool prefixLastWord = false);

private:
    Database &m_db;
};

} // namespace vt::store
