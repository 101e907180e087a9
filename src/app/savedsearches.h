// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/search.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace vt::gui {

/// A search the clerk named and kept: what was typed and the filters (the register it applies to is the
/// one shown when it is chosen). Staff come back to the same searches ("kế hoạch của Sở TT&TT", "hỏa tốc
/// chưa xử lý") every week.
struct SavedSearch
{
    QString name;
    QString text;
    store::Filter filter; ///< direction and trash are not kept

    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

/// Saved searches in QSettings (settings::kSavedSearches), as a JSON array so that names and text keep
/// every character. Entries that cannot be read are skipped, not fatal.
QList<SavedSearch> loadSavedSearches();
void storeSavedSearches(const QList<SavedSearch> &searches);

/// The side list of saved searches: click one to run it; its context menu renames or deletes. Changes are
/// written to the settings at once.
class SavedSearchList final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchList)

public:
    explicit SavedSearchList(QWidget *parent = nullptr);

    QList<SavedSearch> searches() const { return m_searches; }
    /// Adds a search, or replaces the one of the same name.
    void add(const SavedSearch &search);
    void remove(int index);
    void rename(int index, const QString &name);
    QListWidget *list() const { return m_list; }

signals:
    void activated(const vt::gui::SavedSearch &search);

private:
    void rebuild();
    void showMenu(const QPoint &pos);

    QListWidget *m_list;
    QList<SavedSearch> m_searches;
};

} // namespace vt::gui
