// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overduelist.h"

#include "../registertablemodel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

using Source = RegisterTableModel;

int sourceColumn(int column)
{
    switch (column) {
    case OverdueModel::NumberColumn:
        return Source::ArrivalNumberColumn;
    case OverdueModel::IssuerColumn:
        return Source::IssuerColumn;
    case OverdueModel::ReferenceColumn:
        return Source::ReferenceColumn;
    case OverdueModel::SummaryColumn:
        return Source::TypeSummaryColumn;
    case OverdueModel::DueColumn:
        return Source::DueDateColumn;
    case OverdueModel::UnitColumn:
        return Source::HandlingColumn;
    default:
        return -1;
    }
}

} // namespace

OverdueModel::OverdueModel(const QString &databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_source(new RegisterTableModel(databasePath, this))
{
    connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &OverdueModel::beginResetModel);
    connect(m_source, &QAbstractItemModel::modelReset, this, &OverdueModel::endResetModel);
    connect(
        m_source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
            emit dataChanged(index(first.row(), 0), index(last.row(), ColumnCount - 1));
        });
    connect(m_source, &RegisterTableModel::loaded, this, [this](int rows) { emit loaded(rows); });
    connect(m_source, &RegisterTableModel::loadFailed, this, &OverdueModel::loadFailed);
}

void OverdueModel::load(const QDate &today)
{
    m_today = today;
    m_source->setToday(today);
    store::SearchQuery q;
    q.filter.direction = Direction::Incoming;
    q.filter.overdueOn = today;
    // Most overdue first: the earliest due date. The sort starts a newer load; the first is dropped unread.
    m_source->setQuery(q);
    m_source->sort(Source::DueDateColumn, Qt::AscendingOrder);
}

qint64 OverdueModel::idAt(int row) const
{
    return m_source->idAt(row);
}
bool OverdueModel::isLoading() const
{
    return m_source->isLoading();
}

int OverdueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_source->rowCount();
}
int OverdueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() != DaysColumn)
        return m_source->data(m_source->index(index.row(), sourceColumn(index.column())), role);
    const RegisterRow *row = m_source->rowAt(index.row());
    if (!row) {
        // Asks for the page as the other columns do.
        return m_source->data(m_source->index(index.row(), Source::DueDateColumn), role);
    }
    if (role == Qt::DisplayRole)
        return row->dueDate.isValid() ? row->dueDate.daysTo(m_today) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return m_source->data(m_source->index(index.row(), Source::DueDateColumn), role);
}

QVariant OverdueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case IssuerColumn:
        return tr("Issuing agency");
    case ReferenceColumn:
        return tr("Number and notation");
    case SummaryColumn:
        return tr("Summary");
    case DueColumn:
        return tr("Due date");
    case DaysColumn:
        return tr("Days overdue");
    case UnitColumn:
        return tr("Lead unit");
    }
    return {};
}

OverdueList::OverdueList(const QString &databasePath, QWidget *parent)
    : QWidget(parent), m_model(new OverdueModel(databasePath, this)), m_view(new QTableView(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Overdue documents"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(OverdueModel::SummaryColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    for (const auto &[column, width] :
        {std::pair{OverdueModel::NumberColumn, 5 * em}, {OverdueModel::IssuerColumn, 16 * em},
            {OverdueModel::ReferenceColumn, 11 * em}, {OverdueModel::DueColumn, 7 * em},
            {OverdueModel::DaysColumn, 6 * em}, {OverdueModel::UnitColumn, 14 * em}})
        m_view->setColumnWidth(column, width);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, &OverdueList::activate);
    m_summary->setText(tr("Loading…"));
    connect(m_model, &OverdueModel::loaded, this, [this](int rows) {
        m_summary->setText(rows == 0 ? tr("No incoming document is overdue.")
                                     : tr("%n incoming document(s) overdue, most overdue first. Double-click one to "
                                          "show it in the register.",
                                         nullptr, rows));
        if (rows > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
    });
    connect(m_model, &OverdueModel::loadFailed, this,
        [this](const QString &message) { m_summary->setText(tr("The list could not be loaded: %1").arg(message)); });
    resize(1000, 520);
    reload();
}

void OverdueList::reload(const QDate &today)
{
    m_summary->setText(tr("Loading…"));
    m_model->load(today.isValid() ? today : QDate::currentDate());
}

void OverdueList::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (const qint64 id = m_model->idAt(index.row()); id > 0)
        emit recordActivated(id);
}

bool OverdueList::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vt::gui
