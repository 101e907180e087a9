// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerprint.h"

#include "formpainter.h"
#include "formtext.h"
#include "pdfoutput.h"

#include "store/search.h"

#include <QPagedPaintDevice>
#include <QRegularExpression>

#include <array>
#include <numeric>

using namespace Qt::StringLiterals;

namespace vt::print {

QPageLayout registerPageLayout()
{
    return QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(20, 12, 12, 12), QPageLayout::Millimeter);
}

namespace {

constexpr int kColumns = 10;
using Cells = std::array<QString, kColumns>;

/// Relative widths of the columns (millimetres on the 265 mm wide printable area).
std::array<double, kColumns> columnWeights(Direction direction)
{
    if (direction == Direction::Incoming)
        return {19, 12, 36, 30, 19, 66, 30, 16, 17, 20};
    return {30, 19, 66, 28, 38, 24, 11, 16, 17, 20};
}

QString typeAndSummary(const Dispatch &d)
{
    if (d.type.isEmpty() || d.summary.startsWith(d.type, Qt::CaseInsensitive))
        return d.summary;
    return d.summary.isEmpty() ? d.type : d.type + u": "_s + d.summary;
}

QString notesOf(const Dispatch &d)
{
    QStringList parts;
    if (d.urgency != Urgency::Normal)
        parts << label(d.urgency);
    if (d.confidentiality != Confidentiality::Normal)
        parts << label(d.confidentiality);
    if (d.direction == Direction::Incoming && d.dueDate.isValid())
        parts << u"Hạn "_s + form::shortDate(d.dueDate);
    if (!d.notes.isEmpty())
        parts << d.notes;
    return parts.join(u"; "_s);
}

bool isFileCopy(const QString &recipient)
{
    return recipient.startsWith(u"Lưu"_s, Qt::CaseInsensitive);
}

Cells cellsOf(const Dispatch &d)
{
    if (d.direction == Direction::Incoming) {
        const QString receiver
            = QStringList{d.handlingUnit, d.handlingPerson}.filter(QRegularExpression(u"\\S"_s)).join(u", "_s);
        return {form::shortDate(d.arrivalDate), QString::number(d.arrivalNumber), d.issuer, d.reference,
            form::shortDate(d.issuedDate), typeAndSummary(d), receiver, {}, {}, notesOf(d)};
    }
    // Nơi nhận lines as documents print them ("- Như trên;"), without their dash and end mark.
    static const QRegularExpression marks(u"^[\\s\\-–+•]+|[\\s.;,]+$"_s);
    QStringList to, kept;
    for (const QString &line : d.recipients) {
        const QString r = QString(line).remove(marks);
        if (isFileCopy(r))
            kept << r.mid(r.indexOf(u':') + 1).trimmed();
        else if (!r.isEmpty())
            to << r;
    }
    if (to.isEmpty())
        to = d.addressees;
    const QString reference = d.reference.isEmpty() ? QString::number(d.arrivalNumber) : d.reference;
    const QDate date = d.issuedDate.isValid() ? d.issuedDate : d.arrivalDate;
    const QString signer = d.signer.isEmpty() ? d.signerTitle : d.signer;
    return {reference, form::shortDate(date), typeAndSummary(d), signer, to.join(u"; "_s), kept.join(u"; "_s), {}, {},
        {}, notesOf(d)};
}

/// Lays out pages of the register: the heading on every page, rows kept whole, page numbers.
class RegisterPainter
{
public:
    RegisterPainter(QPagedPaintDevice &device, QPainter &painter, Direction direction)
        : m_device(device), m_fp(painter), m_headings(form::registerColumns(direction))
    {
        const auto weights = columnWeights(direction);
        const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
        double x = 0;
        for (int i = 0; i < kColumns; ++i) {
            m_left[i] = x;
            m_width[i] = m_fp.width() * weights[i] / total;
            x += m_width[i];
        }
        m_pad = m_fp.mm(1.0);
        m_bottom = m_fp.height() - m_fp.mm(8);
    }

    int pages() const { return m_page; }

    /// Starts the first table page after the `coverPages` already painted.
    void start(int coverPages)
    {
        m_page = coverPages;
        m_device.newPage();
        beginPage();
    }

    void row(const Cells &cells)
    {
        const double height = rowHeight(cells, m_body);
        if (m_y + height > m_bottom && m_rowsOnPage > 0)
            newPage();
        // A row taller than a whole page (a summary of a thousand words) is cut at the page's foot.
        const double h = std::min(height, m_bottom - m_y);
        paintRow(cells, m_body, h, Qt::AlignLeft | Qt::AlignTop);
        ++m_rowsOnPage;
    }

    void message(const QString &text)
    {
        m_y += m_fp.mm(4);
        m_fp.text({0, m_y}, m_fp.width(), text, formFont(12, false, true), Qt::AlignHCenter);
    }

    void finish() { footer(); }

private:
    double rowHeight(const Cells &cells, const QFont &font)
    {
        double h = 0;
        for (int i = 0; i < kColumns; ++i)
            h = std::max(h, m_fp.textHeight(m_width[i] - 2 * m_pad, cells[i], font));
        return std::max(h, QFontMetricsF(font, m_fp.painter().device()).height()) + 2 * m_pad;
    }

    void paintRow(const Cells &cells, const QFont &font, double height, int align)
    {
        QPainter &p = m_fp.painter();
        p.save();
        QPen pen(Qt::black);
        pen.setWidthF(m_fp.mm(0.2));
        p.setPen(pen);
        p.setFont(font);
        for (int i = 0; i < kColumns; ++i) {
            const QRectF cell(m_left[i], m_y, m_width[i], height);
            p.drawRect(cell);
            p.drawText(cell.adjusted(m_pad, m_pad, -m_pad, -m_pad), align | Qt::TextWordWrap, cells[i]);
        }
        p.restore();
        m_y += height;
    }

    void newPage()
    {
        footer();
        m_device.newPage();
        beginPage();
    }

    void beginPage()
    {
        ++m_page;
        m_y = 0;
        m_rowsOnPage = 0;
        Cells headings, numbers;
        for (int i = 0; i < kColumns; ++i) {
            headings[i] = m_headings.value(i);
            numbers[i] = u"(%1)"_s.arg(i + 1);
        }
        const QFont bold = formFont(10, true);
        paintRow(headings, bold, rowHeight(headings, bold), Qt::AlignCenter);
        const QFont small = formFont(9);
        paintRow(numbers, small, rowHeight(numbers, small), Qt::AlignCenter);
    }

    void footer()
    {
        m_fp.text(
            {0, m_fp.height() - m_fp.mm(5)}, m_fp.width(), form::pageNumber(m_page), formFont(10), Qt::AlignHCenter);
    }

    QPagedPaintDevice &m_device;
    FormPainter m_fp;
    QStringList m_headings;
    std::array<double, kColumns> m_left{}, m_width{};
    QFont m_body = formFont(10);
    double m_pad = 0, m_bottom = 0, m_y = 0;
    int m_page = 0;
    int m_rowsOnPage = 0;
};

void paintCover(FormPainter &fp, const RegisterRange &range, const AgencyInfo &agency, const RegisterSummary &s)
{
    const double w = fp.width();
    paintAgencyBlock(fp, {w * 0.2, fp.mm(10)}, w * 0.6, agency, 14);
    double y = fp.height() * 0.32;
    y += fp.text(
             {0, y}, w, form::registerTitle(range.direction, range.confidential), formFont(26, true), Qt::AlignHCenter)
        + fp.mm(8);
    const int firstYear = range.from.year(), lastYear = range.to.year();
    const QString year
        = firstYear == lastYear ? form::coverYear(firstYear) : form::coverYear(firstYear) + u" - %1"_s.arg(lastYear);
    const QFont line = formFont(15);
    y += fp.text({0, y}, w, year, formFont(15, true), Qt::AlignHCenter) + fp.mm(3);
    y += fp.text({0, y}, w, form::coverDateRange(range.from, range.to), line, Qt::AlignHCenter) + fp.mm(3);
    y += fp.text({0, y}, w, form::coverNumberRange(s.firstNumber, s.lastNumber), line, Qt::AlignHCenter) + fp.mm(3);
    fp.text({0, y}, w, form::coverVolume(), line, Qt::AlignHCenter);
}

store::SearchQuery queryFor(const RegisterRange &range)
{
    store::SearchQuery q;
    q.filter.direction = range.direction;
    q.filter.arrivalFrom = range.from;
    q.filter.arrivalTo = range.to;
    if (!range.confidential)
        q.filter.confidentiality = Confidentiality::Normal;
    // The register's order is its numbers' (they follow the time of arrival within a year).
    q.sort = store::SortKey::ArrivalNumber;
    q.descending = false;
    return q;
}

bool inSeries(const Dispatch &d, const RegisterRange &range)
{
    return d.isConfidential() == range.confidential;
}

} // namespace

Result<RegisterSummary> paintRegister(QPagedPaintDevice &device, store::Database &db, const RegisterRange &range,
    const AgencyInfo &agency, const RegisterProgress &progress)
{
    if (!range.from.isValid() || !range.to.isValid() || range.to < range.from)
        return fail(Error::InvalidArgument,
            u"The register's date range is empty or reversed: give a start date on or before the end date."_s);
    store::Searcher searcher(db);
    const store::SearchQuery query = queryFor(range);

    // First pass: the cover shows the first and last numbers before any row is printed.
    RegisterSummary summary;
    auto counted = searcher.forEach(query, [&](const store::SearchHit &hit) {
        if (!inSeries(hit.dispatch, range))
            return true;
        if (summary.rows++ == 0)
            summary.firstNumber = hit.dispatch.arrivalNumber;
        summary.lastNumber = hit.dispatch.arrivalNumber;
        return true;
    });
    if (!counted)
        return tl::unexpected(counted.error());

    device.setPageLayout(registerPageLayout());
    QPainter painter;
    if (!painter.begin(&device))
        return fail(Error::Io, u"Cannot start printing the register."_s);
    FormPainter fp(painter);
    paintCover(fp, range, agency, summary);

    RegisterPainter pages(device, painter, range.direction);
    pages.start(1);
    qint64 done = 0;
    int lastPage = pages.pages();
    bool stopped = false;
    auto printed = searcher.forEach(query, [&](const store::SearchHit &hit) {
        if (!inSeries(hit.dispatch, range))
            return true;
        pages.row(cellsOf(hit.dispatch));
        ++done;
        if (progress && pages.pages() != lastPage) {
            lastPage = pages.pages();
            stopped = !progress(done, summary.rows);
        }
        return !stopped;
    });
    if (summary.rows == 0)
        pages.message(form::noRecords());
    pages.finish();
    painter.end();
    summary.pages = pages.pages();
    if (!printed)
        return tl::unexpected(printed.error());
    if (stopped)
        return fail(Error::Io, u"Printing the register was cancelled."_s, u"cancelled"_s);
    if (progress)
        progress(done, summary.rows);
    return summary;
}

Result<RegisterSummary> writeRegister(const QString &pdfPath, store::Database &db, const RegisterRange &range,
    const AgencyInfo &agency, const RegisterProgress &progress)
{
    RegisterSummary summary;
    auto written = writePdf(pdfPath, form::registerTitle(range.direction, range.confidential),
        [&](QPagedPaintDevice &device) -> Result<void> {
            auto r = paintRegister(device, db, range, agency, progress);
            if (!r)
                return tl::unexpected(r.error());
            summary = *r;
            return {};
        });
    if (!written)
        return tl::unexpected(written.error());
    return summary;
}

} // namespace vt::print
