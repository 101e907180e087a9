// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_cli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using clitest::Run;
using clitest::writeFile;

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"home"_s));
    m_db = m_dir->filePath(u"vanthu.sqlite"_s);
}

void TestCli::cleanup() { m_dir.reset(); }

clitest::Run TestCli::cli(QStringList args, const QByteArray &input, bool withDb, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VANTHU_DB"_s);
    env.insert(u"HOME"_s, m_dir->filePath(u"home"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"home/.local/share"_s));
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    if (withDb)
        args = QStringList{u"--db"_s, m_db} + args; // first, so that a dangling option cannot swallow it
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(m_dir->path());
    p.start(QStringLiteral(VANTHU_CLI), args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 TestCli::add(QJsonObject fields, bool yes)
{
    if (!fields.contains(u"full_text"_s))
        fields.insert(u"full_text"_s, QString(fields.value(u"summary"_s).toString() + u" (toàn văn)"_s));
    QStringList args{u"add"_s, u"--json"_s};
    if (yes)
        args << u"--yes"_s;
    const Run r = cli(args, QJsonDocument(fields).toJson());
    if (r.code != 0) {
        qWarning("add failed: %s", r.describe().constData());
        return -1;
    }
    const QString out = r.outText();
    const qsizetype at = out.lastIndexOf(u"(id "_s);
    return at < 0 ? -1 : out.mid(at + 4).section(u')', 0, 0).toLongLong();
}

void TestCli::addSamples()
{
    QCOMPARE(cli({u"init"_s}).code, 0);
    QVERIFY(add({{u"reference"_s, u"2668/VP-VHXH"_s}, {u"issuer"_s, u"Văn phòng UBND tỉnh"_s},
                 {u"issued_date"_s, u"2024-08-29"_s}, {u"arrival_date"_s, u"2024-08-30"_s},
                 {u"type"_s, u"Công văn"_s}, {u"summary"_s, u"V/v tham mưu tổ chức hoạt động đối ngoại năm 2024"_s},
                 {u"full_text"_s, u"Văn phòng UBND tỉnh đề nghị Sở Ngoại vụ tham mưu kế hoạch hoạt động đối ngoại "
                                  "năm 2024, báo cáo trước ngày 15/9/2024."_s}})
            == 1);
    QVERIFY(add({{u"reference"_s, u"116-KH/BCĐTTĐN"_s}, {u"issuer"_s, u"Ban Chỉ đạo thông tin đối ngoại"_s},
                 {u"issued_date"_s, u"2024-03-08"_s}, {u"arrival_date"_s, u"2024-03-11"_s},
                 {u"type"_s, u"Kế hoạch"_s}, {u"summary"_s, u"Kế hoạch thông tin đối ngoại năm 2024"_s}})
            == 2);
    QVERIFY(add({{u"reference"_s, u"13/GM-SNgV"_s}, {u"issuer"_s, u"Sở Ngoại vụ"_s},
                 {u"issued_date"_s, u"2024-05-21"_s}, {u"arrival_date"_s, u"2024-05-22"_s},
                 {u"type"_s, u"Giấy mời"_s}, {u"summary"_s, u"Mời dự toạ đàm hữu nghị Việt Nam - Lào"_s},
                 {u"full_text"_s, u"Sở Ngoại vụ kính mời dự toạ đàm hữu nghị Việt Nam - Lào năm 2024."_s}})
            == 3);
    QVERIFY(add({{u"reference"_s, u"35/BC-UBND"_s}, {u"issuer"_s, u"UBND tỉnh Hòa Bình"_s},
                 {u"direction"_s, u"outgoing"_s}, {u"issued_date"_s, u"2024-12-20"_s},
                 {u"arrival_date"_s, u"2024-12-20"_s}, {u"type"_s, u"Báo cáo"_s},
                 {u"summary"_s, u"Báo cáo tổng kết công tác đối ngoại năm 2024"_s}})
            == 4);
}

void TestCli::initCreatesDatabase()
{
    const Run r = cli({u"init"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(QFileInfo::exists(m_db));
    QVERIFY2(r.outText().contains(QFileInfo(m_db).absoluteFilePath()), r.describe().constData());
    QCOMPARE(cli({u"init"_s}).code, 0); // again: nothing to do, still fine
    QCOMPARE(cli({u"check"_s}).code, 0);
}

void TestCli::databaseFromEnvironment()
{
    const QString path = m_dir->filePath(u"from-env/so-den.sqlite"_s);
    QProcessEnvironment env;
    env.insert(u"VANTHU_DB"_s, path);
    Run r = cli({u"init"_s}, {}, false, env);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(QFileInfo::exists(path));
    r = cli({u"add"_s, u"--reference"_s, u"5/TB-VP"_s, u"--summary"_s, u"Thông báo lịch họp"_s, u"--text"_s, u"-"_s},
            "Thông báo lịch họp giao ban tháng 9.", false, env);
    QVERIFY2(r.code == 0, r.describe().constData());
    r = cli({u"list"_s, u"--json"_s}, {}, false, env);
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(r.json().array().size(), 1);
    QVERIFY(!QFileInfo::exists(m_db));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(u"home/.local/share/vanthu/vanthu.sqlite"_s)));
    // --db wins over the environment.
    r = cli({u"list"_s, u"--json"_s}, {}, true, env);
    QCOMPARE(r.code, 1);
}

void TestCli::addWithOptions()
{
    QCOMPARE(cli({u"init"_s}).code, 0);
    const QString textFile = m_dir->filePath(u"cong-van.txt"_s);
    QVERIFY(writeFile(textFile, u"Kính gửi: Sở Ngoại vụ.\r\nVăn phòng UBND tỉnh đề nghị…\r\n"_s.toUtf8()));
    const Run r = cli({u"add"_s, u"--reference"_s, u"2668/VP-VHXH"_s, u"--issuer"_s, u"Văn phòng UBND tỉnh"_s,
                       u"--issued-date"_s, u"29/8/2024"_s, u"--arrival-date"_s, u"2024-08-30"_s, u"--type"_s,
                       u"Công văn"_s, u"--summary"_s, u"V/v tham mưu hoạt động đối ngoại"_s, u"--addressees"_s,
                       u"Sở Ngoại vụ; Sở Văn hóa, Thể thao và Du lịch"_s, u"--urgency"_s, u"Hỏa tốc"_s,
                       u"--signing-authority"_s, u"KT."_s, u"--page-count"_s, u"2"_s, u"--due-date"_s,
                       u"15/09/2024"_s, u"--text"_s, textFile});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(r.outText().contains(u"2668/VP-VHXH as number 1/2024 (id 1)"_s), r.describe().constData());

    const Run show = cli({u"show"_s, u"1"_s, u"--json"_s});
    QVERIFY2(show.code == 0, show.describe().constData());
    const QJsonObject o = show.json().object();
    QCOMPARE(o.value(u"id"_s).toInteger(), 1);
    QCOMPARE(o.value(u"direction"_s).toString(), u"incoming"_s);
    QCOMPARE(o.value(u"arrival_number"_s).toInteger(), 1);
    QCOMPARE(o.value(u"arrival_date"_s).toString(), u"2024-08-30"_s);
    QCOMPARE(o.value(u"reference"_s).toString(), u"2668/VP-VHXH"_s);
    QCOMPARE(o.value(u"issuer"_s).toString(), u"Văn phòng UBND tỉnh"_s);
    QCOMPARE(o.value(u"issued_date"_s).toString(), u"2024-08-29"_s);
    QCOMPARE(o.value(u"due_date"_s).toString(), u"2024-09-15"_s);
    QCOMPARE(o.value(u"type"_s).toString(), u"Công văn"_s);
    QCOMPARE(o.value(u"urgency"_s).toString(), u"flash"_s);
    QCOMPARE(o.value(u"signing_authority"_s).toString(), u"KT."_s);
    QCOMPARE(o.value(u"page_count"_s).toInt(), 2);
    QCOMPARE(o.value(u"addressees"_s).toArray(),
             (QJsonArray{u"Sở Ngoại vụ"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s}));
    QCOMPARE(o.value(u"full_text"_s).toString(), u"Kính gửi: Sở Ngoại vụ.\nVăn phòng UBND tỉnh đề nghị…\n"_s);
    QVERIFY(o.value(u"issuer_parent"_s).isString());

    // Plain show prints the fields and the text.
    const Run plain = cli({u"show"_s, u"1"_s});
    QVERIFY(plain.outText().contains(u"reference: 2668/VP-VHXH"_s));
    QVERIFY(plain.outText().contains(u"Văn phòng UBND tỉnh đề nghị…"_s));

    const Run bad = cli({u"add"_s, u"--issued-date"_s, u"31/02/2024"_s, u"--text"_s, textFile});
    QCOMPARE(bad.code, 2);
    QVERIFY2(bad.errText().contains(u"issued-date"_s), bad.describe().constData());
}

void TestCli::addWithoutText()
{
    // Registering from the envelope before the text is typed in: every field but the text.
    QCOMPARE(cli({u"init"_s}).code, 0);
    const Run r = cli({u"add"_s, u"--reference"_s, u"12/GM-UBND"_s, u"--issuer"_s, u"UBND tỉnh Hòa Bình"_s,
                       u"--arrival-date"_s, u"2024-09-02"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    const Run json = cli({u"add"_s, u"--json"_s}, R"({"reference": "13/GM-UBND", "arrival_date": "2024-09-02",
        "citations": [{"reference": "2668/VP-VHXH"}]})");
    QVERIFY2(json.code == 0, json.describe().constData());
}

void TestCli::addJsonFromStdin()
{
    QCOMPARE(cli({u"init"_s}).code, 0);
    const QJsonObject in{
        {u"direction"_s, u"outgoing"_s},
        {u"arrival_date"_s, u"2025-02-14"_s},
        {u"issuer"_s, u"UBND tỉnh Hoà Bình"_s},
        {u"issuer_parent"_s, u"Chính phủ"_s},
        {u"number"_s, u"84"_s},
        {u"notation"_s, u"2025/QĐ-UBND"_s},
        {u"reference"_s, u"84/2025/QĐ-UBND"_s},
        {u"place"_s, u"Hoà Bình"_s},
        {u"issued_date"_s, u"2025-02-13"_s},
        {u"type"_s, u"Quyết định"_s},
        {u"summary"_s, u"Ban hành Quy chế phối hợp quản lý hoạt động đối ngoại"_s},
        {u"addressees"_s, QJsonArray{u"Các sở, ban, ngành"_s}},
        {u"recipients"_s, QJsonArray{u"Như Điều 3"_s, u"Bộ Ngoại giao (b/c)"_s, u"Lưu: VT"_s}},
        {u"signer"_s, u"Bùi Văn Khánh"_s},
        {u"signer_title"_s, u"Chủ tịch"_s},
        {u"signing_authority"_s, u"TM."_s},
        {u"urgency"_s, u"very_urgent"_s},
        {u"confidentiality"_s, u"confidential"_s},
        {u"due_date"_s, u"2025-03-01"_s},
        {u"handling_unit"_s, u"Sở Ngoại vụ"_s},
        {u"cooperating_units"_s, QJsonArray{u"Công an tỉnh"_s, u"Sở Tư pháp"_s}},
        {u"handling_person"_s, u"Trần Thị Thuỷ"_s},
        {u"instruction"_s, u"Giao Sở Ngoại vụ chủ trì"_s},
        {u"status"_s, u"in_progress"_s},
        {u"notes"_s, u"Bản chính lưu phòng HC"_s},
        {u"page_count"_s, 7},
        {u"full_text"_s, u"Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Hiệu lực."_s},
        {u"citations"_s, QJsonArray{QJsonObject{{u"reference"_s, u"273/STTTT-TTBCBC"_s},
                                                {u"date"_s, u"2020-04-24"_s},
                                                {u"issuer"_s, u"Sở Thông tin và Truyền thông"_s},
                                                {u"type"_s, u"Công văn"_s}}}},
    };
    const Run r = cli({u"add"_s, u"--json"_s}, QJsonDocument(in).toJson());
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(r.outText().contains(u"as number 1/2025"_s), r.describe().constData());
    const Run show = cli({u"show"_s, u"1"_s, u"--json"_s});
    QVERIFY2(show.code == 0, show.describe().constData());
    const QJsonObject out = show.json().object();
    for (auto it = in.begin(); it != in.end(); ++it)
        QVERIFY2(out.value(it.key()) == it.value(), qPrintable(it.key() + u": "_s + show.outText()));
    QCOMPARE(out.value(u"arrival_number"_s).toInt(), 1);
    QVERIFY(out.value(u"created_at"_s).isString());
    // The plain form names each list's own items.
    const QString plain = cli({u"show"_s, u"1"_s}).outText();
    QVERIFY2(plain.contains(u"Công an tỉnh; Sở Tư pháp"_s), qPrintable(plain));
    QVERIFY2(!plain.contains(u"Công an tỉnh; Như Điều 3"_s), qPrintable(plain));
}

void TestCli::duplicateNeedsConfirmation()
{
    addSamples();
    const QJsonObject again{{u"reference"_s, u"2668/vp-vhxh"_s}, {u"issuer"_s, u"van phong UBND tinh"_s},
                            {u"issued_date"_s, u"29/8/2024"_s}, {u"full_text"_s, u"Bản fax gửi lại"_s}};
    Run r = cli({u"add"_s, u"--json"_s}, QJsonDocument(again).toJson());
    QCOMPARE(r.code, 3);
    QVERIFY2(r.errText().contains(u"possible duplicate"_s) && r.errText().contains(u"--yes"_s),
             r.describe().constData());
    QVERIFY(r.errText().contains(u"2668/VP-VHXH"_s));
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 4);
    r = cli({u"add"_s, u"--json"_s, u"--yes"_s}, QJsonDocument(again).toJson());
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 5);
}

void TestCli::showJsonFeedsBackIntoAdd()
{
    // fromJson accepts what show --json prints, so a record can be copied to another register.
    addSamples();
    const Run show = cli({u"show"_s, u"2"_s, u"--json"_s});
    QVERIFY2(show.code == 0, show.describe().constData());
    const Run copy = cli({u"add"_s, u"--json"_s, u"--yes"_s}, show.out);
    QVERIFY2(copy.code == 0, copy.describe().constData());
    QJsonObject a = show.json().object();
    QJsonObject b = cli({u"show"_s, u"5"_s, u"--json"_s}).json().object();
    for (const QString &key : {u"id"_s, u"arrival_number"_s, u"created_at"_s, u"updated_at"_s}) {
        a.remove(key);
        b.remove(key);
    }
    QCOMPARE(b, a);
}

void TestCli::listAndPaging()
{
    addSamples();
    Run r = cli({u"list"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QStringList lines = r.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.first().startsWith(u"#4"_s)); // newest arrival first
    QVERIFY2(lines.first().contains(u"35/BC-UBND"_s), qPrintable(lines.first()));
    r = cli({u"list"_s, u"--json"_s, u"--limit"_s, u"2"_s, u"--offset"_s, u"1"_s, u"--asc"_s,
             u"--sort"_s, u"arrival-date"_s});
    const QJsonArray page = r.json().array();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).toObject().value(u"reference"_s).toString(), u"13/GM-SNgV"_s);
    QCOMPARE(page.at(1).toObject().value(u"reference"_s).toString(), u"2668/VP-VHXH"_s);
    QCOMPARE(cli({u"list"_s, u"--direction"_s, u"outgoing"_s, u"--json"_s}).json().array().size(), 1);
    QCOMPARE(cli({u"list"_s, u"--limit"_s, u"0"_s}).code, 2);
    QCOMPARE(cli({u"list"_s, u"--sort"_s, u"colour"_s}).code, 2);
}

void TestCli::searchWithAndWithoutDiacritics()
{
    addSamples();
    QList<qint64> idsPlain, idsMarked;
    for (const QString &query : {u"doi ngoai"_s, u"đối ngoại"_s}) {
        const Run r = cli({u"search"_s, query, u"--json"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            QVERIFY2(!o.value(u"snippet"_s).toString().isEmpty(), r.describe().constData());
            QVERIFY(o.value(u"highlights"_s).isArray());
            QVERIFY(!o.contains(u"full_text"_s));
            (query == u"doi ngoai" ? idsPlain : idsMarked).append(o.value(u"id"_s).toInteger());
        }
    }
    std::sort(idsPlain.begin(), idsPlain.end());
    std::sort(idsMarked.begin(), idsMarked.end());
    QCOMPARE(idsPlain, (QList<qint64>{1, 2, 4}));
    QCOMPARE(idsMarked, idsPlain);
    // The text form marks the match in brackets.
    const Run text = cli({u"search"_s, u"toa"_s, u"dam"_s});
    QVERIFY2(text.code == 0, text.describe().constData());
    QVERIFY2(text.outText().contains(u"[toạ]"_s) || text.outText().contains(u"[đàm]"_s), text.describe().constData());
    const Run none = cli({u"search"_s, u"vệ tinh"_s});
    QCOMPARE(none.code, 0);
    QVERIFY(none.errText().contains(u"No records found"_s));
    QCOMPARE(cli({u"search"_s}).code, 2);
}

void TestCli::hostileQueries_data()
{
    QTest::addColumn<QString>("query");
    for (const char16_t *q : {u"\"unbalanced", u"\"", u"NEAR(a b)", u"(((", u"*", u"a OR b", u"col:val",
                              u"'; DROP TABLE dispatch; --", u"^", u"NOT", u"📄", u"中文文本"})
        QTest::addRow("%s", qPrintable(QString::fromUtf16(q))) << QString::fromUtf16(q);
}

void TestCli::hostileQueries()
{
    QFETCH(QString, query);
    addSamples();
    const Run r = cli({u"search"_s, query, u"--json"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.json().isArray());
    QCOMPARE(cli({u"search"_s, query}).code, 0);
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 4);
}

void TestCli::filters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("references");
    QTest::newRow("type ke hoach") << QStringList{u"--type"_s, u"ke hoach"_s} << QStringList{u"116-KH/BCĐTTĐN"_s};
    QTest::newRow("type Giấy mời") << QStringList{u"--type"_s, u"Giấy mời"_s} << QStringList{u"13/GM-SNgV"_s};
    QTest::newRow("issued in 2024 H1")
        << QStringList{u"--issued-from"_s, u"1/1/2024"_s, u"--issued-to"_s, u"2024-06-30"_s}
        << QStringList{u"116-KH/BCĐTTĐN"_s, u"13/GM-SNgV"_s};
    QTest::newRow("issued to, inclusive") << QStringList{u"--issued-to"_s, u"21/05/2024"_s}
                                          << QStringList{u"116-KH/BCĐTTĐN"_s, u"13/GM-SNgV"_s};
    QTest::newRow("issuer plain") << QStringList{u"--issuer"_s, u"so ngoai vu"_s} << QStringList{u"13/GM-SNgV"_s};
    QTest::newRow("issuer prefix") << QStringList{u"--issuer"_s, u"Văn phòng"_s} << QStringList{u"2668/VP-VHXH"_s};
    QTest::newRow("reference") << QStringList{u"--reference"_s, u"2668/vp"_s} << QStringList{u"2668/VP-VHXH"_s};
    QTest::newRow("arrived") << QStringList{u"--arrived-from"_s, u"2024-08-30"_s}
                             << QStringList{u"2668/VP-VHXH"_s, u"35/BC-UBND"_s};
}

void TestCli::filters()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, references);
    addSamples();
    for (const QString &command : {u"list"_s, u"search"_s}) {
        QStringList full{command};
        if (command == u"search")
            full << u"nam 2024"_s; // every sample has "năm 2024" in its summary
        const Run r = cli(full + args + QStringList{u"--json"_s});
        QVERIFY2(r.code == 0, r.describe().constData());
        QStringList found;
        for (const QJsonValue &v : r.json().array())
            found.append(v.toObject().value(u"reference"_s).toString());
        found.sort();
        QStringList expected = references;
        expected.sort();
        QCOMPARE(found, expected);
    }
    QCOMPARE(cli({u"list"_s, u"--issued-from"_s, u"hôm qua"_s}).code, 2);
}
void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--colour"_s};
    QTest::newRow("unknown option for command") << QStringList{u"init"_s, u"--json"_s};
    QTest::newRow("missing option value") << QStringList{u"list"_s, u"--limit"_s};
    QTest::newRow("bad enum") << QStringList{u"list"_s, u"--urgency"_s, u"rất gấp"_s};
    QTest::newRow("show without id") << QStringList{u"show"_s};
    QTest::newRow("show bad id") << QStringList{u"show"_s, u"abc"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QCOMPARE(cli({u"init"_s}).code, 0);
    const Run r = cli(args);
    QVERIFY2(r.code == 2, r.describe().constData());
    QCOMPARE(r.err.count('\n'), 1);
    QVERIFY2(r.err.startsWith("vanthu-cli: "), r.describe().constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(cli({}, {}, false).code, 2); // no command: usage on stderr
    const Run help = cli({u"--help"_s}, {}, false);
    QCOMPARE(help.code, 0);
    QVERIFY(help.outText().contains(u"Exit status"_s));
}

void TestCli::missingDatabase()
{
    const QString missing = m_dir->filePath(u"khong-co/so.sqlite"_s);
    for (const QStringList &args : {QStringList{u"list"_s}, QStringList{u"search"_s, u"ke hoach"_s},
                                    QStringList{u"add"_s, u"--reference"_s, u"1/TB"_s}, QStringList{u"check"_s}}) {
        const Run r = cli(args + QStringList{u"--db"_s, missing}, {}, false);
        QVERIFY2(r.code == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(u"vanthu-cli init"_s), r.describe().constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).absolutePath()));
}

void TestCli::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown field") << QByteArray(R"({"reference": "1/TB", "signatory": "An"})") << u"signatory"_s;
    QTest::newRow("Vietnamese key") << QByteArray(R"({"trich_yeu": "Về việc"})") << u"trich_yeu"_s;
    QTest::newRow("bad date") << QByteArray(R"({"issued_date": "31/02/2024"})") << u"issued_date"_s;
    QTest::newRow("bad enum") << QByteArray(R"({"urgency": "gấp lắm"})") << u"urgency"_s;
    QTest::newRow("not an object") << QByteArray(R"(["1/TB"])") << u"JSON object"_s;
    QTest::newRow("not JSON") << QByteArray("reference=1/TB") << u"JSON object"_s;
}

void TestCli::jsonErrors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, named);
    QCOMPARE(cli({u"init"_s}).code, 0);
    const Run r = cli({u"add"_s, u"--json"_s}, input);
    QVERIFY2(r.code == 2, r.describe().constData());
    QVERIFY2(r.errText().contains(named), r.describe().constData());
    QCOMPARE(r.err.count('\n'), 1);
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
