// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "registertablemodel.h"

#include "labels.h"
#include "registerloader.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vt::gui {

RegisterTableModel::RegisterTableModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_loader(new RegisterLoader(databasePath, this)), m_today(QDate::currentDate())
{
    connect(m_loader, &RegisterLoader::idsLoaded, this, &RegisterTableModel::onIdsLoaded);
    connect(m_loader, &RegisterLoader::pageLoaded, this, &RegisterTableModel::onPageLoaded);
    connect(m_loader, &RegisterLoader::pageDropped, this, &RegisterTableModel::onPageDropped);
    connect(m_loader, &RegisterLoader::failed, this, &RegisterTableModel::onFailed);
}

RegisterTableModel::~RegisterTableModel() = default;

void RegisterTableModel::setQuery(const store::SearchQuery &query)
{
    const bool registerChanged = query.filter.direction != m_query.filter.direction;
    m_query = query;
    if (registerChanged)
        emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    start();
}

void RegisterTableModel::reload()
{
    start();
}

void RegisterTableModel::start()
{
    ++m_generation;
    m_loading = true;
    m_loader->setGeneration(m_generation);
    store::SearchQuery q = m_query;
    if (m_userSort) {
        q.sort = m_userSort->first;
        q.descending = m_userSort->second;
    } else {
        q.sort = q.text.trimmed().isEmpty() ? store::SortKey::ArrivalDate : store::SortKey::Relevance;
        q.descending = true;
    }
    m_loader->requestIds(m_generation, q);
}

void RegisterTableModel::onIdsLoaded(
    quint64 generation, std::shared_ptr<const std::vector<qint64>> ids, qint64 elapsedMs)
{
    if (generation != m_generation)
        return; // an older query's answer
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_requested.clear();
    m_loading = false;
    endResetModel();
    emit loaded(rowCount(), elapsedMs);
}

void RegisterTableModel::requestPage(int page) const
{
    if (m_requested.contains(page) || !m_ids)
        return;
    m_requested.insert(page);
    const qsizetype first = qsizetype(page) * kPageSize;
    const qsizetype last = std::min<qsizetype>(first + kPageSize, qsizetype(m_ids->size()));
    QList<qint64> ids(m_ids->begin() + first, m_ids->begin() + last);
    m_loader->requestPage(m_generation, page, std::move(ids));
}

void RegisterTableModel::onPageLoaded(quint64 generation, int page, const QList<RegisterRow> &rows)
{
    if (generation != m_generation || !m_requested.contains(page))
        return;
    // Keep the cache bounded: forget the pages farthest from the one just shown.
    while (m_pages.size() >= kMaxCachedPages) {
        auto farthest = std::max_element(m_pages.keyBegin(), m_pages.keyEnd(),
            [page](int a, int b) { return std::abs(a - page) < std::abs(b - page); });
        m_requested.remove(*farthest);
        m_pages.remove(*farthest);
    }
    const int first = page * kPageSize;
    const int last = std::min(first + kPageSize, rowCount()) - 1;
    // fetch() leaves out records that vanished meanwhile: align what came back with the ids by id.
    QList<RegisterRow> aligned(last - first + 1);
    qsizetype next = 0;
    for (int row = first; row <= last && next < rows.size(); ++row) {
        if (rows.at(next).id == (*m_ids)[size_t(row)])
            aligned[row - first] = rows.at(next++);
    }
    m_pages.insert(page, std::move(aligned));
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageFilled(first, last);
}

void RegisterTableModel::onPageDropped(quint64 generation, int page)
{
    if (generation != m_generation || !m_requested.remove(page))
        return;
    // A view that still shows the page repaints it, and its data() calls ask for the page again.
    const int first = page * kPageSize;
    const int last = std::min(first + kPageSize, rowCount()) - 1;
    if (first <= last)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void RegisterTableModel::onFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    emit loadFailed(message);
}

qint64 RegisterTableModel::idAt(int row) const
{
    if (!m_ids || row < 0 || size_t(row) >= m_ids->size())
        return 0;
    return (*m_ids)[size_t(row)];
}

int RegisterTableModel::rowOf(qint64 id) const
{
    if (!m_ids)
        return -1;
    const auto it = std::find(m_ids->begin(), m_ids->end(), id);
    return it == m_ids->end() ? -1 : int(it - m_ids->begin());
}

const RegisterRow *RegisterTableModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const auto it = m_pages.constFind(row / kPageSize);
    if (it == m_pages.constEnd())
        return nullptr;
    const RegisterRow &r = it->at(row % kPageSize);
    return r.id ? &r : nullptr;
}

void RegisterTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RegisterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_ids ? 0 : int(m_ids->size());
}

int RegisterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegisterTableModel::display(const RegisterRow &r, int column) const
{
    switch (column) {
    case MarksColumn:
        return labels::marks(r.urgency, r.confidentiality, r.isOverdue(m_today));
    case ArrivalDateColumn:
        return labels::date(r.arrivalDate);
    case ArrivalNumberColumn:
        return r.arrivalNumber;
    case IssuerColumn:
        return r.issuer;
    case ReferenceColumn:
        return r.reference;
    case IssuedDateColumn:
        return labels::date(r.issuedDate);
    case TypeSummaryColumn:
        return r.type.isEmpty() ? r.summary : r.type + u": "_s + r.summary;
    case HandlingColumn:
        return r.handling;
    case DueDateColumn:
        return labels::date(r.dueDate);
    case StatusColumn:
        return labels::status(r.status);
    }
    return {};
}

QVariant RegisterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const RegisterRow *r = rowAt(index.row());
    if (!r) {
        if (role == Qt::DisplayRole || role == LoadedRole || role == IdRole)
            requestPage(index.row() / kPageSize);
        if (role == Qt::DisplayRole)
            return index.column() == IssuerColumn ? tr("Loading…") : QVariant(u"…"_s);
        if (role == LoadedRole)
            return false;
        if (role == IdRole)
            return qint64(0);
        return {};
    }
    const bool overdue = r->isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MarksColumn) {
            QStringList parts{labels::urgency(r->urgency), labels::confidentiality(r->confidentiality)};
            if (overdue)
                parts.append(tr("Overdue"));
            parts.removeAll(QString());
            return parts.join(u", "_s);
        }
        if (index.column() == TypeSummaryColumn || index.column() == IssuerColumn)
            return display(*r, index.column());
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xB0, 0x1C, 0x1C));
        return {};
    case Qt::BackgroundRole:
        if (r->confidentiality != Confidentiality::Normal)
            return QBrush(QColor(0xEE, 0xE6, 0xF6));
        if (r->urgency != Urgency::Normal)
            return QBrush(QColor(0xFF, 0xF1, 0xDC));
        return {};
    case Qt::FontRole:
        if ((index.column() == DueDateColumn && overdue) || (index.column() == MarksColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ArrivalNumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == MarksColumn)
            return int(Qt::AlignCenter);
        return {};
    case IdRole:
        return r->id;
    case LoadedRole:
        return true;
    case OverdueRole:
        return overdue;
    case UrgentRole:
        return r->urgency != Urgency::Normal;
    case ConfidentialRole:
        return r->confidentiality != Confidentiality::Normal;
    }
    return {};
}

QVariant RegisterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool outgoing = m_query.filter.direction == Direction::Outgoing;
    switch (section) {
    case MarksColumn:
        return role == Qt::ToolTipRole ? tr("Urgent, confidential, overdue") : QVariant(QString());
    case ArrivalDateColumn:
        return outgoing ? tr("Date registered") : tr("Arrival date");
    case ArrivalNumberColumn:
        return outgoing ? tr("Outgoing no.") : tr("Arrival no.");
    case IssuerColumn:
        return tr("Issuer");
    case ReferenceColumn:
        return tr("Number and notation");
    case IssuedDateColumn:
        return tr("Issue date");
    case TypeSummaryColumn:
        return tr("Type and summary");
    case HandlingColumn:
        return tr("Handling unit or person");
    case DueDateColumn:
        return tr("Due date");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

std::optional<store::SortKey> RegisterTableModel::sortKeyOf(int column)
{
    switch (column) {
    case ArrivalDateColumn:
        return store::SortKey::ArrivalDate;
    case ArrivalNumberColumn:
        return store::SortKey::ArrivalNumber;
    case IssuerColumn:
        return store::SortKey::Issuer;
    case ReferenceColumn:
        return store::SortKey::Reference;
    case IssuedDateColumn:
        return store::SortKey::IssuedDate;
    case TypeSummaryColumn:
        return store::SortKey::Type;
    case DueDateColumn:
        return store::SortKey::DueDate;
    default:
        return std::nullopt;
    }
}

void RegisterTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyOf(column);
    if (!key)
        return; // not a column SQL can order by an index: keep the current order
    m_userSort = std::make_pair(*key, order == Qt::DescendingOrder);
    start();
}

} // namespace vt::gui
