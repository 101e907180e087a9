// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QProgressBar;
class QPushButton;

namespace vt::gui {

class ImportJobModel;
class ImportQueue;

/// The import queue on screen (a dock in the main window): one row per file with its state, a progress bar
/// while it is read and the message when it failed; the overall progress; Review, Password…, Cancel, Cancel
/// all and Clear finished. Double-click (or Enter) on a file ready for review emits reviewRequested(); on a
/// file that needs a password, asks for it. Files and folders dropped on it are enqueued. Does no work of its
/// own: everything runs in the queue.
class ImportPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPanel)

public:
    explicit ImportPanel(ImportQueue *queue, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    ImportJobModel *model() const { return m_model; }
    QProgressBar *overallBar() const { return m_overall; }
    QLabel *overallLabel() const { return m_overallLabel; }
    /// The job ids selected in the list, in list order.
    QList<int> selectedIds() const;
    void selectJob(int id);

    /// Asks for the password of a NeedsPassword job (a small modal dialog) and retries it.
    void askPassword(int id);

public slots:
    /// Cancels the selected jobs.
    void cancelSelected();
    /// Emits reviewRequested() for the current job if it is ready.
    void reviewCurrent();

signals:
    /// The clerk wants to review the Ready job `id` (ImportQueue::result(id)).
    void reviewRequested(int id);

private:
    void activated(const QModelIndex &index);
    void updateOverall();
    void updateActions();

    QPointer<ImportQueue> m_queue;
    ImportJobModel *m_model;
    QListView *m_view;
    QProgressBar *m_overall;
    QLabel *m_overallLabel;
    QLabel *m_detail;
    QPushButton *m_review;
    QPushButton *m_password;
    QPushButton *m_cancel;
    QPushButton *m_cancelAll;
    QPushButton *m_clear;
};

} // namespace vt::gui
