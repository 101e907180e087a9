// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"

#include "core/dispatchfields.h"
#include "store/dispatchstore.h"
#include "store/search.h"

using namespace Qt::StringLiterals;

namespace vt::cli {
namespace {

QString shortened(const QString &s, int max)
{
    const QString one = s.simplified();
    return one.size() <= max ? one : one.left(max - 1) + u'…';
}

QString dateVn(const QDate &d) { return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : u"—"_s; }

} // namespace

void printRecordLine(QTextStream &out, const Dispatch &d)
{
    out << u"#%1  %2  %3/%4  %5  %6  %7  %8\n"_s.arg(d.id)
               .arg(toCode(d.direction) == u"incoming" ? u"đến"_s : u"đi"_s)
               .arg(d.arrivalNumber)
               .arg(d.arrivalDate.year())
               .arg(dateVn(d.arrivalDate), d.reference.isEmpty() ? u"(no reference)"_s : d.reference,
                    shortened(d.issuer, 40), shortened(d.type.isEmpty() ? d.summary : d.type + u": "_s + d.summary, 90));
}

void printRecord(QTextStream &out, const Dispatch &d)
{
    out << u"id: %1\n"_s.arg(d.id);
    out << u"direction: %1\n"_s.arg(toCode(d.direction));
    out << u"arrival_number: %1/%2\n"_s.arg(d.arrivalNumber).arg(d.arrivalDate.year());
    out << u"arrival_date: %1\n"_s.arg(dateVn(d.arrivalDate));
    for (const DispatchField &f : dispatchFields()) {
        QString value = f.get(d);
        if (f.kind == DispatchField::List)
            value = f.items(d).join(u"; "_s);
        if (value.isEmpty() || value == u"0")
            continue;
        out << QString::fromLatin1(f.name) << u": "_s << value << u'\n';
    }
    for (const Citation &c : d.citations) {
        out << u"citation: %1 %2 %3%4\n"_s.arg(c.reference, dateVn(c.date), c.issuer,
                                                 c.targetId ? u" (→ #%1)"_s.arg(c.targetId) : QString());
    }
    if (d.deletedAt.isValid())
        out << u"in trash since: %1\n"_s.arg(d.deletedAt.toString(Qt::ISODate));
    if (!d.fullText.isEmpty())
        out << u"\n"_s << d.fullText << u'\n';
}

void printHit(QTextStream &out, const store::SearchHit &hit)
{
    printRecordLine(out, hit.dispatch);
    if (hit.snippet.isEmpty())
        return;
    // Matches in [brackets]: the terminal may not render bold, and brackets survive a pipe.
    QString marked = hit.snippet;
    for (auto it = hit.highlights.crbegin(); it != hit.highlights.crend(); ++it) {
        marked.insert(it->first + it->second, u']');
        marked.insert(it->first, u'[');
    }
    out << u"      "_s << marked << (hit.exact ? QString() : u"  (without diacritics)"_s) << u'\n';
}

void printHistory(QTextStream &out, const QList<store::AuditEntry> &entries)
{
    for (const store::AuditEntry &e : entries) {
        out << e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) << u"  "_s << e.action;
        if (!e.field.isEmpty())
            out << u" "_s << e.field << u": "_s << e.oldValue << u" → "_s << e.newValue;
        else if (!e.newValue.isEmpty() || !e.oldValue.isEmpty())
            out << u" "_s << (e.newValue.isEmpty() ? e.oldValue : e.newValue);
        out << u'\n';
    }
}

QStringList csvHeader()
{
    QStringList h{u"id"_s, u"direction"_s, u"arrival_number"_s, u"arrival_date"_s};
    for (const DispatchField &f : dispatchFields())
        h.append(QString::fromLatin1(f.name));
    h.append(u"citations"_s);
    return h;
}

QStringList csvRow(const Dispatch &d)
{
    QStringList row{QString::number(d.id), toCode(d.direction), QString::number(d.arrivalNumber),
                    d.arrivalDate.toString(Qt::ISODate)};
    for (const DispatchField &f : dispatchFields()) {
        if (f.kind == DispatchField::List)
            row.append(f.items(d).join(u"; "_s));
        else
            row.append(f.get(d));
    }
    QStringList cites;
    for (const Citation &c : d.citations)
        cites.append(c.reference);
    row.append(cites.join(u"; "_s));
    return row;
}

QString csvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &cell : cells) {
        if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
            QString escaped = cell;
            escaped.replace(u"\""_s, u"\"\""_s);
            quoted.append(u'"' + escaped + u'"');
        } else {
            quoted.append(cell);
        }
    }
    return quoted.join(u',') + u"\r\n"_s;
}

} // namespace vt::cli
