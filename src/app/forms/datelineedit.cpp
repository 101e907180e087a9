// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datelineedit.h"

#include "core/dispatchfields.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

int fullYear(int year, int digits, const QDate &today)
{
    if (digits > 2)
        return year;
    const int century = 2000 + year;
    return century > today.year() + 20 ? 1900 + year : century;
}

} // namespace

QDate parseTypedDate(QStringView input, const QDate &today)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty())
        return {};
    // Digits only: ddMMyyyy or ddMMyy, as typed on the number pad.
    static const QRegularExpression packed(u"^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"_s);
    if (const auto m = packed.match(text); m.hasMatch()) {
        const QString y = m.captured(3);
        return QDate(fullYear(y.toInt(), int(y.size()), today), m.captured(2).toInt(), m.captured(1).toInt());
    }
    static const QRegularExpression dmy(u"^(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?:\\s*[/.-]\\s*(\\d{2}|\\d{4}))?$"_s);
    if (const auto m = dmy.match(text); m.hasMatch()) {
        const QString y = m.captured(3);
        const int year = y.isEmpty() ? today.year() : fullYear(y.toInt(), int(y.size()), today);
        return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
    }
    return parseDate(text); // ISO
}

DateLineEdit::DateLineEdit(QWidget *parent) : QLineEdit(parent), m_today(QDate::currentDate())
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(tr("Type a date: 29/8/2024, 29/08/24 or 29082024"));
    setMaxLength(24);
    connect(this, &QLineEdit::editingFinished, this, &DateLineEdit::finish);
    connect(this, &QLineEdit::textChanged, this, &DateLineEdit::updateTint);
}

QDate DateLineEdit::date() const
{
    return parseTypedDate(text(), m_today);
}

void DateLineEdit::setDate(const QDate &date)
{
    m_lastDate = date;
    const QString shown = date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
    if (shown != text())
        setText(shown);
    updateTint();
}

bool DateLineEdit::isAcceptable() const
{
    return text().trimmed().isEmpty() || date().isValid();
}

void DateLineEdit::finish()
{
    updateTint();
    if (!isAcceptable())
        return; // left as typed, tinted
    const QDate d = date();
    const bool changed = d != m_lastDate;
    setDate(d); // the canonical dd/MM/yyyy
    if (changed)
        emit dateEdited(d);
}

void DateLineEdit::updateTint()
{
    // A light red background the clerk notices without a dialog; the style sheet is local to this field.
    const bool bad = !isAcceptable() && !hasFocus();
    const bool typingBad = !isAcceptable() && text().trimmed().size() >= 6;
    setStyleSheet(bad || typingBad ? u"QLineEdit { background: #fbe3e4; }"_s : QString());
    setProperty("invalid", bad || typingBad);
}

} // namespace vt::gui
