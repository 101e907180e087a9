// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QDialog>

class QAction;
class QLabel;
class QUndoStack;

namespace vt::gui {

class RecordForm;

/// Editing a registered record: a RecordForm whose every field change is a command on a QUndoStack (Undo
/// Ctrl+Z, Redo Ctrl+Shift+Z or Ctrl+Y, wherever the focus is; typing in one field merges into one step).
/// Save (Ctrl+S, or Enter) writes the record with DispatchStore::update, which logs each changed field,
/// old → new, in the audit log.
///
/// Undo covers the form, not the database: it takes back edits made since the editor opened, before and
/// after a save. Undoing past a save marks the form modified again and changes nothing in the register until
/// the next save, which writes the restored values (and logs them as changes of their own: the audit log
/// only grows). Closing with unsaved edits asks once (Esc again discards them).
class RecordEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    RecordEditor(store::Database &db, qint64 id, QWidget *parent = nullptr);

    /// False when the record could not be read (the message says why; the form is disabled).
    bool isLoaded() const { return m_loaded; }
    RecordForm *form() const { return m_form; }
    QUndoStack *undoStack() const { return m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QString message() const;

    /// Checks the form and writes it; true when the register now holds what the form shows.
    bool save();

signals:
    void saved(qint64 id);

protected:
    void reject() override;

private:
    void load();
    void showMessage(const QString &html);

    store::Database &m_db;
    qint64 m_id;
    bool m_loaded = false;
    bool m_discardAsked = false;
    RecordForm *m_form;
    QLabel *m_message;
    QUndoStack *m_undo;
    QAction *m_undoAction;
    QAction *m_redoAction;
};

} // namespace vt::gui
