// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestlineedit.h"

#include "core/dispatch.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QUndoStack;

namespace vt::gui {

class DateLineEdit;

/// A keyboard-first form over one Dispatch: the document's fields, then its routing (instruction, lead unit,
/// person, cooperating units, due date, status). Tab walks the fields in the order of a paper document;
/// Enter anywhere submits, Ctrl+Enter in the multi-line fields (summary, instruction). Dates are typed
/// (DateLineEdit); agencies, units and people complete from the register (SuggestLineEdit).
///
/// Fields are named as in vt::dispatchFields() ("issuer", "due_date", …, plus "arrival_date"), with values in
/// that table's canonical text, so an edit can be recorded and replayed (undo) field by field.
class RecordForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    struct Problem
    {
        QString field; ///< the field to correct
        QString message; ///< one line for the clerk
        bool warning = false; ///< the record may be saved anyway once the clerk has seen it
    };

    explicit RecordForm(QWidget *parent = nullptr);

    /// Where the name fields get their suggestions (none when not set).
    void setLookup(const SuggestionLookup &lookup);
    /// Shows `d`; the arrival date can be typed only for a record not registered yet (id 0).
    void setDispatch(const Dispatch &d);
    /// The record as shown: the one given to setDispatch() with the fields' values. Number and notation
    /// follow a changed reference ("2668/VP-VHXH" → 2668, VP-VHXH).
    Dispatch dispatch() const;
    /// Missing or inconsistent values, blocking ones first; empty when the record can be saved.
    QList<Problem> validate() const;

    /// The field names in tab order.
    QStringList fieldNames() const;
    QString value(const QString &field) const;
    /// Shows `text` (canonical form) in the field without reporting it as an edit (undo, redo).
    void setValue(const QString &field, const QString &text);
    QWidget *editor(const QString &field) const;
    /// Moves the focus to the field, selecting its text if `select`.
    void focusField(const QString &field, bool select = true);
    /// The translated label of a field, for messages.
    QString label(const QString &field) const;

    /// Routes Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y in every field to `stack` instead of the field's own undo.
    void setUndoStack(QUndoStack *stack);

signals:
    /// The clerk changed a field (typed, chose, or left a date field with a new date).
    void fieldEdited(const QString &field, const QString &oldValue, const QString &newValue);
    /// Enter (Ctrl+Enter in a multi-line field).
    void submitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Binding
    {
        QString field;
        QWidget *editor;
        std::function<void(Dispatch &)> read; ///< editor → record
        std::function<void(const Dispatch &)> write; ///< record → editor
    };
    void bind(const QString &field, QWidget *editor, std::function<void(Dispatch &)> read,
        std::function<void(const Dispatch &)> write);
    const Binding *binding(const QString &field) const;
    void userEdited(const QString &field);
    SuggestLineEdit *newNameField(const QString &field, store::SuggestionKind kind, bool isList);
    SuggestLineEdit *nameField(const QString &field, store::SuggestionKind kind, QString Dispatch::*member);
    SuggestLineEdit *nameField(const QString &field, store::SuggestionKind kind, QStringList Dispatch::*member);
    QLineEdit *lineField(const QString &field, QString Dispatch::*member);
    void bindText(const QString &field, QLineEdit *edit, QString Dispatch::*member);
    QPlainTextEdit *textField(const QString &field, QString Dispatch::*member);
    DateLineEdit *dateField(const QString &field, QDate Dispatch::*member);
    void buildDocumentSection(QFormLayout *form);
    void buildRoutingSection(QFormLayout *form);

    Dispatch m_base;
    QList<Binding> m_bindings;
    QHash<QString, QString> m_values; ///< last value seen per field, for reporting old → new
    QHash<QString, QString> m_labels;
    QList<SuggestLineEdit *> m_nameFields;
    QUndoStack *m_undo = nullptr;
    bool m_loading = false;
    QLabel *m_number;
    QLabel *m_arrivalLabel;
    DateLineEdit *m_arrival;
    QComboBox *m_type;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_instruction;
};

} // namespace vt::gui
