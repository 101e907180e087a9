// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedsearches.h"

#include "settingskeys.h"

#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace vt::gui {
namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

template <typename Enum> void putEnum(QJsonObject &o, const char *key, const std::optional<Enum> &value)
{
    if (value)
        o.insert(QLatin1StringView(key), toCode(*value));
}

template <typename Enum, typename Parse>
std::optional<Enum> takeEnum(const QJsonObject &o, const char *key, Parse parse)
{
    const QString code = o.value(QLatin1StringView(key)).toString();
    return code.isEmpty() ? std::nullopt : parse(code);
}

QJsonObject toJson(const SavedSearch &s)
{
    QJsonObject o{{u"name"_s, s.name}, {u"text"_s, s.text}};
    const store::Filter &f = s.filter;
    if (f.arrivalFrom.isValid())
        o.insert(u"arrivalFrom"_s, dateText(f.arrivalFrom));
    if (f.arrivalTo.isValid())
        o.insert(u"arrivalTo"_s, dateText(f.arrivalTo));
    if (!f.issuer.isEmpty())
        o.insert(u"issuer"_s, f.issuer);
    if (!f.type.isEmpty())
        o.insert(u"type"_s, f.type);
    putEnum(o, "status", f.status);
    putEnum(o, "urgency", f.urgency);
    putEnum(o, "confidentiality", f.confidentiality);
    return o;
}

std::optional<SavedSearch> fromJson(const QJsonObject &o)
{
    SavedSearch s;
    s.name = o.value(u"name"_s).toString().trimmed();
    if (s.name.isEmpty())
        return std::nullopt;
    s.text = o.value(u"text"_s).toString();
    s.filter.arrivalFrom = QDate::fromString(o.value(u"arrivalFrom"_s).toString(), Qt::ISODate);
    s.filter.arrivalTo = QDate::fromString(o.value(u"arrivalTo"_s).toString(), Qt::ISODate);
    s.filter.issuer = o.value(u"issuer"_s).toString();
    s.filter.type = o.value(u"type"_s).toString();
    s.filter.status = takeEnum<Status>(o, "status", parseStatus);
    s.filter.urgency = takeEnum<Urgency>(o, "urgency", parseUrgency);
    s.filter.confidentiality = takeEnum<Confidentiality>(o, "confidentiality", parseConfidentiality);
    return s;
}

} // namespace

QList<SavedSearch> loadSavedSearches()
{
    const QByteArray json = QSettings().value(QLatin1StringView(settings::kSavedSearches)).toByteArray();
    QList<SavedSearch> searches;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &v : array) {
        if (auto s = fromJson(v.toObject()))
            searches.append(*s);
    }
    return searches;
}

void storeSavedSearches(const QList<SavedSearch> &searches)
{
    QJsonArray array;
    for (const SavedSearch &s : searches)
        array.append(toJson(s));
    QSettings().setValue(
        QLatin1StringView(settings::kSavedSearches), QJsonDocument(array).toJson(QJsonDocument::Compact));
}

SavedSearchList::SavedSearchList(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget(this)), m_searches(loadSavedSearches())
{
    auto *title = new QLabel(tr("Saved searches"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_list->setObjectName(u"savedSearches"_s);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    // Long names are elided (the tooltip shows the search) rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setToolTip(tr("Click to run a saved search. Save the current one with the star beside the search field."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);

    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int row = m_list->row(item);
        if (row >= 0 && row < m_searches.size())
            emit activated(m_searches.at(row));
    });
    connect(m_list, &QListWidget::itemClicked, m_list, &QListWidget::itemActivated);
    connect(m_list, &QWidget::customContextMenuRequested, this, &SavedSearchList::showMenu);
    rebuild();
}

void SavedSearchList::add(const SavedSearch &search)
{
    const auto same = std::find_if(m_searches.begin(), m_searches.end(),
        [&](const SavedSearch &s) { return s.name.compare(search.name, Qt::CaseInsensitive) == 0; });
    if (same != m_searches.end())
        *same = search;
    else
        m_searches.append(search);
    storeSavedSearches(m_searches);
    rebuild();
}

void SavedSearchList::remove(int index)
{
    if (index < 0 || index >= m_searches.size())
        return;
    m_searches.removeAt(index);
    storeSavedSearches(m_searches);
    rebuild();
}

void SavedSearchList::rename(int index, const QString &name)
{
    if (index < 0 || index >= m_searches.size() || name.trimmed().isEmpty())
        return;
    m_searches[index].name = name.trimmed();
    storeSavedSearches(m_searches);
    rebuild();
}

void SavedSearchList::rebuild()
{
    m_list->clear();
    for (const SavedSearch &s : std::as_const(m_searches)) {
        auto *item = new QListWidgetItem(s.name, m_list);
        item->setToolTip(s.name + u"\n"_s + (s.text.isEmpty() ? tr("(filters only)") : s.text));
    }
}

void SavedSearchList::showMenu(const QPoint &pos)
{
    const int row = m_list->row(m_list->itemAt(pos));
    if (row < 0)
        return;
    QMenu menu(this);
    menu.addAction(tr("Rename…"), this, [this, row] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename saved search"), tr("Name:"), QLineEdit::Normal, m_searches.at(row).name, &ok);
        if (ok)
            rename(row, name);
    });
    menu.addAction(tr("Delete"), this, [this, row] { remove(row); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

} // namespace vt::gui
