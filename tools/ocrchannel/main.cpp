// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/learn.h"
#include "ocrchannel/renderocr.h"

#include <QGuiApplication>

#include <cstdio>

#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Tesseract's OpenMP would put several spinning threads on each page; with one worker thread per core that
    // makes OCR 2.5 times slower. libgomp reads OMP_THREAD_LIMIT when it is loaded, before main(), so setting it
    // here only helps after re-executing ourselves.
    if (qgetenv("OMP_THREAD_LIMIT") != "1") {
        qputenv("OMP_THREAD_LIMIT", "1");
        ::execv("/proc/self/exe", argv);
        std::perror("vanthu-ocr-channel: re-exec with OMP_THREAD_LIMIT=1 failed; continuing");
    }
    // Fonts need a QGuiApplication; the tool never opens a window.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"vanthu-ocr-channel"_s);

    const QStringList args = QGuiApplication::arguments();
    const QString command = args.value(1);
    if (command == u"render-ocr"_s)
        return vt::ocrchannel::runRenderOcr(args);
    if (command == u"learn"_s)
        return vt::ocrchannel::runLearn(args);
    std::fputs("usage: vanthu-ocr-channel render-ocr --text-dir DIR --out DIR [--dpi 200,300] "
               "[--noise none,light,heavy] [--lang eng,vie] [--pages N] [--eval]\n"
               "       vanthu-ocr-channel learn --pairs DIR --out resources/repair/ocr-channel.tsv\n"
               "Each subcommand takes --help.\n",
        stderr);
    return 2;
}
