// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordform.h"

#include "datelineedit.h"

#include "../labels.h"

#include "core/dispatchfields.h"
#include "core/vietnamese.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

const QString kArrivalDate = u"arrival_date"_s;

/// The document types of NĐ 30/2020 (Điều 7), most registered first; the clerk may type another.
const char16_t *const kTypes[] = {u"Công văn", u"Quyết định", u"Kế hoạch", u"Báo cáo", u"Thông báo", u"Giấy mời",
    u"Tờ trình", u"Nghị quyết", u"Chỉ thị", u"Hướng dẫn", u"Chương trình", u"Công điện", u"Quy chế", u"Quy định",
    u"Thông cáo", u"Phương án", u"Đề án", u"Dự án", u"Biên bản", u"Hợp đồng", u"Bản ghi nhớ", u"Bản thỏa thuận",
    u"Giấy ủy quyền", u"Giấy giới thiệu", u"Giấy nghỉ phép", u"Phiếu gửi", u"Phiếu chuyển", u"Phiếu báo", u"Thư công"};

QString canonical(const QString &field, const Dispatch &d)
{
    if (field == kArrivalDate)
        return d.arrivalDate.isValid() ? d.arrivalDate.toString(Qt::ISODate) : QString();
    const DispatchField *f = findDispatchField(field);
    return f ? f->get(d) : QString();
}

void apply(const QString &field, const QString &text, Dispatch &d)
{
    if (field == kArrivalDate)
        d.arrivalDate = parseDate(text);
    else if (const DispatchField *f = findDispatchField(field))
        f->set(d, text);
}

bool isReturn(const QKeyEvent *e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

bool isUndoKey(QKeyEvent *e)
{
    return e->matches(QKeySequence::Undo) || e->matches(QKeySequence::Redo)
        || e->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
        || e->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
}

template <typename E> void fillCombo(QComboBox *combo, std::initializer_list<E> values, QString (*name)(E))
{
    for (E v : values)
        combo->addItem(name(v), toCode(v));
}

template <typename E> E comboValue(const QComboBox *combo, std::optional<E> (*parse)(QStringView), E fallback)
{
    return parse(combo->currentData().toString()).value_or(fallback);
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int i = combo->findData(code);
    combo->setCurrentIndex(qMax(0, i));
}

QString urgencyName(Urgency u)
{
    return u == Urgency::Normal ? RecordForm::tr("Normal") : labels::urgency(u);
}
QString secrecyName(Confidentiality c)
{
    return c == Confidentiality::Normal ? RecordForm::tr("Not confidential") : labels::confidentiality(c);
}
QString statusName(Status s)
{
    return labels::status(s);
}
QString authorityName(SigningAuthority a)
{
    return a == SigningAuthority::None ? RecordForm::tr("(none)") : toCode(a);
}

} // namespace

RecordForm::RecordForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *document = new QGroupBox(tr("Document"), this);
    auto *documentForm = new QFormLayout(document);
    layout->addWidget(document);
    buildDocumentSection(documentForm);
    auto *routing = new QGroupBox(tr("Routing"), this);
    auto *routingForm = new QFormLayout(routing);
    layout->addWidget(routing);
    buildRoutingSection(routingForm);
    layout->addStretch(1);
    setDispatch(Dispatch{});
}

SuggestLineEdit *RecordForm::newNameField(const QString &field, store::SuggestionKind kind, bool isList)
{
    auto *edit = new SuggestLineEdit(kind, isList, this);
    m_nameFields.append(edit);
    connect(edit, &SuggestLineEdit::edited, this, [this, field] { userEdited(field); });
    return edit;
}

SuggestLineEdit *RecordForm::nameField(const QString &field, store::SuggestionKind kind, QString Dispatch::*member)
{
    SuggestLineEdit *edit = newNameField(field, kind, false);
    bindText(field, edit, member);
    return edit;
}

SuggestLineEdit *RecordForm::nameField(const QString &field, store::SuggestionKind kind, QStringList Dispatch::*member)
{
    SuggestLineEdit *edit = newNameField(field, kind, true);
    bind(
        field, edit,
        [edit, member](Dispatch &d) {
            (d.*member).clear();
            for (const QString &item : edit->items())
                (d.*member).append(text::nfc(item));
        },
        [edit, member](const Dispatch &d) {
            if (edit->items() != d.*member)
                edit->setItems(d.*member);
        });
    return edit;
}

QLineEdit *RecordForm::lineField(const QString &field, QString Dispatch::*member)
{
    auto *edit = new QLineEdit(this);
    connect(edit, &QLineEdit::textEdited, this, [this, field] { userEdited(field); });
    bindText(field, edit, member);
    return edit;
}

QPlainTextEdit *RecordForm::textField(const QString &field, QString Dispatch::*member)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    edit->setToolTip(tr("Ctrl+Enter saves"));
    connect(edit, &QPlainTextEdit::textChanged, this, [this, field] {
        if (!m_loading)
            userEdited(field);
    });
    bind(
        field, edit, [edit, member](Dispatch &d) { d.*member = text::nfc(edit->toPlainText()).trimmed(); },
        [edit, member](const Dispatch &d) {
            if (edit->toPlainText().trimmed() != d.*member)
                edit->setPlainText(d.*member);
        });
    return edit;
}

void RecordForm::bindText(const QString &field, QLineEdit *edit, QString Dispatch::*member)
{
    bind(
        field, edit, [edit, member](Dispatch &d) { d.*member = text::nfc(edit->text()).trimmed(); },
        [edit, member](const Dispatch &d) {
            if (edit->text().trimmed() != d.*member)
                edit->setText(d.*member);
        });
}

DateLineEdit *RecordForm::dateField(const QString &field, QDate Dispatch::*member)
{
    auto *edit = new DateLineEdit(this);
    connect(edit, &DateLineEdit::dateEdited, this, [this, field] { userEdited(field); });
    bind(
        field, edit, [edit, member](Dispatch &d) { d.*member = edit->date(); },
        [edit, member](const Dispatch &d) {
            if (edit->date() != d.*member || !edit->isAcceptable())
                edit->setDate(d.*member);
        });
    return edit;
}

void RecordForm::buildDocumentSection(QFormLayout *form)
{
    auto addRow = [&](const QString &field, const QString &text, QWidget *editor) {
        m_labels.insert(field, text);
        editor->setObjectName(field);
        form->addRow(text, editor);
    };
    auto line = [this](const QString &field, QString Dispatch::*member) { return lineField(field, member); };
    auto date = [this](const QString &field, QDate Dispatch::*member) { return dateField(field, member); };
    auto name = [this](const QString &field, store::SuggestionKind kind, QString Dispatch::*member) {
        return nameField(field, kind, member);
    };
    auto names = [this](const QString &field, store::SuggestionKind kind, QStringList Dispatch::*member) {
        return nameField(field, kind, member);
    };

    // Arrival date and number: the register's own columns.
    auto *arrivalRow = new QWidget(this);
    auto *arrivalLayout = new QHBoxLayout(arrivalRow);
    arrivalLayout->setContentsMargins(0, 0, 0, 0);
    m_arrival = date(kArrivalDate, &Dispatch::arrivalDate);
    m_arrival->setObjectName(kArrivalDate);
    m_number = new QLabel(this);
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    arrivalLayout->addWidget(m_arrival);
    arrivalLayout->addWidget(m_number, 1);
    m_labels.insert(kArrivalDate, tr("Arrival date"));
    m_arrivalLabel = new QLabel(tr("Arrival date"), this);
    form->addRow(m_arrivalLabel, arrivalRow);

    addRow(u"issuer"_s, tr("Issuing agency"), name(u"issuer"_s, store::SuggestionKind::Issuer, &Dispatch::issuer));
    addRow(u"issuer_parent"_s, tr("Parent agency"),
        name(u"issuer_parent"_s, store::SuggestionKind::IssuerParent, &Dispatch::issuerParent));
    addRow(u"reference"_s, tr("Number and notation"), line(u"reference"_s, &Dispatch::reference));
    addRow(u"issued_date"_s, tr("Issue date"), date(u"issued_date"_s, &Dispatch::issuedDate));
    addRow(u"place"_s, tr("Place"), line(u"place"_s, &Dispatch::place));

    m_type = new QComboBox(this);
    m_type->setEditable(true);
    m_type->setInsertPolicy(QComboBox::NoInsert);
    for (const char16_t *t : kTypes)
        m_type->addItem(QString::fromUtf16(t));
    m_type->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    connect(m_type->lineEdit(), &QLineEdit::textEdited, this, [this] { userEdited(u"type"_s); });
    connect(m_type, &QComboBox::activated, this, [this] { userEdited(u"type"_s); });
    bind(
        u"type"_s, m_type, [this](Dispatch &d) { d.type = text::nfc(m_type->currentText()).trimmed(); },
        [this](const Dispatch &d) {
            if (m_type->currentText().trimmed() != d.type)
                m_type->setEditText(d.type);
        });
    addRow(u"type"_s, tr("Document type"), m_type);

    m_summary = textField(u"summary"_s, &Dispatch::summary);
    addRow(u"summary"_s, tr("Summary"), m_summary);

    auto combo = [&]<typename E>(const QString &field, std::initializer_list<E> values, QString (*name)(E),
                     std::optional<E> (*parse)(QStringView), E Dispatch::*member) {
        auto *box = new QComboBox(this);
        fillCombo(box, values, name);
        connect(box, &QComboBox::activated, this, [this, field] { userEdited(field); });
        bind(
            field, box, [box, parse, member](Dispatch &d) { d.*member = comboValue<E>(box, parse, E{}); },
            [box, member](const Dispatch &d) { selectCode(box, toCode(d.*member)); });
        return box;
    };
    addRow(u"urgency"_s, tr("Urgency"),
        combo(u"urgency"_s, {Urgency::Normal, Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash}, urgencyName,
            parseUrgency, &Dispatch::urgency));
    addRow(u"confidentiality"_s, tr("Confidentiality"),
        combo(u"confidentiality"_s,
            {Confidentiality::Normal, Confidentiality::Confidential, Confidentiality::Secret,
                Confidentiality::TopSecret},
            secrecyName, parseConfidentiality, &Dispatch::confidentiality));
    addRow(u"addressees"_s, tr("Addressed to"),
        names(u"addressees"_s, store::SuggestionKind::Recipient, &Dispatch::addressees));
    addRow(u"recipients"_s, tr("Recipients"),
        names(u"recipients"_s, store::SuggestionKind::Recipient, &Dispatch::recipients));
    addRow(u"signer"_s, tr("Signed by"), line(u"signer"_s, &Dispatch::signer));
    addRow(u"signer_title"_s, tr("Signer's title"), line(u"signer_title"_s, &Dispatch::signerTitle));
    addRow(u"signing_authority"_s, tr("Signing authority"),
        combo(u"signing_authority"_s,
            {SigningAuthority::None, SigningAuthority::OnBehalf, SigningAuthority::Deputy, SigningAuthority::ByOrder,
                SigningAuthority::Delegated, SigningAuthority::Acting},
            authorityName, parseSigningAuthority, &Dispatch::signingAuthority));

    auto *pages = new QSpinBox(this);
    pages->setRange(0, 9999);
    pages->setSpecialValueText(tr("unknown"));
    connect(pages, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            userEdited(u"page_count"_s);
    });
    bind(
        u"page_count"_s, pages, [pages](Dispatch &d) { d.pageCount = pages->value(); },
        [pages](const Dispatch &d) { pages->setValue(d.pageCount); });
    addRow(u"page_count"_s, tr("Pages"), pages);
}

void RecordForm::buildRoutingSection(QFormLayout *form)
{
    auto addRow = [&](const QString &field, const QString &text, QWidget *editor) {
        m_labels.insert(field, text);
        editor->setObjectName(field);
        form->addRow(text, editor);
    };
    m_instruction = textField(u"instruction"_s, &Dispatch::instruction);
    addRow(u"instruction"_s, tr("Leader's instruction"), m_instruction);

    addRow(u"handling_unit"_s, tr("Lead unit"),
        nameField(u"handling_unit"_s, store::SuggestionKind::Unit, &Dispatch::handlingUnit));
    addRow(u"handling_person"_s, tr("Handled by"),
        nameField(u"handling_person"_s, store::SuggestionKind::Person, &Dispatch::handlingPerson));
    addRow(u"cooperating_units"_s, tr("Cooperating units"),
        nameField(u"cooperating_units"_s, store::SuggestionKind::Unit, &Dispatch::cooperatingUnits));
    addRow(u"due_date"_s, tr("Due date"), dateField(u"due_date"_s, &Dispatch::dueDate));

    auto *status = new QComboBox(this);
    fillCombo(status, {Status::Waiting, Status::InProgress, Status::Done}, statusName);
    connect(status, &QComboBox::activated, this, [this] { userEdited(u"status"_s); });
    bind(
        u"status"_s, status,
        [status](Dispatch &d) { d.status = comboValue<Status>(status, parseStatus, Status::Waiting); },
        [status](const Dispatch &d) { selectCode(status, toCode(d.status)); });
    addRow(u"status"_s, tr("Status"), status);

    addRow(u"notes"_s, tr("Notes"), lineField(u"notes"_s, &Dispatch::notes));
}

void RecordForm::bind(const QString &field, QWidget *editor, std::function<void(Dispatch &)> read,
    std::function<void(const Dispatch &)> write)
{
    m_bindings.append({field, editor, std::move(read), std::move(write)});
    editor->installEventFilter(this);
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit())
        combo->lineEdit()->installEventFilter(this);
}

const RecordForm::Binding *RecordForm::binding(const QString &field) const
{
    for (const Binding &b : m_bindings) {
        if (b.field == field)
            return &b;
    }
    return nullptr;
}

void RecordForm::setLookup(const SuggestionLookup &lookup)
{
    for (SuggestLineEdit *edit : std::as_const(m_nameFields))
        edit->setLookup(lookup);
}

void RecordForm::setDispatch(const Dispatch &d)
{
    m_base = d;
    m_loading = true;
    for (const Binding &b : std::as_const(m_bindings))
        b.write(d);
    m_loading = false;
    m_values.clear();
    for (const Binding &b : std::as_const(m_bindings))
        m_values.insert(b.field, value(b.field));
    // The store fixes the arrival date with the number; a registered record shows both, read-only.
    const bool registered = d.id != 0;
    m_arrival->setReadOnly(registered);
    m_arrival->setFocusPolicy(registered ? Qt::NoFocus : Qt::StrongFocus);
    // The outgoing register (văn bản đi) numbers and dates what the agency sends: no arrival there.
    const bool incoming = d.direction == Direction::Incoming;
    m_labels.insert(kArrivalDate, incoming ? tr("Arrival date") : tr("Date registered"));
    m_arrivalLabel->setText(m_labels.value(kArrivalDate));
    if (!registered)
        m_number->setText(tr("The number is given when the record is registered"));
    else if (incoming)
        m_number->setText(tr("Arrival number %1/%2").arg(d.arrivalNumber).arg(d.arrivalDate.year()));
    else
        m_number->setText(tr("Number %1/%2 of the outgoing register").arg(d.arrivalNumber).arg(d.arrivalDate.year()));
}

Dispatch RecordForm::dispatch() const
{
    Dispatch d = m_base;
    for (const Binding &b : m_bindings)
        b.read(d);
    if (d.reference != m_base.reference) {
        // "2668/VP-VHXH", Party style "116-KH/BCĐTTĐN", or a notation alone.
        static const QRegularExpression split(u"^(\\d+[a-zA-Z]?)\\s*[/-]\\s*(\\S.*)$"_s);
        const auto m = split.match(d.reference);
        d.number = m.hasMatch() ? m.captured(1) : QString();
        d.notation = m.hasMatch() ? m.captured(2) : d.reference;
    }
    return d;
}

QStringList RecordForm::fieldNames() const
{
    QStringList out;
    for (const Binding &b : m_bindings)
        out.append(b.field);
    return out;
}

QString RecordForm::value(const QString &field) const
{
    const Binding *b = binding(field);
    if (!b)
        return {};
    Dispatch d = m_base;
    b->read(d);
    return canonical(field, d);
}

void RecordForm::setValue(const QString &field, const QString &text)
{
    const Binding *b = binding(field);
    if (!b)
        return;
    Dispatch d = m_base;
    b->read(d);
    apply(field, text, d);
    m_loading = true;
    b->write(d);
    m_loading = false;
    m_values.insert(field, value(field));
}

QWidget *RecordForm::editor(const QString &field) const
{
    const Binding *b = binding(field);
    return b ? b->editor : nullptr;
}

QString RecordForm::label(const QString &field) const
{
    return m_labels.value(field, field);
}

void RecordForm::focusField(const QString &field, bool select)
{
    QWidget *w = editor(field);
    if (!w)
        return;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(w); line && select)
        line->selectAll();
}

void RecordForm::userEdited(const QString &field)
{
    if (m_loading)
        return;
    const QString now = value(field);
    const QString before = m_values.value(field);
    if (now == before)
        return;
    m_values.insert(field, now);
    emit fieldEdited(field, before, now);
}

QList<RecordForm::Problem> RecordForm::validate() const
{
    QList<Problem> blocking, warnings;
    for (const Binding &b : m_bindings) {
        const auto *dateEdit = qobject_cast<const DateLineEdit *>(b.editor);
        if (dateEdit && !dateEdit->isAcceptable())
            blocking.append({b.field,
                tr("%1: \"%2\" is not a date; type it as 29/8/2024.").arg(label(b.field), dateEdit->text().trimmed())});
    }
    const Dispatch d = dispatch();
    if (!d.arrivalDate.isValid() && m_arrival->text().trimmed().isEmpty())
        blocking.append({kArrivalDate, tr("%1: type a date, for example 29/8/2024.").arg(label(kArrivalDate))});
    if (d.issuer.isEmpty())
        blocking.append({u"issuer"_s, tr("Type the issuing agency.")});
    if (d.summary.isEmpty() && d.type.isEmpty())
        blocking.append({u"summary"_s, tr("Type the summary or the document type.")});
    if (d.issuedDate.isValid() && d.arrivalDate.isValid() && d.issuedDate > d.arrivalDate) {
        warnings.append({u"issued_date"_s,
            tr("The issue date %1 is after the arrival date %2: check both.")
                .arg(labels::date(d.issuedDate), labels::date(d.arrivalDate)),
            true});
    }
    if (d.dueDate.isValid() && d.arrivalDate.isValid() && d.dueDate < d.arrivalDate) {
        warnings.append({u"due_date"_s,
            tr("The due date %1 is before the arrival date %2.")
                .arg(labels::date(d.dueDate), labels::date(d.arrivalDate)),
            true});
    }
    return blocking + warnings;
}

void RecordForm::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) && m_undo) {
        // Not accepted: the key goes to the window's Undo/Redo actions rather than the field's own history
        // (and when there is nothing to undo, nowhere).
        if (isUndoKey(static_cast<QKeyEvent *>(event)))
            return true;
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isReturn(key))
        return QWidget::eventFilter(watched, event);
    if (qobject_cast<QPlainTextEdit *>(watched)) {
        if (!(key->modifiers() & Qt::ControlModifier))
            return false; // a new line
    } else if (auto *names = qobject_cast<SuggestLineEdit *>(watched)) {
        if (names->suggestions()->popup()->isVisible())
            return false; // the completer takes it
    }
    // A date typed just now is read before the record is taken.
    if (auto *dateEdit = qobject_cast<DateLineEdit *>(watched))
        emit dateEdit->editingFinished();
    emit submitRequested();
    return true;
}

} // namespace vt::gui
