// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyinfo.h"

#include "core/dispatch.h"
#include "core/result.h"

#include <QDate>
#include <QPageLayout>

class QPagedPaintDevice;

namespace vt::store {
class Database;
}

namespace vt::print {

/// A4 portrait with the margins of NĐ 30 (top and bottom 20 mm, left 30 mm, right 15 mm).
QPageLayout slipPageLayout();

/// Paints the Phiếu giải quyết văn bản đến (NĐ 30, Phụ lục IV, mục VII) for an incoming dispatch on one page of
/// `device` (a QPdfWriter, or the app's QPrinter): the agency header, the document it is for, and the three
/// parts to fill in, with what the register knows (lead unit or person, due date, instruction) printed in.
/// `date` is the slip's date (usually today). Sets the device's page layout. Error::InvalidArgument for an outgoing
/// record, Error::Io when painting cannot start.
Result<void> paintRoutingSlip(QPagedPaintDevice &device, const Dispatch &dispatch, const AgencyInfo &agency,
    const QDate &date = QDate::currentDate());

/// The slip of record `id` written to a PDF file. Error::NotFound for an unknown id, Error::Io when the file
/// cannot be written.
Result<void> writeRoutingSlip(const QString &pdfPath, store::Database &db, qint64 id, const AgencyInfo &agency,
    const QDate &date = QDate::currentDate());

} // namespace vt::print
