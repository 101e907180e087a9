// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QWidget;

namespace vt::gui {

/// QSettings key of the UI language ("vi" or "en"); Vietnamese when unset.
inline constexpr char kLanguageKey[] = "ui/language";

QStringList uiLanguages(); ///< the languages there are catalogs for: "vi", "en"
QString uiLanguage(); ///< from QSettings
void setUiLanguage(const QString &language);

/// Loads the catalog of `language` (compiled into the program at :/i18n) into `app`. Qt has no Vietnamese
/// catalog of its own; the strings of Qt's widgets that the app shows (standard buttons, the line edit's
/// menu) are translated in ours (qtstrings.cpp). Returns false when there is no such catalog.
bool installTranslations(QCoreApplication &app, const QString &language);

/// A modal error message with a button whose text is ours (translated), for startup and fatal errors.
void showError(QWidget *parent, const QString &title, const QString &text);

} // namespace vt::gui
