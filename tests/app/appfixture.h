// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A register of a few thousand generated records in a temporary SQLite file, shared by the app tests.

#include "archivegenerator.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/search.h"

#include <QString>
#include <QTemporaryDir>

#include <optional>

namespace vt::test {

/// Fills `path` with `count` generated records (seed fixed: the same register on every run).
inline QString generateRegister(const QString &path, int count)
{
    auto db = store::Database::open(path, {.fullSync = false});
    if (!db)
        return db.error().message;
    store::DispatchStore store(*db);
    synth::ArchiveGenerator generator({.seed = 5, .bodyBytes = 800});
    QList<Dispatch> batch;
    for (int i = 0; i < count; ++i)
        batch.append(generator.next());
    if (auto r = store.addBatch(batch); !r)
        return r.error().message;
    return {};
}

inline qint64 countOf(store::Database &db, const store::SearchQuery &q)
{
    auto n = store::Searcher(db).count(q);
    return n ? *n : -1;
}

} // namespace vt::test
