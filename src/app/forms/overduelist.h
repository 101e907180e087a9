// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace vt::gui {

class RegisterTableModel;

/// The overdue incoming records as the list shows them: arrival number, issuer, reference, summary, due
/// date, days overdue, handling unit. Rows come from a RegisterTableModel over the store's overdue filter
/// (ids on its loader thread, pages on demand: a synthetic register of a million records has 160,000
/// overdue), most overdue first.
class OverdueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueModel)

public:
    enum Column {
        NumberColumn,
        IssuerColumn,
        ReferenceColumn,
        SummaryColumn,
        DueColumn,
        DaysColumn,
        UnitColumn,
        ColumnCount
    };

    OverdueModel(const QString &databasePath, QObject *parent = nullptr);

    /// Lists the incoming records due before `today` and not done.
    void load(const QDate &today);
    qint64 idAt(int row) const;
    bool isLoading() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded(int rows);
    void loadFailed(const QString &message);

private:
    RegisterTableModel *m_source;
    QDate m_today;
};

/// A window listing the overdue incoming records; double-click or Enter on a row emits recordActivated().
class OverdueList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverdueList)

public:
    explicit OverdueList(const QString &databasePath, QWidget *parent = nullptr);

    /// Loads the list again, against `today` (the current date when null).
    void reload(const QDate &today = {});
    OverdueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    void recordActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void activate(const QModelIndex &index);

    OverdueModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace vt::gui
