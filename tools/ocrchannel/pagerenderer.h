// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace vt::ocrchannel {

/// How a paragraph is set, after the conventions of Nghị định 30/2020 documents: upper-case headings bold and
/// centred, "Điều 5." article titles bold, the place-and-date line italic, the body justified with an indent.
enum class Role { Body, Heading, Article, DateLine };

struct Paragraph
{
    QString text;
    Role role = Role::Body;
};

/// Guesses each paragraph's role from its text and, seeded, upper-cases a few short ones as headings so that the
/// channel also sees upper-case letters ("HỘI"→"HQI" is not the lower-case confusion).
QList<Paragraph> styleParagraphs(const QStringList &texts, quint32 seed);

struct PageStyle
{
    QString family = QStringLiteral("Liberation Serif");
    qreal pointSize = 14;
    qreal lineSpacing = 1.15; ///< times the font's own line spacing
    int ink = 0; ///< grey level of the text, 0 = black
};

/// One line as laid out: its text is exactly what is drawn, so it is the gold for that line.
struct LaidLine
{
    QString text;
    Role role = Role::Body;
    bool firstOfParagraph = false;
    bool lastOfParagraph = false;
    qreal baseline = 0; ///< device pixels from the top of the page
};

struct PageLayout
{
    QList<LaidLine> lines;
    QStringList text() const;
};

/// Lays paragraphs out on A4 pages (margins 20/20/30/15 mm, as the decree asks) and paints them. Works in device
/// pixels of the target dpi, so a 13 pt line at 200 dpi is as many pixels as a scanner would give. Usable from any
/// thread: it only paints on QImage.
class PageRenderer
{
public:
    PageRenderer(const PageStyle &style, int dpi);

    /// Up to `maxPages` pages; `consumed` (if given) receives how many paragraphs were laid out entirely.
    QList<PageLayout> paginate(const QList<Paragraph> &paragraphs, int maxPages, qsizetype *consumed = nullptr) const;

    /// The page as an 8-bit grey image, white paper, with the resolution recorded in the image.
    QImage render(const PageLayout &page) const;

    int dpi() const { return m_dpi; }
    QSize pageSize() const { return m_page; }

private:
    QFont fontFor(Role role) const;

    PageStyle m_style;
    int m_dpi;
    QSize m_page;
    qreal m_left, m_right, m_top, m_bottom, m_indent;
};

} // namespace vt::ocrchannel
