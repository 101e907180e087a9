// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// RegisterTableModel on a real SQLite register of generated records: ids loaded off the GUI thread, pages
// arriving later, sorting by SQL, stale answers dropped.

#include "appfixture.h"

#include "app/registertablemodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using vt::gui::RegisterTableModel;

class TestRegisterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rowCountExactAfterLoad();
    void placeholdersThenValues();
    void sortByColumnReorders();
    void staleGenerationIsDropped();
    void marksOverdueUrgentConfidential();
    void idsQueryInterruptedWhileRunning();

private:
    store::SearchQuery incoming() const
    {
        store::SearchQuery q;
        q.filter.direction = Direction::Incoming;
        return q;
    }
    bool loadInto(RegisterTableModel &model, const store::SearchQuery &q)
    {
        QSignalSpy loaded(&model, &RegisterTableModel::loaded);
        model.setQuery(q);
        return loaded.wait(10000);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<store::Database> m_db;
};

void TestRegisterModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"so-dang-ky.sqlite"_s);
    const QString error = vt::test::generateRegister(m_path, 3000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto db = store::Database::open(m_path);
    QVERIFY(db);
    m_db.emplace(std::move(*db));
}

void TestRegisterModel::rowCountExactAfterLoad()
{
    RegisterTableModel model(m_path);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(loadInto(model, incoming()));
    const qint64 expected = vt::test::countOf(*m_db, incoming());
    QVERIFY(expected > 1000); // most generated records are incoming
    QCOMPARE(model.rowCount(), int(expected));
    QVERIFY(!model.isLoading());

    store::SearchQuery outgoing;
    outgoing.filter.direction = Direction::Outgoing;
    QVERIFY(loadInto(model, outgoing));
    QCOMPARE(model.rowCount(), int(vt::test::countOf(*m_db, outgoing)));
    QCOMPARE(model.rowCount() + int(expected), 3000);
}

void TestRegisterModel::placeholdersThenValues()
{
    RegisterTableModel model(m_path);
    QVERIFY(loadInto(model, incoming()));
    const int row = model.rowCount() - 5; // far from anything a view would have asked for
    const QModelIndex reference = model.index(row, RegisterTableModel::ReferenceColumn);
    QCOMPARE(model.data(reference, RegisterTableModel::LoadedRole).toBool(), false);
    QCOMPARE(model.data(reference).toString(), u"…"_s);
    QSignalSpy filled(&model, &RegisterTableModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(model.data(reference, RegisterTableModel::LoadedRole).toBool(), 10000);
    // One dataChanged for the whole page.
    QCOMPARE(filled.size(), 1);
    const QModelIndex first = filled.at(0).at(0).toModelIndex();
    const QModelIndex last = filled.at(0).at(1).toModelIndex();
    QCOMPARE(first.row(), row / RegisterTableModel::kPageSize * RegisterTableModel::kPageSize);
    QCOMPARE(last.row(), std::min(first.row() + RegisterTableModel::kPageSize, model.rowCount()) - 1);
    QCOMPARE(last.column(), RegisterTableModel::ColumnCount - 1);
    // The row shows its record.
    auto record = store::DispatchStore(*m_db).get(model.idAt(row));
    QVERIFY(record);
    QCOMPARE(model.data(reference).toString(), record->reference);
    QCOMPARE(model.data(model.index(row, RegisterTableModel::ArrivalNumberColumn)).toInt(), record->arrivalNumber);
    QCOMPARE(model.data(model.index(row, RegisterTableModel::IssuerColumn)).toString(), record->issuer);
    QCOMPARE(model.data(model.index(row, RegisterTableModel::ArrivalDateColumn)).toString(),
        record->arrivalDate.toString(u"dd/MM/yyyy"_s));
    QCOMPARE(model.rowOf(record->id), row);
}

void TestRegisterModel::sortByColumnReorders()
{
    RegisterTableModel model(m_path);
    QVERIFY(loadInto(model, incoming()));
    const auto issuedDates = [&model](int rows) {
        QList<QDate> dates;
        for (int row = 0; row < rows; ++row) {
            const QModelIndex i = model.index(row, RegisterTableModel::IssuedDateColumn);
            if (!QTest::qWaitFor([&] { return model.data(i, RegisterTableModel::LoadedRole).toBool(); }, 10000))
                return QList<QDate>();
            dates.append(QDate::fromString(model.data(i).toString(), u"dd/MM/yyyy"_s));
        }
        return dates;
    };
    const QList<QDate> before = issuedDates(300);
    QCOMPARE(before.size(), 300);
    QSignalSpy loaded(&model, &RegisterTableModel::loaded);
    model.sort(RegisterTableModel::IssuedDateColumn, Qt::AscendingOrder);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(model.rowCount(), int(vt::test::countOf(*m_db, incoming())));
    const QList<QDate> after = issuedDates(300);
    QCOMPARE(after.size(), 300);
    QVERIFY(std::is_sorted(after.begin(), after.end()));
    QVERIFY(after != before);
    // The oldest issued incoming record comes first.
    store::SearchQuery oldest = incoming();
    oldest.sort = store::SortKey::IssuedDate;
    oldest.descending = false;
    oldest.limit = 1;
    auto hits = store::Searcher(*m_db).search(oldest);
    QVERIFY(hits && !hits->hits.isEmpty());
    QCOMPARE(after.front(), hits->hits.front().dispatch.issuedDate);

    model.sort(RegisterTableModel::IssuedDateColumn, Qt::DescendingOrder);
    QVERIFY(loaded.wait(10000));
    const QList<QDate> descending = issuedDates(50);
    QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));
}

void TestRegisterModel::staleGenerationIsDropped()
{
    RegisterTableModel model(m_path);
    QSignalSpy loaded(&model, &RegisterTableModel::loaded);
    QSignalSpy filled(&model, &RegisterTableModel::pageFilled);
    // Three queries in a row, as a user typing fast: only the last one may reach the table.
    store::SearchQuery all = incoming();
    store::SearchQuery some = incoming();
    some.text = u"ke hoach"_s;
    store::SearchQuery last = incoming();
    last.filter.status = Status::Done;
    model.setQuery(all);
    const quint64 first = model.generation();
    model.setQuery(some);
    model.setQuery(last);
    QCOMPARE(model.generation(), first + 2);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300); // time for any older answer to arrive, and be dropped
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(model.rowCount(), int(vt::test::countOf(*m_db, last)));
    QVERIFY(model.rowCount() < int(vt::test::countOf(*m_db, all)));

    // A page asked for under one generation and answered after the next has started is not shown.
    model.data(model.index(model.rowCount() - 1, RegisterTableModel::ReferenceColumn));
    model.setQuery(all);
    QVERIFY(loaded.wait(10000));
    QTest::qWait(300);
    QCOMPARE(filled.size(), 0);
    QCOMPARE(model.rowCount(), int(vt::test::countOf(*m_db, all)));
}

void TestRegisterModel::marksOverdueUrgentConfidential()
{
    RegisterTableModel model(m_path);
    QVERIFY(loadInto(model, incoming()));
    model.setToday(QDate(2100, 1, 1)); // every unfinished record with a due date is overdue by then
    int overdue = 0, urgent = 0, confidential = 0;
    const int rows = std::min(model.rowCount(), 3 * RegisterTableModel::kPageSize);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex marks = model.index(row, RegisterTableModel::MarksColumn);
        QTRY_VERIFY_WITH_TIMEOUT(model.data(marks, RegisterTableModel::LoadedRole).toBool(), 10000);
        const vt::gui::RegisterRow *r = model.rowAt(row);
        QVERIFY(r);
        const bool isOverdue = r->dueDate.isValid() && r->status != Status::Done;
        QCOMPARE(model.data(marks, RegisterTableModel::OverdueRole).toBool(), isOverdue);
        QCOMPARE(model.data(marks).toString().contains(u'!'), isOverdue);
        QCOMPARE(model.data(marks, RegisterTableModel::UrgentRole).toBool(), r->urgency != Urgency::Normal);
        QCOMPARE(model.data(marks, RegisterTableModel::ConfidentialRole).toBool(),
            r->confidentiality != Confidentiality::Normal);
        QCOMPARE(model.data(marks, Qt::ForegroundRole).isValid(), isOverdue);
        QCOMPARE(model.data(marks, Qt::BackgroundRole).isValid(),
            r->urgency != Urgency::Normal || r->confidentiality != Confidentiality::Normal);
        overdue += isOverdue;
        urgent += r->urgency != Urgency::Normal;
        confidential += r->confidentiality != Confidentiality::Normal;
    }
    // The generated register has all three kinds among its newest records.
    QVERIFY(overdue > 0);
    QVERIFY(urgent > 0);
    QVERIFY(confidential > 0);
}

void TestRegisterModel::idsQueryInterruptedWhileRunning()
{
    // What the loader relies on to abandon a query a newer one has made useless (store::Searcher::ids).
    for (const QString &text : {QString(), u"ke hoach"_s, u"kế hoạch"_s}) {
        store::SearchQuery q = incoming();
        q.text = text;
        int polls = 0;
        auto all = store::Searcher(*m_db).ids(q, [&polls] { return ++polls < 0; });
        QVERIFY(all);
        QVERIFY2(polls > 10, qPrintable(QString::number(polls)));
        for (int after : {1, polls / 2}) {
            int n = 0;
            auto cut = store::Searcher(*m_db).ids(q, [&n, after] { return ++n > after; });
            QVERIFY(!cut);
            QCOMPARE(cut.error().detail, u"interrupted"_s);
            QCOMPARE(n, after + 1); // stopped at the first poll that said so
        }
        auto again = store::Searcher(*m_db).ids(q);
        QVERIFY(again);
        QCOMPARE(*again, *all);
    }
}

QTEST_MAIN(TestRegisterModel)
#include "tst_registermodel.moc"
