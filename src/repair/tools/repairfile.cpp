// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later

// vanthu-repair: the repair stage alone, for measuring it (scripts/eval-repair.sh) without the rest of the CLI.
// Usage: vanthu-repair [--mode auto|stripped|eng-ocr|vie-ocr] FILE...   (repaired text to standard output)
#include "repair/repairer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("vanthu-repair", "Repairs Vietnamese text files."));
    parser.addHelpOption();
    const QCommandLineOption modeOption(u"mode"_s,
        QCoreApplication::translate("vanthu-repair", "auto, stripped, eng-ocr or vie-ocr."), u"mode"_s, u"auto"_s);
    parser.addOption(modeOption);
    parser.addPositionalArgument(u"files"_s, QCoreApplication::translate("vanthu-repair", "UTF-8 text files."));
    parser.process(app);

    const auto mode = vt::repair::parseMode(parser.value(modeOption));
    if (!mode) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QCoreApplication::translate(
                "vanthu-repair", "Unknown mode \"%1\": use auto, stripped, eng-ocr or vie-ocr.")
                           .arg(parser.value(modeOption))));
        return 2;
    }
    const auto repairer = vt::repair::Repairer::load();
    if (!repairer) {
        std::fprintf(stderr, "%s\n", qPrintable(repairer.error().message));
        return 1;
    }
    for (const QString &path : parser.positionalArguments()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s\n",
                qPrintable(
                    QCoreApplication::translate("vanthu-repair", "Cannot read %1: %2.").arg(path, file.errorString())));
            return 1;
        }
        const QByteArray out = (*repairer)->repair(QString::fromUtf8(file.readAll()), *mode).text.toUtf8();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    }
    return 0;
}
