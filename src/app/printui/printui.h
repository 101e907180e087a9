// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "print/agencyinfo.h"

class QWidget;

namespace vt::store {
class Database;
}

/// What the app calls to print (docs/print.md). Each shows its own dialogs and reports failures in a message
/// box; none blocks the GUI thread for long (writing a register or a stamped copy runs on a worker thread).
namespace vt::gui {

/// The agency from the settings (agency/parent, agency/name, agency/place).
print::AgencyInfo agencyFromSettings();

/// The routing slip of record `id` in a print preview, with Print and Export PDF.
void showRoutingSlip(QWidget *parent, store::Database &db, qint64 id, const print::AgencyInfo &agency);

/// Asks for the date range (default this year), then previews, prints or exports the register of `direction`.
void showRegisterPrint(QWidget *parent, store::Database &db, Direction direction);

/// Asks where to save, then writes a copy of record `id`'s original with the ĐẾN stamp on page 1.
void exportStamped(QWidget *parent, store::Database &db, qint64 id, const print::AgencyInfo &agency);

} // namespace vt::gui
