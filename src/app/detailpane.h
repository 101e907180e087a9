// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/dispatch.h"
#include "store/dispatchstore.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTabWidget;
class QTreeWidget;

namespace vt::gui {

class PageView;

/// The selected record: its fields as a read-only form, its citations (links to the cited records that
/// are in the register) and its history from the audit log. It reads one record by id through the GUI's
/// own connection: a primary-key lookup, well under a millisecond even on a million records.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(store::Database &db, QWidget *parent = nullptr);

    /// Shows record `id`; 0 clears the pane.
    void showRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    /// The search the list shows: the record's snippet with the matched words marked is shown for it.
    void setSearchText(const QString &text);
    /// The citations as shown (rich text with record:<id> links), for tests.
    QString citationsText() const;
    /// The snippet as shown (rich text, matches marked), for tests; empty without search text.
    QString snippetText() const;
    /// The tab with the original document (rendered off the GUI thread when the tab is shown).
    PageView *originalView() const { return m_original; }
    QTabWidget *tabs() const { return m_tabs; }

signals:
    /// The user followed a citation to a record that is in the register.
    void citationActivated(qint64 id);

private:
    void setField(int row, const QString &text);
    void showCitations(const QList<Citation> &citations);
    void showHistory(qint64 id);
    void showSnippet(qint64 id);
    void showOriginal();

    store::Database &m_db;
    qint64 m_id = 0;
    QLabel *m_title;
    QFormLayout *m_form;
    QList<QLabel *> m_values;
    QLabel *m_citations;
    QLabel *m_snippet;
    QString m_searchText;
    QTreeWidget *m_history;
    QTabWidget *m_tabs;
    PageView *m_original;
    qint64 m_originalShown = -1; ///< the record whose original the view holds
};

} // namespace vt::gui
