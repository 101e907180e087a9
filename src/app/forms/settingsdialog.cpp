// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "formsupport.h"

#include "../settingskeys.h"
#include "../uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QWidget *withButton(QLineEdit *edit, QPushButton *button)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

QLabel *note(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QFont f = label->font();
    f.setItalic(true);
    label->setFont(f);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), m_agency(new QLineEdit(this)), m_parent(new QLineEdit(this)), m_place(new QLineEdit(this)),
      m_database(new QLineEdit(this)), m_ocr(new QComboBox(this)), m_inbox(new QLineEdit(this)),
      m_language(new QComboBox(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    forms::setupMessageLabel(m_message);
    layout->addWidget(m_message);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_agency->setObjectName(u"agencyName"_s);
    m_agency->setPlaceholderText(tr("e.g. Sở Thông tin và Truyền thông"));
    m_parent->setObjectName(u"agencyParent"_s);
    m_parent->setPlaceholderText(tr("e.g. UBND TỈNH KIÊN GIANG"));
    m_place->setObjectName(u"agencyPlace"_s);
    m_place->setPlaceholderText(tr("e.g. Kiên Giang"));
    form->addRow(tr("Agency"), m_agency);
    form->addRow(tr("Parent agency"), m_parent);
    form->addRow(tr("Place name (on dates)"), m_place);
    form->addRow(QString(), note(tr("Printed on routing slips, the ĐẾN stamp and register covers.")));

    m_database->setObjectName(u"databasePath"_s);
    m_database->setPlaceholderText(tr("Default: %1").arg(QDir::toNativeSeparators(store::Database::defaultPath())));
    auto *browseDatabase = new QPushButton(tr("Choose…"), this);
    connect(browseDatabase, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    form->addRow(tr("Register database"), withButton(m_database, browseDatabase));
    form->addRow(QString(), note(tr("A different database is opened at the next start of Văn Thư.")));

    m_ocr->setObjectName(u"ocrLanguages"_s);
    m_ocr->addItem(tr("Vietnamese"), u"vie"_s);
    m_ocr->addItem(tr("Vietnamese and English"), u"vie+eng"_s);
    form->addRow(tr("Text recognition (OCR)"), m_ocr);

    m_inbox->setObjectName(u"inboxFolder"_s);
    m_inbox->setPlaceholderText(tr("None"));
    auto *browseInbox = new QPushButton(tr("Choose…"), this);
    connect(browseInbox, &QPushButton::clicked, this, &SettingsDialog::chooseInbox);
    form->addRow(tr("Inbox folder"), withButton(m_inbox, browseInbox));
    form->addRow(QString(), note(tr("Files saved into this folder are imported once they stop growing.")));

    // Each language is named in itself, so that a clerk who cannot read the current one finds theirs.
    m_language->setObjectName(u"uiLanguage"_s);
    m_language->addItem(u"Tiếng Việt"_s, u"vi"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), note(tr("The language changes at the next start of Văn Thư.")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
    load();
}

void SettingsDialog::load()
{
    const QSettings s;
    m_agency->setText(s.value(key(settings::kAgencyName)).toString());
    m_parent->setText(s.value(key(settings::kAgencyParent)).toString());
    m_place->setText(s.value(key(settings::kAgencyPlace)).toString());
    m_database->setText(QDir::toNativeSeparators(s.value(key(settings::kDatabasePath)).toString()));
    m_ocr->setCurrentIndex(qMax(0, m_ocr->findData(s.value(key(settings::kOcrLanguages), u"vie"_s))));
    m_inbox->setText(QDir::toNativeSeparators(s.value(key(settings::kInboxFolder)).toString()));
    m_language->setCurrentIndex(qMax(0, m_language->findData(uiLanguage())));
}

QString SettingsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SettingsDialog::showMessage(const QString &text)
{
    m_message->setText(text.toHtmlEscaped());
    m_message->setVisible(!text.isEmpty());
}

bool SettingsDialog::save()
{
    const QString database = QDir::fromNativeSeparators(m_database->text().trimmed());
    const QString inbox = QDir::fromNativeSeparators(m_inbox->text().trimmed());
    if (!database.isEmpty()) {
        const QFileInfo info(database);
        if (info.isDir()) {
            showMessage(tr("%1 is a folder; choose a database file in it, e.g. %2.")
                            .arg(database, QDir(database).filePath(u"vanthu.sqlite"_s)));
            m_database->setFocus();
            return false;
        }
        if (!info.absoluteDir().exists()) {
            showMessage(tr("The folder %1 does not exist; choose a database file in an existing folder.")
                            .arg(info.absolutePath()));
            m_database->setFocus();
            return false;
        }
    }
    if (!inbox.isEmpty() && !QFileInfo(inbox).isDir()) {
        showMessage(tr("The inbox folder %1 does not exist; create it or choose another.").arg(inbox));
        m_inbox->setFocus();
        return false;
    }
    QSettings s;
    s.setValue(key(settings::kAgencyName), m_agency->text().trimmed());
    s.setValue(key(settings::kAgencyParent), m_parent->text().trimmed());
    s.setValue(key(settings::kAgencyPlace), m_place->text().trimmed());
    s.setValue(key(settings::kDatabasePath), database.isEmpty() ? QString() : QFileInfo(database).absoluteFilePath());
    s.setValue(key(settings::kOcrLanguages), m_ocr->currentData().toString());
    s.setValue(key(settings::kInboxFolder), inbox.isEmpty() ? QString() : QFileInfo(inbox).absoluteFilePath());
    s.sync();
    setUiLanguage(m_language->currentData().toString());
    showMessage({});
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void SettingsDialog::chooseDatabase()
{
    const QString start = m_database->text().isEmpty() ? store::Database::defaultPath() : m_database->text();
    const QString path = QFileDialog::getSaveFileName(this, tr("Register database"), start,
        tr("Văn Thư database (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_database->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::chooseInbox()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Inbox folder"), m_inbox->text());
    if (!path.isEmpty())
        m_inbox->setText(QDir::toNativeSeparators(path));
}

} // namespace vt::gui
