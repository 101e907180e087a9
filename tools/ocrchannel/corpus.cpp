// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/corpus.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {

QList<SourceDocument> listDocuments(const QStringList &dirs)
{
    QList<SourceDocument> out;
    for (const QString &dir : dirs) {
        const QString corpus = QFileInfo(QDir::cleanPath(dir)).fileName();
        QDirIterator it(dir, {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
        QList<SourceDocument> found;
        while (it.hasNext()) {
            const QString path = it.next();
            found.append({QFileInfo(path).completeBaseName(), path, corpus});
        }
        std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
        out += found;
    }
    return out;
}

Result<QStringList> readParagraphs(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error::NotFound, u"Cannot read %1."_s.arg(path), f.errorString());
    const QString text = QString::fromUtf8(f.readAll()).normalized(QString::NormalizationForm_C);
    QStringList out;
    for (const QString &raw : text.split(u'\n')) {
        // The admin corpus was scraped from a legal portal; its trailer lists related documents, not the text.
        if (raw.contains(u"Văn bản liên quan"_s) || raw.contains(u"Văn bản này chưa cập nhật"_s))
            break;
        const QString line = raw.simplified();
        if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            out.append(line);
    }
    return out;
}

QSet<QString> heldOutIds(const QList<SourceDocument> &docs, const QString &splitFile, QString *why)
{
    QSet<QString> ids;
    QFile f(splitFile);
    if (!splitFile.isEmpty() && f.open(QIODevice::ReadOnly)) {
        static const QRegularExpression sep(u"[\\s,;]+"_s);
        for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
            const QString line = raw.section(u'#', 0, 0).trimmed();
            if (line.isEmpty())
                continue;
            const QStringList fields = line.split(sep, Qt::SkipEmptyParts);
            if (fields.contains(u"train"_s, Qt::CaseInsensitive))
                continue;
            QString id = QFileInfo(fields.first()).fileName();
            if (id.endsWith(u".txt"_s))
                id.chop(4);
            ids.insert(id);
        }
        if (why)
            *why = u"%1 (%2 documents)"_s.arg(splitFile).arg(ids.size());
        return ids;
    }
    QStringList admin;
    for (const SourceDocument &d : docs) {
        if (d.corpus == u"admin"_s)
            admin.append(d.id);
    }
    std::sort(admin.begin(), admin.end());
    const qsizetype from = admin.size() - admin.size() / 5;
    for (qsizetype i = from; i < admin.size(); ++i)
        ids.insert(admin[i]);
    if (why)
        *why = u"last 20% of admin by name (%1 documents)"_s.arg(ids.size());
    return ids;
}

} // namespace vt::ocrchannel
