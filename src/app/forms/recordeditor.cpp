// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordeditor.h"

#include "fieldeditcommand.h"
#include "formsupport.h"
#include "recordform.h"

#include "store/dispatchstore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
using namespace forms;

RecordEditor::RecordEditor(store::Database &db, qint64 id, QWidget *parent)
    : QDialog(parent), m_db(db), m_id(id), m_form(new RecordForm(this)), m_message(new QLabel(this)),
      m_undo(new QUndoStack(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *tools = new QToolBar(this);
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcuts({QKeySequence::Undo});
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, &RecordEditor::save);
    for (QAction *a : {m_undoAction, m_redoAction, saveAction}) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        tools->addAction(a);
    }
    layout->addWidget(tools);
    setupMessageLabel(m_message);
    layout->addWidget(m_message);
    layout->addWidget(scrollable(m_form), 1);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *saveButton = buttons->addButton(QDialogButtonBox::Save);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    withoutDefaultButton(buttons);
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, &RecordEditor::save);
    connect(close, &QPushButton::clicked, this, &RecordEditor::reject);

    m_form->setLookup(storeLookup(db));
    m_form->setUndoStack(m_undo);
    connect(m_form, &RecordForm::submitRequested, this, &RecordEditor::save);
    connect(m_form, &RecordForm::fieldEdited, this,
        [this](const QString &field, const QString &oldValue, const QString &newValue) {
            m_discardAsked = false;
            m_undo->push(new FieldEditCommand(m_form, field, oldValue, newValue));
        });
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { setWindowModified(!clean); });
    resize(720, 800);
    load();
}

void RecordEditor::load()
{
    auto record = store::DispatchStore(m_db).get(m_id);
    if (!record) {
        showMessage(problemList(tr("The record cannot be opened:"), {record.error().message}));
        m_form->setEnabled(false);
        return;
    }
    if (record->deletedAt.isValid()) {
        showMessage(problemList(tr("The record cannot be edited:"), {tr("It is in the trash; restore it first.")}));
        m_form->setEnabled(false);
        return;
    }
    m_loaded = true;
    m_form->setDispatch(*record);
    setWindowTitle(tr("Record %1/%2 [*]").arg(record->arrivalNumber).arg(record->arrivalDate.year()));
    m_form->focusField(u"instruction"_s, false);
}

QString RecordEditor::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void RecordEditor::showMessage(const QString &html)
{
    m_message->setText(html);
    m_message->setVisible(!html.isEmpty());
}

bool RecordEditor::save()
{
    if (!m_loaded)
        return false;
    const QList<RecordForm::Problem> problems = m_form->validate();
    QStringList blocking, warnings;
    for (const RecordForm::Problem &p : problems)
        (p.warning ? warnings : blocking).append(p.message);
    if (!blocking.isEmpty()) {
        showMessage(problemList(tr("The record cannot be saved yet:"), blocking));
        m_form->focusField(problems.first().field);
        return false;
    }
    store::DispatchStore store(m_db);
    if (auto r = store.update(m_form->dispatch()); !r) {
        showMessage(problemList(tr("The record was not saved:"), {r.error().message}));
        return false;
    }
    auto saved = store.get(m_id);
    if (saved)
        m_form->setDispatch(*saved);
    m_undo->setClean();
    // Warnings do not stop a save (the clerk is correcting a registered record), but stay in view.
    showMessage(warnings.isEmpty() ? QString() : problemList(tr("Saved. Please check:"), warnings));
    emit this->saved(m_id);
    return true;
}

void RecordEditor::reject()
{
    if (!m_undo->isClean() && !m_discardAsked) {
        m_discardAsked = true;
        showMessage(tr("<p>The changes are not saved. Press Ctrl+S to save them, or Esc again to close "
                       "without saving.</p>"));
        return;
    }
    QDialog::reject();
}

} // namespace vt::gui
