// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "core/result.h"
#include "extract/extractor.h"
#include "ingest/sourcefile.h"
#include "repair/repairer.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

/// The import pipeline: a file on disk becomes documents with their fields filled, ready for the clerk to
/// confirm. read (ingest) → repair (OCR'd and plain text only) → split and extract. Nothing is persisted here;
/// the CLI and the app register what the clerk accepts.
namespace vt::pipeline {

/// One document found in a file.
struct ImportedDocument
{
    int indexInFile = 0; ///< 0-based, in reading order
    extract::ExtractedDocument extracted;
    QString rawText; ///< the document's lines as read (OCR output, text layer or text file)
    QString text; ///< the same lines after repair; equal to rawText where nothing was repaired

    /// The record to register: the extracted fields, the repaired text and the page count.
    Dispatch dispatch() const;
};

struct ImportedFile
{
    ingest::SourceFile source;
    /// The repairer's result per page (same order as source.pages); empty `tokens` for pages left alone
    /// (born-digital text layers only get NFC and legacy-encoding conversion).
    QList<repair::RepairResult> repairs;
    QList<ImportedDocument> documents;
};

struct ImportOptions
{
    ingest::ReadOptions read;
    bool repair = true; ///< off: keep the text exactly as read (for comparing, and for clean archives)
    /// Doubtful references on scanned pages are read again from the number line's region (rereadNumberLines()).
    bool rereadNumberLines = true;
};

/// Loads the repair model once; importFile() may then be called from several threads at once.
class Importer
{
public:
    explicit Importer(std::shared_ptr<const repair::Repairer> repairer, ImportOptions options = {});

    /// Loads the repair model from its default place.
    static Result<Importer> create(ImportOptions options = {});

    /// Reads, repairs and extracts one file. Fails with a message for the user when the file cannot be read
    /// (see ingest::failureOf() for password and cancel; a cancel seen before the call returns always wins) or holds no
    /// text that looks like a document.
    Result<ImportedFile> importFile(const QString &path, const ingest::ReadHooks &hooks = {}) const;

    /// Imports several files, up to `concurrentFiles` at a time (0: one per OCR worker), so that the OCR workers
    /// stay busy when files are short (one-page scans). `done` receives each file's index and result as it
    /// finishes, from the worker threads but never two at once. `hooks.isCanceled` is shared by all files;
    /// `hooks.progress` is called per page of any file (from worker threads, also never two at once) with
    /// `fileIndex` telling which.
    using FileDone = std::function<void(qsizetype index, Result<ImportedFile> &&result)>;
    using FileProgress = std::function<void(qsizetype fileIndex, const ingest::ReadProgress &progress)>;
    void importFiles(const QStringList &paths, int concurrentFiles, const FileDone &done,
        const FileProgress &progress = {}, const std::function<bool()> &isCanceled = {}) const;

    /// The same on text already read (a document pasted or typed), as a plain-text file would be.
    ImportedFile importText(const QString &text) const;

    const ImportOptions &options() const { return m_options; }

private:
    ImportedFile finish(ingest::SourceFile source) const;

    std::shared_ptr<const repair::Repairer> m_repairer;
    ImportOptions m_options;
};

/// The repair mode for a page: our own OCR ran with the Vietnamese model unless only "eng" was asked; text
/// files may be anything (already OCR'd elsewhere, stripped, clean), so the repairer decides.
std::optional<repair::Mode> repairModeFor(const ingest::Page &page, const QString &ocrLanguages);

/// The file types import takes, as name filters for folders and file dialogs.
QStringList supportedNameFilters();

} // namespace vt::pipeline
