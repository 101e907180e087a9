// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The DispatchStore tests, in two files: registering (tst_dispatchstore.cpp) and what happens to a record
// afterwards (tst_dispatchstore_lifecycle.cpp). Each test function gets a new database.

#include "storetest.h"

#include "store/database.h"
#include "store/dispatchstore.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class TestDispatchStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void numbering_data();
    void numbering();
    void arrivalDateDefaultsToToday();
    void roundTripsEveryField();
    void unsetValuesStayUnset();
    void duplicateByReference_data();
    void duplicateByReference();
    void duplicateByFile();
    void groupFromOneFile();
    void attachmentsAreContentAddressed();
    void updateWritesAuditAndReindexes();
    void trashAndRestore();
    void purgeOnlyFromTrash();
    void citationsLinkBothWays();
    void citationWithReferenceOnly();
    void citationsFollowACorrectedReference();

private:
    qint64 rows(const char *table)
    {
        return vt::test::RawDb(m_path).integer(QStringLiteral("SELECT count(*) FROM ") + QLatin1StringView(table));
    }
    QList<qint64> searchIds(const QString &text, bool trash = false);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::optional<vt::store::Database> m_db;
    std::unique_ptr<vt::store::DispatchStore> m_store;
};
