// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finders.h"

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

// Type names as an alternation, longest first, for matching on folded text.
QString typeAlternation()
{
    QStringList folds;
    for (const DocType &t : docTypes())
        folds.append(QRegularExpression::escape(t.fold).replace(u"\\ "_s, u"\\s+"_s));
    std::sort(folds.begin(), folds.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return folds.join(u'|');
}

const QRegularExpression &mentionPattern()
{
    // "Công văn số 273/…", "Chỉ thị 41/CT-TTg", OCR "Công văn sd 7357/…", "Kế hoạch s6 228-KH/TU".
    static const QRegularExpression re(
        u"(?<![\\p{L}])("_s + typeAlternation() + u")(?:\\s{1,3}s[o06bd&e]?\\s{0,2}:?)?\\s{1,3}(?=\\d)"_s);
    return re;
}

struct Joined
{
    QString text;
    QString fold;
    QList<qsizetype> lineStart; // offset of each line of the scope in text
};

Joined joinScope(const Scope &s)
{
    Joined j;
    for (qsizetype i = s.first; i <= s.last; ++i) {
        j.lineStart.append(j.text.size());
        j.text += s.lines.at(i).text + u'\n';
        j.fold += s.lines.at(i).fold + u'\n';
    }
    return j;
}

qsizetype lineAt(const Joined &j, qsizetype offset)
{
    const auto it = std::upper_bound(j.lineStart.begin(), j.lineStart.end(), offset);
    return qsizetype(it - j.lineStart.begin()) - 1;
}

QString issuerAt(const Joined &j, qsizetype from)
{
    static const QRegularExpression of(uR"(\G\s{0,3},?\s{0,3}(?:cua|c\S{1,2}a)\s+)"_s);
    const auto m = of.match(j.fold, from);
    if (!m.hasMatch())
        return {};
    // Where the issuer's name ends, read on the text with its diacritics ("tại" ends it, "Tài chính" does not).
    static const QRegularExpression stop(
        uR"x(\s(?:về|v/v|quy định|hướng dẫn|phê duyệt|ban hành|triển khai|thực hiện|tại|năm|giai đoạn|đính kèm)(?!\p{L})|[,;.()"“”:\n])x"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto e = stop.match(j.text, m.capturedEnd());
    qsizetype end = e.hasMatch() ? e.capturedStart() : j.text.size();
    end = std::min(end, m.capturedEnd() + 80);
    return collapse(j.text.mid(m.capturedEnd(), end - m.capturedEnd()));
}

} // namespace

// The type a reference's notation names: Party "32-CT/TW" after the hyphen, state "368/QĐ-TTg" first group.
const DocType *typeOfReference(const Reference &ref)
{
    const bool party = !ref.full.startsWith(ref.number + u'/');
    QString part = party ? ref.notation.section(u'/', 0, 0) : ref.notation.section(u'/', -1);
    if (!party && !part.contains(u'-'))
        return nullptr;
    return typeByAbbreviation(party ? part : part.section(u'-', 0, 0));
}

void findCitations(Scope &s)
{
    const Joined j = joinScope(s);
    QList<Citation> found;
    // "<type> số X", and "số X" alone when X's notation names a type (the type name may be damaged by OCR).
    static const QRegularExpression numbered(uR"((?<![\p{L}])s[o06]\s{0,2}:?\s{1,3}(?=\d))"_s);
    QList<QRegularExpressionMatch> mentions;
    for (const QRegularExpression *re : {&mentionPattern(), &numbered}) {
        auto it = re->globalMatch(j.fold);
        while (it.hasNext())
            mentions.append(it.next());
    }
    std::sort(mentions.begin(), mentions.end(),
        [](const auto &a, const auto &b) { return a.capturedStart() < b.capturedStart(); });
    for (const auto &m : std::as_const(mentions)) {
        const DocType *named = m.lastCapturedIndex() >= 1 ? typeByName(collapse(m.captured(1))) : nullptr;
        const auto r = referencePattern().match(
            j.text, m.capturedEnd(), QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!r.hasMatch())
            continue;
        auto ref = normaliseReference(r.captured(0), named);
        const DocType *type = named;
        if (ref && !named) {
            type = typeOfReference(*ref);
            if (!type)
                continue;
            ref = normaliseReference(r.captured(0), type);
        }
        if (!ref || ref->full == s.doc.fields.reference || ref->full == s.referenceAsRead)
            continue;
        Citation c;
        c.reference = ref->full;
        c.type = type ? type->name : QString();
        qsizetype pos = r.capturedEnd();
        static const QRegularExpression on(uR"(\G\s{0,3},?\s{0,3}(?:ban hanh\s+)?ngay\s{1,3})"_s);
        if (const auto d = on.match(j.fold, pos); d.hasMatch()) {
            qsizetype length = 0;
            c.date = dateAtStart(QStringView(j.fold).mid(d.capturedEnd(), 40), &length);
            if (c.date.isValid())
                pos = d.capturedEnd() + length;
        }
        c.issuer = issuerAt(j, pos);
        const auto same
            = std::find_if(found.begin(), found.end(), [&](const Citation &o) { return o.reference == c.reference; });
        if (same == found.end()) {
            found.append(c);
        } else {
            if (!same->date.isValid())
                same->date = c.date;
            if (same->issuer.isEmpty())
                same->issuer = c.issuer;
        }
        if (found.size() == 1) {
            const qsizetype line = lineAt(j, m.capturedStart());
            s.note(u"citations"_s, s.first + line, m.capturedStart() - j.lineStart.at(line),
                r.capturedEnd() - m.capturedStart(), 0.85);
        }
    }
    s.doc.fields.citations = found;
}

void findCatalogueLine(Scope &s)
{
    Dispatch &d = s.doc.fields;
    if (!d.reference.isEmpty() && d.issuedDate.isValid() && !d.type.isEmpty() && !d.issuer.isEmpty())
        return;
    // A line opening with "<Type> <reference> … do <issuer> ban hành" names a document the way catalogues and
    // covering notes do. Used only for what the document itself does not print.
    // An appendix names its document: "(Kèm theo Công văn số … ngày … của …)".
    static const QRegularExpression catalogue(
        u"(?:^\\s*|[.!?]\\s+|(\\(\\s*kem theo\\s+))("_s + typeAlternation() + u")(?:\\s+so\\s*:?)?\\s+(?=\\d)"_s);
    static const QRegularExpression issuedBy(uR"(\G.{0,400}?\sdo\s+(.{2,220}?)\s+ban\s+hanh\b)"_s);
    static const QRegularExpression attachedTo(uR"(\G\s{0,2}ngay\s+(.{6,24}?)\s+cua\s+(.{2,160}?)\s*\))"_s);
    for (qsizetype i = s.headerLine; i <= s.last && d.reference.isEmpty(); ++i) {
        const Line &l = s.lines.at(i);
        auto it = catalogue.globalMatch(l.fold);
        QRegularExpressionMatch m, r, t;
        while (it.hasNext() && !t.hasMatch()) {
            m = it.next();
            r = referencePattern().match(l.text, m.capturedEnd(), QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption);
            if (r.hasMatch())
                t = (m.capturedLength(1) ? attachedTo : issuedBy).match(l.fold, r.capturedEnd());
        }
        if (!t.hasMatch())
            continue;
        const DocType *type = typeByName(collapse(m.captured(2)));
        const auto ref = normaliseReference(r.captured(0), type);
        if (!ref)
            continue;
        d.reference = ref->full;
        d.number = ref->number;
        d.notation = ref->notation;
        s.note(u"reference"_s, i, r.capturedStart(), r.capturedLength(), 0.6);
        if (d.type.isEmpty() && type) {
            d.type = type->name;
            s.note(u"type"_s, i, m.capturedStart(2), m.capturedLength(2), 0.6);
        }
        const int issuerGroup = m.capturedLength(1) ? 2 : 1;
        if (d.issuer.isEmpty()) {
            d.issuer = collapse(l.text.mid(t.capturedStart(issuerGroup), t.capturedLength(issuerGroup)));
            s.note(u"issuer"_s, i, t.capturedStart(issuerGroup), t.capturedLength(issuerGroup), 0.5);
        }
        if (!d.issuedDate.isValid() && m.capturedLength(1)) {
            d.issuedDate = dateAtStart(t.captured(1));
            s.note(u"issued_date"_s, i, t.capturedStart(1), t.capturedLength(1), 0.6);
        }
    }
    if (d.issuedDate.isValid() || d.reference.isEmpty())
        return;
    // The date from a mention of the document's own reference: "<Type> <reference> ngày d/m/yyyy".
    static const QRegularExpression on(uR"(\G\s{1,2}ngay\s+(\d{1,2})/(\d{1,2})/(\d{4}))"_s);
    for (qsizetype i = s.headerLine; i <= s.last; ++i) {
        const Line &l = s.lines.at(i);
        auto it = mentionPattern().globalMatch(l.fold);
        while (it.hasNext()) {
            const auto m = it.next();
            const auto r = referencePattern().match(l.text, m.capturedEnd(), QRegularExpression::NormalMatch,
                QRegularExpression::AnchorAtOffsetMatchOption);
            if (!r.hasMatch())
                continue;
            const auto ref = normaliseReference(r.captured(0), typeByName(collapse(m.captured(1))));
            const auto date = on.match(l.fold, r.capturedEnd());
            if (!ref || ref->full != d.reference || !date.hasMatch())
                continue;
            d.issuedDate = QDate(date.captured(3).toInt(), date.captured(2).toInt(), date.captured(1).toInt());
            s.note(u"issued_date"_s, i, date.capturedStart(1), date.capturedEnd(3) - date.capturedStart(1), 0.6);
            return;
        }
    }
}

} // namespace vt::extract::detail
