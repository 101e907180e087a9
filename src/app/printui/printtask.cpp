// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printtask.h"

#include "../uilanguage.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace vt::gui {

void PrintTask::run(QWidget *parent, const QString &label, Job job)
{
    auto control = std::make_shared<Control>();
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(400);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, dialog, [control, dialog] {
        control->cancelled = true;
        dialog->setLabelText(tr("Stopping…"));
    });
    auto *timer = new QTimer(dialog);
    connect(timer, &QTimer::timeout, dialog, [control, dialog] {
        const qint64 total = control->total;
        if (total > 0) {
            dialog->setMaximum(int(std::min<qint64>(total, INT_MAX)));
            dialog->setValue(int(std::min<qint64>(control->done, total)));
        }
    });
    timer->start(100);

    auto *watcher = new QFutureWatcher<Result<QString>>(dialog);
    QPointer<QWidget> owner(parent);
    connect(watcher, &QFutureWatcherBase::finished, dialog, [watcher, dialog, owner] {
        const Result<QString> r = watcher->result();
        dialog->hide();
        dialog->deleteLater();
        if (!r) {
            if (r.error().detail != QLatin1String("cancelled"))
                showError(owner, tr("Printing"), r.error().message);
            return;
        }
        if (!r->isEmpty()) {
            // Not modal: nothing waits for the clerk to read it.
            auto *box = new QMessageBox(QMessageBox::Information, tr("Printing"), *r, QMessageBox::NoButton, owner);
            box->setObjectName(QStringLiteral("printTaskDone"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->addButton(tr("Close"), QMessageBox::AcceptRole);
            box->open();
        }
    });
    watcher->setFuture(QtConcurrent::run([job = std::move(job), control] { return job(*control); }));
}

} // namespace vt::gui
