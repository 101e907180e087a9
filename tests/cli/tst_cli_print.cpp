// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// `vanthu-cli print …` as users run it: the real executable, without a display (it picks the offscreen
// platform itself), its PDFs read back with Poppler.

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void slip();
    void registerRange();
    void stamp();
    void usageErrors();

private:
    struct Run
    {
        int code = -1;
        QString out, err;
    };
    Run cli(const QStringList &args);
    QString pdfText(const QString &path, int page = 0);
    int pageCount(const QString &path);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_original;
};

TestCliPrint::Run TestCliPrint::cli(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VANTHU_DB"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // the CLI must choose offscreen itself
    env.remove(u"DISPLAY"_s);
    env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/.local/share"_s));
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral(VANTHU_CLI), QStringList{u"--db"_s, m_db} + args);
    Run r;
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliPrint::pdfText(const QString &path, int page)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || page >= doc->numPages())
        return {};
    return doc->page(page)->text(QRectF()).simplified();
}

int TestCliPrint::pageCount(const QString &path)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    return doc ? doc->numPages() : -1;
}

void TestCliPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"register.sqlite"_s);
    m_original = m_dir.filePath(u"original.pdf"_s);
    {
        QPdfWriter writer(m_original);
        QPainter p(&writer);
        p.setFont(QFont(u"DejaVu Serif"_s, 12));
        p.drawText(QPointF(3000, 1500), u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    }
    QCOMPARE(cli({u"init"_s}).code, 0);
    const struct
    {
        const char *date, *reference, *summary;
    } records[] = {
        {"2025-01-06", "05/SNV-VP", "V/v tổng kết công tác văn thư năm 2024"},
        {"2025-02-10", "18/KH-UBND", "Triển khai chuyển đổi số năm 2025"},
        {"2025-03-03", "231/STC-NS", "V/v bổ sung kinh phí hoạt động"},
    };
    for (const auto &r : records) {
        const Run add = cli({u"add"_s, u"--arrival-date"_s, QString::fromLatin1(r.date), u"--reference"_s,
            QString::fromLatin1(r.reference), u"--issuer"_s, u"Sở Nội vụ"_s, u"--summary"_s,
            QString::fromUtf8(r.summary), u"--handling-unit"_s, u"Văn phòng"_s, u"--attach"_s, m_original, u"--yes"_s});
        QVERIFY2(add.code == 0, qPrintable(add.err));
    }
}

void TestCliPrint::slip()
{
    const QString out = m_dir.filePath(u"slip.pdf"_s);
    const Run r = cli({u"print"_s, u"slip"_s, u"2"_s, u"--out"_s, out, u"--agency"_s, u"Sở Tư pháp"_s, u"--parent"_s,
        u"UBND tỉnh An Giang"_s, u"--place"_s, u"An Giang"_s, u"--date"_s, u"2025-02-11"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(out));
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s), qPrintable(text));
    QVERIFY(text.contains(u"SỞ TƯ PHÁP"_s));
    QVERIFY(text.contains(u"UBND TỈNH AN GIANG"_s));
    QVERIFY(text.contains(u"An Giang, ngày 11 tháng 02 năm 2025"_s));
    QVERIFY(text.contains(u"18/KH-UBND"_s));
    QVERIFY(text.contains(u"Số đến: 2"_s));
}

void TestCliPrint::registerRange()
{
    const QString out = m_dir.filePath(u"register.pdf"_s);
    const Run r = cli({u"print"_s, u"register"_s, u"--incoming"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
        u"2025-02-28"_s, u"--out"_s, out, u"--agency"_s, u"Sở Tư pháp"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"2 records (numbers 1 to 2)"_s), qPrintable(r.out));
    QCOMPARE(pageCount(out), 2);
    const QString cover = pdfText(out, 0);
    QVERIFY(cover.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s));
    QVERIFY(cover.contains(u"Từ số 1 đến số 2"_s));
    const QString table = pdfText(out, 1);
    QVERIFY(table.contains(u"05/SNV-VP"_s) && table.contains(u"18/KH-UBND"_s));
    QVERIFY(!table.contains(u"231/STC-NS"_s)); // arrived in March, outside the range
}

void TestCliPrint::stamp()
{
    auto hash = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    };
    const QByteArray digest = hash(m_original);
    // The store keeps originals beside the database, content-addressed: <name>.attachments/ab/abcdef…
    const QString stored = m_dir.filePath(u"register.attachments/"_s) + QString::fromLatin1(digest.toHex().left(2))
        + u'/' + QString::fromLatin1(digest.toHex());
    QVERIFY(QFile::exists(stored));
    const QString out = m_dir.filePath(u"stamped.pdf"_s);
    const Run r = cli(
        {u"print"_s, u"stamp"_s, u"3"_s, u"--out"_s, out, u"--agency"_s, u"Sở Tư pháp"_s, u"--file-ref"_s, u"02.VP"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(hash(stored), digest);
    QCOMPARE(pageCount(out), 1);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"ĐẾN"_s) && text.contains(u"03/03/2025"_s) && text.contains(u"02.VP"_s), qPrintable(text));
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
}

void TestCliPrint::usageErrors()
{
    const QString out = m_dir.filePath(u"never.pdf"_s);
    QCOMPARE(cli({u"print"_s, u"register"_s, u"--out"_s, out}).code, 2); // which register?
    QCOMPARE(cli({u"print"_s, u"slip"_s, u"--out"_s, out}).code, 2); // no id
    QCOMPARE(cli({u"print"_s, u"slip"_s, u"1"_s}).code, 2); // no --out
    QCOMPARE(cli({u"print"_s, u"label"_s, u"1"_s, u"--out"_s, out}).code, 2); // print what?
    const Run missing = cli({u"print"_s, u"slip"_s, u"99"_s, u"--out"_s, out});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(u"99"_s));
    const Run reversed = cli({u"print"_s, u"register"_s, u"--outgoing"_s, u"--from"_s, u"2025-05-01"_s, u"--to"_s,
        u"2025-04-01"_s, u"--out"_s, out});
    QCOMPARE(reversed.code, 2);
    QVERIFY(reversed.err.contains(u"start date"_s));
    const Run badDate
        = cli({u"print"_s, u"register"_s, u"--incoming"_s, u"--from"_s, u"2025-13-45"_s, u"--out"_s, out});
    QCOMPARE(badDate.code, 2);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestCliPrint)
#include "tst_cli_print.moc"
