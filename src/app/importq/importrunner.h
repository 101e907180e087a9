// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "pipeline/importer.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

/// The part of the import queue that runs on worker threads. Nothing here touches a QObject.
namespace vt::gui {

/// Makes the Importer the queue's workers share. The repair model is loaded by the first worker that needs it
/// (about 50 ms: never on the GUI thread), then kept; the Importer for the current OCR languages is made once
/// and reused, and a job with a password gets its own copy with the password set (an Importer is a pointer to
/// the model and its options). Thread-safe.
class ImporterFactory
{
public:
    Result<std::shared_ptr<const pipeline::Importer>> importer(const QString &languages, const QByteArray &password);

    /// Options for every Importer made afterwards (tests lower the page image resolution, for instance);
    /// `read.languages` and `read.password` are set per job.
    void setOptions(const pipeline::ImportOptions &options);

private:
    std::mutex m_mutex;
    pipeline::ImportOptions m_options;
    std::optional<Result<std::shared_ptr<const repair::Repairer>>> m_repairer;
    std::shared_ptr<const pipeline::Importer> m_importer; ///< without password, for m_importer->options()
};

/// The live part of one job, shared by the GUI thread and the worker reading the file.
struct JobControl
{
    std::atomic_bool canceled = false; ///< set by the GUI; polled down to Poppler and Tesseract
    std::atomic_int pagesDone = 0; ///< written by the worker
    std::atomic_int pageCount = 0;
    /// The worker has told the GUI thread about progress that the GUI has not taken yet: while it is set,
    /// the worker posts nothing more (so progress of a fast file does not flood the event loop).
    std::atomic_bool progressPosted = false;
};

/// How much nicer than the process the threads that read files are (Linux): under contention the GUI thread
/// gets about nine tenths of a core against one of them, so the window stays responsive while every core is busy
/// with OCR; alone on the machine they still take all the CPU there is.
inline constexpr int kWorkerNice = 10;

/// Raises the calling thread's nice value by kWorkerNice (at most 19), once per thread (Linux; elsewhere nothing).
void lowerThreadPriority();

/// Reads one file on the calling thread (after lowerThreadPriority()) with `control` as its cancel switch and progress
/// sink. `progressed` is called after the counters were updated and only when `control.progressPosted` was clear (it is
/// set before the call); the GUI side clears it when it reads the counters.
Result<pipeline::ImportedFile> runImportJob(ImporterFactory &factory, const QString &path, const QString &languages,
    const QByteArray &password, JobControl &control, const std::function<void()> &progressed);

} // namespace vt::gui
