// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "store/database.h"

#include <QMainWindow>

class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QTabBar;
class QTableView;

namespace vt::gui {

class DetailPane;
class ImportPanel;
class ImportQueue;
class InboxWatcher;
class OverdueList;
class RegisterTableModel;
class ReviewWidget;
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

    ImportQueue *importQueue() const { return m_queue; }
    ImportPanel *importPanel() const { return m_importPanel; }
    InboxWatcher *inboxWatcher() const { return m_inbox; }
    /// The review of the file being reviewed, nullptr when none is open.
    ReviewWidget *review() const { return m_review; }
    /// Adds files and folders to the import queue; the first file read opens in the review.
    void importPaths(const QStringList &paths);
    /// Opens Ready job `id` of the queue in the review window.
    void reviewJob(int id);
    /// File › Drafts: the files saved as drafts in the review, newest first; choosing one imports the file again
    /// and the review brings the draft back.
    QMenu *draftsMenu() const { return m_drafts; }
    /// The record selected in the table, 0 when none.
    qint64 currentRecord() const;

    // What the menus do, for the keyboard and for tests.
    void newRecord();
    void editRecord();
    void printRoutingSlip();
    void exportWithStamp();
    void printRegister();
    void showOverdue();
    void showSettings();

private:
    void applyQuery();
    void saveSearch();
    void onLoaded(int rows, qint64 elapsedMs);
    void onCurrentChanged();
    void onHeaderClicked(int column);
    void buildMenus();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void onJobReady(int id);
    void reviewFinished(const QList<qint64> &ids);
    void reloadAndSelect(qint64 id);
    void applyInboxSettings();
    void fillDraftsMenu();

    store::Database &m_db;
    RegisterTableModel *m_model;
    QTabBar *m_registers;
    SearchBar *m_search;
    QTableView *m_table;
    DetailPane *m_detail;
    SavedSearchList *m_saved;
    QLabel *m_count;
    ImportQueue *m_queue;
    ImportPanel *m_importPanel;
    QDockWidget *m_importDock;
    InboxWatcher *m_inbox;
    QDialog *m_reviewWindow = nullptr;
    ReviewWidget *m_review = nullptr;
    int m_reviewJob = 0;
    bool m_autoReview = false; ///< the clerk imported by hand: open the first file read in the review
    OverdueList *m_overdue = nullptr;
    QMenu *m_drafts = nullptr;
    qint64 m_pendingSelection = 0;
};

} // namespace vt::gui
