// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The vanthu executable itself: it refuses a database it cannot open with a clear message and exit code 1
// (a dialog on a real display), and on a good register shows the window (saved with --screenshot).

#include "appfixture.h"

#include <QImage>
#include <QProcess>
#include <QtTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusesWhatItCannotOpen_data();
    void refusesWhatItCannotOpen();
    void showsTheRegister();

private:
    int runApp(const QStringList &arguments, QString *errors);
    QTemporaryDir m_dir;
};

void TestStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

int TestStartup::runApp(const QStringList &arguments, QString *errors)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // the app's log goes here
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(VT_VANTHU), arguments);
    if (!app.waitForFinished(60000)) {
        app.kill();
        app.waitForFinished();
        return -1;
    }
    *errors = QString::fromUtf8(app.readAllStandardError());
    return app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -2;
}

void TestStartup::refusesWhatItCannotOpen_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("userVersion"); ///< what the file must still say afterwards; -1: not a database

    const QString garbage = m_dir.filePath(u"rac.sqlite"_s);
    QFile f(garbage);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    QTest::newRow("not a database") << garbage << -1;

    const QString newer = m_dir.filePath(u"moi-hon.sqlite"_s);
    QVERIFY(vt::store::Database::open(newer).has_value());
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(newer).constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(raw);
    QTest::newRow("written by a newer version") << newer << 99;

    QTest::newRow("a folder") << m_dir.path() << -1;
}

void TestStartup::refusesWhatItCannotOpen()
{
    QFETCH(QString, path);
    QFETCH(int, userVersion);
    QString errors;
    QCOMPARE(runApp({u"--db"_s, path}, &errors), 1);
    // One line that names the file and says what is wrong.
    QVERIFY2(errors.contains(u"vanthu: "_s) && errors.contains(path), qPrintable(errors));
    if (userVersion > 0) {
        sqlite3 *raw = nullptr;
        QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(stmt, 0), userVersion); // refused untouched
        sqlite3_finalize(stmt);
        sqlite3_close(raw);
    }
}

void TestStartup::showsTheRegister()
{
    const QString path = m_dir.filePath(u"so.sqlite"_s);
    const QString error = vt::test::generateRegister(path, 500);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QString shot = m_dir.filePath(u"cua-so.png"_s);
    QString errors;
    QCOMPARE(runApp({u"--db"_s, path, u"--screenshot"_s, shot, u"--size"_s, u"1200x700"_s}, &errors), 0);
    const QImage image(shot);
    QVERIFY2(!image.isNull(), qPrintable(errors));
    QCOMPARE(image.size(), QSize(1200, 700));
}

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
