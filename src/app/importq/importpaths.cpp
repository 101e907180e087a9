// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpaths.h"

#include "pipeline/importer.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vt::gui {

namespace {

const QStringList &suffixes()
{
    static const QStringList list = [] {
        QStringList out;
        for (const QString &filter : pipeline::supportedNameFilters())
            out.append(filter.mid(1)); // "*.pdf" -> ".pdf"
        return out;
    }();
    return list;
}

QString unsupported(const QString &fileName)
{
    return QCoreApplication::translate("vt::gui::ImportQueue",
        "%1 cannot be imported: only PDF, PNG, JPEG, TIFF and plain-text (.txt) files can. Save it as PDF and "
        "import that.")
        .arg(fileName);
}

} // namespace

bool isImportableName(const QString &fileName)
{
    return std::any_of(suffixes().begin(), suffixes().end(),
        [&](const QString &suffix) { return fileName.endsWith(suffix, Qt::CaseInsensitive); });
}

bool isIgnoredName(const QString &fileName)
{
    static const QStringList partial{u".part"_s, u".crdownload"_s, u".download"_s, u".partial"_s, u".tmp"_s};
    if (fileName.startsWith(u'.') || fileName.startsWith(u"~$"_s))
        return true;
    if (fileName.compare(u"Thumbs.db"_s, Qt::CaseInsensitive) == 0
        || fileName.compare(u"desktop.ini"_s, Qt::CaseInsensitive) == 0)
        return true;
    return std::any_of(partial.begin(), partial.end(),
        [&](const QString &suffix) { return fileName.endsWith(suffix, Qt::CaseInsensitive); });
}

QList<ImportPath> expandImportPaths(const QStringList &paths)
{
    QList<ImportPath> out;
    QSet<QString> seen;
    const auto add = [&](const QString &path, const QString &problem) {
        if (!seen.contains(path)) {
            seen.insert(path);
            out.append({path, problem});
        }
    };
    for (const QString &given : paths) {
        const QFileInfo info(given);
        const QString path = QDir::cleanPath(info.absoluteFilePath());
        if (!info.exists()) {
            add(path,
                QCoreApplication::translate("vt::gui::ImportQueue",
                    "%1 was not found: it may have been moved or deleted. Check the file and import it again.")
                    .arg(QDir::toNativeSeparators(path)));
        } else if (info.isDir()) {
            QStringList files;
            QDirIterator it(
                path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext()) {
                it.next();
                if (!isIgnoredName(it.fileName()) && it.filePath().indexOf(u"/."_s, path.size()) < 0)
                    files.append(QDir::cleanPath(it.filePath()));
            }
            std::sort(files.begin(), files.end());
            bool any = false;
            for (const QString &file : files) {
                const bool importable = isImportableName(file);
                any = any || importable;
                add(file, importable ? QString() : unsupported(QFileInfo(file).fileName()));
            }
            if (!any) {
                add(path,
                    QCoreApplication::translate("vt::gui::ImportQueue",
                        "The folder %1 holds no file that can be imported (PDF, PNG, JPEG, TIFF or .txt).")
                        .arg(QDir::toNativeSeparators(path)));
            }
        } else if (!isImportableName(info.fileName())) {
            add(path, unsupported(info.fileName()));
        } else {
            add(path, {});
        }
    }
    return out;
}

} // namespace vt::gui
