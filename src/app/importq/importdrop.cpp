// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importdrop.h"

#include "importqueue.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QPointer>
#include <QUrl>
#include <QWidget>

namespace vt::gui {

namespace {

/// Accepts file drags on its target and hands them to the queue.
class DropFilter final : public QObject
{
public:
    DropFilter(QWidget *target, ImportQueue *queue) : QObject(target), m_queue(queue) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::DragEnter:
        case QEvent::DragMove: {
            auto *drag = static_cast<QDragMoveEvent *>(event);
            if (!canImport(drag->mimeData()))
                break;
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
            return true;
        }
        case QEvent::Drop: {
            auto *drop = static_cast<QDropEvent *>(event);
            const QStringList paths = importablePaths(drop->mimeData());
            if (paths.isEmpty() || !m_queue)
                break;
            drop->setDropAction(Qt::CopyAction);
            drop->accept();
            m_queue->enqueue(paths);
            return true;
        }
        default:
            break;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QPointer<ImportQueue> m_queue;
};

} // namespace

QStringList importablePaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (info.exists() && !paths.contains(info.absoluteFilePath()))
            paths.append(info.absoluteFilePath());
    }
    return paths;
}

bool canImport(const QMimeData *mime)
{
    return !importablePaths(mime).isEmpty();
}

void installImportDropTarget(QWidget *target, ImportQueue *queue)
{
    target->setAcceptDrops(true);
    target->installEventFilter(new DropFilter(target, queue));
}

} // namespace vt::gui
