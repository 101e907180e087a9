// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printui.h"

#include "printpreviewdialog.h"
#include "printtask.h"
#include "registerprintdialog.h"

#include "../settingskeys.h"
#include "../uilanguage.h"

#include "print/registerprint.h"
#include "print/routingslip.h"
#include "print/stamp.h"
#include "store/database.h"
#include "store/dispatchstore.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPrinter>
#include <QSettings>

namespace vt::gui {

namespace {

// Strings of these functions are translated in the context "vt::gui::PrintUi".

/// The job's own read-only connection to the register the GUI has open.
Result<store::Database> openForJob(const QString &path)
{
    return store::Database::open(path, {.readOnly = true});
}

void writeRegisterInBackground(QWidget *parent, const QString &dbPath, const print::RegisterRange &range,
    const print::AgencyInfo &agency, const QString &file)
{
    PrintTask::run(parent, QCoreApplication::translate("vt::gui::PrintUi", "Writing the register…"),
        [=](PrintTask::Control &control) -> Result<QString> {
            auto db = openForJob(dbPath);
            if (!db)
                return tl::unexpected(db.error());
            auto r = print::writeRegister(file, *db, range, agency, [&](qint64 done, qint64 total) {
                control.done = done;
                control.total = total;
                return !control.cancelled;
            });
            if (!r)
                return tl::unexpected(r.error());
            return QCoreApplication::translate("vt::gui::PrintUi", "%1 records on %2 pages were saved in %3.")
                .arg(r->rows)
                .arg(r->pages)
                .arg(file);
        });
}

} // namespace

print::AgencyInfo agencyFromSettings()
{
    const QSettings settings;
    return {settings.value(QLatin1String(settings::kAgencyParent)).toString(),
        settings.value(QLatin1String(settings::kAgencyName)).toString(),
        settings.value(QLatin1String(settings::kAgencyPlace)).toString()};
}

void showRoutingSlip(QWidget *parent, store::Database &db, qint64 id, const print::AgencyInfo &agency)
{
    auto dispatch = store::DispatchStore(db).get(id);
    if (!dispatch) {
        showError(parent, QCoreApplication::translate("vt::gui::PrintUi", "Routing slip"), dispatch.error().message);
        return;
    }
    const Dispatch d = *dispatch;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(print::slipPageLayout());
    printer.setDocName(QCoreApplication::translate("vt::gui::PrintUi", "Routing slip %1").arg(d.arrivalNumber));
    const QString suggested
        = QStringLiteral("phieu-giai-quyet-%1-%2.pdf").arg(d.arrivalNumber).arg(d.arrivalDate.year());
    PrintPreviewDialog dialog(
        &printer, QCoreApplication::translate("vt::gui::PrintUi", "Routing slip"), suggested,
        [&](QPrinter *p) {
            if (auto r = print::paintRoutingSlip(*p, d, agency); !r)
                showError(parent, QCoreApplication::translate("vt::gui::PrintUi", "Routing slip"), r.error().message);
        },
        [&](const QString &file) {
            if (auto r = print::writeRoutingSlip(file, db, id, agency); !r)
                showError(&dialog, QCoreApplication::translate("vt::gui::PrintUi", "Routing slip"), r.error().message);
        },
        parent);
    dialog.exec();
}

void showRegisterPrint(QWidget *parent, store::Database &db, Direction direction)
{
    RegisterPrintDialog ask(direction, parent);
    if (ask.exec() != QDialog::Accepted)
        return;
    const print::RegisterRange range = ask.range();
    const print::AgencyInfo agency = agencyFromSettings();
    if (ask.choice() == RegisterPrintDialog::ExportPdf) {
        const QString file = PrintPreviewDialog::askPdfFile(parent, ask.suggestedFileName());
        if (!file.isEmpty())
            writeRegisterInBackground(parent, db.path(), range, agency, file);
        return;
    }
    // Qt's preview paints on the GUI thread (a year of a busy office takes some seconds); the wait cursor
    // says so. Export PDF from the preview writes on a worker thread.
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(print::registerPageLayout());
    printer.setDocName(ask.suggestedFileName());
    PrintPreviewDialog dialog(
        &printer, ask.windowTitle(), ask.suggestedFileName(),
        [&](QPrinter *p) {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto r = print::paintRegister(*p, db, range, agency);
            QApplication::restoreOverrideCursor();
            if (!r)
                showError(parent, ask.windowTitle(), r.error().message);
        },
        [&](const QString &file) { writeRegisterInBackground(&dialog, db.path(), range, agency, file); }, parent);
    dialog.exec();
}

void exportStamped(QWidget *parent, store::Database &db, qint64 id, const print::AgencyInfo &agency)
{
    auto files = store::DispatchStore(db).attachments(id);
    if (!files || files->isEmpty()) {
        showError(parent, QCoreApplication::translate("vt::gui::PrintUi", "Export with ĐẾN stamp"),
            files ? QCoreApplication::translate("vt::gui::PrintUi", "This record has no stored original to stamp.")
                  : files.error().message);
        return;
    }
    const QString suggested = QFileInfo(files->first().fileName).completeBaseName() + QStringLiteral("-den.pdf");
    const QString file = PrintPreviewDialog::askPdfFile(parent, suggested);
    if (file.isEmpty())
        return;
    const QString dbPath = db.path();
    PrintTask::run(parent, QCoreApplication::translate("vt::gui::PrintUi", "Stamping the copy…"),
        [=](PrintTask::Control &) -> Result<QString> {
            auto jobDb = openForJob(dbPath);
            if (!jobDb)
                return tl::unexpected(jobDb.error());
            auto r = print::exportStamped(*jobDb, id, agency, file);
            if (!r)
                return tl::unexpected(r.error());
            return QCoreApplication::translate(
                "vt::gui::PrintUi", "The copy with the ĐẾN stamp was saved in %1 (%n page(s)).", nullptr, r->pages)
                .arg(file);
        });
}

} // namespace vt::gui
