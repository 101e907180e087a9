// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_cli.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStringDecoder>
#include <QtTest>

using namespace Qt::StringLiterals;
using clitest::Run;

using clitest::parseCsv;
using clitest::utf16;
using clitest::writeFile;

void TestCli::exportCsv()
{
    addSamples();
    const QString tricky = u"V/v \"Tết\" sum họp, đón khách\ndòng thứ hai"_s;
    QVERIFY(add({{u"reference"_s, u"9/TB-VP"_s}, {u"arrival_date"_s, u"2024-02-01"_s}, {u"summary"_s, tricky},
                {u"recipients"_s, QJsonArray{u"Như trên"_s, u"Lưu: VT"_s}}})
        == 5);
    const Run r = cli({u"export"_s, u"--format"_s, u"csv"_s, u"--sort"_s, u"arrival-date"_s, u"--asc"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(r.out.mid(3)));
    QCOMPARE(rows.size(), 1 + 5);
    const QStringList header = rows.first();
    QCOMPARE(header.mid(0, 4), (QStringList{u"id"_s, u"direction"_s, u"arrival_number"_s, u"arrival_date"_s}));
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), header.size());
    const QStringList first = rows.at(1); // the earliest arrival: the tricky one
    QCOMPARE(first.at(header.indexOf(u"summary"_s)), tricky);
    QCOMPARE(first.at(header.indexOf(u"reference"_s)), u"9/TB-VP"_s);
    QCOMPARE(first.at(header.indexOf(u"recipients"_s)), u"Như trên; Lưu: VT"_s);
    QCOMPARE(first.at(header.indexOf(u"arrival_date"_s)), u"2024-02-01"_s);
    QCOMPARE(rows.at(2).at(header.indexOf(u"reference"_s)), u"116-KH/BCĐTTĐN"_s);
    QVERIFY(!header.contains(u"full_text"_s));

    // Filters and --output apply.
    const QString file = m_dir->filePath(u"xuat/so-den.csv"_s);
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    const Run filtered = cli({u"export"_s, u"--format"_s, u"csv"_s, u"--type"_s, u"ke hoach"_s, u"--output"_s, file});
    QVERIFY2(filtered.code == 0, filtered.describe().constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(parseCsv(QString::fromUtf8(f.readAll().mid(3))).size(), 2);
    QCOMPARE(cli({u"export"_s, u"--format"_s, u"xlsx"_s}).code, 2);
}

void TestCli::exportJson()
{
    addSamples();
    const Run r = cli({u"export"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().size(), 4);
    QStringList references;
    for (const QJsonValue &v : doc.array())
        references.append(v.toObject().value(u"reference"_s).toString());
    QVERIFY(references.contains(u"116-KH/BCĐTTĐN"_s));
    const Run searched = cli({u"export"_s, u"--format"_s, u"json"_s, u"toạ đàm"_s});
    QCOMPARE(QJsonDocument::fromJson(searched.out).array().size(), 1);
    const Run empty = cli({u"export"_s, u"--format"_s, u"json"_s, u"vệ tinh"_s});
    QVERIFY2(QJsonDocument::fromJson(empty.out).isArray(), empty.describe().constData());
    QCOMPARE(QJsonDocument::fromJson(empty.out).array().size(), 0);
}

void TestCli::importTextFiles()
{
    QCOMPARE(cli({u"init"_s}).code, 0);
    // Two made-up dispatches as text files from another OCR tool, one UTF-8, one UTF-16 with BOM; the plan
    // cites the letter, which is imported after it.
    const QString letter = u"UBND TỈNH AN GIANG\nSỞ NGOẠI VỤ\n"
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                           "Số: 412/SNgV-HTQT\nAn Giang, ngày 15 tháng 3 năm 2025\n"
                           "V/v chuẩn bị đón đoàn công tác tỉnh Kandal\n"
                           "Kính gửi: Ủy ban nhân dân thành phố Châu Đốc.\n"
                           "Sở Ngoại vụ đề nghị Ủy ban nhân dân thành phố phối hợp đón đoàn.\n"
                           "Nơi nhận:\n- Như trên;\n- Lưu: VT, HTQT.\nGIÁM ĐỐC\nTrần Văn Bình\n"_s;
    const QString plan
        = u"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CHÂU ĐỐC\n"
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
          "Số: 38/KH-UBND\nChâu Đốc, ngày 20 tháng 3 năm 2025\nKẾ HOẠCH\nĐón tiếp đoàn công tác tỉnh Kandal\n"
          "Thực hiện Công văn số 412/SNgV-HTQT ngày 15/3/2025 của Sở Ngoại vụ, Ủy ban nhân dân "
          "thành phố ban hành kế hoạch như sau:\n"
          "Nơi nhận:\n- Sở Ngoại vụ;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Thị Hoa\n"_s;
    QVERIFY(QDir(m_dir->path()).mkpath(u"thu-muc/con"_s));
    QVERIFY(writeFile(m_dir->filePath(u"thu-muc/con/ke-hoach.txt"_s), plan.toUtf8()));
    QVERIFY(writeFile(m_dir->filePath(u"cong-van.txt"_s), utf16(letter, QStringConverter::Utf16LE)));
    QVERIFY(writeFile(m_dir->filePath(u"thu-muc/ghi-chu.md"_s), "not imported: not a type import takes"));
    QVERIFY(writeFile(m_dir->filePath(u"hong.pdf"_s), QByteArray("%PDF-1.4\n1 0 obj\n<<", 20)));
    QVERIFY(writeFile(m_dir->filePath(u"trong.txt"_s), "\n\n   \n"));
    const QStringList inputs{m_dir->filePath(u"thu-muc"_s), m_dir->filePath(u"hong.pdf"_s),
        m_dir->filePath(u"trong.txt"_s), m_dir->filePath(u"cong-van.txt"_s)};

    // Without --yes and without a terminal to ask on: the summary, then nothing registered.
    const Run asked = cli(QStringList{u"import"_s} + inputs);
    QCOMPARE(asked.code, 3);
    QVERIFY2(asked.outText().contains(u"Found 2 documents in 2 of 4 files"_s), asked.describe().constData());
    QVERIFY2(asked.outText().contains(u"38/KH-UBND"_s) && asked.outText().contains(u"412/SNgV-HTQT"_s),
        asked.describe().constData());
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 0);

    const Run r = cli(QStringList{u"import"_s, u"--yes"_s, u"--arrival-date"_s, u"2025-03-21"_s} + inputs);
    QCOMPARE(r.code, 1); // two bad files; the others are registered all the same
    const QStringList errLines = r.errText().split(u'\n', Qt::SkipEmptyParts);
    const auto lineAbout = [&](const QString &name) {
        return std::find_if(errLines.begin(), errLines.end(),
            [&](const QString &l) { return l.startsWith(u"vanthu-cli:"_s) && l.contains(name); });
    };
    QVERIFY2(lineAbout(u"hong.pdf"_s) != errLines.end(), r.describe().constData());
    QVERIFY2(lineAbout(u"hong.pdf"_s)->contains(u"damaged"_s), r.describe().constData());
    QVERIFY2(lineAbout(u"trong.txt"_s) != errLines.end(), r.describe().constData());
    QVERIFY2(r.errText().contains(u"Registered 2 of 2 documents"_s), r.describe().constData());

    const QJsonArray listed
        = cli({u"list"_s, u"--json"_s, u"--sort"_s, u"arrival-number"_s, u"--asc"_s}).json().array();
    QCOMPARE(listed.size(), 2);
    const QJsonObject first = cli({u"show"_s, u"1"_s, u"--json"_s}).json().object();
    const QJsonObject second = cli({u"show"_s, u"2"_s, u"--json"_s}).json().object();
    // Folders first, in the order given: the plan is number 1.
    QCOMPARE(first.value(u"reference"_s).toString(), u"38/KH-UBND"_s);
    QCOMPARE(first.value(u"type"_s).toString(), u"Kế hoạch"_s);
    QCOMPARE(first.value(u"issued_date"_s).toString(), u"2025-03-20"_s);
    QCOMPARE(first.value(u"arrival_date"_s).toString(), u"2025-03-21"_s);
    QCOMPARE(second.value(u"reference"_s).toString(), u"412/SNgV-HTQT"_s);
    QCOMPARE(second.value(u"type"_s).toString(), u"Công văn"_s);
    QCOMPARE(second.value(u"signer"_s).toString(), u"Trần Văn Bình"_s);
    QVERIFY(second.value(u"full_text"_s).toString().contains(u"Sở Ngoại vụ đề nghị"_s));
    QCOMPARE(second.value(u"attachments"_s).toArray().size(), 1);
    // The plan cites the letter registered after it: the citation is now a link.
    const QJsonArray cites = first.value(u"citations"_s).toArray();
    QCOMPARE(cites.size(), 1);
    QCOMPARE(cites.first().toObject().value(u"reference"_s).toString(), u"412/SNgV-HTQT"_s);
    QCOMPARE(cites.first().toObject().value(u"target_id"_s).toInteger(), second.value(u"id"_s).toInteger());

    // The same file again is a duplicate (same original, same reference): held back, exit 3, nothing added.
    const Run again = cli({u"import"_s, u"--yes"_s, m_dir->filePath(u"cong-van.txt"_s)});
    QCOMPARE(again.code, 3);
    QVERIFY2(again.outText().contains(u"possible duplicate"_s), again.describe().constData());
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 2);
    QCOMPARE(cli({u"import"_s}).code, 2);
}

void TestCli::backupThenCheck()
{
    addSamples();
    QVERIFY(writeFile(m_dir->filePath(u"goc.pdf"_s), "%PDF-1.4 bản gốc"));
    QCOMPARE(cli({u"add"_s, u"--reference"_s, u"7/TB-VP"_s, u"--text"_s, u"-"_s, u"--attach"_s,
                     m_dir->filePath(u"goc.pdf"_s)},
                 "Thông báo số 7")
                 .code,
        0);
    const QString target = m_dir->filePath(u"usb/vanthu-2024-09-03.sqlite"_s);
    Run r = cli({u"backup"_s, target});
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY(QFileInfo::exists(target));
    QVERIFY(QFileInfo(m_dir->filePath(u"usb/vanthu-2024-09-03.attachments"_s)).isDir());
    r = cli({u"check"_s, u"--db"_s, target}, {}, false);
    QVERIFY2(r.code == 0, r.describe().constData());
    QVERIFY2(r.outText().contains(u"5 records, 1 attachments checked: no problems"_s), r.describe().constData());
    QCOMPARE(cli({u"list"_s, u"--json"_s, u"--db"_s, target}, {}, false).json().array().size(), 5);
    r = cli({u"backup"_s, target});
    QVERIFY2(r.code != 0, r.describe().constData());
    QVERIFY(r.errText().contains(u"already exists"_s));
    QCOMPARE(cli({u"backup"_s}).code, 2);

    r = cli({u"check"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(cli({u"check"_s, u"--rebuild-index"_s}).code, 0);
}
void TestCli::trashRestorePurge()
{
    addSamples();
    QCOMPARE(cli({u"trash"_s, u"3"_s}).code, 0);
    QCOMPARE(cli({u"search"_s, u"toạ đàm"_s, u"--json"_s}).json().array().size(), 0);
    QCOMPARE(cli({u"list"_s, u"--json"_s}).json().array().size(), 3);
    const QJsonArray trash = cli({u"list"_s, u"--trash"_s, u"--json"_s}).json().array();
    QCOMPARE(trash.size(), 1);
    QCOMPARE(trash.at(0).toObject().value(u"id"_s).toInteger(), 3);
    QVERIFY(cli({u"show"_s, u"3"_s}).outText().contains(u"in trash since"_s));

    QCOMPARE(cli({u"restore"_s, u"3"_s}).code, 0);
    QCOMPARE(cli({u"search"_s, u"toạ đàm"_s, u"--json"_s}).json().array().size(), 1);
    QVERIFY(cli({u"restore"_s, u"3"_s}).code != 0);

    QCOMPARE(cli({u"trash"_s, u"3"_s}).code, 0);
    Run r = cli({u"purge"_s, u"3"_s});
    QCOMPARE(r.code, 3);
    QVERIFY(r.errText().contains(u"--yes"_s));
    QCOMPARE(cli({u"show"_s, u"3"_s}).code, 0);
    QVERIFY(cli({u"purge"_s, u"2"_s, u"--yes"_s}).code != 0); // not in the trash
    QCOMPARE(cli({u"show"_s, u"2"_s}).code, 0);
    r = cli({u"purge"_s, u"3"_s, u"--yes"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    QCOMPARE(cli({u"show"_s, u"3"_s}).code, 1);
    const Run history = cli({u"history"_s, u"3"_s});
    QCOMPARE(history.code, 0);
    QVERIFY2(history.outText().contains(u"purge"_s) && history.outText().contains(u"create"_s),
        history.describe().constData());
    QCOMPARE(cli({u"trash"_s, u"99"_s}).code, 1);
    // The number stays used.
    QVERIFY2(
        cli({u"add"_s, u"--reference"_s, u"14/GM-SNgV"_s, u"--arrival-date"_s, u"2024-12-30"_s, u"--text"_s, u"-"_s},
            "Giấy mời")
            .outText()
            .contains(u"number 4/2024"_s),
        "expected number 4");
}

void TestCli::updateAndHistory()
{
    addSamples();
    Run r = cli({u"update"_s, u"3"_s, u"--summary"_s, u"Mời dự hội thảo xúc tiến du lịch"_s, u"--status"_s, u"done"_s});
    QVERIFY2(r.code == 0, r.describe().constData());
    const QJsonObject o = cli({u"show"_s, u"3"_s, u"--json"_s}).json().object();
    QCOMPARE(o.value(u"summary"_s).toString(), u"Mời dự hội thảo xúc tiến du lịch"_s);
    QCOMPARE(o.value(u"status"_s).toString(), u"done"_s);
    QCOMPARE(o.value(u"arrival_number"_s).toInt(), 3);
    const Run history = cli({u"history"_s, u"3"_s});
    QCOMPARE(history.code, 0);
    QVERIFY2(history.outText().contains(u"update summary: Mời dự toạ đàm hữu nghị Việt Nam - Lào → Mời dự hội thảo"_s),
        history.describe().constData());
    QVERIFY(history.outText().contains(u"update status: waiting → done"_s));
    QCOMPARE(cli({u"search"_s, u"xuc tien du lich"_s, u"--json"_s}).json().array().size(), 1);
    QCOMPARE(cli({u"update"_s, u"3"_s, u"--due-date"_s, u"mai"_s}).code, 2);
    QCOMPARE(cli({u"update"_s, u"42"_s, u"--notes"_s, u"x"_s}).code, 1);
    QCOMPARE(cli({u"history"_s, u"42"_s}).code, 1);
}
