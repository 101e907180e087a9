// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window on the offscreen platform, in Vietnamese, over a generated register: search as you type
// with and without diacritics, filters, the detail pane and its citation links, and the catalogs.

#include "appfixture.h"

#include "app/detailpane.h"
#include "app/labels.h"
#include "app/mainwindow.h"
#include "app/registertablemodel.h"
#include "app/savedsearches.h"
#include "app/searchbar.h"
#include "app/uilanguage.h"

#include "core/vietnamese.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using vt::gui::RegisterTableModel;

namespace {

struct Catalog
{
    QSet<QString> messages; ///< "context\nsource"
    QStringList untranslated; ///< the same, for messages without a finished translation
};

Catalog readCatalog(const QString &path)
{
    Catalog catalog;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return catalog;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(u"type"_s).toString();
            if (type == u"vanished" || type == u"obsolete")
                continue;
            const QString key = context + u'\n' + source;
            catalog.messages.insert(key);
            // Plural messages hold their forms in <numerusform> children.
            if (type == u"unfinished"
                || xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                catalog.untranslated.append(key);
        }
    }
    return catalog;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void opensOnTheIncomingRegister();
    void searchAsYouTypeWithoutDiacritics();
    void searchWithDiacriticsExactFirst();
    void filterByStatus();
    void detailPaneAndCitationLink();
    void savedSearchRunsAgain();
    void outgoingRegister();
    void vietnameseCatalogIsComplete();
    void vietnameseCatalogIsUpToDate();
    void vietnameseIsShown();

private:
    store::SearchQuery incomingText(const QString &text) const
    {
        store::SearchQuery q;
        q.filter.direction = Direction::Incoming;
        q.text = text;
        q.prefixLastWord = true;
        return q;
    }
    void typeSearch(const QString &text);
    QString pickWord();

    QTemporaryDir m_dir;
    QString m_path;
    std::optional<store::Database> m_db;
    std::unique_ptr<gui::MainWindow> m_window;
    qint64 m_cited = 0, m_citing = 0;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(gui::installTranslations(*qApp, u"vi"_s));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(u"so-dang-ky.sqlite"_s);
    const QString error = vt::test::generateRegister(m_path, 3000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    auto db = store::Database::open(m_path);
    QVERIFY(db);
    m_db.emplace(std::move(*db));

    // Two records of our own: the second cites the first.
    store::DispatchStore store(*m_db);
    Dispatch cited;
    cited.arrivalDate = QDate(2026, 3, 2);
    cited.issuer = u"Sở Tài nguyên và Môi trường"_s;
    cited.reference = u"9901/STNMT-QLĐĐ"_s;
    cited.issuedDate = QDate(2026, 2, 27);
    cited.type = u"Công văn"_s;
    cited.summary = u"V/v rà soát hồ sơ giao đất năm 2026"_s;
    auto a = store.add(cited, {.confirmDuplicates = true});
    QVERIFY(a && a->added);
    m_cited = a->id;
    Dispatch citing = cited;
    citing.arrivalDate = QDate(2026, 3, 9);
    citing.issuer = u"UBND huyện Hòn Đất"_s;
    citing.reference = u"88/UBND-TNMT"_s;
    citing.issuedDate = QDate(2026, 3, 6);
    citing.summary = u"V/v trả lời về rà soát hồ sơ giao đất"_s;
    citing.citations = {Citation{cited.reference, cited.issuedDate, cited.issuer, cited.type, 0}};
    auto b = store.add(citing, {.confirmDuplicates = true});
    QVERIFY(b && b->added);
    m_citing = b->id;

    m_window = std::make_unique<gui::MainWindow>(*m_db);
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    m_db.reset();
}

void TestMainWindow::opensOnTheIncomingRegister()
{
    RegisterTableModel *model = m_window->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(vt::test::countOf(*m_db, incomingText({}))), 10000);
    QCOMPARE(m_window->currentRegister(), Direction::Incoming);
    // The newest arrival first: our citing record, arrived last.
    QTRY_VERIFY_WITH_TIMEOUT(model->data(model->index(0, 0), RegisterTableModel::LoadedRole).toBool(), 10000);
    QCOMPARE(model->idAt(0), m_citing);
    // The view asked only for what it shows: the first page, not the whole register.
    QVERIFY(!model->data(model->index(model->rowCount() - 1, 0), RegisterTableModel::LoadedRole).toBool());
}

void TestMainWindow::typeSearch(const QString &text)
{
    QLineEdit *edit = m_window->searchBar()->lineEdit();
    edit->clear();
    const quint64 before = m_window->model()->generation();
    // keyClicks() takes Latin-1 only: Vietnamese letters go as key events carrying their text, as an
    // input method delivers them.
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(edit, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
    // Debounced: nothing has been searched yet while the user is typing.
    QCOMPARE(m_window->model()->generation(), before);
}

/// A word with diacritics from the summary of a generated record: something a clerk would look for.
QString TestMainWindow::pickWord()
{
    store::SearchQuery q = incomingText({});
    q.limit = 50;
    auto listed = store::Searcher(*m_db).search(q);
    if (!listed)
        return {};
    for (const store::SearchHit &h : listed->hits) {
        for (const QString &word : h.dispatch.summary.split(u' ', Qt::SkipEmptyParts)) {
            if (word.size() >= 4 && text::hasDiacritics(word) && word.at(0).isLower()
                && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }))
                return word;
        }
    }
    return {};
}

void TestMainWindow::searchAsYouTypeWithoutDiacritics()
{
    const QString word = pickWord();
    QVERIFY(!word.isEmpty());
    const QString bare = text::stripDiacritics(word);
    QVERIFY(bare != word);
    typeSearch(bare);
    const qint64 expected = vt::test::countOf(*m_db, incomingText(bare));
    QVERIFY(expected > 0);
    QVERIFY(expected < vt::test::countOf(*m_db, incomingText({})));
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(expected), 10000);
    // Every row shown contains the word in some accented form.
    RegisterTableModel *model = m_window->model();
    for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
        auto d = store::DispatchStore(*m_db).get(model->idAt(row));
        QVERIFY(d);
        const QString all
            = text::foldForSearch(QStringList{d->reference, d->issuer, d->type, d->summary, d->fullText}.join(u' '));
        QVERIFY2(all.contains(text::foldForSearch(bare)), qPrintable(d->reference));
    }
}

void TestMainWindow::searchWithDiacriticsExactFirst()
{
    const QString word = pickWord();
    typeSearch(word);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, incomingText(word))), 10000);
    QVERIFY(m_window->model()->rowCount() > 0);
    // The first row has the word spelled as typed (either tone placement).
    auto d = store::DispatchStore(*m_db).get(m_window->model()->idAt(0));
    QVERIFY(d);
    const QString all
        = text::exactKey(QStringList{d->reference, d->issuer, d->type, d->summary, d->fullText}.join(u' '));
    QVERIFY2(all.contains(text::exactKey(word)), qPrintable(word + u" in "_s + d->summary));
    // The detail pane shows where the word is, marked.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->detailPane()->recordId(), m_window->model()->idAt(0), 10000);
    const QString snippet = m_window->detailPane()->snippetText();
    QVERIFY2(snippet.contains(u"<span"_s), qPrintable(snippet));
    m_window->searchBar()->lineEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, incomingText({}))), 10000);
}

void TestMainWindow::filterByStatus()
{
    gui::SearchBar *bar = m_window->searchBar();
    bar->findChild<QToolButton *>(u"filterButton"_s)->click();
    QComboBox *status = nullptr;
    for (QComboBox *c : bar->findChildren<QComboBox *>()) {
        if (c->findText(gui::labels::status(Status::Done)) >= 0)
            status = c;
    }
    QVERIFY(status);
    status->setCurrentIndex(status->findText(gui::labels::status(Status::Done)));
    store::SearchQuery q = incomingText({});
    q.filter.status = Status::Done;
    const qint64 expected = vt::test::countOf(*m_db, q);
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(expected), 10000);
    status->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, incomingText({}))), 10000);
}

void TestMainWindow::detailPaneAndCitationLink()
{
    QVERIFY(m_window->selectRecord(m_citing));
    gui::DetailPane *detail = m_window->detailPane();
    QCOMPARE(detail->recordId(), m_citing);
    // The citation links to the cited record, which is in the register.
    QVERIFY2(detail->citationsText().contains(u"record:%1"_s.arg(m_cited)), qPrintable(detail->citationsText()));
    // History from the audit log: the registration.
    auto *history = detail->findChild<QTreeWidget *>();
    QVERIFY(history);
    QVERIFY(history->topLevelItemCount() >= 1);
    QCOMPARE(history->topLevelItem(0)->text(1), gui::DetailPane::tr("Registered"));

    auto *citations = detail->findChild<QLabel *>(u"citations"_s);
    QVERIFY(citations);
    emit citations->linkActivated(u"record:%1"_s.arg(m_cited));
    QCOMPARE(detail->recordId(), m_cited);
    QCOMPARE(m_window->table()->currentIndex().row(), m_window->model()->rowOf(m_cited));
}

void TestMainWindow::savedSearchRunsAgain()
{
    gui::SavedSearchList *saved = m_window->savedSearches();
    const int before = saved->list()->count();
    gui::SavedSearch done{u"Đã giải quyết, hỏa tốc"_s, QString(), {}};
    done.filter.status = Status::Done;
    done.filter.urgency = Urgency::Flash;
    saved->add(done);
    QCOMPARE(saved->list()->count(), before + 1);
    // Kept in the settings with every character of its name.
    QVERIFY(gui::loadSavedSearches().contains(done));
    // The same name again replaces it.
    saved->add(done);
    QCOMPARE(saved->list()->count(), before + 1);

    // Clicking it runs it: the filters shown and the rows of the register that match them.
    QListWidgetItem *item = saved->list()->item(before);
    QCOMPARE(item->text(), done.name);
    saved->list()->itemClicked(item);
    store::SearchQuery q = incomingText({});
    q.filter.status = Status::Done;
    q.filter.urgency = Urgency::Flash;
    const qint64 expected = vt::test::countOf(*m_db, q);
    QVERIFY(expected > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(expected), 10000);
    const store::SearchQuery shown = m_window->searchBar()->query();
    QCOMPARE(shown.filter.status, std::optional(Status::Done));
    QCOMPARE(shown.filter.urgency, std::optional(Urgency::Flash));

    saved->remove(before);
    QVERIFY(!gui::loadSavedSearches().contains(done));
    m_window->searchBar()->setSearch(QString(), {});
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, incomingText({}))), 10000);
}

void TestMainWindow::outgoingRegister()
{
    m_window->registerTabs()->setCurrentIndex(1);
    store::SearchQuery q;
    q.filter.direction = Direction::Outgoing;
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, q)), 10000);
    QCOMPARE(m_window->model()->headerData(RegisterTableModel::ArrivalNumberColumn, Qt::Horizontal).toString(),
        RegisterTableModel::tr("Outgoing no."));
    m_window->registerTabs()->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(vt::test::countOf(*m_db, incomingText({}))), 10000);
}

void TestMainWindow::vietnameseCatalogIsComplete()
{
    const Catalog vi = readCatalog(QStringLiteral(VT_TS_DIR "/vanthu_vi.ts"));
    QVERIFY(vi.messages.size() > 50);
    QVERIFY2(vi.untranslated.isEmpty(), qPrintable(vi.untranslated.join(u" | "_s)));
}

void TestMainWindow::vietnameseCatalogIsUpToDate()
{
    // Every string the sources translate is in the catalog: lupdate run on the sources now.
    QTemporaryDir dir;
    const QString fresh = dir.filePath(u"fresh.ts"_s);
    QProcess lupdate;
    lupdate.start(QStringLiteral(VT_LUPDATE),
        {u"-silent"_s, u"-locations"_s, u"none"_s, QStringLiteral(VT_APP_SOURCE_DIR),
            QStringLiteral(VT_INGEST_SOURCE_DIR), QStringLiteral(VT_PIPELINE_SOURCE_DIR), u"-ts"_s, fresh});
    QVERIFY(lupdate.waitForFinished(60000));
    QCOMPARE(lupdate.exitCode(), 0);
    const Catalog now = readCatalog(fresh);
    const Catalog vi = readCatalog(QStringLiteral(VT_TS_DIR "/vanthu_vi.ts"));
    QVERIFY(now.messages.size() > 50);
    QStringList missing;
    for (const QString &m : now.messages) {
        if (!vi.messages.contains(m))
            missing.append(m);
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(u"not in vanthu_vi.ts (run the vt_gui_lupdate target): "_s + missing.join(u" | "_s)));
}

void TestMainWindow::vietnameseIsShown()
{
    const QString header
        = m_window->model()->headerData(RegisterTableModel::ArrivalNumberColumn, Qt::Horizontal).toString();
    QCOMPARE(header, RegisterTableModel::tr("Arrival no."));
    QVERIFY(header != u"Arrival no."_s);
    // Qt's own standard buttons, which Qt does not translate to Vietnamese, come from our catalog.
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QCoreApplication::translate("QPlatformTheme", "OK"));
    QVERIFY(box.button(QDialogButtonBox::Ok)->text() != u"OK"_s);
    QVERIFY(box.button(QDialogButtonBox::Cancel)->text() != u"Cancel"_s);
    // The reader's messages reach the clerk (the import queue shows them) in Vietnamese too.
    const QString missing = QCoreApplication::translate("vt::ingest", "%1: no such file.").arg(u"cv.pdf"_s);
    QVERIFY2(missing != u"cv.pdf: no such file."_s && missing.startsWith(u"cv.pdf"_s), qPrintable(missing));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
