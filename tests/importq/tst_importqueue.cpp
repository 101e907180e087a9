// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import queue on real files: generated scans and text read by Tesseract and Poppler through the pipeline,
// an unsupported file, a damaged and an encrypted PDF; cancel while a multi-page scan is being OCR'd; the panel;
// the inbox watcher on a file written in two chunks; drops.
#include "app/importq/importdrop.h"
#include "app/importq/importjobdelegate.h"
#include "app/importq/importjobmodel.h"
#include "app/importq/importpanel.h"
#include "app/importq/importqueue.h"
#include "app/importq/inboxwatcher.h"
#include "app/settingskeys.h"

#include "batch.h" // vt_docgen
#include "fixtures.h" // vt_ingest_fixtures
#include "pdfbytes.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace vt;
using vt::gui::ImportJob;
using vt::gui::ImportQueue;

namespace {

constexpr int kReadTimeoutMs = 90000;
constexpr int kScanPages = 6;

/// Records, for every job, what the GUI thread saw of it: pages done at each change, states, when.
struct Recorder
{
    explicit Recorder(ImportQueue *queue)
    {
        QObject::connect(queue, &ImportQueue::jobChanged, queue, [this, queue](int id) {
            const ImportJob *job = queue->job(id);
            pages[id].append(job->pagesDone);
            states[id].append(job->state);
        });
        QObject::connect(
            queue, &ImportQueue::overallChanged, queue, [this, queue] { overall.append(queue->overall().fraction); });
    }
    QHash<int, QList<int>> pages;
    QHash<int, QList<int>> states;
    QList<double> overall;
};

/// Nice values of this process's threads (Linux) by thread id, from /proc/self/task/*/stat.
QHash<qint64, int> threadNiceValues()
{
    QHash<qint64, int> values;
    for (const QString &task : QDir(u"/proc/self/task"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/self/task/%1/stat"_s.arg(task));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // After "pid (name) ": state is field 3, nice field 19.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 16)
            values.insert(task.toLongLong(), fields.at(16).toInt());
    }
    return values;
}

bool nonDecreasing(const QList<int> &values)
{
    return std::is_sorted(values.begin(), values.end());
}

int jobFor(const ImportQueue &queue, const QString &fileName)
{
    for (int id : queue.jobIds()) {
        if (queue.job(id)->fileName() == fileName)
            return id;
    }
    return 0;
}

} // namespace

class TestImportQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void folderOfMixedFiles();
    void cancelWhileReading();
    void progressIsCoalesced();
    void damagedAndMissingFiles();
    void encryptedPdf();
    void inboxTakesFinishedFilesOnce();
    void dropsOfFilesAndFolders();
    void queueDestroyedWhileReading();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void copyInto(const QString &from, const QString &to);

    QTemporaryDir m_dir;
    QHash<QString, QJsonObject> m_gold;
};

void TestImportQueue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"vanthu-tests"_s);
    QCoreApplication::setApplicationName(u"tst_importqueue"_s);
    QSettings().setValue(QLatin1String(gui::settings::kOcrLanguages), u"vie"_s);
    QVERIFY(m_dir.isValid());

    docgen::BatchOptions options;
    options.outDir = path(u"gen"_s);
    options.count = 1;
    options.seed = 5;
    options.formats = {u"png"_s, u"txt"_s};
    options.dpis = {300};
    options.noise = ocrchannel::NoiseLevel::Light;
    options.pagesMax = 1;
    auto made = docgen::generateBatch(options);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QFile gold(path(u"gen/gold.jsonl"_s));
    QVERIFY(gold.open(QIODevice::ReadOnly));
    while (!gold.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(gold.readLine()).object();
        m_gold.insert(o.value(u"doc"_s).toString(), o);
    }
    QVERIFY(m_gold.contains(u"docgen-5-0000"_s));

    // A multi-page scan for cancelling midway, its pages full of text (a page takes a second or two).
    QList<QImage> pages;
    for (int i = 0; i < kScanPages; ++i) {
        QStringList lines;
        for (int j = 0; j < 4; ++j)
            lines += ingest::fixtures::dispatchLines(i + j);
        pages.append(ingest::fixtures::renderPage(lines, 300));
    }
    QVERIFY(ingest::fixtures::writeMultipageTiff(path(u"scan-pages.tif"_s), pages));
}

void TestImportQueue::copyInto(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QVERIFY(QFile::copy(from, to));
}

void TestImportQueue::folderOfMixedFiles()
{
    // A folder as a clerk drops it: a scan, a text file, a Word file, the system's clutter, a subfolder.
    copyInto(path(u"gen/docgen-5-0000-300dpi-p01.png"_s), path(u"mixed/scan.png"_s));
    copyInto(path(u"gen/docgen-5-0000.txt"_s), path(u"mixed/sub/letter.txt"_s));
    for (const QString &name : {u"mixed/notes.docx"_s, u"mixed/Thumbs.db"_s, u"mixed/.hidden.pdf"_s}) {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 not a document we read");
    }

    ImportQueue queue;
    Recorder seen(&queue);
    QSignalSpy idle(&queue, &ImportQueue::idle);
    QSignalSpy ready(&queue, &ImportQueue::jobReady);
    QSignalSpy failed(&queue, &ImportQueue::jobFailed);
    queue.enqueue({path(u"mixed"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, kReadTimeoutMs);
    QCOMPARE(queue.jobIds().size(), 3);
    QVERIFY(queue.isIdle());

    const int docx = jobFor(queue, u"notes.docx"_s);
    const int scan = jobFor(queue, u"scan.png"_s);
    const int text = jobFor(queue, u"letter.txt"_s);
    QVERIFY(docx && scan && text);
    QCOMPARE(queue.job(docx)->state, ImportJob::Failed);
    QVERIFY(queue.job(docx)->message.contains(u"notes.docx"_s));
    QVERIFY(queue.job(docx)->message.contains(u"PDF"_s));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(ready.size(), 2);

    const QJsonObject want = m_gold.value(u"docgen-5-0000"_s);
    for (int id : {scan, text}) {
        QCOMPARE(queue.job(id)->state, ImportJob::Ready);
        const pipeline::ImportedFile *file = queue.result(id);
        QVERIFY(file);
        QCOMPARE(file->source.pages.size(), 1);
        QCOMPARE(file->source.pages.first().source, id == scan ? ingest::Page::Ocr : ingest::Page::PlainText);
        QVERIFY(!file->documents.isEmpty());
        QCOMPARE(file->documents.first().dispatch().reference, want.value(u"reference"_s).toString());
        // What the GUI thread saw: Reading, then pages counted up, then Ready; never backwards.
        QVERIFY2(nonDecreasing(seen.pages.value(id)), qPrintable(QDebug::toString(seen.pages.value(id))));
        QCOMPARE(seen.states.value(id).first(), int(ImportJob::Reading));
        QCOMPARE(seen.states.value(id).last(), int(ImportJob::Ready));
        QCOMPARE(queue.job(id)->pagesDone, 1);
        QCOMPARE(queue.job(id)->pageCount, 1);
    }
    QVERIFY(std::is_sorted(seen.overall.begin(), seen.overall.end()));
#ifdef Q_OS_LINUX
    // The threads that read and OCR run nicer than the GUI thread, so the window keeps a core when all are busy.
    const QHash<qint64, int> nice = threadNiceValues();
    QVERIFY(nice.contains(QCoreApplication::applicationPid()));
    const int gui = nice.value(QCoreApplication::applicationPid());
    const auto nicer = std::count_if(nice.begin(), nice.end(), [&](int n) { return n >= std::min(19, gui + 10); });
    QVERIFY2(nicer >= 2, qPrintable(QDebug::toString(nice))); // an import worker and the OCR workers
#endif
    QCOMPARE(queue.overall().fraction, 1.0);
    QCOMPARE(queue.overall().finished, 3);

    // The panel lists them; double-click on a file ready for review asks for the review.
    gui::ImportPanel panel(&queue);
    panel.resize(500, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.acceptDrops()); // files dropped on the panel are enqueued
    QCOMPARE(panel.model()->rowCount(), 3);
    const QModelIndex scanRow = panel.model()->index(panel.model()->rowOf(scan));
    QCOMPARE(gui::ImportJobDelegate::statusText(scanRow),
        gui::ImportJobDelegate::tr("%1 (%n page(s))", nullptr, 1).arg(gui::stateName(ImportJob::Ready)));
    // A ready row names what was found in the file.
    QVERIFY(scanRow.data(gui::ImportJobModel::FoundRole).toString().contains(want.value(u"reference"_s).toString()));
    QSignalSpy review(&panel, &gui::ImportPanel::reviewRequested);
    const QRect rect = panel.view()->visualRect(scanRow);
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(review.size(), 1);
    QCOMPARE(review.first().first().toInt(), scan);

    // Dropping the same file again while it waits for review adds nothing.
    queue.enqueue({path(u"mixed/scan.png"_s)});
    QTRY_COMPARE(idle.size(), 2);
    QCOMPARE(queue.jobIds().size(), 3);

    // Taken to the review and registered: Done, then cleared from the list with the failure.
    auto taken = queue.takeResult(text);
    QVERIFY(taken);
    QVERIFY(!queue.result(text));
    QVERIFY(queue.markDone(text));
    QCOMPARE(queue.job(text)->state, ImportJob::Done);
    queue.removeFinished();
    QCOMPARE(queue.jobIds(), QList<int>{scan});
    QCOMPARE(panel.model()->rowCount(), 1);
}

void TestImportQueue::cancelWhileReading()
{
    ImportQueue queue;
    queue.setConcurrentFiles(1);
    Recorder seen(&queue);
    QSignalSpy idle(&queue, &ImportQueue::idle);
    QSignalSpy ready(&queue, &ImportQueue::jobReady);
    copyInto(path(u"gen/docgen-5-0000-300dpi-p01.png"_s), path(u"cancel/second.png"_s));
    queue.enqueue({path(u"scan-pages.tif"_s), path(u"cancel/second.png"_s)});
    QTRY_COMPARE(queue.jobIds().size(), 2);
    const int scan = queue.jobIds().at(0);
    const int second = queue.jobIds().at(1);

    // The second file waits behind the first (one file at a time): canceled at once.
    QCOMPARE(queue.job(second)->state, ImportJob::Queued);
    QVERIFY(queue.cancel(second));
    QCOMPARE(queue.job(second)->state, ImportJob::Canceled);
    QVERIFY(!queue.cancel(second));

    QElapsedTimer firstPage;
    firstPage.start();
    // The scan, canceled when its first page is done: Canceled at once, and the reader (pages still inside
    // Tesseract, pages waiting for a worker) stops within a fraction of a page's time.
    QTRY_VERIFY_WITH_TIMEOUT(queue.job(scan)->pagesDone >= 1, kReadTimeoutMs);
    QCOMPARE(queue.job(scan)->state, ImportJob::Reading);
    QCOMPARE(queue.job(scan)->pageCount, kScanPages);
    QVERIFY2(queue.job(scan)->pagesDone < kScanPages, "the scan was read before it could be canceled");
    const qint64 firstPageMs = firstPage.elapsed();
    QElapsedTimer clock;
    clock.start();
    QVERIFY(queue.cancel(scan));
    QCOMPARE(queue.job(scan)->state, ImportJob::Canceled);
    QVERIFY(queue.job(scan)->cancelRequested);
    QVERIFY(!queue.isIdle()); // the worker is still stopping
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 10000);
    const qint64 stoppedMs = clock.elapsed();
    qInfo("the reader stopped %lld ms after Cancel, with %d of %d pages read (the first page took %lld ms)", stoppedMs,
        queue.job(scan)->pagesDone, kScanPages, firstPageMs);
    // Well before the pages in flight would have been read (the machine's load slows both alike).
    QVERIFY(stoppedMs < firstPageMs);
    QCOMPARE(queue.job(scan)->state, ImportJob::Canceled);
    QVERIFY(!queue.result(scan));
    QVERIFY(!queue.result(second));
    QCOMPARE(ready.size(), 0);
    QVERIFY(nonDecreasing(seen.pages.value(scan)));
}

void TestImportQueue::progressIsCoalesced()
{
    // A long born-digital PDF reads many pages a second: the GUI thread hears of it at most every 100 ms.
    QList<QStringList> pages;
    for (int i = 0; i < 150; ++i)
        pages.append(ingest::fixtures::dispatchLines(i));
    QVERIFY(ingest::fixtures::writeTextPdf(path(u"long.pdf"_s), pages));

    ImportQueue queue;
    Recorder seen(&queue);
    QSignalSpy idle(&queue, &ImportQueue::idle);
    QElapsedTimer clock;
    clock.start();
    queue.enqueue({path(u"long.pdf"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, kReadTimeoutMs);
    const qint64 elapsedMs = clock.elapsed();
    const int id = queue.jobIds().value(0);
    QVERIFY2(queue.job(id)->state == ImportJob::Ready, qPrintable(queue.job(id)->message));
    QCOMPARE(queue.job(id)->pagesDone, 150);
    const QList<int> counts = seen.pages.value(id);
    qInfo("150 pages in %lld ms: %lld progress updates reached the GUI thread", elapsedMs, (long long)counts.size());
    QVERIFY(nonDecreasing(counts));
    // Reading, then one update per 100 ms at most, then Ready.
    QVERIFY(counts.size() <= 2 + elapsedMs / ImportQueue::kProgressIntervalMs + 1);
}

void TestImportQueue::damagedAndMissingFiles()
{
    QFile damaged(path(u"damaged.pdf"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n garbage \x01\x02\x03 without end\n");
    damaged.close();

    ImportQueue queue;
    QSignalSpy failed(&queue, &ImportQueue::jobFailed);
    QSignalSpy idle(&queue, &ImportQueue::idle);
    queue.enqueue({path(u"damaged.pdf"_s), path(u"gone.pdf"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, kReadTimeoutMs);
    QCOMPARE(failed.size(), 2);
    for (int id : queue.jobIds()) {
        const ImportJob *job = queue.job(id);
        QCOMPARE(job->state, ImportJob::Failed);
        QVERIFY2(job->message.contains(job->fileName()), qPrintable(job->message));
        QVERIFY(!queue.result(id));
    }
}

void TestImportQueue::encryptedPdf()
{
    const QByteArray password = "van-thu-2025";
    QFile file(path(u"protected.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        pdfbytes::build({pdfbytes::textContent({"UBND TINH AN GIANG", "VAN PHONG", "So: 215/VP-KT",
                            "An Giang, ngay 12 thang 3 nam 2025", "V/v bao cao tinh hinh thuc hien ke hoach nam 2025",
                            "Kinh gui: Cac so, ban, nganh", "Noi dung bao cao.", "CHANH VAN PHONG", "Nguyen Van An"})},
            password));
    file.close();

    ImportQueue queue;
    QSignalSpy failed(&queue, &ImportQueue::jobFailed);
    QSignalSpy idle(&queue, &ImportQueue::idle);
    queue.enqueue({file.fileName()});
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, kReadTimeoutMs);
    const int id = queue.jobIds().value(0);
    QCOMPARE(queue.job(id)->state, ImportJob::NeedsPassword);
    QVERIFY(queue.job(id)->message.contains(u"protected.pdf"_s));
    QVERIFY(queue.job(id)->message.contains(u"Password…"_s)); // says what to do
    QCOMPARE(failed.size(), 1);

    QVERIFY(queue.retryWithPassword(id, "wrong"));
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 2, kReadTimeoutMs);
    QCOMPARE(queue.job(id)->state, ImportJob::NeedsPassword);
    QVERIFY(queue.job(id)->message.contains(u"not correct"_s));

    QVERIFY(queue.retryWithPassword(id, password));
    QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 3, kReadTimeoutMs);
    QVERIFY2(queue.job(id)->state == ImportJob::Ready, qPrintable(queue.job(id)->message));
    const pipeline::ImportedFile *result = queue.result(id);
    QVERIFY(result);
    QCOMPARE(result->source.pages.first().source, ingest::Page::TextLayer);
    // The text layer as it is (not repaired): what the extractor finds in unaccented text.
    QVERIFY(result->source.pages.first().text.contains(u"So: 215/VP-KT"_s));
    QCOMPARE(result->documents.first().dispatch().summary, u"bao cao tinh hinh thuc hien ke hoach nam 2025"_s);
    QVERIFY(!queue.retryWithPassword(id, password)); // only a job waiting for its password
}

void TestImportQueue::inboxTakesFinishedFilesOnce()
{
    const QString inbox = path(u"inbox"_s);
    QVERIFY(QDir().mkpath(inbox));
    QFile source(path(u"gen/docgen-5-0000-300dpi-p01.png"_s));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray bytes = source.readAll();
    const QString memory = path(u"inbox-taken.json"_s);

    auto watcher = std::make_unique<gui::InboxWatcher>();
    watcher->setMemoryFile(memory);
    watcher->setSettleTime(200);
    watcher->setPollInterval(100);
    QList<QPair<qint64, QStringList>> arrivals;
    QElapsedTimer clock;
    clock.start();
    connect(watcher.get(), &gui::InboxWatcher::filesArrived, this, [&](const QStringList &paths) {
        arrivals.append({clock.elapsed(), paths});
    });
    watcher->setFolder(inbox);

    // A scanner writes the file in two chunks with a pause shorter than the settle time.
    const QString scan = QDir(inbox).filePath(u"scan-0001.png"_s);
    QFile out(scan);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes.left(bytes.size() / 2));
    out.flush();
    QTest::qWait(150);
    QVERIFY(arrivals.isEmpty());
    out.write(bytes.mid(bytes.size() / 2));
    out.close();
    const qint64 finishedAt = clock.elapsed();
    // Something that is not a document, and a download in progress: never taken.
    QFile(QDir(inbox).filePath(u"readme.docx"_s)).open(QIODevice::WriteOnly);
    QFile(QDir(inbox).filePath(u"scan-0002.pdf.part"_s)).open(QIODevice::WriteOnly);

    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 1, 5000);
    QCOMPARE(arrivals.first().second, QStringList{scan});
    QVERIFY2(arrivals.first().first >= finishedAt + 200,
        qPrintable(u"taken %1 ms after the last write"_s.arg(arrivals.first().first - finishedAt)));
    QTest::qWait(600); // several polls
    QCOMPARE(arrivals.size(), 1);

    // After a restart the record says it was taken.
    watcher = std::make_unique<gui::InboxWatcher>();
    watcher->setMemoryFile(memory);
    watcher->setSettleTime(200);
    watcher->setPollInterval(100);
    connect(watcher.get(), &gui::InboxWatcher::filesArrived, this, [&](const QStringList &paths) {
        arrivals.append({clock.elapsed(), paths});
    });
    watcher->setFolder(inbox);
    QTest::qWait(700);
    QCOMPARE(arrivals.size(), 1);

    // The same name comes back with other content: taken again, once.
    QVERIFY(out.open(QIODevice::Append));
    out.write("\0", 1);
    out.close();
    QTRY_COMPARE_WITH_TIMEOUT(arrivals.size(), 2, 5000);
    QCOMPARE(arrivals.last().second, QStringList{scan});
    QTest::qWait(500);
    QCOMPARE(arrivals.size(), 2);
    QVERIFY(QFile::exists(scan)); // the clerk's file stays where it was
}

void TestImportQueue::dropsOfFilesAndFolders()
{
    QVERIFY(QDir().mkpath(path(u"drop/folder"_s)));
    copyInto(path(u"gen/docgen-5-0000.txt"_s), path(u"drop/one.txt"_s));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path(u"drop/one.txt"_s)), QUrl::fromLocalFile(path(u"drop/folder"_s)),
        QUrl::fromLocalFile(path(u"drop/missing.pdf"_s)), QUrl(u"https://example.org/a.pdf"_s)});
    QCOMPARE(gui::importablePaths(&mime), (QStringList{path(u"drop/one.txt"_s), path(u"drop/folder"_s)}));
    QVERIFY(gui::canImport(&mime));
    QMimeData text;
    text.setText(u"215/UBND-VP"_s);
    QVERIFY(!gui::canImport(&text));
    QVERIFY(gui::importablePaths(&text).isEmpty());

    // A widget made a drop target hands the files to the queue.
    ImportQueue queue;
    QWidget target;
    gui::installImportDropTarget(&target, &queue);
    QVERIFY(target.acceptDrops());
    QMimeData one;
    one.setUrls({QUrl::fromLocalFile(path(u"drop/one.txt"_s))});
    QDragEnterEvent enter(QPoint(1, 1), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(1, 1), Qt::CopyAction, &one, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&target, &drop);
    QVERIFY(drop.isAccepted());
    QTRY_COMPARE(queue.jobIds().size(), 1);
    QCOMPARE(queue.job(queue.jobIds().first())->path, path(u"drop/one.txt"_s));
    QTRY_VERIFY_WITH_TIMEOUT(queue.isIdle(), kReadTimeoutMs);
    QCOMPARE(queue.job(queue.jobIds().first())->state, ImportJob::Ready);
}

void TestImportQueue::queueDestroyedWhileReading()
{
    // The window closes while a scan is read: the queue stops its workers and the panel, if it outlives the
    // queue, shows an empty list.
    auto queue = std::make_unique<ImportQueue>();
    gui::ImportPanel panel(queue.get());
    panel.show();
    queue->enqueue({path(u"scan-pages.tif"_s)});
    QTRY_VERIFY_WITH_TIMEOUT(
        !queue->jobIds().isEmpty() && queue->job(queue->jobIds().first())->pagesDone >= 1, kReadTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    queue.reset();
    qInfo("destroyed in %lld ms", clock.elapsed());
    QCOMPARE(panel.model()->rowCount(), 0);
    panel.repaint();
    panel.reviewCurrent();
    panel.cancelSelected();
}

QTEST_MAIN(TestImportQueue)
#include "tst_importqueue.moc"
