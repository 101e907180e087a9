// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// Which files the import takes, and folders turned into the files they hold. Plain functions: the queue runs
/// expandImportPaths() off the GUI thread (a dropped folder on a network share can take a while to list).
namespace vt::gui {

/// The file's name ends in one of pipeline::supportedNameFilters() (any case: scanners write .PDF).
bool isImportableName(const QString &fileName);

/// Names nobody means to import that are skipped silently inside folders: hidden files, the system's
/// thumbnails and folder settings, files still being downloaded or copied, office lock files.
bool isIgnoredName(const QString &fileName);

struct ImportPath
{
    QString path; ///< absolute and clean
    QString problem; ///< empty: import it; otherwise why it cannot be imported, for the user
};

/// Files stay files (an unsupported or missing one gets a `problem`); folders become the files under them,
/// recursively, sorted by path, ignored names left out and unsupported ones with a `problem` (so the clerk
/// sees that the .docx in the folder was not read); a folder without any importable file becomes one entry
/// with a `problem`.
/// Paths already listed are not repeated.
QList<ImportPath> expandImportPaths(const QStringList &paths);

} // namespace vt::gui
