// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "attachmentstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

constexpr qint64 kChunk = 1 << 20;

Result<QString> hashOf(const QString &path, qint64 *size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Io, u"Cannot read %1: %2."_s.arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Io, u"Cannot read %1: %2."_s.arg(path, file.errorString()));
    if (size)
        *size = file.size();
    return QString::fromLatin1(hash.result().toHex());
}

bool isSha256(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

Result<StoredFile> AttachmentStore::hashFile(const QString &sourcePath)
{
    StoredFile out;
    auto sha = hashOf(sourcePath, &out.size);
    if (!sha)
        return tl::unexpected(sha.error());
    out.sha256 = *sha;
    out.fileName = QFileInfo(sourcePath).fileName();
    return out;
}

QString AttachmentStore::pathOf(const QString &sha256) const
{
    return m_root + u'/' + sha256.left(2) + u'/' + sha256;
}

Result<StoredFile> AttachmentStore::put(const QString &sourcePath) const
{
    auto info = hashFile(sourcePath);
    if (!info)
        return info;
    const QString target = pathOf(info->sha256);
    if (QFileInfo::exists(target) && verify(info->sha256))
        return info;
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return fail(Error::Io, u"Cannot create the attachments folder %1; check its permissions."_s.arg(m_root));

    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(Error::Io, u"Cannot read %1: %2."_s.arg(sourcePath, source.errorString()));
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return fail(Error::Io, u"Cannot write %1: %2."_s.arg(target, out.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            return fail(Error::Io, u"Cannot read %1: %2."_s.arg(sourcePath, source.errorString()));
        hash.addData(chunk);
        if (out.write(chunk) != chunk.size())
            return fail(Error::Io, u"Cannot write %1: %2."_s.arg(target, out.errorString()));
    }
    // The file may have changed between hashing and copying; what we store must match its name.
    if (QString::fromLatin1(hash.result().toHex()) != info->sha256)
        return fail(Error::Io, u"%1 changed while it was being copied; try again once it is complete."_s.arg(
                                   sourcePath));
    if (!out.commit())
        return fail(Error::Io, u"Cannot write %1: %2."_s.arg(target, out.errorString()));
    return info;
}

Result<QByteArray> AttachmentStore::read(const QString &sha256) const
{
    if (!isSha256(sha256))
        return fail(Error::InvalidArgument, u"\"%1\" is not a SHA-256 checksum."_s.arg(sha256));
    QFile file(pathOf(sha256));
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::NotFound, u"The stored original %1 is missing from %2; restore it from a backup."_s.arg(
                                         sha256, m_root));
    const QByteArray content = file.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()) != sha256)
        return fail(Error::Corrupt, u"The stored original %1 is damaged (checksum mismatch); restore it from a "
                                    "backup."_s.arg(pathOf(sha256)));
    return content;
}

Result<void> AttachmentStore::verify(const QString &sha256) const
{
    if (!isSha256(sha256))
        return fail(Error::InvalidArgument, u"\"%1\" is not a SHA-256 checksum."_s.arg(sha256));
    const QString path = pathOf(sha256);
    if (!QFileInfo::exists(path))
        return fail(Error::NotFound, u"The stored original %1 is missing; restore it from a backup."_s.arg(path));
    auto actual = hashOf(path, nullptr);
    if (!actual)
        return tl::unexpected(actual.error());
    if (*actual != sha256)
        return fail(Error::Corrupt,
                    u"The stored original %1 is damaged (checksum mismatch); restore it from a backup."_s.arg(path));
    return {};
}

} // namespace vt::store
