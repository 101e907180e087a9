// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/maintenance.h"
#include "store/search.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

namespace {

/// relative path -> content of every file under `root`.
QMap<QString, QByteArray> filesUnder(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path.mid(root.size()), vt::test::readFile(path));
    }
    return out;
}

/// "<number> <reference> <text>" of every record, in id order: what a backup must hold.
QStringList records(Database &db)
{
    QStringList out;
    DispatchStore store(db);
    auto stmt = db.connection().prepare("SELECT id FROM dispatch ORDER BY id");
    while (stmt && stmt->step().value_or(false)) {
        auto d = store.get(stmt->int64(0));
        out.append(d ? u"%1 %2 %3"_s.arg(d->arrivalNumber).arg(d->reference, d->fullText) : u"<error>"_s);
    }
    return out;
}

bool hasProblem(const CheckReport &report, const QString &prefix)
{
    return std::any_of(report.problems.begin(), report.problems.end(),
                       [&](const QString &p) { return p.startsWith(prefix); });
}

} // namespace

class TestMaintenance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void healthyDatabasePasses();
    void backupOfALiveDatabase();
    void backupRefusesExistingDestination();
    void checkFindsDamagedAttachment();
    void checkFindsMissingAttachment();
    void checkFindsNumberingGap();
    void checkFindsStaleSearchIndexAndRebuildFixesIt();
    void checkAcceptsAPurgedNumber();
    void registeringTheOriginalAgainRepairsIt();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::optional<Database> m_db;
    QList<qint64> m_ids;
    QString m_attachmentSha;
};

void TestMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"so-van-ban.sqlite"_s);
    auto db = Database::open(m_path);
    VT_VERIFY_OK(db);
    m_db.emplace(std::move(*db));
    DispatchStore store(*m_db);
    m_ids.clear();
    const QString scan = m_dir->filePath(u"ban-goc.pdf"_s);
    QVERIFY(vt::test::writeFile(scan, QByteArray("%PDF-1.4 bản gốc kế hoạch đối ngoại\n").repeated(500)));
    for (int i = 1; i <= 6; ++i) {
        Dispatch d = vt::test::sampleDispatch(u"%1/SNgV-HTQT"_s.arg(i));
        d.fullText = u"Nội dung văn bản số %1 về công tác đối ngoại."_s.arg(i);
        d.confidentiality = i == 6 ? Confidentiality::Confidential : Confidentiality::Normal;
        AddOptions options;
        if (i == 2)
            options.attachments = {scan};
        auto added = store.add(d, options);
        VT_VERIFY_OK(added);
        m_ids.append(added->id);
    }
    auto list = store.attachments(m_ids[1]);
    VT_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    m_attachmentSha = list->first().sha256;
}

void TestMaintenance::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestMaintenance::healthyDatabasePasses()
{
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->records, qint64(6));
    QCOMPARE(report->attachments, qint64(1));
    // Trashed records are still records with their numbers.
    VT_VERIFY_OK(DispatchStore(*m_db).moveToTrash(m_ids[2]));
    report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestMaintenance::backupOfALiveDatabase()
{
    // Another program is in the middle of reading.
    RawDb reader(m_path);
    QCOMPARE(reader.exec(u"BEGIN"_s), QString());
    QCOMPARE(reader.integer(u"SELECT count(*) FROM dispatch"_s), qint64(6));

    const QString target = m_dir->filePath(u"sao-luu/2024-08-30.sqlite"_s);
    VT_VERIFY_OK(backup(*m_db, target));
    QCOMPARE(reader.exec(u"COMMIT"_s), QString());

    // The live database keeps working.
    auto next = DispatchStore(*m_db).add(vt::test::sampleDispatch(u"7/SNgV-HTQT"_s));
    VT_VERIFY_OK(next);
    QCOMPARE(next->arrivalNumber, 6);

    QVERIFY(QFileInfo::exists(target));
    auto copy = Database::open(target);
    VT_VERIFY_OK(copy);
    auto report = check(*copy);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->records, qint64(6));
    QCOMPARE(report->attachments, qint64(1));
    QStringList original = records(*m_db);
    original.removeLast(); // the record added after the backup
    QCOMPARE(records(*copy), original);

    QCOMPARE(copy->attachmentsDir(), m_dir->filePath(u"sao-luu/2024-08-30.attachments"_s));
    const QMap<QString, QByteArray> copied = filesUnder(copy->attachmentsDir());
    QCOMPARE(copied, filesUnder(m_db->attachmentsDir()));
    QCOMPARE(copied.size(), 1);
    VT_VERIFY_OK(DispatchStore(*copy).attachmentStore().read(m_attachmentSha));

    // The copy is searchable and numbers on from where the original stood.
    SearchQuery q;
    q.text = u"doi ngoai"_s;
    QCOMPARE(Searcher(*copy).count(q).value_or(-1), qint64(6));
    auto added = DispatchStore(*copy).add(vt::test::sampleDispatch(u"8/SNgV-HTQT"_s));
    VT_VERIFY_OK(added);
    QCOMPARE(added->arrivalNumber, 6);
}

void TestMaintenance::backupRefusesExistingDestination()
{
    const QString target = m_dir->filePath(u"sao-luu.sqlite"_s);
    const QByteArray previous = "bản sao lưu tuần trước";
    QVERIFY(vt::test::writeFile(target, previous));
    auto r = backup(*m_db, target);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"already exists"_s));
    QCOMPARE(vt::test::readFile(target), previous);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"sao-luu.attachments"_s)));

    // Nor onto itself.
    auto self = backup(*m_db, m_path);
    QVERIFY(!self);
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY(report->ok());
}

void TestMaintenance::checkFindsDamagedAttachment()
{
    const AttachmentStore files = DispatchStore(*m_db).attachmentStore();
    const QString stored = files.pathOf(m_attachmentSha);
    QByteArray content = vt::test::readFile(stored);
    QVERIFY(!content.isEmpty());
    content[content.size() / 2] = char(content[content.size() / 2] ^ 0x20);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(vt::test::writeFile(stored, content));

    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(hasProblem(*report, u"attachment: "_s), qPrintable(report->problems.join(u'\n')));
    QVERIFY2(report->problems.first().contains(m_attachmentSha), qPrintable(report->problems.first()));
    QVERIFY(report->problems.first().contains(u"damaged"_s));
}

void TestMaintenance::checkFindsMissingAttachment()
{
    const QString stored = DispatchStore(*m_db).attachmentStore().pathOf(m_attachmentSha);
    QVERIFY(QFile::remove(stored));
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(hasProblem(*report, u"attachment: "_s), qPrintable(report->problems.join(u'\n')));
    QVERIFY(report->problems.first().contains(u"missing"_s));
}

void TestMaintenance::checkFindsNumberingGap()
{
    // Someone deletes number 3 with the sqlite3 shell, behind the store's back.
    {
        RawDb raw(m_path);
        QCOMPARE(raw.exec(u"PRAGMA foreign_keys = ON; DELETE FROM dispatch WHERE arrival_number = 3 "
                          "AND series = 'normal'"_s),
                 QString());
    }
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QVERIFY2(hasProblem(*report, u"numbering: incoming 2024 normal"_s), qPrintable(report->problems.join(u'\n')));
    // The confidential series (its own 1..1) is sound and not reported.
    QVERIFY(!hasProblem(*report, u"numbering: incoming 2024 confidential"_s));
    QCOMPARE(report->records, qint64(5));

    // A record slipped in by hand as outgoing number 2, with no number 1.
    RawDb raw(m_path);
    QCOMPARE(raw.exec(u"INSERT INTO dispatch (direction, register_year, series, arrival_number, arrival_date, "
                      "created_at, updated_at) VALUES ('outgoing', 2024, 'normal', 2, '2024-08-30', 'x', 'x');"
                      "INSERT INTO number_series VALUES ('outgoing', 2024, 'normal', 2)"_s),
             QString());
    report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(hasProblem(*report, u"numbering: outgoing 2024 normal"_s), qPrintable(report->problems.join(u'\n')));
}

void TestMaintenance::checkFindsStaleSearchIndexAndRebuildFixesIt()
{
    // Text changed by another program: the search index no longer matches the records.
    {
        RawDb raw(m_path);
        QCOMPARE(raw.exec(u"UPDATE dispatch_text SET full_text = 'Nội dung đã bị sửa ngoài chương trình' "
                          "WHERE dispatch_id = %1"_s.arg(m_ids[0])),
                 QString());
    }
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(hasProblem(*report, u"search index: "_s), qPrintable(report->problems.join(u'\n')));
    for (const QString &problem : report->problems) {
        if (problem.startsWith(u"search index: "_s))
            QVERIFY2(problem.contains(u"--rebuild-index"_s), qPrintable(problem));
    }

    VT_VERIFY_OK(rebuildSearchIndex(*m_db));
    report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    SearchQuery q;
    q.text = u"sửa ngoài chương trình"_s;
    auto hits = Searcher(*m_db).search(q);
    VT_VERIFY_OK(hits);
    QCOMPARE(hits->hits.size(), 1);
    QCOMPARE(hits->hits.first().dispatch.id, m_ids[0]);
}

void TestMaintenance::checkAcceptsAPurgedNumber()
{
    // Purging is a legitimate, audited way for a number to stop having a record: it is not damage, and
    // `vanthu-cli check` must not fail on it for ever after.
    DispatchStore store(*m_db);
    VT_VERIFY_OK(store.moveToTrash(m_ids[2]));
    VT_VERIFY_OK(store.purge(m_ids[2]));
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->records, qint64(5));
}

void TestMaintenance::registeringTheOriginalAgainRepairsIt()
{
    // The stored copy got damaged; the clerk still has the original and registers it again.
    const QString stored = DispatchStore(*m_db).attachmentStore().pathOf(m_attachmentSha);
    const QByteArray good = vt::test::readFile(stored);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(vt::test::writeFile(stored, QByteArray("hỏng")));
    QVERIFY(!check(*m_db)->ok());

    const QString original = m_dir->filePath(u"ban-goc-lan-2.pdf"_s);
    QVERIFY(vt::test::writeFile(original, good));
    AddOptions options;
    options.attachments = {original};
    options.confirmDuplicates = true;
    auto added = DispatchStore(*m_db).add(vt::test::sampleDispatch(u"99/SNgV-HTQT"_s), options);
    VT_VERIFY_OK(added);
    QVERIFY(added->added);
    QCOMPARE(added->duplicates.size(), 1); // the same file as record 2's
    QCOMPARE(vt::test::readFile(stored), good);
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestMaintenance)
#include "tst_maintenance.moc"
