// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inboxscan.h"

#include "importpaths.h"

#include "core/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vt::gui {

InboxListing listInbox(const QString &folder)
{
    InboxListing listing;
    const QFileInfo root(folder);
    listing.folderExists = root.isDir();
    if (!listing.folderExists)
        return listing;
    const QString base = QDir::cleanPath(root.absoluteFilePath());
    listing.folders.append(base);
    QDirIterator it(base, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.filePath().indexOf(u"/."_s, base.size()) >= 0)
            continue; // hidden, or inside a hidden folder
        if (info.isDir()) {
            listing.folders.append(QDir::cleanPath(info.absoluteFilePath()));
        } else if (isImportableName(info.fileName()) && !isIgnoredName(info.fileName())) {
            listing.files.append(
                {QDir::cleanPath(info.absoluteFilePath()), info.size(), info.lastModified().toMSecsSinceEpoch()});
        }
    }
    std::sort(listing.files.begin(), listing.files.end(),
        [](const InboxFile &a, const InboxFile &b) { return a.path < b.path; });
    return listing;
}

void TakenFiles::load(const QString &jsonPath)
{
    m_jsonPath = jsonPath;
    m_files.clear();
    if (jsonPath.isEmpty() || !QFileInfo::exists(jsonPath))
        return;
    QFile file(jsonPath);
    QJsonParseError error{};
    const QJsonDocument doc
        = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (!doc.isObject()) {
        logging::get("app")->warn("inbox: {} is not readable ({}); files in the inbox may be imported again",
            jsonPath.toStdString(), error.errorString().toStdString());
        return;
    }
    for (const QJsonValue &value : doc.object().value(u"taken"_s).toArray()) {
        const QJsonObject o = value.toObject();
        const InboxFile taken{o.value(u"path"_s).toString(), qint64(o.value(u"size"_s).toDouble()),
            qint64(o.value(u"modified"_s).toDouble())};
        if (!taken.path.isEmpty())
            m_files.insert(taken.path, taken);
    }
}

bool TakenFiles::save() const
{
    if (m_jsonPath.isEmpty())
        return true;
    QList<InboxFile> files = m_files.values();
    std::sort(files.begin(), files.end(), [](const InboxFile &a, const InboxFile &b) { return a.path < b.path; });
    QJsonArray taken;
    for (const InboxFile &f : files)
        taken.append(
            QJsonObject{{u"path"_s, f.path}, {u"size"_s, double(f.size)}, {u"modified"_s, double(f.modifiedMs)}});
    QSaveFile file(m_jsonPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(QJsonObject{{u"taken"_s, taken}}).toJson()) < 0
        || !file.commit()) {
        logging::get("app")->warn(
            "inbox: cannot write {}: {}", m_jsonPath.toStdString(), file.errorString().toStdString());
        return false;
    }
    return true;
}

bool TakenFiles::contains(const InboxFile &file) const
{
    auto it = m_files.constFind(file.path);
    return it != m_files.cend() && *it == file;
}

void TakenFiles::insert(const InboxFile &file)
{
    m_files.insert(file.path, file);
}

void TakenFiles::prune(const QString &folder, const QList<InboxFile> &present)
{
    QSet<QString> paths;
    for (const InboxFile &f : present)
        paths.insert(f.path);
    const QString prefix = QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) + u'/';
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (it.key().startsWith(prefix) && !paths.contains(it.key()))
            it = m_files.erase(it);
        else
            ++it;
    }
}

} // namespace vt::gui
