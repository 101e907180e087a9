// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tst_dispatchstore.h"

#include "store/maintenance.h"
#include "store/search.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::store;
using vt::test::RawDb;

void TestDispatchStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"so-van-ban.sqlite"_s);
    auto db = Database::open(m_path);
    VT_VERIFY_OK(db);
    m_db.emplace(std::move(*db));
    m_store = std::make_unique<DispatchStore>(*m_db);
}

void TestDispatchStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QList<qint64> TestDispatchStore::searchIds(const QString &text, bool trash)
{
    SearchQuery q;
    q.text = text;
    q.filter.trash = trash;
    q.limit = 1000;
    QList<qint64> out;
    auto r = Searcher(*m_db).search(q);
    if (!r)
        return {-1};
    for (const SearchHit &h : r->hits)
        out.append(h.dispatch.id);
    std::sort(out.begin(), out.end());
    return out;
}

void TestDispatchStore::numbering_data()
{
    // One registration per row, in order: which register, year and series it lands in, and its number.
    QTest::addColumn<QList<int>>("directions"); // 0 incoming, 1 outgoing
    QTest::addColumn<QList<QDate>>("arrivals");
    QTest::addColumn<QList<int>>("confidentiality"); // Confidentiality values
    QTest::addColumn<QList<int>>("expected");
    const QDate a(2024, 3, 4), b(2024, 12, 31), next(2025, 1, 2);
    QTest::newRow("one register") << QList<int>{0, 0, 0} << QList<QDate>{a, a, b} << QList<int>{0, 0, 0}
                                  << QList<int>{1, 2, 3};
    QTest::newRow("confidential series") << QList<int>{0, 0, 0, 0, 0, 0} << QList<QDate>{a, a, a, a, a, a}
                                         << QList<int>{0, 1, 0, 2, 3, 0} << QList<int>{1, 1, 2, 2, 3, 3};
    QTest::newRow("outgoing register") << QList<int>{0, 1, 1, 0, 1} << QList<QDate>{a, a, a, a, a}
                                       << QList<int>{0, 0, 0, 0, 1} << QList<int>{1, 1, 2, 2, 1};
    QTest::newRow("new year") << QList<int>{0, 0, 0, 1, 0, 0} << QList<QDate>{a, b, next, next, next, b}
                              << QList<int>{0, 0, 0, 0, 3, 0} << QList<int>{1, 2, 1, 1, 1, 3};
}

void TestDispatchStore::numbering()
{
    QFETCH(QList<int>, directions);
    QFETCH(QList<QDate>, arrivals);
    QFETCH(QList<int>, confidentiality);
    QFETCH(QList<int>, expected);
    for (int i = 0; i < expected.size(); ++i) {
        Dispatch d = vt::test::sampleDispatch(u"%1/SNgV-HTQT"_s.arg(100 + i));
        d.direction = directions[i] ? Direction::Outgoing : Direction::Incoming;
        d.arrivalDate = arrivals[i];
        d.issuedDate = QDate(2024, 12, 30); // the register year is the year of arrival, not of issue
        d.confidentiality = Confidentiality(confidentiality[i]);
        auto added = m_store->add(d);
        VT_VERIFY_OK(added);
        QVERIFY(added->added);
        QCOMPARE(added->arrivalNumber, expected[i]);
        QCOMPARE(added->year, arrivals[i].year());
        auto stored = m_store->get(added->id);
        VT_VERIFY_OK(stored);
        QCOMPARE(stored->arrivalNumber, expected[i]);
        QCOMPARE(stored->arrivalDate, arrivals[i]);
    }
    auto report = check(*m_db);
    VT_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
}

void TestDispatchStore::arrivalDateDefaultsToToday()
{
    Dispatch d = vt::test::sampleDispatch();
    d.arrivalDate = {};
    auto added = m_store->add(d);
    VT_VERIFY_OK(added);
    QCOMPARE(added->arrivalNumber, 1);
    QCOMPARE(added->year, QDate::currentDate().year());
    QCOMPARE(m_store->get(added->id)->arrivalDate, QDate::currentDate());
}

void TestDispatchStore::roundTripsEveryField()
{
    Dispatch d;
    d.direction = Direction::Outgoing;
    d.arrivalDate = QDate(2025, 2, 14);
    d.issuer = u"UBND tỉnh Hoà Bình"_s;
    d.issuerParent = u"Chính phủ"_s;
    d.number = u"84"_s;
    d.notation = u"2025/QĐ-UBND"_s;
    d.reference = u"84/2025/QĐ-UBND"_s;
    d.place = u"Hoà Bình"_s;
    d.issuedDate = QDate(2025, 2, 13);
    d.type = u"Quyết định"_s;
    d.summary = u"Ban hành Quy chế phối hợp quản lý hoạt động đối ngoại trên địa bàn tỉnh"_s;
    d.addressees = {u"Các sở, ban, ngành; UBND các huyện"_s, u"Báo \"Hòa Bình\""_s};
    d.recipients = {u"Như Điều 3"_s, u"Bộ Ngoại giao (b/c)"_s, u"Lưu: VT, NCKSTTHC"_s};
    d.signer = u"Bùi Văn Khánh"_s;
    d.signerTitle = u"Chủ tịch"_s;
    d.signingAuthority = SigningAuthority::OnBehalf;
    d.urgency = Urgency::Flash;
    d.confidentiality = Confidentiality::Secret;
    d.dueDate = QDate(2025, 3, 1);
    d.handlingUnit = u"Sở Ngoại vụ"_s;
    d.handlingPerson = u"Trần Thị Thuỷ"_s;
    d.instruction = u"Giao Sở Ngoại vụ chủ trì; báo cáo kết quả trước 01/3."_s;
    d.status = Status::InProgress;
    d.notes = u"Bản chính lưu tại phòng Hành chính"_s;
    d.pageCount = 7;
    // Decomposed (NFD) input, as some PDF extractors produce: stored and returned as NFC.
    const QString nfcText = u"Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\nĐiều 2. Quyết định có "
                            "hiệu lực kể từ ngày ký.\n\tĐiều 3. Chánh Văn phòng UBND tỉnh, Giám đốc Sở Ngoại vụ…"_s;
    d.fullText = nfcText.normalized(QString::NormalizationForm_D);
    QVERIFY(d.fullText != nfcText);
    d.citations = {{u"273/STTTT-TTBCBC"_s, QDate(2020, 4, 24), u"Sở Thông tin và Truyền thông"_s, u"Công văn"_s, 0},
        {u"Luật số 30/2020/QH14"_s, {}, u"Quốc hội"_s, u"Luật"_s, 0}};

    auto added = m_store->add(d);
    VT_VERIFY_OK(added);
    auto got = m_store->get(added->id);
    VT_VERIFY_OK(got);
    const Dispatch &g = *got;
    QCOMPARE(g.id, added->id);
    QCOMPARE(g.direction, d.direction);
    QCOMPARE(g.arrivalNumber, 1);
    QCOMPARE(g.arrivalDate, d.arrivalDate);
    QCOMPARE(g.issuer, d.issuer);
    QCOMPARE(g.issuerParent, d.issuerParent);
    QCOMPARE(g.number, d.number);
    QCOMPARE(g.notation, d.notation);
    QCOMPARE(g.reference, d.reference);
    QCOMPARE(g.place, d.place);
    QCOMPARE(g.issuedDate, d.issuedDate);
    QCOMPARE(g.type, d.type);
    QCOMPARE(g.summary, d.summary);
    QCOMPARE(g.addressees, d.addressees);
    QCOMPARE(g.recipients, d.recipients);
    QCOMPARE(g.signer, d.signer);
    QCOMPARE(g.signerTitle, d.signerTitle);
    QCOMPARE(g.signingAuthority, d.signingAuthority);
    QCOMPARE(g.urgency, d.urgency);
    QCOMPARE(g.confidentiality, d.confidentiality);
    QCOMPARE(g.dueDate, d.dueDate);
    QCOMPARE(g.handlingUnit, d.handlingUnit);
    QCOMPARE(g.handlingPerson, d.handlingPerson);
    QCOMPARE(g.instruction, d.instruction);
    QCOMPARE(g.status, d.status);
    QCOMPARE(g.notes, d.notes);
    QCOMPARE(g.pageCount, d.pageCount);
    QCOMPARE(g.fullText, nfcText);
    QCOMPARE(g.citations, d.citations);
    QVERIFY(g.createdAt.isValid());
    QCOMPARE(g.createdAt.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(g.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(g.updatedAt, g.createdAt);
    QVERIFY(!g.deletedAt.isValid());

    auto missing = m_store->get(9999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::NotFound);
}

void TestDispatchStore::unsetValuesStayUnset()
{
    // A record registered from the envelope alone: no text yet, no dates but the arrival.
    Dispatch bare;
    bare.arrivalDate = QDate(2025, 2, 14);
    bare.reference = u"12/GM-UBND"_s;
    auto plain = m_store->add(bare);
    VT_VERIFY_OK(plain);
    auto gotBare = m_store->get(plain->id);
    VT_VERIFY_OK(gotBare);
    QVERIFY(!gotBare->issuedDate.isValid());
    QVERIFY(!gotBare->dueDate.isValid());
    QVERIFY(gotBare->addressees.isEmpty());
    QVERIFY(gotBare->citations.isEmpty());
    QCOMPARE(gotBare->signingAuthority, SigningAuthority::None);
    QCOMPARE(gotBare->status, Status::Waiting);
    QVERIFY(gotBare->fullText.isEmpty());

    // The text arrives later, and can be emptied again.
    Dispatch edited = *gotBare;
    edited.fullText = u"Kính mời dự họp giao ban công tác đối ngoại quý I."_s;
    VT_VERIFY_OK(m_store->update(edited));
    QCOMPARE(searchIds(u"giao ban"_s), QList<qint64>{plain->id});
    edited.fullText.clear();
    VT_VERIFY_OK(m_store->update(edited));
    QCOMPARE(searchIds(u"giao ban"_s), QList<qint64>{});
}

void TestDispatchStore::duplicateByReference_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<bool>("duplicate");
    const QDate issued(2024, 8, 29);
    const QString issuer = u"Văn phòng UBND tỉnh"_s;
    QTest::newRow("same") << u"2668/VP-VHXH"_s << issuer << issued << true;
    QTest::newRow("case") << u"2668/vp-vhxh"_s << issuer << issued << true;
    QTest::newRow("spaces") << u" 2668 / VP - VHXH "_s << issuer << issued << true;
    QTest::newRow("issuer without diacritics") << u"2668/VP-VHXH"_s << u"van phong ubnd tinh"_s << issued << true;
    QTest::newRow("issuer spacing, case") << u"2668/VP-VHXH"_s << u"VĂN PHÒNG  UBND TỈNH"_s << issued << true;
    QTest::newRow("same year, other day") << u"2668/VP-VHXH"_s << issuer << QDate(2024, 1, 2) << true;
    QTest::newRow("other year") << u"2668/VP-VHXH"_s << issuer << QDate(2023, 8, 29) << false;
    QTest::newRow("no issue date") << u"2668/VP-VHXH"_s << issuer << QDate() << false;
    QTest::newRow("other issuer") << u"2668/VP-VHXH"_s << u"Sở Ngoại vụ"_s << issued << false;
    QTest::newRow("other number") << u"2669/VP-VHXH"_s << issuer << issued << false;
    QTest::newRow("other notation") << u"2668/VP-KGVX"_s << issuer << issued << false;
}

void TestDispatchStore::duplicateByReference()
{
    QFETCH(QString, reference);
    QFETCH(QString, issuer);
    QFETCH(QDate, issued);
    QFETCH(bool, duplicate);
    auto first = m_store->add(vt::test::sampleDispatch());
    VT_VERIFY_OK(first);
    QVERIFY(first->added);
    // Diacritics in the reference key too: "BCĐTTĐN" and "bcdttdn" are the same.
    Dispatch plan = vt::test::sampleDispatch(u"116-KH/BCĐTTĐN"_s);
    auto second = m_store->add(plan);
    VT_VERIFY_OK(second);
    plan.reference = u"116-kh/bcdttdn"_s;
    auto plainPlan = m_store->add(plan);
    VT_VERIFY_OK(plainPlan);
    QVERIFY(!plainPlan->added);

    const qint64 dispatchRows = rows("dispatch"), auditRows = rows("audit_log"), textRows = rows("dispatch_text");
    Dispatch d = vt::test::sampleDispatch(reference);
    d.issuer = issuer;
    d.issuedDate = issued;
    d.summary = u"Bản sao gửi lại qua hệ thống quản lý văn bản"_s;
    auto r = m_store->add(d);
    VT_VERIFY_OK(r);
    QCOMPARE(r->added, !duplicate);
    if (!duplicate) {
        QCOMPARE(r->arrivalNumber, 3);
        return;
    }
    QCOMPARE(r->id, qint64(0));
    QCOMPARE(r->duplicates.size(), 1);
    QCOMPARE(r->duplicates.first().kind, Duplicate::SameReference);
    QCOMPARE(r->duplicates.first().existingId, first->id);
    QCOMPARE(r->duplicates.first().existingArrivalNumber, 1);
    QVERIFY(r->duplicates.first().description.contains(u"2668/VP-VHXH"_s));
    QCOMPARE(rows("dispatch"), dispatchRows);
    QCOMPARE(rows("audit_log"), auditRows);
    QCOMPARE(rows("dispatch_text"), textRows);
    QCOMPARE(RawDb(m_path).integer(u"SELECT max(last_number) FROM number_series"_s), qint64(2));

    AddOptions confirm;
    confirm.confirmDuplicates = true;
    auto forced = m_store->add(d, confirm);
    VT_VERIFY_OK(forced);
    QVERIFY(forced->added);
    QCOMPARE(forced->arrivalNumber, 3); // the refused attempt used no number
    QCOMPARE(forced->duplicates.size(), 1);
    // A trashed record is no longer a duplicate of anything.
    VT_VERIFY_OK(m_store->moveToTrash(first->id));
    VT_VERIFY_OK(m_store->moveToTrash(forced->id));
    auto afterTrash = m_store->add(d);
    VT_VERIFY_OK(afterTrash);
    QVERIFY(afterTrash->added);
}

void TestDispatchStore::groupFromOneFile()
{
    // One PDF holding a reply and the dispatch it answers: both or neither, each linked to the other.
    const QString file = m_dir->filePath(u"tra-loi-va-cong-van-goc.pdf"_s);
    QVERIFY(vt::test::writeFile(file, QByteArray("%PDF-1.7\n% hai văn bản trong một tệp\n").repeated(200)));
    Dispatch reply = vt::test::sampleDispatch(u"2668/VP-VHXH"_s);
    Dispatch answered = vt::test::sampleDispatch(u"273/STTTT-TTBCBC"_s);
    answered.issuer = u"Sở Thông tin và Truyền thông"_s;
    answered.issuedDate = QDate(2020, 4, 24);
    reply.citations = {{u"273/STTTT-TTBCBC"_s, answered.issuedDate, answered.issuer, u"Công văn"_s}};
    AddOptions options;
    options.attachments = {file};
    auto added = m_store->addGroup({reply, answered}, options);
    VT_VERIFY_OK(added);
    QCOMPARE(added->size(), 2);
    QVERIFY(added->at(0).added && added->at(1).added);
    QCOMPARE(added->at(1).arrivalNumber, added->at(0).arrivalNumber + 1);
    QVERIFY(added->at(0).duplicates.isEmpty() && added->at(1).duplicates.isEmpty());
    auto stored = m_store->get(added->at(0).id);
    VT_VERIFY_OK(stored);
    QCOMPARE(stored->citations.size(), 1);
    QCOMPARE(stored->citations.first().targetId, added->at(1).id);
    QCOMPARE(rows("attachment"), qint64(2));

    // The same file again: every document is held back, nothing is written, no number is used.
    const qint64 before = rows("dispatch");
    Dispatch other = vt::test::sampleDispatch(u"9/SNgV-LS"_s);
    auto again = m_store->addGroup({other, vt::test::sampleDispatch(u"10/SNgV-LS"_s)}, options);
    VT_VERIFY_OK(again);
    QCOMPARE(again->size(), 2);
    QVERIFY(!again->at(0).added && !again->at(1).added);
    // The file is the original of both earlier records.
    QCOMPARE(again->at(0).duplicates.size(), 2);
    for (const Duplicate &d : again->at(0).duplicates)
        QCOMPARE(d.kind, Duplicate::SameFile);
    QVERIFY(again->at(1).duplicates.isEmpty());
    QCOMPARE(rows("dispatch"), before);
    QCOMPARE(RawDb(m_path).integer(u"SELECT max(last_number) FROM number_series"_s), qint64(2));
}

void TestDispatchStore::duplicateByFile()
{
    const QByteArray scan = QByteArray("%PDF-1.7\n% bản chụp công văn 2668/VP-VHXH\n").repeated(300);
    const QString original = m_dir->filePath(u"cong-van-2668.pdf"_s);
    const QString copy = m_dir->filePath(u"scan_0001.pdf"_s);
    QVERIFY(vt::test::writeFile(original, scan));
    QVERIFY(vt::test::writeFile(copy, scan));
    AddOptions withOriginal;
    withOriginal.attachments = {original};
    auto first = m_store->add(vt::test::sampleDispatch(), withOriginal);
    VT_VERIFY_OK(first);
    QVERIFY(first->added);

    // Another reference entirely, but the same file under another name.
    AddOptions withCopy;
    withCopy.attachments = {copy};
    const qint64 before = rows("dispatch");
    auto second = m_store->add(vt::test::sampleDispatch(u"17/SNgV-LS"_s), withCopy);
    VT_VERIFY_OK(second);
    QVERIFY(!second->added);
    QCOMPARE(second->duplicates.size(), 1);
    QCOMPARE(second->duplicates.first().kind, Duplicate::SameFile);
    QCOMPARE(second->duplicates.first().existingId, first->id);
    QVERIFY(second->duplicates.first().description.contains(u"scan_0001.pdf"_s));
    QCOMPARE(rows("dispatch"), before);
    QCOMPARE(rows("attachment"), qint64(1));

    withCopy.confirmDuplicates = true;
    auto forced = m_store->add(vt::test::sampleDispatch(u"17/SNgV-LS"_s), withCopy);
    VT_VERIFY_OK(forced);
    QVERIFY(forced->added);
    auto a = m_store->attachments(first->id);
    auto b = m_store->attachments(forced->id);
    VT_VERIFY_OK(a);
    VT_VERIFY_OK(b);
    QCOMPARE(a->size(), 1);
    QCOMPARE(b->size(), 1);
    QCOMPARE(a->first().sha256, b->first().sha256);
    QCOMPARE(a->first().fileName, u"cong-van-2668.pdf"_s);
    QCOMPARE(b->first().fileName, u"scan_0001.pdf"_s);
    // Kept once, whatever its names.
    QDir store(m_db->attachmentsDir());
    int files = 0;
    for (const QString &sub : store.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        files += QDir(store.filePath(sub)).entryList(QDir::Files).size();
    QCOMPARE(files, 1);
}

void TestDispatchStore::attachmentsAreContentAddressed()
{
    const QByteArray content = QByteArray("Nội dung bản gốc: Kế hoạch thông tin đối ngoại 2024.\n").repeated(2000);
    const QString source = m_dir->filePath(u"Kế hoạch 116.docx"_s);
    QVERIFY(vt::test::writeFile(source, content));
    AddOptions options;
    options.attachments = {source};
    auto added = m_store->add(vt::test::sampleDispatch(u"116-KH/BCĐTTĐN"_s), options);
    VT_VERIFY_OK(added);
    auto list = m_store->attachments(added->id);
    VT_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    const Attachment &a = list->first();
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    QCOMPARE(a.sha256, sha);
    QCOMPARE(a.size, qint64(content.size()));
    QCOMPARE(a.fileName, u"Kế hoạch 116.docx"_s);
    QVERIFY(a.addedAt.isValid());

    const AttachmentStore files = m_store->attachmentStore();
    QCOMPARE(files.root(), m_db->attachmentsDir());
    const QString stored = m_db->attachmentsDir() + u'/' + sha.left(2) + u'/' + sha;
    QCOMPARE(files.pathOf(sha), stored);
    QVERIFY(QFileInfo::exists(stored));
    QCOMPARE(vt::test::readFile(stored), content);
    // No temporary files left behind.
    QCOMPARE(QDir(QFileInfo(stored).absolutePath()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QVERIFY(QFile::remove(source)); // the stored copy does not depend on the source
    auto read = files.read(sha);
    VT_VERIFY_OK(read);
    QCOMPARE(*read, content);
    VT_VERIFY_OK(files.verify(sha));

    // One flipped byte: read and verify both say so.
    QByteArray tampered = content;
    tampered[100] = 'X';
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(vt::test::writeFile(stored, tampered));
    auto bad = files.read(sha);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Corrupt);
    auto badVerify = files.verify(sha);
    QVERIFY(!badVerify);
    QCOMPARE(badVerify.error().code, Error::Corrupt);

    QVERIFY(QFile::remove(stored));
    auto gone = files.read(sha);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, Error::NotFound);
    auto notSha = files.read(u"../../etc/passwd"_s);
    QVERIFY(!notSha);
    QCOMPARE(notSha.error().code, Error::InvalidArgument);

    // An attachment that cannot be read fails the add before anything is written.
    options.attachments = {m_dir->filePath(u"không có.pdf"_s)};
    const qint64 before = rows("dispatch");
    auto missing = m_store->add(vt::test::sampleDispatch(u"9/TB-VP"_s), options);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Io);
    QCOMPARE(rows("dispatch"), before);
}

QTEST_GUILESS_MAIN(TestDispatchStore)
