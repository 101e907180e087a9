// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Several processes registering into one database file at once must still produce the numbers 1..N with no
// gap and no repeat. The test re-runs its own executable as the writers: with VT_CHILD_REGISTER set, main()
// registers records instead of running the test functions.
#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/maintenance.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

namespace {

constexpr int kPerChild = 150;
constexpr int kChildren = 3;

/// The child: VT_CHILD_REGISTER=<db>,<count>,<tag>. Says "ready", waits for a line on stdin so that all writers
/// start together, then prints "<number>" per registration, or "dup" when another writer registered that
/// reference first. Exit status 0 unless something failed.
int registerRecords(const QString &spec)
{
    const QStringList parts = spec.split(u',');
    if (parts.size() != 3)
        return 2;
    const QString path = parts[0];
    const int count = parts[1].toInt();
    const QString tag = parts[2];
    std::printf("ready\n");
    std::fflush(stdout);
    char go[16];
    if (!std::fgets(go, sizeof go, stdin))
        return 2;
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    DispatchStore store(*db);
    for (int i = 0; i < count; ++i) {
        Dispatch d;
        d.arrivalDate = QDate(2024, 10, 1 + i % 28);
        d.issuer = u"Sở Ngoại vụ"_s;
        d.reference = u"%1/SNgV-%2"_s.arg(i + 1).arg(tag);
        d.issuedDate = QDate(2024, 9, 30);
        d.type = u"Công văn"_s;
        d.summary = u"Về việc phối hợp tổ chức hoạt động đối ngoại, lượt %1 của %2"_s.arg(i + 1).arg(tag);
        d.fullText = u"Văn bản thử nghiệm ghi số đồng thời %1-%2."_s.arg(tag).arg(i + 1);
        auto added = store.add(d);
        if (!added) {
            std::fprintf(stderr, "add %d: %s\n", i, qPrintable(added.error().detail));
            return 1;
        }
        if (added->added)
            std::printf("%d\n", added->arrivalNumber);
        else
            std::printf("dup\n");
    }
    std::fflush(stdout);
    return 0;
}

} // namespace

class TestNumberingConcurrent : public QObject
{
    Q_OBJECT

private slots:
    void concurrentRegistration_data();
    void concurrentRegistration();

private:
    QTemporaryDir m_dir;
};

void TestNumberingConcurrent::concurrentRegistration_data()
{
    QTest::addColumn<bool>("createFirst");
    QTest::addColumn<bool>("sameReferences");
    QTest::newRow("existing database") << true << false;
    // The writers also race to create and migrate the file.
    QTest::newRow("new database") << false << false;
    // Every writer registers the same documents: each must go in once, the others be held as duplicates.
    QTest::newRow("same documents") << true << true;
}

void TestNumberingConcurrent::concurrentRegistration()
{
    QFETCH(bool, createFirst);
    QFETCH(bool, sameReferences);
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                                             .replace(u' ', u'-'));
    if (createFirst)
        VT_VERIFY_OK(Database::open(path));

    QList<std::shared_ptr<QProcess>> children;
    for (int c = 0; c < kChildren; ++c) {
        auto child = std::make_shared<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VT_CHILD_REGISTER"_s, u"%1,%2,P%3"_s.arg(path).arg(kPerChild).arg(sameReferences ? 0 : c));
        child->setProcessEnvironment(env);
        children.append(child);
    }
    for (const auto &child : children)
        child->start(QCoreApplication::applicationFilePath(), {});
    for (const auto &child : children) {
        QVERIFY(child->waitForStarted(10000));
        while (!child->canReadLine())
            QVERIFY2(child->waitForReadyRead(10000), child->readAllStandardError().constData());
        QCOMPARE(child->readLine().trimmed(), QByteArray("ready"));
    }
    for (const auto &child : children)
        child->write("go\n");
    QSet<int> reported;
    int reportedTotal = 0;
    int duplicates = 0;
    for (const auto &child : children) {
        QVERIFY2(child->waitForFinished(60000), "a writer did not finish within 60 s");
        const QByteArray errors = child->readAllStandardError();
        QVERIFY2(child->exitStatus() == QProcess::NormalExit && child->exitCode() == 0, errors.constData());
        const QList<QByteArray> lines = child->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.trimmed() == "dup") {
                ++duplicates;
                continue;
            }
            bool isNumber = false;
            const int n = line.trimmed().toInt(&isNumber);
            if (!isNumber)
                continue; // a log line
            reported.insert(n);
            ++reportedTotal;
        }
    }
    const int total = sameReferences ? kPerChild : kChildren * kPerChild;
    QCOMPARE(duplicates, kChildren * kPerChild - total);
    QCOMPARE(reportedTotal, total);
    QCOMPARE(reported.size(), total); // no number handed out twice

    RawDb raw(path);
    const QVariantList numbers = raw.column(u"SELECT arrival_number FROM dispatch WHERE direction = 'incoming' "
                                            "AND register_year = 2024 AND series = 'normal' ORDER BY arrival_number"_s);
    QCOMPARE(numbers.size(), total);
    for (int i = 0; i < total; ++i)
        QCOMPARE(numbers[i].toInt(), i + 1);
    for (int n = 1; n <= total; ++n)
        QVERIFY(reported.contains(n));
    QCOMPARE(raw.integer(u"SELECT last_number FROM number_series"_s), qint64(total));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch_text"_s), qint64(total));
    QCOMPARE(raw.integer(u"SELECT count(*) FROM audit_log WHERE action = 'create'"_s), qint64(total));
    QCOMPARE(raw.integer(u"SELECT count(DISTINCT reference_key) FROM dispatch"_s), qint64(total));

    auto db = Database::open(path);
    VT_VERIFY_OK(db);
    auto report = check(*db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->records, qint64(total));
}

int main(int argc, char *argv[])
{
    const QString child = qEnvironmentVariable("VT_CHILD_REGISTER");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return registerRecords(child);
    }
    QCoreApplication app(argc, argv);
    TestNumberingConcurrent test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_numbering_concurrent.moc"
