// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestions.h"

#include "core/dispatchfields.h"
#include "core/vietnamese.h"

#include <QHash>
#include <QSet>

#include <utility>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

constexpr qsizetype kMaxValueLength = 160;

const char *kindCode(SuggestionKind kind)
{
    switch (kind) {
    case SuggestionKind::Issuer:
        return "issuer";
    case SuggestionKind::IssuerParent:
        return "parent";
    case SuggestionKind::Recipient:
        return "recipient";
    case SuggestionKind::Unit:
        return "unit";
    case SuggestionKind::Person:
        return "person";
    }
    return "issuer";
}

/// Folded, punctuation read as a space: "Phòng Văn hóa - Xã hội" → "phong van hoa xa hoi".
QString keyOf(const QString &value)
{
    QString key = text::foldForSearch(value);
    for (QChar &c : key) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    return key.simplified();
}

/// A name as a list item prints it ("- Sở Nội vụ (b/c);") cleaned to what a form field holds ("Sở Nội vụ
/// (b/c)"); empty for lines that name no one ("Như trên", "Lưu: VT, VP.") and for runaway text.
QString cleanValue(const QString &raw)
{
    QString v = text::nfc(raw).simplified();
    while (!v.isEmpty() && (v.front() == u'-' || v.front() == u'+' || v.front() == u'•' || v.front().isSpace()))
        v.remove(0, 1);
    while (!v.isEmpty()
        && (v.back() == u';' || v.back() == u',' || v.back() == u'.' || v.back() == u':' || v.back().isSpace()))
        v.chop(1);
    if (v.size() > kMaxValueLength)
        return {};
    const QString key = keyOf(v);
    if (key.startsWith(u"luu"_s) || key.startsWith(u"nhu tren"_s) || key.startsWith(u"nhu dieu"_s)
        || key.startsWith(u"nhu khoan"_s))
        return {};
    return v;
}

using Name = std::pair<const char *, QString>;

/// The names a record uses, once each per kind (lists are short: a linear look is cheapest).
template <typename Clean> QList<Name> namesOf(const Dispatch &d, Clean &&clean)
{
    QList<Name> out;
    auto add = [&](SuggestionKind kind, const QString &raw) {
        if (raw.isEmpty())
            return;
        QString value = clean(raw);
        if (value.isEmpty())
            return;
        const char *code = kindCode(kind);
        for (const Name &n : std::as_const(out)) {
            if (n.first == code && n.second == value)
                return;
        }
        out.append({code, std::move(value)});
    };
    add(SuggestionKind::Issuer, d.issuer);
    add(SuggestionKind::IssuerParent, d.issuerParent);
    for (const QString &r : d.addressees)
        add(SuggestionKind::Recipient, r);
    for (const QString &r : d.recipients)
        add(SuggestionKind::Recipient, r);
    add(SuggestionKind::Unit, d.handlingUnit);
    for (const QString &u : d.cooperatingUnits)
        add(SuggestionKind::Unit, u);
    add(SuggestionKind::Person, d.handlingPerson);
    return out;
}

Result<void> addUses(sql::Connection &db, const char *kind, const QString &value, qint64 uses)
{
    auto stmt = db.prepareCached("INSERT INTO suggestion (kind, value, key, uses) VALUES (?1, ?2, ?3, ?4) "
                                 "ON CONFLICT (kind, value) DO UPDATE SET uses = uses + ?4");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, QString::fromLatin1(kind)).bind(2, value).bind(3, keyOf(value)).bind(4, uses);
    return stmt->run();
}

Result<void> removeUse(sql::Connection &db, const char *kind, const QString &value)
{
    auto stmt = db.prepareCached("UPDATE suggestion SET uses = uses - 1 WHERE kind = ?1 AND value = ?2 AND uses > 1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, QString::fromLatin1(kind)).bind(2, value);
    if (auto r = stmt->run(); !r)
        return r;
    if (db.changes() > 0)
        return {};
    auto drop = db.prepareCached("DELETE FROM suggestion WHERE kind = ?1 AND value = ?2");
    if (!drop)
        return tl::unexpected(drop.error());
    drop->bind(1, QString::fromLatin1(kind)).bind(2, value);
    return drop->run();
}

/// Appends rows (value, key) to `out` until it holds `limit` distinct keys; keys already there are skipped.
Result<void> collect(sql::Statement &stmt, int limit, QStringList &out, QSet<QString> &keys)
{
    return stmt.forEachRow([&] {
        const QString key = stmt.text(1);
        if (!keys.contains(key)) {
            keys.insert(key);
            out.append(stmt.text(0));
        }
        return out.size() < limit;
    });
}

} // namespace

Result<QStringList> Suggestions::complete(SuggestionKind kind, const QString &typed, int limit)
{
    limit = qBound(1, limit, 200);
    sql::Connection &db = m_db.connection();
    const QString kindText = QString::fromLatin1(kindCode(kind));
    const QString key = keyOf(typed);
    QStringList out;
    QSet<QString> keys;
    // Rows beyond `limit` only cover spellings of one name that differ in case or marks.
    const int rows = limit * 4;
    if (key.isEmpty()) {
        auto stmt
            = db.prepareCached("SELECT value, key FROM suggestion WHERE kind = ?1 ORDER BY uses DESC, key LIMIT ?2");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, kindText).bind(2, rows);
        if (auto r = collect(*stmt, limit, out, keys); !r)
            return tl::unexpected(r.error());
        return out;
    }
    const QString end = key + QChar(0xFFFF);
    auto prefix = db.prepareCached("SELECT value, key FROM suggestion WHERE kind = ?1 AND key >= ?2 AND key < ?3 "
                                   "ORDER BY uses DESC, key LIMIT ?4");
    if (!prefix)
        return tl::unexpected(prefix.error());
    prefix->bind(1, kindText).bind(2, key).bind(3, end).bind(4, rows);
    if (auto r = collect(*prefix, limit, out, keys); !r)
        return tl::unexpected(r.error());
    if (out.size() >= limit)
        return out;
    // A word inside the name: reads the names of this kind (a few thousand in a real register).
    auto inside = db.prepareCached("SELECT value, key FROM suggestion WHERE kind = ?1 AND instr(key, ' ' || ?2) > 0 "
                                   "AND NOT (key >= ?2 AND key < ?3) ORDER BY uses DESC, key LIMIT ?4");
    if (!inside)
        return tl::unexpected(inside.error());
    inside->bind(1, kindText).bind(2, key).bind(3, end).bind(4, rows);
    if (auto r = collect(*inside, limit, out, keys); !r)
        return tl::unexpected(r.error());
    return out;
}

Result<void> countSuggestions(sql::Connection &db, const Dispatch &d, int delta)
{
    for (const auto &[kind, value] : namesOf(d, cleanValue)) {
        auto r = delta > 0 ? addUses(db, kind, value, delta) : removeUse(db, kind, value);
        if (!r)
            return r;
    }
    return {};
}

Result<void> fillSuggestions(sql::Connection &db)
{
    // One pass over the live records with the same rules as countSuggestions(), so counts kept from here on
    // stay exact. The lists are read with the field table's own parser.
    auto stmt = db.prepare("SELECT issuer, issuer_parent, addressees, recipients, handling_unit, cooperating_units, "
                           "handling_person FROM dispatch WHERE deleted_at IS NULL");
    if (!stmt)
        return tl::unexpected(stmt.error());
    const DispatchField *addressees = findDispatchField(u"addressees");
    const DispatchField *recipients = findDispatchField(u"recipients");
    const DispatchField *units = findDispatchField(u"cooperating_units");
    QHash<std::pair<const char *, QString>, qint64> uses;
    // The same few hundred names recur in a million records: clean each spelling once.
    QHash<QString, QString> cleaned;
    auto cleanOnce = [&cleaned](const QString &raw) -> QString {
        auto it = cleaned.constFind(raw);
        if (it == cleaned.constEnd())
            it = cleaned.insert(raw, cleanValue(raw));
        return *it;
    };
    auto listOf = [](const DispatchField *field, const QString &text) -> QStringList {
        if (text == u"[]")
            return {};
        Dispatch d;
        field->set(d, text);
        return field->items(d);
    };
    if (auto r = stmt->forEachRow([&] {
            Dispatch d;
            d.issuer = stmt->text(0);
            d.issuerParent = stmt->text(1);
            d.addressees = listOf(addressees, stmt->text(2));
            d.recipients = listOf(recipients, stmt->text(3));
            d.handlingUnit = stmt->text(4);
            d.cooperatingUnits = listOf(units, stmt->text(5));
            d.handlingPerson = stmt->text(6);
            for (const Name &name : namesOf(d, cleanOnce))
                ++uses[name];
        });
        !r)
        return tl::unexpected(r.error());
    for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
        if (auto r = addUses(db, it.key().first, it.key().second, it.value()); !r)
            return r;
    }
    return {};
}

} // namespace vt::store
