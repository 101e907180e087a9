// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestLogging : public QObject
{
    Q_OBJECT

private slots:
    void appLogsToRotatingFileWithQtMessagesBridged();
};

void TestLogging::appLogsToRotatingFileWithQtMessagesBridged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    vt::logging::initForApp(dir.path());
    vt::logging::get("store")->warn("sổ đến {} mở", 2024);
    qWarning("qt says %s", "xin chào");
    spdlog::default_logger()->flush();
    vt::logging::get("store")->flush();
    vt::logging::get("qt")->flush();

    QFile file(dir.filePath(u"logs/vanthu.log"_s));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString log = QString::fromUtf8(file.readAll());
    QVERIFY2(log.contains(u"[store] sổ đến 2024 mở"_s), qPrintable(log));
    QVERIFY2(log.contains(u"[qt] qt says xin chào"_s), qPrintable(log));
    QVERIFY(log.contains(u"warning"_s));
}

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
