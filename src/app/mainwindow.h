// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "store/database.h"

#include <QMainWindow>

class QLabel;
class QTabBar;
class QTableView;

namespace vt::gui {

class DetailPane;
class RegisterTableModel;
class SavedSearchList;
class SearchBar;

/// The registers (incoming / outgoing) as a table with the search bar above it and the selected record's
/// details beside it. `db` is the GUI thread's connection (the detail pane's reads); the table loads
/// through a connection of its own on the loader thread.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(store::Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    RegisterTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SearchBar *searchBar() const { return m_search; }
    DetailPane *detailPane() const { return m_detail; }
    SavedSearchList *savedSearches() const { return m_saved; }
    QTabBar *registerTabs() const { return m_registers; }
    Direction currentRegister() const;
    /// Selects and shows the record when it is in the current list; false otherwise.
    bool selectRecord(qint64 id);

private:
    void applyQuery();
    void saveSearch();
    void onLoaded(int rows, qint64 elapsedMs);
    void onCurrentChanged();
    void onHeaderClicked(int column);
    void buildMenus();

    store::Database &m_db;
    RegisterTableModel *m_model;
    QTabBar *m_registers;
    SearchBar *m_search;
    QTableView *m_table;
    DetailPane *m_detail;
    SavedSearchList *m_saved;
    QLabel *m_count;
    qint64 m_pendingSelection = 0;
};

} // namespace vt::gui
