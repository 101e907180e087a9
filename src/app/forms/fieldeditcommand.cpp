// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldeditcommand.h"

#include "recordform.h"

#include "core/dispatchfields.h"

namespace vt::gui {

FieldEditCommand::FieldEditCommand(
    RecordForm *form, const QString &field, const QString &oldValue, const QString &newValue)
    : m_form(form), m_field(field), m_old(oldValue), m_new(newValue)
{
    const DispatchField *f = findDispatchField(field);
    m_merges = f && (f->kind == DispatchField::Text || f->kind == DispatchField::List);
    setText(RecordForm::tr("Edit %1").arg(form->label(field)));
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEditCommand *>(other);
    if (!m_merges || next->m_field != m_field)
        return false;
    m_new = next->m_new;
    // Typed and erased again: nothing left to undo.
    setObsolete(m_new == m_old);
    return true;
}

void FieldEditCommand::undo()
{
    if (!m_form)
        return;
    m_form->setValue(m_field, m_old);
    m_form->focusField(m_field, false);
}

void FieldEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    if (!m_form)
        return;
    m_form->setValue(m_field, m_new);
    m_form->focusField(m_field, false);
}

} // namespace vt::gui
