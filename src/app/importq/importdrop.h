// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QMimeData;
class QWidget;

namespace vt::gui {

class ImportQueue;

/// The local files and folders a drag carries (file:// URLs of things that exist), in the order dragged.
/// Remote URLs and text are left out.
QStringList importablePaths(const QMimeData *mime);

/// The drag carries at least one local file or folder (unsupported files are accepted too: the queue says
/// why it cannot read them, which tells the clerk more than a refused drop).
bool canImport(const QMimeData *mime);

/// Makes `target` accept drops of files and folders and enqueue them into `queue`: an event filter owned by
/// `target` (so it goes away with it); `target`'s own drag handling is bypassed for file drags only.
void installImportDropTarget(QWidget *target, ImportQueue *queue);

} // namespace vt::gui
