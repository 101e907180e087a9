// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "printpreviewdialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace vt::gui {

PrintPreviewDialog::PrintPreviewDialog(QPrinter *printer, const QString &title, const QString &suggestedFile,
    std::function<void(QPrinter *)> paint, std::function<void(const QString &)> exportPdf, QWidget *parent)
    : QPrintPreviewDialog(printer, parent), m_paint(std::move(paint)), m_export(std::move(exportPdf)),
      m_suggested(suggestedFile)
{
    setWindowTitle(title);
    connect(this, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { m_paint(p); });
    if (auto *toolbar = findChild<QToolBar *>()) {
        QAction *action = toolbar->addAction(tr("Export PDF…"));
        action->setToolTip(tr("Save this document as a PDF file"));
        connect(action, &QAction::triggered, this, [this] {
            const QString file = askPdfFile(this, m_suggested);
            if (!file.isEmpty())
                m_export(file);
        });
    }
}

QString PrintPreviewDialog::askPdfFile(QWidget *parent, const QString &suggestedFile)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString file = QFileDialog::getSaveFileName(
        parent, tr("Export PDF"), QDir(folder).filePath(suggestedFile), tr("PDF files (*.pdf)"));
    if (!file.isEmpty() && !file.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        file += QLatin1String(".pdf");
    return file;
}

} // namespace vt::gui
