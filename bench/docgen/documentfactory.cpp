// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfactory.h"

#include "archivegenerator.h"
#include "rng.h"
#include "seeds.h"
#include "textutil.h"
#include "vocabulary.h"

#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

// vt_synth writes each record's fullText laid out line by line like the printed document (agency lines,
// "Số", V/v, quốc hiệu, place and date, marks, title, Kính gửi, body, authority, "(Đã ký)", signer, Nơi
// nhận). We read that text back into a DocumentSpec; the record's fields say what to expect at each step,
// so a record that does not read as expected is skipped rather than printed wrong.

namespace vt::docgen {

namespace {

using synth::Rng;

/// The archive is the register of one province (Kiên Giang) and its correspondents; most of its home
/// records are moved to another province so that the extractor meets names from all over the country.
constexpr QStringView kHome = u"Kiên Giang";

struct Move
{
    QString to; ///< empty: the record stays where it is
    QString apply(QString s) const
    {
        if (!to.isEmpty()) {
            s.replace(kHome.toString(), to).replace(kHome.toString().toUpper(), to.toUpper());
            // E-mail domains: "…@kiengiang.gov.vn" becomes "…@laocai.gov.vn".
            s.replace(u"kiengiang"_s, synth::text::asciiFold(to).toLower().remove(u' ').remove(u'-'));
        }
        return s;
    }
};

Move pickMove(Rng &rng)
{
    static constexpr QStringView kCities[]
        = {u"Hà Nội", u"Hải Phòng", u"Đà Nẵng", u"Cần Thơ", u"Thành phố Hồ Chí Minh"};
    if (rng.percent(30))
        return {};
    for (;;) {
        const QStringView p = rng.pick(synth::vocab::provinces());
        if (std::find(std::begin(kCities), std::end(kCities), p) == std::end(kCities))
            return {p.toString()};
    }
}

void applyMove(Dispatch &d, const Move &m)
{
    if (m.to.isEmpty() || d.place != kHome)
        return;
    for (QString *s : {&d.fullText, &d.issuer, &d.issuerParent, &d.place, &d.summary})
        *s = m.apply(*s);
    for (QStringList *list : {&d.addressees, &d.recipients}) {
        for (QString &s : *list)
            s = m.apply(s);
    }
    for (Citation &c : d.citations)
        c.issuer = m.apply(c.issuer);
}

const synth::vocab::Agency *findAgency(const Dispatch &d, const Move &m)
{
    for (const synth::vocab::Agency &a : synth::vocab::agencies()) {
        const bool moved = !m.to.isEmpty() && a.province == kHome && d.place == m.to;
        if ((moved ? m.apply(a.issuer.toString()) == d.issuer : a.issuer == d.issuer)
            && (moved || a.province == d.place))
            return &a;
    }
    return nullptr;
}

bool isMark(QStringView line)
{
    static constexpr QStringView kMarks[]
        = {u"MẬT", u"TỐI MẬT", u"TUYỆT MẬT", u"KHẨN", u"THƯỢNG KHẨN", u"HỎA TỐC", u"HOẢ TỐC"};
    return std::find(std::begin(kMarks), std::end(kMarks), line) != std::end(kMarks);
}

BodyStyle styleOf(const QString &line)
{
    static const QRegularExpression article(u"^Điều \\d+\\."_s);
    static const QRegularExpression numbered(u"^([IVXLC]+|\\d+|[A-Z])\\. "_s);
    if (article.match(line).hasMatch())
        return BodyStyle::Article;
    const bool upper = line == line.toUpper() && line.size() < 160;
    if (upper)
        return numbered.match(line).hasMatch() ? BodyStyle::Heading : BodyStyle::Centered;
    return BodyStyle::Text;
}

QString stripEnd(QString s, QStringView chars)
{
    while (!s.isEmpty() && chars.contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

/// The issuer and its parent by the names the header prints, in normal capitalisation.
struct Names
{
    QString issuer;
    QString parent;
    QString self; ///< how the agency names itself in its own text
};

Names namesFor(const Dispatch &d, const DocumentSpec &spec, const Move &move)
{
    Names n{d.issuer, d.issuerParent, d.issuer};
    const synth::vocab::Agency *a = findAgency(d, move);
    if (!a)
        return n;
    const Move m = a->province == kHome ? move : Move{};
    n.issuer = m.apply(a->header.isEmpty() ? a->issuer.toString() : a->header.toString());
    n.parent = m.apply(a->parent.toString());
    n.self = m.apply(a->selfName.toString());
    // One record in five is typed with the new tone placement ("UỶ BAN"); follow the print.
    if (!spec.agencyLines.isEmpty() && spec.agencyLines.back() != n.issuer.toUpper()) {
        QString converted = n.issuer;
        synth::text::toNewTonePlacement(converted);
        if (spec.agencyLines.back() == converted.toUpper())
            n.issuer = converted;
    }
    if (spec.agencyLines.size() > 1 && spec.agencyLines.front() != n.parent.toUpper()) {
        QString converted = n.parent;
        synth::text::toNewTonePlacement(converted);
        if (spec.agencyLines.front() == converted.toUpper())
            n.parent = converted;
    }
    return n;
}

std::optional<DocumentSpec> readSpec(const Dispatch &d)
{
    const QStringList lines = d.fullText.split(u'\n', Qt::SkipEmptyParts);
    const qsizetype n = lines.size();
    DocumentSpec s;
    qsizetype i = 0;
    for (; i < n && !lines[i].startsWith(u"Số"); ++i) {
        if (lines[i] == u"*")
            s.party = true;
        else
            s.agencyLines << lines[i];
    }
    if (i + 3 >= n || s.agencyLines.isEmpty())
        return std::nullopt;
    s.numberLine = lines[i++];
    const bool letter = d.type == u"Công văn";
    if (letter) {
        if (!lines[i].startsWith(u"V/v "))
            return std::nullopt;
        s.letterSummary = lines[i++];
    }
    if (lines[i] == u"ĐẢNG CỘNG SẢN VIỆT NAM") {
        s.party = true;
        ++i;
    } else if (lines[i].startsWith(u"CỘNG H")) {
        i += 2;
    } else {
        return std::nullopt;
    }
    if (i >= n)
        return std::nullopt;
    s.dateLine = lines[i++];
    while (i < n && isMark(lines[i]))
        s.marks << lines[i++];
    if (!letter) {
        if (i + 1 >= n)
            return std::nullopt;
        s.title = lines[i++];
        s.titleSummary = lines[i++];
        if (s.titleSummary != d.summary)
            return std::nullopt;
    }
    if (i < n && lines[i].startsWith(u"Kính gửi:")) {
        const QString rest = lines[i++].mid(9).trimmed();
        if (!rest.isEmpty()) {
            s.addressees << stripEnd(rest, u".;");
        } else {
            while (i < n && lines[i].startsWith(u"- ") && s.addressees.size() < d.addressees.size())
                s.addressees << stripEnd(lines[i++].mid(2), u".;");
        }
    }
    const qsizetype signedAt = lines.lastIndexOf(u"(Đã ký)"_s);
    const int authority
        = d.signingAuthority == SigningAuthority::None || d.signingAuthority == SigningAuthority::Acting ? 1 : 2;
    if (signedAt < 0 || signedAt - authority <= i || signedAt + 2 >= n || lines[signedAt + 2] != u"Nơi nhận:")
        return std::nullopt;
    for (qsizetype k = i; k < signedAt - authority; ++k)
        s.body << BodyParagraph{lines[k], styleOf(lines[k])};
    for (qsizetype k = signedAt - authority; k < signedAt; ++k)
        s.authorityLines << lines[k];
    s.signer = lines[signedAt + 1];
    for (qsizetype k = signedAt + 3; k < n; ++k)
        s.recipients << (lines[k].startsWith(u"- ") ? lines[k].mid(2) : lines[k]);
    return s;
}

QString shortDate(QDate date)
{
    QString out;
    synth::text::appendShortDate(out, date, date.month() < 3);
    return out;
}

/// Citations the record did not list but the printed body states ("… sửa đổi Nghị định số 24/2014/NĐ-CP
/// ngày 04 tháng 4 năm 2014 của Chính phủ …" inside a cited decree's title).
void addUnlistedCitations(const QString &body, QList<Citation> &citations)
{
    static const QRegularExpression cite(
        u"(Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Công văn|Kế hoạch|Chỉ thị|Thông báo|Hướng dẫn|"
        "Báo cáo|Kết luận|Chương trình|Tờ trình|Công điện) số ([0-9]+[/-][0-9A-Za-zĐđ/-]*[0-9A-Za-zĐđ])"
        "(?: ngày (\\d{1,2})(?:/| tháng )(\\d{1,2})(?:/| năm )(\\d{4}))?(?: của ([^,;.]+?)(?= về | quy định | hướng "
        "dẫn "
        "|[,;.]|$))?"_s);
    QHash<QString, int> listed;
    for (const Citation &c : citations)
        ++listed[c.reference];
    QHash<QString, int> seen;
    for (auto it = cite.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString reference = m.captured(2);
        if (++seen[reference] <= listed.value(reference))
            continue;
        Citation c;
        c.reference = reference;
        c.type = m.captured(1);
        if (m.capturedLength(5))
            c.date = QDate(m.captured(5).toInt(), m.captured(4).toInt(), m.captured(3).toInt());
        c.issuer = m.captured(6).trimmed();
        citations.append(c);
    }
}

/// Body length for one document: mostly one or two pages, sometimes up to the limit.
int bodyBytesFor(Rng &rng, int pagesMax)
{
    const int pages = std::clamp(pagesMax, 1, 6);
    if (pages == 1 || rng.percent(55))
        return rng.between(1300, 2300);
    return rng.between(2300, 2300 + (pages - 1) * 3200);
}

/// Three headers in ten print the parent in full ("ỦY BAN NHÂN DÂN TỈNH LONG AN" over "SỞ TÀI CHÍNH"), as
/// many agencies do; decided by the record itself so it does not shift the random streams.
void spellOutParent(GeneratedDocument &doc, const Dispatch &d)
{
    QString &parent = doc.gold.issuerParent;
    if (doc.spec.agencyLines.size() != 2 || !parent.startsWith(u"UBND ")
        || seedFor(d.number.toULongLong(), quint64(d.issuedDate.toJulianDay()), 0x9a) % 10 >= 3)
        return;
    const bool newTone = d.fullText.contains(u"Uỷ ban"_s) || d.fullText.contains(u"UỶ BAN"_s);
    parent = (newTone ? u"Uỷ ban nhân dân "_s : u"Ủy ban nhân dân "_s) + parent.mid(5);
    doc.spec.agencyLines.front() = parent.toUpper();
}

/// The issuer as the register writes it: the project's convention, that of the seed gold (docs/extraction.md).
/// A unit under a provincial or district body (its people's committee or Party committee) carries that body's
/// locality: "Sở Tài chính" under "UBND tỉnh Long An" is "Sở Tài chính tỉnh Long An", "Ban Tuyên giáo" under
/// "Tỉnh ủy Bình Định" is "Ban Tuyên giáo tỉnh Bình Định". A bare "Văn phòng" is its parent's office, spelled
/// out ("Văn phòng Ủy ban nhân dân tỉnh Long An"); a unit named after its parent's kind takes the parent's name
/// ("Văn phòng Tỉnh ủy" → "Văn phòng Tỉnh ủy Bình Định"). An issuer naming its own locality ("Cục Thuế tỉnh
/// Long An") and the units of central bodies are written as printed.
QString registeredIssuer(const QString &printed, const QString &parent)
{
    static const QRegularExpression ownPlace(
        u"(?:^|\\s)(?:[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã)\\s+\\p{Lu}"_s);
    static const QRegularExpression council(
        u"^(?:UBND|HĐND|[ỦU][yỷ] ban nhân dân|Hội đồng nhân dân)\\s+((?:tỉnh|thành phố|huyện|quận|thị xã)\\s+\\S.*)$"_s);
    static const QRegularExpression party(u"^(Tỉnh|Thành|Huyện|Quận)\\s+[uủ][yỷ]\\s+(\\S.*)$"_s);
    if (parent.isEmpty() || ownPlace.match(printed).hasMatch())
        return printed;
    QString locality;
    if (const auto m = council.match(parent); m.hasMatch())
        locality = m.captured(1);
    else if (const auto p = party.match(parent); p.hasMatch())
        locality = (p.captured(1) == u"Thành" ? u"thành phố"_s : p.captured(1).toLower()) + u' ' + p.captured(2);
    if (locality.isEmpty())
        return printed;
    if (printed == u"Văn phòng") {
        QString office = parent;
        office.replace(QRegularExpression(u"^UBND\\b"_s), u"Ủy ban nhân dân"_s)
            .replace(QRegularExpression(u"^HĐND\\b"_s), u"Hội đồng nhân dân"_s);
        return printed + u' ' + office;
    }
    const QStringList own = printed.split(u' ');
    const QStringList above = parent.split(u' ');
    for (qsizetype k = std::min(own.size() - 1, above.size() - 1); k > 0; --k) {
        if (own.mid(own.size() - k).join(u' ').compare(above.mid(0, k).join(u' '), Qt::CaseInsensitive) == 0)
            return printed + u' ' + above.mid(k).join(u' ');
    }
    return printed + u' ' + locality;
}

GeneratedDocument build(const Dispatch &d, DocumentSpec spec, const Move &move)
{
    GeneratedDocument doc;
    const Names names = namesFor(d, spec, move);
    doc.spec = std::move(spec);
    // The record's values, with what the page prints where the archive keeps its own form.
    Dispatch &g = doc.gold;
    g = d;
    g.issuer = names.issuer;
    g.issuerParent = names.parent;
    g.summary = d.summary.startsWith(u"V/v ") ? d.summary.mid(4) : d.summary;
    g.addressees = doc.spec.addressees;
    g.signer = doc.spec.signer;
    g.signerTitle = doc.spec.authorityLines.join(u" / ");
    spellOutParent(doc, d);
    g.issuer = registeredIssuer(g.issuer, g.issuerParent);
    refreshGold(doc);
    return doc;
}

/// Draws records until one reads back as a document (virtually always the first).
GeneratedDocument drawDocument(synth::ArchiveGenerator &generator, const Move &move, Dispatch *source = nullptr)
{
    for (;;) {
        Dispatch d = generator.next();
        applyMove(d, move);
        if (std::optional<DocumentSpec> spec = readSpec(d)) {
            if (source)
                *source = d;
            return build(d, std::move(*spec), move);
        }
    }
}

QString lowerFirst(QString s)
{
    // Lower-case the first word of a summary used inside a sentence, unless it is a name in capitals.
    if (s.size() > 1 && s[0].isUpper() && !s[1].isUpper())
        s[0] = s[0].toLower();
    return s;
}

QString addresseeName(const Dispatch &answered, const Dispatch &reply)
{
    QString name = answered.issuer;
    const bool national = name.startsWith(u"Bộ ") || name.startsWith(u"Văn phòng Chính phủ");
    if (!national && answered.place != reply.place && !name.contains(answered.place))
        name += u" tỉnh "_s + answered.place;
    return name;
}

} // namespace

QString readingText(const DocumentSpec &s)
{
    QStringList out = s.agencyLines;
    if (s.party)
        out << u"*"_s;
    out << s.numberLine;
    if (!s.letterSummary.isEmpty())
        out << s.letterSummary;
    out << s.marks;
    if (s.party) {
        out << u"ĐẢNG CỘNG SẢN VIỆT NAM"_s;
    } else {
        out << u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s << u"Độc lập - Tự do - Hạnh phúc"_s;
    }
    out << s.dateLine;
    if (!s.title.isEmpty())
        out << s.title << s.titleSummary;
    if (s.addressees.size() == 1) {
        out << u"Kính gửi: "_s + s.addressees.front() + u'.';
    } else if (!s.addressees.isEmpty()) {
        out << u"Kính gửi:"_s;
        for (qsizetype i = 0; i < s.addressees.size(); ++i)
            out << u"- "_s + s.addressees[i] + (i + 1 == s.addressees.size() ? u'.' : u';');
    }
    for (const BodyParagraph &p : s.body)
        out << p.text;
    out << s.authorityLines << s.signer << u"Nơi nhận:"_s;
    for (const QString &r : s.recipients)
        out << u"- "_s + r;
    return out.join(u'\n') + u'\n';
}

void refreshGold(GeneratedDocument &doc)
{
    Dispatch &g = doc.gold;
    QString body;
    for (const BodyParagraph &p : doc.spec.body) {
        body += p.text;
        body += u'\n';
    }
    QList<Citation> kept;
    QHash<QString, int> used;
    for (const Citation &c : std::as_const(g.citations)) {
        const QString needle = u"số "_s + c.reference;
        if (body.count(needle) > used.value(c.reference)) {
            ++used[c.reference];
            kept.append(c);
        }
    }
    addUnlistedCitations(body, kept);
    g.citations = kept;

    g.recipients.clear();
    doc.archive.clear();
    for (const QString &line : std::as_const(doc.spec.recipients)) {
        if (line.startsWith(u"Lưu:"))
            doc.archive = stripEnd(line.mid(4), u".;");
        else
            g.recipients << stripEnd(line, u".;");
    }
    g.fullText = readingText(doc.spec);
}

DocumentFactory::DocumentFactory(FactoryOptions options) : m_options(options) {}

GeneratedDocument DocumentFactory::document(int index) const
{
    Rng rng(seedFor(m_options.seed, quint64(index), 1));
    synth::GeneratorOptions g;
    g.seed = seedFor(m_options.seed, quint64(index), 2);
    g.bodyBytes = bodyBytesFor(rng, m_options.pagesMax);
    synth::ArchiveGenerator generator(g);
    return drawDocument(generator, pickMove(rng));
}

std::array<GeneratedDocument, 2> DocumentFactory::replyPair(int index) const
{
    Rng rng(seedFor(m_options.seed, quint64(index), 3));
    synth::GeneratorOptions g;
    g.seed = seedFor(m_options.seed, quint64(index), 4);
    g.bodyBytes = bodyBytesFor(rng, m_options.pagesMax);
    synth::ArchiveGenerator first(g);
    const Move move = pickMove(rng);
    Dispatch answeredSource;
    GeneratedDocument answered = drawDocument(first, move, &answeredSource);
    const QDate asked = answeredSource.issuedDate;

    // The reply: a công văn of another agency a few days later. Draw from the same year (and the next,
    // for a question asked in late December) until one fits.
    g.seed = seedFor(m_options.seed, quint64(index), 5);
    g.bodyBytes = bodyBytesFor(rng, m_options.pagesMax);
    GeneratedDocument reply;
    Dispatch replySource;
    bool found = false;
    for (int year = asked.year(); year <= asked.year() + 1 && !found; ++year) {
        g.firstYear = g.lastYear = year;
        synth::ArchiveGenerator second(g);
        for (int attempt = 0; attempt < 4000 && !found; ++attempt) {
            GeneratedDocument candidate = drawDocument(second, move, &replySource);
            const qint64 days = asked.daysTo(replySource.issuedDate);
            if (replySource.type == u"Công văn" && replySource.issuer != answeredSource.issuer && days >= 2
                && days <= 40) {
                reply = std::move(candidate);
                found = true;
            }
        }
    }
    if (!found) {
        // Practically unreachable; keep the pair rather than fail, with the reply's own date.
        synth::ArchiveGenerator any(g);
        reply = drawDocument(any, move, &replySource);
    }

    const Names names = namesFor(replySource, reply.spec, move);
    const QString answeredIssuer = addresseeName(answeredSource, replySource);
    const QString cited = answeredSource.type + u" số "_s + answeredSource.reference + u" ngày "_s + shortDate(asked)
        + u" của "_s + answeredIssuer;
    const QString about = lowerFirst(answered.gold.summary);
    QString opening;
    switch (rng.below(4)) {
    case 0:
        opening = u"Phúc đáp "_s + cited + u" về việc "_s + about + u", "_s + names.self + u" có ý kiến như sau:"_s;
        break;
    case 1:
        opening = u"Thực hiện "_s + cited + u" về "_s + about + u", "_s + names.self + u" báo cáo như sau:"_s;
        break;
    case 2:
        opening = names.self + u" nhận được "_s + cited + u" về việc "_s + about + u". Sau khi nghiên cứu, "_s
            + names.self + u" có ý kiến như sau:"_s;
        break;
    default:
        opening = u"Trả lời "_s + cited + u", "_s + names.self + u" trao đổi một số nội dung như sau:"_s;
        break;
    }
    QList<BodyParagraph> &body = reply.spec.body;
    if (!body.isEmpty() && body.front().text.endsWith(u':'))
        body.front() = BodyParagraph{opening, BodyStyle::Text};
    else
        body.prepend(BodyParagraph{opening, BodyStyle::Text});
    reply.spec.addressees = QStringList{answeredIssuer};
    reply.gold.addressees = reply.spec.addressees;
    reply.gold.citations.prepend(Citation{answeredSource.reference, asked, answeredIssuer, answeredSource.type, 0});
    refreshGold(reply);
    return {std::move(reply), std::move(answered)};
}

} // namespace vt::docgen
