// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QDate>
#include <QString>

/// Translated names of the register's values, as the UI shows them.
namespace vt::gui::labels {

QString status(Status);
QString urgency(Urgency); ///< empty for Normal
QString confidentiality(Confidentiality); ///< empty for Normal
QString direction(Direction); ///< the register's name: "Incoming" / "Văn bản đến"
/// The short marks of the marks column: urgency and confidentiality abbreviations, "!" when overdue.
QString marks(Urgency, Confidentiality, bool overdue);
/// dd/MM/yyyy, as Vietnamese registers write dates; empty for an invalid date.
QString date(const QDate &date);

} // namespace vt::gui::labels
