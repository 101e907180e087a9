// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Printing lays out text, which needs QtGui's fonts; the offscreen platform needs no display.
    std::unique_ptr<QCoreApplication> app;
    if (vt::cli::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("vanthu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANTHU_VERSION));
    arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return vt::cli::run(arguments);
}
