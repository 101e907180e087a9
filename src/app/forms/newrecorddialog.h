// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "store/database.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace vt::gui {

class RecordForm;

/// Registering a document by hand: a RecordForm, then DispatchStore::add, which gives the next arrival
/// number of the register. Blocking problems (no arrival date, no issuer, …) are listed above the form and
/// the first one's field takes the focus. Warnings (an issue date after the arrival date) and duplicates
/// already in the register are listed the same way; pressing Enter (Register) again with nothing changed
/// registers anyway, Esc cancels. The dialog uses the GUI's connection: one short write transaction.
class NewRecordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewRecordDialog)

public:
    NewRecordDialog(store::Database &db, Direction direction, QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    /// After acceptance: the new record and its number.
    qint64 recordId() const { return m_id; }
    int arrivalNumber() const { return m_number; }
    /// What the dialog shows above the form (problems, duplicates), for tests.
    QString message() const;

    /// Checks the record and registers it (what Enter and the Register button do).
    void submit();

signals:
    void registered(qint64 id, int arrivalNumber, int year);

private:
    void showMessage(const QString &html);
    QString signature() const;

    store::Database &m_db;
    RecordForm *m_form;
    QLabel *m_message;
    QPushButton *m_register;
    QString m_confirmed; ///< the record's values the clerk was warned about, once
    qint64 m_id = 0;
    int m_number = 0;
};

} // namespace vt::gui
