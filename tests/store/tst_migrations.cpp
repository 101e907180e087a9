// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/ftstokenizer.h"
#include "store/maintenance.h"
#include "store/schema.h"
#include "store/search.h"
#include "store/suggestions.h"

#include "core/vietnamese.h"

#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

namespace {

/// Loads a .sql fixture into a new database file with the SQLite C API (no Văn Thư code involved).
bool loadFixture(const QString &fixture, const QString &target, QString *error, bool withTokenizer = false)
{
    const QByteArray sql = vt::test::readFile(QStringLiteral(VT_TEST_DATA) + u'/' + fixture);
    if (sql.isEmpty()) {
        *error = u"fixture %1 is missing or empty"_s.arg(fixture);
        return false;
    }
    RawDb raw(target);
    if (!raw.isOpen()) {
        *error = u"cannot create %1"_s.arg(target);
        return false;
    }
    // Fixtures from version 2 on build the search index, which needs our tokenizer.
    if (withTokenizer) {
        if (auto r = registerTokenizer(raw.handle()); !r) {
            *error = r.error().message;
            return false;
        }
    }
    *error = raw.exec(QString::fromUtf8(sql));
    return error->isEmpty();
}

QList<qint64> ids(const SearchResults &results)
{
    QList<qint64> out;
    for (const SearchHit &h : results.hits)
        out.append(h.dispatch.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fixtureIsVersion1();
    void upgradesVersion1();
    void upgradedRowsAreSearchable_data();
    void upgradedRowsAreSearchable();
    void upgradedRegisterKeepsNumbering();
    void failedStepLeavesVersionUnchanged();
    void newDatabaseGetsEveryStep();
    void upgradesVersion3();
    void upgradedVersion3KeepsSearchAndSuggestionsInStep();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestMigrations::init()
{
    QVERIFY(m_dir.isValid());
    static int n = 0;
    m_path = m_dir.filePath(u"v1-%1.sqlite"_s.arg(++n));
    QString error;
    QVERIFY2(loadFixture(u"v1.sql"_s, m_path, &error), qPrintable(error));
}

void TestMigrations::fixtureIsVersion1()
{
    RawDb raw(m_path);
    QCOMPARE(raw.integer(u"PRAGMA user_version"_s), qint64(1));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM sqlite_schema WHERE name = 'dispatch_fts'"_s), qint64(0));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch"_s), qint64(4));
}

void TestMigrations::upgradesVersion1()
{
    {
        auto db = Database::open(m_path);
        VT_VERIFY_OK(db);
        auto version = schemaVersion(db->connection());
        VT_VERIFY_OK(version);
        QCOMPARE(*version, kSchemaVersion);
        QCOMPARE(kSchemaVersion, 5);

        // Every old row is intact, down to the lists, enums and the trashed record.
        DispatchStore store(*db);
        auto first = store.get(1);
        VT_VERIFY_OK(first);
        QCOMPARE(first->reference, u"152/SNgV-HTQT"_s);
        QCOMPARE(first->issuer, u"Sở Ngoại vụ"_s);
        QCOMPARE(first->arrivalNumber, 1);
        QCOMPARE(first->arrivalDate, QDate(2024, 3, 4));
        QCOMPARE(first->issuedDate, QDate(2024, 3, 1));
        QCOMPARE(first->dueDate, QDate(2024, 3, 10));
        QCOMPARE(first->urgency, Urgency::Urgent);
        QCOMPARE(first->status, Status::InProgress);
        QCOMPARE(first->pageCount, 2);
        QCOMPARE(first->addressees, (QStringList{u"Văn phòng UBND tỉnh"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s}));
        QVERIFY(first->fullText.startsWith(u"Kính gửi: Văn phòng UBND tỉnh.\nThực hiện"_s));
        QCOMPARE(first->createdAt, QDateTime(QDate(2024, 3, 4), QTime(1, 20), Qt::UTC));

        auto plan = store.get(2);
        VT_VERIFY_OK(plan);
        QCOMPARE(plan->reference, u"116-KH/BCĐTTĐN"_s);
        QCOMPARE(plan->signingAuthority, SigningAuthority::OnBehalf);
        QCOMPARE(plan->recipients.size(), 3);

        auto trashed = store.get(3);
        VT_VERIFY_OK(trashed);
        QVERIFY(trashed->deletedAt.isValid());

        auto report = store.get(4);
        VT_VERIFY_OK(report);
        QCOMPARE(report->direction, Direction::Outgoing);
        QCOMPARE(report->signingAuthority, SigningAuthority::Deputy);
        QCOMPARE(report->citations.size(), 1);
        QCOMPARE(report->citations.first().targetId, qint64(2));
        QCOMPARE(report->citations.first().date, QDate(2024, 3, 8));

        auto history = store.history(1);
        VT_VERIFY_OK(history);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).field, u"status"_s);

        auto checked = check(*db);
        VT_VERIFY_OK(checked);
        QVERIFY2(checked->ok(), qPrintable(checked->problems.join(u'\n')));
        QCOMPARE(checked->records, qint64(4));
    }
    RawDb raw(m_path);
    QCOMPARE(raw.integer(u"PRAGMA user_version"_s), qint64(5));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM sqlite_schema WHERE name IN ('dispatch_fts', 'dispatch_search', "
                         "'dispatch_register', 'suggestion', 'dispatch_open_due')"_s),
        qint64(5));
}

void TestMigrations::upgradedRowsAreSearchable_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::newRow("doi ngoai") << u"doi ngoai"_s << QList<qint64>{1, 2, 4};
    QTest::newRow("đối ngoại") << u"đối ngoại"_s << QList<qint64>{1, 2, 4}; // 4 has it in its addressees
    QTest::newRow("ke hoach") << u"ke hoach"_s << QList<qint64>{2, 4};
    QTest::newRow("Kế hoạch") << u"Kế hoạch"_s << QList<qint64>{2, 4};
    QTest::newRow("reference") << u"116-KH/BCĐTTĐN"_s << QList<qint64>{2, 4};
    QTest::newRow("issuer") << u"so ngoai vu"_s << QList<qint64>{1};
    QTest::newRow("body only, new tone style") << u"toạ đàm"_s << QList<qint64>{4};
    QTest::newRow("body only, no marks") << u"thuy dien muong"_s << QList<qint64>{4};
    QTest::newRow("handling fields") << u"dinh cong tuan"_s << QList<qint64>{1};
    // The trashed record is not in the index the migration built.
    QTest::newRow("trashed") << u"xuc tien dau tu"_s << QList<qint64>{};
}

void TestMigrations::upgradedRowsAreSearchable()
{
    QFETCH(QString, query);
    QFETCH(QList<qint64>, expected);
    auto db = Database::open(m_path);
    VT_VERIFY_OK(db);
    Searcher searcher(*db);
    SearchQuery q;
    q.text = query;
    auto results = searcher.search(q);
    VT_VERIFY_OK(results);
    QCOMPARE(ids(*results), expected);
    auto count = searcher.count(q);
    VT_VERIFY_OK(count);
    QCOMPARE(*count, qint64(expected.size()));
}

void TestMigrations::upgradedRegisterKeepsNumbering()
{
    auto db = Database::open(m_path);
    VT_VERIFY_OK(db);
    DispatchStore store(*db);
    Dispatch d = vt::test::sampleDispatch(u"17/SNgV-LS"_s);
    d.arrivalDate = QDate(2024, 5, 6);
    auto added = store.add(d);
    VT_VERIFY_OK(added);
    QVERIFY(added->added);
    QCOMPARE(added->arrivalNumber, 4); // after 1..3 of incoming 2024, the trashed 3 included
    Dispatch out = vt::test::sampleDispatch(u"46/SVHTTDL-VP"_s);
    out.direction = Direction::Outgoing;
    out.arrivalDate = QDate(2024, 5, 6);
    auto sent = store.add(out);
    VT_VERIFY_OK(sent);
    QCOMPARE(sent->arrivalNumber, 2);

    // A v1 record may be the duplicate of a new one: the v1 keys are used as written.
    Dispatch again;
    again.reference = u"116-kh/bcdttdn"_s;
    again.issuer = u"BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TỈNH"_s;
    again.issuedDate = QDate(2024, 3, 8);
    auto dup = store.add(again);
    VT_VERIFY_OK(dup);
    QVERIFY(!dup->added);
    QCOMPARE(dup->duplicates.size(), 1);
    QCOMPARE(dup->duplicates.first().existingId, qint64(2));

    auto checked = check(*db);
    VT_VERIFY_OK(checked);
    QVERIFY2(checked->ok(), qPrintable(checked->problems.join(u'\n')));
}

void TestMigrations::failedStepLeavesVersionUnchanged()
{
    // Someone made a table of that name by hand: step 2 cannot create its index, and must change nothing.
    {
        RawDb raw(m_path);
        QCOMPARE(raw.exec(u"CREATE TABLE dispatch_fts (note TEXT); INSERT INTO dispatch_fts VALUES ('ghi chú')"_s),
            QString());
    }
    {
        auto db = Database::open(m_path);
        QVERIFY(!db);
        QVERIFY2(db.error().message.contains(u"schema 2"_s), qPrintable(db.error().message));
        QVERIFY(db.error().code != Error::SchemaTooNew);
    }
    RawDb raw(m_path);
    QCOMPARE(raw.integer(u"PRAGMA user_version"_s), qint64(1));
    // The statements of step 2 that did succeed were rolled back with it.
    QCOMPARE(raw.integer(u"SELECT count(*) FROM sqlite_schema WHERE name = 'dispatch_search'"_s), qint64(0));
    QCOMPARE(raw.text(u"SELECT note FROM dispatch_fts"_s), u"ghi chú"_s);
    QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch"_s), qint64(4));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch_text"_s), qint64(4));
    QCOMPARE(raw.text(u"SELECT summary FROM dispatch WHERE id = 2"_s), u"Kế hoạch thông tin đối ngoại năm 2024"_s);
    QCOMPARE(raw.text(u"PRAGMA integrity_check"_s), u"ok"_s);

    // Once the obstacle is gone the same file upgrades.
    QCOMPARE(raw.exec(u"DROP TABLE dispatch_fts"_s), QString());
    auto db = Database::open(m_path);
    VT_VERIFY_OK(db);
    SearchQuery q;
    q.text = u"doi ngoai"_s;
    auto results = Searcher(*db).search(q);
    VT_VERIFY_OK(results);
    QCOMPARE(ids(*results), (QList<qint64>{1, 2, 4}));
}

void TestMigrations::newDatabaseGetsEveryStep()
{
    // A new file runs steps 1 and 2 in one go and ends with the same schema as the upgraded v1 file.
    const QString fresh = m_dir.filePath(u"fresh.sqlite"_s);
    const QString schemaSql = u"SELECT group_concat(type || ' ' || name, ', ') FROM "
                              "(SELECT type, name FROM sqlite_schema ORDER BY name)"_s;
    {
        auto a = Database::open(fresh);
        VT_VERIFY_OK(a);
        auto b = Database::open(m_path);
        VT_VERIFY_OK(b);
    }
    RawDb freshRaw(fresh);
    RawDb upgradedRaw(m_path);
    QCOMPARE(freshRaw.integer(u"PRAGMA user_version"_s), qint64(kSchemaVersion));
    QCOMPARE(freshRaw.text(schemaSql), upgradedRaw.text(schemaSql));
}

namespace {

QString loadVersion3(const QTemporaryDir &dir)
{
    static int n = 0;
    const QString path = dir.filePath(u"v3-%1.sqlite"_s.arg(++n));
    QString error;
    if (!loadFixture(u"v3.sql"_s, path, &error, true))
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}

QStringList complete(Database &db, SuggestionKind kind, const QString &typed)
{
    auto r = Suggestions(db).complete(kind, typed);
    return r ? *r : QStringList{u"error: "_s + r.error().message};
}

} // namespace

void TestMigrations::upgradesVersion3()
{
    const QString path = loadVersion3(m_dir);
    QVERIFY(!path.isEmpty());
    {
        RawDb raw(path);
        QCOMPARE(raw.integer(u"PRAGMA user_version"_s), qint64(3));
        QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch"_s), qint64(5));
        QCOMPARE(raw.integer(u"SELECT count(*) FROM pragma_table_info('dispatch') WHERE name = 'cooperating_units'"_s),
            qint64(0));
    }
    auto db = Database::open(path);
    VT_VERIFY_OK(db);
    auto version = schemaVersion(db->connection());
    VT_VERIFY_OK(version);
    QCOMPARE(*version, 5);

    DispatchStore store(*db);
    auto fifth = store.get(5);
    VT_VERIFY_OK(fifth);
    QCOMPARE(fifth->reference, u"190/SNgV-VP"_s);
    QCOMPARE(fifth->handlingUnit, u"Phòng Văn hóa - Xã hội"_s);
    QVERIFY(fifth->cooperatingUnits.isEmpty());
    QCOMPARE(fifth->dueDate, QDate(2024, 4, 19));

    // The suggestions were filled from the live records: spellings that differ in case once, list items
    // cleaned of their dashes and semicolons, "Như trên" and "Lưu: …" left out, the trashed record's issuer
    // left out.
    const QStringList issuers = complete(*db, SuggestionKind::Issuer, u"so ngoai"_s);
    QCOMPARE(issuers.size(), 1);
    QCOMPARE(text::foldForSearch(issuers.first()), u"so ngoai vu"_s);
    QCOMPARE(complete(*db, SuggestionKind::Recipient, u"tu phap"_s), QStringList{u"Sở Tư pháp"_s});
    QCOMPARE(complete(*db, SuggestionKind::Recipient, u"luu"_s), QStringList{});
    QCOMPARE(complete(*db, SuggestionKind::Recipient, u"như"_s), QStringList{});
    QCOMPARE(complete(*db, SuggestionKind::Issuer, u"trung tam"_s), QStringList{});
    QCOMPARE(complete(*db, SuggestionKind::Unit, u"phong van"_s), QStringList{u"Phòng Văn hóa - Xã hội"_s});
    QCOMPARE(complete(*db, SuggestionKind::Person, u"dinh"_s), QStringList{u"Đinh Công Tuấn"_s});
    // Used by records 1 and 5 (addressee of one, addressee of the other): first of the "so" recipients.
    QCOMPARE(complete(*db, SuggestionKind::Recipient, u"so"_s).value(0), u"Sở Văn hóa, Thể thao và Du lịch"_s);

    auto checked = check(*db);
    VT_VERIFY_OK(checked);
    QVERIFY2(checked->ok(), qPrintable(checked->problems.join(u'\n')));
    QCOMPARE(checked->records, qint64(5));
}

void TestMigrations::upgradedVersion3KeepsSearchAndSuggestionsInStep()
{
    const QString path = loadVersion3(m_dir);
    QVERIFY(!path.isEmpty());
    auto db = Database::open(path);
    VT_VERIFY_OK(db);
    Searcher searcher(*db);
    SearchQuery q;
    q.text = u"doi ngoai"_s;
    auto before = searcher.search(q);
    VT_VERIFY_OK(before);
    QCOMPARE(ids(*before), (QList<qint64>{1, 2, 4, 5}));

    // An old record edited under the new view: the index forgets its old words and learns the new ones.
    DispatchStore store(*db);
    auto fifth = store.get(5);
    VT_VERIFY_OK(fifth);
    fifth->cooperatingUnits = {u"Công an tỉnh"_s, u"Sở Tư pháp"_s};
    fifth->summary = u"V/v góp ý dự thảo quy chế"_s;
    VT_VERIFY_OK(store.update(*fifth));
    auto history = store.history(5);
    VT_VERIFY_OK(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).field, u"summary"_s);
    QCOMPARE(history->at(2).field, u"cooperating_units"_s);
    QCOMPARE(history->at(2).oldValue, u"[]"_s);
    QCOMPARE(history->at(2).newValue, u"[\"Công an tỉnh\",\"Sở Tư pháp\"]"_s);

    q.text = u"cong an"_s;
    auto police = searcher.search(q);
    VT_VERIFY_OK(police);
    QCOMPARE(ids(*police), QList<qint64>{5});
    q.text = u"doi ngoai"_s;
    auto after = searcher.search(q);
    VT_VERIFY_OK(after);
    QCOMPARE(ids(*after), (QList<qint64>{1, 2, 4})); // 5 no longer says it
    QCOMPARE(complete(*db, SuggestionKind::Unit, u"cong an"_s), QStringList{u"Công an tỉnh"_s});

    // The trash takes a record's names out of the suggestions; restoring brings them back.
    VT_VERIFY_OK(store.moveToTrash(5));
    QCOMPARE(complete(*db, SuggestionKind::Unit, u"cong an"_s), QStringList{});
    QCOMPARE(complete(*db, SuggestionKind::Recipient, u"tu phap"_s), QStringList{});
    QCOMPARE(complete(*db, SuggestionKind::Unit, u"phong van"_s), QStringList{u"Phòng Văn hóa - Xã hội"_s}); // record 1
    VT_VERIFY_OK(store.restore(5));
    QCOMPARE(complete(*db, SuggestionKind::Unit, u"cong an"_s), QStringList{u"Công an tỉnh"_s});

    auto checked = check(*db);
    VT_VERIFY_OK(checked);
    QVERIFY2(checked->ok(), qPrintable(checked->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
