// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newrecorddialog.h"

#include "formsupport.h"
#include "recordform.h"

#include "core/dispatchfields.h"
#include "store/dispatchstore.h"

#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
using namespace forms;

NewRecordDialog::NewRecordDialog(store::Database &db, Direction direction, QWidget *parent)
    : QDialog(parent), m_db(db), m_form(new RecordForm(this)), m_message(new QLabel(this))
{
    setWindowTitle(
        direction == Direction::Incoming ? tr("Register an incoming document") : tr("Register an outgoing document"));
    auto *layout = new QVBoxLayout(this);
    setupMessageLabel(m_message);
    layout->addWidget(m_message);
    layout->addWidget(scrollable(m_form), 1);
    auto *buttons = new QDialogButtonBox(this);
    m_register = buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    withoutDefaultButton(buttons);
    layout->addWidget(buttons);
    connect(m_register, &QPushButton::clicked, this, &NewRecordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &RecordForm::submitRequested, this, &NewRecordDialog::submit);

    m_form->setLookup(storeLookup(db));
    Dispatch blank;
    blank.direction = direction;
    blank.arrivalDate = QDate::currentDate();
    m_form->setDispatch(blank);
    resize(720, 760);
    m_form->focusField(u"issuer"_s);
}

QString NewRecordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void NewRecordDialog::showMessage(const QString &html)
{
    m_message->setText(html);
    m_message->setVisible(!html.isEmpty());
}

QString NewRecordDialog::signature() const
{
    return QString::fromUtf8(QJsonDocument(toJson(m_form->dispatch(), false)).toJson(QJsonDocument::Compact));
}

void NewRecordDialog::submit()
{
    const QList<RecordForm::Problem> problems = m_form->validate();
    QStringList blocking, warnings;
    for (const RecordForm::Problem &p : problems)
        (p.warning ? warnings : blocking).append(p.message);
    if (!blocking.isEmpty()) {
        showMessage(problemList(tr("The record cannot be registered yet:"), blocking));
        m_form->focusField(problems.first().field);
        return;
    }
    const Dispatch d = m_form->dispatch();
    store::DispatchStore store(m_db);
    auto duplicates = store.duplicatesOf(d);
    if (!duplicates) {
        showMessage(problemList(tr("The register could not be read:"), {duplicates.error().message}));
        return;
    }
    for (const store::Duplicate &dup : *duplicates)
        warnings.append(duplicateText(dup));
    const QString now = signature();
    if (!warnings.isEmpty() && m_confirmed != now) {
        m_confirmed = now;
        showMessage(problemList(tr("Please check before registering:"), warnings)
            + tr("<p>Press Enter or <b>Register</b> again to register it anyway, or Esc to cancel.</p>"));
        const QString field = problems.isEmpty() ? u"reference"_s : problems.first().field;
        m_form->focusField(field);
        return;
    }
    store::AddOptions options;
    options.confirmDuplicates = !duplicates->isEmpty();
    auto added = store.add(d, options);
    if (!added) {
        showMessage(problemList(tr("The record was not registered:"), {added.error().message}));
        return;
    }
    if (!added->added) {
        // Registered by someone else in the meantime: show it as a duplicate first.
        m_confirmed.clear();
        submit();
        return;
    }
    m_id = added->id;
    m_number = added->arrivalNumber;
    emit registered(added->id, added->arrivalNumber, added->year);
    accept();
}

} // namespace vt::gui
