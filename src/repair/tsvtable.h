// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace vt::repair {

/// One data line of a tab-separated model table.
struct TsvRow
{
    int line = 0; ///< 1-based, for error messages
    QStringList fields;
};

/// The data lines of a UTF-8 tab-separated table (the repair stage's ocr-channel.tsv and case-prior.tsv):
/// `#` comment lines, empty lines and the column-name line are skipped. An absent file gives no rows;
/// `what` names the table in the error message of a file that cannot be read.
Result<QList<TsvRow>> readTsvTable(const QString &path, const QString &what);

} // namespace vt::repair
