// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <mutex>
#include <vector>

namespace vt::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;

void setSinks(std::vector<spdlog::sink_ptr> sinks, spdlog::level::level_enum level)
{
    std::lock_guard lock(g_mutex);
    g_sinks = std::move(sinks);
    spdlog::drop_all();
    auto fallback = std::make_shared<spdlog::logger>("vanthu", g_sinks.begin(), g_sinks.end());
    spdlog::set_default_logger(fallback);
    spdlog::set_level(level);
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ [%n] %v");
    spdlog::flush_on(spdlog::level::warn);
}

void qtMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    spdlog::level::level_enum level = spdlog::level::info;
    switch (type) {
    case QtDebugMsg: level = spdlog::level::debug; break;
    case QtInfoMsg: level = spdlog::level::info; break;
    case QtWarningMsg: level = spdlog::level::warn; break;
    case QtCriticalMsg: level = spdlog::level::err; break;
    case QtFatalMsg: level = spdlog::level::critical; break;
    }
    const spdlog::source_loc where{context.file, context.line, context.function};
    get("qt")->log(where, level, "{}", message.toStdString());
    if (type == QtFatalMsg)
        spdlog::shutdown();
}

} // namespace

void initForApp(const QString &dataDir)
{
    std::vector<spdlog::sink_ptr> sinks;
    const QString logDir = dataDir + QStringLiteral("/logs");
    QDir().mkpath(logDir);
    try {
        const std::string file = QDir(logDir).filePath(QStringLiteral("vanthu.log")).toStdString();
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file, 2 * 1024 * 1024, 5));
    } catch (const spdlog::spdlog_ex &) {
        // A read-only data folder must not stop the app; stderr below still gets everything important.
    }
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(spdlog::level::warn);
    sinks.push_back(console);
    setSinks(std::move(sinks), spdlog::level::info);
    installQtMessageBridge();
}

void initForCli(bool verbose)
{
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    setSinks({console}, verbose ? spdlog::level::debug : spdlog::level::warn);
    installQtMessageBridge();
}

std::shared_ptr<spdlog::logger> get(const char *name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(name))
        return existing;
    std::shared_ptr<spdlog::logger> logger;
    if (g_sinks.empty())
        logger = spdlog::default_logger()->clone(name);
    else
        logger = std::make_shared<spdlog::logger>(name, g_sinks.begin(), g_sinks.end());
    logger->set_level(spdlog::get_level());
    spdlog::register_logger(logger);
    return logger;
}

void installQtMessageBridge()
{
    qInstallMessageHandler(qtMessageHandler);
}

} // namespace vt::logging
