// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vanthu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANTHU_VERSION));
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return vt::cli::run(arguments);
}
