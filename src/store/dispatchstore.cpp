// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchstore.h"

#include "rows.h"
#include "suggestions.h"

#include "core/dispatchfields.h"
#include "core/logging.h"
#include "core/vietnamese.h"

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

#define VT_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        if (auto vt_r = (expr); !vt_r)                                                                                 \
            return tl::unexpected(vt_r.error());                                                                       \
    } while (false)

QString seriesOf(const Dispatch &d)
{
    return d.isConfidential() ? u"confidential"_s : u"normal"_s;
}

Result<int> nextNumber(sql::Connection &db, const QString &direction, int year, const QString &series)
{
    auto stmt
        = db.prepareCached("INSERT INTO number_series (direction, year, series, last_number) VALUES (?1, ?2, ?3, 1) "
                           "ON CONFLICT (direction, year, series) DO UPDATE SET last_number = last_number + 1 "
                           "RETURNING last_number");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, direction).bind(2, year).bind(3, series);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return stmt->integer(0);
}

const QByteArray &insertSql()
{
    static const QByteArray sql = []() -> QByteArray {
        QByteArray columns = "direction, register_year, series, arrival_number, arrival_date, reference_key, "
                             "issuer_key, type_key, created_at, updated_at";
        QByteArray values = "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9";
        int n = 10;
        for (const DispatchField &f : dispatchFields()) {
            columns += ", " + QByteArray(f.name);
            values += ", ?" + QByteArray::number(n++);
        }
        return "INSERT INTO dispatch (" + columns + ") VALUES (" + values + ")";
    }();
    return sql;
}

Result<void> audit(sql::Connection &db, qint64 id, const char *action, const QString &field = {},
    const QString &oldValue = {}, const QString &newValue = {})
{
    auto stmt = db.prepareCached("INSERT INTO audit_log (at, dispatch_id, action, field, old_value, new_value) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, rows::nowUtc()).bind(2, id).bind(3, QString::fromLatin1(action)).bind(4, field);
    stmt->bind(5, oldValue).bind(6, newValue);
    return stmt->run();
}

Result<void> runForId(sql::Connection &db, const char *sql, qint64 id)
{
    auto stmt = db.prepareCached(sql);
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, id);
    return stmt->run();
}

// The search index is external-content: it must be told the old column values to forget a row, so
// unindex() runs before a change and index() after, both reading the live row through the view.
// index() reads the row and then inserts VALUES rather than running INSERT … SELECT: a multi-row statement
// opens a statement savepoint, and FTS5 flushes its pending index at every savepoint, which wrote one
// segment per record and took a third of the time of loading an archive (measured with perf).
Result<void> index(sql::Connection &db, qint64 id)
{
    auto row = db.prepareCached("SELECT reference, issuer, summary, other, body FROM dispatch_search WHERE id = ?1");
    if (!row)
        return tl::unexpected(row.error());
    row->bind(1, id);
    auto found = row->step();
    if (!found)
        return tl::unexpected(found.error());
    if (!*found)
        return {}; // in the trash: not searchable
    auto insert = db.prepareCached("INSERT INTO dispatch_fts (rowid, reference, issuer, summary, other, body) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    if (!insert)
        return tl::unexpected(insert.error());
    insert->bind(1, id);
    for (int c = 0; c < 5; ++c)
        sqlite3_bind_value(insert->handle(), c + 2, sqlite3_column_value(row->handle(), c));
    return insert->run();
}

Result<void> unindex(sql::Connection &db, qint64 id)
{
    return runForId(db,
        "INSERT INTO dispatch_fts (dispatch_fts, rowid, reference, issuer, summary, other, body) "
        "SELECT 'delete', id, reference, issuer, summary, other, body FROM dispatch_search WHERE id = ?1",
        id);
}

Result<void> insertCitations(sql::Connection &db, qint64 id, const QList<Citation> &citations)
{
    if (citations.isEmpty())
        return {};
    auto stmt
        = db.prepareCached("INSERT INTO citation (dispatch_id, reference, issued_date, issuer, type, reference_key, "
                           "target_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, "
                           " (SELECT id FROM dispatch WHERE reference_key = ?6 AND id <> ?1 AND deleted_at IS NULL "
                           "  AND (?3 IS NULL OR issued_date = ?3) ORDER BY id LIMIT 1))");
    if (!stmt)
        return tl::unexpected(stmt.error());
    for (const Citation &c : citations) {
        stmt->bind(1, id).bind(2, c.reference);
        stmt->bind(3, c.date.isValid() ? c.date.toString(Qt::ISODate) : QString());
        stmt->bindText(4, c.issuer).bindText(5, c.type).bind(6, rows::referenceKey(c.reference));
        VT_TRY(stmt->run());
    }
    return {};
}

// A record registered later may be the one earlier records cite: link those citations to it.
Result<void> linkCitationsTo(sql::Connection &db, qint64 id)
{
    return runForId(db,
        "UPDATE citation SET target_id = ?1 WHERE target_id IS NULL AND dispatch_id <> ?1 AND "
        "reference_key <> '' AND reference_key = (SELECT reference_key FROM dispatch WHERE id = ?1)",
        id);
}

Result<qint64> insertOne(sql::Connection &db, Dispatch &d, const QString &now, bool indexNow = true)
{
    if (!d.arrivalDate.isValid())
        d.arrivalDate = QDate::currentDate();
    const QString direction = toCode(d.direction);
    const int year = d.arrivalDate.year();
    const QString series = seriesOf(d);
    auto number = nextNumber(db, direction, year, series);
    if (!number)
        return tl::unexpected(number.error());

    auto stmt = db.prepareCached(insertSql().constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, direction).bind(2, year).bind(3, series).bind(4, *number);
    stmt->bind(5, d.arrivalDate.toString(Qt::ISODate));
    stmt->bind(6, rows::referenceKey(d.reference)).bind(7, rows::issuerKey(d.issuer)).bind(8, rows::typeKey(d.type));
    stmt->bind(9, now);
    int n = 10;
    for (const DispatchField &f : dispatchFields()) {
        // Only dates are nullable; the other columns hold '' for "not given".
        if (f.kind == DispatchField::Date)
            stmt->bind(n++, f.get(d));
        else
            stmt->bindText(n++, f.get(d));
    }
    VT_TRY(stmt->run());
    const qint64 id = db.lastInsertRowId();

    auto text = db.prepareCached("INSERT INTO dispatch_text (dispatch_id, full_text) VALUES (?1, ?2)");
    if (!text)
        return tl::unexpected(text.error());
    text->bind(1, id).bindText(2, text::nfc(d.fullText));
    VT_TRY(text->run());
    VT_TRY(insertCitations(db, id, d.citations));
    VT_TRY(countSuggestions(db, d, +1));
    if (indexNow)
        VT_TRY(index(db, id));
    d.id = id;
    d.arrivalNumber = *number;
    return id;
}

Result<QList<Duplicate>> findDuplicates(sql::Connection &db, const Dispatch &d, const QList<StoredFile> &files)
{
    QList<Duplicate> found;
    if (!d.reference.trimmed().isEmpty()) {
        auto stmt = db.prepare("SELECT id, arrival_number, register_year, reference, issuer FROM dispatch "
                               "WHERE reference_key = ?1 AND issuer_key = ?2 AND deleted_at IS NULL "
                               "AND coalesce(substr(issued_date, 1, 4), '') = ?3");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, rows::referenceKey(d.reference)).bind(2, rows::issuerKey(d.issuer));
        stmt->bind(3, d.issuedDate.isValid() ? QString::number(d.issuedDate.year()) : u""_s);
        if (auto r = stmt->forEachRow([&] {
                found.append({Duplicate::SameReference, stmt->int64(0), stmt->integer(1),
                    u"%1 of %2 is already registered as number %3/%4."_s
                        .arg(stmt->text(3), stmt->text(4).isEmpty() ? u"(no issuer)"_s : stmt->text(4))
                        .arg(stmt->integer(1))
                        .arg(stmt->integer(2))});
            });
            !r)
            return tl::unexpected(r.error());
    }
    for (const StoredFile &file : files) {
        auto stmt = db.prepare("SELECT d.id, d.arrival_number, d.register_year, d.reference FROM attachment a "
                               "JOIN dispatch d ON d.id = a.dispatch_id WHERE a.sha256 = ?1 AND d.deleted_at IS NULL");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bind(1, file.sha256);
        if (auto r = stmt->forEachRow([&] {
                found.append({Duplicate::SameFile, stmt->int64(0), stmt->integer(1),
                    u"The file %1 is already the original of number %2/%3 (%4)."_s.arg(file.fileName)
                        .arg(stmt->integer(1))
                        .arg(stmt->integer(2))
                        .arg(stmt->text(3))});
            });
            !r)
            return tl::unexpected(r.error());
    }
    return found;
}

Result<void> requireExists(sql::Connection &db, qint64 id, bool wantTrashed)
{
    auto stmt = db.prepare("SELECT deleted_at IS NOT NULL FROM dispatch WHERE id = ?1");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(Error::NotFound, u"There is no record with id %1."_s.arg(id));
    const bool trashed = stmt->integer(0) != 0;
    if (trashed != wantTrashed) {
        return fail(Error::InvalidArgument,
            wantTrashed ? u"Record %1 is not in the trash."_s.arg(id)
                        : u"Record %1 is in the trash; restore it first."_s.arg(id));
    }
    return {};
}

} // namespace

DispatchStore::DispatchStore(Database &db) : m_db(db) {}

AttachmentStore DispatchStore::attachmentStore() const
{
    return AttachmentStore(m_db.attachmentsDir());
}

Result<AddResult> DispatchStore::add(Dispatch d, const AddOptions &options)
{
    auto results = addGroup({std::move(d)}, options);
    if (!results)
        return tl::unexpected(results.error());
    return results->constFirst();
}

Result<QList<Duplicate>> DispatchStore::duplicatesOf(const Dispatch &d, const QList<StoredFile> &files)
{
    return findDuplicates(m_db.connection(), d, files);
}

Result<QList<AddResult>> DispatchStore::addGroup(QList<Dispatch> group, const AddOptions &options)
{
    if (group.isEmpty())
        return QList<AddResult>{};
    // Hash (and store) the files before the transaction: content-addressed files are harmless if the
    // transaction then fails, and hashing large scans inside it would hold the write lock for nothing.
    QList<StoredFile> files;
    for (const QString &path : options.attachments) {
        auto info = AttachmentStore::hashFile(path);
        if (!info)
            return tl::unexpected(info.error());
        files.append(*info);
    }

    sql::Connection &db = m_db.connection();
    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());

    QList<AddResult> results(group.size());
    bool anyDuplicate = false;
    for (qsizetype i = 0; i < group.size(); ++i) {
        // The file is one: compare it with the register once, for the first document.
        auto duplicates = findDuplicates(db, group.at(i), i == 0 ? files : QList<StoredFile>{});
        if (!duplicates)
            return tl::unexpected(duplicates.error());
        results[i].duplicates = *duplicates;
        anyDuplicate = anyDuplicate || !duplicates->isEmpty();
    }
    if (anyDuplicate && !options.confirmDuplicates)
        return results;

    const AttachmentStore store = attachmentStore();
    for (const QString &path : options.attachments) {
        if (auto r = store.put(path); !r)
            return tl::unexpected(r.error());
    }

    const QString now = rows::nowUtc();
    auto attach = db.prepare("INSERT INTO attachment (dispatch_id, sha256, file_name, size, added_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!attach)
        return tl::unexpected(attach.error());
    for (qsizetype i = 0; i < group.size(); ++i) {
        Dispatch &d = group[i];
        auto id = insertOne(db, d, now);
        if (!id)
            return tl::unexpected(id.error());
        for (const StoredFile &f : files) {
            attach->bind(1, *id).bind(2, f.sha256).bind(3, f.fileName).bind(4, f.size).bind(5, now);
            VT_TRY(attach->run());
        }
        results[i].added = true;
        results[i].id = *id;
        results[i].arrivalNumber = d.arrivalNumber;
        results[i].year = d.arrivalDate.year();
    }
    // Linked after all are in, so two documents of one file that cite each other find each other.
    for (qsizetype i = 0; i < group.size(); ++i) {
        const Dispatch &d = group.at(i);
        VT_TRY(linkCitationsTo(db, results.at(i).id));
        VT_TRY(audit(db, results.at(i).id, "create", {}, {},
            u"%1 %2/%3"_s.arg(d.reference).arg(d.arrivalNumber).arg(d.arrivalDate.year())));
    }
    VT_TRY(txn->commit());
    return results;
}

Result<void> DispatchStore::addBatch(QList<Dispatch> &dispatches)
{
    if (dispatches.isEmpty())
        return {};
    sql::Connection &db = m_db.connection();
    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    const QString now = rows::nowUtc();
    qint64 first = 0, last = 0;
    for (Dispatch &d : dispatches) {
        auto id = insertOne(db, d, now, false);
        if (!id)
            return tl::unexpected(id.error());
        first = first ? qMin(first, *id) : *id;
        last = qMax(last, *id);
        VT_TRY(audit(
            db, *id, "create", {}, {}, u"%1 %2/%3"_s.arg(d.reference).arg(d.arrivalNumber).arg(d.arrivalDate.year())));
    }
    // One statement for the whole batch: FTS5 writes its pending index once per statement (see index()).
    auto stmt = db.prepareCached("INSERT INTO dispatch_fts (rowid, reference, issuer, summary, other, body) "
                                 "SELECT id, reference, issuer, summary, other, body FROM dispatch_search "
                                 "WHERE id BETWEEN ?1 AND ?2");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, first).bind(2, last);
    VT_TRY(stmt->run());
    return txn->commit();
}

Result<Dispatch> DispatchStore::get(qint64 id)
{
    sql::Connection &db = m_db.connection();
    const QByteArray sql = "SELECT " + rows::selectColumns()
        + ", t.full_text FROM dispatch d "
          "LEFT JOIN dispatch_text t ON t.dispatch_id = d.id WHERE d.id = ?1";
    auto stmt = db.prepare(sql.constData());
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    if (!*row)
        return fail(Error::NotFound, u"There is no record with id %1."_s.arg(id));
    Dispatch d = rows::readRow(*stmt);
    d.fullText = stmt->text(int(dispatchFields().size()) + 7);

    auto cites = db.prepare("SELECT reference, issued_date, issuer, type, target_id FROM citation "
                            "WHERE dispatch_id = ?1 ORDER BY id");
    if (!cites)
        return tl::unexpected(cites.error());
    cites->bind(1, id);
    if (auto r = cites->forEachRow([&] {
            d.citations.append({cites->text(0), QDate::fromString(cites->text(1), Qt::ISODate), cites->text(2),
                cites->text(3), cites->int64(4)});
        });
        !r)
        return tl::unexpected(r.error());
    return d;
}

Result<void> DispatchStore::update(const Dispatch &edited)
{
    sql::Connection &db = m_db.connection();
    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    auto current = get(edited.id);
    if (!current)
        return tl::unexpected(current.error());
    if (current->deletedAt.isValid())
        return fail(Error::InvalidArgument, u"Record %1 is in the trash; restore it before editing."_s.arg(edited.id));

    struct Change
    {
        const DispatchField *field;
        QString oldValue, newValue;
    };
    QList<Change> changes;
    for (const DispatchField &f : dispatchFields()) {
        QString before = f.get(*current);
        QString after = f.get(edited);
        if (before != after)
            changes.append({&f, before, after});
    }
    const bool textChanged = text::nfc(edited.fullText) != current->fullText;
    const bool citationsChanged = edited.citations != current->citations;
    if (changes.isEmpty() && !textChanged && !citationsChanged)
        return {};

    VT_TRY(unindex(db, edited.id));
    if (!changes.isEmpty()) {
        VT_TRY(countSuggestions(db, *current, -1));
        VT_TRY(countSuggestions(db, edited, +1));
    }
    const QString now = rows::nowUtc();
    for (const Change &c : changes) {
        const QByteArray sql = "UPDATE dispatch SET " + QByteArray(c.field->name) + " = ?1 WHERE id = ?2";
        auto stmt = db.prepare(sql.constData());
        if (!stmt)
            return tl::unexpected(stmt.error());
        if (c.field->kind == DispatchField::Date)
            stmt->bind(1, c.newValue);
        else
            stmt->bindText(1, c.newValue);
        stmt->bind(2, edited.id);
        VT_TRY(stmt->run());
        VT_TRY(audit(db, edited.id, "update", QString::fromLatin1(c.field->name), c.oldValue, c.newValue));
    }
    auto keys = db.prepare("UPDATE dispatch SET reference_key = ?1, issuer_key = ?2, type_key = ?3, updated_at = ?4 "
                           "WHERE id = ?5");
    if (!keys)
        return tl::unexpected(keys.error());
    keys->bind(1, rows::referenceKey(edited.reference)).bind(2, rows::issuerKey(edited.issuer));
    keys->bind(3, rows::typeKey(edited.type)).bind(4, now).bind(5, edited.id);
    VT_TRY(keys->run());
    if (textChanged) {
        auto stmt = db.prepare("UPDATE dispatch_text SET full_text = ?1 WHERE dispatch_id = ?2");
        if (!stmt)
            return tl::unexpected(stmt.error());
        stmt->bindText(1, text::nfc(edited.fullText)).bind(2, edited.id);
        VT_TRY(stmt->run());
        VT_TRY(audit(db, edited.id, "update", u"full_text"_s, u"%1 characters"_s.arg(current->fullText.size()),
            u"%1 characters"_s.arg(edited.fullText.size())));
    }
    if (citationsChanged) {
        VT_TRY(runForId(db, "DELETE FROM citation WHERE dispatch_id = ?1", edited.id));
        VT_TRY(insertCitations(db, edited.id, edited.citations));
        VT_TRY(audit(db, edited.id, "update", u"citations"_s, QString::number(current->citations.size()),
            QString::number(edited.citations.size())));
    }
    VT_TRY(index(db, edited.id));
    if (edited.reference != current->reference)
        VT_TRY(linkCitationsTo(db, edited.id));
    return txn->commit();
}

Result<void> DispatchStore::moveToTrash(qint64 id)
{
    return setTrashed(id, true);
}

Result<void> DispatchStore::restore(qint64 id)
{
    return setTrashed(id, false);
}

Result<void> DispatchStore::setTrashed(qint64 id, bool trashed)
{
    sql::Connection &db = m_db.connection();
    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    VT_TRY(requireExists(db, id, !trashed));
    // A trashed record leaves the search index and the suggestions; the index must forget it while its row is
    // still live.
    if (trashed)
        VT_TRY(unindex(db, id));
    auto record = get(id);
    if (!record)
        return tl::unexpected(record.error());
    VT_TRY(countSuggestions(db, *record, trashed ? -1 : +1));
    auto stmt = db.prepare(trashed ? "UPDATE dispatch SET deleted_at = ?1, updated_at = ?1 WHERE id = ?2"
                                   : "UPDATE dispatch SET deleted_at = NULL, updated_at = ?1 WHERE id = ?2");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, rows::nowUtc()).bind(2, id);
    VT_TRY(stmt->run());
    if (!trashed)
        VT_TRY(index(db, id));
    VT_TRY(audit(db, id, trashed ? "trash" : "restore"));
    return txn->commit();
}

Result<void> DispatchStore::purge(qint64 id)
{
    sql::Connection &db = m_db.connection();
    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    VT_TRY(requireExists(db, id, true));
    // The number stays used: purged_number keeps it so that `check` still finds the series whole.
    auto row = db.prepare("INSERT INTO purged_number (direction, year, series, number, reference, purged_at) "
                          "SELECT direction, register_year, series, arrival_number, reference, ?2 FROM dispatch "
                          "WHERE id = ?1 RETURNING reference, number, year");
    if (!row)
        return tl::unexpected(row.error());
    row->bind(1, id).bind(2, rows::nowUtc());
    VT_TRY(row->step());
    const QString what = u"%1 %2/%3"_s.arg(row->text(0)).arg(row->integer(1)).arg(row->integer(2));
    VT_TRY(row->step()); // finish the statement before the delete
    VT_TRY(runForId(db, "DELETE FROM dispatch WHERE id = ?1", id));
    VT_TRY(audit(db, id, "purge", {}, what, {}));
    return txn->commit();
}

Result<QList<Attachment>> DispatchStore::attachments(qint64 id)
{
    auto stmt = m_db.connection().prepare("SELECT id, sha256, file_name, size, added_at FROM attachment "
                                          "WHERE dispatch_id = ?1 ORDER BY id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, id);
    QList<Attachment> out;
    if (auto r = stmt->forEachRow([&] {
            out.append({stmt->int64(0), stmt->text(1), stmt->text(2), stmt->int64(3), rows::parseTime(stmt->text(4))});
        });
        !r)
        return tl::unexpected(r.error());
    return out;
}

Result<QList<AuditEntry>> DispatchStore::history(qint64 id)
{
    auto stmt = m_db.connection().prepare("SELECT at, dispatch_id, action, field, old_value, new_value "
                                          "FROM audit_log WHERE dispatch_id = ?1 ORDER BY id");
    if (!stmt)
        return tl::unexpected(stmt.error());
    stmt->bind(1, id);
    QList<AuditEntry> out;
    if (auto r = stmt->forEachRow([&] {
            out.append({rows::parseTime(stmt->text(0)), stmt->int64(1), stmt->text(2), stmt->text(3), stmt->text(4),
                stmt->text(5)});
        });
        !r)
        return tl::unexpected(r.error());
    return out;
}

} // namespace vt::store
