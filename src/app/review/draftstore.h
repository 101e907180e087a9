// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace vt::gui {

/// One document of a draft: the fields as the clerk left them (full text included, with the words corrected).
struct DraftDocument
{
    int index = 0; ///< the document's place in its file (ImportedDocument::indexInFile)
    Dispatch fields;
    QStringList edited; ///< the fields the clerk changed
    /// The words the clerk corrected in the text, in order: (word index in the review, new text).
    QList<QPair<int, QString>> corrections;
};

/// A review put aside: what the clerk edited, and the file it belongs to, to reopen later. One draft per file.
struct Draft
{
    QString sourcePath;
    QString sha256; ///< lower-case hex of the file's digest; also the draft's id
    QDateTime savedAt; ///< UTC
    QList<DraftDocument> documents;
};

/// What a list of drafts shows.
struct DraftInfo
{
    QString id;
    QString sourcePath;
    QDateTime savedAt;
    QString title; ///< the first document's reference and summary, for the list
    int documents = 0;
};

/// Drafts as JSON files in a folder next to the register (`<db path>.drafts/`); no schema change. Each save is
/// written to a temporary file and renamed, so a draft is never half written. Not thread-safe.
class DraftStore
{
public:
    explicit DraftStore(QString folder) : m_folder(std::move(folder)) {}
    /// The drafts folder of the register at `databasePath`.
    static QString folderFor(const QString &databasePath);

    /// Saves (or replaces) the draft of `draft.sha256`; returns its id.
    Result<QString> save(const Draft &draft) const;
    /// Newest first. A damaged file is skipped (and logged), so one bad draft does not hide the others.
    Result<QList<DraftInfo>> list() const;
    Result<Draft> load(const QString &id) const;
    /// Whether there is a draft of the file with this digest.
    bool contains(const QString &id) const;
    Result<void> remove(const QString &id) const;

    const QString &folder() const { return m_folder; }

private:
    QString pathOf(const QString &id) const;
    QString m_folder;
};

} // namespace vt::gui
