// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Field accuracy on ../shared, measured by ../shared/tools/score-fields: the held-out split of the admin
// corpus (clean text) and the seed documents (OCR'd ones repaired first). The thresholds are the levels
// measured when the extractor was written, minus a small margin, so a regression fails.

#include "extract/extractor.h"
#include "ingest/textfile.h"
#include "repair/repairer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestExtractShared : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void heldOutAdminSplit();
    void seeds();

private:
    QJsonObject score(const QList<QJsonObject> &records, const QByteArray &gold, const QStringList &options);

    QDir m_shared;
    QString m_python;
    QTemporaryDir m_tmp;
};

void TestExtractShared::initTestCase()
{
    const QString dir = qEnvironmentVariable("VT_SHARED_DIR");
    if (dir.isEmpty() || !QFileInfo::exists(dir + u"/tools/score-fields"_s))
        QSKIP("../shared is not available (VT_SHARED_DIR)");
    m_shared.setPath(dir);
    m_python = QStandardPaths::findExecutable(u"python3"_s);
    if (m_python.isEmpty())
        QSKIP("python3 is needed to run score-fields");
    QVERIFY(m_tmp.isValid());
}

QJsonObject TestExtractShared::score(
    const QList<QJsonObject> &records, const QByteArray &gold, const QStringList &options)
{
    QFile hyp(m_tmp.filePath(u"hyp.jsonl"_s));
    QFile goldFile(m_tmp.filePath(u"gold.jsonl"_s));
    if (!hyp.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !goldFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    for (const QJsonObject &r : records)
        hyp.write(QJsonDocument(r).toJson(QJsonDocument::Compact) + '\n');
    goldFile.write(gold);
    hyp.close();
    goldFile.close();
    QProcess p;
    p.start(m_python,
        QStringList{m_shared.filePath(u"tools/score-fields"_s), hyp.fileName(), goldFile.fileName(), u"--json"_s}
            + options);
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("score-fields failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestExtractShared::heldOutAdminSplit()
{
    QFile split(QStringLiteral(VT_DEV_SPLIT));
    QVERIFY2(split.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(split.fileName()));
    QSet<QString> heldOut;
    for (const QByteArray &line : split.readAll().split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#'))
            heldOut.insert(QString::fromUtf8(line.trimmed()));
    }
    QVERIFY(heldOut.size() > 40);

    QList<QJsonObject> records;
    for (const QString &doc : std::as_const(heldOut)) {
        const auto text = vt::ingest::readTextFile(m_shared.filePath(u"corpus/admin/%1.txt"_s.arg(doc)));
        QVERIFY2(text.has_value(), qPrintable(doc));
        const auto docs = vt::extract::extractDocuments(vt::extract::linesFromText(*text));
        const qsizetype main = vt::extract::mainDocument(docs);
        QJsonObject record = main >= 0 ? vt::extract::toJson(docs.at(main)) : QJsonObject();
        record.insert(u"doc"_s, doc);
        records.append(record);
    }
    QFile goldFile(m_shared.filePath(u"dev/admin-fields.jsonl"_s));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    QByteArray gold;
    for (const QByteArray &line : goldFile.readAll().split('\n')) {
        const QJsonObject g = QJsonDocument::fromJson(line).object();
        if (heldOut.contains(g.value(u"doc"_s).toString()))
            gold += line + '\n';
    }
    const QJsonObject result = score(records, gold, {});
    QVERIFY(!result.isEmpty());
    QVERIFY(result.value(u"gold_records"_s).toInt() >= 45);
    QCOMPARE(result.value(u"missing_records"_s).toInt(), 0);
    const QJsonObject fields = result.value(u"fields"_s).toObject();
    // Measured 1.00 on each (50 gold documents): one miss is tolerated (the target is 0.97).
    for (const QString &field : {u"reference"_s, u"issued_date"_s, u"type"_s, u"issuer"_s}) {
        const double accuracy = fields.value(field).toObject().value(u"accuracy"_s).toDouble();
        qInfo("held-out %s: %.4f", qPrintable(field), accuracy);
        QVERIFY2(accuracy >= 0.98, qPrintable(field));
    }
    QVERIFY(fields.value(u"signer"_s).toObject().value(u"accuracy"_s).toDouble() >= 0.95);
}

void TestExtractShared::seeds()
{
    auto repairer = vt::repair::Repairer::load(QStringLiteral(VT_MODEL_DIR));
    QVERIFY2(repairer.has_value(), repairer ? "" : qPrintable(repairer.error().message));
    const QDir seeds(m_shared.filePath(u"seeds"_s));
    QList<QJsonObject> records;
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        auto text = vt::ingest::readTextFile(seeds.filePath(name));
        QVERIFY2(text.has_value(), qPrintable(name));
        // Seeds 001 and 004 are English-model OCR output: repaired first, as the import pipeline does.
        const auto mode = vt::repair::Repairer::detectMode(*text);
        const QString input = mode == vt::repair::Mode::VieOcr ? *text : (*repairer)->repair(*text, mode).text;
        const auto docs = vt::extract::extractDocuments(vt::extract::linesFromText(input));
        for (qsizetype i = 0; i < docs.size(); ++i) {
            QJsonObject record = vt::extract::toJson(docs.at(i));
            record.insert(u"seed"_s, name);
            record.insert(u"doc_index"_s, int(i));
            records.append(record);
        }
    }
    QFile goldFile(m_shared.filePath(u"dev/seed-fields.jsonl"_s));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject result = score(records, goldFile.readAll(), {u"--key"_s, u"seed,doc_index"_s});
    QVERIFY(!result.isEmpty());
    QCOMPARE(result.value(u"gold_records"_s).toInt(), 6);
    QCOMPARE(result.value(u"missing_records"_s).toInt(), 0);
    QCOMPARE(result.value(u"extra_records"_s).toInt(), 0); // seed 000 splits into exactly its two documents
    int matched = 0;
    int total = 0;
    const QJsonObject fields = result.value(u"fields"_s).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        matched += it.value().toObject().value(u"matched"_s).toInt();
        total += it.value().toObject().value(u"total"_s).toInt();
    }
    const double share = double(matched) / total;
    qInfo("seeds: %d of %d gold fields (%.4f)", matched, total, share);
    // Measured 73/76 (0.961) with the repairer of 2026-11-22 06:30: the misses are a printed slip the gold corrects
    // ("tổng Rết"), repair errors in seed 004's list (BUTTTU for ĐUTTTU) and a signer the gold itself calls an
    // uncertain reading ("Nguyễn Thién Cin"). The floor leaves room for two repair changes either way.
    QVERIFY(share >= 0.93);
    for (const QString &field : {u"issued_date"_s, u"type"_s, u"issuer"_s, u"issuer_parent"_s, u"place"_s,
             u"signing_authority"_s, u"citations"_s}) {
        QVERIFY2(fields.value(field).toObject().value(u"accuracy"_s).toDouble() >= 0.99, qPrintable(field));
    }
    QVERIFY(fields.value(u"citations"_s).toObject().value(u"f1"_s).toDouble() >= 0.97);
}

QTEST_GUILESS_MAIN(TestExtractShared)
#include "tst_extract_shared.moc"
