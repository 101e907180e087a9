// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/pagerenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

constexpr qreal kMmPerInch = 25.4;
constexpr qreal kA4Width = 210, kA4Height = 297;

bool isUpperCaseText(const QString &s)
{
    int letters = 0;
    for (const QChar c : s) {
        if (c.isLetter()) {
            if (c.isLower())
                return false;
            ++letters;
        }
    }
    return letters >= 3;
}

// A QImage that only carries the resolution, so QFontMetricsF measures in the target's device pixels.
QImage metricsDevice(int dpi)
{
    QImage dev(1, 1, QImage::Format_RGB32);
    const int dpm = int(std::lround(dpi / 0.0254));
    dev.setDotsPerMeterX(dpm);
    dev.setDotsPerMeterY(dpm);
    return dev;
}

// Greedy breaking at spaces; a token wider than the line (a long URL) is cut by characters.
QStringList wrap(const QString &text, const QFontMetricsF &fm, qreal firstWidth, qreal width)
{
    QStringList lines;
    QString current;
    qreal limit = firstWidth;
    const auto flush = [&] {
        lines.append(current);
        current.clear();
        limit = width;
    };
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString candidate = current.isEmpty() ? word : current + u' ' + word;
        if (fm.horizontalAdvance(candidate) <= limit) {
            current = candidate;
            continue;
        }
        if (!current.isEmpty())
            flush();
        QString rest = word;
        while (fm.horizontalAdvance(rest) > limit && rest.size() > 1) {
            qsizetype cut = rest.size() - 1;
            while (cut > 1 && fm.horizontalAdvance(rest.left(cut)) > limit)
                --cut;
            current = rest.left(cut);
            flush();
            rest = rest.mid(cut);
        }
        current = rest;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

} // namespace

QList<Paragraph> styleParagraphs(const QStringList &texts, quint32 seed)
{
    static const QRegularExpression article(u"^(Điều \\d+[a-z]?\\.|Chương [IVXLC]+|Mục \\d+|Phần thứ)"_s);
    QRandomGenerator rng(seed);
    QList<Paragraph> out;
    for (const QString &t : texts) {
        Paragraph p{t, Role::Body};
        if ((t.size() <= 120 && isUpperCaseText(t)) || t.startsWith(u"Độc lập - Tự do"_s)) {
            p.role = Role::Heading;
        } else if (t.size() <= 160 && article.match(t).hasMatch()) {
            p.role = Role::Article;
        } else if (t.size() <= 70 && t.contains(u"ngày"_s) && t.contains(u"tháng"_s) && t.contains(u"năm"_s)) {
            p.role = Role::DateLine;
        } else if (t.size() <= 80 && rng.bounded(100) < 6) {
            p.text = t.toUpper();
            p.role = Role::Heading;
        }
        out.append(p);
    }
    return out;
}

QStringList PageLayout::text() const
{
    QStringList out;
    for (const LaidLine &l : lines)
        out.append(l.text);
    return out;
}

PageRenderer::PageRenderer(const PageStyle &style, int dpi)
    : m_style(style), m_dpi(dpi),
      m_page(int(std::lround(kA4Width / kMmPerInch * dpi)), int(std::lround(kA4Height / kMmPerInch * dpi))),
      m_left(30 / kMmPerInch * dpi), m_right(15 / kMmPerInch * dpi), m_top(20 / kMmPerInch * dpi),
      m_bottom(20 / kMmPerInch * dpi), m_indent(10 / kMmPerInch * dpi)
{
}

QFont PageRenderer::fontFor(Role role) const
{
    QFont f(m_style.family);
    f.setPointSizeF(m_style.pointSize);
    // Unhinted outlines look like print scanned back, not like screen text snapped to the pixel grid.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setBold(role == Role::Heading || role == Role::Article);
    f.setItalic(role == Role::DateLine);
    return f;
}

QList<PageLayout> PageRenderer::paginate(const QList<Paragraph> &paragraphs, int maxPages, qsizetype *consumed) const
{
    const QImage dev = metricsDevice(m_dpi);
    const qreal width = m_page.width() - m_left - m_right;
    const qreal bottom = m_page.height() - m_bottom;
    QList<PageLayout> pages;
    PageLayout page;
    qreal y = m_top;
    qsizetype done = 0;
    for (const Paragraph &p : paragraphs) {
        const QFontMetricsF fm(fontFor(p.role), &dev);
        const qreal first = p.role == Role::Body ? width - m_indent : width;
        const QStringList lines = wrap(p.text, fm, first, width);
        const qreal step = fm.lineSpacing() * m_style.lineSpacing;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (y + step + fm.descent() > bottom) {
                pages.append(page);
                if (pages.size() >= maxPages) {
                    if (consumed)
                        *consumed = done;
                    return pages;
                }
                page = {};
                y = m_top;
            }
            y += step;
            page.lines.append({lines[i], p.role, i == 0, i + 1 == lines.size(), y});
        }
        y += step * 0.3; // paragraph spacing: a third of a line, as in most typed documents
        ++done;
    }
    if (!page.lines.isEmpty())
        pages.append(page);
    if (consumed)
        *consumed = done;
    return pages;
}

QImage PageRenderer::render(const PageLayout &page) const
{
    QImage img(m_page, QImage::Format_RGB32);
    const int dpm = int(std::lround(m_dpi / 0.0254));
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    img.fill(Qt::white);
    {
        QPainter painter(&img);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setPen(QColor(m_style.ink, m_style.ink, m_style.ink));
        const qreal width = m_page.width() - m_left - m_right;
        for (const LaidLine &line : page.lines) {
            const QFont font = fontFor(line.role);
            painter.setFont(font);
            const QFontMetricsF fm(font, &img);
            const qreal natural = fm.horizontalAdvance(line.text);
            if (line.role == Role::Heading || line.role == Role::DateLine) {
                painter.drawText(QPointF(m_left + (width - natural) / 2, line.baseline), line.text);
                continue;
            }
            const qreal x0 = m_left + (line.role == Role::Body && line.firstOfParagraph ? m_indent : 0);
            const QStringList words = line.text.split(u' ');
            const qreal avail = m_left + width - x0;
            // Justified like a word processor: the slack is shared by the gaps, except on a paragraph's last line.
            const bool justify
                = line.role == Role::Body && !line.lastOfParagraph && words.size() > 1 && natural > avail * 0.8;
            if (!justify) {
                painter.drawText(QPointF(x0, line.baseline), line.text);
                continue;
            }
            const qreal gap = fm.horizontalAdvance(u' ') + (avail - natural) / qreal(words.size() - 1);
            qreal x = x0;
            for (const QString &w : words) {
                painter.drawText(QPointF(x, line.baseline), w);
                x += fm.horizontalAdvance(w) + gap;
            }
        }
    }
    return img.convertToFormat(QImage::Format_Grayscale8);
}

} // namespace vt::ocrchannel
