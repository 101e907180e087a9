// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_dispatchstore.h"

#include "store/maintenance.h"
#include "store/search.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

void TestDispatchStore::updateWritesAuditAndReindexes()
{
    auto added = m_store->add(vt::test::sampleDispatch());
    VT_VERIFY_OK(added);
    auto d = m_store->get(added->id);
    VT_VERIFY_OK(d);
    const Dispatch before = *d;
    d->summary = u"V/v tham mưu tổ chức toạ đàm hữu nghị Việt - Lào"_s;
    d->reference = u"2668/VP-KGVX"_s;
    d->urgency = Urgency::Urgent;
    d->addressees = {u"Sở Ngoại vụ"_s};
    d->dueDate = QDate(2024, 9, 15);
    d->fullText = u"Nội dung mới: tổ chức toạ đàm hữu nghị nhân dịp Quốc khánh nước CHDCND Lào."_s;
    // Not editable here: number and arrival date stay as assigned.
    d->arrivalNumber = 99;
    d->arrivalDate = QDate(2030, 1, 1);
    VT_VERIFY_OK(m_store->update(*d));

    auto history = m_store->history(added->id);
    VT_VERIFY_OK(history);
    QCOMPARE(history->first().action, u"create"_s);
    QHash<QString, AuditEntry> updates;
    for (const AuditEntry &e : *history) {
        if (e.action == u"update") {
            QVERIFY2(!updates.contains(e.field), qPrintable(e.field));
            updates.insert(e.field, e);
            QCOMPARE(e.dispatchId, added->id);
            QVERIFY(e.at.isValid());
        }
    }
    QCOMPARE(updates.keys().size(), 6);
    QCOMPARE(updates.value(u"summary"_s).oldValue, before.summary);
    QCOMPARE(updates.value(u"summary"_s).newValue, d->summary);
    QCOMPARE(updates.value(u"reference"_s).oldValue, u"2668/VP-VHXH"_s);
    QCOMPARE(updates.value(u"reference"_s).newValue, u"2668/VP-KGVX"_s);
    QCOMPARE(updates.value(u"urgency"_s).oldValue, u"normal"_s);
    QCOMPARE(updates.value(u"urgency"_s).newValue, u"urgent"_s);
    QCOMPARE(updates.value(u"addressees"_s).newValue, u"[\"Sở Ngoại vụ\"]"_s);
    QVERIFY(updates.value(u"due_date"_s).oldValue.isEmpty());
    QCOMPARE(updates.value(u"due_date"_s).newValue, u"2024-09-15"_s);
    QVERIFY(updates.contains(u"full_text"_s));

    auto after = m_store->get(added->id);
    VT_VERIFY_OK(after);
    QCOMPARE(after->summary, d->summary);
    QCOMPARE(after->fullText, d->fullText);
    QCOMPARE(after->arrivalNumber, 1);
    QCOMPARE(after->arrivalDate, before.arrivalDate);
    QVERIFY(after->updatedAt >= after->createdAt);

    // Search sees the new words and forgets the old ones; filters use the new keys.
    QCOMPARE(searchIds(u"hữu nghị Lào"_s), QList<qint64>{added->id});
    QCOMPARE(searchIds(u"toa dam"_s), QList<qint64>{added->id});
    QCOMPARE(searchIds(u"KGVX"_s), QList<qint64>{added->id});
    QCOMPARE(searchIds(u"hoạt động"_s), QList<qint64>{});
    QCOMPARE(searchIds(u"phối hợp với các cơ quan liên quan"_s), QList<qint64>{});
    SearchQuery byReference;
    byReference.filter.referencePrefix = u"2668/vp-kg"_s;
    QCOMPARE(Searcher(*m_db).count(byReference).value_or(-1), qint64(1));

    // Saving without changes writes nothing.
    const qint64 auditRows = rows("audit_log");
    VT_VERIFY_OK(m_store->update(*after));
    QCOMPARE(rows("audit_log"), auditRows);
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestDispatchStore::trashAndRestore()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        Dispatch d = vt::test::sampleDispatch(u"%1/SNgV-HTQT"_s.arg(i + 1));
        d.summary = u"Về việc đón đoàn khách quốc tế số %1"_s.arg(QChar(u'A' + i));
        auto added = m_store->add(d);
        VT_VERIFY_OK(added);
        ids.append(added->id);
    }
    VT_VERIFY_OK(m_store->moveToTrash(ids[1]));
    QCOMPARE(searchIds(u"đón đoàn"_s), (QList<qint64>{ids[0], ids[2]}));
    QCOMPARE(searchIds(u"B"_s), QList<qint64>{});
    QCOMPARE(searchIds({}), (QList<qint64>{ids[0], ids[2]}));
    QCOMPARE(searchIds({}, true), QList<qint64>{ids[1]});
    auto trashed = m_store->get(ids[1]);
    VT_VERIFY_OK(trashed);
    QVERIFY(trashed->deletedAt.isValid());
    QCOMPARE(trashed->arrivalNumber, 2);
    auto twice = m_store->moveToTrash(ids[1]);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::InvalidArgument);
    Dispatch edited = *trashed;
    edited.summary = u"sửa trong thùng rác"_s;
    QVERIFY(!m_store->update(edited));

    // The number stays taken.
    auto next = m_store->add(vt::test::sampleDispatch(u"4/SNgV-HTQT"_s));
    VT_VERIFY_OK(next);
    QCOMPARE(next->arrivalNumber, 4);
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));

    VT_VERIFY_OK(m_store->restore(ids[1]));
    QCOMPARE(searchIds(u"B"_s), QList<qint64>{ids[1]});
    QCOMPARE(searchIds(u"đón đoàn"_s), (QList<qint64>{ids[0], ids[1], ids[2]}));
    QCOMPARE(searchIds({}, true), QList<qint64>{});
    QVERIFY(!m_store->get(ids[1])->deletedAt.isValid());
    QVERIFY(!m_store->restore(ids[1]));
    QCOMPARE(m_store->moveToTrash(777).error().code, Error::NotFound);
    report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
    QStringList actions;
    for (const AuditEntry &e : m_store->history(ids[1]).value_or(QList<AuditEntry>{}))
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{u"create"_s, u"trash"_s, u"restore"_s}));
}

void TestDispatchStore::purgeOnlyFromTrash()
{
    auto a = m_store->add(vt::test::sampleDispatch(u"1/TB-VP"_s));
    auto b = m_store->add(vt::test::sampleDispatch(u"2/TB-VP"_s));
    VT_VERIFY_OK(a);
    VT_VERIFY_OK(b);
    auto live = m_store->purge(a->id);
    QVERIFY(!live);
    QCOMPARE(live.error().code, Error::InvalidArgument);
    VT_VERIFY_OK(m_store->get(a->id));

    VT_VERIFY_OK(m_store->moveToTrash(a->id));
    VT_VERIFY_OK(m_store->purge(a->id));
    auto gone = m_store->get(a->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::NotFound);
    QCOMPARE(RawDb(m_path).integer(u"SELECT count(*) FROM dispatch_text WHERE dispatch_id = %1"_s.arg(a->id)),
             qint64(0));
    auto history = m_store->history(a->id);
    VT_VERIFY_OK(history);
    QStringList actions;
    for (const AuditEntry &e : *history)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{u"create"_s, u"trash"_s, u"purge"_s}));
    QVERIFY2(history->last().oldValue.contains(u"1/TB-VP"_s), qPrintable(history->last().oldValue));
    QCOMPARE(searchIds({}, true), QList<qint64>{});
    QCOMPARE(m_store->purge(a->id).error().code, Error::NotFound);

    // Numbers are never reused, not even after a purge.
    auto c = m_store->add(vt::test::sampleDispatch(u"3/TB-VP"_s));
    VT_VERIFY_OK(c);
    QCOMPARE(c->arrivalNumber, 3);
}

void TestDispatchStore::citationsLinkBothWays()
{
    // A report cites a plan that is registered only later.
    Dispatch report = vt::test::sampleDispatch(u"45/SVHTTDL-VP"_s);
    report.citations = {{u"116-KH/BCĐTTĐN"_s, QDate(2024, 3, 8), u"Ban Chỉ đạo"_s, u"Kế hoạch"_s, 0}};
    auto r = m_store->add(report);
    VT_VERIFY_OK(r);
    QCOMPARE(m_store->get(r->id)->citations.first().targetId, qint64(0));

    Dispatch plan = vt::test::sampleDispatch(u"116-KH/BCĐTTĐN"_s);
    plan.issuedDate = QDate(2024, 3, 8);
    auto p = m_store->add(plan);
    VT_VERIFY_OK(p);
    QCOMPARE(m_store->get(r->id)->citations.first().targetId, p->id);

    // Registered after the plan, written differently: linked at once.
    Dispatch later = vt::test::sampleDispatch(u"50/SVHTTDL-VP"_s);
    later.citations = {{u"116 - kh/bcdttdn"_s, QDate(2024, 3, 8), u"BCĐ"_s, u"KH"_s, 0},
                       {u"999/UBND-KGVX"_s, {}, u"UBND tỉnh"_s, u"Công văn"_s, 0}};
    auto l = m_store->add(later);
    VT_VERIFY_OK(l);
    auto gotLater = m_store->get(l->id);
    VT_VERIFY_OK(gotLater);
    QCOMPARE(gotLater->citations.size(), 2);
    QCOMPARE(gotLater->citations.at(0).targetId, p->id);
    QCOMPARE(gotLater->citations.at(0).reference, u"116 - kh/bcdttdn"_s);
    QCOMPARE(gotLater->citations.at(1).targetId, qint64(0));

    // A record never cites itself.
    Dispatch selfish = vt::test::sampleDispatch(u"7/BC-SNgV"_s);
    selfish.citations = {{u"7/BC-SNgV"_s, {}, u"Sở Ngoại vụ"_s, u"Báo cáo"_s, 0}};
    auto s = m_store->add(selfish);
    VT_VERIFY_OK(s);
    QCOMPARE(m_store->get(s->id)->citations.first().targetId, qint64(0));

    // Purging the plan unlinks the citations rather than leaving them dangling.
    VT_VERIFY_OK(m_store->moveToTrash(p->id));
    VT_VERIFY_OK(m_store->purge(p->id));
    QCOMPARE(m_store->get(r->id)->citations.first().targetId, qint64(0));
    QCOMPARE(RawDb(m_path).text(u"PRAGMA foreign_key_check"_s), QString());
}

void TestDispatchStore::citationWithReferenceOnly()
{
    // What a clerk often knows of a cited document: its reference, nothing else.
    Dispatch d = vt::test::sampleDispatch(u"60/SVHTTDL-VP"_s);
    d.citations = {{u"273/STTTT-TTBCBC"_s, {}, {}, {}, 0}};
    auto added = m_store->add(d);
    VT_VERIFY_OK(added);
    auto got = m_store->get(added->id);
    VT_VERIFY_OK(got);
    QCOMPARE(got->citations.size(), 1);
    QCOMPARE(got->citations.first().reference, u"273/STTTT-TTBCBC"_s);
    QVERIFY(got->citations.first().issuer.isEmpty());
}

void TestDispatchStore::citationsFollowACorrectedReference()
{
    // The plan was registered with a typo in its reference; the report that cites it cannot find it.
    Dispatch report = vt::test::sampleDispatch(u"45/SVHTTDL-VP"_s);
    report.citations = {{u"116-KH/BCĐTTĐN"_s, QDate(2024, 3, 8), u"Ban Chỉ đạo"_s, u"Kế hoạch"_s, 0}};
    auto r = m_store->add(report);
    VT_VERIFY_OK(r);
    auto p = m_store->add(vt::test::sampleDispatch(u"116-KH/BCĐTTN"_s));
    VT_VERIFY_OK(p);
    QCOMPARE(m_store->get(r->id)->citations.first().targetId, qint64(0));

    // Once the clerk corrects it, the citation points at it, as if it had been registered right.
    auto plan = m_store->get(p->id);
    VT_VERIFY_OK(plan);
    plan->reference = u"116-KH/BCĐTTĐN"_s;
    VT_VERIFY_OK(m_store->update(*plan));
    QCOMPARE(m_store->get(r->id)->citations.first().targetId, p->id);
}
