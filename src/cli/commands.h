// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace vt::cli {

/// Exit statuses: 0 success; 1 the operation failed (message on stderr); 2 the command line is wrong;
/// 3 duplicates were found and nothing was registered (re-run with --yes to register anyway).
enum ExitCode { Ok = 0, Failed = 1, Usage = 2, NeedsConfirmation = 3 };

/// Runs `vanthu-cli <arguments>` (arguments without the program name) and returns the exit status.
int run(const QStringList &arguments);

/// Whether the command needs a QGuiApplication (printing paints text) rather than a QCoreApplication.
bool needsGui(const QStringList &arguments);

} // namespace vt::cli
