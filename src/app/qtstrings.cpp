// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt ships no Vietnamese catalog: the strings of Qt's own widgets that the app shows are listed here under
// Qt's contexts, so that lupdate puts them in our catalog and the Vietnamese UI has no English left in it.
// This file is read by lupdate only; the array is never used.

#include <QtGlobal>

namespace {

[[maybe_unused]] const char *const kQtStrings[] = {
    // Standard buttons (QMessageBox, QDialogButtonBox)
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    // The context menu of every line edit
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    // Selectable labels (the detail pane)
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    // The print preview (routing slip, registers)
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print Preview"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Next page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Previous page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "First page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Last page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit width"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Fit page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom in"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Zoom out"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Portrait"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Landscape"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show single page"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show facing pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Show overview of all pages"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Print"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Page setup"),
    QT_TRANSLATE_NOOP("QPrintPreviewDialog", "Export to PDF"),
};

} // namespace
