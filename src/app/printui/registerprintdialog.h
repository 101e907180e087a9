// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/registerprint.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace vt::gui {

/// Asks which part of a register to print: the arrival dates (this year by default) and the series (ordinary or
/// confidential). Preview, Export PDF or Cancel; choice() says which was pressed.
class RegisterPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterPrintDialog)

public:
    enum Choice { Cancelled, Preview, ExportPdf };

    explicit RegisterPrintDialog(Direction direction, QWidget *parent = nullptr);

    print::RegisterRange range() const;
    Choice choice() const { return m_choice; }
    /// A file name for the PDF: "so-den-2025.pdf".
    QString suggestedFileName() const;

private:
    void finish(Choice choice);
    void checkRange();

    Direction m_direction;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QCheckBox *m_confidential;
    QLabel *m_problem;
    QList<QWidget *> m_actions;
    Choice m_choice = Cancelled;
};

} // namespace vt::gui
