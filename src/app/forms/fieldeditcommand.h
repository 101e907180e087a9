// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QUndoCommand>

namespace vt::gui {

class RecordForm;

/// One field of a RecordForm changed from one value to another (canonical text, see RecordForm). Typing
/// in a text field merges into the command before it while it is the same field, so one undo takes back a
/// word or a sentence typed in one go, not a letter; dates, lists chosen from and combos are one step each.
class FieldEditCommand final : public QUndoCommand
{
public:
    FieldEditCommand(RecordForm *form, const QString &field, const QString &oldValue, const QString &newValue);

    int id() const override { return 0x7654; }
    bool mergeWith(const QUndoCommand *other) override;
    void undo() override;
    /// The first redo() is the edit the clerk just made: the field shows it already.
    void redo() override;

    const QString &field() const { return m_field; }

private:
    QPointer<RecordForm> m_form;
    QString m_field;
    QString m_old;
    QString m_new;
    bool m_merges;
    bool m_done = true;
};

} // namespace vt::gui
