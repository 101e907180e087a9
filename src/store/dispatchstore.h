// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attachmentstore.h"
#include "database.h"

#include "core/dispatch.h"

#include <QList>

namespace vt::store {

/// Why a new dispatch looks like one already registered.
struct Duplicate
{
    enum Kind { SameReference, SameFile };
    Kind kind;
    qint64 existingId = 0;
    int existingArrivalNumber = 0;
    QString description; ///< one line for the user: "2668/VP-VHXH of Văn phòng (2020) is already number 12/2020"
};

struct AddOptions
{
    /// Original files to store with the record (paths on disk).
    QStringList attachments;
    /// Register even when duplicates were found (the caller has shown them and the user confirmed).
    bool confirmDuplicates = false;
};

struct AddResult
{
    bool added = false; ///< false when duplicates were found and not confirmed; nothing was written
    qint64 id = 0;
    int arrivalNumber = 0;
    int year = 0;
    QList<Duplicate> duplicates;
};

struct Attachment
{
    qint64 id = 0;
    QString sha256;
    QString fileName;
    qint64 size = 0;
    QDateTime addedAt;
};

struct AuditEntry
{
    QDateTime at;
    qint64 dispatchId = 0;
    QString action; ///< create, update, trash, restore, purge
    QString field;
    QString oldValue;
    QString newValue;
};

/// Reads and writes the registers. Every write is one transaction: the record, its number, its text,
/// citations, attachments, search index and audit entries land together or not at all.
/// Not thread-safe (it uses its Database's connection); give each thread its own Database.
class DispatchStore
{
public:
    explicit DispatchStore(Database &db);

    /// Registers a dispatch and assigns the next arrival number of its register (direction), year (of the
    /// arrival date, today if unset) and series (confidential documents have their own), in the same
    /// transaction, so two processes registering at once still get 1..N without gaps or repeats.
    /// When the same reference + issuer + issue year, or the same file, is already registered, nothing is
    /// written and the duplicates are returned unless options.confirmDuplicates is set.
    Result<AddResult> add(Dispatch dispatch, const AddOptions &options = {});

    /// The duplicates add() would report for `dispatch` with these original files, without writing anything:
    /// for showing them to the clerk before the record is registered. The files are given by their digest
    /// (the reader has computed it already; AttachmentStore::hashFile() for others), so none is read again.
    Result<QList<Duplicate>> duplicatesOf(const Dispatch &dispatch, const QList<StoredFile> &files = {});

    /// Registers several documents found in one file (a reply and the dispatch it answers) in one transaction:
    /// all of them or none. Each record gets the attachments; the file is checked for duplicates once, each
    /// document's reference on its own. Results are in input order; when duplicates were found and not
    /// confirmed, nothing is written and every result lists its own.
    Result<QList<AddResult>> addGroup(QList<Dispatch> dispatches, const AddOptions &options = {});

    /// Registers many dispatches in one transaction without duplicate checks or attachments: for loading
    /// an archive exported from another system, and for benchmarks. Numbers are assigned as in add().
    Result<void> addBatch(QList<Dispatch> &dispatches);

    /// A record with its full text, citations and attachments list. Trashed records are found too
    /// (deletedAt is set).
    Result<Dispatch> get(qint64 id);

    /// Saves edited fields. The register, number and arrival date are fixed once assigned and are not
    /// changed here. Each changed field is written to the audit log (old → new).
    Result<void> update(const Dispatch &dispatch);

    /// Moves a record to the trash: it leaves the registers' lists and search, keeps its number (numbers are
    /// never reused) and can be restored. purge() removes a trashed record for good; its audit trail stays.
    Result<void> moveToTrash(qint64 id);
    Result<void> restore(qint64 id);
    Result<void> purge(qint64 id);

    Result<QList<Attachment>> attachments(qint64 id);
    Result<QList<AuditEntry>> history(qint64 id);
    AttachmentStore attachmentStore() const;

private:
    Result<void> setTrashed(qint64 id, bool trashed);
    Database &m_db;
};

} // namespace vt::store
