// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyinfo.h"

#include "core/dispatch.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QPointF>

class QPainter;

namespace vt::store {
class Database;
}

namespace vt::print {

/// What the ĐẾN stamp (NĐ 30, Phụ lục IV, mục V; 50 × 35 mm) carries. Empty fields print as blanks.
struct StampFields
{
    QString agency; ///< the receiving agency's name
    int number = 0; ///< số đến
    QDate date; ///< ngày đến
    QString transfer; ///< Chuyển: the unit or person it goes to
    QString fileNotation; ///< Số và ký hiệu HS: the case file (hồ sơ) it is kept in
};

StampFields stampFields(const Dispatch &dispatch, const AgencyInfo &agency, const QString &fileNotation = {});

/// Paints the stamp with its top left corner at `topLeft` (painter coordinates), `dotsPerMm` device units a
/// millimetre: red frame and labels as the engraved stamp prints them, the values in blue.
void paintStamp(QPainter &painter, QPointF topLeft, double dotsPerMm, const StampFields &fields);

struct StampedCopy
{
    int pages = 0;
    bool vector = false; ///< the original pages kept as they were (PDF), rather than an image on a page
    QPointF stampAt; ///< where the stamp went on page 1, millimetres from the top left corner
    bool coversText = false; ///< page 1 had no clean place in its top half: the stamp (on white) covers some ink
};

/// Where: the top half of page 1, on the left when there is room (below the issuer's header, as clerks stamp), at
/// the first place with next to no ink under it; when there is none, where it covers the least, on white.

/// A copy of a PDF with the stamp added to page 1 as annotations (vector text in an embedded font, found by text
/// search), every page otherwise untouched; written to `outPath`. Error::InvalidArgument for data that is not a
/// PDF or is password-protected, Error::Io when the copy cannot be written.
Result<StampedCopy> stampPdf(const QByteArray &pdf, const StampFields &fields, const QString &outPath);
/// A PDF of a scanned image (PNG, JPEG, TIFF: every frame a page, at the scan's resolution) with the stamp drawn
/// on page 1.
Result<StampedCopy> stampImage(const QByteArray &image, const StampFields &fields, const QString &outPath);

/// Exports record `id`'s stored original (its first PDF or image attachment) with the stamp. The stored file is
/// only read (and its checksum verified); it is never written. Error::NotFound when the record has no original.
Result<StampedCopy> exportStamped(
    store::Database &db, qint64 id, const AgencyInfo &agency, const QString &outPath, const QString &fileNotation = {});

} // namespace vt::print
