// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace vt::store {

struct StoredFile
{
    QString sha256;   ///< lower-case hex
    qint64 size = 0;
    QString fileName; ///< the original name, for display and export
};

/// Original files, content-addressed: a file is kept once under <root>/<first two hex digits>/<sha256>,
/// whatever its name and however many records refer to it. Files are written to a temporary name and
/// renamed into place, so a crash never leaves a half-written file under a valid name.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString root) : m_root(std::move(root)) {}

    /// Hashes a file without storing it (for the duplicate check before registering).
    static Result<StoredFile> hashFile(const QString &sourcePath);
    /// Copies the file in (unless already present) and returns its checksum.
    Result<StoredFile> put(const QString &sourcePath) const;
    /// Reads a stored file and verifies its checksum; Error::Corrupt when the content no longer matches.
    Result<QByteArray> read(const QString &sha256) const;
    /// Verifies a stored file's checksum without keeping its content in memory.
    Result<void> verify(const QString &sha256) const;

    QString pathOf(const QString &sha256) const;
    const QString &root() const { return m_root; }

private:
    QString m_root;
};

} // namespace vt::store
