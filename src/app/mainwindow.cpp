// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailpane.h"
#include "forms/newrecorddialog.h"
#include "forms/overduelist.h"
#include "forms/recordeditor.h"
#include "forms/settingsdialog.h"
#include "importq/importdrop.h"
#include "importq/importpanel.h"
#include "importq/importqueue.h"
#include "importq/inboxwatcher.h"
#include "printui/printui.h"
#include "review/draftstore.h"
#include "review/reviewwidget.h"
#include "settingskeys.h"
#include "labels.h"
#include "registertablemodel.h"
#include "savedsearches.h"
#include "searchbar.h"

#include "pipeline/importer.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QApplication>
#include <QDialog>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {

MainWindow::MainWindow(store::Database &db, QWidget *parent)
    : QMainWindow(parent), m_db(db), m_model(new RegisterTableModel(db.path(), this)), m_queue(new ImportQueue(this)),
      m_inbox(new InboxWatcher(this))
{
    setWindowTitle(tr("Văn Thư – records office"));

    m_registers = new QTabBar(this);
    m_registers->addTab(tr("Incoming documents"));
    m_registers->addTab(tr("Outgoing documents"));
    m_registers->setDrawBase(false);
    m_registers->setExpanding(false);

    m_search = new SearchBar(this);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(RegisterTableModel::ArrivalDateColumn, Qt::DescendingOrder);
    header->setHighlightSections(false);
    // Widths from what the columns hold (dates, numbers) or a share of the text; ResizeToContents would
    // read every row.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 2 * fm.horizontalAdvance(u' ') + 12;
    const int date = fm.horizontalAdvance(u"00/00/0000"_s) + pad;
    const int em = fm.horizontalAdvance(u'n');
    const std::pair<int, int> widths[] = {{RegisterTableModel::MarksColumn, fm.horizontalAdvance(u"HT M !"_s) + pad},
        {RegisterTableModel::ArrivalDateColumn, date}, {RegisterTableModel::ArrivalNumberColumn, 6 * em + pad},
        {RegisterTableModel::IssuerColumn, 17 * em}, {RegisterTableModel::ReferenceColumn, 13 * em},
        {RegisterTableModel::IssuedDateColumn, date}, {RegisterTableModel::TypeSummaryColumn, 36 * em},
        {RegisterTableModel::HandlingColumn, 15 * em}, {RegisterTableModel::DueDateColumn, date},
        {RegisterTableModel::StatusColumn, 11 * em}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    // The summary takes what the other columns leave: every column stays in view.
    header->setSectionResizeMode(RegisterTableModel::TypeSummaryColumn, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionClicked, this, &MainWindow::onHeaderClicked);

    m_detail = new DetailPane(db, this);

    m_saved = new SavedSearchList(this);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_saved);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setCollapsible(1, false);
    // The register takes what the side list and the detail pane, at their preferred widths, leave.
    splitter->setSizes({15 * em, 100000, 24 * em + 160});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_registers);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    // Importing: the queue in a dock at the bottom (shown when something is imported), drops anywhere on the
    // window, the watched inbox folder of the settings.
    m_importPanel = new ImportPanel(m_queue, this);
    m_importDock = new QDockWidget(tr("Import queue"), this);
    m_importDock->setObjectName(u"importDock"_s);
    m_importDock->setWidget(m_importPanel);
    m_importDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, m_importDock);
    m_importDock->hide();
    installImportDropTarget(this, m_queue);
    connect(m_queue, &ImportQueue::jobAdded, m_importDock, &QWidget::show);
    connect(m_queue, &ImportQueue::jobReady, this, &MainWindow::onJobReady);
    connect(m_queue, &ImportQueue::idle, this, [this] { m_autoReview = false; });
    connect(m_importPanel, &ImportPanel::reviewRequested, this, &MainWindow::reviewJob);
    m_inbox->setMemoryFile(db.path() + u".inbox.json"_s);
    connect(m_inbox, &InboxWatcher::filesArrived, this, [this](const QStringList &paths) {
        statusBar()->showMessage(tr("%n new file(s) in the inbox folder.", nullptr, int(paths.size())), 8000);
        m_queue->enqueue(paths);
    });
    connect(m_inbox, &InboxWatcher::folderProblem, this,
        [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    applyInboxSettings();

    connect(m_table, &QAbstractItemView::doubleClicked, this, &MainWindow::editRecord);
    buildMenus();

    connect(m_registers, &QTabBar::currentChanged, this, &MainWindow::applyQuery);
    connect(m_search, &SearchBar::queryChanged, this, &MainWindow::applyQuery);
    connect(m_search, &SearchBar::saveRequested, this, &MainWindow::saveSearch);
    connect(m_saved, &SavedSearchList::activated, this,
        [this](const SavedSearch &s) { m_search->setSearch(s.text, s.filter); });
    connect(m_model, &RegisterTableModel::loaded, this, &MainWindow::onLoaded);
    connect(m_model, &RegisterTableModel::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The register could not be read: %1").arg(message));
    });
    connect(m_model, &RegisterTableModel::pageFilled, this, [this](int first, int last) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && current.row() >= first && current.row() <= last && m_detail->recordId() == 0)
            onCurrentChanged();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentChanged);
    connect(m_detail, &DetailPane::citationActivated, this, [this](qint64 id) {
        if (!selectRecord(id))
            statusBar()->showMessage(
                tr("The cited record is not in the current list; clear the search to see it."), 8000);
    });
    applyQuery();
}

MainWindow::~MainWindow() = default;

Direction MainWindow::currentRegister() const
{
    return m_registers->currentIndex() == 1 ? Direction::Outgoing : Direction::Incoming;
}

void MainWindow::applyQuery()
{
    store::SearchQuery q = m_search->query();
    q.filter.direction = currentRegister();
    m_detail->setSearchText(q.text);
    m_count->setText(tr("Loading…"));
    m_model->setQuery(q);
}

void MainWindow::saveSearch()
{
    const store::SearchQuery q = m_search->query();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save search"),
        tr("Name of the search (it appears in the list on the left):"), QLineEdit::Normal, q.text.trimmed(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    m_saved->add({name, q.text.trimmed(), q.filter});
}

void MainWindow::onLoaded(int rows, qint64 elapsedMs)
{
    m_count->setText(tr("%1 records (%2 ms)").arg(QLocale().toString(rows)).arg(elapsedMs));
    m_detail->showRecord(0);
    if (m_pendingSelection && selectRecord(std::exchange(m_pendingSelection, 0)))
        return;
    if (rows > 0)
        m_table->setCurrentIndex(m_model->index(0, RegisterTableModel::ArrivalDateColumn));
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    // The row's page may still be loading; the id is known from the id vector already.
    if (id != m_detail->recordId())
        m_detail->showRecord(id);
}

bool MainWindow::selectRecord(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, RegisterTableModel::ArrivalDateColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void MainWindow::onHeaderClicked(int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (!RegisterTableModel::sortKeyOf(column)) {
        header->setSortIndicator(-1, Qt::DescendingOrder);
        return;
    }
    // The header has flipped its indicator already (clickable, indicator shown).
    const Qt::SortOrder order = header->sortIndicatorOrder();
    m_model->sort(column, order);
}

qint64 MainWindow::currentRecord() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void MainWindow::reloadAndSelect(qint64 id)
{
    m_pendingSelection = id;
    applyQuery();
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_autoReview = true;
    m_importDock->show();
    m_queue->enqueue(paths);
}

void MainWindow::chooseFilesToImport()
{
    const QString filter
        = tr("Documents (%1)").arg(pipeline::supportedNameFilters().join(u' ')) + u";;"_s + tr("All files (*)");
    importPaths(QFileDialog::getOpenFileNames(this, tr("Import documents"), QString(), filter));
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::onJobReady(int id)
{
    if (m_reviewWindow && m_reviewWindow->isVisible())
        return;
    if (m_autoReview)
        reviewJob(id);
    else
        statusBar()->showMessage(tr("A document is ready for review in the import queue."), 8000);
}

void MainWindow::reviewJob(int id)
{
    auto file = m_queue->takeResult(id);
    if (!file) {
        statusBar()->showMessage(tr("That file is not ready for review."), 5000);
        return;
    }
    if (!m_reviewWindow) {
        m_reviewWindow = new QDialog(this, Qt::Window);
        m_reviewWindow->setObjectName(u"reviewWindow"_s);
        m_reviewWindow->resize(std::max(900, width() - 80), std::max(640, height() - 80));
        m_review = new ReviewWidget(m_db, m_reviewWindow);
        auto *layout = new QVBoxLayout(m_reviewWindow);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_review);
        connect(m_review, &ReviewWidget::registered, this, &MainWindow::reviewFinished);
        connect(m_review, &ReviewWidget::skipped, this, [this] { reviewFinished({}); });
        connect(m_review, &ReviewWidget::draftSaved, this, [this] {
            statusBar()->showMessage(tr("Draft saved: importing the same file again brings the edits back."), 8000);
            reviewFinished({});
        });
    }
    m_reviewJob = id;
    m_reviewWindow->setWindowTitle(tr("Review: %1").arg(QFileInfo(file->source.path).fileName()));
    m_review->setFile(std::move(*file));
    m_reviewWindow->show();
    m_reviewWindow->raise();
    m_reviewWindow->activateWindow();
}

void MainWindow::reviewFinished(const QList<qint64> &ids)
{
    m_queue->markDone(std::exchange(m_reviewJob, 0));
    if (!ids.isEmpty()) {
        statusBar()->showMessage(tr("%n document(s) registered.", nullptr, int(ids.size())), 8000);
        if (currentRegister() != Direction::Incoming)
            m_registers->setCurrentIndex(0);
        reloadAndSelect(ids.first());
    }
    // On to the next file waiting for review, if any; else the window closes.
    for (int id : m_queue->jobIds()) {
        const ImportJob *job = m_queue->job(id);
        if (job && job->state == ImportJob::Ready && m_queue->result(id)) {
            reviewJob(id);
            return;
        }
    }
    m_reviewWindow->hide();
}

void MainWindow::newRecord()
{
    NewRecordDialog dialog(m_db, currentRegister(), this);
    qint64 added = 0;
    connect(&dialog, &NewRecordDialog::registered, this, [&added](qint64 id, int, int) { added = id; });
    if (dialog.exec() == QDialog::Accepted && added)
        reloadAndSelect(added);
}

void MainWindow::editRecord()
{
    const qint64 id = currentRecord();
    if (!id)
        return;
    RecordEditor editor(m_db, id, this);
    bool saved = false;
    connect(&editor, &RecordEditor::saved, this, [&saved](qint64) { saved = true; });
    editor.exec();
    if (saved) {
        m_detail->showRecord(0);
        reloadAndSelect(id);
    }
}

void MainWindow::printRoutingSlip()
{
    const qint64 id = currentRecord();
    if (id && currentRegister() == Direction::Incoming)
        showRoutingSlip(this, m_db, id, agencyFromSettings());
    else
        statusBar()->showMessage(tr("Select an incoming document first."), 5000);
}

void MainWindow::exportWithStamp()
{
    const qint64 id = currentRecord();
    if (id && currentRegister() == Direction::Incoming)
        exportStamped(this, m_db, id, agencyFromSettings());
    else
        statusBar()->showMessage(tr("Select an incoming document first."), 5000);
}

void MainWindow::printRegister()
{
    showRegisterPrint(this, m_db, currentRegister());
}

void MainWindow::showOverdue()
{
    if (!m_overdue) {
        m_overdue = new OverdueList(m_db.path(), this);
        m_overdue->setWindowFlag(Qt::Window);
        m_overdue->setWindowTitle(tr("Overdue documents"));
        m_overdue->resize(1000, 500);
        connect(m_overdue, &OverdueList::recordActivated, this, [this](qint64 id) {
            if (currentRegister() != Direction::Incoming)
                m_registers->setCurrentIndex(0);
            if (!selectRecord(id)) {
                m_search->setSearch(QString(), {});
                m_pendingSelection = id;
            }
            raise();
            activateWindow();
        });
    } else {
        m_overdue->reload();
    }
    m_overdue->show();
    m_overdue->raise();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        applyInboxSettings();
}

void MainWindow::applyInboxSettings()
{
    m_inbox->applySettings();
}

void MainWindow::fillDraftsMenu()
{
    m_drafts->clear();
    auto drafts = DraftStore(DraftStore::folderFor(m_db.path())).list();
    if (!drafts) {
        m_drafts->addAction(drafts.error().message)->setEnabled(false);
        return;
    }
    if (drafts->isEmpty()) {
        m_drafts->addAction(tr("(no drafts)"))->setEnabled(false);
        return;
    }
    for (const DraftInfo &draft : std::as_const(*drafts)) {
        const QString name = QFileInfo(draft.sourcePath).fileName();
        const QString text = draft.title.isEmpty() ? name : tr("%1 — %2").arg(name, draft.title);
        QAction *action = m_drafts->addAction(text);
        action->setToolTip(tr("Saved %1").arg(draft.savedAt.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s)));
        const QString path = draft.sourcePath;
        if (!QFileInfo::exists(path)) {
            action->setEnabled(false);
            action->setText(tr("%1 (the file is no longer there)").arg(text));
            continue;
        }
        connect(action, &QAction::triggered, this, [this, path] { importPaths({path}); });
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(
        tr("&Import documents…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, &MainWindow::chooseFilesToImport);
    file->addAction(tr("Import a &folder…"), this, &MainWindow::chooseFolderToImport);
    file->addAction(tr("Show the import &queue"), this, [this] {
        m_importDock->show();
        m_importDock->raise();
    });
    m_drafts = file->addMenu(tr("&Drafts"));
    connect(m_drafts, &QMenu::aboutToShow, this, &MainWindow::fillDraftsMenu);
    file->addSeparator();
    file->addAction(tr("&Print register…"), this, &MainWindow::printRegister);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *record = menuBar()->addMenu(tr("&Record"));
    record->addAction(tr("&New record…"), QKeySequence::New, this, &MainWindow::newRecord);
    QAction *edit = record->addAction(tr("&Edit record…"), QKeySequence(Qt::Key_F2), this, &MainWindow::editRecord);
    record->addSeparator();
    QAction *slip
        = record->addAction(tr("Print routing &slip…"), QKeySequence::Print, this, &MainWindow::printRoutingSlip);
    QAction *stamp = record->addAction(tr("Export with ĐẾN s&tamp…"), this, &MainWindow::exportWithStamp);
    record->addSeparator();
    record->addAction(tr("&Overdue documents"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::showOverdue);
    // Actions on one record need one selected; the stamp only exists for incoming documents.
    connect(record, &QMenu::aboutToShow, this, [this, edit, slip, stamp] {
        const bool selected = currentRecord() != 0;
        edit->setEnabled(selected);
        slip->setEnabled(selected && currentRegister() == Direction::Incoming);
        stamp->setEnabled(selected && currentRegister() == Direction::Incoming);
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const std::pair<QString, QString> languages[] = {{u"vi"_s, u"Tiếng Việt"_s}, {u"en"_s, u"English"_s}};
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == uiLanguage());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code == uiLanguage())
                return;
            setUiLanguage(code);
            QMessageBox box(QMessageBox::Information, tr("Language"),
                tr("The new language is used from the next start of Văn Thư."), QMessageBox::NoButton, this);
            box.addButton(tr("Close"), QMessageBox::AcceptRole);
            box.exec();
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Văn Thư"), this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("About Văn Thư"),
            tr("Văn Thư %1: registering, searching and printing incoming and outgoing correspondence "
               "(Decree 30/2020/NĐ-CP).")
                .arg(QCoreApplication::applicationVersion()),
            QMessageBox::NoButton, this);
        box.addButton(tr("Close"), QMessageBox::AcceptRole);
        box.exec();
    });
}

} // namespace vt::gui
