// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace vt::ingest {

/// Messages and warnings that reach the user go through Qt's translation, in one context for the library.
/// Internal: not included by public headers.
inline QString tr(const char *sourceText)
{
    return QCoreApplication::translate("vt::ingest", sourceText);
}

} // namespace vt::ingest
