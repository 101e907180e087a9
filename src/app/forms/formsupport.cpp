// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formsupport.h"

#include "store/suggestions.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>

using namespace Qt::StringLiterals;

namespace vt::gui::forms {

SuggestionLookup storeLookup(store::Database &db)
{
    return [&db](store::SuggestionKind kind, const QString &typed) {
        auto names = store::Suggestions(db).complete(kind, typed);
        return names ? *names : QStringList{};
    };
}

void setupMessageLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setStyleSheet(u"QLabel { background: #fdf3d8; border: 1px solid #e0c36a; padding: 6px; }"_s);
    label->setVisible(false);
}

QString problemList(const QString &title, const QStringList &items)
{
    QString html = u"<p>"_s + title.toHtmlEscaped() + u"</p><ul>"_s;
    for (const QString &item : items)
        html += u"<li>"_s + item.toHtmlEscaped() + u"</li>"_s;
    return html + u"</ul>"_s;
}

QString duplicateText(const store::Duplicate &duplicate)
{
    if (duplicate.kind == store::Duplicate::SameFile)
        return QCoreApplication::translate("vt::gui::forms", "The same file is already the original of number %1.")
            .arg(duplicate.existingArrivalNumber);
    return QCoreApplication::translate("vt::gui::forms",
        "A document with the same number, notation and issuing agency is already registered as number %1.")
        .arg(duplicate.existingArrivalNumber);
}

void withoutDefaultButton(QDialogButtonBox *box)
{
    for (QAbstractButton *b : box->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(b)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    }
}

QScrollArea *scrollable(QWidget *form)
{
    auto *area = new QScrollArea;
    area->setWidget(form);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace vt::gui::forms
