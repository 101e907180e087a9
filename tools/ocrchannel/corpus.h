// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

/// The clean Vietnamese text pages are made from: ../shared/corpus/admin and laws, read at run time, never copied.
namespace vt::ocrchannel {

struct SourceDocument
{
    QString id; ///< file name without ".txt"
    QString path;
    QString corpus; ///< name of the directory given on the command line ("admin", "laws")
};

/// Every *.txt under each directory (recursively), sorted by path so runs are reproducible.
QList<SourceDocument> listDocuments(const QStringList &dirs);

/// The document's non-blank lines (one paragraph or header cell per line in the corpora), whitespace collapsed.
/// Lines without a letter or digit ("--------" rules) are dropped, and so is the web-page trailer of the admin
/// corpus ("Văn bản liên quan…"), which is not part of the document.
Result<QStringList> readParagraphs(const QString &path);

/// Ids of the documents held out for measuring the repairer. From `splitFile` when it exists: one document per
/// line (first field, a name with or without ".txt"; lines naming "train" are skipped; '#' starts a comment).
/// Otherwise the last 20% by name of the documents of the "admin" corpus.
QSet<QString> heldOutIds(const QList<SourceDocument> &docs, const QString &splitFile, QString *why = nullptr);

} // namespace vt::ocrchannel
