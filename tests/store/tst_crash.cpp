// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A writer killed with SIGKILL in the middle of registering must leave a sound database: every number it
// reported committed is there with its text and in the search index, the numbers run 1..N, and the next
// registration continues at N+1. The test re-runs its own executable as the writer: with VT_CHILD_CRASH set,
// main() registers records until it is killed.
#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/maintenance.h"
#include "store/search.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

namespace {

/// About 2 KB of text, with a word ("ma<round>x<seq>") found in no other record.
QString bodyFor(const QString &round, int seq)
{
    QString text = u"Mã hồ sơ ma%1x%2. "_s.arg(round).arg(seq);
    while (text.size() < 2000) {
        text += u"Thực hiện Kế hoạch số 116-KH/BCĐTTĐN về công tác thông tin đối ngoại, Sở Ngoại vụ đề nghị các "
                "cơ quan, đơn vị báo cáo kết quả triển khai trong tháng, gửi về Văn phòng UBND tỉnh Hòa Bình. "_s;
    }
    return text;
}

/// The child: VT_CHILD_CRASH=<db>,<round>. Registers records, one transaction each, printing "<seq> <number>"
/// after each commit, until it is killed (or has done 100000).
int registerUntilKilled(const QString &spec)
{
    const QString path = spec.section(u',', 0, 0);
    const QString round = spec.section(u',', 1, 1);
    auto db = Database::open(path);
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        return 1;
    }
    DispatchStore store(*db);
    for (int seq = 1; seq <= 100000; ++seq) {
        Dispatch d;
        d.arrivalDate = QDate(2024, 11, 20);
        d.issuer = u"Sở Ngoại vụ"_s;
        d.reference = u"%1/SNgV-R%2"_s.arg(seq).arg(round);
        d.issuedDate = QDate(2024, 11, 19);
        d.type = u"Báo cáo"_s;
        d.summary = u"Báo cáo tình hình thực hiện nhiệm vụ đối ngoại, bản %1"_s.arg(seq);
        d.fullText = bodyFor(round, seq);
        auto added = store.add(d);
        if (!added || !added->added) {
            std::fprintf(stderr, "add: %s\n", added ? "not added" : qPrintable(added.error().detail));
            return 1;
        }
        std::printf("%d %d\n", seq, added->arrivalNumber);
        std::fflush(stdout);
    }
    return 0;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLeavesSoundDatabase();
};

void TestCrash::killedWriterLeavesSoundDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"so-den.sqlite"_s);
    VT_VERIFY_OK(Database::open(path));
    QRandomGenerator *random = QRandomGenerator::global();
    int expectedFirst = 1; // the number the next round's first record gets

    for (int round = 1; round <= 3; ++round) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"VT_CHILD_CRASH"_s, u"%1,%2"_s.arg(path).arg(round));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted(10000));

        // Kill at a random moment after at least 30 commits.
        const int killAfter = 30 + int(random->bounded(40));
        QMap<int, int> committed; // seq -> number, as the child reported
        QByteArray pending;
        QElapsedTimer timer;
        timer.start();
        while (committed.size() < killAfter) {
            QVERIFY2(timer.elapsed() < 20000, "the writer is too slow");
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            child.waitForReadyRead(200);
            pending += child.readAllStandardOutput();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> fields = pending.left(nl).trimmed().split(' ');
                pending.remove(0, nl + 1);
                bool okSeq = false, okNumber = false;
                const int seq = fields.value(0).toInt(&okSeq);
                const int number = fields.value(1).toInt(&okNumber);
                if (fields.size() == 2 && okSeq && okNumber)
                    committed.insert(seq, number);
            }
        }
        QThread::usleep(random->bounded(20000));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        // Whatever it printed before dying was committed too.
        pending += child.readAllStandardOutput();
        for (const QByteArray &line : pending.split('\n')) {
            const QList<QByteArray> fields = line.trimmed().split(' ');
            if (fields.size() == 2 && fields[0].toInt() > 0)
                committed.insert(fields[0].toInt(), fields[1].toInt());
        }
        QVERIFY(committed.size() >= 30);

        auto db = Database::open(path);
        VT_VERIFY_OK(db);
        auto report = check(*db);
        VT_VERIFY_OK(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));

        RawDb raw(path);
        const QVariantList numbers = raw.column(u"SELECT arrival_number FROM dispatch ORDER BY arrival_number"_s);
        const int last = int(numbers.size());
        for (int i = 0; i < last; ++i)
            QCOMPARE(numbers[i].toInt(), i + 1);
        QCOMPARE(raw.integer(u"SELECT last_number FROM number_series"_s), qint64(last));
        // The child may have committed one more record than it managed to print; not more.
        const int reportedMax = committed.last();
        QVERIFY2(last == reportedMax || last == reportedMax + 1,
                 qPrintable(u"reported up to %1, found %2"_s.arg(reportedMax).arg(last)));
        QCOMPARE(committed.first(), expectedFirst);

        DispatchStore store(*db);
        Searcher searcher(*db);
        const QString roundTag = QString::number(round);
        for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
            const qint64 id = raw.integer(u"SELECT id FROM dispatch WHERE arrival_number = %1"_s.arg(it.value()));
            auto d = store.get(id);
            VT_VERIFY_OK(d);
            QCOMPARE(d->reference, u"%1/SNgV-R%2"_s.arg(it.key()).arg(round));
            QCOMPARE(d->fullText, bodyFor(roundTag, it.key()));
            SearchQuery q;
            q.text = u"ma%1x%2"_s.arg(round).arg(it.key());
            auto hits = searcher.search(q);
            VT_VERIFY_OK(hits);
            QCOMPARE(hits->hits.size(), 1);
            QCOMPARE(hits->hits.first().dispatch.id, id);
        }
        // A record committed but not reported is complete too. (The parent adds one record per round.)
        const qint64 written = last - (round - 1);
        QCOMPARE(raw.integer(u"SELECT count(*) FROM dispatch d JOIN dispatch_text t ON t.dispatch_id = d.id "
                             "WHERE d.reference LIKE '%/SNgV-R%' AND length(t.full_text) >= 2000"_s),
                 written);
        SearchQuery all;
        all.text = u"báo cáo đối ngoại"_s;
        QCOMPARE(searcher.count(all).value_or(-1), written);

        Dispatch next = vt::test::sampleDispatch(u"%1/VP-SAU"_s.arg(round));
        next.arrivalDate = QDate(2024, 11, 21);
        auto added = store.add(next);
        VT_VERIFY_OK(added);
        QCOMPARE(added->arrivalNumber, last + 1);
        expectedFirst = last + 2;
    }
}

int main(int argc, char *argv[])
{
    const QString child = qEnvironmentVariable("VT_CHILD_CRASH");
    if (!child.isEmpty()) {
        QCoreApplication app(argc, argv);
        return registerUntilKilled(child);
    }
    QCoreApplication app(argc, argv);
    TestCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
