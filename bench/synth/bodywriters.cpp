// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatorimpl.h"
#include "textutil.h"

using namespace Qt::StringLiterals;

// The body of each document type, laid out with the section headings real documents use. Each writer
// receives the UTF-8 size the body should end at and fills its sections in proportion to it; the
// fixed parts (căn cứ, headings, closing) are what make a short body overshoot.

namespace vt::synth {

using namespace vocab;

namespace {

/// Bytes kept for the closing sentence when filling the last section.
constexpr qsizetype kClosingReserve = 170;

List slice(List list, size_t from, size_t count)
{
    return list.subspan(from, std::min(count, list.size() - from));
}

QStringView executionClause(Scope scope, Kind kind)
{
    if (kind == Kind::Department)
        return u"Chánh Văn phòng Sở, trưởng các phòng, đơn vị thuộc Sở và các cá nhân có liên quan chịu trách "
               u"nhiệm thi hành Quyết định này./.";
    switch (scope) {
    case Scope::District:
        return u"Chánh Văn phòng HĐND và UBND, thủ trưởng các phòng, ban chuyên môn; Chủ tịch UBND các xã, thị "
               u"trấn chịu trách nhiệm thi hành Quyết định này./.";
    case Scope::Party:
        return u"Văn phòng Tỉnh ủy, các ban đảng và các cơ quan, đơn vị có liên quan căn cứ Quyết định thi hành./.";
    case Scope::Central:
        return u"Chánh Văn phòng Bộ, thủ trưởng các cơ quan, đơn vị thuộc Bộ chịu trách nhiệm thi hành Quyết định "
               u"này./.";
    case Scope::Province:
        break;
    }
    return u"Chánh Văn phòng UBND tỉnh, thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thành phố và "
           u"các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.";
}

} // namespace

void ArchiveGenerator::Impl::fill(
    QString &out, Record &r, Meter &meter, qsizetype limit, int *counter, List first, List second, int secondPercent)
{
    // At least one item so that no heading stands empty, unless the text is already well past the limit.
    int added = meter() > limit + 120 ? 1 : 0;
    while (added == 0 || meter() < limit) {
        const bool useSecond = !second.empty() && rng.percent(secondPercent);
        item(out, r, useSecond ? second : first, counter);
        ++added;
    }
}

void ArchiveGenerator::Impl::writeLetter(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    const bool petition = r.type == ToTrinh;
    if (petition)
        expand(out, rng.pick(reportOpenings()), r);
    else
        expand(out, rng.pick(rng.permille(500) ? citationOpenings() : letterOpenings()), r);
    out += u'\n';
    int counter = 0;
    int *numbering = rng.permille(600) ? &counter : nullptr;
    while (meter() < end - kClosingReserve) {
        const quint32 roll = rng.below(100);
        List list;
        if (petition)
            list = roll < 40 ? results() : roll < 60 ? shortcomings() : roll < 85 ? solutions() : purposes();
        else
            list = roll < 25 ? requests()
                : roll < 45  ? tasks()
                : roll < 62  ? assignments()
                : roll < 74  ? results()
                : roll < 84  ? details()
                : roll < 95  ? purposes()
                             : shortcomings();
        item(out, r, list, numbering);
    }
    expand(out, rng.pick(petition ? reportClosings() : letterClosings()), r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writePlan(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    if (rng.permille(500)) {
        appendLaw(out, r);
        appendLegalBasis(out, r);
    } else {
        out += u"Thực hiện ";
        appendCitation(out, r, citedTypes[size_t(citedTypePicker.pick(rng))], nullptr, true);
        expand(out, u" về {F};\n", r);
    }
    out += r.agency->def->selfName;
    out += u" ban hành ";
    out += typeNames[r.type];
    out += u" với các nội dung cụ thể như sau:\n";

    const qsizetype start = meter();
    const qsizetype span = std::max<qsizetype>(end - start, 400);
    auto at = [&](int percent) { return start + span * percent / 100; };
    int counter = 0;
    if (r.type == DeAn || r.type == PhuongAn) {
        out += u"Phần I. SỰ CẦN THIẾT\n";
        fill(out, r, meter, at(22), nullptr, assessments(), results(), 50);
        out += u"Phần II. MỤC TIÊU\n";
        fill(out, r, meter, at(38), nullptr, purposes());
        out += u"Phần III. NHIỆM VỤ, GIẢI PHÁP\n";
        fill(out, r, meter, at(75), &counter, tasks(), solutions(), 30);
        out += u"Phần IV. TỔ CHỨC THỰC HIỆN\n";
    } else {
        out += u"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n";
        fill(out, r, meter, at(16), nullptr, purposes());
        out += u"2. Yêu cầu\n";
        fill(out, r, meter, at(28), nullptr, purposes());
        out += r.type == HuongDan   ? u"II. NỘI DUNG HƯỚNG DẪN\n"
            : r.type == ChuongTrinh ? u"II. NHIỆM VỤ, GIẢI PHÁP\n"
                                    : u"II. NỘI DUNG THỰC HIỆN\n";
        fill(out, r, meter, at(70), &counter, tasks(), details(), 20);
        out += u"III. TỔ CHỨC THỰC HIỆN\n";
    }
    counter = 0;
    fill(out, r, meter, end - kClosingReserve, &counter, assignments());
    expand(out, rng.pick(planClosings()), r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writeDecision(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    const AgencyData &agency = *r.agency;
    const bool resolution = r.type == NghiQuyet;
    out += agency.decisionUpper;
    out += u'\n';
    if (resolution) {
        const int year = r.issued.year();
        out += u"KHÓA ";
        text::appendRoman(out, year >= 2021 ? 10 : year >= 2016 ? 9 : 8);
        out += u", KỲ HỌP THỨ ";
        text::appendNumber(out, rng.between(2, 24));
        out += u'\n';
    }
    // Căn cứ lines are fixed costs; a short body gets fewer of them.
    const qsizetype room = end - meter();
    appendLaw(out, r);
    if (room > 1400 && rng.permille(500))
        appendLaw(out, r);
    const int bases = room > 1000 ? int(rng.below(3)) : 0;
    for (int i = 0; i < bases; ++i)
        appendLegalBasis(out, r);
    if (room > 1200 && rng.permille(400)) {
        out += u"Căn cứ ";
        appendCitation(out, r, citedTypes[size_t(citedTypePicker.pick(rng))], nullptr, true);
        expand(out, u" về {T};\n", r);
    }
    if (r.type == QuyetDinh && room > 700 && rng.permille(700)) {
        // The proposing body is usually a department of the same province.
        const AgencyData *proposer = &agency;
        for (int i = 0; i < 6; ++i) {
            const AgencyData &candidate = agencies[size_t(anyAgencyPicker.pick(rng))];
            if (candidate.def->kind == Kind::Department && candidate.def->province == agency.def->province) {
                proposer = &candidate;
                break;
            }
        }
        out += u"Theo đề nghị của ";
        out += proposer->titles.head;
        out += u' ';
        out += proposer->def->selfName;
        out += u" tại ";
        appendCitation(out, r, ToTrinh, proposer, false);
        out += u".\n";
    }
    out += resolution ? u"QUYẾT NGHỊ:\n" : u"QUYẾT ĐỊNH:\n";

    const qsizetype start = meter();
    const qsizetype span = std::max<qsizetype>(end - start, 400);
    auto at = [&](int percent) { return start + span * percent / 100; };
    int counter = 0;
    if (r.type == QuyChe || r.type == QuyDinh) {
        out += u"Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh và đối tượng áp dụng\n";
        expand(out, u"Văn bản này quy định về {F} {W}; áp dụng đối với {U}.\nĐiều 2. Nguyên tắc thực hiện\n", r);
        fill(out, r, meter, at(30), nullptr, purposes());
        out += u"Chương II\nNỘI DUNG CỤ THỂ\n";
        int article = 2;
        while (meter() < at(75)) {
            out += u"Điều ";
            text::appendNumber(out, ++article);
            out += u". ";
            expand(out, rng.pick(tasks()), r);
            out += u'\n';
        }
        out += u"Chương III\nTỔ CHỨC THỰC HIỆN\nĐiều ";
        text::appendNumber(out, ++article);
        out += u". Trách nhiệm thi hành\n";
        fill(out, r, meter, end - kClosingReserve, &counter, assignments());
        out += u"Điều ";
        text::appendNumber(out, ++article);
        expand(out,
            u". Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về {S} "
            u"để xem xét, sửa đổi, bổ sung cho phù hợp./.\n",
            r);
        return;
    }

    out += u"Điều 1. ";
    const QString &summary = r.d->summary;
    if (summary.startsWith(u"Về việc ")) {
        const qsizetype from = out.size();
        out += QStringView(summary).sliced(8);
        text::capitalizeFrom(out, from);
    } else {
        out += summary;
    }
    out += u".\n";
    fill(out, r, meter, at(55), &counter, purposes(), tasks(), 60);
    out += u"Điều 2. Tổ chức thực hiện\n";
    counter = 0;
    fill(out, r, meter, end - 2 * kClosingReserve, &counter, assignments());
    out += u"Điều 3. ";
    if (resolution) {
        expand(out,
            u"Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này. Thường trực HĐND, các Ban HĐND, các "
            u"Tổ đại biểu và đại biểu HĐND tỉnh giám sát việc thực hiện Nghị quyết.\nNghị quyết này đã được "
            u"Hội đồng nhân dân tỉnh {k} thông qua ",
            r);
        text::appendLongDate(out, r.issued);
        out += u" và có hiệu lực kể từ ngày thông qua./.\n";
    } else {
        out += u"Quyết định này có hiệu lực kể từ ngày ký.\n";
        out += executionClause(agency.scope, agency.def->kind);
        out += u'\n';
    }
}

void ArchiveGenerator::Impl::writeReport(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    expand(out, rng.pick(reportOpenings()), r);
    out += u'\n';
    const qsizetype start = meter();
    const qsizetype span = std::max<qsizetype>(end - start, 400);
    auto at = [&](int percent) { return start + span * percent / 100; };
    int counter = 0;
    out += u"I. KẾT QUẢ THỰC HIỆN\n1. Công tác lãnh đạo, chỉ đạo\n";
    fill(out, r, meter, at(18), nullptr, tasks());
    out += u"2. Kết quả đạt được\n";
    fill(out, r, meter, at(50), nullptr, results(), details(), 35);
    out += u"II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n";
    fill(out, r, meter, at(66), nullptr, shortcomings());
    out += u"III. NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n";
    fill(out, r, meter, end - 2 * kClosingReserve, &counter, solutions(), tasks(), 50);
    out += u"IV. ĐỀ XUẤT, KIẾN NGHỊ\n";
    item(out, r, slice(solutions(), 7, 2), nullptr);
    expand(out, rng.pick(reportClosings()), r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writeNotice(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    const List openings = meetingOpenings();
    int counter = 0;
    if (r.type == BienBan) {
        expand(out, openings[2], r);
        out += u'\n';
        expand(out, openings[3], r);
        out += u"\nNội dung làm việc:\n";
        fill(out, r, meter, end - kClosingReserve, &counter, results(), details(), 45);
        expand(out,
            u"Biên bản kết thúc vào lúc {h} cùng ngày, đã được đọc lại cho các thành viên dự họp cùng nghe "
            u"và thống nhất./.\n",
            r);
        return;
    }
    if (r.type == GiayGioiThieu) {
        expand(out,
            u"{S} trân trọng giới thiệu đồng chí {n}, chuyên viên, được cử đến {A} liên hệ công tác về {F}.\n"
            u"Đề nghị Quý cơ quan tạo điều kiện để đồng chí hoàn thành nhiệm vụ.\nNội dung làm việc:\n",
            r);
        fill(out, r, meter, end - kClosingReserve, &counter, tasks());
        expand(out, u"Giấy giới thiệu có giá trị đến hết ngày {D}./.\n", r);
        return;
    }
    if (rng.permille(600)) {
        expand(out, openings[0], r);
        out += u'\n';
        expand(out, openings[1], r);
    } else {
        expand(out, rng.pick(letterOpenings()), r);
    }
    out += u'\n';
    while (meter() < end - kClosingReserve) {
        const quint32 roll = rng.below(100);
        item(out, r, roll < 35 ? tasks() : roll < 70 ? assignments() : roll < 85 ? details() : results(), &counter);
    }
    expand(out, rng.pick(noticeClosings()), r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writeInvitation(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    const List lines = invitationLines();
    for (size_t i = 0; i < 4; ++i) {
        expand(out, lines[i], r);
        out += u'\n';
    }
    expand(out, u"Thành phần: đại diện lãnh đạo {A}, {A} và {U}.\n", r);
    expand(out, lines[4], r);
    out += u'\n';
    if (rng.permille(500)) {
        expand(out, lines[5], r);
        out += u'\n';
    }
    if (meter() < end - 2 * kClosingReserve) {
        out += u"Nội dung chương trình:\n";
        int counter = 0;
        fill(out, r, meter, end - 2 * kClosingReserve, &counter, tasks(), purposes(), 30);
    }
    if (rng.permille(500)) {
        expand(out, lines[6], r);
        out += u'\n';
    }
    expand(out, lines[7], r);
    out += u'\n';
}

void ArchiveGenerator::Impl::writeDirective(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    // Forecasts and "diễn biến phức tạp" only make sense for emergencies.
    const List situation = assessments();
    const QStringView sector = r.topic->sector;
    const bool emergency = sector == u"NN" || sector == u"YT" || sector == u"AN" || sector == u"TN";
    expand(out, situation[0], r);
    out += u'\n';
    expand(out, emergency ? situation[rng.permille(500) ? 2 : 1] : pickFor(shortcomings(), r, true), r);
    out += u'\n';
    expand(out, situation[emergency ? 4 : 3], r);
    out += u'\n';
    int counter = 0;
    fill(out, r, meter, end - kClosingReserve, &counter, tasks(), assignments(), 40);
    // (no concrete details in a directive: it speaks to everyone)
    out += r.type == CongDien
        ? u"Yêu cầu thủ trưởng các cơ quan, đơn vị khẩn trương, nghiêm túc thực hiện Công điện này./.\n"
        : u"Yêu cầu thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các cấp nghiêm túc triển khai thực hiện Chỉ thị "
          u"này./.\n";
}

void ArchiveGenerator::Impl::writeParty(QString &out, Record &r, qsizetype end)
{
    Meter meter{out};
    const List openings = partyOpenings();
    const qsizetype start = meter();
    const qsizetype span = std::max<qsizetype>(end - start, 400);
    auto at = [&](int percent) { return start + span * percent / 100; };
    int counter = 0;
    out += u"I. TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN\n";
    expand(out, openings[0], r);
    out += u'\n';
    fill(out, r, meter, at(28), nullptr, results());
    fill(out, r, meter, at(40), nullptr, shortcomings());
    out += u"II. QUAN ĐIỂM, MỤC TIÊU\n";
    fill(out, r, meter, at(52), nullptr, purposes());
    out += u"III. NHIỆM VỤ, GIẢI PHÁP\n";
    expand(out, openings[1], r);
    out += u'\n';
    fill(out, r, meter, at(85), &counter, tasks(), slice(openings, 2, 4), 30);
    out += u"IV. TỔ CHỨC THỰC HIỆN\n";
    counter = 0;
    fill(out, r, meter, end - kClosingReserve, &counter, assignments());
    out += typeNames[r.type];
    out += u" này được phổ biến đến chi bộ./.\n";
}

} // namespace vt::synth
