// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs the real vanthu-cli executable. Every test has its own database in a temporary folder, and HOME and
// XDG_DATA_HOME point there too, so nothing touches the user's own register. The tests are in two files:
// registering, listing and searching (tst_cli.cpp); files in and out, backup and the trash (tst_cli_files.cpp).

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>
#include <QStringConverter>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace clitest {

using namespace Qt::StringLiterals;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err); }
    QString outText() const { return QString::fromUtf8(out); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QByteArray describe() const { return "exit " + QByteArray::number(code) + "; stdout: " + out + "; stderr: " + err; }
};

/// Minimal RFC 4180 reader: quoted cells with "" escapes and line breaks inside.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

inline QByteArray utf16(const QString &s, QStringConverter::Encoding encoding)
{
    QStringEncoder encode(encoding, QStringConverter::Flag::WriteBom);
    return encode(s);
}

} // namespace clitest

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void initCreatesDatabase();
    void databaseFromEnvironment();
    void addWithOptions();
    void addWithoutText();
    void addJsonFromStdin();
    void duplicateNeedsConfirmation();
    void showJsonFeedsBackIntoAdd();
    void listAndPaging();
    void searchWithAndWithoutDiacritics();
    void hostileQueries_data();
    void hostileQueries();
    void filters_data();
    void filters();
    void exportCsv();
    void exportJson();
    void importTextFiles();
    void backupThenCheck();
    void usageErrors_data();
    void usageErrors();
    void missingDatabase();
    void jsonErrors_data();
    void jsonErrors();
    void trashRestorePurge();
    void updateAndHistory();

private:
    clitest::Run cli(QStringList args, const QByteArray &input = {}, bool withDb = true,
            const QProcessEnvironment &extra = {});
    /// Registers one record from JSON (full_text included); returns its id or -1.
    qint64 add(QJsonObject fields, bool yes = false);
    void addSamples();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};
