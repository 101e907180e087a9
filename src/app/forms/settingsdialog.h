// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace vt::gui {

/// Tools › Settings: the agency (names and place printed on slips, stamps and register covers), the
/// database file and the UI language (both take effect at the next start), the OCR languages and the
/// watched inbox folder. Reads and writes QSettings (keys in settingskeys.h and uilanguage.h).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /// Checks the values and writes them; false (with the reason shown) when a folder does not exist.
    bool save();
    QString message() const;

    void accept() override;

private:
    void load();
    void showMessage(const QString &text);
    void chooseDatabase();
    void chooseInbox();

    QLineEdit *m_agency;
    QLineEdit *m_parent;
    QLineEdit *m_place;
    QLineEdit *m_database;
    QComboBox *m_ocr;
    QLineEdit *m_inbox;
    QComboBox *m_language;
    QLabel *m_message;
};

} // namespace vt::gui
