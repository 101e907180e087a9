// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftstokenizer.h"

#include "core/tokenizer.h"
#include "core/vietnamese.h"

#include <QString>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

// Terms longer than this are noise (base64, hashes, run-together OCR garbage); indexing them only grows
// the vocabulary. They are cut rather than dropped so a search for their start still finds them.
constexpr qsizetype kMaxTermLength = 48;

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    // Stateless: any non-null pointer will do.
    static int instance = 0;
    *out = reinterpret_cast<Fts5Tokenizer *>(&instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *) {}

using TokenCallback = int (*)(void *, int, const char *, int, int, int);

int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *utf8, int size, TokenCallback xToken)
{
    if (size <= 0)
        return SQLITE_OK;
    const QString text = QString::fromUtf8(utf8, size);

    // FTS5 wants byte offsets into the UTF-8 input; map each UTF-16 index to its byte offset.
    thread_local std::vector<int> byteAt;
    byteAt.resize(size_t(text.size()) + 1);
    {
        int byte = 0;
        qsizetype unit = 0;
        while (byte < size && unit < text.size()) {
            const auto lead = static_cast<unsigned char>(utf8[byte]);
            const int len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
            byteAt[size_t(unit++)] = byte;
            if (len == 4 && unit < text.size())
                byteAt[size_t(unit++)] = byte; // low surrogate of the same code point
            byte += len;
        }
        while (unit <= text.size())
            byteAt[size_t(unit++)] = size;
    }

    const bool query = flags & FTS5_TOKENIZE_QUERY;
    int rc = SQLITE_OK;
    text::forEachTerm(QStringView(text), [&](qsizetype begin, qsizetype length) {
        if (rc != SQLITE_OK)
            return;
        const QStringView term = QStringView(text).mid(begin, qMin(length, kMaxTermLength));
        const int from = byteAt[size_t(begin)];
        const int to = byteAt[size_t(begin + length)];
        if (query) {
            const QByteArray key = term.toString().toLower().toUtf8();
            rc = xToken(ctx, 0, key.constData(), int(key.size()), from, to);
            return;
        }
        const QByteArray folded = text::foldForSearch(term).toUtf8();
        rc = xToken(ctx, 0, folded.constData(), int(folded.size()), from, to);
        if (rc == SQLITE_OK && text::hasDiacritics(term)) {
            const QByteArray exact = text::exactKey(term).toUtf8();
            if (exact != folded)
                rc = xToken(ctx, FTS5_TOKEN_COLOCATED, exact.constData(), int(exact.size()), from, to);
        }
    });
    return rc;
}

} // namespace

fts5_api *fts5Api(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
    sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    return api;
}

Result<void> registerTokenizer(sqlite3 *db)
{
    fts5_api *api = fts5Api(db);
    if (!api || api->iVersion < 2)
        return fail(Error::Database, u"This SQLite library has no FTS5 full-text search; install a build with FTS5."_s);
    fts5_tokenizer tokenizer{createTokenizer, deleteTokenizer, tokenize};
    if (api->xCreateTokenizer(api, "vt", nullptr, &tokenizer, nullptr) != SQLITE_OK)
        return fail(Error::Database, u"Could not register the search tokenizer."_s);
    return {};
}

} // namespace vt::store
