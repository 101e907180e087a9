// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftstokenizer.h"

#include "core/vietnamese.h"

#include <QString>

#include <sqlite3.h>


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

/// Decodes the code point at `p` (at most `n` bytes); invalid UTF-8 reads as one byte of U+FFFD, which is not
/// a term character, as QString::fromUtf8 would read it.
char32_t decode(const unsigned char *p, int n, int *len)
{
    const unsigned char lead = p[0];
    int need = lead < 0x80 ? 0 : lead >= 0xF0 && lead < 0xF5 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : -1;
    if (need < 0 || need >= n) {
        *len = 1;
        return need == 0 ? lead : 0xFFFD;
    }
    char32_t cp = need == 0 ? lead : lead & (0x3F >> need);
    for (int k = 1; k <= need; ++k) {
        if ((p[k] & 0xC0) != 0x80) {
            *len = 1;
            return 0xFFFD;
        }
        cp = (cp << 6) | (p[k] & 0x3F);
    }
    *len = need + 1;
    return cp;
}

/// The same classification as text::isTermChar(), on code points: letters, digits and marks, and anything
/// beyond the BMP (which a QString holds as surrogates, which isTermChar counts).
bool isTermCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    if (c > 0xFFFF)
        return true;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

// Works on the UTF-8 bytes directly: most words of Vietnamese text need no QString at all (ASCII words only
// need lower-casing), and FTS5 wants byte offsets anyway. This is the hot path of loading an archive.
int tokenize(Fts5Tokenizer *, void *ctx, int flags, const char *utf8, int size, TokenCallback xToken)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(utf8);
    const bool query = flags & FTS5_TOKENIZE_QUERY;
    thread_local QByteArray ascii;
    int i = 0;
    while (i < size) {
        int len = 1;
        if (!isTermCodePoint(decode(bytes + i, size - i, &len))) {
            i += len;
            continue;
        }
        const int start = i;
        bool isAscii = true;
        while (i < size) {
            const char32_t c = decode(bytes + i, size - i, &len);
            if (!isTermCodePoint(c))
                break;
            isAscii = isAscii && c < 0x80;
            i += len;
        }
        int rc = SQLITE_OK;
        if (isAscii) {
            ascii.resize(qMin<qsizetype>(i - start, kMaxTermLength));
            for (qsizetype k = 0; k < ascii.size(); ++k) {
                const char c = utf8[start + k];
                ascii[k] = c >= 'A' && c <= 'Z' ? char(c + 32) : c;
            }
            rc = xToken(ctx, 0, ascii.constData(), int(ascii.size()), start, i);
        } else {
            const QString term = QString::fromUtf8(utf8 + start, i - start).left(kMaxTermLength);
            if (query) {
                const QByteArray key = term.toLower().toUtf8();
                rc = xToken(ctx, 0, key.constData(), int(key.size()), start, i);
            } else {
                const QByteArray folded = text::foldForSearch(term).toUtf8();
                rc = xToken(ctx, 0, folded.constData(), int(folded.size()), start, i);
                if (rc == SQLITE_OK && text::hasDiacritics(term)) {
                    const QByteArray exact = text::exactKey(term).toUtf8();
                    if (exact != folded)
                        rc = xToken(ctx, FTS5_TOKEN_COLOCATED, exact.constData(), int(exact.size()), start, i);
                }
            }
        }
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
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
