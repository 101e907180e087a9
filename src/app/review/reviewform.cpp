// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewform.h"

#include "app/forms/datelineedit.h"
#include "app/labels.h"
#include "core/dispatchfields.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopedValueRollback>

#include <cmath>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

bool isDate(const QString &name)
{
    return name == u"issued_date" || name == u"arrival_date";
}

bool isList(const QString &name)
{
    return name == u"addressees" || name == u"recipients";
}

QStringList listItems(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            items.append(line.trimmed());
    }
    return items;
}

/// "2668/VP-VHXH" → 2668 and VP-VHXH; Party "116-KH/BCĐ" → 116 and KH/BCĐ.
void splitReference(const QString &reference, Dispatch &d)
{
    qsizetype digits = 0;
    while (digits < reference.size() && reference.at(digits).isDigit())
        ++digits;
    d.reference = reference;
    if (digits > 0 && digits < reference.size() && (reference.at(digits) == u'/' || reference.at(digits) == u'-')) {
        d.number = reference.left(digits);
        d.notation = reference.mid(digits + 1);
    } else {
        d.number.clear();
        d.notation = reference;
    }
}

QPlainTextEdit *plainEditor(int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    const int height = edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8;
    edit->setFixedHeight(height);
    return edit;
}

QLineEdit *dateEditor()
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(ReviewForm::tr("dd/mm/yyyy"));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"00/00/00000"_s) + 24);
    return edit;
}

} // namespace

ReviewForm::ReviewForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    auto *authority = new QComboBox;
    authority->addItem(tr("(none)"), toCode(SigningAuthority::None));
    for (SigningAuthority a : {SigningAuthority::OnBehalf, SigningAuthority::Deputy, SigningAuthority::ByOrder,
             SigningAuthority::Delegated, SigningAuthority::Acting})
        authority->addItem(toCode(a), toCode(a));
    auto *urgency = new QComboBox;
    urgency->addItem(tr("Not urgent"), toCode(Urgency::Normal));
    for (Urgency u : {Urgency::Urgent, Urgency::VeryUrgent, Urgency::Flash})
        urgency->addItem(labels::urgency(u), toCode(u));
    auto *confidentiality = new QComboBox;
    confidentiality->addItem(tr("Not confidential"), toCode(Confidentiality::Normal));
    for (Confidentiality c : {Confidentiality::Confidential, Confidentiality::Secret, Confidentiality::TopSecret})
        confidentiality->addItem(labels::confidentiality(c), toCode(c));

    addRow(u"arrival_date"_s, tr("Arrival date"), dateEditor());
    addRow(u"issuer_parent"_s, tr("Issuer's parent"), new QLineEdit);
    addRow(u"issuer"_s, tr("Issuer"), new QLineEdit);
    addRow(u"reference"_s, tr("Number and notation"), new QLineEdit);
    addRow(u"issued_date"_s, tr("Issue date"), dateEditor());
    addRow(u"place"_s, tr("Place"), new QLineEdit);
    addRow(u"type"_s, tr("Type"), new QLineEdit);
    addRow(u"summary"_s, tr("Summary"), plainEditor(3));
    addRow(u"addressees"_s, tr("Addressed to"), plainEditor(2));
    addRow(u"recipients"_s, tr("Recipients"), plainEditor(3));
    addRow(u"signer"_s, tr("Signer"), new QLineEdit);
    addRow(u"signer_title"_s, tr("Signer's title"), new QLineEdit);
    addRow(u"signing_authority"_s, tr("Signing authority"), authority);
    addRow(u"urgency"_s, tr("Urgency"), urgency);
    addRow(u"confidentiality"_s, tr("Confidentiality"), confidentiality);
}

QStringList ReviewForm::fieldNames()
{
    return {u"arrival_date"_s, u"issuer_parent"_s, u"issuer"_s, u"reference"_s, u"issued_date"_s, u"place"_s, u"type"_s,
        u"summary"_s, u"addressees"_s, u"recipients"_s, u"signer"_s, u"signer_title"_s, u"signing_authority"_s,
        u"urgency"_s, u"confidentiality"_s};
}

void ReviewForm::addRow(const QString &name, const QString &label, QWidget *editor)
{
    auto *mark = new QLabel;
    mark->setFixedSize(12, 12);
    auto *box = new QHBoxLayout;
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(editor, 1);
    if (isDate(name))
        box->addStretch(1); // the short date fields keep their mark in the column of the others
    box->addWidget(mark, 0, Qt::AlignTop);
    auto *formLayout = static_cast<QFormLayout *>(layout());
    formLayout->addRow(label, box);
    editor->setObjectName(name);
    editor->installEventFilter(this);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textEdited, this, [this, name] { markEdited(name); });
        if (isDate(name))
            connect(line, &QLineEdit::editingFinished, this, [this, name] {
                if (Row *r = row(name))
                    updateMark(*r);
            });
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(plain, &QPlainTextEdit::textChanged, this, [this, name] {
            if (!m_loading)
                markEdited(name);
        });
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::activated, this, [this, name] { markEdited(name); });
    }
    m_rows.append({name, editor, mark});
}

ReviewForm::Row *ReviewForm::row(const QString &name)
{
    for (Row &r : m_rows) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

const ReviewForm::Row *ReviewForm::row(const QString &name) const
{
    return const_cast<ReviewForm *>(this)->row(name);
}

void ReviewForm::setFields(
    const Dispatch &d, const QHash<QString, extract::FieldEvidence> &evidence, const QStringList &edited)
{
    const QScopedValueRollback loading(m_loading, true);
    const QDate arrival = d.arrivalDate.isValid() ? d.arrivalDate : QDate::currentDate();
    for (Row &r : m_rows) {
        QString text;
        if (r.name == u"arrival_date")
            text = labels::date(arrival);
        else if (r.name == u"issued_date")
            text = labels::date(d.issuedDate);
        else if (isList(r.name))
            text = (r.name == u"addressees" ? d.addressees : d.recipients).join(u'\n');
        else if (const DispatchField *field = findDispatchField(r.name))
            text = field->get(d);
        setText(r, text);
        r.confidence = -1;
        if (evidence.contains(r.name)) {
            r.confidence = evidence.value(r.name).confidence;
        } else if (r.name == u"reference") {
            for (const char *part : {"number", "notation"}) {
                const QString key = QString::fromLatin1(part);
                if (evidence.contains(key))
                    r.confidence = r.confidence < 0 ? evidence.value(key).confidence
                                                    : std::min(r.confidence, evidence.value(key).confidence);
            }
        }
        r.edited = edited.contains(r.name);
        updateMark(r);
    }
}

void ReviewForm::setText(Row &r, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(r.editor)) {
        line->setText(text);
        line->setCursorPosition(0);
    } else if (auto *plain = qobject_cast<QPlainTextEdit *>(r.editor)) {
        plain->setPlainText(text);
    } else if (auto *combo = qobject_cast<QComboBox *>(r.editor)) {
        int index = combo->findData(text);
        if (index < 0 && r.name == u"signing_authority") {
            if (auto a = parseSigningAuthority(text))
                index = combo->findData(toCode(*a));
        } else if (index < 0 && r.name == u"urgency") {
            if (auto u = parseUrgency(text))
                index = combo->findData(toCode(*u));
        } else if (index < 0 && r.name == u"confidentiality") {
            if (auto c = parseConfidentiality(text))
                index = combo->findData(toCode(*c));
        }
        combo->setCurrentIndex(std::max(index, 0));
    }
}

QString ReviewForm::value(const QString &name) const
{
    const Row *r = row(name);
    if (!r)
        return {};
    if (auto *line = qobject_cast<QLineEdit *>(r->editor))
        return line->text().trimmed();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(r->editor))
        return isList(name) ? listItems(plain->toPlainText()).join(u'\n') : plain->toPlainText().simplified();
    if (auto *combo = qobject_cast<QComboBox *>(r->editor))
        return combo->currentData().toString();
    return {};
}

void ReviewForm::setValue(const QString &name, const QString &text)
{
    Row *r = row(name);
    if (!r)
        return;
    {
        const QScopedValueRollback loading(m_loading, true);
        setText(*r, text);
    }
    markEdited(name);
}

QWidget *ReviewForm::editor(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->editor : nullptr;
}

bool ReviewForm::isEdited(const QString &name) const
{
    const Row *r = row(name);
    return r && r->edited;
}

QStringList ReviewForm::editedFields() const
{
    QStringList names;
    for (const Row &r : m_rows) {
        if (r.edited)
            names.append(r.name);
    }
    return names;
}

double ReviewForm::confidence(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->confidence : -1;
}

QString ReviewForm::markText(const QString &name) const
{
    const Row *r = row(name);
    return r ? r->mark->toolTip() : QString();
}

void ReviewForm::markEdited(const QString &name)
{
    Row *r = row(name);
    if (!r)
        return;
    r->edited = true;
    updateMark(*r);
    emit fieldEdited(name);
}

void ReviewForm::updateMark(Row &r)
{
    r.invalid = false;
    if (isDate(r.name)) {
        const QString text = value(r.name);
        r.invalid = !text.isEmpty() && !parseTypedDate(text).isValid();
    }
    QString colour;
    QString tip;
    if (r.invalid) {
        colour = u"#d03030"_s;
        tip = tr("Not a date: type it as 29/8/2024");
    } else if (r.edited) {
        colour = u"#3070d0"_s;
        tip = tr("Edited");
    } else if (r.name == u"arrival_date") {
        colour = u"transparent"_s;
    } else if (r.confidence < 0) {
        colour = u"#c0c0c0"_s;
        tip = tr("Not found in the document");
    } else {
        colour = r.confidence >= 0.85 ? u"#3a9d4a"_s : r.confidence >= kLowConfidence ? u"#e0a020"_s : u"#d04030"_s;
        tip = tr("Confidence %1%").arg(std::lround(r.confidence * 100));
    }
    r.mark->setStyleSheet(u"background-color: %1; border-radius: 6px;"_s.arg(colour));
    r.mark->setToolTip(tip);
    r.editor->setToolTip(tip);
    r.mark->setObjectName(r.confidence >= 0 && r.confidence < kLowConfidence && !r.edited ? u"low"_s : u"mark"_s);
}

Result<Dispatch> ReviewForm::fields(Dispatch d) const
{
    for (const Row &r : m_rows) {
        const QString text = value(r.name);
        if (isDate(r.name)) {
            const QDate date = parseTypedDate(text);
            if (!text.isEmpty() && !date.isValid())
                return fail(Error::InvalidArgument,
                    tr("“%1” is not a date. Type it as day/month/year, for example 29/8/2024.").arg(text));
            (r.name == u"arrival_date" ? d.arrivalDate : d.issuedDate) = date;
        } else if (isList(r.name)) {
            (r.name == u"addressees" ? d.addressees : d.recipients) = listItems(text);
        } else if (r.name == u"reference") {
            if (text != d.reference)
                splitReference(text, d);
        } else if (const DispatchField *field = findDispatchField(r.name)) {
            field->set(d, text);
        }
    }
    if (!d.arrivalDate.isValid())
        d.arrivalDate = QDate::currentDate();
    return d;
}

bool ReviewForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const Row &r : m_rows) {
            if (r.editor == watched)
                emit fieldFocused(r.name);
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vt::gui
