// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include "labels.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

// A date edit whose lowest value means "no limit".
QDateEdit *makeDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    edit->setMinimumDate(QDate(1990, 1, 1));
    edit->setSpecialValueText(SearchBar::tr("any"));
    edit->setDate(edit->minimumDate());
    edit->setCalendarPopup(true);
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

template <typename Enum>
QComboBox *makeEnumCombo(QWidget *parent, const QString &anyText, std::initializer_list<std::pair<Enum, QString>> items)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(anyText);
    for (const auto &[value, text] : items)
        combo->addItem(text, QVariant::fromValue(int(value)));
    return combo;
}

template <typename Enum> std::optional<Enum> enumOf(const QComboBox *combo)
{
    const QVariant v = combo->currentData();
    return v.isValid() ? std::optional<Enum>(Enum(v.toInt())) : std::nullopt;
}

} // namespace

SearchBar::SearchBar(QWidget *parent) : QWidget(parent)
{
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"searchText"_s);
    m_text->setPlaceholderText(tr("Search: words of the number, issuer, summary or text, with or without diacritics"));
    m_text->setClearButtonEnabled(true);
    m_filterButton = new QToolButton(this);
    m_filterButton->setObjectName(u"filterButton"_s);
    m_filterButton->setText(tr("Filters"));
    m_filterButton->setCheckable(true);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(u"saveSearch"_s);
    m_saveButton->setText(u"☆"_s);
    m_saveButton->setToolTip(tr("Save this search"));
    connect(m_saveButton, &QToolButton::clicked, this, &SearchBar::saveRequested);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_text, 1);
    top->addWidget(m_saveButton);
    top->addWidget(m_filterButton);

    m_filterRow = makeFilterRow();
    m_filterRow->setVisible(false);
    connect(m_filterButton, &QToolButton::toggled, m_filterRow, &QWidget::setVisible);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_filterRow);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchBar::emitNow);
    connect(m_text, &QLineEdit::textEdited, this, &SearchBar::changed);
    connect(m_text, &QLineEdit::returnPressed, this, &SearchBar::emitNow);
    // The clear button sets the text without textEdited.
    connect(m_text, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            changed();
    });
}

QWidget *SearchBar::makeFilterRow()
{
    auto *row = new QWidget(this);
    m_from = makeDateEdit(row);
    m_to = makeDateEdit(row);
    m_issuer = new QLineEdit(row);
    m_issuer->setPlaceholderText(tr("Issuer starts with…"));
    m_type = new QComboBox(row);
    m_type->setEditable(true);
    m_type->addItem(QString());
    // The common types (NĐ 30/2020, Phụ lục III), as they are printed; the store matches them folded.
    for (const char16_t *t : {u"Công văn", u"Quyết định", u"Kế hoạch", u"Thông báo", u"Báo cáo", u"Tờ trình",
             u"Giấy mời", u"Nghị quyết", u"Chỉ thị", u"Hướng dẫn", u"Chương trình", u"Biên bản"})
        m_type->addItem(QString::fromUtf16(t));
    m_type->lineEdit()->setPlaceholderText(tr("any type"));
    m_status = makeEnumCombo<Status>(row, tr("any status"),
        {{Status::Waiting, labels::status(Status::Waiting)}, {Status::InProgress, labels::status(Status::InProgress)},
            {Status::Done, labels::status(Status::Done)}});
    m_urgency = makeEnumCombo<Urgency>(row, tr("any urgency"),
        {{Urgency::Normal, tr("Normal")}, {Urgency::Urgent, labels::urgency(Urgency::Urgent)},
            {Urgency::VeryUrgent, labels::urgency(Urgency::VeryUrgent)},
            {Urgency::Flash, labels::urgency(Urgency::Flash)}});
    m_confidentiality = makeEnumCombo<Confidentiality>(row, tr("any confidentiality"),
        {{Confidentiality::Normal, tr("Normal")},
            {Confidentiality::Confidential, labels::confidentiality(Confidentiality::Confidential)},
            {Confidentiality::Secret, labels::confidentiality(Confidentiality::Secret)},
            {Confidentiality::TopSecret, labels::confidentiality(Confidentiality::TopSecret)}});
    auto *reset = new QPushButton(tr("Clear filters"), row);

    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Arrived from"), row));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_to);
    layout->addWidget(m_issuer, 2);
    layout->addWidget(m_type, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_urgency);
    layout->addWidget(m_confidentiality);
    layout->addWidget(reset);

    for (QDateEdit *e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, &SearchBar::changed);
    connect(m_issuer, &QLineEdit::textEdited, this, &SearchBar::changed);
    connect(m_type, &QComboBox::currentTextChanged, this, &SearchBar::changed);
    for (QComboBox *c : {m_status, m_urgency, m_confidentiality})
        connect(c, &QComboBox::currentIndexChanged, this, &SearchBar::changed);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString text = m_text->text();
        clear();
        m_text->setText(text);
        emitNow();
    });
    return row;
}

store::SearchQuery SearchBar::query() const
{
    store::SearchQuery q;
    q.text = m_text->text();
    q.prefixLastWord = true;
    q.filter.arrivalFrom = dateOf(m_from);
    q.filter.arrivalTo = dateOf(m_to);
    q.filter.issuer = m_issuer->text().trimmed();
    q.filter.type = m_type->currentText().trimmed();
    q.filter.status = enumOf<Status>(m_status);
    q.filter.urgency = enumOf<Urgency>(m_urgency);
    q.filter.confidentiality = enumOf<Confidentiality>(m_confidentiality);
    return q;
}

void SearchBar::clear()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_text), QSignalBlocker(m_from), QSignalBlocker(m_to),
        QSignalBlocker(m_issuer), QSignalBlocker(m_type), QSignalBlocker(m_status), QSignalBlocker(m_urgency),
        QSignalBlocker(m_confidentiality)};
    m_text->clear();
    m_from->setDate(m_from->minimumDate());
    m_to->setDate(m_to->minimumDate());
    m_issuer->clear();
    m_type->setCurrentIndex(0);
    for (QComboBox *c : {m_status, m_urgency, m_confidentiality})
        c->setCurrentIndex(0);
}

void SearchBar::setSearch(const QString &text, const store::Filter &filter)
{
    clear();
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_text), QSignalBlocker(m_from), QSignalBlocker(m_to),
            QSignalBlocker(m_issuer), QSignalBlocker(m_type), QSignalBlocker(m_status), QSignalBlocker(m_urgency),
            QSignalBlocker(m_confidentiality)};
        m_text->setText(text);
        if (filter.arrivalFrom.isValid())
            m_from->setDate(filter.arrivalFrom);
        if (filter.arrivalTo.isValid())
            m_to->setDate(filter.arrivalTo);
        m_issuer->setText(filter.issuer);
        m_type->setCurrentText(filter.type);
        const auto select = [](QComboBox *combo, std::optional<int> value) {
            combo->setCurrentIndex(value ? std::max(0, combo->findData(*value)) : 0);
        };
        const auto asInt = [](const auto &v) { return v ? std::optional<int>(int(*v)) : std::nullopt; };
        select(m_status, asInt(filter.status));
        select(m_urgency, asInt(filter.urgency));
        select(m_confidentiality, asInt(filter.confidentiality));
    }
    const bool filtered = filter.arrivalFrom.isValid() || filter.arrivalTo.isValid() || !filter.issuer.isEmpty()
        || !filter.type.isEmpty() || filter.status || filter.urgency || filter.confidentiality;
    if (filtered)
        m_filterButton->setChecked(true);
    emitNow();
}

void SearchBar::changed()
{
    m_debounce.start();
}

void SearchBar::emitNow()
{
    m_debounce.stop();
    emit queryChanged(query());
}

} // namespace vt::gui
