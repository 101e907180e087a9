// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dispatchfields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace vt {
namespace {

QString dateText(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

bool setDate(QDate &target, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        target = {};
        return true;
    }
    target = parseDate(text);
    return target.isValid();
}

QString listText(const QStringList &items)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(QRegularExpression(u"[;\\n]"_s))) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

bool setList(QStringList &target, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u'[')) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray())
            return false;
        target.clear();
        for (const QJsonValue &v : doc.array()) {
            if (!v.isString())
                return false;
            target.append(v.toString());
        }
        return true;
    }
    target = splitList(text);
    return true;
}

template<typename E>
bool setEnum(E &target, std::optional<E> parsed)
{
    if (!parsed)
        return false;
    target = *parsed;
    return true;
}

#define VT_TEXT(key, member)                                                                                        \
    DispatchField{key, DispatchField::Text, [](const Dispatch &d) { return d.member; },                             \
                  [](Dispatch &d, const QString &v) { d.member = v.trimmed(); return true; }}
#define VT_DATE(key, member)                                                                                        \
    DispatchField{key, DispatchField::Date, [](const Dispatch &d) { return dateText(d.member); },                   \
                  [](Dispatch &d, const QString &v) { return setDate(d.member, v); }}
#define VT_LIST(key, member)                                                                                        \
    DispatchField{key, DispatchField::List, [](const Dispatch &d) { return listText(d.member); },                   \
                  [](Dispatch &d, const QString &v) { return setList(d.member, v); },                             \
                  [](const Dispatch &d) { return d.member; }}
#define VT_ENUM(key, member, parser)                                                                                \
    DispatchField{key, DispatchField::Enum, [](const Dispatch &d) { return toCode(d.member); },                     \
                  [](Dispatch &d, const QString &v) { return setEnum(d.member, parser(v)); }}

const DispatchField kFields[] = {
    VT_TEXT("issuer", issuer),
    VT_TEXT("issuer_parent", issuerParent),
    VT_TEXT("number", number),
    VT_TEXT("notation", notation),
    VT_TEXT("reference", reference),
    VT_TEXT("place", place),
    VT_DATE("issued_date", issuedDate),
    VT_TEXT("type", type),
    VT_TEXT("summary", summary),
    VT_LIST("addressees", addressees),
    VT_LIST("recipients", recipients),
    VT_TEXT("signer", signer),
    VT_TEXT("signer_title", signerTitle),
    VT_ENUM("signing_authority", signingAuthority, parseSigningAuthority),
    VT_ENUM("urgency", urgency, parseUrgency),
    VT_ENUM("confidentiality", confidentiality, parseConfidentiality),
    VT_DATE("due_date", dueDate),
    VT_TEXT("handling_unit", handlingUnit),
    VT_LIST("cooperating_units", cooperatingUnits),
    VT_TEXT("handling_person", handlingPerson),
    VT_TEXT("instruction", instruction),
    VT_ENUM("status", status, parseStatus),
    VT_TEXT("notes", notes),
    DispatchField{"page_count", DispatchField::Integer, [](const Dispatch &d) { return QString::number(d.pageCount); },
                  [](Dispatch &d, const QString &v) {
                      bool ok = false;
                      const int n = v.trimmed().isEmpty() ? 0 : v.trimmed().toInt(&ok);
                      if (v.trimmed().isEmpty())
                          ok = true;
                      if (!ok || n < 0)
                          return false;
                      d.pageCount = n;
                      return true;
                  }},
};

#undef VT_TEXT
#undef VT_DATE
#undef VT_LIST
#undef VT_ENUM

QJsonValue jsonDate(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); }
QJsonValue jsonTime(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODate)) : QJsonValue(); }

QString jsonScalarText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

} // namespace

std::span<const DispatchField> dispatchFields() { return kFields; }

const DispatchField *findDispatchField(QStringView name)
{
    for (const DispatchField &f : kFields) {
        if (name == QLatin1StringView(f.name))
            return &f;
    }
    return nullptr;
}

QDate parseDate(QStringView input)
{
    const QString text = input.trimmed().toString();
    QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    static const QRegularExpression dmy(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    const auto m = dmy.match(text);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QJsonObject toJson(const Dispatch &d, bool withFullText)
{
    QJsonObject o;
    if (d.id)
        o.insert(u"id"_s, d.id);
    o.insert(u"direction"_s, toCode(d.direction));
    if (d.arrivalNumber)
        o.insert(u"arrival_number"_s, d.arrivalNumber);
    o.insert(u"arrival_date"_s, jsonDate(d.arrivalDate));
    for (const DispatchField &f : kFields) {
        const QString key = QString::fromLatin1(f.name);
        switch (f.kind) {
        case DispatchField::List:
            o.insert(key, QJsonDocument::fromJson(f.get(d).toUtf8()).array());
            break;
        case DispatchField::Date: {
            const QString v = f.get(d);
            o.insert(key, v.isNull() ? QJsonValue() : QJsonValue(v));
            break;
        }
        case DispatchField::Integer: o.insert(key, f.get(d).toInt()); break;
        default: o.insert(key, f.get(d)); break;
        }
    }
    QJsonArray citations;
    for (const Citation &c : d.citations) {
        QJsonObject co{{u"reference"_s, c.reference}, {u"date"_s, jsonDate(c.date)}, {u"issuer"_s, c.issuer},
                       {u"type"_s, c.type}};
        if (c.targetId)
            co.insert(u"target_id"_s, c.targetId);
        citations.append(co);
    }
    o.insert(u"citations"_s, citations);
    if (withFullText)
        o.insert(u"full_text"_s, d.fullText);
    if (d.createdAt.isValid())
        o.insert(u"created_at"_s, jsonTime(d.createdAt));
    if (d.updatedAt.isValid())
        o.insert(u"updated_at"_s, jsonTime(d.updatedAt));
    if (d.deletedAt.isValid())
        o.insert(u"deleted_at"_s, jsonTime(d.deletedAt));
    return o;
}

Result<Dispatch> fromJson(const QJsonObject &object)
{
    Dispatch d;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined())
            continue;
        if (key == u"full_text") {
            d.fullText = value.toString();
        } else if (key == u"direction") {
            const auto dir = parseDirection(value.toString());
            if (!dir)
                return fail(Error::InvalidArgument, u"\"direction\" must be incoming or outgoing, not \"%1\"."_s.arg(
                                                        value.toString()));
            d.direction = *dir;
        } else if (key == u"arrival_date") {
            d.arrivalDate = parseDate(value.toString());
            if (!d.arrivalDate.isValid())
                return fail(Error::InvalidArgument,
                            u"\"arrival_date\" is not a date: \"%1\" (write 2024-08-29 or 29/8/2024)."_s.arg(
                                value.toString()));
        } else if (key == u"citations") {
            if (!value.isArray())
                return fail(Error::InvalidArgument, u"\"citations\" must be an array of objects."_s);
            for (const QJsonValue &item : value.toArray()) {
                const QJsonObject co = item.toObject();
                Citation c{co.value(u"reference"_s).toString(), parseDate(co.value(u"date"_s).toString()),
                           co.value(u"issuer"_s).toString(), co.value(u"type"_s).toString(), 0};
                if (c.reference.trimmed().isEmpty())
                    return fail(Error::InvalidArgument, u"Each citation needs a \"reference\"."_s);
                d.citations.append(c);
            }
        } else if (key == u"id" || key == u"arrival_number" || key == u"created_at" || key == u"updated_at"
                   || key == u"deleted_at" || key == u"page_range" || key == u"confidence" || key == u"attachments"
                   || key == u"snippet" || key == u"highlights" || key == u"score" || key == u"exact") {
            // Assigned by the store, or produced by `show`, `search` and `extract` for people to read: accepted
            // and ignored, so their --json output can be fed back to `add`.
        } else if (const DispatchField *f = findDispatchField(key)) {
            QString text;
            if (value.isArray())
                text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
            else
                text = jsonScalarText(value);
            if (!f->set(d, text))
                return fail(Error::InvalidArgument, u"Invalid value for \"%1\": \"%2\"."_s.arg(key, text));
        } else {
            return fail(Error::InvalidArgument, u"Unknown field \"%1\"."_s.arg(key));
        }
    }
    return d;
}

} // namespace vt
