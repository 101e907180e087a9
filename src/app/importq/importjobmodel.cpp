// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjobmodel.h"

#include "importqueue.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace vt::gui {

namespace {

/// One line naming the documents of a file: type, reference and summary of each.
QString found(const pipeline::ImportedFile *file)
{
    if (!file)
        return {};
    QStringList parts;
    for (const pipeline::ImportedDocument &doc : file->documents) {
        const Dispatch &d = doc.extracted.fields;
        QString part = QStringList{d.type, d.reference}.join(u' ').trimmed();
        if (!d.summary.isEmpty())
            part = part.isEmpty() ? d.summary : part + u": "_s + d.summary;
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(u"; "_s);
}

} // namespace

ImportJobModel::ImportJobModel(ImportQueue *queue, QObject *parent)
    : QAbstractListModel(parent), m_queue(queue), m_ids(queue->jobIds())
{
    connect(queue, &ImportQueue::jobAdded, this, &ImportJobModel::added);
    connect(queue, &ImportQueue::jobChanged, this, &ImportJobModel::changed);
    connect(queue, &ImportQueue::jobRemoved, this, &ImportJobModel::removed);
    connect(queue, &QObject::destroyed, this, &ImportJobModel::queueDestroyed);
}

void ImportJobModel::queueDestroyed()
{
    beginResetModel();
    m_ids.clear();
    endResetModel();
}

int ImportJobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ImportJobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size() || !m_queue)
        return {};
    const ImportJob *job = m_queue->job(m_ids.at(index.row()));
    if (!job)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return job->fileName();
    case Qt::ToolTipRole:
        return job->message.isEmpty() ? QDir::toNativeSeparators(job->path)
                                      : QDir::toNativeSeparators(job->path) + u'\n' + job->message;
    case IdRole:
        return job->id;
    case StateRole:
        return int(job->state);
    case StateTextRole:
        return stateName(job->state);
    case PagesDoneRole:
        return job->pagesDone;
    case PageCountRole:
        return job->pageCount;
    case FractionRole:
        return job->fraction();
    case MessageRole:
        return job->message;
    case PathRole:
        return job->path;
    case FoundRole:
        return found(m_queue->result(job->id));
    default:
        return {};
    }
}

void ImportJobModel::added(int id)
{
    const int row = int(m_ids.size());
    beginInsertRows({}, row, row);
    m_ids.append(id);
    endInsertRows();
}

void ImportJobModel::changed(int id)
{
    const int row = rowOf(id);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

void ImportJobModel::removed(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    endRemoveRows();
}

} // namespace vt::gui
