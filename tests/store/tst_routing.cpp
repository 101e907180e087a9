// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Routing in the store: cooperating units, the suggestions the forms complete from, the overdue filter.

#include "storetest.h"

#include "core/dispatchfields.h"
#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/search.h"
#include "store/suggestions.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void cooperatingUnitsRoundTrip();
    void cooperatingUnitsInJson();
    void suggestionsMostUsedFirst();
    void suggestionsFollowEdits();
    void suggestionsMatchWordsInside_data();
    void suggestionsMatchWordsInside();
    void suggestionsOnAThousandNames();
    void overdueFilter();
    void onALargeRegister();

private:
    qint64 add(Dispatch d)
    {
        AddOptions options;
        options.confirmDuplicates = true;
        auto r = DispatchStore(*m_db).add(std::move(d), options);
        return r && r->added ? r->id : 0;
    }
    QStringList complete(SuggestionKind kind, const QString &typed, int limit = 12)
    {
        auto r = Suggestions(*m_db).complete(kind, typed, limit);
        return r ? *r : QStringList{u"error: "_s + r.error().message};
    }

    std::optional<QTemporaryDir> m_dir;
    std::optional<Database> m_db;
};

void TestRouting::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(u"routing.sqlite"_s));
    VT_VERIFY_OK(db);
    m_db.emplace(std::move(*db));
}

void TestRouting::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestRouting::cooperatingUnitsRoundTrip()
{
    Dispatch d = test::sampleDispatch();
    d.handlingUnit = u"Phòng Văn hóa - Xã hội"_s;
    d.cooperatingUnits = {u"Sở Tài chính"_s, u"Công an tỉnh"_s};
    const qint64 id = add(d);
    QVERIFY(id > 0);
    DispatchStore store(*m_db);
    auto back = store.get(id);
    VT_VERIFY_OK(back);
    QCOMPARE(back->cooperatingUnits, d.cooperatingUnits);
    QCOMPARE(test::RawDb(m_db->path()).text(u"SELECT cooperating_units FROM dispatch WHERE id = %1"_s.arg(id)),
        u"[\"Sở Tài chính\",\"Công an tỉnh\"]"_s);

    back->cooperatingUnits.removeFirst();
    VT_VERIFY_OK(store.update(*back));
    auto history = store.history(id);
    VT_VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().field, u"cooperating_units"_s);
    QCOMPARE(history->last().newValue, u"[\"Công an tỉnh\"]"_s);

    // Searchable with the other routing fields.
    SearchQuery q;
    q.text = u"cong an tinh"_s;
    auto hits = Searcher(*m_db).search(q);
    VT_VERIFY_OK(hits);
    QCOMPARE(hits->hits.size(), 1);
    QCOMPARE(hits->hits.first().dispatch.cooperatingUnits, QStringList{u"Công an tỉnh"_s});
}

void TestRouting::cooperatingUnitsInJson()
{
    const DispatchField *field = findDispatchField(u"cooperating_units");
    QVERIFY(field);
    QCOMPARE(field->kind, DispatchField::List);
    auto parsed = fromJson(QJsonObject{{u"cooperating_units"_s, u"Sở Tư pháp; Công an tỉnh"_s}});
    VT_VERIFY_OK(parsed);
    QCOMPARE(parsed->cooperatingUnits, (QStringList{u"Sở Tư pháp"_s, u"Công an tỉnh"_s}));
    QCOMPARE(field->items(*parsed), parsed->cooperatingUnits);
    QCOMPARE(toJson(*parsed).value(u"cooperating_units"_s).toArray().size(), 2);
}

void TestRouting::suggestionsMostUsedFirst()
{
    // Tài chính three times (once in capitals, as headers print it), Tư pháp twice, Tài nguyên once.
    const QList<std::pair<QString, int>> issuers{
        {u"Sở Tài nguyên và Môi trường"_s, 1}, {u"Sở Tư pháp"_s, 2}, {u"Sở Tài chính"_s, 2}, {u"SỞ TÀI CHÍNH"_s, 1}};
    int n = 0;
    for (const auto &[issuer, times] : issuers) {
        for (int i = 0; i < times; ++i) {
            Dispatch d = test::sampleDispatch(u"%1/X"_s.arg(++n));
            d.issuer = issuer;
            QVERIFY(add(d) > 0);
        }
    }
    QCOMPARE(complete(SuggestionKind::Issuer, u"so t"_s),
        (QStringList{u"Sở Tài chính"_s, u"Sở Tư pháp"_s, u"Sở Tài nguyên và Môi trường"_s}));
    QCOMPARE(complete(SuggestionKind::Issuer, u"Sở Tư"_s), QStringList{u"Sở Tư pháp"_s});
    QCOMPARE(complete(SuggestionKind::Issuer, u"SO TAI NG"_s), QStringList{u"Sở Tài nguyên và Môi trường"_s});
    QCOMPARE(complete(SuggestionKind::Issuer, u"so t"_s, 2), (QStringList{u"Sở Tài chính"_s, u"Sở Tư pháp"_s}));
    QCOMPARE(complete(SuggestionKind::Issuer, QString()).value(0), u"Sở Tài chính"_s);
    QCOMPARE(complete(SuggestionKind::Issuer, u"bo"_s), QStringList{});
    // The sample's addressees and recipients, cleaned: "Như trên" and "Lưu: …" name no one.
    QCOMPARE(complete(SuggestionKind::Recipient, u"so"_s),
        (QStringList{u"Sở Ngoại vụ"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s}));
    QCOMPARE(complete(SuggestionKind::Recipient, u"nhu"_s), QStringList{});
}

void TestRouting::suggestionsFollowEdits()
{
    Dispatch d = test::sampleDispatch();
    d.handlingUnit = u"Phòng Kế hoạch - Tài chính"_s;
    const qint64 id = add(d);
    QVERIFY(id > 0);
    QCOMPARE(complete(SuggestionKind::Unit, u"phong ke"_s), QStringList{u"Phòng Kế hoạch - Tài chính"_s});
    DispatchStore store(*m_db);
    auto edited = store.get(id);
    VT_VERIFY_OK(edited);
    edited->handlingUnit = u"Phòng Tổng hợp"_s;
    edited->cooperatingUnits = {u"Phòng Kế hoạch - Tài chính"_s};
    edited->handlingPerson = u"Lê Thị Hạnh"_s;
    VT_VERIFY_OK(store.update(*edited));
    QCOMPARE(complete(SuggestionKind::Unit, u"phong"_s),
        (QStringList{u"Phòng Kế hoạch - Tài chính"_s, u"Phòng Tổng hợp"_s}));
    QCOMPARE(complete(SuggestionKind::Person, u"le thi"_s), QStringList{u"Lê Thị Hạnh"_s});
    edited->cooperatingUnits.clear();
    VT_VERIFY_OK(store.update(*edited));
    QCOMPARE(complete(SuggestionKind::Unit, u"phong"_s), QStringList{u"Phòng Tổng hợp"_s});
    VT_VERIFY_OK(store.moveToTrash(id));
    QCOMPARE(complete(SuggestionKind::Unit, u"phong"_s), QStringList{});
    QCOMPARE(test::RawDb(m_db->path()).integer(u"SELECT count(*) FROM suggestion"_s), qint64(0));
}

void TestRouting::suggestionsMatchWordsInside_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("start") << u"uy ban"_s << QStringList{u"Ủy ban nhân dân tỉnh Kiên Giang"_s};
    QTest::newRow("word inside") << u"kien gi"_s
                                 << QStringList{u"Ủy ban nhân dân tỉnh Kiên Giang"_s, u"Tỉnh ủy Kiên Giang"_s};
    QTest::newRow("across punctuation") << u"van hoa the thao"_s << QStringList{u"Sở Văn hóa, Thể thao và Du lịch"_s};
    QTest::newRow("not inside a word") << u"iang"_s << QStringList{};
}

void TestRouting::suggestionsMatchWordsInside()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    int n = 0;
    for (const QString &issuer : {u"Ủy ban nhân dân tỉnh Kiên Giang"_s, u"Ủy ban nhân dân tỉnh Kiên Giang"_s,
             u"Tỉnh ủy Kiên Giang"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s}) {
        Dispatch d = test::sampleDispatch(u"%1/Y"_s.arg(++n));
        d.issuer = issuer;
        QVERIFY(add(d) > 0);
    }
    QCOMPARE(complete(SuggestionKind::Issuer, typed), expected);
}

void TestRouting::suggestionsOnAThousandNames()
{
    // A register of some years holds a few thousand distinct names; a lookup stays in the milliseconds.
    QList<Dispatch> batch;
    for (int i = 0; i < 3000; ++i) {
        Dispatch d = test::sampleDispatch(u"%1/Z"_s.arg(i));
        d.issuer = u"Ủy ban nhân dân xã số %1"_s.arg(i % 1500);
        d.recipients = {u"Phòng Nội vụ huyện %1"_s.arg(i % 700)};
        batch.append(d);
    }
    VT_VERIFY_OK(DispatchStore(*m_db).addBatch(batch));
    QCOMPARE(
        test::RawDb(m_db->path()).integer(u"SELECT count(*) FROM suggestion WHERE kind = 'issuer'"_s), qint64(1500));
    QElapsedTimer timer;
    timer.start();
    const QStringList some = complete(SuggestionKind::Issuer, u"uy ban nhan dan xa so 14"_s);
    const QStringList inside = complete(SuggestionKind::Recipient, u"huyen 69"_s);
    const qint64 ms = timer.elapsed();
    QCOMPARE(some.size(), 12);
    QCOMPARE(some.first(), u"Ủy ban nhân dân xã số 14"_s); // every name used twice: shortest key first
    QCOMPARE(inside.size(), 11); // 69 and 690…699
    QVERIFY2(ms < 200, qPrintable(u"%1 ms"_s.arg(ms)));
}

void TestRouting::overdueFilter()
{
    const QDate today(2024, 9, 20);
    struct Row
    {
        QDate due;
        Status status;
        Direction direction;
        bool overdue;
    };
    const QList<Row> rows{
        {QDate(2024, 9, 10), Status::Waiting, Direction::Incoming, true},
        {QDate(2024, 9, 19), Status::InProgress, Direction::Incoming, true},
        {QDate(2024, 9, 1), Status::Done, Direction::Incoming, false},
        {QDate(2024, 9, 20), Status::Waiting, Direction::Incoming, false}, // due today: not yet late
        {QDate(), Status::Waiting, Direction::Incoming, false},
        {QDate(2024, 9, 2), Status::Waiting, Direction::Outgoing, false},
    };
    QList<qint64> expected;
    int n = 0;
    for (const Row &r : rows) {
        Dispatch d = test::sampleDispatch(u"%1/Q"_s.arg(++n));
        d.dueDate = r.due;
        d.status = r.status;
        d.direction = r.direction;
        const qint64 id = add(d);
        QVERIFY(id > 0);
        if (r.overdue)
            expected.append(id);
    }
    SearchQuery q;
    q.filter.direction = Direction::Incoming;
    q.filter.overdueOn = today;
    q.sort = SortKey::DueDate;
    q.descending = false;
    auto ids = Searcher(*m_db).ids(q);
    VT_VERIFY_OK(ids);
    QCOMPARE(QList<qint64>(ids->begin(), ids->end()), expected);
    auto count = Searcher(*m_db).count(q);
    VT_VERIFY_OK(count);
    QCOMPARE(*count, qint64(2));
    // Marking one done takes it off.
    DispatchStore store(*m_db);
    auto first = store.get(expected.first());
    VT_VERIFY_OK(first);
    first->status = Status::Done;
    VT_VERIFY_OK(store.update(*first));
    auto after = Searcher(*m_db).ids(q);
    VT_VERIFY_OK(after);
    QCOMPARE(QList<qint64>(after->begin(), after->end()), expected.mid(1));
}

void TestRouting::onALargeRegister()
{
    // Timings on a large register, when one is given (a copy: opening it writable migrates it):
    // VT_ROUTING_BENCH_DB=/tmp/copy-of-a1m.sqlite tst_routing onALargeRegister
    const QString path = qEnvironmentVariable("VT_ROUTING_BENCH_DB");
    if (path.isEmpty())
        QSKIP("set VT_ROUTING_BENCH_DB to a register (it is migrated) to time suggestions and the overdue list");
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path);
    VT_VERIFY_OK(db);
    qInfo("open (with any migration): %lld ms", qint64(timer.elapsed()));
    Suggestions suggestions(*db);
    const QList<std::pair<SuggestionKind, QString>> typed{{SuggestionKind::Issuer, u"s"_s},
        {SuggestionKind::Issuer, u"so t"_s}, {SuggestionKind::Issuer, u"kien giang"_s},
        {SuggestionKind::Recipient, u"so"_s}, {SuggestionKind::Recipient, u"thuong truc"_s},
        {SuggestionKind::Unit, u"phong"_s}, {SuggestionKind::Person, u"nguyen"_s}, {SuggestionKind::Issuer, QString()}};
    for (const auto &[kind, text] : typed) {
        qint64 worst = 0;
        QStringList names;
        for (int i = 0; i < 20; ++i) {
            timer.restart();
            auto r = suggestions.complete(kind, text);
            worst = qMax(worst, timer.nsecsElapsed());
            VT_VERIFY_OK(r);
            names = *r;
        }
        qInfo("complete(%d, \"%s\"): worst of 20 %.3f ms, %lld names, first \"%s\"", int(kind), qPrintable(text),
            worst / 1e6, qint64(names.size()), qPrintable(names.value(0)));
    }
    SearchQuery q;
    q.filter.direction = Direction::Incoming;
    q.filter.overdueOn = QDate::currentDate();
    q.sort = SortKey::DueDate;
    q.descending = false;
    timer.restart();
    auto ids = Searcher(*db).ids(q);
    VT_VERIFY_OK(ids);
    qInfo("overdue ids: %lld in %lld ms", qint64(ids->size()), qint64(timer.elapsed()));
    {
        // What migration 4 spends filling the suggestions, rolled back.
        auto txn = sql::Transaction::begin(db->connection());
        VT_VERIFY_OK(txn);
        VT_VERIFY_OK(db->connection().exec("DELETE FROM suggestion"));
        timer.restart();
        VT_VERIFY_OK(fillSuggestions(db->connection()));
        qInfo("filling the suggestions from every record: %lld ms", qint64(timer.elapsed()));
    }
    qInfo("suggestion rows: %lld", test::RawDb(path).integer(u"SELECT count(*) FROM suggestion"_s));
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
