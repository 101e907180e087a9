// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/suggestions.h"

#include <QLineEdit>

#include <functional>

class QCompleter;
class QStringListModel;

namespace vt::gui {

/// Names of a kind matching what was typed, most used first (store::Suggestions::complete on the GUI's
/// connection: an index range read, well under a millisecond on a million records).
using SuggestionLookup = std::function<QStringList(store::SuggestionKind, const QString &)>;

/// A line edit that offers names already in the register as the clerk types, without diacritics if they
/// like ("so ngoai" offers "Sở Ngoại vụ"). A list field holds several names separated by ";" and completes
/// the one being typed. The popup is a QCompleter showing the store's answer as is (the store matches
/// folded text, which QCompleter's own filtering cannot).
class SuggestLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestLineEdit)

public:
    SuggestLineEdit(store::SuggestionKind kind, bool isList, QWidget *parent = nullptr);

    void setLookup(SuggestionLookup lookup) { m_lookup = std::move(lookup); }
    QCompleter *suggestions() const { return m_completer; }
    /// The names offered for the text typed last (empty when nothing was offered).
    QStringList offered() const;
    bool isList() const { return m_isList; }

    /// A list field's names; a single field's text as one item (none when empty).
    QStringList items() const;
    void setItems(const QStringList &items);

signals:
    /// The clerk changed the text: typed, or took a suggestion.
    void edited();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void lookUp();
    void take(const QString &name);
    QString currentPart() const;

    store::SuggestionKind m_kind;
    bool m_isList;
    SuggestionLookup m_lookup;
    QStringListModel *m_model;
    QCompleter *m_completer;
    bool m_justTaken = false;
};

} // namespace vt::gui
