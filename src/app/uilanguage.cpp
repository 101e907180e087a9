// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace vt::gui {

QStringList uiLanguages()
{
    return {u"vi"_s, u"en"_s};
}

QString uiLanguage()
{
    const QString language = QSettings().value(QLatin1StringView(kLanguageKey), u"vi"_s).toString();
    return uiLanguages().contains(language) ? language : u"vi"_s;
}

void setUiLanguage(const QString &language)
{
    QSettings().setValue(QLatin1StringView(kLanguageKey), language);
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    auto *translator = new QTranslator(&app);
    if (!translator->load(u":/i18n/vanthu_"_s + language + u".qm"_s)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    // Numbers as the language writes them (1.234.567 in Vietnamese); dates are written dd/MM/yyyy anyway.
    QLocale::setDefault(language == u"vi" ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom));
    return true;
}

void showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::NoButton, parent);
    box.addButton(QCoreApplication::translate("vt::gui", "Close"), QMessageBox::AcceptRole);
    box.exec();
}

} // namespace vt::gui
