// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QDate>
#include <QString>

namespace vt::gui {

/// What one line of the register table shows: the columns of the Sổ đăng ký văn bản đến (NĐ 30/2020,
/// Phụ lục IV) plus due date, status and the marks. Small, so a page cache of many rows stays cheap.
struct RegisterRow
{
    qint64 id = 0;
    QDate arrivalDate;
    int arrivalNumber = 0;
    QString issuer;
    QString reference;
    QDate issuedDate;
    QString type;
    QString summary;
    QString handling; ///< handling unit, and the person when there is one
    QDate dueDate;
    Status status = Status::Waiting;
    Urgency urgency = Urgency::Normal;
    Confidentiality confidentiality = Confidentiality::Normal;

    static RegisterRow from(const Dispatch &d);
    bool isOverdue(const QDate &today) const { return dueDate.isValid() && dueDate < today && status != Status::Done; }
};

} // namespace vt::gui
