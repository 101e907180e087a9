// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/search.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QToolButton;

namespace vt::gui {

/// The search field and its filter row. Typing restarts a short timer; when it fires (or on Enter, or when
/// a filter changes) queryChanged() carries the text and filters. The search itself runs elsewhere, off the
/// GUI thread (RegisterTableModel).
class SearchBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)

public:
    static constexpr int kDebounceMs = 250;

    explicit SearchBar(QWidget *parent = nullptr);

    /// Text and filters as a query (direction not set; the caller's register adds it). The last word is
    /// a prefix while the user is still typing it.
    store::SearchQuery query() const;
    QLineEdit *lineEdit() const { return m_text; }
    void clear();
    /// Shows `text` and `filter` (a saved search) and runs them at once. The filter row opens when a filter
    /// is set.
    void setSearch(const QString &text, const store::Filter &filter);

signals:
    void queryChanged(const vt::store::SearchQuery &query);
    /// The star beside the field: the clerk wants to keep the current search.
    void saveRequested();

private:
    void changed();
    void emitNow();
    QWidget *makeFilterRow();

    QLineEdit *m_text;
    QToolButton *m_filterButton;
    QToolButton *m_saveButton;
    QWidget *m_filterRow;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_issuer;
    QComboBox *m_type;
    QComboBox *m_status;
    QComboBox *m_urgency;
    QComboBox *m_confidentiality;
    QTimer m_debounce;
};

} // namespace vt::gui
