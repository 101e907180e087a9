// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formpainter.h"

#include "formtext.h"

#include <QFontDatabase>
#include <QPaintDevice>

using namespace Qt::StringLiterals;

namespace vt::print {

QString formFontFamily()
{
    static const QString family = [] {
        const QStringList installed = QFontDatabase::families();
        for (const QString &candidate : {u"Liberation Serif"_s, u"DejaVu Serif"_s, u"Times New Roman"_s}) {
            if (installed.contains(candidate))
                return candidate;
        }
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

QFont formFont(double pointSize, bool bold, bool italic)
{
    QFont font(formFontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    font.setItalic(italic);
    font.setStyleHint(QFont::Serif);
    return font;
}

FormPainter::FormPainter(QPainter &painter) : m_p(painter)
{
    const QPaintDevice *device = painter.device();
    m_dpi = device->logicalDpiY();
    m_width = device->width();
    m_height = device->height();
}

double FormPainter::textHeight(double width, const QString &text, const QFont &font, int align)
{
    if (text.isEmpty())
        return 0;
    m_p.setFont(font);
    return m_p.boundingRect(QRectF(0, 0, width, 1e9), align | Qt::TextWordWrap, text).height();
}

double FormPainter::text(QPointF topLeft, double width, const QString &text, const QFont &font, int align)
{
    const double h = textHeight(width, text, font, align);
    if (h > 0)
        m_p.drawText(QRectF(topLeft, QSizeF(width, h)), align | Qt::TextWordWrap, text);
    return h;
}

double FormPainter::labelled(QPointF topLeft, double width, const QString &label, const QString &value,
    const QFont &labelFont, const QFont &valueFont, int blankLines)
{
    m_p.setFont(labelFont);
    const QRectF labelBox = m_p.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, label);
    const double lineHeight = QFontMetricsF(valueFont, m_p.device()).height();
    text(topLeft, width, label, labelFont);
    // The label's last line, to see whether the value can follow it there.
    const QFontMetricsF labelMetrics(labelFont, m_p.device());
    const bool oneLine = labelBox.height() < labelMetrics.height() * 1.5;
    const double gap = mm(1.5);
    const double rest = width - labelBox.width() - gap;
    if (value.isEmpty()) {
        double used = labelBox.height();
        if (oneLine && rest > mm(20))
            line({topLeft.x() + labelBox.width() + gap, topLeft.y() + labelMetrics.ascent()},
                {topLeft.x() + width, topLeft.y() + labelMetrics.ascent()}, 0.2, Qt::DotLine);
        else
            used += this->blankLines(topLeft.x(), topLeft.y() + used, width, 1, lineHeight * 1.4);
        if (blankLines > 1)
            used += this->blankLines(topLeft.x(), topLeft.y() + used, width, blankLines - 1, lineHeight * 1.4);
        return used;
    }
    if (oneLine && rest > mm(30) && textHeight(rest, value, valueFont) < lineHeight * 1.5)
        return std::max(
            labelBox.height(), text({topLeft.x() + labelBox.width() + gap, topLeft.y()}, rest, value, valueFont));
    return labelBox.height()
        + text({topLeft.x() + mm(5), topLeft.y() + labelBox.height()}, width - mm(5), value, valueFont);
}

double FormPainter::blankLines(double left, double top, double width, int count, double spacing)
{
    for (int i = 1; i <= count; ++i)
        line({left, top + i * spacing - spacing * 0.25}, {left + width, top + i * spacing - spacing * 0.25}, 0.2,
            Qt::DotLine);
    return count * spacing;
}

void FormPainter::line(QPointF from, QPointF to, double widthMm, Qt::PenStyle style)
{
    QPen pen(Qt::black);
    pen.setWidthF(mm(widthMm));
    pen.setStyle(style);
    m_p.save();
    m_p.setPen(pen);
    m_p.drawLine(from, to);
    m_p.restore();
}

double paintAgencyBlock(FormPainter &fp, QPointF topLeft, double width, const AgencyInfo &agency, double pointSize)
{
    double y = topLeft.y();
    const QString parent = agency.parent.isEmpty() ? form::dots(30) : agency.parent.toUpper();
    const QString name = agency.name.isEmpty() ? form::dots(30) : agency.name.toUpper();
    y += fp.text({topLeft.x(), y}, width, parent, formFont(pointSize), Qt::AlignHCenter);
    const double nameHeight = fp.text({topLeft.x(), y}, width, name, formFont(pointSize, true), Qt::AlignHCenter);
    y += nameHeight + fp.mm(1.8);
    const double rule = std::min(width / 3, fp.mm(30));
    fp.line({topLeft.x() + (width - rule) / 2, y}, {topLeft.x() + (width + rule) / 2, y}, 0.3);
    return y + fp.mm(1.5) - topLeft.y();
}

double paintFormHeader(FormPainter &fp, double top, const AgencyInfo &agency, const QString &placeDate)
{
    const double leftWidth = fp.width() * 0.44;
    const double rightLeft = fp.width() * 0.44;
    const double rightWidth = fp.width() - rightLeft;
    const double left = paintAgencyBlock(fp, {0, top}, leftWidth, agency, 12);

    double y = top;
    y += fp.text({rightLeft, y}, rightWidth, form::nationalName(), formFont(12, true), Qt::AlignHCenter);
    const QFont mottoFont = formFont(13, true);
    const double mottoHeight = fp.text({rightLeft, y}, rightWidth, form::motto(), mottoFont, Qt::AlignHCenter);
    const double mottoWidth = QFontMetricsF(mottoFont, fp.painter().device()).horizontalAdvance(form::motto());
    y += mottoHeight + fp.mm(0.8);
    fp.line({rightLeft + (rightWidth - mottoWidth) / 2, y}, {rightLeft + (rightWidth + mottoWidth) / 2, y}, 0.3);
    y += fp.mm(3);
    if (!placeDate.isEmpty())
        y += fp.text({rightLeft, y}, rightWidth, placeDate, formFont(13, false, true), Qt::AlignHCenter);
    return std::max(top + left, y);
}

} // namespace vt::print
