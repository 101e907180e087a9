// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

#include <atomic>
#include <functional>

class QWidget;

namespace vt::gui {

/// Runs a printing job (writing a register or a stamped copy) on a worker thread while a window-modal progress
/// dialog with Cancel shows how far it got, then reports the outcome in a message box. The job opens its own
/// database connection: a store::Database belongs to the thread that opened it.
class PrintTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintTask)

public:
    /// Shared between the job (worker thread) and the dialog (GUI thread).
    struct Control
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic_bool cancelled{false};
    };
    /// Returns the message to show on success (empty: none), or the error to show. An error whose detail is
    /// "cancelled" is not shown.
    using Job = std::function<Result<QString>(Control &)>;

    static void run(QWidget *parent, const QString &label, Job job);

private:
    PrintTask() = default;
};

} // namespace vt::gui
