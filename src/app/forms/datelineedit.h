// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

namespace vt::gui {

/// A date as clerks type it: "29/8/2024", "29/08/24", "29082024", "290824", "29.8.2024", "2024-08-29", or
/// "29/8" (this year). Two-digit years are 20yy unless that lies more than 20 years ahead (then 19yy).
/// Null for anything else, including days that do not exist (31/2/2024).
QDate parseTypedDate(QStringView text, const QDate &today = QDate::currentDate());

/// A line edit for one date, typed rather than spun (no QDateEdit sections to step through). When the
/// clerk leaves the field it shows the date as dd/MM/yyyy; text that is not a date is tinted and kept
/// as typed so it can be corrected. Empty means no date.
class DateLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateLineEdit)

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    /// The date typed so far; null when empty or not a date.
    QDate date() const;
    void setDate(const QDate &date);
    /// Empty, or a date.
    bool isAcceptable() const;
    /// The day two-digit years and "29/8" are read against (today unless set, for tests).
    void setToday(const QDate &today) { m_today = today; }

signals:
    /// The clerk finished typing (left the field or pressed Enter) and the text reads as a different date
    /// (null when cleared).
    void dateEdited(const QDate &date);

private:
    void finish();
    void updateTint();

    QDate m_today;
    QDate m_lastDate;
};

} // namespace vt::gui
