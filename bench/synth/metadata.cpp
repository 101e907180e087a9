// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorimpl.h"
#include "textutil.h"

// Who signs, who is addressed and copied, and how the register routes the document.

using namespace Qt::StringLiterals;

namespace vt::synth {

using namespace vocab;

namespace {

QStringView handlingUnitName(QStringView code)
{
    for (const HandlingUnit &unit : handlingUnits()) {
        if (unit.code == code)
            return unit.name;
    }
    return {};
}

} // namespace

QString ArchiveGenerator::Impl::personName(quint64 key, int femalePermille) const
{
    Rng local(key);
    const bool female = local.permille(femalePermille);
    const List middles = female ? femaleMiddleNames() : maleMiddleNames();
    QString name;
    name.reserve(24);
    name += familyNames()[size_t(familyPicker.pick(local))].text;
    name += u' ';
    const QStringView middle = local.pick(middles);
    name += middle;
    if (local.permille(female ? 200 : 30)) {
        const QStringView second = local.pick(middles);
        if (second != middle && second != u"Thị" && second != u"Văn") {
            name += u' ';
            name += second;
        }
    }
    name += u' ';
    name += local.pick(female ? femaleGivenNames() : maleGivenNames());
    return name;
}

void ArchiveGenerator::Impl::appendContact(QString &out, Record &r)
{
    // "Nguyễn Thị Lan, điện thoại …, thư điện tử ntlan.stttt@kiengiang.gov.vn": initials of the family
    // and middle names, then the given name, as provincial mail systems spell them. These addresses
    // are the open-ended part of the vocabulary, as in real registers.
    const QString name = personName(rng.next(), 450);
    out += name;
    out += u", điện thoại ";
    out += r.agency->phonePrefix;
    text::appendNumber(out, rng.between(810000, 989999));
    out += u", thư điện tử ";
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    for (QStringView word : QStringView(name).first(lastSpace).tokenize(u' '))
        out += text::asciiFold(word.first(1));
    out += text::asciiFold(QStringView(name).sliced(lastSpace + 1));
    out += r.agency->mailSuffix;
}

void ArchiveGenerator::Impl::assignSigner(Record &r)
{
    const AgencyData &agency = *r.agency;
    Dispatch &d = *r.d;
    // KT ~40%, TM ~17%: only collective bodies sign "TM.", so they use it often.
    static constexpr quint32 kCollective[] = {2, 62, 30, 4, 2, 0}; // None, TM, KT, TL, TUQ, Q
    static constexpr quint32 kMinistry[] = {25, 0, 60, 12, 3, 0};
    static constexpr quint32 kOther[] = {48, 0, 44, 4, 2, 2};
    const quint32 *weights = !agency.titles.collective.isEmpty() ? kCollective
        : agency.def->kind == Kind::Ministry                     ? kMinistry
                                                                 : kOther;
    quint32 roll = rng.below(100);
    int authority = 0;
    while (authority < 5 && roll >= weights[authority])
        roll -= weights[authority++];
    // A collective's resolutions, directives and conclusions are signed on its behalf, never "TL.".
    const bool collectiveAct = r.type == NghiQuyet || r.type == ChiThi || r.type == KetLuan;
    if (collectiveAct && !agency.titles.collective.isEmpty() && authority != 1 && authority != 2)
        authority = 1;
    static constexpr SigningAuthority kAuthorities[] = {SigningAuthority::None, SigningAuthority::OnBehalf,
        SigningAuthority::Deputy, SigningAuthority::ByOrder, SigningAuthority::Delegated, SigningAuthority::Acting};
    d.signingAuthority = kAuthorities[authority];

    // Leaders change with the 2016 and 2021 elections; the same people sign for five years.
    const int block = (r.issued.year() - 2011) / 5;
    int role = 0;
    switch (d.signingAuthority) {
    case SigningAuthority::OnBehalf:
        if (agency.def->kind == Kind::PartyCommittee && rng.permille(500)) {
            role = 1;
            d.signerTitle = standingDeputy;
            r.titleUpper = standingDeputyUpper;
        } else {
            d.signerTitle = agency.titles.head.toString();
            r.titleUpper = agency.headUpper;
        }
        break;
    case SigningAuthority::Deputy:
        role = 1 + int(rng.below(3));
        d.signerTitle = agency.titles.deputy.toString();
        r.titleUpper = agency.deputyUpper;
        break;
    case SigningAuthority::ByOrder:
    case SigningAuthority::Delegated:
        role = 4;
        d.signerTitle = agency.titles.byOrder.toString();
        r.titleUpper = agency.byOrderUpper;
        break;
    case SigningAuthority::Acting:
        role = 5;
        d.signerTitle = agency.titles.head.toString();
        r.titleUpper = agency.headUpper;
        break;
    case SigningAuthority::None:
        d.signerTitle = agency.titles.head.toString();
        r.titleUpper = agency.headUpper;
        break;
    }
    d.signer = personName(
        Rng::hash(options.seed, quint64(agency.index), quint64(block + 100), quint64(role)), role == 0 ? 150 : 300);
}

void ArchiveGenerator::Impl::assignAddressees(Record &r)
{
    const AgencyData &agency = *r.agency;
    Dispatch &d = *r.d;
    int count = 0;
    switch (r.type) {
    case CongVan:
    case CongDien: {
        const quint32 roll = rng.below(100);
        count = roll < 45 ? 1 : roll < 75 ? 2 : roll < 90 ? 3 : 4;
        break;
    }
    case GiayMoi:
        count = 1 + int(rng.below(3));
        break;
    case ToTrinh:
        count = 1;
        break;
    case BaoCao:
        count = rng.permille(500) ? 1 : 0;
        break;
    default:
        return;
    }
    QString line;
    const bool upward = r.type == ToTrinh || r.type == BaoCao;
    for (int i = 0; i < count * 3 && d.addressees.size() < count; ++i) {
        line.clear();
        if (upward) {
            expand(line, rng.pick(leaders(agency.scope)), r);
            text::capitalizeFrom(line, 0);
        } else if (i == 0 && !agency.def->home && rng.permille(400)) {
            line = u"UBND tỉnh Kiên Giang"_s; // why the document is in this register at all
        } else if (rng.permille(650)) {
            expand(line, pickFor(addresseeGroups(agency.scope), r, false), r);
        } else {
            const AgencyData &other = agencies[size_t(anyAgencyPicker.pick(rng))];
            if (&other == &agency)
                continue;
            const bool near = other.def->province == agency.def->province && !other.district;
            line = near && !other.def->home ? other.def->selfName.toString() : other.citedName;
        }
        if (!d.addressees.contains(line))
            d.addressees.append(line);
    }
}

void ArchiveGenerator::Impl::assignRecipients(Record &r)
{
    Dispatch &d = *r.d;
    if (!d.addressees.isEmpty())
        d.recipients.append(u"Như trên;"_s);
    else if (r.type == QuyetDinh)
        d.recipients.append(u"Như Điều 3;"_s);
    const int total = std::max(2, 2 + int(rng.below(5))); // 2..6 lines including "Lưu:"
    QString line;
    for (int guard = 0; d.recipients.size() < total - 1 && guard < 12; ++guard) {
        line.clear();
        expand(line, pickFor(recipientLines(r.agency->scope), r, false), r);
        if (!d.recipients.contains(line) && !line.startsWith(r.agency->def->selfName))
            d.recipients.append(line);
    }
    d.recipients.append(u"Lưu: VT, "_s + r.unitCode + u'.');
}

void ArchiveGenerator::Impl::assignHandling(Record &r)
{
    Dispatch &d = *r.d;
    if (d.direction == Direction::Outgoing) {
        d.status = Status::Done;
        const QStringView name = handlingUnitName(r.unitCode);
        if (!name.isEmpty() && rng.permille(800))
            d.handlingUnit = name.toString();
        return;
    }
    if (rng.permille(650)) {
        const std::span<const HandlingUnit> units = handlingUnits();
        const HandlingUnit *unit = nullptr;
        if (rng.permille(850)) {
            for (const HandlingUnit &candidate : units) {
                if (candidate.sector == r.topic->sector) {
                    unit = &candidate;
                    break;
                }
            }
        }
        if (!unit)
            unit = &units[units.size() - 5 + rng.below(5)];
        r.handlingName = unit->name;
        d.handlingUnit = unit->name.toString();
        if (rng.permille(450))
            expand(d.instruction, rng.pick(instructions()), r);
        if (rng.permille(300))
            d.handlingPerson = personName(Rng::hash(options.seed, 7, quint64(unit - units.data()), rng.below(4)), 450);
        const quint32 roll = rng.below(100);
        d.status = roll < 70 ? Status::Done : roll < 90 ? Status::InProgress : Status::Waiting;
    }
    if (rng.permille(350)) {
        const bool urgent = d.urgency != Urgency::Normal;
        d.dueDate = d.arrivalDate.addDays(urgent ? rng.between(1, 5) : rng.between(3, 30));
    }
    if (rng.permille(120))
        d.notes = rng.pick(notes()).toString();
}

} // namespace vt::synth
