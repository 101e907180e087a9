// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "suggestlineedit.h"

#include "store/database.h"
#include "store/dispatchstore.h"

#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QScrollArea;
class QWidget;

// Small pieces the form dialogs share.
namespace vt::gui::forms {

/// Suggestions read on `db` (the GUI's connection): an index range read of the suggestion table, well under
/// a millisecond on a register of a million records (docs/forms.md), so it runs as the clerk types.
SuggestionLookup storeLookup(store::Database &db);

/// The label above a form that lists what is wrong: word-wrapped, tinted, hidden while empty.
void setupMessageLabel(QLabel *label);
/// "<p>title</p><ul><li>…</li></ul>", the items escaped.
QString problemList(const QString &title, const QStringList &items);
/// A duplicate found by the store, in the clerk's language.
QString duplicateText(const store::Duplicate &duplicate);
/// Makes the box's buttons never take Enter: in the forms Enter is the form's own (submitRequested), and a
/// default button would take it a second time.
void withoutDefaultButton(QDialogButtonBox *box);
/// `form` in a scroll area, so a tall form fits a small screen.
QScrollArea *scrollable(QWidget *form);

} // namespace vt::gui::forms
