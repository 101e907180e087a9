// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/schema.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

namespace {

QString pragma(Database &db, const char *sql)
{
    auto stmt = db.connection().prepare(sql);
    if (!stmt)
        return u"<error>"_s;
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : u"<none>"_s;
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(vt::test::readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void openCreatesFileAndFolder();
    void connectionIsConfigured();
    void reopenIsIdempotent();
    void emptyFileBecomesADatabase();
    void newerSchemaIsRefusedAndLeftUntouched_data();
    void newerSchemaIsRefusedAndLeftUntouched();
    void notADatabase_data();
    void notADatabase();
    void readOnlyMissingFileSaysInit();
    void attachmentsDirIsBesideTheFile_data();
    void attachmentsDirIsBesideTheFile();
};

void TestDatabase::openCreatesFileAndFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"văn thư/sổ 2024/register.sqlite"_s);
    QVERIFY(!QFileInfo::exists(path));
    {
        auto db = Database::open(path);
        VT_VERIFY_OK(db);
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(db->path(), QFileInfo(path).absoluteFilePath());
    }
    QVERIFY(QFileInfo(path).size() > 0);
}

void TestDatabase::connectionIsConfigured()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(u"r.sqlite"_s));
    VT_VERIFY_OK(db);
    QCOMPARE(pragma(*db, "PRAGMA journal_mode"), u"wal"_s);
    QCOMPARE(pragma(*db, "PRAGMA foreign_keys"), u"1"_s);
    QCOMPARE(pragma(*db, "PRAGMA user_version"), QString::number(kSchemaVersion));
    auto version = schemaVersion(db->connection());
    VT_VERIFY_OK(version);
    QCOMPARE(*version, kSchemaVersion);
    // The busy timeout is what makes concurrent writers queue instead of failing.
    QCOMPARE(pragma(*db, "PRAGMA busy_timeout"), QString::number(OpenOptions{}.busyTimeoutMs));
    // FULL by default (2), NORMAL (1) when asked for a bulk load.
    QCOMPARE(pragma(*db, "PRAGMA synchronous"), u"2"_s);
    OpenOptions bulk;
    bulk.fullSync = false;
    auto second = Database::open(dir.filePath(u"r.sqlite"_s), bulk);
    VT_VERIFY_OK(second);
    QCOMPARE(pragma(*second, "PRAGMA synchronous"), u"1"_s);
    // The schema is there, full-text index included.
    for (const char *table : {"dispatch", "dispatch_text", "number_series", "citation", "attachment", "audit_log",
                              "dispatch_fts", "dispatch_search"}) {
        const QByteArray sql = "SELECT count(*) FROM sqlite_schema WHERE name = '" + QByteArray(table) + "'";
        QCOMPARE(pragma(*db, sql.constData()), u"1"_s);
    }
}

void TestDatabase::reopenIsIdempotent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"r.sqlite"_s);
    QString schemaBefore;
    qint64 id = 0;
    {
        auto db = Database::open(path);
        VT_VERIFY_OK(db);
        DispatchStore store(*db);
        auto added = store.add(vt::test::sampleDispatch());
        VT_VERIFY_OK(added);
        id = added->id;
        schemaBefore = pragma(*db, "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name)");
    }
    for (int i = 0; i < 3; ++i) {
        auto db = Database::open(path);
        VT_VERIFY_OK(db);
        QCOMPARE(pragma(*db, "PRAGMA user_version"), QString::number(kSchemaVersion));
        QCOMPARE(pragma(*db, "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name)"),
                 schemaBefore);
        DispatchStore store(*db);
        auto d = store.get(id);
        VT_VERIFY_OK(d);
        QCOMPARE(d->reference, u"2668/VP-VHXH"_s);
        QCOMPARE(pragma(*db, "SELECT count(*) FROM dispatch"), u"1"_s);
    }
    // Two connections open at once (the GUI and the CLI) are fine too.
    auto a = Database::open(path);
    auto b = Database::open(path);
    VT_VERIFY_OK(a);
    VT_VERIFY_OK(b);
}

void TestDatabase::emptyFileBecomesADatabase()
{
    // A zero-byte file is a valid, empty SQLite database: it is migrated like a new one.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    QVERIFY(vt::test::writeFile(path, {}));
    auto db = Database::open(path);
    VT_VERIFY_OK(db);
    QCOMPARE(pragma(*db, "PRAGMA user_version"), QString::number(kSchemaVersion));
}

void TestDatabase::newerSchemaIsRefusedAndLeftUntouched_data()
{
    QTest::addColumn<QString>("journalMode");
    // A file from a newer Văn Thư is in WAL mode like ours; one in rollback mode must not be converted either.
    QTest::newRow("wal") << u"wal"_s;
    QTest::newRow("delete") << u"delete"_s;
}

void TestDatabase::newerSchemaIsRefusedAndLeftUntouched()
{
    QFETCH(QString, journalMode);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.sqlite"_s);
    {
        auto db = Database::open(path);
        VT_VERIFY_OK(db);
        DispatchStore store(*db);
        VT_VERIFY_OK(store.add(vt::test::sampleDispatch()));
    }
    {
        RawDb raw(path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"PRAGMA user_version = %1; CREATE TABLE from_the_future (x); PRAGMA journal_mode = %2"_s
                              .arg(kSchemaVersion + 1)
                              .arg(journalMode)),
                 QString());
    }
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
    const QByteArray before = digest(path);
    const qint64 sizeBefore = QFileInfo(path).size();

    {
        auto db = Database::open(path);
        QVERIFY(!db);
        QCOMPARE(db.error().code, Error::SchemaTooNew);
        QVERIFY2(db.error().message.contains(u"newer"_s), qPrintable(db.error().message));
    }
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(digest(path), before);
    RawDb raw(path);
    QCOMPARE(raw.integer(u"PRAGMA user_version"_s), qint64(kSchemaVersion + 1));
    QCOMPARE(raw.text(u"PRAGMA journal_mode"_s), journalMode);
    QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch"_s), qint64(1));
}

void TestDatabase::notADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QByteArray random(16384, Qt::Uninitialized);
    QRandomGenerator generator(20240829);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("text file") << QByteArray("Kính gửi: Sở Ngoại vụ tỉnh Hòa Bình\n").repeated(200);
    QByteArray fakeHeader = QByteArray("SQLite format 3") + '\0' + random.left(4000);
    QTest::newRow("header then garbage") << fakeHeader;
}

void TestDatabase::notADatabase()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"not-a-db.sqlite"_s);
    QVERIFY(vt::test::writeFile(path, content));
    {
        auto db = Database::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().code == Error::Corrupt || db.error().code == Error::Database,
                 qPrintable(db.error().message));
        QVERIFY(!db.error().message.isEmpty());
        QVERIFY2(!db.error().message.contains(u'\n'), qPrintable(db.error().message));
        if (db.error().code == Error::Database)
            qWarning("not Error::Corrupt but: %s", qPrintable(db.error().message));
    }
    QCOMPARE(vt::test::readFile(path), content);
    QVERIFY(!QFileInfo::exists(dir.filePath(u"not-a-db.attachments"_s)));
}

void TestDatabase::readOnlyMissingFileSaysInit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.sqlite"_s);
    OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(path, options);
    QVERIFY(!db);
    QCOMPARE(db.error().code, Error::NotFound);
    QVERIFY(db.error().message.contains(u"vanthu-cli init"_s));
    QVERIFY(!QFileInfo::exists(path));
}

void TestDatabase::attachmentsDirIsBesideTheFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"vanthu.sqlite"_s << u"vanthu.attachments"_s;
    QTest::newRow("dots") << u"so-den.2024.sqlite"_s << u"so-den.2024.attachments"_s;
    QTest::newRow("vietnamese") << u"sổ văn bản.db"_s << u"sổ văn bản.attachments"_s;
    QTest::newRow("no suffix") << u"register"_s << u"register.attachments"_s;
}

void TestDatabase::attachmentsDirIsBesideTheFile()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(fileName));
    VT_VERIFY_OK(db);
    QCOMPARE(db->attachmentsDir(), QFileInfo(dir.filePath(expected)).absoluteFilePath());
    QCOMPARE(QFileInfo(db->attachmentsDir()).absolutePath(), QFileInfo(db->path()).absolutePath());
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
