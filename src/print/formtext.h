// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"

#include <QDate>
#include <QString>
#include <QStringList>

/// The printed forms' own words (NĐ 30/2020, Phụ lục IV), kept together here. They are Vietnamese whatever the
/// UI language, because the forms are legal Vietnamese forms; so they are string literals, not tr() strings.
namespace vt::print::form {

QString nationalName(); ///< Quốc hiệu
QString motto(); ///< Tiêu ngữ

/// "Kiên Giang, ngày 05 tháng 01 năm 2025" (NĐ 30: the day zero-padded below 10, months 1 and 2 zero-padded);
/// an empty place or invalid date prints dotted blanks.
QString placeAndDate(const QString &place, const QDate &date);
/// dd/MM/yyyy, as registers write dates; empty for an invalid date.
QString shortDate(const QDate &date);
/// A blank to write in by hand.
QString dots(int count = 20);

// Routing slip (Phụ lục IV, mục VII)
QString slipTitle();
/// "(Kế hoạch số 116-KH/BCĐ ngày 05/3/2025 của …: trích yếu)": the document the slip is for.
QString slipDocument(const Dispatch &d);
QString slipArrival(const Dispatch &d); ///< "Số đến: 12   Ngày đến: 05/03/2025"
QString slipSection1();
QString slipLead();
QString slipCooperate();
QString slipDeadline();
QString slipInstruction();
QString slipOpinionDate();
QString slipSection2();
QString slipAssignPerson();
QString slipPersonDeadline();
QString slipUnitOpinionDate();
QString slipSection3();
QString slipProposal();
QString slipProposalDate();

// Registers (Phụ lục IV, mục I and VI)
QString registerTitle(Direction direction, bool confidential);
QString coverYear(int year);
QString coverDateRange(const QDate &from, const QDate &to);
QString coverNumberRange(int first, int last); ///< dotted blanks when the range is empty (0)
QString coverVolume();
/// The ten column headings of the register of `direction`, in order.
QStringList registerColumns(Direction direction);
QString pageNumber(int page); ///< "Trang 3"
QString noRecords();

// ĐẾN stamp (Phụ lục IV, mục V)
QString stampArrived(); ///< "ĐẾN"
QString stampNumber();
QString stampDate();
QString stampTransfer();
QString stampFile();

} // namespace vt::print::form
