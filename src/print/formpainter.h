// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agencyinfo.h"

#include <QFont>
#include <QPainter>
#include <QPointF>
#include <QRectF>

class QPagedPaintDevice;

namespace vt::print {

/// The family printed forms use: Liberation Serif (Times New Roman's metrics, as Vietnamese forms are set) when
/// installed, else DejaVu Serif, else the system's serif. All three carry the Vietnamese letters.
QString formFontFamily();
QFont formFont(double pointSize, bool bold = false, bool italic = false);

/// A QPainter on a paged device, with lengths in millimetres and wrapped text. Coordinates are the painter's
/// (device units, origin at the top left of the printable area, inside the margins); mm() converts.
class FormPainter
{
public:
    explicit FormPainter(QPainter &painter);

    QPainter &painter() { return m_p; }
    double mm(double millimetres) const { return millimetres * m_dpi / 25.4; }
    double width() const { return m_width; } ///< of the printable area
    double height() const { return m_height; }

    /// Height `text` takes wrapped in `width`.
    double textHeight(double width, const QString &text, const QFont &font, int align = Qt::AlignLeft);
    /// Draws `text` wrapped in a column `width` wide from `topLeft`; returns the height used.
    double text(QPointF topLeft, double width, const QString &text, const QFont &font, int align = Qt::AlignLeft);
    /// "label value": the value in `valueFont` right after the label when it fits on that line, else on the lines
    /// below; dotted lines to write on when the value is empty. Returns the height used.
    double labelled(QPointF topLeft, double width, const QString &label, const QString &value, const QFont &labelFont,
        const QFont &valueFont, int blankLines = 1);
    /// `count` dotted lines to write on by hand, `spacing` apart, starting at `top`. Returns their height.
    double blankLines(double left, double top, double width, int count, double spacing);
    void line(QPointF from, QPointF to, double widthMm = 0.2, Qt::PenStyle style = Qt::SolidLine);

private:
    QPainter &m_p;
    double m_dpi = 72;
    double m_width = 0;
    double m_height = 0;
};

/// The two columns on top of a form (NĐ 30, Phụ lục I): the parent agency and the agency in capitals, the name
/// bold over a short rule, on the left; Quốc hiệu and underlined Tiêu ngữ on the right, and under it, in italics,
/// `placeDate` when not empty. Returns the y under the block.
double paintFormHeader(FormPainter &fp, double top, const AgencyInfo &agency, const QString &placeDate);

/// The agency block alone (register covers), centred in `width` from `left`. Returns its height.
double paintAgencyBlock(FormPainter &fp, QPointF topLeft, double width, const AgencyInfo &agency, double pointSize);

} // namespace vt::print
