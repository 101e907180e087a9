// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "mainwindow.h"
#include "registertablemodel.h"
#include "settingskeys.h"
#include "uilanguage.h"

#include "core/logging.h"
#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

/// Saves the window once the first page of the register is on screen, then quits.
void screenshotWhenShown(MainWindow &window, const QString &path)
{
    QObject::connect(
        window.model(), &RegisterTableModel::pageFilled, &window,
        [&window, path] {
            QTimer::singleShot(400, &window, [&window, path] {
                const bool saved = window.grab().save(path, nullptr, 0); // 0: smallest PNG
                std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "could not save", qPrintable(path));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

} // namespace

int run(QApplication &app)
{
    QCoreApplication::setOrganizationName(u"vanthu"_s);
    QCoreApplication::setApplicationName(u"vanthu"_s);
    QApplication::setApplicationDisplayName(u"Văn Thư"_s);
    installTranslations(app, uiLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Startup", "Records office for Vietnamese correspondence."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s,
        QCoreApplication::translate("Startup", "The register database (default: %1).")
            .arg(store::Database::defaultPath()),
        QCoreApplication::translate("Startup", "file"));
    const QCommandLineOption shotOption(u"screenshot"_s,
        QCoreApplication::translate("Startup", "Save the main window to an image once shown, then quit."),
        QCoreApplication::translate("Startup", "file"));
    const QCommandLineOption sizeOption(u"size"_s,
        QCoreApplication::translate("Startup", "Window size, e.g. 1500x900."),
        QCoreApplication::translate("Startup", "size"));
    parser.addOptions({dbOption, shotOption, sizeOption});
    parser.process(app);

    logging::initForApp(store::Database::dataDir());
    // --db, else the database chosen in Settings, else the default in the data folder.
    const QString configured = QSettings().value(QLatin1StringView(settings::kDatabasePath)).toString();
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption)
        : !configured.isEmpty()                 ? configured
                                                : store::Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto db = store::Database::open(path);
    if (!db) {
        logging::get("app")->error("cannot open {}: {} ({})", path.toStdString(), db.error().message.toStdString(),
            db.error().detail.toStdString());
        const QString text
            = QCoreApplication::translate("Startup", "The register database %1 could not be opened.\n\n%2")
                  .arg(QDir::toNativeSeparators(path), db.error().message);
        std::fprintf(stderr, "vanthu: %s\n", qPrintable(QString(text).replace(u"\n\n"_s, u" "_s)));
        // Nobody can close a dialog on the offscreen platform (tests, scripts): the message above is all.
        if (QGuiApplication::platformName() != u"offscreen" && QGuiApplication::platformName() != u"minimal")
            showError(nullptr, QCoreApplication::translate("Startup", "Văn Thư cannot start"), text);
        return 1;
    }

    MainWindow window(*db);
    const QStringList size = parser.value(sizeOption).split(u'x');
    if (size.size() == 2)
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    else
        window.resize(1400, 860);
    if (parser.isSet(shotOption))
        screenshotWhenShown(window, parser.value(shotOption));
    window.show();
    return QApplication::exec();
}

} // namespace vt::gui
