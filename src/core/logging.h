// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <spdlog/spdlog.h>

#include <memory>

/// One logging setup for the app and the CLI. Each library logs through its own named logger
/// ("store", "ingest", …), all sharing the sinks installed here; Qt's own messages are bridged in.
namespace vt::logging {

/// The desktop app: a rotating log file (5 × 2 MB) in `dataDir`/logs/vanthu.log, plus stderr at warning level.
void initForApp(const QString &dataDir);

/// The command line: stderr only, warnings and above unless `verbose`.
void initForCli(bool verbose);

/// A logger that writes to the installed sinks, created on first use. Safe from any thread.
std::shared_ptr<spdlog::logger> get(const char *name);

/// Routes qDebug/qWarning/qCritical/qFatal into spdlog (called by both init functions).
void installQtMessageBridge();

} // namespace vt::logging
