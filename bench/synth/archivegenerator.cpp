// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorimpl.h"
#include "textutil.h"

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace vt::synth {

using namespace vocab;

namespace {

QString upper(QStringView s)
{
    return s.toString().toUpper();
}

/// Party numbering runs per committee term, not per year. Provincial congresses sit in the autumn of
/// years divisible by five; the exact day differs by province and does not matter here.
QDate termStart(QDate date)
{
    const int year = date.year() - ((date.year() % 5) + 5) % 5;
    const QDate start(year, 10, 15);
    return date < start ? QDate(year - 5, 10, 15) : start;
}

} // namespace

ArchiveGenerator::Impl::Impl(GeneratorOptions o) : options(o), rng(o.seed)
{
    if (options.lastYear < options.firstYear)
        std::swap(options.firstYear, options.lastYear);
    options.bodyBytes = std::max(options.bodyBytes, 64);
    firstDay = QDate(options.firstYear, 1, 1).toJulianDay();
    dayCount = QDate(options.lastYear, 12, 31).toJulianDay() - firstDay + 1;

    std::vector<quint32> weights;
    for (const DocTypeInfo &info : docTypes())
        weights.push_back(quint32(info.permille));
    typePicker.assign(weights);
    for (int t = 0; t < DocTypeCount; ++t) {
        typeNames[t] = docTypes()[t].name.toString();
        typeUpper[t] = upper(docTypes()[t].name);
    }
    standingDeputy = u"Phó Bí thư Thường trực"_s;
    standingDeputyUpper = upper(standingDeputy);

    const std::span<const Agency> defs = vocab::agencies();
    agencies.reserve(defs.size());
    for (size_t i = 0; i < defs.size(); ++i) {
        const Agency &def = defs[i];
        AgencyData a;
        a.def = &def;
        a.index = int(i);
        a.titles = titles(def.kind);
        if (def.abbr == u"VPCP")
            a.titles = {u"Bộ trưởng, Chủ nhiệm", u"Phó Chủ nhiệm", u"Vụ trưởng Vụ Tổng hợp", u""};
        a.units = text::split(def.units, u';');
        a.sectors = text::split(def.sectors, u';');
        a.issuer = def.issuer.toString();
        a.parent = def.parent.toString();
        a.province = def.province.toString();
        a.headerUpper = upper(def.header.isEmpty() ? def.issuer : def.header);
        a.parentUpper = upper(def.parent);
        a.headUpper = upper(a.titles.head);
        a.deputyUpper = upper(a.titles.deputy);
        a.byOrderUpper = upper(a.titles.byOrder);
        a.collectiveUpper = upper(a.titles.collective);
        a.partyContent = def.kind == Kind::PartyCommittee || def.kind == Kind::PartyBoard
            || (def.kind == Kind::Steering && def.parent.startsWith(u"Tỉnh ủy"));
        a.district = def.kind == Kind::DistrictCommittee || def.issuer.startsWith(u"Huyện ủy");
        a.scope = def.kind == Kind::Ministry ? Scope::Central
            : a.partyContent                 ? Scope::Party
            : a.district                     ? Scope::District
                                             : Scope::Province;

        switch (def.kind) {
        case Kind::ProvinceCommittee:
        case Kind::DistrictCommittee:
            a.decisionUpper = a.headerUpper;
            break;
        case Kind::Council:
            a.decisionUpper = u"THƯỜNG TRỰC "_s + a.headerUpper;
            break;
        case Kind::PartyCommittee:
            a.decisionUpper = u"BAN THƯỜNG VỤ "_s + a.headerUpper;
            break;
        case Kind::Office:
            a.decisionUpper = a.headUpper + u' ' + a.parentUpper; // "CHÁNH VĂN PHÒNG UBND TỈNH KIÊN GIANG"
            break;
        default:
            // "TRƯỞNG BAN" + "BAN TUYÊN GIÁO" must not say "BAN" twice.
            if (a.headUpper.endsWith(u" BAN") && a.headerUpper.startsWith(u"BAN "))
                a.decisionUpper = a.headUpper.chopped(4) + u' ' + a.headerUpper;
            else
                a.decisionUpper = a.headUpper + u' ' + a.headerUpper;
        }

        const QStringView self = def.selfName;
        if (def.kind == Kind::Ministry || def.kind == Kind::DistrictCommittee)
            a.citedName = a.issuer;
        else if (def.issuer.startsWith(u"Huyện ủy"))
            a.citedName = u"Ban Thường vụ "_s + a.issuer;
        else if (self.endsWith(u" tỉnh") || self.endsWith(u"Tỉnh ủy"))
            a.citedName = self + u' ' + def.province;
        else if (def.kind == Kind::Department || def.kind == Kind::PartyBoard || def.kind == Kind::Steering)
            a.citedName = self + u" tỉnh " + def.province;
        else
            a.citedName = a.issuer;
        // Area codes of the provinces in the table; landlines there start with 3 (Hà Nội's with 3 too).
        static constexpr std::pair<QStringView, QStringView> kPhonePrefixes[] = {{u"Kiên Giang", u"0297.3"},
            {u"An Giang", u"0296.3"}, {u"Cà Mau", u"0290.3"}, {u"Khánh Hòa", u"0258.3"}, {u"Hà Nội", u"024.3"}};
        a.phonePrefix = u"0297.3";
        for (const auto &[province, prefix] : kPhonePrefixes) {
            if (province == def.province)
                a.phonePrefix = prefix;
        }
        const QString domain = def.kind == Kind::Ministry ? text::asciiFold(def.abbr) : text::asciiFold(def.province);
        a.mailSuffix = u'.' + text::asciiFold(def.abbr) + u'@' + domain + u".gov.vn";
        agencies.push_back(std::move(a));
    }

    std::vector<quint32> agencyWeights;
    for (int dir = 0; dir < 2; ++dir) {
        for (int t = 0; t < DocTypeCount; ++t) {
            std::vector<quint32> w;
            for (const AgencyData &a : agencies) {
                if (a.def->home == (dir == 1) && canIssue(a.def->kind, DocType(t))) {
                    eligible[dir][t].push_back(a.index);
                    w.push_back(quint32(a.def->weight));
                }
            }
            if (!w.empty())
                eligiblePicker[dir][t].assign(w);
        }
    }
    for (const AgencyData &a : agencies)
        agencyWeights.push_back(quint32(a.def->weight));
    anyAgencyPicker.assign(agencyWeights);

    // Zipf-like topic frequencies, in integers so every platform draws the same topics. With ~95 topics
    // the first takes ~9% of the records and the last ~0.3%, and each facet a fraction of that.
    const std::vector<Topic> &allTopics = topics();
    for (size_t rank = 0; rank < allTopics.size(); ++rank)
        topicWeights.push_back(quint32(1000000 / (rank + 3)));
    topicPicker.assign(topicWeights);
    for (size_t rank = 0; rank < allTopics.size(); ++rank) {
        const QStringView sector = allTopics[rank].sector;
        auto it = std::find(sectorNames.begin(), sectorNames.end(), sector);
        if (it == sectorNames.end()) {
            sectorNames.push_back(sector);
            sectorTopics.emplace_back();
            it = sectorNames.end() - 1;
        }
        sectorTopics[size_t(it - sectorNames.begin())].push_back(int(rank));
    }
    for (const std::vector<int> &ranks : sectorTopics) {
        std::vector<quint32> w;
        for (int rank : ranks)
            w.push_back(topicWeights[size_t(rank)]);
        sectorPickers.emplace_back(w);
    }

    std::vector<quint32> familyWeights;
    for (const WeightedWord &family : familyNames())
        familyWeights.push_back(quint32(family.weight));
    familyPicker.assign(familyWeights);

    citedTypes = {CongVan, KeHoach, QuyetDinh, ThongBao, HuongDan, BaoCao};
    const quint32 citedWeights[] = {50, 15, 15, 8, 6, 6};
    citedTypePicker.assign(citedWeights);
}

Dispatch ArchiveGenerator::Impl::next()
{
    Dispatch d;
    Record r;
    r.d = &d;

    const bool outgoing = rng.permille(150);
    d.direction = outgoing ? Direction::Outgoing : Direction::Incoming;
    const int dir = outgoing ? 1 : 0;
    DocType type = CongVan;
    do {
        type = DocType(typePicker.pick(rng));
    } while (eligible[dir][type].empty()); // only Kết luận, which the home office never issues
    r.type = type;
    const AgencyData &agency = agencies[size_t(eligible[dir][type][size_t(eligiblePicker[dir][type].pick(rng))])];
    r.agency = &agency;

    QDate issued = QDate::fromJulianDay(firstDay + rng.below(quint32(dayCount)));
    // Offices rarely sign on weekends; move most of those to the nearest working day inside the range.
    const int weekday = issued.dayOfWeek();
    if (weekday >= 6 && rng.permille(900)) {
        const QDate moved = weekday == 6 ? issued.addDays(-1) : issued.addDays(1);
        const qint64 jd = moved.toJulianDay();
        issued = (jd >= firstDay && jd < firstDay + dayCount) ? moved : issued.addDays(weekday == 6 ? 2 : -2);
    }
    r.issued = issued;
    d.issuedDate = issued;
    d.issuer = agency.issuer;
    d.issuerParent = agency.parent;
    d.place = agency.province;
    d.type = typeNames[type];

    pickTopic(r);
    makePeriod(r);

    const quint32 u = rng.below(1000);
    if (type == CongDien)
        d.urgency = u < 500 ? Urgency::Flash : u < 800 ? Urgency::VeryUrgent : Urgency::Urgent;
    else
        d.urgency = u < 10 ? Urgency::Flash : u < 30 ? Urgency::VeryUrgent : u < 90 ? Urgency::Urgent : Urgency::Normal;
    const quint32 c = rng.below(100000);
    d.confidentiality = c < 10 ? Confidentiality::TopSecret
        : c < 300              ? Confidentiality::Secret
        : c < 2300             ? Confidentiality::Confidential
                               : Confidentiality::Normal;

    const Kind kind = agency.def->kind;
    const bool legal = !d.isConfidential()
        && ((type == QuyetDinh && (kind == Kind::ProvinceCommittee || kind == Kind::DistrictCommittee)
                && rng.permille(150))
            || (type == NghiQuyet && kind == Kind::Council && rng.permille(400)));
    assignReference(r, legal);
    composeSummary(r);
    assignAddressees(r);
    assignSigner(r);
    assignRecipients(r);

    int delay = 0;
    if (outgoing) {
        delay = rng.permille(800) ? 0 : 1;
    } else {
        static constexpr int kDelayPermille[] = {150, 300, 200, 120, 80, 60, 50, 40};
        int roll = int(rng.below(1000));
        while (delay < 7 && roll >= kDelayPermille[delay])
            roll -= kDelayPermille[delay++];
    }
    QDate arrival = issued.addDays(delay);
    if (arrival.dayOfWeek() >= 6 && delay <= 5)
        arrival = arrival.addDays(8 - arrival.dayOfWeek());
    d.arrivalDate = arrival;

    assignHandling(r);
    composeText(r);

    // About one record in five is typed with the new tone placement ("hoà", "Thuỷ").
    if (rng.permille(200)) {
        text::toNewTonePlacement(d.summary);
        text::toNewTonePlacement(d.fullText);
        text::toNewTonePlacement(d.signer);
        text::toNewTonePlacement(d.instruction);
        text::toNewTonePlacement(d.handlingPerson);
        for (QString &line : d.addressees)
            text::toNewTonePlacement(line);
        for (QString &line : d.recipients)
            text::toNewTonePlacement(line);
    }
    d.pageCount = 1 + int(text::utf8Length(d.fullText) / 2600) + (rng.permille(250) ? 1 : 0);
    return d;
}

void ArchiveGenerator::Impl::pickTopic(Record &r)
{
    const AgencyData &agency = *r.agency;
    const std::vector<Topic> &all = topics();
    QStringView sector;
    if (r.type == CongDien) {
        // Công điện are for emergencies: storms, epidemics, fires, order.
        static constexpr QStringView kUrgentSectors[] = {u"NN", u"NN", u"YT", u"AN", u"TN"};
        sector = rng.pick(std::span<const QStringView>(kUrgentSectors));
    } else if (agency.partyContent && rng.permille(550))
        sector = u"DG";
    else if (!agency.sectors.empty() && rng.permille(650))
        sector = rng.pick(agency.sectors);
    const auto it = sector.isEmpty() ? sectorNames.end() : std::find(sectorNames.begin(), sectorNames.end(), sector);
    if (it == sectorNames.end()) {
        // Party-work topics belong to Party bodies; state bodies write about them rarely.
        r.topic = &all[size_t(topicPicker.pick(rng))];
        for (int i = 0; i < 3 && r.topic->sector == u"DG" && !agency.partyContent; ++i)
            r.topic = &all[size_t(topicPicker.pick(rng))];
        return;
    }
    const size_t s = size_t(it - sectorNames.begin());
    r.topic = &all[size_t(sectorTopics[s][size_t(sectorPickers[s].pick(rng))])];
}

void ArchiveGenerator::Impl::makePeriod(Record &r)
{
    QString &p = r.period;
    const int year = r.issued.year();
    const int month = r.issued.month();
    const int blockStart = year <= 2015 ? year - (year - 2011) % 5 : 2016 + ((year - 2016) / 5) * 5;
    auto stage = [&](bool vision) {
        p += u"giai đoạn ";
        text::appendNumber(p, blockStart);
        p += rng.permille(500) ? u" - " : u"-";
        text::appendNumber(p, blockStart + 4);
        if (vision) {
            p += u", định hướng đến năm ";
            text::appendNumber(p, blockStart + 9);
        }
    };
    auto yearOnly = [&](int y) {
        p += u"năm ";
        text::appendNumber(p, y);
    };
    const quint32 roll = rng.below(100);
    if (r.type == BaoCao) {
        if (month == 1 || month == 12) {
            yearOnly(month == 1 ? year - 1 : year);
        } else if (month == 6 || month == 7) {
            p += u"6 tháng đầu năm ";
            text::appendNumber(p, year);
        } else if (month == 9 || month == 10) {
            p += u"9 tháng đầu năm ";
            text::appendNumber(p, year);
        } else {
            p += u"quý ";
            text::appendRoman(p, (month - 1) / 3 == 0 ? 1 : (month - 1) / 3);
            p += u" năm ";
            text::appendNumber(p, year);
        }
    } else if (r.topic->sector == u"GD" && roll < 50) {
        const int start = month >= 8 ? year : year - 1;
        p += u"năm học ";
        text::appendNumber(p, start);
        p += u" - ";
        text::appendNumber(p, start + 1);
    } else if ((r.type == KeHoach || r.type == ChuongTrinh) && month >= 11 && roll < 50) {
        yearOnly(year + 1);
    } else if (roll < 58) {
        yearOnly(year);
    } else if (roll < 70) {
        p += u"tháng ";
        text::appendNumber(p, month);
        p += u" năm ";
        text::appendNumber(p, year);
    } else if (roll < 80) {
        stage(false);
    } else if (roll < 86) {
        stage(true);
    } else if (roll < 93) {
        p += u"quý ";
        text::appendRoman(p, (month - 1) / 3 + 1);
        p += u" năm ";
        text::appendNumber(p, year);
    } else {
        p += u"đợt ";
        text::appendNumber(p, month <= 6 ? 1 : 2);
        p += u" năm ";
        text::appendNumber(p, year);
    }
}

int ArchiveGenerator::Impl::expectedNumber(const AgencyData &agency, DocType type, QDate date, int series) const
{
    int perYear = std::max(8, agency.def->volume * docTypes()[type].perThousandCv / 1000);
    if (series == 1)
        perYear = std::max(4, perYear / 50);
    else if (series == 2)
        perYear = type == QuyetDinh ? 70 : 30;
    const qint64 elapsed = agency.def->partyStyle ? termStart(date).daysTo(date) : date.dayOfYear() - 1;
    return int(qint64(perYear) * elapsed / 365);
}

QString ArchiveGenerator::Impl::formatReference(
    const AgencyData &agency, DocType type, int number, int legalYear, QStringView unit) const
{
    QString ref;
    ref.reserve(24);
    text::appendPadded2(ref, number);
    const DocTypeInfo &info = docTypes()[type];
    if (agency.def->partyStyle) {
        ref += u'-';
        ref += info.partyAbbr;
        ref += u'/';
        ref += agency.def->abbr;
        return ref;
    }
    ref += u'/';
    if (type == CongVan) {
        ref += agency.def->abbr;
        ref += u'-';
        ref += unit;
        return ref;
    }
    if (legalYear > 0) {
        text::appendNumber(ref, legalYear);
        ref += u'/';
    }
    ref += info.abbr;
    ref += u'-';
    ref += agency.def->abbr;
    return ref;
}

QStringView ArchiveGenerator::Impl::unitFor(const AgencyData &agency, QStringView sector)
{
    // The home office's units are the ones its register routes work to, so its ký hiệu and its
    // handling unit agree; elsewhere any unit of the agency will do.
    if (agency.def->home) {
        for (const HandlingUnit &unit : handlingUnits()) {
            if (unit.sector == sector
                && std::find(agency.units.begin(), agency.units.end(), unit.code) != agency.units.end())
                return unit.code;
        }
    }
    return rng.pick(agency.units);
}

void ArchiveGenerator::Impl::assignReference(Record &r, bool legal)
{
    const AgencyData &agency = *r.agency;
    Dispatch &d = *r.d;
    const bool party = agency.def->partyStyle;
    // Secret state documents have their own series; Party ones continue the ordinary series.
    const int series = legal ? 2 : (d.isConfidential() && !party) ? 1 : 0;
    const int period = party ? termStart(r.issued).year() : r.issued.year();
    const int expected = expectedNumber(agency, r.type, r.issued, series);
    const int perYearish = std::max(2, agency.def->volume * docTypes()[r.type].perThousandCv / 150000);
    int number = 1 + expected + int(rng.below(quint32(perYearish)));

    // Mật numbers start low like their own series but share the pool of the ordinary one: both print
    // the same ký hiệu, and the pair (số, ký hiệu) must stay unique for the register's duplicate check.
    const quint64 key = (quint64(agency.index) << 48) | (quint64(r.type) << 40) | (quint64(series == 2) << 32)
        | quint64(quint32(period));
    std::vector<bool> &used = usedNumbers[key];
    while (size_t(number) < used.size() && used[size_t(number)])
        ++number;
    if (size_t(number) >= used.size())
        used.resize(size_t(number) + 64 + size_t(number) / 2);
    used[size_t(number)] = true;

    r.unitCode = unitFor(agency, r.topic->sector);
    d.reference = formatReference(agency, r.type, number, legal ? r.issued.year() : 0, r.unitCode);
    const qsizetype cut = number < 10 ? 2 : d.reference.indexOf(party ? u'-' : u'/');
    d.number = d.reference.left(cut);
    d.notation = d.reference.mid(cut + 1);
}

ArchiveGenerator::ArchiveGenerator(GeneratorOptions options) : d(std::make_unique<Impl>(options)) { }

ArchiveGenerator::~ArchiveGenerator() = default;
ArchiveGenerator::ArchiveGenerator(ArchiveGenerator &&) noexcept = default;
ArchiveGenerator &ArchiveGenerator::operator=(ArchiveGenerator &&) noexcept = default;

const GeneratorOptions &ArchiveGenerator::options() const
{
    return d->options;
}

Dispatch ArchiveGenerator::next()
{
    return d->next();
}

} // namespace vt::synth
