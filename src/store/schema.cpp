// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "suggestions.h"

#include "core/logging.h"

using namespace Qt::StringLiterals;

namespace vt::store {
namespace {

// Version 1: the registers. Dates are ISO 'YYYY-MM-DD' text, times ISO UTC; lists are JSON arrays.
// The *_key columns hold folded text (no diacritics, lower case) written by the store, so filters and
// duplicate checks work on what people type without needing a custom SQL function to read them.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE number_series (
    direction   TEXT    NOT NULL,
    year        INTEGER NOT NULL,
    series      TEXT    NOT NULL,
    last_number INTEGER NOT NULL,
    PRIMARY KEY (direction, year, series)
) WITHOUT ROWID;

CREATE TABLE dispatch (
    id                INTEGER PRIMARY KEY,
    direction         TEXT    NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    register_year     INTEGER NOT NULL,
    series            TEXT    NOT NULL CHECK (series IN ('normal', 'confidential')),
    arrival_number    INTEGER NOT NULL CHECK (arrival_number > 0),
    arrival_date      TEXT    NOT NULL,
    issuer            TEXT    NOT NULL DEFAULT '',
    issuer_parent     TEXT    NOT NULL DEFAULT '',
    number            TEXT    NOT NULL DEFAULT '',
    notation          TEXT    NOT NULL DEFAULT '',
    reference         TEXT    NOT NULL DEFAULT '',
    place             TEXT    NOT NULL DEFAULT '',
    issued_date       TEXT,
    type              TEXT    NOT NULL DEFAULT '',
    summary           TEXT    NOT NULL DEFAULT '',
    addressees        TEXT    NOT NULL DEFAULT '[]',
    recipients        TEXT    NOT NULL DEFAULT '[]',
    signer            TEXT    NOT NULL DEFAULT '',
    signer_title      TEXT    NOT NULL DEFAULT '',
    signing_authority TEXT    NOT NULL DEFAULT '',
    urgency           TEXT    NOT NULL DEFAULT 'normal',
    confidentiality   TEXT    NOT NULL DEFAULT 'normal',
    due_date          TEXT,
    handling_unit     TEXT    NOT NULL DEFAULT '',
    handling_person   TEXT    NOT NULL DEFAULT '',
    instruction       TEXT    NOT NULL DEFAULT '',
    status            TEXT    NOT NULL DEFAULT 'waiting',
    notes             TEXT    NOT NULL DEFAULT '',
    page_count        INTEGER NOT NULL DEFAULT 0,
    reference_key     TEXT    NOT NULL DEFAULT '',
    issuer_key        TEXT    NOT NULL DEFAULT '',
    type_key          TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    deleted_at        TEXT,
    UNIQUE (direction, register_year, series, arrival_number)
);
CREATE INDEX dispatch_arrival_date ON dispatch (arrival_date);
CREATE INDEX dispatch_issued_date  ON dispatch (issued_date);
CREATE INDEX dispatch_issuer       ON dispatch (issuer_key, issued_date);
CREATE INDEX dispatch_reference    ON dispatch (reference_key);
CREATE INDEX dispatch_type         ON dispatch (type_key, issued_date);
CREATE INDEX dispatch_due          ON dispatch (due_date) WHERE due_date IS NOT NULL;

-- The full text lives apart so that scans of the register rows stay small.
CREATE TABLE dispatch_text (
    dispatch_id INTEGER PRIMARY KEY REFERENCES dispatch (id) ON DELETE CASCADE,
    full_text   TEXT NOT NULL
);

CREATE TABLE citation (
    id          INTEGER PRIMARY KEY,
    dispatch_id INTEGER NOT NULL REFERENCES dispatch (id) ON DELETE CASCADE,
    reference   TEXT    NOT NULL,
    reference_key TEXT  NOT NULL DEFAULT '',
    issued_date TEXT,
    issuer      TEXT    NOT NULL DEFAULT '',
    type        TEXT    NOT NULL DEFAULT '',
    target_id   INTEGER REFERENCES dispatch (id) ON DELETE SET NULL
);
CREATE INDEX citation_dispatch ON citation (dispatch_id);
CREATE INDEX citation_target   ON citation (target_id) WHERE target_id IS NOT NULL;
CREATE INDEX citation_reference ON citation (reference_key) WHERE target_id IS NULL;

-- Original files, stored content-addressed in the attachments folder beside the database.
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    dispatch_id INTEGER NOT NULL REFERENCES dispatch (id) ON DELETE CASCADE,
    sha256      TEXT    NOT NULL,
    file_name   TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    added_at    TEXT    NOT NULL
);
CREATE INDEX attachment_dispatch ON attachment (dispatch_id);
CREATE INDEX attachment_sha256   ON attachment (sha256);

-- No foreign key on dispatch_id: the trail of a purged record must outlive it.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    dispatch_id INTEGER,
    action      TEXT    NOT NULL,
    field       TEXT,
    old_value   TEXT,
    new_value   TEXT
);
CREATE INDEX audit_dispatch ON audit_log (dispatch_id);
)sql";

// Version 2: full-text search. An external-content FTS5 index over a view of the live (not trashed)
// records, so the text is stored once. `detail=column` keeps which columns hold a word but not where: half
// the size of a positional index; we need no phrase queries, and snippets are found in C++ (search.cpp). The store
// keeps it in step (see DispatchStore); 'rebuild' fills it from records written by version 1.
constexpr const char *kVersion2 = R"sql(
CREATE VIEW dispatch_search AS
SELECT d.id AS id,
       d.reference || ' ' || d.number || ' ' || d.notation AS reference,
       d.issuer || ' ' || d.issuer_parent AS issuer,
       d.type || ' ' || d.summary AS summary,
       d.signer || ' ' || d.signer_title || ' ' || d.place || ' ' || d.addressees || ' ' || d.recipients || ' '
           || d.handling_unit || ' ' || d.handling_person || ' ' || d.instruction || ' ' || d.notes AS other,
       coalesce(t.full_text, '') AS body
FROM dispatch d LEFT JOIN dispatch_text t ON t.dispatch_id = d.id
WHERE d.deleted_at IS NULL;

-- Numbers of purged records. A number once given is never given again; `check` counts these as used.
CREATE TABLE purged_number (
    direction TEXT    NOT NULL,
    year      INTEGER NOT NULL,
    series    TEXT    NOT NULL,
    number    INTEGER NOT NULL,
    reference TEXT    NOT NULL DEFAULT '',
    purged_at TEXT    NOT NULL,
    PRIMARY KEY (direction, year, series, number)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE dispatch_fts USING fts5(
    reference, issuer, summary, other, body,
    content = 'dispatch_search', content_rowid = 'id', tokenize = 'vt', detail = 'column');
INSERT INTO dispatch_fts (dispatch_fts) VALUES ('rebuild');
)sql";

// Version 3: the registers' own order (newest arrival first) straight from an index over the live records, so
// the app's table of a million records gets its ordered ids without a sort (0.1 s instead of 1–2 s).
constexpr const char *kVersion3 = R"sql(
CREATE INDEX dispatch_register ON dispatch (direction, arrival_date, arrival_number) WHERE deleted_at IS NULL;
)sql";

// Version 4: cooperating units (đơn vị phối hợp), searchable with the other routing fields; and the
// suggestions the registration form completes from (issuers, recipients, units, people seen in the register,
// with how many live records use each), kept by the store on every write and filled here from the records
// (fillSuggestions: the folded keys are computed in C++). Existing rows get '[]', which adds no word to the
// search index's "other" column, so the index built from the old view still matches the new one.
constexpr const char *kVersion4 = R"sql(
ALTER TABLE dispatch ADD COLUMN cooperating_units TEXT NOT NULL DEFAULT '[]';

DROP VIEW dispatch_search;
CREATE VIEW dispatch_search AS
SELECT d.id AS id,
       d.reference || ' ' || d.number || ' ' || d.notation AS reference,
       d.issuer || ' ' || d.issuer_parent AS issuer,
       d.type || ' ' || d.summary AS summary,
       d.signer || ' ' || d.signer_title || ' ' || d.place || ' ' || d.addressees || ' ' || d.recipients || ' '
           || d.handling_unit || ' ' || d.handling_person || ' ' || d.instruction || ' ' || d.notes || ' '
           || d.cooperating_units AS other,
       coalesce(t.full_text, '') AS body
FROM dispatch d LEFT JOIN dispatch_text t ON t.dispatch_id = d.id
WHERE d.deleted_at IS NULL;

CREATE TABLE suggestion (
    kind  TEXT    NOT NULL,
    value TEXT    NOT NULL,
    key   TEXT    NOT NULL,
    uses  INTEGER NOT NULL CHECK (uses > 0),
    PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE INDEX suggestion_key ON suggestion (kind, key);
)sql";

// Version 5: the overdue list. Open incoming records with a due date, in due-date order, from an index that holds
// nothing else: on a million records (160,000 of them overdue) walking dispatch_due and reading each row for its
// status and direction took 10–14 s on a loaded machine.
constexpr const char *kVersion5 = R"sql(
CREATE INDEX dispatch_open_due ON dispatch (direction, due_date)
    WHERE deleted_at IS NULL AND status <> 'done' AND due_date IS NOT NULL;
)sql";

struct Step
{
    const char *sql;
    Result<void> (*after)(sql::Connection &) = nullptr; ///< work SQL alone cannot do, in the same transaction
};

const Step kSteps[] = {{kVersion1}, {kVersion2}, {kVersion3}, {kVersion4, fillSuggestions}, {kVersion5}};
static_assert(std::size(kSteps) == kSchemaVersion);

} // namespace

Result<int> schemaVersion(sql::Connection &db)
{
    auto stmt = db.prepare("PRAGMA user_version");
    if (!stmt)
        return tl::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return tl::unexpected(row.error());
    return stmt->integer(0);
}

Result<void> migrate(sql::Connection &db)
{
    auto before = schemaVersion(db);
    if (!before)
        return tl::unexpected(before.error());
    if (*before == kSchemaVersion)
        return {};

    auto txn = sql::Transaction::begin(db);
    if (!txn)
        return tl::unexpected(txn.error());
    // Read again under the write lock: another process may have migrated while we waited.
    auto from = schemaVersion(db);
    if (!from)
        return tl::unexpected(from.error());
    if (*from > kSchemaVersion) {
        return fail(Error::SchemaTooNew,
            u"This database was written by a newer Văn Thư (schema %1, this version reads up to %2). "
            "Update Văn Thư to open it."_s.arg(*from)
                .arg(kSchemaVersion));
    }
    for (int version = *from + 1; version <= kSchemaVersion; ++version) {
        const Step &step = kSteps[version - 1];
        auto r = db.exec(step.sql);
        if (r && step.after)
            r = step.after(db);
        if (!r) {
            Error e = r.error();
            e.message = u"Could not upgrade the database to schema %1: %2"_s.arg(version).arg(e.message);
            return tl::unexpected(e);
        }
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(kSchemaVersion);
    if (auto r = db.exec(setVersion.constData()); !r)
        return r;
    if (auto r = txn->commit(); !r)
        return r;
    vt::logging::get("store")->info(
        "database {} migrated from schema {} to {}", db.path().toStdString(), *from, kSchemaVersion);
    return {};
}

} // namespace vt::store
