// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// QSettings keys of the app, in one place (the settings dialog writes them; the parts that use them read them).
namespace vt::gui::settings {

inline constexpr char kAgencyName[] = "agency/name";          ///< "Sở Thông tin và Truyền thông" (slips, stamp, covers)
inline constexpr char kAgencyParent[] = "agency/parent";      ///< "UBND TỈNH KIÊN GIANG"
inline constexpr char kAgencyPlace[] = "agency/place";        ///< địa danh for printed dates: "Kiên Giang"
inline constexpr char kDatabasePath[] = "database/path";      ///< the register file; empty: the default in the data folder
inline constexpr char kOcrLanguages[] = "ocr/languages";      ///< Tesseract languages, "vie" (default) or "vie+eng"
inline constexpr char kInboxFolder[] = "import/inboxFolder";  ///< watched folder; empty: none
inline constexpr char kSavedSearches[] = "search/saved";      ///< saved searches (see the search bar)

} // namespace vt::gui::settings
