// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace vt::gui {

class ImportQueue;

/// The import queue as a list, one row per job in the order they were added. Follows the queue's signals:
/// one row inserted per new job, one dataChanged per change (the queue already limits progress updates).
class ImportJobModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportJobModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< int
        StateRole, ///< int, ImportJob::State
        StateTextRole, ///< QString
        PagesDoneRole, ///< int
        PageCountRole, ///< int; 0 while unknown
        FractionRole, ///< double 0..1
        MessageRole, ///< QString: failure, what to do, or warnings
        PathRole, ///< QString
        FoundRole, ///< QString: Ready jobs, what was found ("Công văn 215/VP-KT: V/v …; Kế hoạch …")
    };

    explicit ImportJobModel(ImportQueue *queue, QObject *parent = nullptr);

    int idAt(int row) const { return m_ids.value(row, 0); }
    int rowOf(int id) const { return int(m_ids.indexOf(id)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void added(int id);
    void changed(int id);
    void removed(int id);
    void queueDestroyed();

    QPointer<ImportQueue> m_queue; ///< the model empties when the queue is destroyed first
    QList<int> m_ids;
};

} // namespace vt::gui
