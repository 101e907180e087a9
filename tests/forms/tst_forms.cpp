// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Registering and routing by hand on the offscreen platform, over real SQLite files: typing a record through
// the form, duplicates, editing with undo, the overdue list, autocompletion and the settings dialog.

#include "app/forms/datelineedit.h"
#include "app/forms/newrecorddialog.h"
#include "app/forms/overduelist.h"
#include "app/forms/recordeditor.h"
#include "app/forms/recordform.h"
#include "app/forms/settingsdialog.h"
#include "app/forms/suggestlineedit.h"
#include "app/settingskeys.h"
#include "app/uilanguage.h"

#include "store/database.h"
#include "store/dispatchstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace vt;
using namespace vt::gui;

namespace {

/// The form field holding the keyboard focus (the focus may sit in a child, such as a combo's line edit).
QString focusedField(const RecordForm &form)
{
    const QStringList names = form.fieldNames();
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (names.contains(w->objectName()))
            return w->objectName();
    }
    return u"(none)"_s;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}

/// QTest::keyClicks for any text: it types only Latin-1, and Vietnamese needs more (each letter arrives as a
/// key event carrying its text, as an input method delivers it).
void keyText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void tab()
{
    QTest::keyClick(focused(), Qt::Key_Tab);
}

/// Types into the focused field; replaces what it holds.
void type(const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(focused()))
        line->selectAll();
    keyText(focused(), text);
}

Dispatch registered(const QString &reference, const QString &issuer)
{
    Dispatch d;
    d.arrivalDate = QDate(2024, 8, 30);
    d.issuer = issuer;
    d.reference = reference;
    d.issuedDate = QDate(2024, 8, 28);
    d.type = u"Công văn"_s;
    d.summary = u"V/v báo cáo tình hình thực hiện nhiệm vụ quý III"_s;
    d.handlingUnit = u"Phòng Tổng hợp"_s;
    return d;
}

} // namespace

class TestForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedDates_data();
    void typedDates();
    void dateFieldTintsWhatIsNotADate();
    void typeARecordByHand();
    void missingValuesBlock();
    void duplicateNeedsConfirmation();
    void issueDateAfterArrivalWarns();
    void outgoingRegister();
    void autocompleteWithoutDiacritics();
    void editUndoSave();
    void undoAfterSaveWritesBackOnSave();
    void overdueList();
    void settingsWriteKeys();
    void settingsRefuseAMissingFolder();

private:
    qint64 add(const Dispatch &d)
    {
        store::AddOptions options;
        options.confirmDuplicates = true;
        auto r = store::DispatchStore(*m_db).add(d, options);
        return r && r->added ? r->id : 0;
    }
    template <typename W> static bool showAndFocus(W &w)
    {
        w.show();
        return QTest::qWaitForWindowActive(&w);
    }

    std::optional<QTemporaryDir> m_dir;
    QString m_path;
    std::optional<store::Database> m_db;
};

void TestForms::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"vanthu-tests"_s);
    QCoreApplication::setApplicationName(u"tst_forms"_s);
}

void TestForms::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"so-den.sqlite"_s);
    auto db = store::Database::open(m_path);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db.emplace(std::move(*db));
}

void TestForms::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestForms::typedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("d/M/yyyy") << u"29/8/2024"_s << QDate(2024, 8, 29);
    QTest::newRow("dd/MM/yy") << u"29/08/24"_s << QDate(2024, 8, 29);
    QTest::newRow("ddMMyyyy") << u"29082024"_s << QDate(2024, 8, 29);
    QTest::newRow("ddMMyy") << u"290824"_s << QDate(2024, 8, 29);
    QTest::newRow("dots") << u"29.8.2024"_s << QDate(2024, 8, 29);
    QTest::newRow("dashes, spaces") << u" 29 - 8 - 2024 "_s << QDate(2024, 8, 29);
    QTest::newRow("ISO") << u"2024-08-29"_s << QDate(2024, 8, 29);
    QTest::newRow("no year: this year") << u"3/1"_s << QDate(2025, 1, 3);
    QTest::newRow("old two-digit year") << u"01/02/98"_s << QDate(1998, 2, 1);
    QTest::newRow("no 31 February") << u"31/2/2024"_s << QDate();
    QTest::newRow("month 13") << u"12/13/2024"_s << QDate();
    QTest::newRow("words") << u"hôm qua"_s << QDate();
    QTest::newRow("seven digits") << u"2982024"_s << QDate();
}

void TestForms::typedDates()
{
    QFETCH(QString, typed);
    QFETCH(QDate, expected);
    QCOMPARE(parseTypedDate(typed, QDate(2025, 6, 1)), expected);
}

void TestForms::dateFieldTintsWhatIsNotADate()
{
    QWidget window;
    auto *edit = new DateLineEdit(&window);
    auto *other = new QLineEdit(&window);
    QVERIFY(showAndFocus(window));
    QSignalSpy edited(edit, &DateLineEdit::dateEdited);
    edit->setFocus();
    keyText(edit, u"29/08/24"_s);
    other->setFocus(); // leaving the field shows the date as registers write it
    QCOMPARE(edit->text(), u"29/08/2024"_s);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toDate(), QDate(2024, 8, 29));
    QVERIFY(!edit->property("invalid").toBool());

    edit->setFocus();
    edit->selectAll();
    keyText(edit, u"31/02/2024"_s);
    other->setFocus();
    QCOMPARE(edit->text(), u"31/02/2024"_s); // kept as typed, to be corrected
    QVERIFY(edit->property("invalid").toBool());
    QVERIFY(!edit->isAcceptable());
    QCOMPARE(edited.count(), 1);
}

void TestForms::typeARecordByHand()
{
    NewRecordDialog dialog(*m_db, Direction::Incoming);
    QVERIFY(showAndFocus(dialog));
    RecordForm &form = *dialog.form();
    QSignalSpy registeredSpy(&dialog, &NewRecordDialog::registered);

    // The clerk starts at the arrival date and tabs through the fields in the order of the paper.
    form.focusField(u"arrival_date"_s);
    const QList<std::pair<QString, QString>> steps{
        {u"arrival_date"_s, u"29/8/2024"_s},
        {u"issuer"_s, u"Sở Ngoại vụ"_s},
        {u"issuer_parent"_s, u"UBND tỉnh Hòa Bình"_s},
        {u"reference"_s, u"152/SNgV-HTQT"_s},
        {u"issued_date"_s, u"28082024"_s},
        {u"place"_s, u"Hòa Bình"_s},
        {u"type"_s, u"Công văn"_s},
        {u"summary"_s, u"V/v chuẩn bị đón đoàn công tác đối ngoại"_s},
        {u"urgency"_s, QString()},
        {u"confidentiality"_s, QString()},
        {u"addressees"_s, u"Văn phòng UBND tỉnh; Sở Văn hóa, Thể thao và Du lịch"_s},
        {u"recipients"_s, QString()},
        {u"signer"_s, u"Bùi Thị Thanh Hương"_s},
        {u"signer_title"_s, u"Giám đốc"_s},
        {u"signing_authority"_s, QString()},
        {u"page_count"_s, u"2"_s},
        {u"instruction"_s, u"Giao Phòng VHXH tham mưu"_s},
        {u"handling_unit"_s, u"Phòng Văn hóa - Xã hội"_s},
        {u"handling_person"_s, u"Đinh Công Tuấn"_s},
        {u"cooperating_units"_s, u"Sở Tài chính; Công an tỉnh"_s},
        {u"due_date"_s, u"10/09/24"_s},
    };
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const auto &[field, text] = steps.at(i);
        QCOMPARE(focusedField(form), field);
        if (field == u"urgency")
            QTest::keyClick(focused(), Qt::Key_Down); // Khẩn
        else if (!text.isEmpty())
            type(text);
        if (i + 1 < steps.size())
            tab();
    }
    QCOMPARE(registeredSpy.count(), 0);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(registeredSpy.count(), 1);
    QVERIFY2(dialog.message().isEmpty(), qPrintable(dialog.message()));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.arrivalNumber(), 1);

    auto saved = store::DispatchStore(*m_db).get(dialog.recordId());
    QVERIFY(saved);
    QCOMPARE(saved->arrivalNumber, 1);
    QCOMPARE(saved->direction, Direction::Incoming);
    QCOMPARE(saved->arrivalDate, QDate(2024, 8, 29));
    QCOMPARE(saved->issuer, u"Sở Ngoại vụ"_s);
    QCOMPARE(saved->issuerParent, u"UBND tỉnh Hòa Bình"_s);
    QCOMPARE(saved->reference, u"152/SNgV-HTQT"_s);
    QCOMPARE(saved->number, u"152"_s);
    QCOMPARE(saved->notation, u"SNgV-HTQT"_s);
    QCOMPARE(saved->issuedDate, QDate(2024, 8, 28));
    QCOMPARE(saved->place, u"Hòa Bình"_s);
    QCOMPARE(saved->type, u"Công văn"_s);
    QCOMPARE(saved->summary, u"V/v chuẩn bị đón đoàn công tác đối ngoại"_s);
    QCOMPARE(saved->urgency, Urgency::Urgent);
    QCOMPARE(saved->confidentiality, Confidentiality::Normal);
    QCOMPARE(saved->addressees, (QStringList{u"Văn phòng UBND tỉnh"_s, u"Sở Văn hóa, Thể thao và Du lịch"_s}));
    QCOMPARE(saved->signer, u"Bùi Thị Thanh Hương"_s);
    QCOMPARE(saved->signerTitle, u"Giám đốc"_s);
    QCOMPARE(saved->pageCount, 2);
    QCOMPARE(saved->instruction, u"Giao Phòng VHXH tham mưu"_s);
    QCOMPARE(saved->handlingUnit, u"Phòng Văn hóa - Xã hội"_s);
    QCOMPARE(saved->handlingPerson, u"Đinh Công Tuấn"_s);
    QCOMPARE(saved->cooperatingUnits, (QStringList{u"Sở Tài chính"_s, u"Công an tỉnh"_s}));
    QCOMPARE(saved->dueDate, QDate(2024, 9, 10));
    QCOMPARE(saved->status, Status::Waiting);
}

void TestForms::missingValuesBlock()
{
    NewRecordDialog dialog(*m_db, Direction::Incoming);
    QVERIFY(showAndFocus(dialog));
    RecordForm &form = *dialog.form();
    form.focusField(u"summary"_s);
    keyText(focused(), u"V/v tổng kết năm"_s);
    form.focusField(u"due_date"_s);
    keyText(focused(), u"45/13/2024"_s);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"45/13/2024"_s), qPrintable(dialog.message()));
    QVERIFY2(dialog.message().contains(form.label(u"issuer"_s), Qt::CaseInsensitive)
            || dialog.message().contains(u"issuing agency"_s, Qt::CaseInsensitive),
        qPrintable(dialog.message()));
    QCOMPARE(focusedField(form), u"due_date"_s); // the first problem's field
    QCOMPARE(store::DispatchStore(*m_db).get(1).has_value(), false);
}

void TestForms::duplicateNeedsConfirmation()
{
    QVERIFY(add(registered(u"2668/VP-VHXH"_s, u"Văn phòng UBND tỉnh"_s)) > 0);
    NewRecordDialog dialog(*m_db, Direction::Incoming);
    QVERIFY(showAndFocus(dialog));
    RecordForm &form = *dialog.form();
    form.focusField(u"arrival_date"_s);
    type(u"30/8/2024"_s); // the register of 2024, where the first one is number 1
    tab();
    type(u"Văn phòng UBND tỉnh"_s);
    tab();
    tab();
    QCOMPARE(focusedField(form), u"reference"_s);
    type(u"2668/VP-VHXH"_s);
    tab();
    type(u"28/8/2024"_s);
    form.focusField(u"summary"_s);
    keyText(focused(), u"V/v báo cáo quý III"_s);
    QTest::keyClick(focused(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"1"_s) && !dialog.message().isEmpty(), qPrintable(dialog.message()));
    QCOMPARE(dialog.recordId(), qint64(0));

    // Enter again, nothing changed: the clerk confirms.
    QSignalSpy registeredSpy(&dialog, &NewRecordDialog::registered);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(registeredSpy.count(), 1);
    QCOMPARE(dialog.arrivalNumber(), 2);
    auto saved = store::DispatchStore(*m_db).get(dialog.recordId());
    QVERIFY(saved);
    QCOMPARE(saved->reference, u"2668/VP-VHXH"_s);
}

void TestForms::issueDateAfterArrivalWarns()
{
    NewRecordDialog dialog(*m_db, Direction::Incoming);
    QVERIFY(showAndFocus(dialog));
    RecordForm &form = *dialog.form();
    form.setValue(u"arrival_date"_s, u"2024-08-29"_s);
    form.setValue(u"issued_date"_s, u"2024-09-02"_s);
    form.setValue(u"issuer"_s, u"Sở Tư pháp"_s);
    form.setValue(u"type"_s, u"Giấy mời"_s);
    dialog.submit();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.message().contains(u"02/09/2024"_s), qPrintable(dialog.message()));
    QCOMPARE(focusedField(form), u"issued_date"_s);
    // Correcting the date takes the warning away at once.
    form.setValue(u"issued_date"_s, u"2024-08-27"_s);
    dialog.submit();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.arrivalNumber(), 1);
}

void TestForms::outgoingRegister()
{
    NewRecordDialog dialog(*m_db, Direction::Outgoing);
    RecordForm &form = *dialog.form();
    QCOMPARE(form.label(u"arrival_date"_s), u"Date registered"_s); // no arrival for what the agency sends
    form.setValue(u"arrival_date"_s, QString());
    form.setValue(u"issuer"_s, u"Sở Thông tin và Truyền thông"_s);
    form.setValue(u"type"_s, u"Báo cáo"_s);
    dialog.submit();
    QVERIFY2(dialog.message().contains(u"Date registered"_s), qPrintable(dialog.message()));
    form.setValue(u"arrival_date"_s, u"2024-09-03"_s);
    dialog.submit();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto saved = store::DispatchStore(*m_db).get(dialog.recordId());
    QVERIFY(saved);
    QCOMPARE(saved->direction, Direction::Outgoing);
    QCOMPARE(saved->arrivalNumber, 1);
    QCOMPARE(saved->arrivalDate, QDate(2024, 9, 3));
}

void TestForms::autocompleteWithoutDiacritics()
{
    QVERIFY(add(registered(u"152/SNgV-HTQT"_s, u"Sở Ngoại vụ"_s)) > 0);
    QVERIFY(add(registered(u"153/SNgV-HTQT"_s, u"Sở Ngoại vụ"_s)) > 0);
    QVERIFY(add(registered(u"77/STP-VP"_s, u"Sở Tư pháp"_s)) > 0);
    NewRecordDialog dialog(*m_db, Direction::Incoming);
    QVERIFY(showAndFocus(dialog));
    RecordForm &form = *dialog.form();
    form.focusField(u"issuer"_s);
    auto *issuer = qobject_cast<SuggestLineEdit *>(form.editor(u"issuer"_s));
    QVERIFY(issuer);
    keyText(issuer, u"so"_s);
    QCOMPARE(issuer->offered(), (QStringList{u"Sở Ngoại vụ"_s, u"Sở Tư pháp"_s})); // most used first
    keyText(issuer, u" ngoai"_s);
    QCOMPARE(issuer->offered(), QStringList{u"Sở Ngoại vụ"_s});
    QTRY_VERIFY(issuer->suggestions()->popup()->isVisible());

    // Esc closes the popup, not the dialog.
    QTest::keyClick(issuer->suggestions()->popup(), Qt::Key_Escape);
    QVERIFY(!issuer->suggestions()->popup()->isVisible());
    QVERIFY(dialog.isVisible());
    keyText(issuer, u"i"_s);
    QTest::keyClick(issuer, Qt::Key_Backspace);
    QTRY_VERIFY(issuer->suggestions()->popup()->isVisible());

    // Down and Enter take the name; that Enter does not register the record.
    QTest::keyClick(issuer->suggestions()->popup(), Qt::Key_Down);
    QTest::keyClick(issuer->suggestions()->popup(), Qt::Key_Return);
    QCOMPARE(issuer->text(), u"Sở Ngoại vụ"_s);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.recordId(), qint64(0));

    // A list field completes the name being typed after the others.
    QCOMPARE(form.value(u"issuer"_s), u"Sở Ngoại vụ"_s);
    form.focusField(u"handling_unit"_s);
    auto *unit = qobject_cast<SuggestLineEdit *>(form.editor(u"handling_unit"_s));
    keyText(unit, u"tong"_s);
    QCOMPARE(unit->offered(), QStringList{u"Phòng Tổng hợp"_s}); // a word inside the name
}

void TestForms::editUndoSave()
{
    Dispatch d = registered(u"2668/VP-VHXH"_s, u"Văn phòng UBND tỉnh"_s);
    const qint64 id = add(d);
    QVERIFY(id > 0);
    auto before = store::DispatchStore(*m_db).history(id);
    QVERIFY(before);
    QCOMPARE(before->size(), 1); // create

    RecordEditor editor(*m_db, id);
    QVERIFY(editor.isLoaded());
    QVERIFY(showAndFocus(editor));
    RecordForm &form = *editor.form();
    QCOMPARE(focusedField(form), u"instruction"_s);
    keyText(focused(), u"Giao Phòng Tổng hợp"_s);
    form.focusField(u"handling_person"_s);
    keyText(focused(), u"Lê Thị Hạnh"_s);
    // Typing merged into one step per field.
    QCOMPARE(editor.undoStack()->count(), 2);
    QVERIFY(editor.isWindowModified());

    // Ctrl+Z in the field takes back the whole name, not a letter and not the field's own undo.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form.value(u"handling_person"_s), QString());
    QCOMPARE(form.value(u"instruction"_s), u"Giao Phòng Tổng hợp"_s);
    // Redo and undo again from the keyboard.
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(form.value(u"handling_person"_s), u"Lê Thị Hạnh"_s);
    QTest::keyClick(focused(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(form.value(u"handling_person"_s), QString());

    QTest::keyClick(focused(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY2(editor.message().isEmpty(), qPrintable(editor.message()));
    QVERIFY(!editor.isWindowModified());
    store::DispatchStore store(*m_db);
    auto saved = store.get(id);
    QVERIFY(saved);
    QCOMPARE(saved->instruction, u"Giao Phòng Tổng hợp"_s);
    QCOMPARE(saved->handlingPerson, QString());
    QCOMPARE(saved->handlingUnit, d.handlingUnit);
    auto history = store.history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 2); // create, and the one saved change
    QCOMPARE(history->at(1).action, u"update"_s);
    QCOMPARE(history->at(1).field, u"instruction"_s);
    QCOMPARE(history->at(1).oldValue, QString());
    QCOMPARE(history->at(1).newValue, u"Giao Phòng Tổng hợp"_s);
}

void TestForms::undoAfterSaveWritesBackOnSave()
{
    const qint64 id = add(registered(u"12/STC-NS"_s, u"Sở Tài chính"_s));
    QVERIFY(id > 0);
    RecordEditor editor(*m_db, id);
    QVERIFY(showAndFocus(editor));
    RecordForm &form = *editor.form();
    form.focusField(u"status"_s);
    QTest::keyClick(focused(), Qt::Key_Down); // in progress
    QCOMPARE(form.value(u"status"_s), u"in_progress"_s);
    QVERIFY(editor.save());
    store::DispatchStore store(*m_db);
    QCOMPARE(store.get(id)->status, Status::InProgress);

    // Undo after the save changes the form only, until the next save writes it (and logs it).
    editor.undoAction()->trigger();
    QCOMPARE(form.value(u"status"_s), u"waiting"_s);
    QVERIFY(editor.isWindowModified());
    QCOMPARE(store.get(id)->status, Status::InProgress);
    QVERIFY(editor.save());
    QCOMPARE(store.get(id)->status, Status::Waiting);
    auto history = store.history(id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(2).field, u"status"_s);
    QCOMPARE(history->at(2).oldValue, u"in_progress"_s);
    QCOMPARE(history->at(2).newValue, u"waiting"_s);

    // Closing with unsaved edits asks once.
    form.focusField(u"notes"_s);
    keyText(focused(), u"gọi lại"_s);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(editor.isVisible());
    QVERIFY(!editor.message().isEmpty());
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!editor.isVisible());
    QCOMPARE(store.get(id)->notes, QString());
}

void TestForms::overdueList()
{
    const QDate today(2024, 10, 1);
    Dispatch late = registered(u"1/A"_s, u"Sở Tư pháp"_s);
    late.dueDate = QDate(2024, 9, 20);
    late.status = Status::InProgress;
    Dispatch done = registered(u"2/B"_s, u"Sở Tài chính"_s);
    done.dueDate = QDate(2024, 9, 1);
    done.status = Status::Done;
    Dispatch notYet = registered(u"3/C"_s, u"Sở Nội vụ"_s);
    notYet.dueDate = QDate(2024, 10, 5);
    const qint64 lateId = add(late);
    QVERIFY(lateId > 0 && add(done) > 0 && add(notYet) > 0);

    OverdueList list(m_path);
    QSignalSpy activated(&list, &OverdueList::recordActivated);
    list.reload(today);
    QVERIFY(showAndFocus(list));
    OverdueModel *model = list.model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE(model->index(0, OverdueModel::IssuerColumn).data().toString(), u"Sở Tư pháp"_s);
    QCOMPARE(model->index(0, OverdueModel::ReferenceColumn).data().toString(), u"1/A"_s);
    QCOMPARE(model->index(0, OverdueModel::DueColumn).data().toString(), u"20/09/2024"_s);
    QCOMPARE(model->index(0, OverdueModel::DaysColumn).data().toInt(), 11);
    QCOMPARE(model->index(0, OverdueModel::UnitColumn).data().toString(), u"Phòng Tổng hợp"_s);
    QCOMPARE(model->index(0, OverdueModel::NumberColumn).data().toInt(), 1);

    QTableView *view = list.view();
    const QRect cell = view->visualRect(model->index(0, OverdueModel::SummaryColumn));
    QVERIFY2(cell.isValid(), qPrintable(u"%1 %2"_s.arg(cell.width()).arg(cell.height())));
    // A double click as a mouse delivers it: the first click, then the double-click event (QTest's
    // mouseDClick sends the latter alone, which an item view reads as a press).
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), lateId);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
}

void TestForms::settingsWriteKeys()
{
    QSettings().clear();
    const QString inbox = m_dir->filePath(u"hop-thu"_s);
    QVERIFY(QDir().mkpath(inbox));
    SettingsDialog dialog;
    QVERIFY(showAndFocus(dialog));
    auto set = [&](const char *name, const QString &text) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1StringView(name));
        QVERIFY2(edit, name);
        edit->setFocus();
        edit->selectAll();
        keyText(edit, text);
    };
    set("agencyName", u"Sở Thông tin và Truyền thông"_s);
    set("agencyParent", u"UBND TỈNH KIÊN GIANG"_s);
    set("agencyPlace", u"Kiên Giang"_s);
    set("databasePath", m_dir->filePath(u"khac.sqlite"_s));
    set("inboxFolder", inbox);
    dialog.findChild<QComboBox *>(u"ocrLanguages"_s)->setCurrentIndex(1);
    dialog.findChild<QComboBox *>(u"uiLanguage"_s)->setCurrentIndex(1);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const QSettings s;
    QCOMPARE(s.value(QLatin1StringView(settings::kAgencyName)).toString(), u"Sở Thông tin và Truyền thông"_s);
    QCOMPARE(s.value(QLatin1StringView(settings::kAgencyParent)).toString(), u"UBND TỈNH KIÊN GIANG"_s);
    QCOMPARE(s.value(QLatin1StringView(settings::kAgencyPlace)).toString(), u"Kiên Giang"_s);
    QCOMPARE(s.value(QLatin1StringView(settings::kDatabasePath)).toString(), m_dir->filePath(u"khac.sqlite"_s));
    QCOMPARE(s.value(QLatin1StringView(settings::kInboxFolder)).toString(), inbox);
    QCOMPARE(s.value(QLatin1StringView(settings::kOcrLanguages)).toString(), u"vie+eng"_s);
    QCOMPARE(uiLanguage(), u"en"_s);

    // Opened again, the dialog shows what was saved.
    SettingsDialog again;
    QCOMPARE(again.findChild<QLineEdit *>(u"agencyPlace"_s)->text(), u"Kiên Giang"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"uiLanguage"_s)->currentData().toString(), u"en"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"ocrLanguages"_s)->currentData().toString(), u"vie+eng"_s);
    QSettings().clear();
}

void TestForms::settingsRefuseAMissingFolder()
{
    QSettings().clear();
    SettingsDialog dialog;
    dialog.findChild<QLineEdit *>(u"inboxFolder"_s)->setText(m_dir->filePath(u"khong-co"_s));
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.message().contains(u"khong-co"_s), qPrintable(dialog.message()));
    QCOMPARE(QSettings().contains(QLatin1StringView(settings::kInboxFolder)), false);
    dialog.findChild<QLineEdit *>(u"inboxFolder"_s)->clear();
    dialog.findChild<QLineEdit *>(u"databasePath"_s)->setText(m_dir->path());
    QVERIFY(!dialog.save()); // a folder, not a file
    dialog.findChild<QLineEdit *>(u"databasePath"_s)->setText(m_dir->filePath(u"khong-co/so.sqlite"_s));
    QVERIFY(!dialog.save());
    dialog.findChild<QLineEdit *>(u"databasePath"_s)->clear();
    QVERIFY(dialog.save());
    QSettings().clear();
}

QTEST_MAIN(TestForms)
#include "tst_forms.moc"
