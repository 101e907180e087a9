// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberline.h"

#include "core/logging.h"
#include "core/vietnamese.h"
#include "ingest/ocrpool.h"
#include "ingest/pageimage.h"

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
                if (read)
                    texts.append(text::nfc(read->text.simplified()));
            }
        }
        done.set_value(texts);
    });
    return future.get();
}

} // namespace

void rereadNumberLines(const ingest::SourceFile &source, const ingest::ReadOptions &options,
    const QList<extract::SourceLine> &lines, const QList<double> &lineConfidence,
    QList<extract::ExtractedDocument> &documents)
{
    std::map<int, ingest::PageScan> scans; // read once per page
    std::shared_ptr<ingest::OcrPool> pool;
    for (qsizetype d = 0; d < documents.size(); ++d) {
        extract::ExtractedDocument &doc = documents[d];
        const extract::FieldEvidence evidence = doc.evidence.value(u"reference"_s);
        if (doc.fields.reference.isEmpty() || evidence.line < 0 || evidence.line >= lines.size())
            continue;
        const extract::SourceLine &numberLine = lines.at(evidence.line);
        const int pageIndex = numberLine.page - 1;
        if (numberLine.box.isEmpty() || pageIndex < 0 || pageIndex >= source.pages.size()
            || source.pages.at(pageIndex).source != ingest::Page::Ocr)
            continue;
        const int agreement = extract::referenceAgreement(doc, lines);
        if (evidence.confidence >= kSureReference && lineConfidence.value(evidence.line, 1) >= kSureLine
            && agreement == 3)
            continue;
        if (!scans.count(numberLine.page)) {
            auto scan = ingest::pageScan(source.path, numberLine.page, options);
            if (!scan) {
                logging::get("pipeline")->debug("number line: {}", scan.error().message.toStdString());
                scans[numberLine.page] = {};
            } else {
                scans[numberLine.page] = std::move(*scan);
            }
        }
        const ingest::PageScan &scan = scans[numberLine.page];
        if (scan.image.isNull())
            continue;
        if (!pool)
            pool = poolFor(options);
        const QStringList texts = readRegion(*pool, scan, source.pages.at(pageIndex), around(numberLine.box));

        QList<Reading> readings{{doc.fields.reference, doc.fields.number, doc.fields.notation, agreement, 1, true}};
        for (const QString &text : texts) {
            QList<extract::SourceLine> again = lines;
            again[evidence.line].text = text;
            const auto redone = extract::extractDocuments(again);
            const auto same = std::find_if(redone.cbegin(), redone.cend(),
                [&](const extract::ExtractedDocument &o) { return o.firstLine == doc.firstLine; });
            if (same == redone.cend() || same->fields.reference.isEmpty()
                || same->evidence.value(u"reference"_s).line != evidence.line)
                continue;
            const auto known = std::find_if(readings.begin(), readings.end(),
                [&](const Reading &r) { return r.reference == same->fields.reference; });
            if (known != readings.end()) {
                ++known->votes;
                continue;
            }
            readings.append({same->fields.reference, same->fields.number, same->fields.notation,
                extract::referenceAgreement(*same, again), 1, false});
        }
        const auto best = std::max_element(readings.cbegin(), readings.cend(), [](const Reading &a, const Reading &b) {
            return std::tuple(a.agreement, a.votes, a.original) < std::tuple(b.agreement, b.votes, b.original);
        });
        logging::get("pipeline")
            ->debug("number line of {} page {}: '{}' → {} readings, '{}' chosen", source.path.toStdString(),
                numberLine.page, doc.fields.reference.toStdString(), readings.size(), best->reference.toStdString());
        if (best->original)
            continue;
        doc.fields.reference = best->reference;
        doc.fields.number = best->number;
        doc.fields.notation = best->notation;
        for (const QString &field : {u"reference"_s, u"number"_s, u"notation"_s}) {
            if (doc.evidence.contains(field))
                doc.evidence[field].confidence = 0.75;
        }
    }
}

} // namespace vt::pipeline
