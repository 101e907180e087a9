// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentspec.h"

#include <QColor>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace vt::docgen {

/// Layout works in device units of a 600 dpi page; painting scales to the target resolution, so the
/// PDF and every image resolution break lines and pages in exactly the same places.
inline constexpr int kLayoutDpi = 600;

/// Typographic choices per document (NĐ 30/2020, PL I: Times-like font 13-14 pt, single to 1.5 line
/// spacing, margins top/bottom 20-25 mm, left 30-35 mm, right 15-20 mm).
struct LayoutStyle
{
    QString family = QStringLiteral("Liberation Serif");
    qreal bodyPt = 14;
    qreal lineSpacing = 1.05; ///< times the font's own line spacing
    qreal topMm = 20, bottomMm = 20, leftMm = 30, rightMm = 15;

    /// A seeded variation within the decree's ranges (mostly Liberation Serif, sometimes DejaVu Serif).
    static LayoutStyle varied(quint64 seed);
};

struct TextRun
{
    QString text;
    QFont font;
    QPointF origin; ///< left end of the baseline
};

struct Stroke
{
    QPainterPath path;
    QColor color;
    qreal width = 0; ///< pen width; 0 with `filled`
    bool filled = false; ///< glyph outlines (the seal's lettering) are filled, not stroked
};

/// One laid-out page: text, rules under the agency and the motto, boxes around marks, the signature and
/// seal (drawn as paths, so they add nothing to a PDF's text layer).
struct Page
{
    QList<TextRun> runs;
    QList<QLineF> rules;
    QList<QRectF> boxes;
    QList<Stroke> strokes;
};

/// Lays a document out on A4 pages. Needs a QGuiApplication (fonts). Deterministic.
QList<Page> layoutDocument(const DocumentSpec &spec, const LayoutStyle &style);

/// Size of an A4 page in layout units.
QSizeF pageSizeUnits();

/// Paints a page on a painter whose coordinates are layout units (scale it first for other resolutions).
void paintPage(QPainter &painter, const Page &page);

/// Lays the document out and, while it takes more than `pagesMax` pages, drops body paragraphs from the
/// end (keeping the closing one) and refreshes the gold. Returns the pages; sets gold.pageCount.
QList<Page> layoutWithin(GeneratedDocument &doc, const LayoutStyle &style, int pagesMax);

} // namespace vt::docgen
