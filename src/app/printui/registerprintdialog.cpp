// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerprintdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vt::gui {

RegisterPrintDialog::RegisterPrintDialog(Direction direction, QWidget *parent)
    : QDialog(parent), m_direction(direction), m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_confidential(new QCheckBox(tr("Confidential series (documents marked Mật, numbered apart)"), this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(
        direction == Direction::Incoming ? tr("Print the incoming register") : tr("Print the outgoing register"));
    const int year = QDate::currentDate().year();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        connect(edit, &QDateEdit::dateChanged, this, &RegisterPrintDialog::checkRange);
    }
    m_from->setDate(QDate(year, 1, 1));
    m_to->setDate(QDate(year, 12, 31));

    auto *form = new QFormLayout;
    form->addRow(tr("From (arrival date):"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(m_confidential);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *preview = buttons->addButton(tr("Preview and print…"), QDialogButtonBox::AcceptRole);
    QPushButton *pdf = buttons->addButton(tr("Export PDF…"), QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    preview->setDefault(true);
    m_actions = {preview, pdf};
    connect(preview, &QPushButton::clicked, this, [this] { finish(Preview); });
    connect(pdf, &QPushButton::clicked, this, [this] { finish(ExportPdf); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *note = new QLabel(tr("The register is printed on A4 landscape with its cover page, to be signed and "
                               "bound as Decree 30/2020 requires."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(buttons);
    checkRange();
}

print::RegisterRange RegisterPrintDialog::range() const
{
    return {m_direction, m_from->date(), m_to->date(), m_confidential->isChecked()};
}

QString RegisterPrintDialog::suggestedFileName() const
{
    const QString base = m_direction == Direction::Incoming ? QStringLiteral("so-den") : QStringLiteral("so-di");
    const QString mat = m_confidential->isChecked() ? QStringLiteral("-mat") : QString();
    const int first = m_from->date().year(), last = m_to->date().year();
    const QString years = first == last ? QString::number(first) : QStringLiteral("%1-%2").arg(first).arg(last);
    return QStringLiteral("%1%2-%3.pdf").arg(base, mat, years);
}

void RegisterPrintDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

void RegisterPrintDialog::checkRange()
{
    const bool ok = m_from->date() <= m_to->date();
    m_problem->setText(ok ? QString() : tr("The start date is after the end date."));
    m_problem->setVisible(!ok);
    for (QWidget *w : std::as_const(m_actions))
        w->setEnabled(ok);
}

} // namespace vt::gui
