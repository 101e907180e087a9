// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "search.h"

#include "rows.h"

#include "core/dispatchfields.h"
#include "core/tokenizer.h"
#include "core/vietnamese.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

constexpr int kMaxTerms = 32;
constexpr qsizetype kMaxTermLength = 48; // as the tokenizer indexes them
constexpr qsizetype kSnippetLength = 220;

// Column weights for reference, issuer, summary, other fields, body (see ftsrank.h): a word in the reference
// or summary says more about a record than the same word somewhere in its body.
#define VT_RANK "vtrank(dispatch_fts, 8.0, 4.0, 6.0, 2.0, 1.0)"

struct QueryTerm
{
    QString folded; ///< always set
    QString exact; ///< set when the user typed diacritics in this word
    bool prefix = false;
};

QList<QueryTerm> parseTerms(const QString &input, bool prefixLast)
{
    QList<QueryTerm> terms;
    const QString text = text::nfc(input);
    text::forEachTerm(QStringView(text), [&](qsizetype begin, qsizetype length) {
        if (terms.size() >= kMaxTerms)
            return;
        const QStringView word = QStringView(text).mid(begin, qMin(length, kMaxTermLength));
        QueryTerm t;
        t.folded = text::foldForSearch(word);
        if (text::hasDiacritics(word))
            t.exact = text::exactKey(word);
        terms.append(t);
    });
    // A trailing space means the user has finished the word.
    if (prefixLast && !terms.isEmpty() && !input.isEmpty() && !input.back().isSpace())
        terms.back().prefix = true;
    return terms;
}

bool anyExact(const QList<QueryTerm> &terms)
{
    return std::any_of(terms.begin(), terms.end(), [](const QueryTerm &t) { return !t.exact.isEmpty(); });
}

/// The FTS5 MATCH expression: each word quoted, so nothing the user typed is read as FTS5 syntax (the words
/// hold only letters, digits and marks, never a quote).
QString matchExpression(const QList<QueryTerm> &terms, bool exact)
{
    QStringList parts;
    for (const QueryTerm &t : terms) {
        const QString &key = exact && !t.exact.isEmpty() ? t.exact : t.folded;
        parts.append(u'"' + key + u'"' + (t.prefix ? u"*"_s : QString()));
    }
    return parts.join(u' ');
}

struct Where
{
    QByteArray sql;
    QStringList binds;

    void add(const char *clause, const QString &value = {})
    {
        sql += " AND ";
        sql += clause;
        if (!value.isNull())
            binds.append(value);
    }
};

QString prefixEnd(const QString &prefix)
{
    return prefix + QChar(0xFFFF);
}

Where filterClauses(const Filter &f)
{
    Where w;
    w.sql = f.trash ? "d.deleted_at IS NOT NULL" : "d.deleted_at IS NULL";
    if (f.direction)
        w.add("d.direction = ?", toCode(*f.direction));
    if (f.issuedFrom.isValid())
        w.add("d.issued_date >= ?", f.issuedFrom.toString(Qt::ISODate));
    if (f.issuedTo.isValid())
        w.add("d.issued_date <= ?", f.issuedTo.toString(Qt::ISODate));
    if (f.arrivalFrom.isValid())
        w.add("d.arrival_date >= ?", f.arrivalFrom.toString(Qt::ISODate));
    if (f.arrivalTo.isValid())
        w.add("d.arrival_date <= ?", f.arrivalTo.toString(Qt::ISODate));
    if (!f.issuer.trimmed().isEmpty()) {
        const QString key = rows::issuerKey(f.issuer);
        w.add("d.issuer_key >= ?", key);
        w.add("d.issuer_key < ?", prefixEnd(key));
    }
    if (!f.type.trimmed().isEmpty())
        w.add("d.type_key = ?", rows::typeKey(f.type));
    if (!f.referencePrefix.trimmed().isEmpty()) {
        const QString key = rows::referenceKey(f.referencePrefix);
        w.add("d.reference_key >= ?", key);
        w.add("d.reference_key < ?", prefixEnd(key));
    }
    if (f.status)
        w.add("d.status = ?", toCode(*f.status));
    if (f.urgency)
        w.add("d.urgency = ?", toCode(*f.urgency));
    if (f.confidentiality)
        w.add("d.confidentiality = ?", toCode(*f.confidentiality));
    if (f.overdueOn.isValid()) {
        // Written as dispatch_open_due's own condition, so SQLite can answer from that index alone.
        w.add("d.due_date < ?", f.overdueOn.toString(Qt::ISODate));
        w.add("d.status <> 'done'");
    }
    return w;
}

QByteArray orderBy(SortKey key, bool descending)
{
    const QByteArray dir = descending ? " DESC" : " ASC";
    switch (key) {
    case SortKey::Relevance:
    case SortKey::ArrivalDate:
        return "d.arrival_date" + dir + ", d.arrival_number" + dir;
    case SortKey::ArrivalNumber:
        return "d.register_year" + dir + ", d.arrival_number" + dir;
    case SortKey::IssuedDate:
        return "d.issued_date" + dir + ", d.id" + dir;
    case SortKey::Reference:
        return "d.reference_key" + dir;
    case SortKey::Issuer:
        return "d.issuer_key" + dir + ", d.issued_date" + dir;
    case SortKey::Type:
        return "d.type_key" + dir + ", d.issued_date" + dir;
    case SortKey::DueDate:
        return "d.due_date" + dir;
    }
    return "d.id";
}

/// Runs `SELECT <record columns>, <score> …` and hands each row to `sink` as a hit until it returns false.
Result<void> stream(sql::Connection &db, const QByteArray &sql, const QStringList &binds, bool exact,
    const std::function<bool(const SearchHit &)> &sink)
{
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (int i = 0; i < binds.size(); ++i)
        stmt->bind(i + 1, binds.at(i));
    const int scoreColumn = int(dispatchFields().size()) + 7;
    if (auto r = stmt->forEachRow([&] {
            SearchHit hit;
            hit.dispatch = rows::readRow(*stmt);
            hit.score = stmt->real(scoreColumn);
            hit.exact = exact;
            return sink(hit);
        });
        !r)
        return tl::unexpected(r.error());
    return {};
}

Result<void> collect(
    sql::Connection &db, const QByteArray &sql, const QStringList &binds, bool exact, QList<SearchHit> &out)
{
    return stream(db, sql, binds, exact, [&out](const SearchHit &hit) {
        out.append(hit);
        return true;
    });
}

bool termMatches(const QueryTerm &t, QStringView word, bool ignoreDiacritics)
{
    const bool exact = !t.exact.isEmpty() && !ignoreDiacritics;
    const QString key = exact ? text::exactKey(word) : text::foldForSearch(word);
    const QString &want = exact ? t.exact : t.folded;
    return t.prefix ? key.startsWith(want) : key == want;
}

/// An excerpt around the first matching word, with every matching word marked. Diacritic-insensitive
/// where the user typed none, as the search itself is.
void makeSnippet(SearchHit &hit, const QString &body, const QList<QueryTerm> &terms)
{
    const QString source = body.isEmpty() ? hit.dispatch.summary : body;
    QList<std::pair<qsizetype, qsizetype>> matches;
    text::forEachTerm(QStringView(source), [&](qsizetype begin, qsizetype length) {
        const QStringView word = QStringView(source).mid(begin, length);
        for (const QueryTerm &t : terms) {
            if (termMatches(t, word, !hit.exact)) {
                matches.append({begin, length});
                break;
            }
        }
    });
    qsizetype start = matches.isEmpty() ? 0 : qMax<qsizetype>(0, matches.front().first - 60);
    while (start > 0 && !source.at(start - 1).isSpace())
        --start;
    qsizetype end = qMin(source.size(), start + kSnippetLength);
    while (end < source.size() && !source.at(end).isSpace())
        ++end;
    const QString prefix = start > 0 ? u"…"_s : QString();
    QString snippet = prefix + source.mid(start, end - start) + (end < source.size() ? u"…"_s : QString());
    snippet.replace(u'\n', u' ');
    hit.snippet = snippet;
    for (const auto &[begin, length] : matches) {
        if (begin >= start && begin + length <= end)
            hit.highlights.append({int(begin - start + prefix.size()), int(length)});
    }
}

Result<void> addSnippets(sql::Connection &db, QList<SearchHit> &hits, const QList<QueryTerm> &terms)
{
    if (hits.isEmpty() || terms.isEmpty())
        return {};
    QByteArray ids;
    for (const SearchHit &h : hits)
        ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(h.dispatch.id);
    const QByteArray sql = "SELECT dispatch_id, full_text FROM dispatch_text WHERE dispatch_id IN (" + ids + ")";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    QHash<qint64, QString> bodies;
    if (auto r = stmt->forEachRow([&] { bodies.insert(stmt->int64(0), stmt->text(1)); }); !r)
        return tl::unexpected(r.error());
    for (SearchHit &h : hits)
        makeSnippet(h, bodies.value(h.dispatch.id), terms);
    return {};
}

/// A ranked page of full-text hits. Without field filters, the index alone ranks (trashed records are not in
/// it) and only the page is joined to the records: joining first carried every matching row's columns
/// through the sort, which at a million records cost more than the ranking. With filters the join must come
/// first, so that the page holds only records that pass them. Binds: the MATCH, then the filters', then
/// any in `extra`.
QByteArray rankedSql(
    const QByteArray &filteredFrom, const Where &where, const QByteArray &extra, const QByteArray &page)
{
    if (!where.binds.isEmpty())
        return filteredFrom + extra + " ORDER BY score" + page;
    return "SELECT " + rows::selectColumns()
        + ", r.score FROM (SELECT dispatch_fts.rowid AS id, " VT_RANK " AS score FROM dispatch_fts "
          "WHERE dispatch_fts MATCH ?"
        + extra + " ORDER BY score" + page + ") r JOIN dispatch d ON d.id = r.id ORDER BY r.score";
}

Result<void> collectIds(sql::Connection &db, const QByteArray &sql, const QStringList &binds, std::vector<qint64> &out)
{
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (int i = 0; i < binds.size(); ++i)
        stmt->bind(i + 1, binds.at(i));
    if (auto r = stmt->forEachRow([&] { out.push_back(stmt->int64(0)); }); !r)
        return tl::unexpected(r.error());
    return {};
}

/// Whether a filter can be served by one of the dispatch indexes. Without one, a listing reads the whole
/// table anyway, and a sequential scan followed by a sort is several times faster than walking an index
/// (direction's, or the sort column's) with a random row lookup per record: measured on a million records
/// (0.75 s against 2.5 s warm). A covering index of the register order, (direction, arrival_date,
/// arrival_number) WHERE deleted_at IS NULL, would answer the default listing in 0.14 s; if one is added,
/// this hint must go.
tl::unexpected<Error> trashSearchRefused()
{
    return fail(Error::InvalidArgument,
        u"Full-text search covers the registers, not the trash; list the trash with filters instead."_s);
}

bool hasIndexedFilter(const Filter &f)
{
    return f.issuedFrom.isValid() || f.issuedTo.isValid() || f.arrivalFrom.isValid() || f.arrivalTo.isValid()
        || !f.issuer.trimmed().isEmpty() || !f.type.trimmed().isEmpty() || !f.referencePrefix.trimmed().isEmpty()
        || f.overdueOn.isValid();
}

/// One register, live records, nothing else filtered: what the index dispatch_register lists in order.
bool isWholeRegister(const Filter &f)
{
    return f.direction && !f.trash && !hasIndexedFilter(f) && !f.status && !f.urgency && !f.confidentiality;
}

} // namespace

Result<SearchResults> Searcher::search(const SearchQuery &query)
{
    sql::Connection &db = m_db.connection();
    SearchResults results;
    const Where where = filterClauses(query.filter);
    const int limit = qBound(1, query.limit, 10000);
    const int offset = qMax(0, query.offset);
    const QByteArray page = " LIMIT " + QByteArray::number(limit) + " OFFSET " + QByteArray::number(offset);

    const QList<QueryTerm> terms = parseTerms(query.text, query.prefixLastWord);
    if (terms.isEmpty()) {
        if (!query.text.trimmed().isEmpty())
            return results; // only punctuation or symbols: nothing to look for
        const QByteArray sql = "SELECT " + rows::selectColumns() + ", 0 FROM dispatch d WHERE " + where.sql
            + " ORDER BY " + orderBy(query.sort, query.descending) + page;
        if (auto r = collect(db, sql, where.binds, true, results.hits); !r)
            return tl::unexpected(r.error());
        return results;
    }
    if (query.filter.trash)
        return fail(Error::InvalidArgument,
            u"Full-text search covers the registers, not the trash; list the trash "
            "with filters instead."_s);

    const QString folded = matchExpression(terms, false);
    const QString exact = matchExpression(terms, true);
    const bool typedDiacritics = anyExact(terms);
    const QByteArray from = "SELECT " + rows::selectColumns()
        + ", " VT_RANK " AS score FROM dispatch_fts "
          "JOIN dispatch d ON d.id = dispatch_fts.rowid WHERE dispatch_fts MATCH ? AND "
        + where.sql;

    if (query.sort != SortKey::Relevance) {
        // Sorted by a column: no rank to compute for every match.
        const QByteArray sql = "SELECT " + rows::selectColumns()
            + ", 0 FROM dispatch_fts JOIN dispatch d ON d.id = dispatch_fts.rowid WHERE dispatch_fts MATCH ? AND "
            + where.sql + " ORDER BY " + orderBy(query.sort, query.descending) + page;
        if (auto r = collect(db, sql, QStringList{folded} + where.binds, true, results.hits); !r)
            return tl::unexpected(r.error());
        if (typedDiacritics && !results.hits.isEmpty()) {
            // Mark the hits that match only with diacritics ignored.
            QByteArray ids;
            for (const SearchHit &h : results.hits)
                ids += (ids.isEmpty() ? "" : ",") + QByteArray::number(h.dispatch.id);
            const QByteArray sql2
                = "SELECT rowid FROM dispatch_fts WHERE dispatch_fts MATCH ?1 AND rowid IN (" + ids + ")";
            auto stmt = db.prepare(sql2.constData());
            if (!stmt)
                return tl::unexpected(stmt.error());
            stmt->bind(1, exact);
            QSet<qint64> exactIds;
            if (auto r = stmt->forEachRow([&] { exactIds.insert(stmt->int64(0)); }); !r)
                return tl::unexpected(r.error());
            for (SearchHit &h : results.hits)
                h.exact = exactIds.contains(h.dispatch.id);
        }
    } else if (!typedDiacritics) {
        if (auto r
            = collect(db, rankedSql(from, where, {}, page), QStringList{folded} + where.binds, true, results.hits);
            !r)
            return tl::unexpected(r.error());
    } else {
        // Exact spellings first, then the records that match only once diacritics are ignored. The page is
        // cut from that concatenation: fetch enough exact hits to know where the first part ends.
        const QByteArray firstPage = " LIMIT " + QByteArray::number(offset + limit);
        QList<SearchHit> exactHits;
        if (auto r
            = collect(db, rankedSql(from, where, {}, firstPage), QStringList{exact} + where.binds, true, exactHits);
            !r)
            return tl::unexpected(r.error());
        results.hits = exactHits.mid(offset, limit);
        if (exactHits.size() < offset + limit) {
            // Few exact hits, so the NOT IN set is small.
            const int restOffset = qMax(0, offset - int(exactHits.size()));
            const int restLimit = limit - int(results.hits.size());
            const QByteArray restPage
                = " LIMIT " + QByteArray::number(restLimit) + " OFFSET " + QByteArray::number(restOffset);
            const QByteArray notExact
                = " AND dispatch_fts.rowid NOT IN (SELECT rowid FROM dispatch_fts WHERE dispatch_fts MATCH ?)";
            const QStringList binds = where.binds.isEmpty() ? QStringList{folded, exact}
                                                            : QStringList{folded} + where.binds + QStringList{exact};
            if (auto r = collect(db, rankedSql(from, where, notExact, restPage), binds, false, results.hits); !r)
                return tl::unexpected(r.error());
        }
    }
    if (auto r = addSnippets(db, results.hits, terms); !r)
        return tl::unexpected(r.error());
    return results;
}

Result<void> Searcher::forEach(const SearchQuery &query, const std::function<bool(const SearchHit &)> &sink)
{
    sql::Connection &db = m_db.connection();
    const Where where = filterClauses(query.filter);
    const QList<QueryTerm> terms = parseTerms(query.text, query.prefixLastWord);
    const SortKey sort = terms.isEmpty() && query.sort == SortKey::Relevance ? SortKey::ArrivalDate : query.sort;
    const QByteArray order = sort == SortKey::Relevance ? QByteArray("score") : orderBy(sort, query.descending);
    if (terms.isEmpty()) {
        if (!query.text.trimmed().isEmpty())
            return {};
        return stream(db,
            "SELECT " + rows::selectColumns() + ", 0 FROM dispatch d WHERE " + where.sql + " ORDER BY " + order,
            where.binds, true, sink);
    }
    // The rank is computed only when it orders the export.
    const QByteArray score = sort == SortKey::Relevance ? QByteArray(VT_RANK) : QByteArray("0");
    return stream(db,
        "SELECT " + rows::selectColumns() + ", " + score
            + " AS score FROM dispatch_fts JOIN dispatch d ON d.id = dispatch_fts.rowid WHERE dispatch_fts MATCH ? AND "
            + where.sql + " ORDER BY " + order,
        QStringList{matchExpression(terms, false)} + where.binds, true, sink);
}

Result<qint64> Searcher::count(const SearchQuery &query)
{
    sql::Connection &db = m_db.connection();
    const Where where = filterClauses(query.filter);
    const QList<QueryTerm> terms = parseTerms(query.text, query.prefixLastWord);
    QByteArray sql;
    QStringList binds = where.binds;
    if (terms.isEmpty()) {
        if (!query.text.trimmed().isEmpty())
            return 0;
        sql = "SELECT count(*) FROM dispatch d WHERE " + where.sql;
    } else {
        if (query.filter.trash)
            return fail(Error::InvalidArgument,
                u"Full-text search covers the registers, not the trash; list the "
                "trash with filters instead."_s);
        sql = "SELECT count(*) FROM dispatch_fts JOIN dispatch d ON d.id = dispatch_fts.rowid WHERE dispatch_fts MATCH "
              "? AND "
            + where.sql;
        binds.prepend(matchExpression(terms, false));
    }
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (int i = 0; i < binds.size(); ++i)
        stmt->bind(i + 1, binds.at(i));
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return stmt->int64(0);
}

Result<std::vector<qint64>> Searcher::ids(const SearchQuery &query, const std::function<bool()> &cancelled)
{
    if (cancelled())
        return fail(Error::Database, u"The search was cancelled."_s, u"interrupted"_s);
    // SQLite calls the handler every 256 virtual-machine steps (a few microseconds); a non-zero answer
    // interrupts the statement.
    struct Poll
    {
        const std::function<bool()> &cancelled;
        bool fired = false;
    } poll{cancelled};
    sqlite3 *handle = m_db.connection().handle();
    sqlite3_progress_handler(
        handle, 256,
        [](void *p) -> int {
            auto *state = static_cast<Poll *>(p);
            state->fired = state->cancelled();
            return state->fired ? 1 : 0;
        },
        &poll);
    auto result = ids(query);
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!result && poll.fired)
        return fail(Error::Database, u"The search was cancelled."_s, u"interrupted"_s);
    return result;
}

Result<std::vector<qint64>> Searcher::ids(const SearchQuery &query)
{
    sql::Connection &db = m_db.connection();
    const Where where = filterClauses(query.filter);
    const QList<QueryTerm> terms = parseTerms(query.text, query.prefixLastWord);
    std::vector<qint64> out;
    if (terms.isEmpty()) {
        if (!query.text.trimmed().isEmpty())
            return out;
        // A register in its own order walks dispatch_register; other orders without a selective filter read the
        // table once and sort, which beats visiting a million rows in the order of some other index.
        const bool registerOrder
            = (query.sort == SortKey::ArrivalDate || query.sort == SortKey::Relevance) && isWholeRegister(query.filter);
        const QByteArray from = registerOrder ? " FROM dispatch d INDEXED BY dispatch_register"
            : hasIndexedFilter(query.filter)  ? " FROM dispatch d"
                                              : " FROM dispatch d NOT INDEXED";
        const QByteArray sql
            = "SELECT d.id" + from + " WHERE " + where.sql + " ORDER BY " + orderBy(query.sort, query.descending);
        if (auto r = collectIds(db, sql, where.binds, out); !r)
            return tl::unexpected(r.error());
        return out;
    }
    if (query.filter.trash)
        return trashSearchRefused();
    const QByteArray from = "SELECT d.id FROM dispatch_fts JOIN dispatch d ON d.id = dispatch_fts.rowid "
                            "WHERE dispatch_fts MATCH ? AND "
        + where.sql;
    const QString folded = matchExpression(terms, false);
    if (query.sort != SortKey::Relevance) {
        if (auto r = collectIds(db, from + " ORDER BY " + orderBy(query.sort, query.descending),
                QStringList{folded} + where.binds, out);
            !r)
            return tl::unexpected(r.error());
        return out;
    }
    const QByteArray ranked = " ORDER BY " VT_RANK;
    if (!anyExact(terms)) {
        if (auto r = collectIds(db, from + ranked, QStringList{folded} + where.binds, out); !r)
            return tl::unexpected(r.error());
        return out;
    }
    // Exact spellings first, then the records that match only with diacritics ignored, as search() pages them.
    const QString exact = matchExpression(terms, true);
    if (auto r = collectIds(db, from + ranked, QStringList{exact} + where.binds, out); !r)
        return tl::unexpected(r.error());
    const QByteArray notExact
        = " AND dispatch_fts.rowid NOT IN (SELECT rowid FROM dispatch_fts WHERE dispatch_fts MATCH ?)";
    if (auto r = collectIds(db, from + notExact + ranked, QStringList{folded} + where.binds + QStringList{exact}, out);
        !r)
        return tl::unexpected(r.error());
    return out;
}

Result<QList<SearchHit>> Searcher::fetch(const QList<qint64> &ids)
{
    sql::Connection &db = m_db.connection();
    QHash<qint64, SearchHit> byId;
    constexpr qsizetype kChunk = 500;
    for (qsizetype first = 0; first < ids.size(); first += kChunk) {
        QByteArray list;
        for (qsizetype i = first; i < qMin(ids.size(), first + kChunk); ++i)
            list += (list.isEmpty() ? "" : ",") + QByteArray::number(ids.at(i));
        const QByteArray sql = "SELECT " + rows::selectColumns() + ", 0 FROM dispatch d WHERE d.id IN (" + list + ")";
        if (auto r = stream(db, sql, {}, true,
                [&byId](const SearchHit &hit) {
                    byId.insert(hit.dispatch.id, hit);
                    return true;
                });
            !r)
            return tl::unexpected(r.error());
    }
    QList<SearchHit> out;
    out.reserve(byId.size());
    for (qint64 id : ids) {
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out.append(*it);
    }
    return out;
}

Result<SearchHit> Searcher::hitFor(qint64 id, const QString &text, bool prefixLastWord)
{
    auto rows = fetch({id});
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty())
        return fail(Error::NotFound, u"Record %1 is not in the register."_s.arg(id));
    const QList<QueryTerm> terms = parseTerms(text, prefixLastWord);
    if (terms.isEmpty())
        return rows->front();
    sql::Connection &db = m_db.connection();
    if (anyExact(terms)) {
        auto stmt = db.prepare("SELECT count(*) FROM dispatch_fts WHERE dispatch_fts MATCH ?1 AND rowid = ?2");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, matchExpression(terms, true)).bind(2, id);
        if (auto r = stmt->step(); !r)
            return tl::unexpected(r.error());
        rows->front().exact = stmt->int64(0) > 0;
    }
    if (auto r = addSnippets(db, *rows, terms); !r)
        return tl::unexpected(r.error());
    return rows->front();
}

} // namespace vt::store
