// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "registerrow.h"

#include "store/search.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>
#include <vector>

namespace vt::gui {

class RegisterLoader;

/// The register as a table of up to a million rows without loading them (style.md §7.5): the ordered ids
/// of the current query, loaded on the loader thread, plus a cache of pages of rows filled on demand.
/// rowCount() is exact once the ids have arrived; a row whose page is not cached yet shows placeholders
/// until the page arrives (one dataChanged per page). Sorting and filtering are done by SQL: sort() and
/// setQuery() start a new generation and reload the ids; replies of older generations are dropped.
class RegisterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegisterTableModel)

public:
    enum Column {
        MarksColumn, ///< urgent / confidential / overdue
        ArrivalDateColumn,
        ArrivalNumberColumn,
        IssuerColumn,
        ReferenceColumn,
        IssuedDateColumn,
        TypeSummaryColumn,
        HandlingColumn,
        DueDateColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64; 0 while the row's page is loading
        LoadedRole, ///< bool: the row's page has arrived
        OverdueRole,
        UrgentRole,
        ConfidentialRole,
    };
    static constexpr int kPageSize = 256;
    static constexpr int kMaxCachedPages = 64;

    explicit RegisterTableModel(const QString &databasePath, QObject *parent = nullptr);
    ~RegisterTableModel() override;

    /// Shows the records matching `query` (text and filters; its sort, limit and offset are ignored: the
    /// sort is the model's). Without text the register is listed newest first unless the user sorted by a
    /// column; with text, by relevance.
    void setQuery(const store::SearchQuery &query);
    const store::SearchQuery &query() const { return m_query; }
    /// Loads the ids again (after the register changed).
    void reload();

    bool isLoading() const { return m_loading; }
    quint64 generation() const { return m_generation; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; ///< -1 when the record is not in the current list
    const RegisterRow *rowAt(int row) const; ///< nullptr while its page is loading
    /// The day rows are overdue against (today unless set, for tests and screenshots).
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static std::optional<store::SortKey> sortKeyOf(int column);

signals:
    /// The ids of the current query have arrived: the row count is known.
    void loaded(int rows, qint64 elapsedMs);
    /// A page of rows has arrived and is shown.
    void pageFilled(int firstRow, int lastRow);
    void loadFailed(const QString &message);

private:
    void start();
    void requestPage(int page) const;
    void onIdsLoaded(quint64 generation, std::shared_ptr<const std::vector<qint64>> ids, qint64 elapsedMs);
    void onPageLoaded(quint64 generation, int page, const QList<RegisterRow> &rows);
    void onPageDropped(quint64 generation, int page);
    void onFailed(quint64 generation, const QString &message);
    QVariant display(const RegisterRow &row, int column) const;

    RegisterLoader *m_loader = nullptr;
    store::SearchQuery m_query;
    std::optional<std::pair<store::SortKey, bool>> m_userSort; ///< key, descending
    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<const std::vector<qint64>> m_ids;
    QHash<int, QList<RegisterRow>> m_pages;
    mutable QSet<int> m_requested;
    QDate m_today;
};

} // namespace vt::gui
