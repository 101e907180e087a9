// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace vt::print {

/// The agency whose office prints: the header of slips, the ĐẾN stamp and register covers. From the app's
/// settings (agency/parent, agency/name, agency/place) or the command line. Empty members print as dotted
/// blanks to fill in by hand.
struct AgencyInfo
{
    QString parent; ///< cơ quan chủ quản: "UBND TỈNH KIÊN GIANG"
    QString name; ///< the agency itself: "Sở Thông tin và Truyền thông"
    QString place; ///< địa danh of printed dates: "Kiên Giang"
};

} // namespace vt::print
