// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The app's printing on the offscreen platform, driven as a clerk would: the dialogs are found as they open,
// filled in and accepted; the PDFs they write are read back with Poppler.

#include "app/printui/printpreviewdialog.h"
#include "app/printui/printui.h"
#include "app/printui/registerprintdialog.h"
#include "app/settingskeys.h"

#include "store/database.h"
#include "store/dispatchstore.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QDateEdit>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using namespace Qt::StringLiterals;
using namespace vt;

namespace {

QString pdfText(const QString &path, int page = 0)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    if (!doc || page >= doc->numPages())
        return {};
    return doc->page(page)->text(QRectF()).simplified();
}

/// Calls `act` on the next modal dialog of type T once it is open (polling the event loop, as a user would
/// wait for it), then `after` if given.
template <typename T> void whenModal(std::function<void(T *)> act, int triesLeft = 200)
{
    QTimer::singleShot(25, qApp, [act, triesLeft] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget()); w && w->isVisible()) {
            act(w);
            return;
        }
        if (triesLeft > 0)
            whenModal<T>(act, triesLeft - 1);
    });
}

/// Types `path` into a file dialog's name field and presses Save.
void typeFileName(QFileDialog *d, const QString &path)
{
    auto *name = d->findChild<QLineEdit *>(u"fileNameEdit"_s);
    QVERIFY(name);
    name->setText(path);
    static_cast<QDialog *>(d)->accept(); // what the Save button does
}

/// Answers the next save dialog with `path`.
void answerSaveDialog(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *d) { typeFileName(d, path); });
}

QPushButton *buttonWithText(QWidget *w, const QString &text)
{
    for (QPushButton *b : w->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

} // namespace

class TestPrintUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agencyFromSettings();
    void registerDialogDefaultsAndRange();
    void registerExportRunsInBackground();
    void routingSlipPreviewExports();
    void stampedExport();

private:
    QTemporaryDir m_dir;
    std::optional<store::Database> m_db;
    qint64 m_id = 0;
    print::AgencyInfo m_agency{u"UBND tỉnh Kiên Giang"_s, u"Sở Thông tin và Truyền thông"_s, u"Kiên Giang"_s};
};

void TestPrintUi::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    QCoreApplication::setOrganizationName(u"vanthu-test"_s);
    QCoreApplication::setApplicationName(u"tst_printui"_s);
    // The file dialogs are Qt's own widgets, so the test can fill them in.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    auto db = store::Database::open(m_dir.filePath(u"register.sqlite"_s));
    QVERIFY(db);
    m_db.emplace(std::move(*db));
    const QString original = m_dir.filePath(u"original.pdf"_s);
    {
        QPdfWriter writer(original);
        QPainter p(&writer);
        p.setFont(QFont(u"DejaVu Serif"_s, 12));
        p.drawText(QPointF(3000, 1500), u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
    }
    store::DispatchStore store(*m_db);
    const int year = QDate::currentDate().year();
    for (int i = 1; i <= 3; ++i) {
        Dispatch d;
        d.arrivalDate = QDate(year, 1, i);
        d.reference = u"%1/SNV-VP"_s.arg(i * 7);
        d.issuer = u"Sở Nội vụ"_s;
        d.type = u"Công văn"_s;
        d.summary = u"V/v rà soát hồ sơ lần %1"_s.arg(i);
        d.handlingUnit = u"Văn phòng"_s;
        auto added = store.add(d, {.attachments = i == 3 ? QStringList{original} : QStringList{}});
        QVERIFY(added && added->added);
        m_id = added->id;
    }
}

void TestPrintUi::agencyFromSettings()
{
    QSettings settings;
    settings.setValue(QLatin1String(gui::settings::kAgencyName), m_agency.name);
    settings.setValue(QLatin1String(gui::settings::kAgencyParent), m_agency.parent);
    settings.setValue(QLatin1String(gui::settings::kAgencyPlace), m_agency.place);
    settings.sync();
    const print::AgencyInfo a = gui::agencyFromSettings();
    QCOMPARE(a.name, m_agency.name);
    QCOMPARE(a.parent, m_agency.parent);
    QCOMPARE(a.place, m_agency.place);
}

void TestPrintUi::registerDialogDefaultsAndRange()
{
    gui::RegisterPrintDialog dialog(Direction::Outgoing);
    const int year = QDate::currentDate().year();
    QCOMPARE(dialog.range().from, QDate(year, 1, 1));
    QCOMPARE(dialog.range().to, QDate(year, 12, 31));
    QCOMPARE(dialog.range().direction, Direction::Outgoing);
    QCOMPARE(dialog.suggestedFileName(), u"so-di-%1.pdf"_s.arg(year));
    const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>();
    QCOMPARE(dates.size(), 2);
    dates.at(0)->setDate(QDate(year, 6, 1));
    dates.at(1)->setDate(QDate(year, 5, 1)); // before the start: no printing
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    const auto enabled = std::count_if(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->isEnabled(); });
    QCOMPARE(enabled, 1); // Cancel only
    dates.at(1)->setDate(QDate(year, 7, 1));
    QVERIFY(std::all_of(buttons.begin(), buttons.end(), [](QPushButton *b) { return b->isEnabled(); }));
}

void TestPrintUi::registerExportRunsInBackground()
{
    const QString out = m_dir.filePath(u"register.pdf"_s);
    whenModal<gui::RegisterPrintDialog>([out](gui::RegisterPrintDialog *d) {
        answerSaveDialog(out);
        QPushButton *pdf = buttonWithText(d, gui::RegisterPrintDialog::tr("Export PDF…"));
        QVERIFY(pdf);
        pdf->click();
    });
    QWidget window;
    gui::showRegisterPrint(&window, *m_db, Direction::Incoming);
    // Written on a worker thread; the outcome is shown in a message box that does not block.
    QMessageBox *done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = window.findChild<QMessageBox *>(u"printTaskDone"_s)) != nullptr, 20000);
    QVERIFY2(done->text().contains(u"register.pdf"_s), qPrintable(done->text()));
    done->close();
    const QString cover = pdfText(out, 0);
    QVERIFY2(cover.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s), qPrintable(cover));
    QVERIFY(cover.contains(u"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"_s)); // the agency from the settings
    QVERIFY(cover.contains(u"Từ số 1 đến số 3"_s));
    QVERIFY(pdfText(out, 1).contains(u"14/SNV-VP"_s));
}

void TestPrintUi::routingSlipPreviewExports()
{
    const QString out = m_dir.filePath(u"slip.pdf"_s);
    bool previewShown = false;
    whenModal<gui::PrintPreviewDialog>([&](gui::PrintPreviewDialog *preview) {
        previewShown = true;
        QAction *exportPdf = nullptr;
        for (QAction *a : preview->findChild<QToolBar *>()->actions())
            if (a->text() == gui::PrintPreviewDialog::tr("Export PDF…"))
                exportPdf = a;
        QVERIFY(exportPdf);
        whenModal<QFileDialog>([out, preview](QFileDialog *d) {
            typeFileName(d, out);
            QTimer::singleShot(0, preview, &QDialog::reject);
        });
        exportPdf->trigger();
    });
    gui::showRoutingSlip(nullptr, *m_db, m_id, m_agency);
    QVERIFY(previewShown);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s), qPrintable(text));
    QVERIFY(text.contains(u"21/SNV-VP"_s));
    QVERIFY(text.contains(u"Số đến: 3"_s));
}

void TestPrintUi::stampedExport()
{
    const QString out = m_dir.filePath(u"stamped.pdf"_s);
    answerSaveDialog(out);
    QWidget window;
    gui::exportStamped(&window, *m_db, m_id, m_agency);
    QMessageBox *done = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((done = window.findChild<QMessageBox *>(u"printTaskDone"_s)) != nullptr, 20000);
    QVERIFY2(done->text().contains(u"stamped.pdf"_s), qPrintable(done->text()));
    done->close();
    const QString text = pdfText(out);
    QVERIFY2(text.contains(u"ĐẾN"_s) && text.contains(u"Văn phòng"_s), qPrintable(text));
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
}

QTEST_MAIN(TestPrintUi)
#include "tst_printui.moc"
