// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "stamp.h"

#include "formpainter.h"
#include "formtext.h"
#include "pdfoutput.h"

#include "store/dispatchstore.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QBuffer>
#include <QImageReader>
#include <QLineF>
#include <QPagedPaintDevice>
#include <QSaveFile>

#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace vt::print {

namespace {

constexpr double kStampWidth = 50; // mm
constexpr double kStampHeight = 35; // mm
const QColor kInk(200, 16, 46); // the stamp's red
const QColor kPen(20, 40, 160); // what the clerk writes in

/// One piece of text of the stamp, in millimetres from its top left corner.
struct StampText
{
    QRectF box;
    QString text;
    double pointSize;
    bool bold;
    Qt::Alignment align;
    QColor color;
};

struct StampLayout
{
    QList<StampText> texts;
    QList<QLineF> lines; ///< the frame's inner rules
};

/// Width of `text` in millimetres.
double textWidthMm(const QString &text, const QFont &font)
{
    static const QImage pointsDevice = [] {
        QImage image(1, 1, QImage::Format_Mono);
        image.setDotsPerMeterX(2835); // 72 dpi: one unit a point
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return QFontMetricsF(font, &pointsDevice).horizontalAdvance(text) * 25.4 / 72;
}

StampLayout stampLayout(const StampFields &f)
{
    StampLayout l;
    const double labelPt = 8, valuePt = 8.5;
    const auto labelled
        = [&](double x, double y, double right, double height, const QString &label, const QString &value) {
              const double w = textWidthMm(label, formFont(labelPt)) + 0.8;
              l.texts.append({QRectF(x, y, w + 0.5, height), label, labelPt, false, Qt::AlignLeft, kInk});
              const QRectF valueBox(x + w, y, right - x - w, height);
              if (value.isEmpty())
                  l.texts.append({valueBox, form::dots(40), labelPt, false, Qt::AlignLeft, kInk});
              else
                  l.texts.append({valueBox.adjusted(0, -0.3, 0, 0), value, valuePt, false, Qt::AlignLeft, kPen});
          };
    const QString agency = f.agency.isEmpty() ? form::dots(30) : f.agency.toUpper();
    l.texts.append(
        {QRectF(1, 0.8, kStampWidth - 2, 7.6), agency, agency.size() > 36 ? 6.5 : 7.5, true, Qt::AlignHCenter, kInk});
    l.lines << QLineF(0, 9, kStampWidth, 9) << QLineF(13, 9, 13, 21) << QLineF(0, 21, kStampWidth, 21);
    l.texts.append({QRectF(0, 12.3, 13, 7), form::stampArrived(), 13, true, Qt::AlignHCenter, kInk});
    labelled(14.5, 10.3, kStampWidth - 1, 5, form::stampNumber(), f.number > 0 ? QString::number(f.number) : QString());
    labelled(14.5, 15.6, kStampWidth - 1, 5, form::stampDate(), form::shortDate(f.date));
    labelled(1.5, 22, kStampWidth - 1, 6.4, form::stampTransfer(), f.transfer);
    labelled(1.5, 28.6, kStampWidth - 1, 6, form::stampFile(), f.fileNotation);
    return l;
}

struct Spot
{
    QPointF at; ///< millimetres from the page's top left corner
    bool overText = false; ///< no clean place: the stamp covers some of the page's ink
};

/// Where on page 1 the stamp goes. Places are tried in the top half of the page, reading down then right; the
/// first clean one (next to no ink under it and 2 mm around) on the left half wins, as clerks stamp under the
/// header on the left; else the first clean one further right; else the place on the left with the least ink.
Spot blankSpot(const QImage &page, const QSizeF &pageMm)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const double pxPerMm = gray.width() / pageMm.width();
    const auto inkIn = [&](const QRectF &mm) {
        const QRect r = QRectF(mm.x() * pxPerMm, mm.y() * pxPerMm, mm.width() * pxPerMm, mm.height() * pxPerMm)
                            .toAlignedRect()
                            .intersected(gray.rect());
        int ink = 0;
        for (int y = r.top(); y <= r.bottom(); ++y) {
            const uchar *line = gray.constScanLine(y);
            for (int x = r.left(); x <= r.right(); ++x)
                ink += line[x] < 160;
        }
        return ink;
    };
    // A scan's specks are not text: a place with under 0.2 % dark pixels counts as clean.
    const int clean = int((kStampWidth + 4) * (kStampHeight + 4) * pxPerMm * pxPerMm * 0.002);
    // 8 and 6 mm from the edges: inside what printers print.
    const double firstX = 8, firstY = 6;
    const double lastX = std::max(firstX, pageMm.width() - kStampWidth - firstX);
    const double lastY = std::max(firstY, pageMm.height() / 2);
    std::optional<QPointF> cleanRight;
    QPointF least(firstX, firstY);
    int leastInk = std::numeric_limits<int>::max();
    for (double x = firstX; x <= lastX; x += 4) {
        const bool left = x + kStampWidth <= pageMm.width() / 2 + 10;
        for (double y = firstY; y <= lastY; y += 2.5) {
            const int ink = inkIn(QRectF(x - 2, y - 2, kStampWidth + 4, kStampHeight + 4));
            if (ink <= clean && left)
                return {{x, y}, false};
            if (ink <= clean && !cleanRight)
                cleanRight = QPointF(x, y);
            if (left && ink < leastInk) {
                leastInk = ink;
                least = {x, y};
            }
        }
    }
    if (cleanRight)
        return {*cleanRight, false};
    return {least, true};
}

Result<StampedCopy> stampRotatedPdf(Poppler::Document &doc, const StampFields &fields, const QString &outPath);

Result<void> saveConverted(Poppler::Document &doc, const QString &outPath)
{
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            Error::Io, u"Cannot write %1: %2. Choose another file or folder."_s.arg(outPath, file.errorString()));
    std::unique_ptr<Poppler::PDFConverter> converter = doc.pdfConverter();
    converter->setOutputDevice(&file);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert()) {
        file.cancelWriting();
        return fail(Error::Io, u"Cannot write the stamped copy %1."_s.arg(outPath),
            u"Poppler PDFConverter error %1"_s.arg(int(converter->lastError())));
    }
    if (!file.commit())
        return fail(
            Error::Io, u"Cannot write %1: %2. Choose another file or folder."_s.arg(outPath, file.errorString()));
    return {};
}

} // namespace

StampFields stampFields(const Dispatch &d, const AgencyInfo &agency, const QString &fileNotation)
{
    QStringList to;
    if (!d.handlingUnit.isEmpty())
        to << d.handlingUnit;
    if (!d.handlingPerson.isEmpty())
        to << d.handlingPerson;
    return {agency.name, d.arrivalNumber, d.arrivalDate, to.join(u", "_s), fileNotation};
}

void paintStamp(QPainter &painter, QPointF topLeft, double dotsPerMm, const StampFields &fields)
{
    const StampLayout layout = stampLayout(fields);
    const auto at = [&](QPointF mm) { return topLeft + mm * dotsPerMm; };
    painter.save();
    QPen pen(kInk);
    pen.setWidthF(0.35 * dotsPerMm);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(at({0, 0}), QSizeF(kStampWidth, kStampHeight) * dotsPerMm));
    pen.setWidthF(0.25 * dotsPerMm);
    painter.setPen(pen);
    for (const QLineF &line : layout.lines)
        painter.drawLine(at(line.p1()), at(line.p2()));
    for (const StampText &t : layout.texts) {
        painter.setPen(t.color);
        painter.setFont(formFont(t.pointSize, t.bold));
        painter.drawText(QRectF(at(t.box.topLeft()), t.box.size() * dotsPerMm), t.align | Qt::TextWordWrap, t.text);
    }
    painter.restore();
}

Result<StampedCopy> stampPdf(const QByteArray &pdf, const StampFields &fields, const QString &outPath)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return fail(Error::InvalidArgument, u"The original is not a readable PDF; it cannot be stamped."_s);
    if (doc->isLocked())
        return fail(Error::InvalidArgument,
            u"The original PDF is password-protected; open it in a PDF reader and stamp it there."_s);
    if (doc->numPages() < 1)
        return fail(Error::InvalidArgument, u"The original PDF has no pages."_s);
    std::unique_ptr<Poppler::Page> page = doc->page(0);
    if (page->orientation() != Poppler::Page::Portrait)
        return stampRotatedPdf(*doc, fields, outPath);
    const QSizeF points = page->pageSizeF();
    const QSizeF pageMm = points * 25.4 / 72;
    const Spot spot = blankSpot(page->renderToImage(30, 30), pageMm);
    const QPointF origin = spot.at;

    // Page coordinates of annotations are fractions of the page's width and height.
    const auto normal = [&](QRectF mm) {
        mm.translate(origin);
        return QRectF(mm.x() / pageMm.width(), mm.y() / pageMm.height(), mm.width() / pageMm.width(),
            mm.height() / pageMm.height());
    };
    const double pointsPerMm = 72 / 25.4;
    const auto styled = [&](Poppler::Annotation &a, const QColor &color, double widthMm) {
        Poppler::Annotation::Style style;
        style.setColor(color);
        style.setWidth(widthMm * pointsPerMm);
        a.setStyle(style);
        a.setAuthor(u"Văn Thư"_s);
        a.setFlags(Poppler::Annotation::Flags(Poppler::Annotation::DenyDelete)); // printable (no DenyPrint)
    };
    const StampLayout layout = stampLayout(fields);
    auto frame = std::make_unique<Poppler::GeomAnnotation>();
    frame->setGeomType(Poppler::GeomAnnotation::InscribedSquare);
    frame->setBoundary(normal(QRectF(0, 0, kStampWidth, kStampHeight)));
    styled(*frame, kInk, 0.35);
    if (spot.overText) // keep the stamp legible over the text it has to cover
        frame->setGeomInnerColor(QColor(255, 255, 255, 230));
    page->addAnnotation(frame.get());
    for (const QLineF &rule : layout.lines) {
        auto line = std::make_unique<Poppler::LineAnnotation>(Poppler::LineAnnotation::StraightLine);
        const QRectF r = normal(QRectF(rule.p1(), rule.p2()).normalized());
        line->setBoundary(r.adjusted(-0.001, -0.001, 0.001, 0.001));
        line->setLinePoints(
            {normal(QRectF(rule.p1(), QSizeF())).topLeft(), normal(QRectF(rule.p2(), QSizeF())).topLeft()});
        styled(*line, kInk, 0.25);
        page->addAnnotation(line.get());
    }
    for (const StampText &t : layout.texts) {
        auto text = std::make_unique<Poppler::TextAnnotation>(Poppler::TextAnnotation::InPlace);
        text->setBoundary(normal(t.box));
        text->setContents(t.text);
        text->setTextFont(formFont(t.pointSize, t.bold));
        text->setTextColor(t.color);
        text->setInplaceAlign(t.align == Qt::AlignHCenter ? Poppler::TextAnnotation::InplaceAlignCenter
                                                          : Poppler::TextAnnotation::InplaceAlignLeft);
        styled(*text, QColor(), 0);
        page->addAnnotation(text.get());
    }
    if (auto r = saveConverted(*doc, outPath); !r)
        return tl::unexpected(r.error());
    return StampedCopy{doc->numPages(), true, origin, spot.overText};
}

namespace {

/// Writes `next()`'s images (null: the end) as the pages of a PDF, each at its own resolution (200 dpi when it
/// does not say or says something odd), the stamp painted on page 1.
Result<StampedCopy> imagesToStampedPdf(
    QImage first, const std::function<QImage()> &next, const StampFields &fields, const QString &outPath)
{
    StampedCopy copy;
    auto written = writePdf(outPath, u"ĐẾN"_s, [&](QPagedPaintDevice &device) -> Result<void> {
        QPainter painter;
        QImage frame = std::move(first);
        for (int index = 0; !frame.isNull(); ++index) {
            double dpi = frame.dotsPerMeterX() * 0.0254;
            if (dpi < 50 || dpi > 1200)
                dpi = 200;
            const QSizeF mm = QSizeF(frame.size()) * 25.4 / dpi;
            device.setPageLayout(QPageLayout(
                QPageSize(mm, QPageSize::Millimeter), QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter));
            if (index == 0) {
                if (!painter.begin(&device))
                    return fail(Error::Io, u"Cannot start writing %1."_s.arg(outPath));
            } else {
                device.newPage();
            }
            const QRectF page(0, 0, painter.device()->width(), painter.device()->height());
            painter.drawImage(page, frame);
            if (index == 0) {
                const Spot spot = blankSpot(frame.scaledToWidth(std::max(1, int(mm.width() * 30 / 25.4))), mm);
                copy.stampAt = spot.at;
                copy.coversText = spot.overText;
                const double dotsPerMm = page.width() / mm.width();
                if (spot.overText) // keep the stamp legible over the text it has to cover
                    painter.fillRect(QRectF(spot.at * dotsPerMm, QSizeF(kStampWidth, kStampHeight) * dotsPerMm),
                        QColor(255, 255, 255, 220));
                paintStamp(painter, copy.stampAt * dotsPerMm, dotsPerMm, fields);
            }
            ++copy.pages;
            frame = next();
        }
        painter.end();
        return {};
    });
    if (!written)
        return tl::unexpected(written.error());
    return copy;
}

/// A PDF whose first page is turned (/Rotate): annotations would be laid out on the unturned page, with their
/// text turned on screen, so its pages are rendered at 200 dpi and stamped as a scan would be.
Result<StampedCopy> stampRotatedPdf(Poppler::Document &doc, const StampFields &fields, const QString &outPath)
{
    doc.setRenderHint(Poppler::Document::Antialiasing);
    doc.setRenderHint(Poppler::Document::TextAntialiasing);
    int next = 0;
    const auto render = [&]() -> QImage {
        if (next >= doc.numPages())
            return {};
        QImage image = doc.page(next++)->renderToImage(200, 200);
        image.setDotsPerMeterX(7874); // 200 dpi
        image.setDotsPerMeterY(7874);
        return image;
    };
    QImage first = render();
    if (first.isNull())
        return fail(Error::InvalidArgument, u"The original PDF's first page cannot be rendered."_s);
    return imagesToStampedPdf(std::move(first), render, fields, outPath);
}

} // namespace

Result<StampedCopy> stampImage(const QByteArray &image, const StampFields &fields, const QString &outPath)
{
    QByteArray data = image;
    QBuffer buffer(&data);
    QImageReader reader(&buffer);
    QImage first = reader.read();
    if (first.isNull())
        return fail(Error::InvalidArgument,
            u"The original is neither a PDF nor a readable image (%1); it cannot be stamped."_s.arg(
                reader.errorString()));
    return imagesToStampedPdf(
        std::move(first), [&] { return reader.canRead() ? reader.read() : QImage(); }, fields, outPath);
}

Result<StampedCopy> exportStamped(
    store::Database &db, qint64 id, const AgencyInfo &agency, const QString &outPath, const QString &fileNotation)
{
    store::DispatchStore dispatches(db);
    auto dispatch = dispatches.get(id);
    if (!dispatch)
        return tl::unexpected(dispatch.error());
    auto files = dispatches.attachments(id);
    if (!files)
        return tl::unexpected(files.error());
    if (files->isEmpty())
        return fail(Error::NotFound,
            u"Record %1 has no stored original to stamp; attach the scanned document first."_s.arg(id));
    const store::AttachmentStore store = dispatches.attachmentStore();
    const StampFields fields = stampFields(*dispatch, agency, fileNotation);
    Error last;
    for (const store::Attachment &a : *files) {
        auto bytes = store.read(a.sha256);
        if (!bytes)
            return tl::unexpected(bytes.error());
        auto r = bytes->startsWith("%PDF") ? stampPdf(*bytes, fields, outPath) : stampImage(*bytes, fields, outPath);
        if (r || r.error().code != Error::InvalidArgument)
            return r;
        last = r.error(); // not a PDF or image (a text file): try the next original
    }
    return tl::unexpected(last);
}

} // namespace vt::print
