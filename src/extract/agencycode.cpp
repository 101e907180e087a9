// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finders.h"

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

// Upper case with Đ read as D: how OCR and stripped text leave an agency code.
QString codeKey(QStringView code)
{
    QString out = code.toString().toUpper();
    out.replace(u'Đ', u'D');
    return out;
}

// An agency code built from a name: the initial of each word, Đ kept ("Ban Chỉ đạo" → "BCĐ"); "và" is left out.
QString initials(const QStringList &words)
{
    QString out;
    for (const QString &w : words) {
        if (w.isEmpty() || foldText(w) == u"va"_s)
            continue;
        out += w.at(0).toUpper();
    }
    return out;
}

// The codes the issuer's name abbreviates to, without its locality ("… tỉnh Kiên Giang"): every initial, and
// without "công tác", which agency codes usually leave out ("Ban Chỉ đạo công tác Thông tin đối ngoại" → BCĐTTĐN).
QStringList issuerCodes(const QString &issuer)
{
    QStringList words = issuer.split(u' ', Qt::SkipEmptyParts);
    static const QStringList localities = {u"tinh"_s, u"thanh pho"_s, u"huyen"_s, u"quan"_s, u"xa"_s, u"phuong"_s};
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString f = foldText(words.at(i));
        const QString two = i + 1 < words.size() ? f + u' ' + foldText(words.at(i + 1)) : QString();
        if (words.at(i).at(0).isLower() && (localities.contains(f) || localities.contains(two))) {
            words = words.mid(0, i);
            break;
        }
    }
    QStringList codes = {initials(words)};
    QStringList short_;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i + 1 < words.size() && foldText(words.at(i)) == u"cong"_s && foldText(words.at(i + 1)) == u"tac"_s) {
            ++i;
            continue;
        }
        short_.append(words.at(i));
    }
    if (short_.size() != words.size())
        codes.append(initials(short_));
    return codes;
}

} // namespace

// The agency part of the notation is the issuer's code. OCR loses Đ in it and slips a letter
// ("116-KH/BCDTTDTN"); a group that is, Đ aside, the code of the issuer's name, or one letter from it, is that code.
// Groups written so elsewhere in the document are left alone (they are what the issuer prints).
void correctAgencyCode(Scope &s)
{
    Dispatch &d = s.doc.fields;
    if (d.notation.isEmpty() || d.issuer.isEmpty())
        return;
    const QStringList codes = issuerCodes(d.issuer);
    QString notation = d.notation;
    static const QRegularExpression group(uR"([\p{Lu}\p{Ll}]{3,})"_s);
    auto it = group.globalMatch(notation);
    QList<std::pair<qsizetype, QString>> fixes; // position in the notation, replacement
    while (it.hasNext()) {
        const auto m = it.next();
        const QString printed = m.captured();
        if (printed.toUpper() != printed)
            continue; // mixed-case codes (TTg, CTr) are type abbreviations, not agency codes
        bool seen = false;
        const qsizetype numberLine = s.doc.evidence.value(u"reference"_s).line;
        for (qsizetype i = s.first; i <= s.last && !seen; ++i) {
            const QString &t = s.lines.at(i).text;
            for (qsizetype at = t.indexOf(printed); i != numberLine && at >= 0 && !seen;
                 at = t.indexOf(printed, at + 1)) {
                seen = (at == 0 || !t.at(at - 1).isLetter())
                    && (at + printed.size() >= t.size() || !t.at(at + printed.size()).isLetter());
            }
        }
        if (seen)
            continue;
        for (const QString &code : codes) {
            if (code == printed || code.size() < 3)
                continue;
            const qsizetype diff = distance(codeKey(printed), codeKey(code), 1);
            if (diff == 0 || (diff == 1 && code.size() >= 5 && code.contains(u'Đ') && !printed.contains(u'Đ'))) {
                fixes.append({m.capturedStart(), code});
                break;
            }
        }
    }
    for (auto f = fixes.crbegin(); f != fixes.crend(); ++f) {
        const qsizetype length = group.match(notation, f->first).capturedLength();
        notation.replace(f->first, length, f->second);
    }
    if (notation == d.notation)
        return;
    s.referenceAsRead = d.reference;
    d.reference = d.reference.left(d.reference.size() - d.notation.size()) + notation;
    d.notation = notation;
    for (const QString &field : {u"reference"_s, u"notation"_s}) {
        FieldEvidence e = s.doc.evidence.value(field);
        s.note(field, e.line, e.start, e.length, std::min(e.confidence, 0.6));
    }
}

} // namespace vt::extract::detail

namespace vt::extract {

int referenceAgreement(const ExtractedDocument &document, const QList<SourceLine> &lines)
{
    using namespace detail;
    const Dispatch &d = document.fields;
    if (d.notation.isEmpty())
        return 0;
    static const QRegularExpression separators(u"[/-]"_s);
    QStringList groups = d.notation.split(separators, Qt::SkipEmptyParts);
    groups.removeIf([](const QString &g) { return g.size() == 4 && g.at(0).isDigit(); }); // a legal text's year
    int points = 0;
    const DocType *type = typeByName(foldText(d.type));
    if (type && (type->abbreviation.isEmpty() || groups.contains(type->abbreviation)))
        ++points;
    const QStringList codes = issuerCodes(d.issuer);
    const qsizetype numberLine = document.evidence.value(u"reference"_s).line;
    bool agency = false;
    for (const QString &g : std::as_const(groups)) {
        if (g.size() < 2 || (type && g == type->abbreviation))
            continue;
        for (const QString &code : codes)
            agency = agency || codeKey(code) == codeKey(g);
        static const QRegularExpression letter(u"\\p{L}"_s);
        for (qsizetype i = document.firstLine; i <= document.lastLine && i < lines.size() && !agency; ++i) {
            if (i == numberLine)
                continue;
            const QString &t = lines.at(i).text;
            for (qsizetype at = t.indexOf(g); at >= 0 && !agency; at = t.indexOf(g, at + 1)) {
                agency = (at == 0 || !letter.match(t.mid(at - 1, 1)).hasMatch())
                    && (at + g.size() >= t.size() || !letter.match(t.mid(at + g.size(), 1)).hasMatch());
            }
        }
    }
    points += agency ? 1 : 0;
    const bool shaped = groups.size() >= 2 && std::all_of(groups.cbegin(), groups.cend(), [](const QString &g) {
        return std::count_if(g.cbegin(), g.cend(), [](QChar c) { return c.isLetter(); }) >= 2;
    });
    return points + (shaped ? 1 : 0);
}

} // namespace vt::extract
