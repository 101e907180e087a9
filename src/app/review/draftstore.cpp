// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftstore.h"

#include "core/dispatchfields.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("vt::gui::DraftStore", text);
}

bool validId(const QString &id)
{
    if (id.size() != 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'f'); });
}

QJsonObject toJson(const Draft &draft)
{
    QJsonArray documents;
    for (const DraftDocument &doc : draft.documents) {
        QJsonObject fields = vt::toJson(doc.fields, true);
        // Set by the store on registering; a draft has none.
        for (const char *key : {"id", "arrival_number", "created_at", "updated_at", "deleted_at"})
            fields.remove(QString::fromLatin1(key));
        QJsonArray corrections;
        for (const auto &[word, text] : doc.corrections)
            corrections.append(QJsonObject{{u"word"_s, word}, {u"text"_s, text}});
        documents.append(QJsonObject{{u"index"_s, doc.index}, {u"fields"_s, fields},
            {u"edited"_s, QJsonArray::fromStringList(doc.edited)}, {u"corrections"_s, corrections}});
    }
    return {{u"version"_s, kVersion}, {u"source_path"_s, draft.sourcePath}, {u"sha256"_s, draft.sha256},
        {u"saved_at"_s, draft.savedAt.toUTC().toString(Qt::ISODate)}, {u"documents"_s, documents}};
}

Result<Draft> fromJson(const QJsonObject &o, const QString &path)
{
    const auto damaged = [&](const QString &why) {
        return fail(Error::Corrupt,
            tr("The draft %1 cannot be read (%2); delete it and review the file again.")
                .arg(QDir::toNativeSeparators(path), why));
    };
    if (o.value(u"version"_s).toInt() != kVersion)
        return damaged(u"version"_s);
    Draft draft;
    draft.sourcePath = o.value(u"source_path"_s).toString();
    draft.sha256 = o.value(u"sha256"_s).toString();
    draft.savedAt = QDateTime::fromString(o.value(u"saved_at"_s).toString(), Qt::ISODate);
    for (const QJsonValue &value : o.value(u"documents"_s).toArray()) {
        const QJsonObject d = value.toObject();
        auto fields = vt::fromJson(d.value(u"fields"_s).toObject());
        if (!fields)
            return damaged(fields.error().message);
        DraftDocument doc{d.value(u"index"_s).toInt(), std::move(*fields), {}};
        for (const QJsonValue &name : d.value(u"edited"_s).toArray())
            doc.edited.append(name.toString());
        for (const QJsonValue &c : d.value(u"corrections"_s).toArray())
            doc.corrections.append({c[u"word"_s].toInt(), c[u"text"_s].toString()});
        draft.documents.append(std::move(doc));
    }
    if (!validId(draft.sha256) || draft.documents.isEmpty())
        return damaged(u"sha256, documents"_s);
    return draft;
}

} // namespace

QString DraftStore::folderFor(const QString &databasePath)
{
    return databasePath + u".drafts"_s;
}

QString DraftStore::pathOf(const QString &id) const
{
    return QDir(m_folder).filePath(id + u".json"_s);
}

Result<QString> DraftStore::save(const Draft &draft) const
{
    if (!validId(draft.sha256))
        return fail(Error::InvalidArgument, tr("A draft needs the file's SHA-256 digest."));
    if (!QDir().mkpath(m_folder))
        return fail(Error::Io,
            tr("The drafts folder %1 cannot be created; check that the register's folder is "
               "writable.")
                .arg(QDir::toNativeSeparators(m_folder)));
    QSaveFile file(pathOf(draft.sha256));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson(draft)).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        return fail(Error::Io,
            tr("The draft cannot be written to %1: %2. Check the free space and the folder's "
               "permissions.")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    }
    return draft.sha256;
}

Result<Draft> DraftStore::load(const QString &id) const
{
    const QString path = pathOf(id);
    if (!validId(id) || !QFile::exists(path))
        return fail(Error::NotFound, tr("There is no draft %1; it may have been registered or deleted.").arg(id));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io,
            tr("The draft %1 cannot be opened: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return fromJson({}, path);
    return fromJson(json.object(), path);
}

bool DraftStore::contains(const QString &id) const
{
    return validId(id) && QFile::exists(pathOf(id));
}

Result<QList<DraftInfo>> DraftStore::list() const
{
    QList<DraftInfo> drafts;
    const QDir dir(m_folder);
    if (!dir.exists())
        return drafts;
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files)) {
        const QString id = name.chopped(5);
        auto draft = load(id);
        if (!draft) {
            logging::get("app")->warn("drafts: {}", draft.error().message.toStdString());
            continue;
        }
        const Dispatch &first = draft->documents.first().fields;
        QStringList title{first.reference, first.summary};
        title.removeAll(QString());
        drafts.append({id, draft->sourcePath, draft->savedAt, title.join(u" — "_s), int(draft->documents.size())});
    }
    std::sort(
        drafts.begin(), drafts.end(), [](const DraftInfo &a, const DraftInfo &b) { return a.savedAt > b.savedAt; });
    return drafts;
}

Result<void> DraftStore::remove(const QString &id) const
{
    if (!contains(id))
        return {};
    if (!QFile::remove(pathOf(id)))
        return fail(Error::Io,
            tr("The draft %1 cannot be deleted; check the folder's permissions.")
                .arg(QDir::toNativeSeparators(pathOf(id))));
    return {};
}

} // namespace vt::gui
