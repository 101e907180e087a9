// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerrow.h"

using namespace Qt::StringLiterals;

namespace vt::gui {

RegisterRow RegisterRow::from(const Dispatch &d)
{
    RegisterRow r;
    r.id = d.id;
    r.arrivalDate = d.arrivalDate;
    r.arrivalNumber = d.arrivalNumber;
    r.issuer = d.issuer;
    r.reference = d.reference;
    r.issuedDate = d.issuedDate;
    r.type = d.type;
    r.summary = d.summary;
    r.handling = d.handlingUnit;
    if (!d.handlingPerson.isEmpty())
        r.handling += (r.handling.isEmpty() ? QString() : u" – "_s) + d.handlingPerson;
    r.dueDate = d.dueDate;
    r.status = d.status;
    r.urgency = d.urgency;
    r.confidentiality = d.confidentiality;
    return r;
}

} // namespace vt::gui
