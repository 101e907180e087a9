// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberline.h"

#include "core/logging.h"
#include "core/vietnamese.h"
#include "ingest/ocrpool.h"
#include "ingest/pageimage.h"

#include <QRegularExpression>

#include <future>
#include <map>

using namespace Qt::StringLiterals;

namespace vt::pipeline {
namespace {

// A reference read no better than this (fallback rules give 0.6–0.8), or from a line OCR was unsure of, is
// read again.
constexpr double kSureReference = 0.9;
constexpr double kSureLine = 0.9;

struct Reading
{
    QString reference, number, notation;
    int agreement = 0;
    int votes = 0;
    bool original = false;
};

// The ways the line is recognised again: as one line at the scan's resolution, enlarged, and with only the
// characters a number line holds ("Số:", digits, the notation's letters).
QList<ingest::OcrEngine::RegionOptions> variants(int dpi)
{
    const QString allowed = u"Sốo:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZĐrgy/-."_s;
    const double larger = dpi < 250 ? 2.0 : 1.5;
    return {{1.0, true, {}}, {larger, true, {}}, {larger, true, allowed}};
}

// The line's box with room for the marks above it and the edges OCR cut.
QRectF around(const QRectF &box)
{
    return box.adjusted(-6, -5, 6, 4);
}

std::shared_ptr<ingest::OcrPool> poolFor(const ingest::ReadOptions &options)
{
    if (options.ocrPool)
        return options.ocrPool;
    return ingest::OcrPool::shared(
        ingest::OcrSettings{options.languages, options.tessdataPath, options.detectOrientation, options.deskew},
        options.ocrThreads);
}

// Recognises the region on one of the pool's engines and waits for it.
QStringList readRegion(
    ingest::OcrPool &pool, const ingest::PageScan &scan, const ingest::Page &page, const QRectF &region)
{
    std::promise<QStringList> done;
    auto future = done.get_future();
    pool.post([&](Result<ingest::OcrEngine *> engine) {
        QStringList texts;
        if (engine) {
            for (const auto &variant : variants(scan.dpi)) {
                auto read = (*engine)->recognizeRegion(
                    scan.image, scan.dpi, page.rotation, page.skewDegrees, region, variant);
                static const QRegularExpression specks(u"^[^\\p{L}\\d]+"_s); // "_ Số 30-CTr/TU"
                if (read)
                    texts.append(text::nfc(read->text.simplified()).remove(specks));
            }
        }
        done.set_value(texts);
    });
    return future.get();
}

} // namespace

namespace {

// One document's number line read again; `line` is the line the reference was read from (or, without one, a
// header line in the left column that may hold it).
class Rereader
{
public:
    Rereader(
        const ingest::SourceFile &source, const ingest::ReadOptions &options, const QList<extract::SourceLine> &lines)
        : m_source(source), m_options(options), m_lines(lines)
    {
    }

    // The readings of `line` (within `region`) that give `doc` a reference read from that line.
    void readAgain(const extract::ExtractedDocument &doc, qsizetype line, const QRectF &region, QList<Reading> &out)
    {
        const int page = m_lines.at(line).page;
        if (!m_scans.count(page)) {
            auto scan = ingest::pageScan(m_source.path, page, m_options);
            if (!scan)
                logging::get("pipeline")->debug("number line: {}", scan.error().message.toStdString());
            m_scans[page] = scan ? std::move(*scan) : ingest::PageScan{};
        }
        const ingest::PageScan &scan = m_scans[page];
        if (scan.image.isNull())
            return;
        if (!m_pool)
            m_pool = poolFor(m_options);
        for (const QString &text : readRegion(*m_pool, scan, m_source.pages.at(page - 1), region)) {
            logging::get("pipeline")->debug("number line {} read again: '{}'", line + 1, text.toStdString());
            QList<extract::SourceLine> again = m_lines;
            again[line].text = text;
            const auto redone = extract::extractDocuments(again);
            const auto same = std::find_if(redone.cbegin(), redone.cend(),
                [&](const extract::ExtractedDocument &o) { return o.firstLine == doc.firstLine; });
            if (same == redone.cend() || same->fields.reference.isEmpty()
                || same->evidence.value(u"reference"_s).line != line)
                continue;
            const auto known = std::find_if(
                out.begin(), out.end(), [&](const Reading &r) { return r.reference == same->fields.reference; });
            if (known != out.end()) {
                ++known->votes;
                continue;
            }
            out.append({same->fields.reference, same->fields.number, same->fields.notation,
                extract::referenceAgreement(*same, again), 1, false});
        }
    }

    bool scanned(qsizetype line) const
    {
        const int page = m_lines.at(line).page;
        return !m_lines.at(line).box.isEmpty() && page >= 1 && page <= m_source.pages.size()
            && m_source.pages.at(page - 1).source == ingest::Page::Ocr;
    }

private:
    const ingest::SourceFile &m_source;
    const ingest::ReadOptions &m_options;
    const QList<extract::SourceLine> &m_lines;
    std::map<int, ingest::PageScan> m_scans; // read once per page
    std::shared_ptr<ingest::OcrPool> m_pool;
};

void take(extract::ExtractedDocument &doc, const Reading &best, qsizetype line)
{
    doc.fields.reference = best.reference;
    doc.fields.number = best.number;
    doc.fields.notation = best.notation;
    for (const QString &field : {u"reference"_s, u"number"_s, u"notation"_s}) {
        extract::FieldEvidence &e = doc.evidence[field];
        e.confidence = 0.75;
        e.line = line;
    }
}

} // namespace

void rereadNumberLines(const ingest::SourceFile &source, const ingest::ReadOptions &options,
    const QList<extract::SourceLine> &lines, const QList<double> &lineConfidence,
    QList<extract::ExtractedDocument> &documents)
{
    Rereader rereader(source, options, lines);
    const auto better = [](const Reading &a, const Reading &b) {
        return std::tuple(a.agreement, a.votes, a.original) < std::tuple(b.agreement, b.votes, b.original);
    };
    for (extract::ExtractedDocument &doc : documents) {
        const extract::FieldEvidence evidence = doc.evidence.value(u"reference"_s);
        if (doc.fields.reference.isEmpty()) {
            // No number found: OCR may have garbled the line beyond recognition ("c0 0U Kiên Giang, ngày …"). The
            // left column's lines under the issuer and above the title are read again, left half only.
            if (!doc.hasHeader || !doc.evidence.contains(u"issuer"_s))
                continue;
            const qsizetype from = doc.evidence.value(u"issuer"_s).line + 1;
            const qsizetype to = doc.evidence.contains(u"type"_s) ? doc.evidence.value(u"type"_s).line : from + 4;
            QList<Reading> readings;
            qsizetype foundOn = -1;
            for (qsizetype i = from; i < to && i < from + 4 && i <= doc.lastLine && readings.isEmpty(); ++i) {
                if (!rereader.scanned(i))
                    continue;
                const QRectF box = lines.at(i).box;
                const double half = source.pages.at(lines.at(i).page - 1).sizePt.width() * 0.55;
                if (box.left() > half)
                    continue;
                rereader.readAgain(doc, i,
                    around(QRectF(box.left(), box.top(), std::min(box.right(), half) - box.left(), box.height())),
                    readings);
                foundOn = i;
            }
            if (readings.isEmpty())
                continue;
            const auto best = std::max_element(readings.cbegin(), readings.cend(), better);
            logging::get("pipeline")
                ->debug("number line of {}: none read; '{}' read again", source.path.toStdString(),
                    best->reference.toStdString());
            if (best->agreement >= 2)
                take(doc, *best, foundOn);
            continue;
        }
        if (evidence.line < 0 || evidence.line >= lines.size() || !rereader.scanned(evidence.line))
            continue;
        const int agreement = extract::referenceAgreement(doc, lines);
        if (evidence.confidence >= kSureReference && lineConfidence.value(evidence.line, 1) >= kSureLine
            && agreement == 3)
            continue;
        QList<Reading> readings{{doc.fields.reference, doc.fields.number, doc.fields.notation, agreement, 1, true}};
        rereader.readAgain(doc, evidence.line, around(lines.at(evidence.line).box), readings);
        const auto best = std::max_element(readings.cbegin(), readings.cend(), better);
        logging::get("pipeline")
            ->debug("number line of {}: '{}' → {} readings, '{}' chosen", source.path.toStdString(),
                doc.fields.reference.toStdString(), readings.size(), best->reference.toStdString());
        if (!best->original)
            take(doc, *best, evidence.line);
    }
}

} // namespace vt::pipeline
