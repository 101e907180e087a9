// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QTextStream>

namespace vt::store {
struct SearchHit;
struct AuditEntry;
}

/// How the command line prints records: one line per record for people, JSON and CSV for programs.
namespace vt::cli {

void printRecordLine(QTextStream &out, const Dispatch &d);
void printRecord(QTextStream &out, const Dispatch &d);
void printHit(QTextStream &out, const store::SearchHit &hit);
void printHistory(QTextStream &out, const QList<store::AuditEntry> &entries);

QStringList csvHeader();
QStringList csvRow(const Dispatch &d);
QString csvLine(const QStringList &cells);

} // namespace vt::cli
