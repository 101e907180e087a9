// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later

// vanthu-eval-fields: runs the field extractor over text files and prints one JSON object a line, keyed for
// ../shared/tools/score-fields.
//
//   vanthu-eval-fields admin DIR [--only LIST]   one record per file (key "doc" = file name without .txt);
//                                                LIST holds the names to keep (lines starting with '#' skipped)
//   vanthu-eval-fields seeds DIR [--no-repair]   every document of every file (keys "seed", "doc_index");
//                                                OCR'd or stripped text goes through the repairer first
//   vanthu-eval-fields seeds DIR --print-text    the text the extractor reads (after repair), not the records

#include "extract/extractor.h"
#include "ingest/textfile.h"
#include "repair/repairer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void printRecord(QJsonObject record)
{
    std::fputs(QJsonDocument(record).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "vanthu-eval-fields: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || (args.at(0) != u"admin"_s && args.at(0) != u"seeds"_s))
        return fail(u"usage: vanthu-eval-fields admin DIR [--only LIST] | seeds DIR [--no-repair]"_s);
    const bool admin = args.at(0) == u"admin"_s;
    const QDir dir(args.at(1));
    if (!dir.exists())
        return fail(u"%1: no such folder"_s.arg(args.at(1)));

    QSet<QString> only;
    const qsizetype onlyAt = args.indexOf(u"--only"_s);
    if (onlyAt > 0) {
        QFile list(args.value(onlyAt + 1));
        if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(u"%1: cannot read the list (%2)"_s.arg(list.fileName(), list.errorString()));
        for (const QString &l : QString::fromUtf8(list.readAll()).split(u'\n')) {
            if (!l.trimmed().isEmpty() && !l.trimmed().startsWith(u'#'))
                only.insert(l.trimmed());
        }
    }
    std::shared_ptr<const vt::repair::Repairer> repairer;
    if (!admin && !args.contains(u"--no-repair"_s)) {
        auto loaded = vt::repair::Repairer::load();
        if (!loaded)
            return fail(loaded.error().message);
        repairer = *loaded;
    }

    for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        const QString key = name.chopped(4);
        if (!only.isEmpty() && !only.contains(key))
            continue;
        auto text = vt::ingest::readTextFile(dir.filePath(name));
        if (!text) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(text.error().message));
            continue;
        }
        QString input = *text;
        if (repairer) {
            const auto mode = vt::repair::Repairer::detectMode(input);
            if (mode != vt::repair::Mode::VieOcr) {
                input = repairer->repair(input, mode).text;
                std::fprintf(stderr, "%s: repaired (%s)\n", qPrintable(name), qPrintable(vt::repair::toString(mode)));
            }
        }
        if (args.contains(u"--print-text"_s)) {
            std::fputs(input.toUtf8().constData(), stdout);
            continue;
        }
        const auto docs = vt::extract::extractDocuments(vt::extract::linesFromText(input));
        if (admin) {
            const qsizetype main = vt::extract::mainDocument(docs);
            QJsonObject record = main >= 0 ? vt::extract::toJson(docs.at(main)) : QJsonObject();
            record.insert(u"doc"_s, key);
            printRecord(record);
            continue;
        }
        for (qsizetype i = 0; i < docs.size(); ++i) {
            QJsonObject record = vt::extract::toJson(docs.at(i));
            record.insert(u"seed"_s, name);
            record.insert(u"doc_index"_s, int(i));
            printRecord(record);
        }
    }
    return 0;
}
