// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlayout.h"

#include "documentfactory.h"
#include "rng.h"
#include "seeds.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace vt::docgen {

namespace {

constexpr qreal mm(qreal v)
{
    return v * kLayoutDpi / 25.4;
}

struct Word
{
    QString text;
    QFont font;
    qreal width = 0;
};

enum class Align { Justify, Left, Center };

/// A seed from a text (not qHash: it may use the CPU's AES instructions and differ between machines).
quint64 textKey(const QString &text, quint64 salt)
{
    quint64 key = salt;
    for (QChar c : text)
        key = seedFor(key, c.unicode());
    return key;
}

class Layouter
{
public:
    explicit Layouter(const LayoutStyle &style)
        : m_style(style), m_left(mm(style.leftMm)),
          m_width(pageSizeUnits().width() - mm(style.leftMm) - mm(style.rightMm)), m_top(mm(style.topMm)),
          m_bottom(pageSizeUnits().height() - mm(style.bottomMm))
    {
    }

    QList<Page> run(const DocumentSpec &s);

private:
    QFont font(qreal pt, bool bold = false, bool italic = false) const
    {
        QFont f(m_style.family);
        f.setPixelSize(qRound(pt * kLayoutDpi / 72.0));
        f.setBold(bold);
        f.setItalic(italic);
        f.setHintingPreference(QFont::PreferNoHinting);
        return f;
    }
    /// One line, the font made up to 2.5 pt smaller when the text would not fit (a long place name on
    /// the date line); wrapped only beyond that.
    QList<Word> fitted(const QString &text, qreal pt, bool bold, bool italic, qreal width) const
    {
        QList<Word> w = words(text, font(pt, bold, italic));
        for (qreal smaller = pt - 0.5; naturalWidth(w) > width && smaller >= pt - 2.5; smaller -= 0.5)
            w = words(text, font(smaller, bold, italic));
        return w;
    }
    qreal lineHeight(const QFont &f) const { return QFontMetricsF(f).lineSpacing() * m_style.lineSpacing; }

    QList<Word> words(const QString &text, const QFont &f) const
    {
        QList<Word> out;
        const QFontMetricsF fm(f);
        for (const QString &w : text.split(u' ', Qt::SkipEmptyParts))
            out.append(Word{w, f, fm.horizontalAdvance(w)});
        return out;
    }
    /// Greedy line breaking; `firstIndent` shortens the first line.
    QList<QList<Word>> breakLines(const QList<Word> &all, qreal width, qreal firstIndent = 0) const;
    /// Two centred lines of similar length, as typists break agency names and titles ("SỞ LAO ĐỘNG -
    /// THƯƠNG BINH" / "VÀ XÃ HỘI" rather than a lone last word).
    QList<QList<Word>> balance(const QList<QList<Word>> &greedy, qreal width) const;
    qreal naturalWidth(const QList<Word> &line) const;
    qreal space(const QFont &f) const { return QFontMetricsF(f).horizontalAdvance(u' '); }

    /// Sets text in [x0, x0 + width] from the current y; returns the lines it took. Breaks pages only when
    /// `flowing` (the body); header blocks are placed where they are told.
    int set(const QList<Word> &all, qreal x0, qreal width, Align align, qreal firstIndent, qreal &y, bool flowing,
        qreal hangingIndent = 0);
    void placeLine(const QList<Word> &line, qreal x, qreal width, Align align, bool last, qreal baseline);
    qreal blockHeight(const QList<Word> &all, qreal width, qreal hangingIndent = 0) const
    {
        if (all.isEmpty())
            return 0;
        return breakLines(all, width - hangingIndent).size() * lineHeight(all.front().font);
    }

    void newPage();
    Page &page() { return m_pages.back(); }
    void rule(qreal cx, qreal length, qreal y) { page().rules.append(QLineF(cx - length / 2, y, cx + length / 2, y)); }
    Stroke signature(const QString &signer, qreal cx, qreal top, qreal height) const;
    /// The agency's red seal: two rings, its name and place around, a star in the middle.
    QList<Stroke> seal(const DocumentSpec &s, QPointF centre) const;

    LayoutStyle m_style;
    qreal m_left, m_width, m_top, m_bottom;
    qreal m_y = 0; ///< top of the next line on the current page
    bool m_closingOnNewPage = false;
    QList<Page> m_pages;
};

qreal Layouter::naturalWidth(const QList<Word> &line) const
{
    qreal w = 0;
    for (qsizetype i = 0; i < line.size(); ++i)
        w += line[i].width + (i ? space(line[i].font) : 0);
    return w;
}

QList<QList<Word>> Layouter::breakLines(const QList<Word> &all, qreal width, qreal firstIndent) const
{
    QList<QList<Word>> lines;
    QList<Word> current;
    qreal used = 0;
    for (const Word &w : all) {
        const qreal limit = lines.isEmpty() ? width - firstIndent : width;
        const qreal add = current.isEmpty() ? w.width : space(w.font) + w.width;
        if (!current.isEmpty() && used + add > limit) {
            lines.append(current);
            current.clear();
            used = w.width;
        } else {
            used += add;
        }
        current.append(w);
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

QList<QList<Word>> Layouter::balance(const QList<QList<Word>> &greedy, qreal width) const
{
    if (greedy.size() != 2)
        return greedy;
    const QList<Word> all = greedy[0] + greedy[1];
    qreal best = -1;
    qsizetype split = greedy[0].size();
    for (qsizetype k = 1; k < all.size(); ++k) {
        const qreal a = naturalWidth(all.mid(0, k));
        const qreal b = naturalWidth(all.mid(k));
        if (a > width || b > width)
            continue;
        qreal cost = std::max(a, b);
        if (all[k - 1].text == u"-" || all[k].text == u"VÀ" || all[k].text == u"và")
            cost *= 0.92;
        if (best < 0 || cost < best) {
            best = cost;
            split = k;
        }
    }
    return {all.mid(0, split), all.mid(split)};
}

void Layouter::placeLine(const QList<Word> &line, qreal x, qreal width, Align align, bool last, qreal baseline)
{
    const qreal natural = naturalWidth(line);
    if (align == Align::Justify && !last && line.size() > 1) {
        // Word by word, the slack spread over the gaps; a PDF reader sees the gaps as spaces.
        const qreal gap = (width - natural) / qreal(line.size() - 1);
        qreal pos = x;
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (i)
                pos += space(line[i].font) + gap;
            page().runs.append(TextRun{line[i].text, line[i].font, QPointF(pos, baseline)});
            pos += line[i].width;
        }
        return;
    }
    qreal pos = align == Align::Center ? x + (width - natural) / 2 : x;
    // Runs of one font become one text item, so the text layer keeps its spaces.
    qsizetype i = 0;
    while (i < line.size()) {
        qsizetype j = i;
        QString text = line[i].text;
        qreal w = line[i].width;
        while (j + 1 < line.size() && line[j + 1].font == line[i].font) {
            ++j;
            text += u' ' + line[j].text;
            w += space(line[j].font) + line[j].width;
        }
        page().runs.append(TextRun{text, line[i].font, QPointF(pos, baseline)});
        pos += w + (j + 1 < line.size() ? space(line[j + 1].font) : 0);
        i = j + 1;
    }
}

int Layouter::set(const QList<Word> &all, qreal x0, qreal width, Align align, qreal firstIndent, qreal &y, bool flowing,
    qreal hangingIndent)
{
    if (all.isEmpty())
        return 0;
    const QFont &f = all.front().font;
    const qreal height = lineHeight(f);
    const qreal ascent = QFontMetricsF(f).ascent();
    // A hanging indent ("- " items): the first line starts at x0, the rest under the text.
    QList<QList<Word>> lines = breakLines(all, width - hangingIndent, firstIndent - hangingIndent);
    if (align == Align::Center)
        lines = balance(lines, width);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (flowing && y + height > m_bottom)
            newPage();
        const qreal indent = i == 0 ? firstIndent : hangingIndent;
        placeLine(lines[i], x0 + indent, width - indent, align, i + 1 == lines.size(), y + ascent);
        y += height;
    }
    return int(lines.size());
}

void Layouter::newPage()
{
    m_pages.append(Page{});
    if (m_pages.size() > 1) {
        // From the second page on, the page number sits centred in the top margin (PL I).
        const QFont f = font(m_style.bodyPt);
        const QString number = QString::number(m_pages.size());
        const qreal w = QFontMetricsF(f).horizontalAdvance(number);
        page().runs.append(TextRun{number, f, QPointF(m_left + (m_width - w) / 2, m_top - mm(6))});
    }
    m_y = m_top;
}

Stroke Layouter::signature(const QString &signer, qreal cx, qreal top, qreal height) const
{
    // A hand signature: a few loops and a flourish, shaped by the signer's name.
    synth::Rng rng(textKey(signer, 77));
    QPainterPath path;
    const qreal w = mm(rng.between(28, 40));
    qreal x = cx - w / 2;
    const qreal mid = top + height * 0.55;
    path.moveTo(x, mid);
    const int loops = rng.between(3, 5);
    for (int i = 0; i < loops; ++i) {
        const qreal step = w / (loops + 1);
        const qreal up = height * (0.2 + rng.below(25) / 100.0);
        path.cubicTo(x + step * 0.3, mid - up, x + step * 0.9, mid - up, x + step * 0.5, mid + up * 0.4);
        x += step;
    }
    path.cubicTo(x + mm(4), mid + mm(3), x + mm(10), mid - mm(6), cx + w / 2, mid - mm(2));
    path.moveTo(cx - w / 2 + mm(3), mid + mm(4));
    path.quadTo(cx, mid + mm(7), cx + w / 2 - mm(2), mid + mm(2));
    return Stroke{path, QColor(20, 40, 150), mm(0.45)};
}

QList<Stroke> Layouter::seal(const DocumentSpec &s, QPointF centre) const
{
    const QColor ink(205, 30, 35, 200);
    const qreal outer = mm(17), inner = mm(12.5);
    QPainterPath rings;
    rings.addEllipse(centre, outer, outer);
    rings.addEllipse(centre, inner, inner);
    QList<Stroke> out{Stroke{rings, ink, mm(0.6), false}};

    QString around = s.agencyLines.isEmpty() ? QString() : s.agencyLines.back();
    const QString place = s.dateLine.section(u',', 0, 0).trimmed().toUpper();
    if (!place.isEmpty() && !around.contains(place))
        around += u" * "_s + place;
    around += u" *"_s;
    // Letters upright on the ring between the circles, shrunk until the text fits around it.
    const qreal radius = (outer + inner) / 2 - mm(1.2);
    QFont f = font(8.5, true);
    for (qreal pt = 8.5; QFontMetricsF(f).horizontalAdvance(around) > 2 * M_PI * radius * 0.97 && pt > 5; pt -= 0.5)
        f = font(pt, true);
    const QFontMetricsF fm(f);
    // A short name is spaced out to run most of the way round, as engravers do.
    const qreal spread = std::max(1.0, 2 * M_PI * radius * 0.88 / fm.horizontalAdvance(around));
    QPainterPath letters;
    qreal angle = -M_PI / 2 - fm.horizontalAdvance(around) * spread / radius / 2; // centred on the top
    for (QChar c : around) {
        const qreal advance = fm.horizontalAdvance(c) * spread;
        const qreal mid = angle + advance / radius / 2;
        QPainterPath glyph;
        glyph.addText(-fm.horizontalAdvance(c) / 2, 0, f, QString(c));
        QTransform t;
        t.translate(centre.x() + radius * std::cos(mid), centre.y() + radius * std::sin(mid));
        t.rotate(qRadiansToDegrees(mid) + 90);
        letters.addPath(t.map(glyph));
        angle += advance / radius;
    }
    QPainterPath star;
    const qreal r = mm(4);
    for (int i = 0; i < 10; ++i) {
        const qreal a = -M_PI / 2 + i * M_PI / 5;
        const QPointF p = centre + QPointF(std::cos(a), std::sin(a)) * (i % 2 ? r * 0.4 : r);
        i ? star.lineTo(p) : star.moveTo(p);
    }
    star.closeSubpath();
    letters.addPath(star);
    out.append(Stroke{letters, ink, 0, true});
    return out;
}

QList<Page> Layouter::run(const DocumentSpec &s)
{
    m_pages.clear();
    newPage();
    const qreal body = m_style.bodyPt;
    const qreal small = body - 1;

    // Header, left column: agency lines, rule or "*", number, V/v, marks.
    const qreal leftX = m_left - mm(12);
    const qreal leftW = m_width * 0.42 + mm(12);
    const qreal rightX = m_left + m_width * 0.42;
    const qreal rightW = m_width * 0.58 + mm(5);
    qreal ly = m_top;
    for (qsizetype i = 0; i < s.agencyLines.size(); ++i) {
        const bool issuer = i + 1 == s.agencyLines.size();
        const QList<Word> w = words(s.agencyLines[i], font(small, issuer));
        set(w, leftX, leftW, Align::Center, 0, ly, false);
        if (issuer && !s.party) {
            const qreal widest = std::min(naturalWidth(w), leftW);
            rule(leftX + leftW / 2, widest * 0.4, ly + mm(1.2));
            ly += mm(2.5);
        }
    }
    if (s.party)
        set(words(u"*"_s, font(small)), leftX, leftW, Align::Center, 0, ly, false);

    // Right column: quốc hiệu and tiêu ngữ (or the Party's name), underlined.
    qreal ry = m_top;
    if (s.party) {
        const QList<Word> w = words(u"ĐẢNG CỘNG SẢN VIỆT NAM"_s, font(body + 1, true));
        set(w, rightX, rightW, Align::Center, 0, ry, false);
        rule(rightX + rightW / 2, naturalWidth(w), ry + mm(1.2));
    } else {
        set(fitted(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s, small, true, false, rightW), rightX, rightW, Align::Center,
            0, ry, false);
        const QList<Word> motto = words(u"Độc lập - Tự do - Hạnh phúc"_s, font(body, true));
        set(motto, rightX, rightW, Align::Center, 0, ry, false);
        rule(rightX + rightW / 2, naturalWidth(motto), ry + mm(1.2));
    }
    ry += mm(3);

    // The number and the date share a line (boxes 3 and 4).
    qreal row = std::max(ly + mm(1), ry);
    ly = ry = row;
    set(fitted(s.numberLine, body, false, false, leftW), leftX, leftW, Align::Center, 0, ly, false);
    set(fitted(s.dateLine, body, false, true, rightW), rightX, rightW, Align::Center, 0, ry, false);
    if (!s.letterSummary.isEmpty())
        set(words(s.letterSummary, font(small - 0.5)), leftX + mm(4), leftW - mm(8), Align::Center, 0, ly, false);
    for (const QString &mark : s.marks) {
        ly += mm(3);
        const QFont f = font(body, true);
        const QFontMetricsF fm(f);
        const qreal w = fm.horizontalAdvance(mark);
        const qreal x = leftX + (leftW - w) / 2;
        page().runs.append(TextRun{mark, f, QPointF(x, ly + fm.ascent())});
        page().boxes.append(QRectF(x - mm(2), ly - mm(1), w + mm(4), fm.height() + mm(2)));
        ly += fm.height() + mm(1);
    }
    m_y = std::max(ly, ry) + mm(7);

    // Title and trích yếu (box 5a), centred, with a short rule.
    if (!s.title.isEmpty()) {
        set(words(s.title, font(body + 1, true)), m_left, m_width, Align::Center, 0, m_y, true);
        set(words(s.titleSummary, font(body, true)), m_left + m_width * 0.08, m_width * 0.84, Align::Center, 0, m_y,
            true);
        rule(m_left + m_width / 2, mm(35), m_y + mm(1));
        m_y += mm(6);
    }

    // Kính gửi (box 9a).
    if (!s.addressees.isEmpty()) {
        const QFont f = font(body);
        const QString label = u"Kính gửi:"_s;
        if (s.addressees.size() == 1) {
            set(words(label + u' ' + s.addressees.front() + u'.', f), m_left + m_width * 0.1, m_width * 0.8,
                Align::Center, 0, m_y, true);
        } else {
            const qreal x = m_left + m_width * 0.16;
            const qreal labelW = QFontMetricsF(f).horizontalAdvance(label + u' ');
            page().runs.append(TextRun{label, f, QPointF(x, m_y + QFontMetricsF(f).ascent())});
            const qreal itemX = x + labelW;
            for (qsizetype i = 0; i < s.addressees.size(); ++i) {
                const QString item = u"- "_s + s.addressees[i] + (i + 1 == s.addressees.size() ? u'.' : u';');
                set(words(item, f), itemX, m_left + m_width - itemX, Align::Left, 0, m_y, true,
                    QFontMetricsF(f).horizontalAdvance(u"- "_s));
            }
        }
        m_y += mm(3);
    }

    // Body (box 6).
    const QFont regular = font(body);
    const QFont bold = font(body, true);
    const qreal indent = mm(10);
    for (qsizetype i = 0; i < s.body.size(); ++i) {
        const BodyParagraph &p = s.body[i];
        if (m_closingOnNewPage && i + 1 == s.body.size() && i > 0)
            newPage();
        m_y += mm(1.8);
        switch (p.style) {
        case BodyStyle::Text:
            set(words(p.text, regular), m_left, m_width, Align::Justify, indent, m_y, true);
            break;
        case BodyStyle::Centered:
            m_y += mm(1.5);
            set(words(p.text, bold), m_left + m_width * 0.05, m_width * 0.9, Align::Center, 0, m_y, true);
            m_y += mm(1);
            break;
        case BodyStyle::Heading:
            set(words(p.text, bold), m_left, m_width, Align::Left, indent, m_y, true);
            break;
        case BodyStyle::Article: {
            QList<Word> w = words(p.text, regular);
            for (qsizetype i = 0; i < std::min<qsizetype>(2, w.size()); ++i)
                w[i] = words(w[i].text, bold).front();
            set(w, m_left, m_width, Align::Justify, indent, m_y, true);
            break;
        }
        }
    }

    // Signature (box 7, right) and Nơi nhận (box 9b, left) side by side, kept together.
    const qreal sigX = m_left + m_width * 0.45;
    const qreal sigW = m_width * 0.55 + mm(3);
    const qreal recX = m_left - mm(3);
    const qreal recW = m_width * 0.45;
    const QFont label = font(12, true, true);
    const QFont item = font(11);
    const qreal dash = QFontMetricsF(item).horizontalAdvance(u"- "_s);
    qreal sigHeight = mm(24) + lineHeight(bold);
    for (const QString &line : s.authorityLines)
        sigHeight += blockHeight(words(line, bold), sigW);
    qreal recHeight = lineHeight(label);
    for (const QString &r : s.recipients)
        recHeight += blockHeight(words(u"- "_s + r, item), recW, dash);
    m_y += mm(5);
    if (m_y + std::max(sigHeight, recHeight) > m_bottom) {
        if (!m_closingOnNewPage && s.body.size() > 1) {
            // A signature alone on a page is not done: the closing paragraph goes over with it.
            m_closingOnNewPage = true;
            return run(s);
        }
        newPage();
    }
    const qreal start = m_y;
    qreal sy = start;
    for (const QString &line : s.authorityLines)
        set(words(line, bold), sigX, sigW, Align::Center, 0, sy, false);
    // Most documents carry the seal, overlapping the left third of the signature (PL I, box 8).
    if (textKey(s.numberLine + s.signer, 0x5ea1) % 10 < 6)
        page().strokes += seal(s, QPointF(sigX + sigW / 2 - mm(19), sy + mm(7)));
    page().strokes.append(signature(s.signer, sigX + sigW / 2, sy, mm(22)));
    sy += mm(24);
    set(words(s.signer, bold), sigX, sigW, Align::Center, 0, sy, false);
    qreal ry2 = start + mm(1);
    set(words(u"Nơi nhận:"_s, label), recX, recW, Align::Left, 0, ry2, false);
    for (const QString &r : s.recipients)
        set(words(u"- "_s + r, item), recX, recW, Align::Left, 0, ry2, false, dash);
    return m_pages;
}

} // namespace

LayoutStyle LayoutStyle::varied(quint64 seed)
{
    synth::Rng rng(seedFor(seed, 0x1a7));
    LayoutStyle s;
    if (rng.percent(15))
        s.family = u"DejaVu Serif"_s;
    s.bodyPt = rng.percent(60) ? 14 : 13;
    if (s.family == u"DejaVu Serif")
        s.bodyPt -= 1; // DejaVu runs wide; keep the line length of a 13-14 pt Times
    s.lineSpacing = 1.0 + rng.below(16) / 100.0;
    s.topMm = rng.between(20, 25);
    s.bottomMm = rng.between(20, 25);
    s.leftMm = rng.between(30, 35);
    s.rightMm = rng.between(15, 20);
    return s;
}

QSizeF pageSizeUnits()
{
    return QSizeF(mm(210), mm(297));
}

void paintPage(QPainter &painter, const Page &page)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setPen(QPen(Qt::black, mm(0.3)));
    for (const QLineF &line : page.rules)
        painter.drawLine(line);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, mm(0.4)));
    for (const QRectF &box : page.boxes)
        painter.drawRect(box);
    for (const Stroke &s : page.strokes) {
        if (s.filled) {
            painter.fillPath(s.path, s.color);
            continue;
        }
        painter.setPen(QPen(s.color, s.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(s.path);
    }
    painter.setPen(Qt::black);
    for (const TextRun &run : page.runs) {
        painter.setFont(run.font);
        painter.drawText(run.origin, run.text);
    }
}

QList<Page> layoutDocument(const DocumentSpec &spec, const LayoutStyle &style)
{
    return Layouter(style).run(spec);
}

QList<Page> layoutWithin(GeneratedDocument &doc, const LayoutStyle &style, int pagesMax)
{
    QList<Page> pages = layoutDocument(doc.spec, style);
    bool trimmed = false;
    while (pages.size() > std::max(1, pagesMax) && doc.spec.body.size() > 2) {
        // Drop the last paragraph before the closing one, sparing the centred lines ("QUYẾT ĐỊNH:").
        QList<BodyParagraph> &body = doc.spec.body;
        qsizetype victim = body.size() - 2;
        while (victim > 0 && body[victim].style == BodyStyle::Centered)
            --victim;
        body.removeAt(victim);
        trimmed = true;
        pages = layoutDocument(doc.spec, style);
    }
    if (trimmed)
        refreshGold(doc);
    doc.gold.pageCount = int(pages.size());
    return pages;
}

} // namespace vt::docgen
