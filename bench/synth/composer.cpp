// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorimpl.h"
#include "textutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

// The text of a record: trích yếu, then fullText laid out like the printed document (header, body by
// document type, signature, nơi nhận), sized to GeneratorOptions::bodyBytes.

namespace vt::synth {

using namespace vocab;

namespace {

constexpr QStringView kNational = u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";
constexpr QStringView kPartyNational = u"ĐẢNG CỘNG SẢN VIỆT NAM\n";

} // namespace

qsizetype Meter::operator()()
{
    bytes += text::utf8Length(QStringView(text).sliced(counted));
    counted = text.size();
    return bytes;
}

namespace {

bool fits(QChar marker, const AgencyData &agency, const Topic &topic)
{
    const Kind kind = agency.def->kind;
    const bool superior = kind == Kind::ProvinceCommittee || kind == Kind::DistrictCommittee || kind == Kind::Office
        || kind == Kind::PartyCommittee || kind == Kind::Council || kind == Kind::Steering || kind == Kind::Ministry;
    switch (marker.unicode()) {
    case u'#':
        return superior;
    case u'@':
        return !superior && agency.scope == Scope::Province;
    case u'%':
        return kind == Kind::ProvinceCommittee || kind == Kind::Office;
    case u'^':
        return agency.scope == Scope::Province;
    case u'~':
        return topic.sector == u"NN" || topic.sector == u"TN" || topic.sector == u"AN" || topic.sector == u"QS"
            || topic.sector == u"YT";
    }
    return true;
}

/// Appends a topic or facet, dropping its first words when the text already ends with them
/// ("đôn đốc thực hiện" + "thực hiện cơ chế một cửa", "Tổ công tác" + "công tác dân tộc").
void appendPhrase(QString &out, QStringView phrase)
{
    for (QStringView lead : {QStringView(u"thực hiện "), QStringView(u"công tác ")}) {
        if (phrase.startsWith(lead) && out.endsWith(lead, Qt::CaseInsensitive)) {
            out += phrase.sliced(lead.size());
            return;
        }
    }
    out += phrase;
}

bool isMarker(QChar c)
{
    return c == u'#' || c == u'@' || c == u'%' || c == u'^' || c == u'~';
}

} // namespace

QStringView ArchiveGenerator::Impl::skewed(List list)
{
    // The smaller of two uniform draws: entry k comes up with probability ∝ (n - k), so the first
    // entries are common and the last are rare, as in real text.
    return list[std::min(rng.below(quint32(list.size())), rng.below(quint32(list.size())))];
}

QStringView ArchiveGenerator::Impl::pickFor(List list, Record &r, bool unique)
{
    QStringView chosen;
    for (int attempt = 0; attempt < 8; ++attempt) {
        QStringView tpl = rng.pick(list);
        bool ok = true;
        while (!tpl.isEmpty() && isMarker(tpl.front())) {
            ok = ok && fits(tpl.front(), *r.agency, *r.topic);
            tpl = tpl.sliced(1);
        }
        if (!ok)
            continue;
        chosen = tpl;
        if (!unique
            || std::find(r.used.begin(), r.used.begin() + r.usedCount, tpl.data()) == r.used.begin() + r.usedCount)
            break;
    }
    if (chosen.isNull()) {
        // Nothing fitting in eight draws: take the first unmarked template.
        for (QStringView tpl : list) {
            if (!tpl.isEmpty() && !isMarker(tpl.front()))
                return tpl;
        }
        return {};
    }
    if (unique && r.usedCount < int(r.used.size()))
        r.used[size_t(r.usedCount++)] = chosen.data();
    return chosen;
}

void ArchiveGenerator::Impl::expand(QString &out, QStringView tpl, Record &r)
{
    const qsizetype n = tpl.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype open = tpl.indexOf(u'{', i);
        if (open < 0 || open + 2 >= n) {
            out += tpl.sliced(i);
            return;
        }
        out += tpl.sliced(i, open - i);
        placeholder(out, tpl[open + 1].unicode(), r);
        i = open + 3;
    }
}

void ArchiveGenerator::Impl::placeholder(QString &out, char16_t key, Record &r)
{
    const AgencyData &agency = *r.agency;
    const int year = r.issued.year();
    // One line per placeholder keeps the table readable next to the list in vocabulary.h.
    // clang-format off
    switch (key) {
    case u'T': appendPhrase(out, r.topic->name); break;
    case u'F': appendPhrase(out, rng.pick(r.topic->facets)); break;
    case u'E': out += rng.pick(events()); break;
    case u'P': out += r.period; break;
    case u'W': expand(out, rng.pick(areas(agency.scope)), r); break;
    case u'G': out += rng.pick(documentKinds()); break;
    case u'L': expand(out, rng.pick(leaders(agency.scope)), r); break;
    case u'S': out += agency.def->selfName; break;
    case u'A': {
        QStringView partner = rng.pick(partners(agency.scope));
        for (int i = 0; i < 3 && (partner == agency.def->selfName || partner == r.lastPartner); ++i)
            partner = rng.pick(partners(agency.scope));
        r.lastPartner = partner;
        expand(out, partner, r);
        break;
    }
    case u'U': expand(out, pickFor(subjects(agency.scope), r, false), r); break;
    case u'J': {
        const qsizetype start = out.size();
        expand(out, pickFor(subjects(agency.scope), r, false), r);
        text::capitalizeFrom(out, start);
        break;
    }
    case u'D': text::appendShortDate(out, r.issued.addDays(rng.between(5, 45)), rng.permille(250)); break;
    case u'B': text::appendShortDate(out, r.issued.addDays(-rng.between(2, 120)), rng.permille(250)); break;
    case u'N': {
        const int n = rng.between(2, 60);
        if (n < 10 && rng.permille(400))
            text::appendPadded2(out, n);
        else
            text::appendNumber(out, n);
        break;
    }
    case u'K': text::appendGrouped(out, rng.between(120, 25000)); break;
    case u'M':
        if (rng.permille(600)) {
            text::appendGrouped(out, qint64(rng.between(5, 950)) * 10);
            out += u" triệu đồng";
        } else {
            text::appendTenths(out, rng.between(12, 950));
            out += u" tỷ đồng";
        }
        break;
    case u'R': text::appendTenths(out, rng.between(650, 1000)); break;
    case u'Y': text::appendNumber(out, year); break;
    case u'Z': text::appendNumber(out, year + 1); break;
    case u'Q': text::appendNumber(out, year - 1); break;
    case u'C': appendCitation(out, r, citedTypes[size_t(citedTypePicker.pick(rng))], nullptr, true); break;
    case u'V': out += rng.pick(verbs()); break;
    case u'O': out += rng.pick(objects()); break;
    case u'I': expand(out, rng.pick(deadlines()), r); break;
    case u'q': out += rng.pick(qualifiers()); break;
    case u'm': out += rng.pick(adverbs()); break;
    case u'X': {
        QStringView province = rng.pick(provinces());
        if (province == agency.def->province)
            province = rng.pick(provinces());
        out += province;
        break;
    }
    case u'f': out += rng.pick(foreignPartners()); break;
    case u'n': out += personName(rng.next(), 400); break;
    case u'h': {
        static constexpr QStringView kHours[] = {u"07 giờ 30", u"08 giờ 00", u"08 giờ 30", u"13 giờ 30",
                                                 u"14 giờ 00", u"07 giờ 30 phút", u"14 giờ 00 phút"};
        out += rng.pick(std::span<const QStringView>(kHours));
        break;
    }
    case u'p': out += rng.pick(venues()); break;
    case u'k': out += agency.def->province; break;
    case u'a': out += agency.def->issuer.contains(u"thành phố") ? u"thành phố" : u"huyện"; break;
    case u't':
        out += agency.phonePrefix;
        text::appendNumber(out, rng.between(810000, 989999));
        break;
    case u'H': out += r.handlingName; break;
    case u'i': appendContact(out, r); break;
    case u'x': out += skewed(communes()); break;
    case u'v': out += rng.pick(districts()); break;
    case u'y': text::appendNumber(out, rng.between(1950, 2005)); break;
    case u'o': out += skewed(hamlets()); break;
    case u's': out += skewed(streets()); break;
    case u'e':
        out += rng.pick(enterpriseForms());
        out += u' ';
        out += skewed(trades());
        out += u' ';
        out += skewed(brands());
        break;
    case u'g': out += skewed(goods()); break;
    case u'c': out += skewed(produce()); break;
    case u'd': out += skewed(diseases()); break;
    case u'j': out += skewed(professions()); break;
    case u'w': out += skewed(paperwork()); break;
    case u'r': expand(out, skewed(projects()), r); break;
    default:
        out += u'{';
        out += QChar(key);
        out += u'}';
    }
    // clang-format on
}

void ArchiveGenerator::Impl::appendCitation(
    QString &out, Record &r, DocType type, const AgencyData *cited, bool withIssuer)
{
    if (!cited)
        cited = rng.permille(250) ? r.agency : &agencies[size_t(anyAgencyPicker.pick(rng))];
    if (!canIssue(cited->def->kind, type))
        type = CongVan;
    const QDate date = r.issued.addDays(-rng.between(2, 150));
    const int number = expectedNumber(*cited, type, date, 0) + 1 + int(rng.below(20));
    const QString reference = formatReference(*cited, type, number, 0, rng.pick(cited->units));
    out += typeNames[type];
    out += u" số ";
    out += reference;
    out += u" ngày ";
    text::appendShortDate(out, date, rng.permille(250));
    if (withIssuer) {
        out += u" của ";
        const bool near = cited->def->province == r.agency->def->province && !cited->district;
        if (near)
            out += cited->def->selfName;
        else
            out += cited->citedName;
    }
    r.d->citations.append(Citation{reference, date, cited->issuer, typeNames[type], 0});
}

void ArchiveGenerator::Impl::appendLegalBasis(QString &out, Record &r)
{
    const std::span<const LegalDocument> all = legalDocuments();
    // Prefer a basis of the topic's sector; fall back to any that predates the document.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const LegalDocument &doc = rng.pick(all);
        const QDate date(doc.year, doc.month, doc.day);
        if (date >= r.issued || (attempt < 5 && !doc.sectors.isEmpty() && !doc.sectors.contains(r.topic->sector)))
            continue;
        out += u"Căn cứ ";
        out += doc.type;
        out += u" số ";
        out += doc.reference;
        out += u" ngày ";
        text::appendShortDate(out, date, false);
        out += u" của ";
        out += doc.issuer;
        out += u' ';
        out += doc.about;
        out += u";\n";
        r.d->citations.append(Citation{doc.reference.toString(), date, doc.issuer.toString(), doc.type.toString(), 0});
        return;
    }
}

void ArchiveGenerator::Impl::appendLaw(QString &out, Record &r)
{
    const std::span<const Law> all = laws();
    for (int attempt = 0; attempt < 8; ++attempt) {
        const Law &law = rng.pick(all);
        const QDate date(law.year, law.month, law.day);
        if (date >= r.issued || (attempt < 5 && !law.sectors.isEmpty() && !law.sectors.contains(r.topic->sector)))
            continue;
        out += u"Căn cứ ";
        out += law.name;
        out += u' ';
        text::appendLongDate(out, date);
        out += u";\n";
        return;
    }
}

void ArchiveGenerator::Impl::composeSummary(Record &r)
{
    QString &s = r.d->summary;
    const List templates = summaries(r.type);
    for (int attempt = 0; attempt < 4; ++attempt) {
        s.clear();
        if (r.type == CongVan)
            s += u"V/v ";
        expand(s, rng.pick(templates), r);
        int words = text::wordCount(s);
        if (words < 6) {
            expand(s, rng.permille(500) ? u" {W}" : u" {P}", r);
            words = text::wordCount(s);
        }
        if (words >= 6 && words <= 30)
            return;
    }
}

void ArchiveGenerator::Impl::item(QString &out, Record &r, List list, int *counter)
{
    if (counter) {
        text::appendNumber(out, ++*counter);
        out += u". ";
    } else if (r.dashes) {
        out += u"- ";
    }
    expand(out, pickFor(list, r, true), r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writeHeader(QString &out, Record &r)
{
    const AgencyData &agency = *r.agency;
    const Dispatch &d = *r.d;
    if (!agency.parentUpper.isEmpty()) {
        out += agency.parentUpper;
        out += u'\n';
    }
    out += agency.headerUpper;
    out += u'\n';
    if (agency.partyContent)
        out += u"*\n";
    out += agency.partyContent && rng.permille(600) ? u"Số " : u"Số: ";
    out += d.reference;
    out += u'\n';
    if (r.type == CongVan) {
        out += d.summary;
        out += u'\n';
    }
    out += agency.partyContent ? kPartyNational : kNational;
    out += agency.def->province;
    out += u", ";
    text::appendLongDate(out, r.issued);
    out += u'\n';
    static constexpr QStringView kUrgency[] = {u"", u"KHẨN\n", u"THƯỢNG KHẨN\n", u"HỎA TỐC\n"};
    static constexpr QStringView kSecrecy[] = {u"", u"MẬT\n", u"TỐI MẬT\n", u"TUYỆT MẬT\n"};
    out += kSecrecy[int(d.confidentiality)];
    out += kUrgency[int(d.urgency)];
    if (r.type != CongVan) {
        out += typeUpper[r.type];
        out += u'\n';
        out += d.summary;
        out += u'\n';
    }
    if (!d.addressees.isEmpty()) {
        out += u"Kính gửi:";
        if (d.addressees.size() == 1) {
            out += u' ';
            out += d.addressees.front();
            out += u".\n";
        } else {
            out += u'\n';
            for (const QString &line : d.addressees) {
                out += u"- ";
                out += line;
                out += u";\n";
            }
        }
    }
}

void ArchiveGenerator::Impl::writeTail(QString &out, Record &r)
{
    const AgencyData &agency = *r.agency;
    const Dispatch &d = *r.d;
    const bool party = agency.partyContent;
    switch (d.signingAuthority) {
    case SigningAuthority::OnBehalf:
        out += party ? u"T/M " : u"TM. ";
        out += agency.collectiveUpper;
        out += u'\n';
        out += r.titleUpper;
        break;
    case SigningAuthority::Deputy:
        out += party ? u"K/T " : u"KT. ";
        out += agency.headUpper;
        out += u'\n';
        out += r.titleUpper;
        break;
    case SigningAuthority::ByOrder:
        out += party ? u"T/L " : u"TL. ";
        out += party && !agency.collectiveUpper.isEmpty() ? agency.collectiveUpper : agency.headUpper;
        out += u'\n';
        out += r.titleUpper;
        break;
    case SigningAuthority::Delegated:
        out += u"TUQ. ";
        out += agency.headUpper;
        out += u'\n';
        out += r.titleUpper;
        break;
    case SigningAuthority::Acting:
        out += u"Q. ";
        out += r.titleUpper;
        break;
    case SigningAuthority::None:
        out += r.titleUpper;
        break;
    }
    out += u"\n(Đã ký)\n";
    out += d.signer;
    out += u"\nNơi nhận:\n";
    for (const QString &line : d.recipients) {
        out += u"- ";
        out += line;
        out += u'\n';
    }
}

void ArchiveGenerator::Impl::composeText(Record &r)
{
    Dispatch &d = *r.d;
    QString &out = d.fullText;
    out.reserve(qsizetype(options.bodyBytes) + 512);
    r.dashes = rng.permille(400);
    const qsizetype target = qsizetype(options.bodyBytes) * rng.between(92, 108) / 100;
    if (options.bodyBytes < 1200) {
        // Too small for a letterhead: keep the prose only, which is what a search index mostly sees.
        // Sentences are tried one by one and dropped when they would overshoot, so that even a few
        // hundred bytes stay close to the target.
        out += d.summary;
        out += u'\n';
        qsizetype bytes = text::utf8Length(out);
        QString sentence;
        for (int attempt = 0; attempt < 12 && bytes < target - 40; ++attempt) {
            sentence.clear();
            const qsizetype citations = d.citations.size();
            const quint32 roll = rng.below(100);
            item(sentence, r, roll < 40 ? tasks() : roll < 70 ? requests() : details(), nullptr);
            const qsizetype length = text::utf8Length(sentence);
            if (bytes + length > target + target / 8 && bytes > target / 2) {
                d.citations.resize(citations);
                continue;
            }
            out += sentence;
            bytes += length;
        }
        return;
    }

    writeHeader(out, r);
    QString tail;
    tail.reserve(400);
    writeTail(tail, r);
    const qsizetype end = target - text::utf8Length(tail);
    const bool party = r.agency->partyContent;
    switch (r.type) {
    case CongVan:
    case ToTrinh:
        writeLetter(out, r, end);
        break;
    case KeHoach:
    case HuongDan:
    case ChuongTrinh:
    case DeAn:
    case PhuongAn:
        writePlan(out, r, end);
        break;
    case QuyetDinh:
    case QuyChe:
    case QuyDinh:
        writeDecision(out, r, end);
        break;
    case NghiQuyet:
        party ? writeParty(out, r, end) : writeDecision(out, r, end);
        break;
    case ChiThi:
        party ? writeParty(out, r, end) : writeDirective(out, r, end);
        break;
    case KetLuan:
        writeParty(out, r, end);
        break;
    case CongDien:
        writeDirective(out, r, end);
        break;
    case BaoCao:
        writeReport(out, r, end);
        break;
    case ThongBao:
    case BienBan:
    case GiayGioiThieu:
        writeNotice(out, r, end);
        break;
    case GiayMoi:
        writeInvitation(out, r, end);
        break;
    case DocTypeCount:
        break;
    }
    out += tail;
}

} // namespace vt::synth
