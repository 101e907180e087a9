// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyinfo.h"

#include "core/dispatch.h"
#include "core/result.h"

#include <QDate>
#include <QPageLayout>

#include <functional>

class QPagedPaintDevice;

namespace vt::store {
class Database;
}

namespace vt::print {

/// Which part of which register to print.
struct RegisterRange
{
    Direction direction = Direction::Incoming;
    QDate from, to; ///< arrival (registration) dates, inclusive
    /// The confidential series (độ mật documents, numbered apart) instead of the ordinary one: the two number
    /// series overlap, so they are printed as two registers.
    bool confidential = false;
};

struct RegisterSummary
{
    qint64 rows = 0;
    int firstNumber = 0; ///< of the first and last rows, in register order; 0 when there are none
    int lastNumber = 0;
    int pages = 0; ///< the cover included
};

/// Called after each page with the rows printed so far and the total; return false to stop.
using RegisterProgress = std::function<bool(qint64 done, qint64 total)>;

/// A4 landscape, a wider margin on the left for binding.
QPageLayout registerPageLayout();

/// Paints the Sổ đăng ký văn bản đến or đi (NĐ 30, Phụ lục IV, mục VI and I) for `range` on `device`: a cover
/// (agency, title, year, dates, first and last number), then the ten columns of the register with their heading
/// repeated on every page, rows in the order of their numbers, wrapped within their cells and never split across pages,
/// and page numbers. Rows are streamed from the store (two passes: the cover needs the numbers), so memory stays flat
/// for a year of records. Sets the device's page layout. Errors: Error::InvalidArgument for an empty or reversed range,
/// the store's errors, Error::Io when painting cannot start or `progress` stopped it (detail "cancelled").
Result<RegisterSummary> paintRegister(QPagedPaintDevice &device, store::Database &db, const RegisterRange &range,
    const AgencyInfo &agency, const RegisterProgress &progress = {});

/// The same, written to a PDF file.
Result<RegisterSummary> writeRegister(const QString &pdfPath, store::Database &db, const RegisterRange &range,
    const AgencyInfo &agency, const RegisterProgress &progress = {});

} // namespace vt::print
