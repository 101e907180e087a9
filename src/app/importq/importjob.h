// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vt::gui {

/// One file in the import queue as the GUI sees it: a value the queue keeps on the GUI thread and hands out by
/// const reference (ImportQueue::job). The file's result lives in the queue (ImportQueue::result).
struct ImportJob
{
    enum State {
        Queued, ///< waiting for a worker
        Reading, ///< being read, OCR'd, repaired and extracted
        Ready, ///< read; waiting for the clerk to review it (ImportQueue::result)
        Failed, ///< could not be imported; `message` says why and what to do
        NeedsPassword, ///< an encrypted PDF; ImportQueue::retryWithPassword
        Canceled, ///< the clerk canceled it; nothing was kept
        Done, ///< the clerk registered or skipped it (ImportQueue::markDone)
    };

    int id = 0; ///< unique in the queue, increasing
    QString path;
    State state = Queued;
    int pagesDone = 0;
    int pageCount = 0; ///< 0 until the reader has finished the first page
    QString message; ///< why it failed or what to do; for Ready files the reader's warnings, one per line
    bool cancelRequested = false; ///< Canceled while it was being read (the reader was told to stop)

    QString fileName() const;
    /// Still to be read (Queued or Reading).
    bool isActive() const { return state == Queued || state == Reading; }
    /// Over and no longer needed in the list (Failed, Canceled, Done).
    bool isFinished() const { return state == Failed || state == Canceled || state == Done; }
    /// How far reading has got, 0..1 (1 once it is no longer active).
    double fraction() const;
};

/// The state's name for the user ("Reading…", "Ready for review", …).
QString stateName(ImportJob::State state);

} // namespace vt::gui
