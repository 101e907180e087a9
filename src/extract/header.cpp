// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finders.h"

#include "core/vietnamese.h"

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

constexpr qsizetype kHeaderLines = 30; // the header block is within this many lines of its start

// Heads of agency names, folded. A line or word run starting with one of them starts a new unit of the
// agency block ("UBND TỈNH KIÊN GIANG" / "VĂN PHÒNG"; "BỘ TÀI CHÍNH CỤC THUẾ" on one line).
const QStringList &agencyHeads()
{
    static const QStringList heads = {u"uy ban nhan dan"_s, u"hoi dong nhan dan"_s, u"kiem toan nha nuoc"_s,
        u"bao hiem xa hoi"_s, u"ban chap hanh"_s, u"bo chi huy"_s, u"vien kiem sat"_s, u"thu tuong"_s, u"chinh phu"_s,
        u"quoc hoi"_s, u"van phong"_s, u"tong cuc"_s, u"chi cuc"_s, u"trung tam"_s, u"tinh uy"_s, u"thanh uy"_s,
        u"huyen uy"_s, u"dang uy"_s, u"uy ban"_s, u"kho bac"_s, u"toa an"_s, u"cong an"_s, u"ubnd"_s, u"hdnd"_s,
        u"ubmttq"_s, u"bo"_s, u"so"_s, u"cuc"_s, u"ban"_s, u"phong"_s, u"vu"_s, u"vien"_s, u"thue"_s, u"truong"_s};
    return heads;
}

// The number of words of the agency head at word `i`, or 0.
int headAt(const QStringList &foldWords, qsizetype i)
{
    int best = 0;
    for (const QString &head : agencyHeads()) {
        const QStringList hw = head.split(u' ');
        if (i + hw.size() > foldWords.size() || hw.size() <= best)
            continue;
        bool match = true;
        for (qsizetype k = 0; k < hw.size() && match; ++k)
            match = foldWords.at(i + k) == hw.at(k);
        if (match)
            best = int(hw.size());
    }
    return best;
}

QString foldWord(const QString &w)
{
    QString f = foldText(w);
    f.remove(QRegularExpression(u"[^\\p{L}\\d]"_s));
    return f;
}

// Splits the agency block's text (upper case, one entry per printed line) into agency units.
QStringList agencyUnits(const QStringList &blockLines)
{
    QStringList units;
    int currentHeadWords = 0; // words of the current unit that are its head
    int currentWords = 0;
    for (const QString &line : blockLines) {
        const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
        QStringList folds;
        for (const QString &w : words)
            folds.append(foldWord(w));
        for (qsizetype i = 0; i < words.size();) {
            const int head = headAt(folds, i);
            const bool complete = currentWords > currentHeadWords;
            const QString previous = i > 0 ? folds.at(i - 1) : QString();
            const bool joined = previous == u"cua"_s || previous == u"va"_s || previous == u"thuoc"_s;
            const bool upper = words.at(i).at(0).isUpper();
            // Inside a line only the heads that cannot end a name split it ("BỘ NỘI VỤ", "MÔI TRƯỜNG").
            static const QStringList inner = {u"cuc"_s, u"tong cuc"_s, u"chi cuc"_s, u"so"_s, u"van phong"_s, u"ban"_s,
                u"uy ban nhan dan"_s, u"ubnd"_s, u"hoi dong nhan dan"_s, u"trung tam"_s, u"phong"_s, u"chinh phu"_s};
            const bool allowed = i == 0 || inner.contains(folds.mid(i, std::max(1, head)).join(u' '));
            if (units.isEmpty() || (head && allowed && complete && !joined && upper)) {
                units.append(QString());
                currentHeadWords = head;
                currentWords = 0;
            }
            const int take = std::max(1, head);
            for (int k = 0; k < take; ++k) {
                units.last() += (units.last().isEmpty() ? u""_s : u" "_s) + words.at(i + k);
                ++currentWords;
            }
            i += take;
        }
    }
    for (QString &u : units) {
        u = collapse(u);
        while (!u.isEmpty() && !u.back().isLetterOrNumber())
            u.chop(1);
    }
    units.removeAll(QString());
    return units;
}

// A multi-word agency head OCR printed without its spaces ("VĂNPHÒNG"), split as the head is; else the word.
QString splitGluedHead(const QString &word)
{
    const QString fold = foldText(word);
    for (const QString &head : agencyHeads()) {
        if (!head.contains(u' ') || QString(head).remove(u' ') != fold)
            continue;
        QString out = word;
        for (qsizetype at = head.indexOf(u' '); at >= 0; at = head.indexOf(u' ', at + 1))
            out.insert(at, u' ');
        return out;
    }
    return word;
}

// A provincial or district parent whose locality OCR damaged is read again: by the province it is one slip
// from ("UBND TỈNH TRÀ VĨNH"), or by the place on the date line when the two are close ("ỦY BAN NHÂN DÂN Ý
// THNHKINGIANG" with "Kiên Giang, ngày …"). A parent naming a province exactly stays as it is.
QString parentByPlace(const QString &parent, const QString &place)
{
    static const QRegularExpression council(uR"(^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)\s+)"_s);
    static const QRegularExpression party(uR"(^(?:tinh|thanh|huyen) uy\s+)"_s);
    static const QRegularExpression kind(uR"(^(?:tinh|thanh pho)\s+)"_s);
    static const QRegularExpression nonLetters(u"[^a-z]"_s);
    const QString fold = foldText(parent);
    QRegularExpressionMatch m = council.match(fold);
    const bool isCouncil = m.hasMatch();
    if (!isCouncil)
        m = party.match(fold);
    if (!m.hasMatch())
        return parent;
    const auto k = kind.match(
        fold, m.capturedEnd(), QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    const qsizetype nameAt = k.hasMatch() ? k.capturedEnd() : m.capturedEnd();
    bool exact = false;
    const QString province = provinceNear(parent.mid(nameAt), &exact);
    if (exact)
        return parent;
    if (!province.isEmpty())
        return parent.left(nameAt) + province.toUpper();
    bool placeExact = false;
    provinceNear(place, &placeExact);
    if (!placeExact)
        return parent;
    const QString rest = fold.mid(m.capturedEnd()).remove(nonLetters);
    const QString where = foldText(place).remove(nonLetters);
    // The place may name its kind itself ("Thành phố Hồ Chí Minh").
    const QStringList kinds = isCouncil ? QStringList{QString(), u"tỉnh"_s, u"thành phố"_s} : QStringList{QString()};
    QString best;
    qsizetype bestDistance = 0;
    for (const QString &kindName : kinds) {
        const QString candidate = foldText(kindName).remove(nonLetters) + where;
        const qsizetype limit = candidate.size() / 4;
        const qsizetype d = distance(rest, candidate, limit);
        if (d == 0)
            return parent;
        if (d <= limit && (best.isEmpty() || d < bestDistance)) {
            best = kindName.isEmpty() ? place : kindName + u' ' + place;
            bestDistance = d;
        }
    }
    return best.isEmpty() ? parent : parent.left(m.capturedEnd()) + best.toUpper();
}

// "tỉnh Kiên Giang" out of a local parent ("UBND TỈNH KIÊN GIANG", "TỈNH ỦY KIÊN GIANG"), or empty.
QString placeOf(const QString &prettyParent)
{
    static const QRegularExpression local(
        u"(?:^|\\s)((?:tỉnh|thành phố|huyện|quận|thị xã|xã(?!\\s+hội)|phường)\\s+(?![ủu][yỷ](?:\\s|$))\\S.*)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression party(
        u"^(Tỉnh|Thành|Huyện)\\s+(?:ủy|uỷ)\\s+(.+)$"_s, QRegularExpression::CaseInsensitiveOption);
    if (const auto m = party.match(prettyParent); m.hasMatch()) {
        const QString kind = m.captured(1).toLower();
        return (kind == u"thành"_s ? u"thành phố"_s : kind) + u' ' + m.captured(2);
    }
    if (const auto m = local.match(prettyParent); m.hasMatch()) {
        QString p = m.captured(1);
        return p.left(1).toLower() + p.mid(1);
    }
    return {};
}

// The issuer as the register writes it: a unit of a local parent carries the parent's place
// ("Sở Thông tin và Truyền thông tỉnh Kiên Giang"); a bare "Văn phòng" is the parent's office.
QString composeIssuer(const QString &issuer, const QString &parent)
{
    if (parent.isEmpty())
        return issuer;
    const QString f = foldText(issuer);
    if (f == u"van phong"_s)
        return issuer + u' ' + expandAgency(parent);
    const QString place = placeOf(parent);
    if (place.isEmpty() || !placeOf(issuer).isEmpty())
        return issuer;
    // A unit named after its parent's kind takes the parent's name: "Văn phòng Tỉnh ủy" + "Tỉnh ủy Bình Định".
    const QStringList own = issuer.split(u' ');
    const QStringList above = parent.split(u' ');
    for (qsizetype k = std::min(own.size(), above.size()) - 1; k > 0; --k) {
        if (foldText(own.mid(own.size() - k).join(u' ')) == foldText(above.mid(0, k).join(u' ')))
            return issuer + u' ' + above.mid(k).join(u' ');
    }
    static const QStringList units = {u"so "_s, u"ban "_s, u"van phong "_s, u"phong "_s, u"chi cuc "_s, u"trung tam "_s,
        u"thanh tra "_s, u"thue "_s, u"kho bac "_s};
    for (const QString &u : units) {
        if (f.startsWith(u))
            return issuer + u' ' + place;
    }
    return issuer;
}

struct Blanked
{
    QString text;
    QString fold;
    qsizetype right = -1; ///< where the quốc hiệu or tiêu ngữ starts on a line OCR merged across the columns
};

Blanked withoutNationalHeader(const Line &line)
{
    Blanked b{line.text, line.fold};
    // A tiêu ngữ OCR damaged after its start ("Độc lập - Tự do - Hạnh Z hít") still ends the left column.
    static const QRegularExpression motto(uR"(\bd\S{1,2}c\s{0,3}l\S{1,2}p\s{0,3}[-–])"_s);
    if (const auto m = motto.match(line.fold); m.hasMatch() && nationalHeaderSpans(line.fold).isEmpty()) {
        b.right = m.capturedStart();
        for (qsizetype k = b.right; k < b.text.size(); ++k) {
            b.text[k] = u' ';
            b.fold[k] = u' ';
        }
    }
    for (const auto &[start, length] : nationalHeaderSpans(line.fold)) {
        if (b.right < 0)
            b.right = start;
        for (qsizetype k = start; k < start + length; ++k) {
            b.text[k] = u' ';
            b.fold[k] = u' ';
        }
    }
    return b;
}

void blankSpan(Blanked &b, qsizetype start, qsizetype length)
{
    for (qsizetype k = start; k < start + length && k < b.text.size(); ++k) {
        b.text[k] = u' ';
        b.fold[k] = u' ';
    }
}

struct TextCut
{
    qsizetype line = -1;
    qsizetype start = 0;
    qsizetype length = 0;
};

void findReference(Scope &s, QList<Blanked> &block, TextCut *where)
{
    for (qsizetype i = 0; i < block.size(); ++i) {
        Blanked &b = block[i];
        auto it = numberLabel().globalMatch(b.fold);
        while (it.hasNext()) {
            const auto label = it.next();
            const qsizetype after = label.capturedEnd();
            // "… Nghị định số. 09/2019/NĐ-CP" in a sentence cites another document: the label follows a word in
            // lower case. The document's own label opens its line or follows the agency's capitals.
            const QString before = b.text.left(label.capturedStart(1)).trimmed();
            qsizetype typeLength = 0;
            const bool typeOpens
                = typeAtStart(foldText(before), &typeLength) && typeLength == before.size(); // "Luật số:"
            if (!before.isEmpty() && before.back().isLower() && !typeOpens)
                continue;
            // The number may be a handwritten fill-in OCR cannot read: "Số: M/STTTT-TTBCBC"; OCR may lose the
            // slash after the number ("94TT-CAT").
            // A colon OCR read for the notation's dash ("2917/CAT:PX03").
            // A doubled dash ("303/BHXH- -QLT") is one.
            static const QRegularExpression colon(uR"(\G\d{1,6}\s{0,2}/\s{0,2}[\p{Lu}\d]{2,10}(:|-\s{1,2}-))"_s);
            if (const auto c = colon.match(b.text, after); c.hasMatch()) {
                for (qsizetype k = c.capturedStart(1); k < c.capturedEnd(1); ++k) {
                    b.text[k] = k == c.capturedStart(1) ? u'-' : u' ';
                    b.fold[k] = b.text[k];
                }
            }
            // A space OCR put inside the notation's first group ("30/T B-MTTQ") is closed first.
            static const QRegularExpression split(uR"x(\G(\d{1,6}\s{0,2}/\s{0,2}\p{Lu}{1,3}) (\p{Lu}{1,3}-\p{Lu}))x"_s);
            if (const auto gap = split.match(b.text, after); gap.hasMatch()) {
                const qsizetype at = gap.capturedEnd(1);
                b.text = b.text.left(at) + b.text.mid(at + 1) + u' ';
                b.fold = b.fold.left(at) + b.fold.mid(at + 1) + u' ';
            }
            auto m = referencePattern().match(
                b.text, after, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            // A state notation lost its slash ("94TT-CAT"), a Party one its dash ("1378CV/BTGTU").
            static const QRegularExpression slashless(
                uR"(\G(\d{1,6})(\p{Lu}[\p{L}\d]{0,8}(?:-[\p{L}\d]+)+|\p{Lu}{1,4}/\p{Lu}[\p{L}\d]*))"_s);
            const auto lost = m.hasMatch() ? QRegularExpressionMatch() : slashless.match(b.text, after);
            const qsizetype line = s.headerLine + i;
            if (lost.hasMatch()) {
                const bool partyForm = lost.captured(2).contains(u'/');
                s.doc.fields.number = lost.captured(1);
                s.doc.fields.notation = lost.captured(2);
                s.doc.fields.reference = lost.captured(1) + (partyForm ? u'-' : u'/') + lost.captured(2);
                s.note(u"reference"_s, line, lost.capturedStart(), lost.capturedLength(), 0.7);
                s.note(u"number"_s, line, lost.capturedStart(1), lost.capturedLength(1), 0.7);
                s.note(u"notation"_s, line, lost.capturedStart(2), lost.capturedLength(2), 0.7);
                *where = {line, label.capturedStart(1), lost.capturedEnd() - label.capturedStart(1)};
                blankSpan(b, label.capturedStart(1), lost.capturedEnd() - label.capturedStart(1));
                return;
            }
            if (m.hasMatch()) {
                auto ref = normaliseReference(m.captured(0));
                if (!ref)
                    continue;
                // A Party number whose slash OCR lost ("3718-CVTU"): the type's abbreviation, then the agency.
                static const QRegularExpression partyJoined(uR"(^(\d+)-(\p{Lu}[\p{L}]{2,})$)"_s);
                if (const auto pj = partyJoined.match(ref->full); pj.hasMatch()) {
                    const QString glued = pj.captured(2);
                    for (qsizetype cut = std::min<qsizetype>(3, glued.size() - 2); cut >= 2; --cut) {
                        const DocType *t = typeByAbbreviation(glued.left(cut));
                        if (t && t->abbreviation == glued.left(cut)) {
                            ref->notation = glued.left(cut) + u'/' + glued.mid(cut);
                            ref->full = pj.captured(1) + u'-' + ref->notation;
                            break;
                        }
                    }
                }
                s.doc.fields.number = ref->number;
                s.doc.fields.notation = ref->notation;
                s.doc.fields.reference = ref->full;
                const double conf = label.captured(1).startsWith(u"so"_s) ? 0.95 : 0.8;
                s.note(u"reference"_s, line, m.capturedStart(), m.capturedLength(), conf);
                s.note(u"number"_s, line, m.capturedStart(1), m.capturedLength(1), conf);
                s.note(u"notation"_s, line, m.capturedStart(2), m.capturedLength(2), conf);
                *where = {line, label.capturedStart(1), m.capturedEnd() - label.capturedStart(1)};
                blankSpan(b, label.capturedStart(1), m.capturedEnd() - label.capturedStart(1));
                return;
            }
            static const QRegularExpression illegible(
                uR"(\G[^\s/]{0,4}\s{0,2}/\s{0,2}(\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)+))"_s);
            const auto bad = illegible.match(b.text, after);
            if (bad.hasMatch()) {
                s.doc.fields.notation = bad.captured(1);
                s.note(u"notation"_s, line, bad.capturedStart(1), bad.capturedLength(1), 0.6);
                *where = {line, label.capturedStart(1), bad.capturedEnd() - label.capturedStart(1)};
                blankSpan(b, label.capturedStart(1), bad.capturedEnd() - label.capturedStart(1));
                return;
            }
        }
    }
}

// The place: the capitalised words printed before ", ngày" ("Thành phố Hồ Chí Minh", "TP. Hà Nội").
QString placeBefore(const QString &text, qsizetype *start)
{
    const QStringList words = collapse(text).split(u' ', Qt::SkipEmptyParts);
    qsizetype first = words.size();
    for (qsizetype i = words.size() - 1; i >= 0; --i) {
        const QString &w = words.at(i);
        const bool lowerJoin = (w == u"phố"_s || w == u"xã"_s || w == u"trấn"_s) && i > 0;
        // "Bà Rịa - Vũng Tàu": a dash between two parts of the name.
        const bool dashJoin
            = (w == u"-"_s || w == u"–"_s) && i > 0 && first == i + 1 && words.at(i - 1).at(0).isUpper();
        if (dashJoin) {
            first = i;
            continue;
        }
        static const QRegularExpression letters(uR"(^\p{L}+\.?$)"_s); // not "Số:217/SKHCN-TĐC"
        bool titleWord = w.at(0).isUpper() && letters.match(w).hasMatch()
            && (w.size() == 1 || w == u"TP."_s || w.mid(1) != w.mid(1).toUpper());
        if (!titleWord && !lowerJoin)
            break;
        first = i;
    }
    const QString place = words.mid(first).join(u' ');
    *start = place.isEmpty() ? -1 : text.lastIndexOf(words.value(first));
    return place;
}

// "Kiên Giang, ngày 08 tháng 5 năm 2020": a date in words after a place (and a comma), or opening its line.
bool isPlaceDate(QStringView fold)
{
    static const QRegularExpression re(uR"((?:^\s*|,\s{0,2}|\p{L}\s{1,3})ngay\s{0,3}[0-9oil|&sb]{1,2}\s{0,3}th)"_s);
    return re.match(fold.toString()).hasMatch() && findDate(fold).isValid();
}

// Records the place printed before the date at `dateFrom` on the line; its start, or -1.
qsizetype notePlace(Scope &s, qsizetype line, const QString &text, qsizetype dateFrom, double confidence)
{
    QString before = text.left(dateFrom);
    // The left column's end on a merged line: "BAN CHỈ ĐẠO ) Kiên Giang, ngày …".
    const qsizetype cut = std::max(before.lastIndexOf(u')'), before.lastIndexOf(u'*'));
    if (cut >= 0)
        before = QString(cut + 1, u' ') + before.mid(cut + 1);
    while (!before.isEmpty() && (before.back() == u',' || before.back().isSpace()))
        before.chop(1);
    qsizetype placeStart = -1;
    QString place = placeBefore(before, &placeStart);
    if (place.isEmpty())
        return -1;
    // A province's name one OCR slip off ("Trà Vĩnh", "Thừu Thiên Huế") is the province's.
    if (const QString province = provinceNear(place); !province.isEmpty())
        place = province;
    s.doc.fields.place = place;
    s.note(u"place"_s, line, placeStart, place.size(), confidence);
    return placeStart;
}

// "Gia Lai, tuy 17 tháng 01 năm 2016": the place line's date with "ngày" misread; at its place only.
QDate garbledDayWord(QStringView fold, qsizetype *from, qsizetype *length)
{
    static const QRegularExpression re(
        uR"(,\s{0,2}(\S{2,5}\s{1,3})(\d{1,2})\s{0,3}th\S{0,4}\s{0,3}(\d{1,2})\s{0,3}n\S{0,2}m\s{0,3}(\d{4}))"_s);
    const auto m = re.match(fold.toString());
    if (!m.hasMatch())
        return {};
    const QDate d(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(2).toInt());
    *from = m.capturedStart(1);
    *length = m.capturedEnd() - m.capturedStart(1);
    return d;
}

void findDateAndPlace(Scope &s, QList<Blanked> &block, TextCut *where)
{
    // The header date is the one on the place line; a date inside the V/v summary is not it.
    for (int pass = 0; pass < 3; ++pass) {
        for (qsizetype i = 0; i < block.size(); ++i) {
            Blanked &b = block[i];
            qsizetype from = 0, length = 0;
            const QDate date = pass < 2 ? findDate(b.fold, &from, &length) : garbledDayWord(b.fold, &from, &length);
            if (!date.isValid() || (pass == 0 && !isPlaceDate(b.fold)))
                continue;
            const qsizetype line = s.headerLine + i;
            s.doc.fields.issuedDate = date;
            s.note(u"issued_date"_s, line, from, length, 0.95);
            const qsizetype placeStart = notePlace(s, line, b.text, from, 0.9);
            blankSpan(b, placeStart >= 0 ? placeStart : from, from + length - (placeStart >= 0 ? placeStart : from));
            *where = {line, from, length};
            return;
        }
    }
}

// Without a header date: the first "<Place>, ngày … tháng … năm …" line of the document.
void findLateDate(Scope &s)
{
    static const QRegularExpression placeDate(uR"(,\s{0,2}ngay\s)"_s);
    for (qsizetype i = s.headerLine; i <= s.last; ++i) {
        const Line &l = s.lines.at(i);
        if (l.text.size() > 160 || !placeDate.match(l.fold).hasMatch())
            continue;
        qsizetype from = 0, length = 0;
        const QDate date = findDate(l.fold, &from, &length);
        if (!date.isValid())
            continue;
        s.doc.fields.issuedDate = date;
        s.note(u"issued_date"_s, i, from, length, 0.7);
        notePlace(s, i, l.text, from, 0.7);
        return;
    }
}

void findAgency(Scope &s, const QList<Blanked> &block, qsizetype blockEnd)
{
    QStringList texts;
    QList<qsizetype> lineOf;
    for (qsizetype i = 0; i < blockEnd && i < block.size(); ++i) {
        if (!s.leftColumn(s.headerLine + i))
            continue;
        // On a merged line, what follows the quốc hiệu is the right column's.
        const Blanked &b = block.at(i);
        const QString t = agencyText(b.right >= 0 ? b.text.left(b.right) : b.text);
        static const QStringList marks
            = {u"khan"_s, u"thuong khan"_s, u"hoa toc"_s, u"mat"_s, u"toi mat"_s, u"tuyet mat"_s};
        if (t.isEmpty() || !isUpperLine(t) || marks.contains(foldText(t)))
            continue;
        texts.append(t);
        lineOf.append(s.headerLine + i);
    }
    QStringList units = agencyUnits(texts);
    if (units.isEmpty())
        return;
    if (units.size() > 1)
        units[units.size() - 2] = parentByPlace(units.at(units.size() - 2), s.doc.fields.place);
    const QString issuer = prettyAgency(units.last());
    const QString parent = units.size() > 1 ? prettyAgency(units.at(units.size() - 2)) : QString();
    s.issuerRaw = units.last();
    s.doc.fields.issuer = composeIssuer(issuer, parent);
    s.doc.fields.issuerParent = parent;
    auto lineWith = [&](const QString &unit) {
        const QString head = unit.section(u' ', 0, 0);
        for (qsizetype k = lineOf.size() - 1; k >= 0; --k) {
            if (texts.at(k).contains(head))
                return lineOf.at(k);
        }
        return lineOf.last();
    };
    const qsizetype issuerLine = lineWith(units.last());
    const qsizetype at = s.lines.at(issuerLine).text.indexOf(units.last().section(u' ', 0, 0));
    s.note(u"issuer"_s, issuerLine, std::max<qsizetype>(0, at), units.last().size(), units.size() > 1 ? 0.9 : 0.85);
    if (!parent.isEmpty()) {
        const QString &raw = units.at(units.size() - 2);
        const qsizetype pl = lineWith(raw);
        s.note(u"issuer_parent"_s, pl, std::max<qsizetype>(0, s.lines.at(pl).text.indexOf(raw.section(u' ', 0, 0))),
            raw.size(), 0.85);
    }
}

bool bodyCue(QStringView fold)
{
    static const QRegularExpression cue(
        uR"x(^\s*(?:can cu|thuc hien|kinh gui|theo de nghi|dieu \d|chuong [ivx]|phan [ivx]|[ivx]+\s*[.-]|\d+\s*[.-]\s))x"_s);
    return cue.match(fold.toString()).hasMatch();
}

// The summary printed under a title or after V/v: the rest of the line and the following lines, up to a
// blank line or the start of the body.
QString gatherSummary(Scope &s, qsizetype line, qsizetype from, bool skipBlanks, qsizetype *lastLine)
{
    // Specks are dropped from the lines joined, so a dash between two lines stays ("năm học 2018 -" / "2019").
    QString raw = s.lines.at(line).text.mid(from);
    QString out = withoutSpecks(raw);
    *lastLine = line;
    qsizetype i = line + 1;
    if (collapse(out).isEmpty() && skipBlanks) {
        while (i <= s.last && i < line + 4 && s.lines.at(i).blank())
            ++i;
    }
    qsizetype widest = collapse(out).size() + (from > 0 ? 4 : 0);
    double widestBox = collapse(out).isEmpty() ? 0 : s.lines.at(line).box.width();
    static const QRegularExpression labels(uR"(^\s*(?:n\S{1,2}i\s{0,2}nh\S{1,3}n|kinh\s{0,2}g\S{1,2}i|kinh)\b)"_s);
    for (int taken = 0; i <= s.last && taken < 5; ++i, ++taken) {
        const Line &l = s.lines.at(i);
        const QString sofar = collapse(out);
        if (sofar.endsWith(u'.') || sofar.endsWith(u':') || labels.match(l.fold).hasMatch())
            break;
        // The summary sits in a narrow column; a line much wider than it is the body's first line.
        const qsizetype width = l.text.trimmed().size();
        if (!sofar.isEmpty() && width > 60 && width > widest * 3 / 2 && !isUpperLine(l.text))
            break;
        widest = std::max(widest, width);
        // With boxes: a title's summary is centred under it, and no line of it is much wider than the others;
        // the body's lines start at the margin and run the width of the page.
        const QRectF &head = s.lines.at(line).box;
        if (!sofar.isEmpty() && !l.box.isEmpty() && !head.isEmpty() && l.page == s.lines.at(line).page) {
            const double page = 2 * s.pageMiddle(l.page);
            if (l.box.width() > 1.4 * widestBox
                || (skipBlanks && std::abs(l.box.center().x() - head.center().x()) > 0.08 * page))
                break;
        }
        if (!l.box.isEmpty())
            widestBox = std::max(widestBox, l.box.width());
        // OCR leaves a blank line inside the summary's lines; the summary goes on if the next line continues
        // its sentence (lower case).
        if (l.blank() && !sofar.isEmpty() && i + 1 <= s.last && !s.lines.at(i + 1).blank()) {
            const QString next = withoutSpecks(s.lines.at(i + 1).text);
            if (!next.isEmpty() && next.at(0).isLower() && !bodyCue(s.lines.at(i + 1).fold))
                continue;
        }
        static const QRegularExpression mark(
            uR"(^\W*(?:do (?:khan|mat)\W*)?(?:mat|toi mat|tuyet mat|khan|thuong khan|hoa toc)\W*$)"_s);
        // "Thực hiện …" opens a body, or the summary under a plan's title ("KẾ HOẠCH" / "Thực hiện quản lý …").
        static const QRegularExpression citing(uR"(\bso\s{0,2}\d)"_s);
        const bool summaryOpening = sofar.isEmpty() && skipBlanks && l.fold.trimmed().startsWith(u"thuc hien "_s)
            && l.text.size() < 120 && !citing.match(l.fold).hasMatch();
        if (l.blank() || (bodyCue(l.fold) && !summaryOpening) || isHeaderMarker(l) || isPlaceDate(l.fold)
            || mark.match(l.fold).hasMatch() || numberLabel().match(l.fold).capturedStart() == 0 || l.text.size() > 200)
            break;
        // A decision repeats its issuer under the title, in capitals: not part of a mixed-case summary.
        if (isUpperLine(l.text) && !sofar.isEmpty()
            && (upperShare(sofar) < 0.5 || foldText(collapse(l.text)) == foldText(s.issuerRaw)))
            break;
        raw += u' ' + l.text;
        out = withoutSpecks(raw);
        *lastLine = i;
    }
    return collapse(out);
}

// "QUYẾT ĐỊNH VỀ VIỆC … ỦY BAN NHÂN DÂN TỈNH X Căn cứ …" on one line: the summary is the capitals after the
// type, without the issuer repeated under the title.
QString capitalsSummary(const QString &rest, const QString &issuerRaw)
{
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    QStringList caps;
    for (const QString &w : words) {
        if (upperShare(w) < 0.99 && w.at(0).isLetter())
            break;
        caps.append(w);
    }
    if (caps.size() == words.size() && rest.size() < 250)
        return rest;
    QString out = caps.join(u' ');
    if (!issuerRaw.isEmpty() && out.endsWith(issuerRaw))
        out.chop(issuerRaw.size());
    return collapse(out);
}

// A title line in capitals that OCR broke or misread by a letter ("CHUỒN G TRÌNH"): its letters, spaces
// ignored, are a type name's, or one letter away from a single long one. The whole line is the type.
const DocType *garbledTitle(const Line &l, qsizetype skip, qsizetype *length)
{
    static const QRegularExpression nonLetters(u"[^a-z]"_s);
    const QString text = withoutSpecks(l.text.mid(skip));
    if (text.isEmpty() || text.size() > 30 || !isUpperLine(text))
        return nullptr;
    const QString letters = foldText(text).remove(nonLetters);
    const DocType *near = nullptr;
    int nearCount = 0;
    for (const DocType &t : docTypes()) {
        const QString name = QString(t.fold).remove(nonLetters);
        if (name == letters) {
            near = &t;
            nearCount = 1;
            break;
        }
        if (name.size() >= 8 && distance(name, letters, 1) <= 1) {
            near = &t;
            ++nearCount;
        }
    }
    if (nearCount != 1)
        return nullptr;
    *length = l.text.size() - skip;
    return near;
}

void findTitle(Scope &s, qsizetype from)
{
    const qsizetype end = std::min(s.last, from + kHeaderLines);
    for (qsizetype i = from; i <= end; ++i) {
        const Line &l = s.lines.at(i);
        // Scan specks before the title ("_ BÁO CÁO") are skipped.
        qsizetype skip = 0;
        while (skip < l.fold.size()
            && (!l.text.at(skip).isLetter() || l.text.at(skip).category() == QChar::Letter_Modifier))
            ++skip;
        qsizetype length = 0;
        const DocType *type = typeAtStart(QStringView(l.fold).mid(skip), &length);
        if (!type)
            type = garbledTitle(l, skip, &length);
        if (!type || type->fold == u"van ban"_s)
            continue;
        if (upperShare(QStringView(l.text).mid(skip, length)) < 0.8)
            continue;
        s.doc.fields.type = type->name;
        s.titleLine = i;
        s.note(u"type"_s, i, skip, length, 0.95);
        qsizetype lastLine = i;
        QString rest = collapse(l.text.mid(skip + length));
        QString summary;
        if (rest.size() > 120 || (!rest.isEmpty() && upperShare(rest) > 0.5 && rest.size() > 60))
            summary = capitalsSummary(rest, s.issuerRaw);
        else
            summary = gatherSummary(s, i, skip + length, true, &lastLine);
        summary = cleanItem(summary);
        if (!summary.isEmpty()) {
            s.doc.fields.summary = summary;
            s.note(u"summary"_s, lastLine == i ? i : i + 1, 0, summary.size(), 0.8);
        }
        s.headerEnd = std::max(s.headerEnd, lastLine + 1);
        return;
    }
}

void findSubject(Scope &s, qsizetype end)
{
    const QRegularExpression &vv = subjectLabel();
    for (qsizetype i = s.headerLine; i <= end; ++i) {
        const auto m = vv.match(s.lines.at(i).fold);
        if (!m.hasMatch() || (s.titleLine >= 0 && i > s.titleLine))
            continue;
        if (s.titleLine >= 0 && i < s.titleLine && !s.doc.fields.summary.isEmpty())
            continue;
        qsizetype lastLine = i;
        const QString summary = cleanItem(gatherSummary(s, i, m.capturedEnd(), false, &lastLine));
        if (summary.isEmpty())
            continue;
        s.doc.fields.summary = summary;
        s.note(u"summary"_s, i, m.capturedEnd(), s.lines.at(i).text.size() - m.capturedEnd(), 0.9);
        if (s.doc.fields.type.isEmpty()) {
            s.doc.fields.type = u"Công văn"_s;
            s.note(u"type"_s, i, m.capturedStart(), m.capturedLength(), 0.9);
        }
        s.headerEnd = std::max(s.headerEnd, lastLine + 1);
        return;
    }
}

void findAddressees(Scope &s)
{
    static const QRegularExpression label(uR"(^\s*kinh\s{0,2}g\S{1,2}i\s{0,2}:?\s*)"_s);
    const qsizetype end = std::min(s.last, s.headerLine + kHeaderLines + 10);
    for (qsizetype i = s.headerLine; i <= end; ++i) {
        const auto m = label.match(s.lines.at(i).fold);
        if (!m.hasMatch())
            continue;
        QStringList items;
        QString inline_ = collapse(s.lines.at(i).text.mid(m.capturedEnd()));
        if (!inline_.isEmpty()) {
            static const QRegularExpression sentenceEnd(uR"([.;]\s+(?=\p{Lu}))"_s);
            if (!inline_.startsWith(u'-')) {
                const auto e = sentenceEnd.match(inline_);
                if (e.hasMatch())
                    inline_ = inline_.left(e.capturedStart());
            }
            for (const QString &item : inline_.split(QRegularExpression(u"(?:^|;)\\s*[-–+]\\s"_s)))
                if (!cleanItem(item).isEmpty())
                    items.append(cleanItem(item));
        }
        qsizetype lastLine = i;
        for (qsizetype k = i + 1; k <= s.last && k < i + 30; ++k) {
            const QString t = collapse(s.lines.at(k).text);
            if (t.isEmpty())
                continue;
            if (!t.startsWith(u'-') && !t.startsWith(u'–') && !t.startsWith(u'+'))
                break;
            for (const QString &item : t.split(QRegularExpression(u";\\s*[-–+]\\s"_s)))
                if (!cleanItem(item).isEmpty())
                    items.append(cleanItem(item));
            lastLine = k;
        }
        if (items.isEmpty())
            return;
        s.doc.fields.addressees = items;
        s.note(u"addressees"_s, i, m.capturedEnd(), s.lines.at(i).text.size() - m.capturedEnd(),
            lastLine > i ? 0.9 : 0.75);
        return;
    }
}

void findMarks(Scope &s, const QList<Blanked> &block)
{
    for (qsizetype i = 0; i < block.size(); ++i) {
        const QString f = collapse(block.at(i).fold).remove(QRegularExpression(u"^do (khan|mat)\\s*:\\s*"_s));
        const QString t = collapse(block.at(i).text);
        if (!isUpperLine(t) && t.size() > 12)
            continue;
        const qsizetype at = block.at(i).fold.indexOf(f.section(u' ', 0, 0));
        if (f == u"hoa toc"_s || f == u"thuong khan"_s || f == u"khan"_s) {
            s.doc.fields.urgency = f == u"khan"_s ? Urgency::Urgent
                : f == u"hoa toc"_s               ? Urgency::Flash
                                                  : Urgency::VeryUrgent;
            s.note(u"urgency"_s, s.headerLine + i, std::max<qsizetype>(0, at), f.size(), 0.9);
        } else if (f == u"mat"_s || f == u"toi mat"_s || f == u"tuyet mat"_s) {
            s.doc.fields.confidentiality = f == u"mat"_s ? Confidentiality::Confidential
                : f == u"toi mat"_s                      ? Confidentiality::Secret
                                                         : Confidentiality::TopSecret;
            s.note(u"confidentiality"_s, s.headerLine + i, std::max<qsizetype>(0, at), f.size(), 0.9);
        }
    }
}

void typeFromReference(Scope &s)
{
    if (!s.doc.fields.type.isEmpty() || s.doc.fields.notation.isEmpty())
        return;
    const QString notation = s.doc.fields.notation;
    const bool party = s.doc.fields.reference.contains(u'-')
        && s.doc.fields.reference.indexOf(u'-') < s.doc.fields.reference.indexOf(u'/');
    QString abbreviation = party ? notation.section(u'/', 0, 0) : notation.section(u'/', -1).section(u'-', 0, 0);
    const DocType *type = typeByAbbreviation(abbreviation);
    const auto ev = s.doc.evidence.value(u"notation"_s);
    if (type && (party || type->abbreviation != u"CV"_s)) {
        s.doc.fields.type = type->name;
        s.note(u"type"_s, ev.line, ev.start, ev.length, 0.7);
    } else if (!party && notation.section(u'/', -1).contains(u'-')) {
        // A state notation whose first group is not a type: the agency-unit form of a công văn.
        s.doc.fields.type = u"Công văn"_s;
        s.note(u"type"_s, ev.line, ev.start, ev.length, 0.6);
    }
}

} // namespace

// An agency line as a scan leaves it: specks and stray marks dropped ("SỞ VĂN HOÁ VÀ THỂ THAO ˆ ... : -" ends at
// "THAO"), glued heads split ("VĂNPHÒNG"); a dash inside the name or ending the line (the name goes on below:
// "SỞ LAO ĐỘNG -" / "THƯƠNG BINH VÀ XÃ HỘI") is kept.
QString agencyText(const QString &text)
{
    static const QRegularExpression specks(uR"([_ˆ`~|"“”‘’'*^])"_s);
    static const QRegularExpression real(u"[\\p{Lu}\\p{Ll}\\p{Lo}\\d]"_s);
    QStringList kept;
    const QStringList words = collapse(text).split(u' ', Qt::SkipEmptyParts);
    const auto allUpper = [](const QString &w) {
        return w.toUpper() == w && std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isUpper(); });
    };
    // In a line of capitals, words with small letters are OCR's ("SỰ TỈNH NAM ĐỊNH là viteei").
    const bool capitals = std::count_if(words.cbegin(), words.cend(), allUpper) >= 2;
    for (QString w : words) {
        w.remove(specks);
        if (capitals && !allUpper(w) && real.match(w).hasMatch() && !w.at(0).isDigit())
            continue;
        // Dots OCR left on a word ("DÂN...", "DÂN."), not an abbreviation's dot ("TP.").
        if (w.size() > 3)
            w.remove(QRegularExpression(u"[.:;…]+$"_s));
        const bool dash = w == u"-"_s || w == u"–"_s;
        if (dash ? !kept.isEmpty() && kept.last() != u"-"_s : real.match(w).hasMatch())
            kept.append(dash ? u"-"_s : splitGluedWords(splitGluedHead(w)));
    }
    // Single letters are specks, but for "Y" (Sở Y tế) and a region's numeral ("KHU VỰC I").
    for (qsizetype k = kept.size() - 1; k >= 0; --k) {
        const QString &w = kept.at(k);
        const bool numeral = k > 0 && (kept.at(k - 1) == u"VỰC"_s || kept.at(k - 1) == u"VÙNG"_s);
        if (w.size() == 1 && w.at(0).isLetter() && w != u"Y"_s && !numeral)
            kept.removeAt(k);
    }
    // "SỞ" read as "SỬ" opening the name.
    if (kept.size() > 1 && (kept.first() == u"SỬ"_s || kept.first() == u"SƯ"_s || kept.first() == u"SỚ"_s))
        kept.first() = u"SỞ"_s;
    // "TỈNH" read as "TÍNH" (by OCR or repair) before a place name; "HÀ TĨNH" is a name.
    for (qsizetype k = 0; k + 1 < kept.size(); ++k) {
        if (foldText(kept.at(k)) == u"tinh"_s && kept.at(k) != u"TỈNH"_s && kept.at(k).toUpper() == kept.at(k)
            && (k == 0 || foldText(kept.at(k - 1)) != u"ha"_s))
            kept[k] = u"TỈNH"_s;
    }
    QString t = kept.join(u' ');
    t.remove(QRegularExpression(u"^[^\\p{L}]+|[^\\p{L}\\d.\\-]+$"_s));
    return t;
}

const QRegularExpression &numberLabel()
{
    // "Số:", "Số::", OCR "S6:", "Sô", "So:", "S&", also after a speck of the scan ("_Số:", "-Số:"). A label
    // without a colon must open its line ("Số 116-KH/BCĐ"), so "… Nghị quyết số 51/2001/QH10" in a sentence
    // is not the document's number.
    static const QRegularExpression re(
        uR"((?|(?:^|\s|(?<![\p{L}\d])[-_–—.'‘’"“”~])((?:[s§][o06&e]?|5o)(?:[:.]{1,2}|;:?))\s{0,3}|^\s*[-_–—.'‘’"“”~]?([s§][o06&e]?)\s{0,3}(?=[\d_.…])))"_s);
    return re;
}

const QRegularExpression &subjectLabel()
{
    // Also "VW" or "Vv" opening a line (OCR lost the slash).
    static const QRegularExpression re(
        uR"((?:^|\s|(?<![\p{L}\d])[-_–—.'‘’"“”~])v\s?/\s?v[\s:.]+|^[^a-z\d]{0,3}v[vw][\s:.]+)"_s);
    return re;
}

void findHeader(Scope &s)
{
    const qsizetype end = std::min(s.last, s.headerLine + kHeaderLines);
    QList<Blanked> block;
    for (qsizetype i = s.headerLine; i <= end; ++i)
        block.append(withoutNationalHeader(s.lines.at(i)));

    TextCut ref, date;
    if (s.doc.hasHeader) {
        // The place line first: OCR may run it into the number ("Số: 521/CTKGI-KK - Kiên Giang, ngày …"), and
        // the place, once taken, cannot pass for a part of the notation.
        findDateAndPlace(s, block, &date);
        findReference(s, block, &ref);
    }
    // The agency block is what precedes the number (or the date) on the left.
    qsizetype agencyEnd = 0;
    if (ref.line >= 0)
        agencyEnd = ref.line - s.headerLine + 1;
    else if (date.line >= 0)
        agencyEnd = date.line - s.headerLine + 1;
    if (s.doc.hasHeader && agencyEnd > 0) {
        findAgency(s, block, agencyEnd);
    }
    s.headerEnd = s.headerLine + std::max<qsizetype>(agencyEnd, date.line >= 0 ? date.line - s.headerLine + 1 : 0);
    findTitle(s, std::max(s.headerEnd, s.headerLine));
    findSubject(s, std::min(end, std::max(s.headerEnd + 6, s.headerLine + 12)));
    if (s.doc.hasHeader && agencyEnd > 0) {
        // Marks are boxed under the number, or under the V/v lines.
        const qsizetype marksEnd = std::max(agencyEnd, s.headerEnd - s.headerLine) + 2;
        findMarks(s, QList<Blanked>(block.begin(), block.begin() + std::min<qsizetype>(marksEnd, block.size())));
    }
    if (s.doc.fields.type.isEmpty())
        typeFromReference(s);
    if (!s.doc.fields.issuedDate.isValid() && s.doc.hasHeader)
        findLateDate(s);
    if (!s.doc.fields.type.isEmpty() && !s.doc.fields.reference.isEmpty()) {
        // Restore Đ in the notation from the title's type (ĐA vs DA, HĐ vs HD).
        if (const auto r = normaliseReference(s.doc.fields.reference, typeByName(foldText(s.doc.fields.type)))) {
            s.doc.fields.notation = r->notation;
            s.doc.fields.reference = r->full;
        }
    }
    correctAgencyCode(s);
    findAddressees(s);
}

} // namespace vt::extract::detail
