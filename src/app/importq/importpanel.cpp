// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpanel.h"

#include "importdrop.h"
#include "importjobdelegate.h"
#include "importjobmodel.h"
#include "importqueue.h"

#include <QBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace vt::gui {

ImportPanel::ImportPanel(ImportQueue *queue, QWidget *parent)
    : QWidget(parent), m_queue(queue), m_model(new ImportJobModel(queue, this)), m_view(new QListView(this)),
      m_overall(new QProgressBar(this)), m_overallLabel(new QLabel(this)), m_detail(new QLabel(this)),
      m_review(new QPushButton(tr("&Review"), this)), m_password(new QPushButton(tr("&Password…"), this)),
      m_cancel(new QPushButton(tr("&Cancel"), this)), m_cancelAll(new QPushButton(tr("Cancel &all"), this)),
      m_clear(new QPushButton(tr("C&lear finished"), this))
{
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ImportJobDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overall->setRange(0, 1000);
    m_overall->setTextVisible(false);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setVisible(false);
    m_review->setToolTip(tr("Open the selected file in the review view to check its fields and register it"));
    m_password->setToolTip(tr("Type the password of the selected protected PDF"));
    m_cancel->setToolTip(tr("Stop reading the selected files"));
    m_cancelAll->setToolTip(tr("Stop reading every file still waiting or being read"));
    m_clear->setToolTip(tr("Remove failed, canceled and finished files from the list"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_review);
    buttons->addWidget(m_password);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_cancelAll);
    buttons->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overallLabel);
    layout->addWidget(m_overall);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_view, &QListView::activated, this, &ImportPanel::activated);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImportPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImportPanel::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportPanel::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImportPanel::updateActions);
    connect(queue, &ImportQueue::overallChanged, this, &ImportPanel::updateOverall);
    connect(queue, &ImportQueue::idle, this, &ImportPanel::updateOverall);
    connect(m_review, &QPushButton::clicked, this, &ImportPanel::reviewCurrent);
    connect(m_password, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            askPassword(m_model->idAt(current.row()));
    });
    connect(m_cancel, &QPushButton::clicked, this, &ImportPanel::cancelSelected);
    connect(m_cancelAll, &QPushButton::clicked, queue, &ImportQueue::cancelAll);
    connect(m_clear, &QPushButton::clicked, queue, &ImportQueue::removeFinished);
    installImportDropTarget(this, queue); // what its first line invites (also when the dock floats)
    updateOverall();
    updateActions();
}

QList<int> ImportPanel::selectedIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<int> ids;
    for (int row : rows)
        ids.append(m_model->idAt(row));
    return ids;
}

void ImportPanel::selectJob(int id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void ImportPanel::cancelSelected()
{
    if (!m_queue)
        return;
    for (int id : selectedIds())
        m_queue->cancel(id);
}

void ImportPanel::reviewCurrent()
{
    if (!m_queue)
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int id = m_model->idAt(current.row());
    const ImportJob *job = m_queue->job(id);
    if (job && job->state == ImportJob::Ready)
        emit reviewRequested(id);
}

void ImportPanel::askPassword(int id)
{
    if (!m_queue)
        return;
    const ImportJob *job = m_queue->job(id);
    if (!job || job->state != ImportJob::NeedsPassword)
        return;
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Protected PDF"), tr("Password to open %1:").arg(job->fileName()), QLineEdit::Password, {}, &ok);
    if (ok && !password.isEmpty() && m_queue) // the queue may have gone while the dialog was open
        m_queue->retryWithPassword(id, password.toUtf8());
}

void ImportPanel::activated(const QModelIndex &index)
{
    if (!m_queue)
        return;
    const int id = m_model->idAt(index.row());
    const ImportJob *job = m_queue->job(id);
    if (!job)
        return;
    if (job->state == ImportJob::Ready)
        emit reviewRequested(id);
    else if (job->state == ImportJob::NeedsPassword)
        askPassword(id);
}

void ImportPanel::updateOverall()
{
    if (!m_queue)
        return;
    const ImportQueue::Progress progress = m_queue->overall();
    m_overall->setValue(int(progress.fraction * 1000));
    if (progress.total == 0)
        m_overallLabel->setText(tr("Drop files or folders here, or choose File › Import…"));
    else if (progress.finished < progress.total)
        m_overallLabel->setText(tr("Reading files: %1 of %2 done").arg(progress.finished).arg(progress.total));
    else
        m_overallLabel->setText(tr("%n file(s) read", nullptr, progress.total));
    m_cancelAll->setEnabled(progress.finished < progress.total);
}

void ImportPanel::updateActions()
{
    if (!m_queue)
        return;
    const QModelIndex current = m_view->currentIndex();
    const ImportJob *job = current.isValid() ? m_queue->job(m_model->idAt(current.row())) : nullptr;
    m_review->setEnabled(job && job->state == ImportJob::Ready);
    m_password->setEnabled(job && job->state == ImportJob::NeedsPassword);
    bool anyActive = false;
    for (int id : selectedIds()) {
        const ImportJob *selected = m_queue->job(id);
        anyActive = anyActive || (selected && selected->isActive());
    }
    m_cancel->setEnabled(anyActive);
    const QString message = job ? job->message : QString();
    m_detail->setText(message);
    m_detail->setVisible(!message.isEmpty());
}

} // namespace vt::gui
