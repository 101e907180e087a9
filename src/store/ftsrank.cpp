// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsrank.h"

#include "ftstokenizer.h"

#include <sqlite3.h>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *userData)
{
    ++*static_cast<sqlite3_int64 *>(userData);
    return SQLITE_OK;
}

/// Per-query data, computed on the first row and kept with xSetAuxdata: each word's IDF.
struct QueryData
{
    std::vector<double> idf;
};

void deleteQueryData(void *p) { delete static_cast<QueryData *>(p); }

QueryData *queryData(const Fts5ExtensionApi *api, Fts5Context *fts, int *rc)
{
    if (auto *existing = static_cast<QueryData *>(api->xGetAuxdata(fts, 0)))
        return existing;
    auto *data = new QueryData;
    sqlite3_int64 rows = 0;
    *rc = api->xRowCount(fts, &rows);
    const int phrases = api->xPhraseCount(fts);
    for (int i = 0; i < phrases && *rc == SQLITE_OK; ++i) {
        sqlite3_int64 hits = 0;
        *rc = api->xQueryPhrase(fts, i, &hits, countRow);
        // The BM25 form of IDF, floored as SQLite's bm25 does so that very common words still count a little.
        double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
        data->idf.push_back(idf <= 0.0 ? 1e-6 : idf);
    }
    if (*rc != SQLITE_OK) {
        delete data;
        return nullptr;
    }
    *rc = api->xSetAuxdata(fts, data, deleteQueryData);
    return *rc == SQLITE_OK ? data : nullptr;
}

void vtrank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    int rc = SQLITE_OK;
    QueryData *data = queryData(api, fts, &rc);
    if (!data) {
        sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_NOMEM : rc);
        return;
    }
    double score = 0;
    for (int i = 0; i < int(data->idf.size()); ++i) {
        Fts5PhraseIter iter;
        int column = -1;
        if (api->xPhraseFirstColumn(fts, i, &iter, &column) != SQLITE_OK)
            continue;
        for (; column >= 0; api->xPhraseNextColumn(fts, &iter, &column)) {
            const double weight = column < argc ? sqlite3_value_double(argv[column]) : 1.0;
            score += data->idf[size_t(i)] * weight;
        }
    }
    sqlite3_result_double(ctx, -score);
}

} // namespace

Result<void> registerRankFunction(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api)
        return fail(Error::Database, u"This SQLite library has no FTS5 full-text search; install a build with FTS5."_s);
    if (api->xCreateFunction(api, "vtrank", nullptr, vtrank, nullptr) != SQLITE_OK)
        return fail(Error::Database, u"Could not register the search ranking function."_s);
    return {};
}

} // namespace vt::store
