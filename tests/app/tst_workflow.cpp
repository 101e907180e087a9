// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A clerk's day in the main window, on real parts: the five seed documents and a generated scanned PDF are
// imported (Poppler, Tesseract, the repairer, the extractor), reviewed, one field corrected, registered; they
// are found again by typing without diacritics; the routing slip of one is printed to PDF and read back with
// Poppler.

#include "appfixture.h"

#include "app/detailpane.h"
#include "app/importq/importqueue.h"
#include "app/mainwindow.h"
#include "app/registertablemodel.h"
#include "app/review/pageview.h"
#include "app/review/reviewform.h"
#include "app/review/reviewwidget.h"
#include "app/searchbar.h"
#include "app/uilanguage.h"
#include "batch.h" // vt_docgen
#include "print/routingslip.h"

#include <poppler-qt6.h>

#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importReviewAndRegister();
    void findWithoutDiacritics();
    void printRoutingSlip();
    void draftComesBack();
    void cleanupTestCase();

private:
    QString seedsDir() const { return qEnvironmentVariable("VT_SHARED_DIR") + u"/seeds"_s; }
    bool haveSeeds() const { return QDir(seedsDir()).exists(); }

    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    std::unique_ptr<gui::MainWindow> m_window;
    QString m_scan;
    QString m_scanReference;
    qint64 m_corrected = 0;
};

void TestWorkflow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(gui::installTranslations(*qApp, u"vi"_s));
    QVERIFY(m_dir.isValid());

    docgen::BatchOptions options;
    options.outDir = m_dir.filePath(u"scans"_s);
    options.count = 1;
    options.seed = 29;
    options.formats = {u"scan-pdf"_s};
    options.dpis = {300};
    options.noise = ocrchannel::NoiseLevel::Light;
    options.pagesMax = 1;
    auto made = docgen::generateBatch(options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    const QStringList pdfs = QDir(options.outDir).entryList({u"*.pdf"_s});
    QCOMPARE(pdfs.size(), 1);
    m_scan = QDir(options.outDir).filePath(pdfs.first());

    auto db = store::Database::open(m_dir.filePath(u"register.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db.emplace(std::move(*db));
    m_window = std::make_unique<gui::MainWindow>(*m_db);
    m_window->resize(1400, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestWorkflow::cleanupTestCase()
{
    m_window.reset();
    m_db.reset();
}

void TestWorkflow::importReviewAndRegister()
{
    QStringList paths{m_scan};
    int expected = 1;
    if (haveSeeds()) {
        paths.prepend(seedsDir());
        expected += 6; // seed 000 holds two documents
    }
    m_window->importPaths(paths);

    // Each file read opens in the review window in turn; the clerk checks it and registers it.
    int registered = 0;
    QSet<QString> reviewed;
    QElapsedTimer clock;
    clock.start();
    while (registered < expected && clock.elapsed() < 240000) {
        gui::ReviewWidget *review = m_window->review();
        if (!review || !review->isVisible() || review->isRegistered()
            || reviewed.contains(review->file().source.path)) {
            QTest::qWait(50);
            continue;
        }
        const QString path = review->file().source.path;
        reviewed.insert(path);
        gui::ReviewForm *form = review->form();
        // A plan without a header names no issuer; the clerk types it.
        if (form->value(u"issuer"_s).trimmed().isEmpty())
            form->setValue(u"issuer"_s, u"Ủy ban nhân dân tỉnh Kon Tum"_s);
        const bool isScan = path == m_scan;
        if (isScan) {
            // The clerk corrects the summary by typing into the form.
            auto *summary = form->editor(u"summary"_s);
            QVERIFY(summary);
            form->setValue(u"summary"_s, u"V/v kiểm tra hồ sơ lưu trữ năm 2026"_s);
            m_scanReference = form->value(u"reference"_s);
        }
        const int documents = review->documentCount();
        QSignalSpy done(review, &gui::ReviewWidget::registered);
        review->registerFile();
        QVERIFY2(done.size() == 1, qPrintable(path + u": "_s + review->message()));
        const auto ids = done.first().first().value<QList<qint64>>();
        QCOMPARE(ids.size(), documents);
        if (isScan)
            m_corrected = ids.first();
        registered += documents;
    }
    QCOMPARE(registered, expected);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->importQueue()->isIdle(), 10000);

    // The register lists them, newest first, and the corrected summary was kept.
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), expected, 10000);
    auto stored = store::DispatchStore(*m_db).get(m_corrected);
    QVERIFY(stored);
    QCOMPARE(stored->summary, u"V/v kiểm tra hồ sơ lưu trữ năm 2026"_s);
    QCOMPARE(stored->reference, m_scanReference);
    QVERIFY(!stored->fullText.isEmpty());
    auto files = store::DispatchStore(*m_db).attachments(m_corrected);
    QVERIFY(files && files->size() == 1);
    QCOMPARE(files->first().fileName, QFileInfo(m_scan).fileName());
    // Arrival numbers 1..N without gaps.
    QList<int> numbers;
    for (int row = 0; row < expected; ++row) {
        auto record = store::DispatchStore(*m_db).get(m_window->model()->idAt(row));
        QVERIFY(record);
        numbers.append(record->arrivalNumber);
    }
    std::sort(numbers.begin(), numbers.end());
    for (int i = 0; i < expected; ++i)
        QCOMPARE(numbers.at(i), i + 1);
}

void TestWorkflow::findWithoutDiacritics()
{
    QVERIFY(m_corrected);
    QLineEdit *edit = m_window->searchBar()->lineEdit();
    edit->setText(u"kiem tra ho so luu tru"_s);
    emit edit->returnPressed();
    store::SearchQuery q;
    q.text = edit->text();
    q.prefixLastWord = true;
    q.filter.direction = Direction::Incoming;
    const qint64 matches = vt::test::countOf(*m_db, q);
    QVERIFY(matches >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), int(matches), 10000);
    QVERIFY(m_window->model()->rowOf(m_corrected) >= 0);
    if (haveSeeds()) {
        // Seed 001 was OCR'd without diacritics; repaired, it is found typed either way.
        for (const QString &typed : {u"dai phat thanh truyen hinh kien giang"_s, u"Đài Phát thanh"_s}) {
            edit->setText(typed);
            emit edit->returnPressed();
            QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() >= 1, 10000);
        }
    }
    edit->clear();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowCount() > 1 || !haveSeeds(), 10000);
}

void TestWorkflow::printRoutingSlip()
{
    // The detail pane shows the stored original of the selected record, opened off the GUI thread.
    QVERIFY(m_window->selectRecord(m_corrected));
    gui::PageView *original = m_window->detailPane()->originalView();
    QSignalSpy loaded(original, &gui::PageView::documentLoaded);
    m_window->detailPane()->tabs()->setCurrentWidget(original);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toInt(), 1);

    QVERIFY(m_corrected);
    auto record = store::DispatchStore(*m_db).get(m_corrected);
    QVERIFY(record);
    const QString pdf = m_dir.filePath(u"phieu.pdf"_s);
    print::AgencyInfo agency{u"UBND TỈNH KIÊN GIANG"_s, u"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"_s, u"Kiên Giang"_s};
    auto written = print::writeRoutingSlip(pdf, *m_db, m_corrected, agency);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    QVERIFY(doc && doc->numPages() >= 1);
    const QString text = doc->page(0)->text(QRectF()).simplified();
    QVERIFY2(text.contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s, Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(u"kiểm tra hồ sơ lưu trữ"_s), qPrintable(text));
    QVERIFY2(text.contains(QString::number(record->arrivalNumber)), qPrintable(text));
}

void TestWorkflow::draftComesBack()
{
    // A text file, as another tool OCR'd it; the clerk edits its summary, saves a draft and closes the review.
    const QString path = m_dir.filePath(u"cv-77-snv.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(u"UBND TỈNH KIÊN GIANG\nSỞ NỘI VỤ\nSố: 77/SNV-VP\nKiên Giang, ngày 3 tháng 2 năm 2026\n"
               "V/v báo cáo công tác văn thư năm 2025\nKính gửi: Văn phòng Ủy ban nhân dân tỉnh.\n"
               "Sở Nội vụ báo cáo kết quả công tác văn thư, lưu trữ năm 2025 như sau.\n"
               "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Văn An\n"_s.toUtf8());
    file.close();

    m_window->importPaths({path});
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->review() && m_window->review()->isVisible() && m_window->review()->file().source.path == path, 60000);
    gui::ReviewWidget *review = m_window->review();
    review->form()->setValue(u"summary"_s, u"V/v báo cáo công tác văn thư, lưu trữ năm 2025 (bản nháp)"_s);
    review->saveDraft();
    QTRY_VERIFY_WITH_TIMEOUT(!review->isVisible(), 10000);

    // File › Drafts lists it; choosing it imports the file again and the review brings the edit back.
    QMenu *drafts = m_window->draftsMenu();
    emit drafts->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : drafts->actions()) {
        if (a->text().contains(u"cv-77-snv.txt"_s))
            entry = a;
    }
    QVERIFY2(entry && entry->isEnabled(),
        qPrintable(drafts->actions().isEmpty() ? QString() : drafts->actions().first()->text()));
    entry->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(review->isVisible() && review->file().source.path == path, 60000);
    QCOMPARE(review->form()->value(u"summary"_s), u"V/v báo cáo công tác văn thư, lưu trữ năm 2025 (bản nháp)"_s);
    review->skip();
}

QTEST_MAIN(TestWorkflow)
#include "tst_workflow.moc"
