// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// vanthu-bench-gui: the main window on a large register, timed (a benchmark, not a test).
//
//   vanthu-bench-gui --db FILE [--query WORDS]
//
// Opens FILE read-only (generate one with `vanthu-bench generate --db FILE --count 1000000`) and prints:
// time until the row count is known and the first page is shown, time to jump to the middle and to the end
// and have those pages filled, the longest stall of the GUI thread while scrolling through the register
// page by page and while the ids load, a search-as-you-type round (keystroke to rows shown) and peak RSS.
// Runs on the offscreen platform unless a display is set.

#include "benchplatform.h"

#include "app/mainwindow.h"
#include "app/registertablemodel.h"
#include "app/searchbar.h"

#include "store/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using vt::gui::RegisterTableModel;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

/// The longest gap between ticks of a 5 ms timer on the GUI thread: how long the GUI was unresponsive.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_max = std::max(m_max, m_clock.restart()); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

bool visibleRowsLoaded(QTableView *table)
{
    const int first = table->rowAt(0);
    int last = table->rowAt(table->viewport()->height() - 1);
    if (first < 0)
        return false;
    if (last < 0)
        last = table->model()->rowCount() - 1;
    for (int row = first; row <= last; ++row) {
        if (!table->model()->index(row, 1).data(RegisterTableModel::LoadedRole).toBool())
            return false;
    }
    return true;
}

/// Scrolls so that `row` is at the top and waits until the rows on screen are filled; returns ms.
double jumpTo(QTableView *table, int row)
{
    QElapsedTimer t;
    t.start();
    table->scrollTo(table->model()->index(row, 1), QAbstractItemView::PositionAtTop);
    table->viewport()->repaint();
    QTest::qWaitFor([table] { return visibleRowsLoaded(table); }, 60000);
    return t.nsecsElapsed() / 1e6;
}

void typeText(QLineEdit *edit, const QString &text)
{
    for (QChar c : text) { // keyClicks() takes Latin-1 only
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenPlatform();
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The register database (opened read-only)."_s, u"file"_s);
    const QCommandLineOption queryOption(u"query"_s, u"What to type in the search bar."_s, u"words"_s, u"ke hoach"_s);
    parser.addOptions({dbOption, queryOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "vanthu-bench-gui: give --db FILE\n");
        return 2;
    }
    auto db = vt::store::Database::open(parser.value(dbOption), {.readOnly = true});
    if (!db) {
        std::fprintf(stderr, "vanthu-bench-gui: %s\n", qPrintable(db.error().message));
        return 1;
    }

    StallMeter stall;
    QElapsedTimer open;
    open.start();
    stall.start();
    vt::gui::MainWindow window(*db);
    RegisterTableModel *model = window.model();
    qint64 countMs = -1, firstPageMs = -1, idsMs = -1;
    QObject::connect(model, &RegisterTableModel::loaded, [&](int, qint64 elapsed) {
        countMs = open.elapsed();
        idsMs = elapsed;
    });
    window.resize(1400, 860);
    window.show();
    QTableView *table = window.table();
    QTest::qWaitFor([&] { return countMs >= 0 && visibleRowsLoaded(table); }, 120000);
    firstPageMs = open.elapsed();
    const qint64 openStall = stall.stop();
    const int rows = model->rowCount();
    std::printf("records (incoming)      %d\n", rows);
    std::printf("row count known         %lld ms (ids query on the loader thread %lld ms)\n", (long long)countMs,
        (long long)idsMs);
    std::printf("first page shown        %lld ms\n", (long long)firstPageMs);
    std::printf("longest GUI stall       %lld ms while opening\n", (long long)openStall);

    std::printf("jump to the middle      %.1f ms to filled rows\n", jumpTo(table, rows / 2));
    std::printf("jump to the end         %.1f ms to filled rows\n", jumpTo(table, rows - 1));

    // Scrolling: 300 steps of a page each from the top, as fast as the GUI thread repaints, then wait for the
    // rows on screen. The repaint of a step shows placeholders for rows not yet loaded, so it never waits.
    table->scrollToTop();
    QTest::qWaitFor([table] { return visibleRowsLoaded(table); }, 60000);
    QScrollBar *bar = table->verticalScrollBar();
    double worstRepaint = 0, total = 0;
    stall.start();
    for (int step = 0; step < 300; ++step) {
        QElapsedTimer t;
        t.start();
        bar->setValue(bar->value() + bar->pageStep());
        table->viewport()->repaint();
        QCoreApplication::processEvents();
        const double ms = t.nsecsElapsed() / 1e6;
        worstRepaint = std::max(worstRepaint, ms);
        total += ms;
    }
    QElapsedTimer settle;
    settle.start();
    QTest::qWaitFor([table] { return visibleRowsLoaded(table); }, 60000);
    std::printf("scroll 300 pages        mean %.2f ms, worst %.2f ms per step; last page filled %.1f ms after\n",
        total / 300, worstRepaint, settle.nsecsElapsed() / 1e6);
    stall.stop();

    // Search as you type: the words typed, the debounce, the ids query off the GUI thread, the first page.
    const QString query = parser.value(queryOption);
    QLineEdit *edit = window.searchBar()->lineEdit();
    qint64 typedAt = 0, queriedAt = 0, loadedAt = 0, searchIdsMs = 0;
    QElapsedTimer round;
    QObject::connect(window.searchBar(), &vt::gui::SearchBar::queryChanged, [&] { queriedAt = round.elapsed(); });
    QObject::connect(model, &RegisterTableModel::loaded, [&](int, qint64 elapsed) {
        loadedAt = round.elapsed();
        searchIdsMs = elapsed;
    });
    stall.start();
    round.start();
    typeText(edit, query);
    typedAt = round.elapsed();
    QTest::qWaitFor([&] { return loadedAt > 0 && visibleRowsLoaded(table); }, 120000);
    const qint64 shownAt = round.elapsed();
    const qint64 searchStall = stall.stop();
    std::printf("search \"%s\"          %d rows; typed in %lld ms, debounce fired at %lld ms, ids %lld ms, "
                "rows shown at %lld ms after the first key (%lld ms after the last)\n",
        qPrintable(query), model->rowCount(), (long long)typedAt, (long long)queriedAt, (long long)searchIdsMs,
        (long long)shownAt, (long long)(shownAt - typedAt));
    std::printf("longest GUI stall       %lld ms during the search\n", (long long)searchStall);

    // Typing with a pause: the first word's search starts, then the user types on. The running query is
    // interrupted; the rows of the whole text come a debounce plus one query after the last key.
    edit->clear();
    QTest::qWaitFor([&] { return !model->isLoading() && visibleRowsLoaded(table); }, 120000);
    const QStringList words = query.split(u' ', Qt::SkipEmptyParts);
    if (words.size() >= 2) {
        loadedAt = 0;
        round.start();
        typeText(edit, words.front());
        QTest::qWait(vt::gui::SearchBar::kDebounceMs + 150); // its query is running now
        const QString rest = query.mid(words.front().size());
        typeText(edit, rest);
        const qint64 lastKey = round.elapsed();
        QTest::qWaitFor([&] { return loadedAt > lastKey && visibleRowsLoaded(table); }, 120000);
        std::printf("typing with a pause     \"%s\" then \"%s\": rows shown %lld ms after the last key (ids %lld ms)\n",
            qPrintable(words.front()), qPrintable(rest), (long long)(round.elapsed() - lastKey),
            (long long)searchIdsMs);
    }
    std::printf("peak RSS                %.0f MB\n", peakRssMb());
    return 0;
}
