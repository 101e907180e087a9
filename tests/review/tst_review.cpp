// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The review view on real parts: a scanned PDF made by vt_docgen goes through the importer (Poppler, Tesseract,
// repair, extraction) into ReviewWidget, is edited and registered into a real SQLite register; seed 000 (two
// documents) when ../shared is there; a stripped text for the repairer's alternatives; drafts; the page viewer.
#include "batch.h" // vt_docgen

#include "app/review/draftstore.h"
#include "app/review/pageview.h"
#include "app/review/reviewform.h"
#include "app/review/reviewtextview.h"
#include "app/review/reviewwidget.h"
#include "app/uilanguage.h"
#include "core/vietnamese.h"
#include "pipeline/importer.h"
#include "store/database.h"
#include "store/dispatchstore.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QImageWriter>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fieldsShownAreTheExtraction();
    void focusingAFieldHighlightsItsRegion();
    void editAndRegister();
    void secondRegisterWarnsOfTheDuplicate();
    void seedWithTwoDocuments();
    void pairLinksItsCitation();
    void lowConfidenceWordOffersAlternatives();
    void correctionReachesTheField();
    void draftRoundTrip();
    void invalidDateBlocksRegister();
    void pageViewRendersOffTheGuiThread();
    void highlightMapping();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<gui::ReviewWidget> shown(store::Database &db, const pipeline::ImportedFile &file);

    QTemporaryDir m_dir;
    std::optional<pipeline::Importer> m_importer;
    std::optional<store::Database> m_db;
    std::optional<pipeline::ImportedFile> m_scan;
    QJsonObject m_gold;
    QList<qint64> m_registered;
};

void TestReview::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The picture for the docs shows the app as clerks see it, in Vietnamese.
    if (qEnvironmentVariableIsSet("VT_REVIEW_SCREENSHOT"))
        QVERIFY(gui::installTranslations(*qApp, u"vi"_s));
    auto importer = pipeline::Importer::create();
    QVERIFY2(importer, qPrintable(importer ? QString() : importer.error().message));
    m_importer.emplace(std::move(*importer));

    docgen::BatchOptions options;
    options.outDir = m_dir.path();
    options.count = 1;
    options.pairs = 1;
    options.seed = 11;
    options.formats = {u"scan-pdf"_s, u"pdf"_s, u"txt"_s};
    options.dpis = {300};
    options.noise = ocrchannel::NoiseLevel::Light;
    options.pagesMax = 2;
    auto made = docgen::generateBatch(options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QFile gold(path(u"gold.jsonl"_s));
    QVERIFY(gold.open(QIODevice::ReadOnly));
    while (!gold.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(gold.readLine()).object();
        if (o.value(u"doc"_s).toString() == u"docgen-11-0000")
            m_gold = o;
    }
    QVERIFY(!m_gold.isEmpty());

    auto scan = m_importer->importFile(path(u"docgen-11-0000-300dpi-scan.pdf"_s));
    QVERIFY2(scan, qPrintable(scan ? QString() : scan.error().message));
    QCOMPARE(scan->source.pages.first().source, ingest::Page::Ocr);
    QCOMPARE(scan->documents.size(), 1);
    m_scan.emplace(std::move(*scan));

    auto db = store::Database::open(path(u"register.sqlite"_s));
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db.emplace(std::move(*db));
}

std::unique_ptr<gui::ReviewWidget> TestReview::shown(store::Database &db, const pipeline::ImportedFile &file)
{
    auto w = std::make_unique<gui::ReviewWidget>(db);
    w->resize(1500, 900);
    w->setFile(file);
    w->show();
    w->activateWindow();
    return w;
}

void TestReview::fieldsShownAreTheExtraction()
{
    auto w = shown(*m_db, *m_scan);
    const pipeline::ImportedDocument &doc = m_scan->documents.first();
    const Dispatch d = doc.dispatch();
    gui::ReviewForm *form = w->form();
    QCOMPARE(form->value(u"reference"_s), d.reference);
    QCOMPARE(form->value(u"issuer"_s), d.issuer);
    QCOMPARE(form->value(u"type"_s), d.type);
    QCOMPARE(form->value(u"signer"_s), d.signer);
    QCOMPARE(form->value(u"issued_date"_s), d.issuedDate.toString(u"dd/MM/yyyy"_s));
    QCOMPARE(form->value(u"summary"_s), d.summary.simplified());
    QCOMPARE(form->value(u"recipients"_s), d.recipients.join(u'\n'));
    QCOMPARE(form->value(u"arrival_date"_s), QDate::currentDate().toString(u"dd/MM/yyyy"_s));
    // The extraction is the generated document's (the scan reads well enough for these).
    QCOMPARE(d.reference, m_gold.value(u"reference"_s).toString());
    QCOMPARE(d.issuedDate.toString(Qt::ISODate), m_gold.value(u"issued_date"_s).toString());
    // Each field shows the extractor's confidence.
    const double confidence = doc.extracted.evidence.value(u"reference"_s).confidence;
    QCOMPARE(form->confidence(u"reference"_s), confidence);
    QCOMPARE(form->markText(u"reference"_s), gui::ReviewForm::tr("Confidence %1%").arg(std::lround(confidence * 100)));
    QVERIFY(!form->isEdited(u"reference"_s));
    // The text view holds the document's repaired text, and the page view the scan.
    QCOMPARE(w->textView()->toPlainText(), d.fullText);
    QVERIFY(w->duplicateWarning().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(w->pageView()->pageCount(), int(m_scan->source.pages.size()), 10000);
}

void TestReview::focusingAFieldHighlightsItsRegion()
{
    auto w = shown(*m_db, *m_scan);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    const extract::FieldEvidence ev = m_scan->documents.first().extracted.evidence.value(u"reference"_s);
    QVERIFY(!ev.region.isEmpty());
    QVERIFY(w->pageView()->highlights().isEmpty());
    w->form()->editor(u"reference"_s)->setFocus();
    QTRY_COMPARE(w->pageView()->highlightPage(), ev.page - 1);
    QCOMPARE(w->pageView()->highlights(), QList<QRectF>{ev.region});
    // Another field moves the mark to its own line.
    const extract::FieldEvidence signer = m_scan->documents.first().extracted.evidence.value(u"signer"_s);
    QVERIFY(!signer.region.isEmpty());
    w->pageView()->setScale(3.0); // the page is far taller than the view: the line has to be scrolled to
    w->form()->editor(u"signer"_s)->setFocus();
    QTRY_COMPARE(w->pageView()->highlights(), QList<QRectF>{signer.region});
    // …and scrolls the page so that the line is in sight (the signature is near the foot of its page).
    QTRY_COMPARE_WITH_TIMEOUT(w->pageView()->currentPage(), signer.page - 1, 10000);
    const auto signerInSight = [&] {
        const QRect visible = w->pageView()->canvas()->visibleRegion().boundingRect();
        return visible.contains(w->pageView()->mapFromPage(signer.region).center().toPoint());
    };
    QTRY_VERIFY_WITH_TIMEOUT(signerInSight(), 10000);

    // VT_REVIEW_SCREENSHOT=file.png keeps a picture of the view (docs/images/review.png is one).
    const QString screenshot = qEnvironmentVariable("VT_REVIEW_SCREENSHOT");
    if (!screenshot.isEmpty()) {
        w->pageView()->fitWidth();
        w->form()->editor(u"reference"_s)->setFocus();
        QTRY_VERIFY_WITH_TIMEOUT(w->pageView()->renderedPage() == ev.page - 1 && !w->pageView()->isRendering(), 20000);
        // 256 colours: the picture stays small enough for the docs.
        w->resize(1360, 820);
        QTRY_VERIFY_WITH_TIMEOUT(!w->pageView()->isRendering(), 20000);
        QImage shot = w->grab().toImage().convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < shot.height(); ++y) { // fewer shades: the scan's grain is what makes the file big
            auto *line = reinterpret_cast<QRgb *>(shot.scanLine(y));
            for (int x = 0; x < shot.width(); ++x) {
                const auto level = [](int v) { return std::min(255, (v + 8) / 17 * 17); };
                line[x] = qRgb(level(qRed(line[x])), level(qGreen(line[x])), level(qBlue(line[x])));
            }
        }
        shot = shot.convertToFormat(QImage::Format_Indexed8, Qt::AvoidDither);
        QVERIFY(shot.save(screenshot));
    }
}

void TestReview::editAndRegister()
{
    auto w = shown(*m_db, *m_scan);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *signer = qobject_cast<QLineEdit *>(w->form()->editor(u"signer"_s));
    QVERIFY(signer);
    signer->setFocus();
    signer->selectAll();
    QTest::keyClicks(signer, u"Tran Thi Kiem Tra"_s); // QTest types Latin-1 only
    QVERIFY(w->form()->isEdited(u"signer"_s));
    QCOMPARE(w->form()->markText(u"signer"_s), gui::ReviewForm::tr("Edited"));

    QSignalSpy registered(w.get(), &gui::ReviewWidget::registered);
    QTest::keyClick(signer, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(registered.size(), 1);
    m_registered = registered.first().first().value<QList<qint64>>();
    QCOMPARE(m_registered.size(), 1);
    QVERIFY(w->isRegistered());
    QVERIFY(!w->registerButton()->isEnabled());

    store::DispatchStore store(*m_db);
    auto record = store.get(m_registered.first());
    QVERIFY2(record, qPrintable(record ? QString() : record.error().message));
    QCOMPARE(record->arrivalNumber, 1);
    QCOMPARE(record->arrivalDate, QDate::currentDate());
    QCOMPARE(record->direction, Direction::Incoming);
    QCOMPARE(record->signer, u"Tran Thi Kiem Tra"_s);
    const Dispatch extracted = m_scan->documents.first().dispatch();
    QCOMPARE(record->reference, extracted.reference);
    QCOMPARE(record->issuer, extracted.issuer);
    QCOMPARE(record->issuedDate, extracted.issuedDate);
    QCOMPARE(record->summary, extracted.summary.simplified());
    QCOMPARE(record->fullText, extracted.fullText);
    auto attachments = store.attachments(m_registered.first());
    QVERIFY(attachments);
    QCOMPARE(attachments->size(), 1);
    QCOMPARE(attachments->first().sha256, QString::fromLatin1(m_scan->source.sha256.toHex()));
    QVERIFY(w->message().contains(u"1/"_s));
}

void TestReview::secondRegisterWarnsOfTheDuplicate()
{
    QVERIFY(!m_registered.isEmpty()); // after editAndRegister
    auto w = shown(*m_db, *m_scan);
    QVERIFY(!w->duplicates().isEmpty());
    QCOMPARE(w->duplicates().first().existingId, m_registered.first());
    QCOMPARE(w->duplicates().first().existingArrivalNumber, 1);
    QVERIFY(w->duplicateWarning().contains(
        gui::ReviewWidget::tr("This file is already registered: arrival number %1 (record %2).")
            .arg(1)
            .arg(m_registered.first())));

    QSignalSpy registered(w.get(), &gui::ReviewWidget::registered);
    w->registerFile();
    QCOMPARE(registered.size(), 0); // not without "Register anyway"
    QVERIFY(!w->message().isEmpty());
    QVERIFY(!w->isRegistered());
    store::DispatchStore store(*m_db);
    auto second = store.get(m_registered.first() + 1);
    QVERIFY(!second);
}

void TestReview::seedWithTwoDocuments()
{
    const QDir seeds(qEnvironmentVariable("VT_SHARED_DIR") + u"/seeds"_s);
    const QString seed = seeds.entryInfoList({u"000_*.txt"_s}).value(0).filePath();
    if (seed.isEmpty())
        QSKIP("../shared/seeds is not here");
    auto file = m_importer->importFile(seed);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->documents.size(), 2);

    auto w = shown(*m_db, *file);
    QCOMPARE(w->documentCount(), 2);
    QVERIFY(w->documentTabs()->isVisibleTo(w.get()));
    QCOMPARE(w->documentTabs()->count(), 2);
    QCOMPARE(w->documentTabs()->tabText(1), gui::ReviewWidget::tr("Document %1/%2").arg(2).arg(2));
    QCOMPARE(w->form()->value(u"reference"_s), file->documents.at(0).dispatch().reference);
    w->documentTabs()->setCurrentIndex(1);
    QCOMPARE(w->currentDocument(), 1);
    QCOMPARE(w->form()->value(u"reference"_s), file->documents.at(1).dispatch().reference);
    QCOMPARE(w->textView()->toPlainText(), file->documents.at(1).text);

    // Both are registered together, in one transaction; Ctrl+Enter works from a multi-line field too.
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    QSignalSpy registered(w.get(), &gui::ReviewWidget::registered);
    w->form()->editor(u"summary"_s)->setFocus();
    QTest::keyClick(w->form()->editor(u"summary"_s), Qt::Key_Enter, Qt::ControlModifier);
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.first().first().value<QList<qint64>>().size(), 2);
}

void TestReview::pairLinksItsCitation()
{
    // A generated reply and the dispatch it answers, in one born-digital PDF: the reply's citation of the other
    // is linked to the other's record when both are registered.
    auto file = m_importer->importFile(path(u"docgen-11-pair-0000.pdf"_s));
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->documents.size(), 2);
    auto w = shown(*m_db, *file);
    QCOMPARE(w->documentTabs()->tabText(0), gui::ReviewWidget::tr("Document %1/%2").arg(1).arg(2));
    QSignalSpy registered(w.get(), &gui::ReviewWidget::registered);
    w->registerFile();
    QCOMPARE(registered.size(), 1);
    const auto ids = registered.first().first().value<QList<qint64>>();
    QCOMPARE(ids.size(), 2);
    store::DispatchStore store(*m_db);
    auto reply = store.get(ids.at(0));
    QVERIFY(reply);
    bool linked = false;
    QStringList cited;
    for (const Citation &c : reply->citations) {
        linked = linked || c.targetId == ids.at(1);
        cited.append(u"%1 → %2"_s.arg(c.reference).arg(c.targetId));
    }
    QVERIFY2(linked, qPrintable(cited.join(u", "_s) + u"; second: "_s + store.get(ids.at(1))->reference));
}

void TestReview::lowConfidenceWordOffersAlternatives()
{
    QFile txt(path(u"docgen-11-0000.txt"_s));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    const QString stripped = text::stripDiacritics(QString::fromUtf8(txt.readAll()));
    const pipeline::ImportedFile file = m_importer->importText(stripped);
    QCOMPARE(file.documents.size(), 1);

    auto w = shown(*m_db, file);
    QVERIFY(QTest::qWaitForWindowExposed(w.get()));
    gui::ReviewTextView *view = w->textView();
    const QList<int> marked = view->markedWords();
    QVERIFY(!marked.isEmpty());
    int chosen = -1;
    for (int i : marked) {
        if (!view->content().words.at(i).alternatives.isEmpty()) {
            chosen = i;
            break;
        }
    }
    QVERIFY(chosen >= 0);
    const gui::ReviewedWord word = view->content().words.at(chosen);
    QCOMPARE(view->toPlainText().mid(word.position, word.text.size()), word.text);

    // A click on the word opens the menu of readings.
    QTextCursor cursor(view->document());
    cursor.setPosition(int(word.position));
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    cursor.setPosition(int(word.position + 1));
    const QPoint inside = view->cursorRect(cursor).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inside);
    QMenu *menu = view->findChild<QMenu *>();
    QVERIFY(menu);
    QStringList offered;
    QAction *first = nullptr;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator() && a->isEnabled()) {
            offered.append(a->text());
            if (!first && word.alternatives.contains(a->text()))
                first = a;
        }
    }
    QVERIFY2(first, qPrintable(offered.join(u", "_s)));
    for (const QString &alternative : word.alternatives)
        QVERIFY(offered.contains(alternative));
    QVERIFY(offered.contains(gui::ReviewTextView::tr("Type a correction…")));

    const QString replacement = first->text();
    first->trigger();
    QCOMPARE(view->toPlainText().mid(word.position, replacement.size()), replacement);
    QVERIFY(view->content().words.at(chosen).corrected);
    QVERIFY(!view->markedWords().contains(chosen));
    QCOMPARE(view->content().text, view->toPlainText());

    // Typing a correction instead.
    const int other = view->markedWords().value(0, -1);
    QVERIFY(other >= 0);
    const gui::ReviewedWord next = view->content().words.at(other);
    QLineEdit *editor = view->openCorrectionEditor(other);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, u"Suadung"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(view->toPlainText().mid(view->content().words.at(other).position, 7), u"Suadung"_s);
    QVERIFY(view->content().words.at(other).corrected);
    QVERIFY(!view->toPlainText().contains(next.text + u"Suadung"_s));

    // The corrected text is what would be registered.
    auto records = w->dispatches();
    QVERIFY(records);
    QVERIFY(records->first().fullText.contains(u"Suadung"_s));
}

void TestReview::correctionReachesTheField()
{
    QFile txt(path(u"docgen-11-0000.txt"_s));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    const pipeline::ImportedFile file = m_importer->importText(text::stripDiacritics(QString::fromUtf8(txt.readAll())));
    auto w = shown(*m_db, file);
    gui::ReviewTextView *view = w->textView();
    const auto &evidence = file.documents.first().extracted.evidence;
    // A word the repairer was unsure of, inside the span a field was read from, and in that field's value.
    int chosen = -1;
    QString field;
    for (qsizetype i = 0; i < view->content().words.size() && chosen < 0; ++i) {
        const gui::ReviewedWord &word = view->content().words.at(i);
        if (word.alternatives.isEmpty())
            continue;
        for (const QString &name : gui::ReviewForm::fieldNames()) {
            const auto it = evidence.constFind(name);
            if (it == evidence.constEnd() || it->line != word.line || word.lineOffset < it->start
                || word.lineOffset + word.text.size() > it->start + it->length)
                continue;
            if (w->form()->value(name).split(u' ').contains(word.text)) {
                chosen = int(i);
                field = name;
                break;
            }
        }
    }
    QVERIFY(chosen >= 0);
    const gui::ReviewedWord word = view->content().words.at(chosen);
    const QString before = w->form()->value(field);
    view->replaceWord(chosen, word.alternatives.first());
    const QString after = w->form()->value(field);
    QVERIFY2(after != before, qPrintable(field + u": "_s + before));
    QVERIFY(after.split(u' ').contains(word.alternatives.first()));
    QVERIFY(w->form()->isEdited(field));
}

void TestReview::draftRoundTrip()
{
    const QString db = path(u"drafts.sqlite"_s);
    auto opened = store::Database::open(db);
    QVERIFY(opened);
    gui::DraftStore drafts(gui::DraftStore::folderFor(db));
    QCOMPARE(drafts.folder(), db + u".drafts"_s);
    {
        auto w = shown(*opened, *m_scan);
        w->form()->setValue(u"summary"_s, u"Trích yếu đã sửa"_s);
        w->form()->setValue(u"urgency"_s, u"urgent"_s);
        QSignalSpy saved(w.get(), &gui::ReviewWidget::draftSaved);
        w->saveDraft();
        QCOMPARE(saved.size(), 1);
    }
    auto list = drafts.list();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const QString id = QString::fromLatin1(m_scan->source.sha256.toHex());
    QCOMPARE(list->first().id, id);
    QCOMPARE(list->first().sourcePath, m_scan->source.path);
    QVERIFY(list->first().title.contains(u"Trích yếu đã sửa"_s));
    auto draft = drafts.load(id);
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    QCOMPARE(draft->documents.size(), 1);
    QCOMPARE(draft->documents.first().fields.summary, u"Trích yếu đã sửa"_s);
    QCOMPARE(draft->documents.first().fields.urgency, Urgency::Urgent);
    QCOMPARE(draft->documents.first().fields.reference, m_scan->documents.first().dispatch().reference);
    QVERIFY(draft->documents.first().edited.contains(u"summary"_s));

    // Reviewing the same file again restores the draft; registering removes it.
    auto again = shown(*opened, *m_scan);
    QCOMPARE(again->form()->value(u"summary"_s), u"Trích yếu đã sửa"_s);
    QCOMPARE(again->form()->value(u"urgency"_s), u"urgent"_s);
    QVERIFY(again->form()->isEdited(u"summary"_s));
    QVERIFY(!again->message().isEmpty());
    again->registerFile();
    QVERIFY(again->isRegistered());
    QVERIFY(!drafts.contains(id));
    QCOMPARE(drafts.list()->size(), 0);

    // A damaged draft is refused with a message, not a crash.
    QFile bad(drafts.folder() + u"/"_s + id + u".json"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"version\": 1, \"documents\": [");
    bad.close();
    auto damaged = drafts.load(id);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, Error::Corrupt);
    QVERIFY(drafts.remove(id));
}

void TestReview::invalidDateBlocksRegister()
{
    QFile txt(path(u"docgen-11-0000.txt"_s));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    const pipeline::ImportedFile file = m_importer->importText(QString::fromUtf8(txt.readAll()));
    auto w = shown(*m_db, file);
    QVERIFY(QTest::qWaitForWindowActive(w.get()));
    auto *date = qobject_cast<QLineEdit *>(w->form()->editor(u"issued_date"_s));
    QVERIFY(date);
    date->setFocus();
    date->selectAll();
    QTest::keyClicks(date, u"31/2/2024"_s);
    QTest::keyClick(date, Qt::Key_Tab); // leaving the field marks it
    QCOMPARE(w->form()->markText(u"issued_date"_s), gui::ReviewForm::tr("Not a date: type it as 29/8/2024"));
    QSignalSpy registered(w.get(), &gui::ReviewWidget::registered);
    w->registerFile();
    QCOMPARE(registered.size(), 0);
    QVERIFY(w->message().contains(u"31/2/2024"_s));
    // Typed the way clerks write dates, it is taken.
    date->selectAll();
    QTest::keyClicks(date, u"5/3/2020"_s);
    auto records = w->dispatches();
    QVERIFY(records);
    QCOMPARE(records->first().issuedDate, QDate(2020, 3, 5));
    // The same typed forms as the registration form: two-digit year, digits only.
    for (const auto &[typed, expected] :
        {std::pair{u"05/03/20"_s, QDate(2020, 3, 5)}, {u"29082024"_s, QDate(2024, 8, 29)}}) {
        date->selectAll();
        QTest::keyClicks(date, typed);
        records = w->dispatches();
        QVERIFY2(records, qPrintable(typed));
        QCOMPARE(records->first().issuedDate, expected);
    }
}

void TestReview::pageViewRendersOffTheGuiThread()
{
    gui::PageView view;
    view.resize(700, 900);
    view.show();
    QSignalSpy loaded(&view, &gui::PageView::documentLoaded);
    QSignalSpy rendered(&view, &gui::PageView::pageRendered);
    QElapsedTimer clock;
    clock.start();
    view.setDocument(path(u"docgen-11-pair-0000.pdf"_s));
    const qint64 callMs = clock.elapsed();
    // The call returned before anything was opened or rendered: that happens on the view's worker thread.
    QCOMPARE(view.pageCount(), 0);
    QVERIFY(view.renderedImage().isNull());
    QVERIFY(loaded.wait(20000));
    const int pages = loaded.first().first().toInt();
    QVERIFY(pages >= 2);
    QVERIFY(rendered.wait(20000) || !rendered.isEmpty());
    qInfo("setDocument returned in %lld ms; page 1 opened and rendered %lld ms later", callMs, clock.elapsed());
    QCOMPARE(view.renderedPage(), 0);
    const QImage first = view.renderedImage();
    QVERIFY(!first.isNull());
    // Fit width: the page spans the view, rendered at the scale shown (A4: 595 pt wide).
    QVERIFY(view.fitsWidth());
    QCOMPARE(first.width(), int(std::lround(595.0 * view.scale() * view.devicePixelRatioF())) * 1.0);

    // A newer request supersedes an older one: only the last page asked for ends up shown.
    rendered.clear();
    view.setPage(1);
    view.setPage(0);
    view.setPage(pages - 1);
    QVERIFY(view.isRendering());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRendering(), 20000);
    QCOMPARE(view.renderedPage(), pages - 1);
    QCOMPARE(rendered.last().first().toInt(), pages - 1);
    QVERIFY(view.renderedImage() != first);

    // Zoom re-renders at the new scale.
    const double before = view.scale();
    view.zoomIn();
    QVERIFY(!view.fitsWidth());
    QCOMPARE(view.scale(), before * 1.25);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRendering(), 20000);
    QVERIFY(view.renderedImage().width() > int(595 * before));

    // Ctrl+wheel zooms; the wheel alone scrolls and leaves the scale alone.
    const QPointF at(20, 20);
    const auto wheel = [&](Qt::KeyboardModifiers modifiers) {
        QWheelEvent event(at, view.canvas()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, modifiers,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view.canvas(), &event);
    };
    const double zoomed = view.scale();
    wheel(Qt::NoModifier);
    QCOMPARE(view.scale(), zoomed);
    wheel(Qt::ControlModifier);
    QCOMPARE(view.scale(), zoomed * 1.25);
    view.fitWidth();
    QCOMPARE(view.scale(), before);

    // A 300 dpi scanned page (one 2480 × 3508 image) takes longer; still nothing on the GUI thread.
    rendered.clear();
    clock.restart();
    view.setDocument(path(u"docgen-11-0000-300dpi-scan.pdf"_s));
    QVERIFY(view.renderedImage().isNull());
    QVERIFY(rendered.wait(20000));
    qInfo("scanned page: opened and rendered at %.2f px/pt in %lld ms", view.scale(), clock.elapsed());

    // A file that is not a PDF is reported, not a crash.
    QSignalSpy failed(&view, &gui::PageView::loadFailed);
    view.setDocument(path(u"gold.jsonl"_s));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"gold.jsonl"_s));

    // An image original (a scan stored as a TIFF under a name without suffix, as attachments are) opens too.
    QImage scanPage(620, 877, QImage::Format_Grayscale8);
    scanPage.fill(Qt::white);
    const QString tiff = path(u"stored-scan"_s);
    {
        QImageWriter writer(tiff, "tiff");
        QVERIFY(writer.write(scanPage));
    }
    QSignalSpy imageLoaded(&view, &gui::PageView::documentLoaded);
    view.setDocument(tiff);
    QVERIFY(imageLoaded.wait(10000));
    QCOMPARE(imageLoaded.first().first().toInt(), 1);
}

void TestReview::highlightMapping()
{
    gui::PageView view;
    view.resize(700, 900);
    view.show();
    QImage page(1240, 1754, QImage::Format_Grayscale8); // A4 at 150 dpi, as the reader keeps scans
    page.fill(Qt::white);
    view.setPages({page}, {QSizeF(595.2, 841.9)});
    QCOMPARE(view.pageCount(), 1);
    view.setScale(1.5);
    const QRectF r(100, 200, 150, 20);
    const QPointF origin = view.mapFromPage(QRectF()).topLeft();
    QCOMPARE(view.mapFromPage(r), QRectF(origin + QPointF(150, 300), QSizeF(225, 30)));
    view.setHighlights(0, {r});
    QTRY_VERIFY_WITH_TIMEOUT(!view.isRendering(), 10000);
    // The mark is painted where the mapping says: tinted inside, white page outside.
    const QImage shot = view.canvas()->grab().toImage();
    const QPoint inside = view.mapFromPage(r).center().toPoint();
    const QPoint outside = view.mapFromPage(QRectF(300, 400, 1, 1)).center().toPoint();
    const QColor tint = shot.pixelColor(inside * shot.devicePixelRatio());
    QVERIFY2(tint.blue() < tint.red() - 30, qPrintable(tint.name()));
    QCOMPARE(shot.pixelColor(outside * shot.devicePixelRatio()), QColor(Qt::white));
}

QTEST_MAIN(TestReview)
#include "tst_review.moc"
