// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "detailpane.h"
#include "labels.h"
#include "registertablemodel.h"
#include "savedsearches.h"
#include "searchbar.h"
#include "uilanguage.h"

#include <QActionGroup>
#include <QApplication>
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
    : QMainWindow(parent), m_db(db), m_model(new RegisterTableModel(db.path(), this))
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
    splitter->setSizes({12 * em, 100000, 24 * em + 160});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_registers);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);
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

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

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
