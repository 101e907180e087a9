// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The shared scorer (../shared/tools/score-repair, Python 3) run on a repaired text, so tests assert the same
// syllable accuracy docs/benchmarks.md reports. Header-only: used by tst_repairer and tst_ocrchannel.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace vt::repair::test {

/// VT_SHARED_DIR, or empty when ../shared is not available.
inline QString sharedDir()
{
    const QString dir = qEnvironmentVariable("VT_SHARED_DIR");
    return !dir.isEmpty() && QFile::exists(dir + QStringLiteral("/tools/score-repair")) ? dir : QString();
}

/// Syllable accuracy of `hyp` against `gold`; nullopt when the scorer or Python is missing or fails.
inline std::optional<double> syllableAccuracy(const QString &hyp, const QString &gold)
{
    const QString shared = sharedDir();
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    QTemporaryDir dir;
    if (shared.isEmpty() || python.isEmpty() || !dir.isValid())
        return std::nullopt;
    const auto write = [&dir](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
    };
    if (!write(QStringLiteral("hyp.txt"), hyp) || !write(QStringLiteral("gold.txt"), gold))
        return std::nullopt;
    QProcess scorer;
    scorer.start(python,
        {shared + QStringLiteral("/tools/score-repair"), dir.filePath(QStringLiteral("hyp.txt")),
            dir.filePath(QStringLiteral("gold.txt")), QStringLiteral("--json")});
    if (!scorer.waitForFinished(120000) || scorer.exitCode() != 0)
        return std::nullopt;
    const QJsonObject result = QJsonDocument::fromJson(scorer.readAllStandardOutput()).object();
    if (!result.value(QStringLiteral("syllable_accuracy")).isDouble())
        return std::nullopt;
    return result.value(QStringLiteral("syllable_accuracy")).toDouble();
}

} // namespace vt::repair::test
