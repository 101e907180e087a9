// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <QCoreApplication>
#include <QStringList>

namespace vt::gui::labels {
QString status(Status s)
{
    switch (s) {
    case Status::Waiting:
        return QCoreApplication::translate("Labels", "Waiting");
    case Status::InProgress:
        return QCoreApplication::translate("Labels", "In progress");
    case Status::Done:
        return QCoreApplication::translate("Labels", "Done");
    }
    return {};
}

QString urgency(Urgency u)
{
    switch (u) {
    case Urgency::Normal:
        return {};
    case Urgency::Urgent:
        return QCoreApplication::translate("Labels", "Urgent");
    case Urgency::VeryUrgent:
        return QCoreApplication::translate("Labels", "Very urgent");
    case Urgency::Flash:
        return QCoreApplication::translate("Labels", "Flash");
    }
    return {};
}

QString confidentiality(Confidentiality c)
{
    switch (c) {
    case Confidentiality::Normal:
        return {};
    case Confidentiality::Confidential:
        return QCoreApplication::translate("Labels", "Confidential");
    case Confidentiality::Secret:
        return QCoreApplication::translate("Labels", "Secret");
    case Confidentiality::TopSecret:
        return QCoreApplication::translate("Labels", "Top secret");
    }
    return {};
}

QString direction(Direction d)
{
    return d == Direction::Incoming ? QCoreApplication::translate("Labels", "Incoming")
                                    : QCoreApplication::translate("Labels", "Outgoing");
}

QString marks(Urgency u, Confidentiality c, bool overdue)
{
    QStringList parts;
    if (u == Urgency::Urgent)
        parts.append(QCoreApplication::translate("Labels", "U", "mark of an urgent document"));
    else if (u == Urgency::VeryUrgent)
        parts.append(QCoreApplication::translate("Labels", "VU", "mark of a very urgent document"));
    else if (u == Urgency::Flash)
        parts.append(QCoreApplication::translate("Labels", "F", "mark of a flash (most urgent) document"));
    if (c != Confidentiality::Normal)
        parts.append(QCoreApplication::translate("Labels", "C", "mark of a confidential document"));
    if (overdue)
        parts.append(QStringLiteral("!"));
    return parts.join(QLatin1Char(' '));
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace vt::gui::labels
