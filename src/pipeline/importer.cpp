// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "numberline.h"

#include "core/vietnamese.h"
#include "ingest/reader.h"
#include "ingest/readerror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::pipeline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vt::pipeline::Importer", text);
}

/// The page's lines with their boxes, in the page's text as repaired. Repair keeps line breaks, so the i-th
/// line of the repaired text is the i-th line of the text as read; boxes are matched to the text lines in order.
void appendLines(const ingest::Page &page, const QString &repaired, QList<extract::SourceLine> &lines,
    QStringList &rawLines, QList<double> &confidence)
{
    const QStringList raw = page.text.split(u'\n');
    QStringList fixed = repaired.split(u'\n');
    if (fixed.size() != raw.size())
        fixed = raw; // never expected; the text as read is the safe fallback
    qsizetype box = 0;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        extract::SourceLine line{fixed.at(i), page.number, {}};
        double lineConfidence = 1;
        const QString trimmed = raw.at(i).trimmed();
        if (!trimmed.isEmpty()) {
            for (qsizetype j = box; j < page.lines.size(); ++j) {
                if (page.lines.at(j).text.trimmed() == trimmed) {
                    line.box = page.lines.at(j).box;
                    lineConfidence = page.lines.at(j).confidence;
                    box = j + 1;
                    break;
                }
            }
        }
        lines.append(line);
        confidence.append(lineConfidence);
        rawLines.append(raw.at(i));
    }
}

QString joinLines(const QStringList &lines, qsizetype first, qsizetype last)
{
    if (first < 0 || last < first || first >= lines.size())
        return {};
    return lines.mid(first, std::min(last, lines.size() - 1) - first + 1).join(u'\n').trimmed();
}

bool statesAnything(const Dispatch &d)
{
    return !d.reference.isEmpty() || d.issuedDate.isValid() || !d.type.isEmpty() || !d.issuer.isEmpty()
        || !d.summary.isEmpty() || !d.signer.isEmpty();
}

} // namespace

Dispatch ImportedDocument::dispatch() const
{
    Dispatch d = extracted.fields;
    d.fullText = text;
    d.pageCount = extracted.lastPage >= extracted.firstPage ? extracted.lastPage - extracted.firstPage + 1 : 0;
    return d;
}

std::optional<repair::Mode> repairModeFor(const ingest::Page &page, const QString &ocrLanguages)
{
    switch (page.source) {
    case ingest::Page::Ocr:
        return ocrLanguages.contains(u"vie"_s) ? repair::Mode::VieOcr : repair::Mode::EngOcr;
    case ingest::Page::PlainText:
        return repair::Mode::Auto;
    case ingest::Page::TextLayer:
        break;
    }
    return std::nullopt;
}

QStringList supportedNameFilters()
{
    return {u"*.pdf"_s, u"*.png"_s, u"*.jpg"_s, u"*.jpeg"_s, u"*.tif"_s, u"*.tiff"_s, u"*.txt"_s};
}

Importer::Importer(std::shared_ptr<const repair::Repairer> repairer, ImportOptions options)
    : m_repairer(std::move(repairer)), m_options(std::move(options))
{
}

Result<Importer> Importer::create(ImportOptions options)
{
    auto repairer = repair::Repairer::load();
    if (!repairer)
        return tl::unexpected(repairer.error());
    return Importer(*repairer, std::move(options));
}

Result<ImportedFile> Importer::importFile(const QString &path, const ingest::ReadHooks &hooks) const
{
    auto source = ingest::readFile(path, m_options.read, hooks);
    if (!source)
        return tl::unexpected(source.error());
    // A cancel that came as the last page finished still cancels: the clerk asked for nothing.
    if (hooks.canceled())
        return tl::unexpected(ingest::makeFailure(ingest::Failure::Canceled, tr("Reading was canceled.")));
    ImportedFile file = finish(std::move(*source));
    const QString name = QFileInfo(path).fileName();
    bool anyText = false;
    for (const ingest::Page &page : file.source.pages)
        anyText = anyText || !page.text.trimmed().isEmpty();
    if (!anyText) {
        return fail(Error::InvalidArgument,
            tr("No text was found in %1: its pages are blank or unreadable. If it is a scan, scan it again at 300 "
               "dpi; otherwise register it by hand.")
                .arg(name));
    }
    bool anyField = false;
    for (const ImportedDocument &doc : file.documents)
        anyField = anyField || statesAnything(doc.extracted.fields);
    if (!anyField) {
        return fail(Error::InvalidArgument,
            tr("%1 does not look like an administrative document: no number, date, type, issuer, summary or "
               "signer was found. Register it by hand if it is one.")
                .arg(name));
    }
    return file;
}

void Importer::importFiles(const QStringList &paths, int concurrentFiles, const FileDone &done,
    const FileProgress &progress, const std::function<bool()> &isCanceled) const
{
    if (concurrentFiles <= 0)
        concurrentFiles = m_options.read.ocrThreads > 0 ? m_options.read.ocrThreads : QThread::idealThreadCount();
    concurrentFiles = std::clamp(concurrentFiles, 1, int(std::max<qsizetype>(paths.size(), 1)));
    std::atomic<qsizetype> next = 0;
    std::mutex report;
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++) {
            ingest::ReadHooks hooks;
            hooks.isCanceled = isCanceled;
            if (progress) {
                hooks.progress = [&, i](const ingest::ReadProgress &p) {
                    const std::lock_guard lock(report);
                    progress(i, p);
                };
            }
            auto result = importFile(paths.at(i), hooks);
            const std::lock_guard lock(report);
            done(i, std::move(result));
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < concurrentFiles; ++t)
        workers.emplace_back(work);
    work();
    for (std::thread &t : workers)
        t.join();
}

ImportedFile Importer::importText(const QString &text) const
{
    ingest::SourceFile source;
    source.kind = u"text"_s;
    ingest::Page page;
    page.number = 1;
    page.source = ingest::Page::PlainText;
    page.text = text::nfc(text);
    source.pages.append(page);
    return finish(std::move(source));
}

ImportedFile Importer::finish(ingest::SourceFile source) const
{
    ImportedFile file;
    QList<extract::SourceLine> lines;
    QStringList rawLines;
    QList<double> lineConfidence;
    for (const ingest::Page &page : source.pages) {
        repair::RepairResult repaired;
        repaired.text = page.text;
        const auto mode = repairModeFor(page, m_options.read.languages);
        if (m_options.repair && mode && m_repairer)
            repaired = m_repairer->repair(page.text, *mode);
        appendLines(page, repaired.text, lines, rawLines, lineConfidence);
        file.repairs.append(std::move(repaired));
    }
    QStringList fixedLines;
    fixedLines.reserve(lines.size());
    for (const extract::SourceLine &line : lines)
        fixedLines.append(line.text);

    QList<extract::ExtractedDocument> found = extract::extractDocuments(lines);
    if (m_options.rereadNumberLines && !source.path.isEmpty())
        rereadNumberLines(source, m_options.read, lines, lineConfidence, found);
    for (qsizetype i = 0; i < found.size(); ++i) {
        ImportedDocument doc;
        doc.indexInFile = int(i);
        doc.extracted = found.at(i);
        doc.rawText = joinLines(rawLines, doc.extracted.firstLine, doc.extracted.lastLine);
        doc.text = joinLines(fixedLines, doc.extracted.firstLine, doc.extracted.lastLine);
        file.documents.append(std::move(doc));
    }
    file.source = std::move(source);
    return file;
}

} // namespace vt::pipeline
