// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPrintPreviewDialog>

#include <functional>

namespace vt::gui {

/// Qt's print preview with an "Export PDF…" action beside Print: `paint` paints the document on the printer
/// (the preview and the printout are the same painting); `exportPdf` is called with the file the user chose.
class PrintPreviewDialog final : public QPrintPreviewDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintPreviewDialog)

public:
    PrintPreviewDialog(QPrinter *printer, const QString &title, const QString &suggestedFile,
        std::function<void(QPrinter *)> paint, std::function<void(const QString &)> exportPdf,
        QWidget *parent = nullptr);

    /// Asks for a PDF file name to save under (a .pdf suffix is added when missing); empty when cancelled.
    static QString askPdfFile(QWidget *parent, const QString &suggestedFile);

private:
    std::function<void(QPrinter *)> m_paint;
    std::function<void(const QString &)> m_export;
    QString m_suggested;
};

} // namespace vt::gui
