// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finders.h"

#include "core/vietnamese.h"

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

const QRegularExpression &authorityPrefix()
{
    static const QRegularExpression re(uR"((?:^|\s)(TM\.|KT\.?|K/T|T/M|T/L|TL\.|TUQ\.|Q\.)(?=\s|$))"_s);
    return re;
}

SigningAuthority authorityOf(const QString &prefix)
{
    const QString p = QString(prefix).remove(u'.').remove(u'/');
    if (p == u"TM"_s)
        return SigningAuthority::OnBehalf;
    if (p == u"KT"_s)
        return SigningAuthority::Deputy;
    if (p == u"TL"_s)
        return SigningAuthority::ByOrder;
    if (p == u"TUQ"_s)
        return SigningAuthority::Delegated;
    if (p == u"Q"_s)
        return SigningAuthority::Acting;
    return SigningAuthority::None;
}

// An upper-case run of Vietnamese words (a position in the signature block: "PHÓ GIÁM ĐỐC") or the
// connector "kiêm" — what the signature column leaves on the end of a Nơi nhận line when OCR merges them.
bool isTitleFragment(const QString &text)
{
    const QString t = collapse(text);
    if (foldText(t) == u"kiem"_s)
        return true;
    if (authorityPrefix().match(t).hasMatch() && authorityPrefix().match(t).capturedStart(1) == 0)
        return true;
    const QStringList words = t.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || !isUpperLine(t))
        return false;
    for (const QString &w : words) {
        if (!text::isSyllable(QString(w).remove(QRegularExpression(u"[^\\p{L}]"_s))))
            return false;
    }
    return true;
}

// Signature titles are printed in capitals; OCR and repair leave some words in other cases, and the lone
// connector between two positions is "kiêm".
QString normaliseTitle(const QString &fragment)
{
    const QString t = collapse(fragment);
    if (foldText(t) == u"kiem"_s)
        return u"kiêm"_s;
    return upperShare(t) >= 0.5 || authorityPrefix().match(t).capturedStart(1) == 0 ? t.toUpper() : t;
}

// The positions a signature names (NĐ 30/2020 art. 8 g and the usual titles of provincial bodies), in capitals.
const QStringList &knownTitles()
{
    static const QStringList titles = {u"GIÁM ĐỐC"_s, u"PHÓ GIÁM ĐỐC"_s, u"TỔNG GIÁM ĐỐC"_s, u"PHÓ TỔNG GIÁM ĐỐC"_s,
        u"CHỦ TỊCH"_s, u"PHÓ CHỦ TỊCH"_s, u"CHÁNH VĂN PHÒNG"_s, u"PHÓ CHÁNH VĂN PHÒNG"_s, u"TRƯỞNG BAN"_s,
        u"PHÓ TRƯỞNG BAN"_s, u"BÍ THƯ"_s, u"PHÓ BÍ THƯ"_s, u"CỤC TRƯỞNG"_s, u"PHÓ CỤC TRƯỞNG"_s, u"CHI CỤC TRƯỞNG"_s,
        u"PHÓ CHI CỤC TRƯỞNG"_s, u"TỔNG CỤC TRƯỞNG"_s, u"BỘ TRƯỞNG"_s, u"THỨ TRƯỞNG"_s, u"THỦ TƯỚNG"_s,
        u"PHÓ THỦ TƯỚNG"_s, u"TRƯỞNG PHÒNG"_s, u"PHÓ TRƯỞNG PHÒNG"_s, u"CHÁNH THANH TRA"_s, u"PHÓ CHÁNH THANH TRA"_s,
        u"VIỆN TRƯỞNG"_s, u"PHÓ VIỆN TRƯỞNG"_s, u"HIỆU TRƯỞNG"_s, u"CHÁNH ÁN"_s, u"CHỦ NHIỆM"_s, u"PHÓ CHỦ NHIỆM"_s,
        u"TRƯỞNG ĐOÀN"_s, u"TỔNG THƯ KÝ"_s, u"CHỦ TỊCH QUỐC HỘI"_s, u"CHỦ TỊCH NƯỚC"_s, u"TỔNG KIỂM TOÁN"_s};
    return titles;
}

// A position printed with an OCR or typing slip: one letter from a known title ("GIÁM ĐÓC" → "GIÁM ĐỐC"), or a
// head's title of which only the last word is left, misprinted ("ĐÓC" → "GIÁM ĐỐC", "TỊCK" → "CHỦ TỊCH"). Empty
// when none is that close, or the text is a known title already.
QString titleNear(const QString &printed)
{
    const QString t = collapse(printed);
    if (t.size() < 3 || t.size() > 40 || t.toUpper() != t || knownTitles().contains(t))
        return {};
    if (t.size() >= 6) {
        for (const QString &title : knownTitles()) {
            if (distance(t, title, 1) == 1)
                return title;
        }
    }
    if (distance(t, u"ĐỐC"_s, 1) == 1)
        return u"GIÁM ĐỐC"_s;
    if (distance(t, u"TỊCH"_s, 1) == 1)
        return u"CHỦ TỊCH"_s;
    return {};
}

// Without a header, the collective named after "TM." is the issuer, placed by the first "tỉnh …" or
// "thành phố …" the document names ("TM. ỦY BAN NHÂN DÂN" + "… tỉnh Kon Tum năm 2021").
void issuerFromSignature(Scope &s)
{
    const QString title = s.doc.fields.signerTitle;
    if (!s.doc.fields.issuer.isEmpty() || !title.startsWith(u"TM. "_s))
        return;
    const QString collective = prettyAgency(title.section(u" / "_s, 0, 0).mid(4));
    QString issuer = collective;
    const QString f = foldText(collective);
    if (f.startsWith(u"uy ban nhan dan"_s) || f.startsWith(u"hoi dong nhan dan"_s)) {
        static const QRegularExpression place(uR"(\b(?i:tỉnh|thành phố)((?:\s+\p{Lu}\p{Ll}*){1,4}))"_s);
        static const QRegularExpression bare(uR"(\s(?i:tỉnh|thành phố)$)"_s);
        QRegularExpressionMatch found = place.match(s.doc.fields.summary);
        for (qsizetype i = s.headerLine; !found.hasMatch() && i <= s.last; ++i)
            found = place.match(s.lines.at(i).text);
        if (found.hasMatch())
            issuer += bare.match(issuer).hasMatch()
                ? found.captured(1)
                : u' ' + found.captured(0).left(1).toLower() + found.captured(0).mid(1);
    }
    s.doc.fields.issuer = issuer;
    const FieldEvidence e = s.doc.evidence.value(u"signer_title"_s);
    s.note(u"issuer"_s, e.line, e.start, e.length, 0.5);
}

struct Footer
{
    QStringList titles; // title fragments in reading order
    QList<qsizetype> titleLines;
    QString signer;
    qsizetype signerLine = -1;
    qsizetype signerStart = 0;
    bool corrected = false; // a title was read as the known one it is a slip from
};

// A signature line "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Phạm Văn Thịnh": the name at its end.
qsizetype trailingName(const QString &text)
{
    const QStringList words = collapse(text).split(u' ', Qt::SkipEmptyParts);
    for (qsizetype n = std::min<qsizetype>(6, words.size()); n >= 2; --n) {
        const QString tail = words.mid(words.size() - n).join(u' ');
        if (looksLikeName(tail) && (n == words.size() || upperShare(words.at(words.size() - n - 1)) > 0.9))
            return text.lastIndexOf(words.at(words.size() - n));
    }
    return -1;
}

// The words in capitals that end a text, with an authority before them ("mm `... KT. GIÁM ĐỐC" → "KT. GIÁM
// ĐỐC"): the signature column's part of a line OCR merged with the list.
QString upperTail(const QString &text)
{
    const QStringList words = trimNoise(text).split(u' ', Qt::SkipEmptyParts);
    qsizetype first = words.size();
    while (first > 0) {
        const QString &w = words.at(first - 1);
        if (!(isUpperLine(w) || (w.size() >= 2 && w.toUpper() == w && w.at(0).isLetter()))
            && !authorityPrefix().match(w).hasMatch())
            break;
        --first;
    }
    return words.mid(first).join(u' ');
}

// A person's name as signed, by its family name ("Bùi Bảo Quế", "Y Ngọc"): tells a name from a list item.
bool isPersonName(const QString &text)
{
    static const QStringList families = {u"nguyen"_s, u"tran"_s, u"le"_s, u"pham"_s, u"hoang"_s, u"huynh"_s, u"phan"_s,
        u"vu"_s, u"vo"_s, u"dang"_s, u"bui"_s, u"do"_s, u"ho"_s, u"ngo"_s, u"duong"_s, u"ly"_s, u"lam"_s, u"dinh"_s,
        u"truong"_s, u"mai"_s, u"to"_s, u"ha"_s, u"luong"_s, u"cao"_s, u"doan"_s, u"trinh"_s, u"ta"_s, u"chau"_s,
        u"thai"_s, u"quach"_s, u"kieu"_s, u"lai"_s, u"luu"_s, u"y"_s};
    return looksLikeName(text) && families.contains(foldText(text.section(u' ', 0, 0)));
}

bool skippable(const Line &l)
{
    static const QRegularExpression noise(
        uR"(^\s*\(?\s*(?:da ky|dd ky|ky ten|ky,|\(ky)|^\s*\([^()]{0,12}\)\s*$|:\d\d|@|^\s*[^\p{L}]*$)"_s);
    return l.blank() || noise.match(l.fold).hasMatch() || l.fold.contains(u':');
}

// Reads title fragments and the signer from the given lines, in order.
void readSignature(const Scope &s, const QList<qsizetype> &candidates, Footer &f)
{
    qsizetype read = 0;
    for (const qsizetype i : candidates) {
        const Line &l = s.lines.at(i);
        if (!s.rightColumn(i))
            continue;
        ++read;
        const QString t = splitGluedWords(trimNoise(collapse(l.text)));
        if (t.size() > 160)
            break;
        if (looksLikeName(t)) {
            f.signer = t;
            f.signerLine = i;
            f.signerStart = std::max<qsizetype>(0, l.text.indexOf(t.section(u' ', 0, 0)));
            return;
        }
        const qsizetype nameAt = trailingName(l.text);
        if (nameAt > 0 && isUpperLine(l.text.left(nameAt))) {
            f.titles.append(normaliseTitle(trimNoise(l.text.left(nameAt))));
            f.titleLines.append(i);
            f.signer = collapse(l.text.mid(nameAt));
            f.signerLine = i;
            f.signerStart = nameAt;
            return;
        }
        if (skippable(l))
            continue;
        if (const QString title = titleNear(t); !title.isEmpty()) {
            f.titles.append(title);
            f.titleLines.append(i);
            f.corrected = true;
            continue;
        }
        if (isUpperLine(t) || isTitleFragment(t)) {
            f.titles.append(normaliseTitle(t));
            f.titleLines.append(i);
            continue;
        }
        if (!f.titles.isEmpty() || read > 4)
            break;
    }
}

QList<qsizetype> lineRange(qsizetype from, qsizetype to)
{
    QList<qsizetype> out;
    for (qsizetype i = from; i <= to; ++i)
        out.append(i);
    return out;
}

// "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": each authority line on its own, then the signer's own
// position, its lines joined with spaces.
QString composeTitle(const Footer &f, SigningAuthority *authority)
{
    QStringList prefixed;
    QStringList rest;
    for (const QString &fragment : f.titles) {
        QList<qsizetype> cuts;
        auto it = authorityPrefix().globalMatch(fragment);
        while (it.hasNext())
            cuts.append(it.next().capturedStart(1));
        if (cuts.isEmpty()) {
            rest.append(fragment);
            continue;
        }
        if (cuts.first() > 0)
            rest.append(fragment.left(cuts.first()).trimmed());
        for (qsizetype k = 0; k < cuts.size(); ++k) {
            QString seg
                = fragment.mid(cuts.at(k), (k + 1 < cuts.size() ? cuts.at(k + 1) : fragment.size()) - cuts.at(k))
                      .trimmed();
            *authority = authorityOf(seg.section(u' ', 0, 0));
            if (k + 1 == cuts.size()) {
                // The position after the last authority line may share its printed line: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH".
                static const QRegularExpression own(uR"(\s(?=PHÓ |THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|CỤC TRƯỞNG))"_s);
                const auto m = own.match(seg, seg.indexOf(u' ') + 1);
                if (m.hasMatch() && m.capturedStart() > seg.indexOf(u' ')) {
                    rest.append(seg.mid(m.capturedStart()).trimmed());
                    seg = seg.left(m.capturedStart()).trimmed();
                }
            }
            prefixed.append(seg);
        }
    }
    rest.removeAll(QString());
    if (!rest.isEmpty())
        prefixed.append(rest.join(u' '));
    return prefixed.join(u" / "_s);
}

} // namespace

void findFooter(Scope &s)
{
    // Also after a speck or a stray bullet ("- Nơi nhận:", "ˆ Nơi nh:").
    static const QRegularExpression label(
        uR"(^[^a-z\d]{0,4}n\S{1,2}i\s{0,2}nh(?:\S{1,3}n|\s{0,2}(?=:))\s{0,2}:?\s*)"_s);
    qsizetype recipientsLine = -1;
    for (qsizetype i = std::max(s.headerEnd, s.headerLine); i <= s.last; ++i) {
        if (label.match(s.lines.at(i).fold).hasMatch()) {
            recipientsLine = i;
            break;
        }
    }
    Footer f;
    qsizetype after = std::max(s.headerEnd, s.last - 25);
    QList<qsizetype> beside; // signature lines met inside the list (the text order of a two-column page)
    if (recipientsLine >= 0) {
        const Line &head = s.lines.at(recipientsLine);
        const auto m = label.match(head.fold);
        QString inline_ = collapse(head.text.mid(m.capturedEnd()));
        QStringList pieces;
        if (inline_.startsWith(u'-') || inline_.startsWith(u'–')) {
            pieces = inline_.split(QRegularExpression(u"(?:^|(?<=[;:.]))\\s*[-–+]\\s"_s), Qt::SkipEmptyParts);
        } else if (const QString title = isTitleFragment(trimNoise(inline_)) ? trimNoise(inline_) : upperTail(inline_);
                   !title.isEmpty() && isTitleFragment(title)) {
            // the signature column runs beside the list
            f.titles.append(normaliseTitle(title));
            f.titleLines.append(recipientsLine);
        }
        qsizetype lastItem = recipientsLine;
        for (qsizetype k = recipientsLine + 1; k <= s.last && k < recipientsLine + 40 && beside.size() < 8; ++k) {
            const Line &l = s.lines.at(k);
            // OCR specks and misread bullets: "~- Thường trực Tỉnh ủy (b/c);", "_= Sở Tài chính;", "~ Lưu: VT".
            QString t = collapse(l.text).replace(
                QRegularExpression(u"^[~_'‘’\"“”.·ˆ`=—–+•-]*[-–—~=+•](?:[\\s_]+|(?=\\p{L}))"_s), u"- "_s);
            if (t.isEmpty())
                continue;
            // The signer's name OCR'd with a stray bullet ("- Bùi Bảo Quế") ends the signature, not the list.
            if (t.startsWith(u"- "_s) && isPersonName(trimNoise(t))) {
                beside.append(k);
                // OCR may give the list's last line, "Lưu: …", after the name.
                for (qsizetype n = k + 1; n <= s.last && n <= k + 3; ++n) {
                    static const QRegularExpression luu(uR"(^[^a-z]{0,4}l\S{1,2}u\s{0,2}:)"_s);
                    if (luu.match(s.lines.at(n).fold).hasMatch())
                        pieces.append(s.lines.at(n).text);
                }
                break;
            }
            if (s.hasBoxes && !l.box.isEmpty() && !s.leftColumn(k)) {
                beside.append(k); // the right column: the signature
                continue;
            }
            if (t.startsWith(u'-') || t.startsWith(u'–') || t.startsWith(u'+') || t.startsWith(u'•')) {
                pieces.append(t);
                lastItem = k;
                continue;
            }
            const QString bare = trimNoise(t);
            if (looksLikeName(bare) && !bare.contains(u',')) {
                beside.append(k); // the signer's name ends the signature block
                break;
            }
            if (isUpperLine(bare) || isTitleFragment(bare) || skippable(l)) {
                beside.append(k);
                continue;
            }
            // An item wrapped onto the next line ("- Các huyện ủy, thành ủy," / "đảng ủy trực thuộc;").
            const QString previous = pieces.isEmpty() ? QString() : pieces.last();
            if (!previous.isEmpty() && !previous.endsWith(u';') && !previous.endsWith(u'.') && bare.at(0).isLower()) {
                pieces.last() += u' ' + t;
                lastItem = k;
                continue;
            }
            break;
        }
        QStringList items;
        for (QString piece : std::as_const(pieces)) {
            piece = cleanItem(trimNoise(cleanItem(piece)));
            // A merged signature column leaves its text after the item's last separator.
            static const QRegularExpression tail(uR"([,;.]\s+([^,;.]*)$)"_s);
            const auto t = tail.match(piece);
            if (t.hasMatch()) {
                const QString rest = trimNoise(t.captured(1));
                if (rest.isEmpty()) {
                    piece = cleanItem(piece.left(t.capturedStart()));
                } else if (isTitleFragment(rest) && (isUpperLine(rest) || !f.titles.isEmpty())) {
                    f.titles.append(normaliseTitle(rest));
                    f.titleLines.append(lastItem);
                    piece = cleanItem(piece.left(t.capturedStart()));
                }
            }
            piece = cleanItem(trimNoise(withoutSpecks(piece)));
            static const QRegularExpression keep(
                uR"(^l\S{1,2}u\b\s*:?\s*)"_s, QRegularExpression::CaseInsensitiveOption);
            const auto k = keep.match(foldText(piece));
            if (k.hasMatch()) {
                s.doc.luu = cleanItem(piece.mid(k.capturedEnd()));
                continue;
            }
            if (!piece.isEmpty())
                items.append(piece);
        }
        if (!items.isEmpty()) {
            s.doc.fields.recipients = items;
            s.note(u"recipients"_s, recipientsLine, 0, head.text.size(),
                lastItem > recipientsLine || !pieces.isEmpty() ? 0.9 : 0.6);
        }
        after = lastItem + 1;
    }
    const qsizetype from = std::max(after, s.headerLine);
    QList<qsizetype> candidates = beside;
    for (const qsizetype i : lineRange(from, std::min(s.last, from + 25))) {
        if (!beside.contains(i))
            candidates.append(i);
    }
    std::sort(candidates.begin(), candidates.end());
    readSignature(s, candidates, f);
    if (f.signer.isEmpty() && recipientsLine > s.headerLine) {
        // The signature printed before the list (text order of a two-column page).
        Footer before;
        readSignature(s, lineRange(std::max(s.headerLine, recipientsLine - 8), recipientsLine - 1), before);
        if (!before.signer.isEmpty())
            f = before;
    }
    if (!f.signer.isEmpty()) {
        bool corrected = false;
        s.doc.fields.signer = correctedName(f.signer, &corrected);
        s.note(u"signer"_s, f.signerLine, f.signerStart, f.signer.size(),
            corrected                ? 0.5
                : f.titles.isEmpty() ? 0.6
                                     : 0.85);
    }
    if (!f.titles.isEmpty()) {
        SigningAuthority authority = SigningAuthority::None;
        s.doc.fields.signerTitle = composeTitle(f, &authority);
        s.doc.fields.signingAuthority = authority;
        s.note(u"signer_title"_s, f.titleLines.first(), 0, s.lines.at(f.titleLines.first()).text.size(),
            f.corrected ? 0.5 : 0.8);
        if (authority != SigningAuthority::None)
            s.note(u"signing_authority"_s, f.titleLines.first(), 0, s.lines.at(f.titleLines.first()).text.size(), 0.85);
    }
    issuerFromSignature(s);
}

} // namespace vt::extract::detail
