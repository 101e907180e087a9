// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Twenty registered documents for the search tests, written for them: the spellings people mix up
// (Hòa/Hoà, Thủy/Thuỷ, tọa/toạ), words that differ only in diacritics (Đề án, Dự án, đê an toàn; đường,
// Dương; Đảng, đang) and references of the usual shapes.

#include "core/dispatch.h"
#include "core/vietnamese.h"
#include "store/search.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>

namespace vt::test {

using namespace Qt::StringLiterals;

struct SearchRecord
{
    const char16_t *key; ///< "R1"…: the tests name records by this, kept in the notes field
    Direction direction;
    QDate arrival, issued, due;
    const char16_t *issuer, *type, *reference, *summary, *text;
    Status status = Status::Waiting;
    Urgency urgency = Urgency::Normal;
    Confidentiality confidentiality = Confidentiality::Normal;
};

inline QList<SearchRecord> searchRecords()
{
    const auto I = Direction::Incoming;
    const auto O = Direction::Outgoing;
    using D = QDate;
    return {
        {u"R1", I, D(2024, 8, 30), D(2024, 8, 29), D(2024, 9, 10), u"Văn phòng UBND tỉnh", u"Công văn",
         u"2668/VP-VHXH", u"V/v tham mưu tổ chức các hoạt động đối ngoại năm 2024",
         u"Kính gửi: Sở Tài chính; Sở Văn hóa, Thể thao và Du lịch. Thực hiện chỉ đạo của Thường trực UBND tỉnh "
         u"tại cuộc họp giao ban tuần, Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị rà soát, tham mưu tổ chức "
         u"các hoạt động đối ngoại năm 2024, bảo đảm tiết kiệm, hiệu quả.",
         Status::Waiting, Urgency::Urgent},
        {u"R2", I, D(2024, 3, 11), D(2024, 3, 8), {}, u"Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", u"Kế hoạch",
         u"116-KH/BCĐTTĐN", u"Kế hoạch thông tin đối ngoại năm 2024",
         u"Nhằm nâng cao hiệu quả công tác thông tin đối ngoại, Ban Chỉ đạo ban hành Kế hoạch với các nội dung "
         u"trọng tâm: quảng bá hình ảnh địa phương, phối hợp với cơ quan báo chí trong và ngoài nước.",
         Status::Done},
        {u"R3", I, D(2025, 2, 14), D(2025, 2, 13), {}, u"UBND tỉnh Hòa Bình", u"Quyết định", u"84/2025/QĐ-UBND",
         u"Ban hành Quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh Hòa Bình",
         u"Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa "
         u"bàn tỉnh Hòa Bình. Điều 2. Quyết định có hiệu lực kể từ ngày ký."},
        {u"R4", I, D(2024, 1, 10), D(2024, 1, 8), D(2024, 1, 31), u"UBND tỉnh Hoà Bình", u"Kế hoạch", u"15/KH-UBND",
         u"Kế hoạch tổ chức Tết cổ truyền năm Giáp Thìn",
         u"Để chuẩn bị chu đáo cho Tết Nguyên đán, UBND tỉnh Hoà Bình ban hành kế hoạch tổ chức các hoạt động vui "
         u"xuân, thăm hỏi, tặng quà các gia đình chính sách.",
         Status::Done},
        {u"R5", I, D(2024, 6, 5), D(2024, 6, 3), D(2024, 6, 15), u"Sở Nông nghiệp và Phát triển nông thôn",
         u"Công văn", u"203/SNN-TL", u"V/v đảm bảo an toàn công trình thuỷ lợi mùa mưa lũ",
         u"Trước diễn biến phức tạp của thời tiết, Sở yêu cầu các đơn vị quản lý khai thác công trình thuỷ lợi "
         u"kiểm tra, vận hành hồ chứa an toàn.",
         Status::InProgress, Urgency::VeryUrgent},
        {u"R6", I, D(2024, 7, 1), D(2024, 6, 28), {}, u"Chi cục Thủy sản", u"Báo cáo", u"77/CCTS-NTTS",
         u"Báo cáo tình hình nuôi trồng thủy sản 6 tháng đầu năm",
         u"Sáu tháng đầu năm, sản lượng thủy sản nuôi trồng trên hồ Hòa Bình đạt 52% chỉ tiêu năm."},
        {u"R7", I, D(2024, 5, 20), D(2024, 5, 17), {}, u"Sở Văn hóa, Thể thao và Du lịch", u"Giấy mời",
         u"12/GM-SVHTTDL", u"Mời dự tọa đàm giới thiệu văn hóa Mường",
         u"Sở Văn hóa, Thể thao và Du lịch trân trọng kính mời đại biểu dự tọa đàm giới thiệu bản sắc văn hóa "
         u"Mường.",
         Status::Done},
        {u"R8", I, D(2024, 5, 22), D(2024, 5, 21), {}, u"Sở Ngoại vụ", u"Giấy mời", u"13/GM-SNgV",
         u"Mời dự toạ đàm hữu nghị Việt Nam - Lào",
         u"Sở Ngoại vụ kính mời dự toạ đàm hữu nghị nhân kỷ niệm Ngày thiết lập quan hệ ngoại giao Việt Nam - "
         u"Lào.",
         Status::Done},
        {u"R9", I, D(2024, 9, 3), D(2024, 9, 2), D(2024, 9, 30), u"Sở Tài chính", u"Tờ trình", u"45/TTr-STC",
         u"Trình phê duyệt Đề án phát triển kinh tế đối ngoại giai đoạn 2024-2030",
         u"Sở Tài chính trình UBND tỉnh phê duyệt Đề án phát triển kinh tế đối ngoại giai đoạn 2024-2030. Đề án "
         u"xác định các nhiệm vụ, giải pháp trọng tâm và nguồn lực thực hiện."},
        {u"R10", I, D(2024, 9, 10), D(2024, 9, 9), {}, u"UBND huyện Mai Châu", u"Đề án", u"46/ĐA-UBND",
         u"Đề án bảo tồn bản sắc văn hoá dân tộc Thái",
         u"Đề án bảo tồn bản sắc văn hoá dân tộc Thái huyện Mai Châu gồm ba nội dung chính. Kinh phí thực hiện "
         u"Đề án được bố trí từ ngân sách huyện."},
        {u"R11", I, D(2024, 9, 12), D(2024, 9, 11), D(2024, 9, 20), u"Sở Xây dựng", u"Công văn", u"301/SXD-QLCL",
         u"V/v thẩm định dự án cải tạo đường giao thông liên xã",
         u"Ban quản lý dự án đề nghị Sở Xây dựng thẩm định báo cáo kinh tế kỹ thuật dự án cải tạo đường giao "
         u"thông liên xã Hợp Thành - Hợp Phong.",
         Status::InProgress},
        {u"R12", I, D(2024, 9, 15), D(2024, 9, 13), {}, u"Ban Quản lý dự án đầu tư xây dựng tỉnh", u"Báo cáo",
         u"88/BC-BQLDA", u"Báo cáo kết quả kiểm tra đê an toàn mùa lũ",
         u"Đoàn kiểm tra đã khảo sát tuyến đê an toàn, các cống tiêu và trạm bơm trước mùa mưa lũ năm 2024."},
        {u"R13", I, D(2024, 4, 1), D(2024, 3, 29), D(2024, 4, 15), u"Tỉnh ủy Hòa Bình", u"Công văn", u"56-CV/TU",
         u"V/v tăng cường công tác xây dựng Đảng trong tình hình mới",
         u"Tỉnh ủy yêu cầu các cấp ủy tăng cường công tác xây dựng, chỉnh đốn Đảng, nâng cao năng lực lãnh đạo "
         u"của tổ chức cơ sở.",
         Status::Waiting, Urgency::Normal, Confidentiality::Confidential},
        {u"R14", I, D(2024, 10, 2), D(2024, 10, 1), {}, u"UBND thành phố Hòa Bình", u"Thông báo", u"09/TB-UBND",
         u"Thông báo tạm dừng lưu thông trên đường Trần Hưng Đạo",
         u"Để phục vụ thi công nâng cấp mặt đường, UBND thành phố Hòa Bình thông báo tạm dừng lưu thông trên "
         u"đường Trần Hưng Đạo từ ngày 05/10/2024.",
         Status::Done},
        {u"R15", I, D(2024, 10, 3), D(2024, 10, 1), {}, u"UBND xã Dương Phong", u"Công văn", u"31/UBND-VP",
         u"V/v cấp kinh phí sửa chữa nhà văn hoá xóm Bãi Nai",
         u"UBND xã Dương Phong đề nghị cấp kinh phí sửa chữa nhà văn hoá xóm Bãi Nai."},
        {u"R16", O, D(2024, 10, 5), D(2024, 10, 5), {}, u"UBND tỉnh Hòa Bình", u"Công văn", u"1520/UBND-NC",
         u"V/v báo cáo công tác đối ngoại quý III gửi Bộ Ngoại giao",
         u"UBND tỉnh Hòa Bình báo cáo Bộ Ngoại giao kết quả công tác đối ngoại quý III năm 2024.", Status::Done},
        {u"R17", O, D(2024, 12, 20), D(2024, 12, 20), {}, u"UBND tỉnh Hòa Bình", u"Báo cáo", u"35/BC-UBND",
         u"Báo cáo tổng kết công tác đối ngoại năm 2024",
         u"Năm 2024, công tác đối ngoại của tỉnh đạt nhiều kết quả quan trọng; tỉnh đã đón 35 đoàn khách quốc "
         u"tế.",
         Status::Done, Urgency::VeryUrgent},
        {u"R18", I, D(2024, 11, 11), D(2024, 11, 8), {}, u"Văn phòng UBND tỉnh", u"Công văn", u"2669/VP-KGVX",
         u"V/v chuẩn bị nội dung làm việc với đoàn công tác Bộ Y tế",
         u"Văn phòng UBND tỉnh đề nghị các sở chuẩn bị nội dung làm việc với đoàn công tác Bộ Y tế."},
        {u"R19", I, D(2025, 1, 6), D(2025, 1, 3), {}, u"Văn phòng UBND tỉnh", u"Công văn", u"2668/VP-TH",
         u"V/v rà soát hồ sơ lưu trữ năm 2024",
         u"Văn phòng UBND tỉnh đề nghị các phòng chuyên môn rà soát hồ sơ, tài liệu đến hạn nộp lưu năm 2024.",
         Status::InProgress},
        {u"R20", I, D(2024, 2, 1), D(2024, 1, 30), D(2024, 2, 15), u"Sở Ngoại vụ", u"Kế hoạch", u"05/KH-SNgV",
         u"Kế hoạch công tác lãnh sự và bảo hộ công dân năm 2024",
         u"Kế hoạch công tác lãnh sự và bảo hộ công dân năm 2024 của Sở Ngoại vụ; nội dung mật, không phổ biến.",
         Status::Waiting, Urgency::Flash, Confidentiality::Secret},
    };
}

inline Dispatch toDispatch(const SearchRecord &r)
{
    Dispatch d;
    d.direction = r.direction;
    d.arrivalDate = r.arrival;
    d.issuedDate = r.issued;
    d.dueDate = r.due;
    d.issuer = QString::fromUtf16(r.issuer);
    d.type = QString::fromUtf16(r.type);
    d.reference = QString::fromUtf16(r.reference);
    d.number = d.reference.section(u'/', 0, 0).section(u'-', 0, 0);
    d.summary = QString::fromUtf16(r.summary);
    d.fullText = QString::fromUtf16(r.text);
    d.status = r.status;
    d.urgency = r.urgency;
    d.confidentiality = r.confidentiality;
    d.notes = QString::fromUtf16(r.key);
    return d;
}

/// The notes field of each hit: the record keys, in result order.
inline QStringList keysOf(const QList<store::SearchHit> &hits)
{
    QStringList keys;
    for (const store::SearchHit &h : hits)
        keys.append(h.dispatch.notes);
    return keys;
}

inline QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

inline QByteArray referenceKey(const Dispatch &d) { return text::foldForSearch(d.reference).remove(u' ').toUtf8(); }
inline QByteArray issuerKey(const Dispatch &d) { return text::foldForSearch(d.issuer).simplified().toUtf8(); }
inline QByteArray typeKey(const Dispatch &d) { return text::foldForSearch(d.type).simplified().toUtf8(); }

/// -1, 0 or 1 as `a` sorts before, with or after `b` under `key` (ascending), NULL dates first as in SQLite.
inline int compareBy(store::SortKey key, const Dispatch &a, const Dispatch &b)
{
    const auto cmp = [](const auto &x, const auto &y) { return x < y ? -1 : y < x ? 1 : 0; };
    const auto date = [](const QDate &d) { return d.isValid() ? d.toJulianDay() : std::numeric_limits<qint64>::min(); };
    switch (key) {
    case store::SortKey::Relevance:
    case store::SortKey::ArrivalDate: return cmp(a.arrivalDate, b.arrivalDate);
    case store::SortKey::ArrivalNumber:
        return cmp(std::pair(a.arrivalDate.year(), a.arrivalNumber), std::pair(b.arrivalDate.year(), b.arrivalNumber));
    case store::SortKey::IssuedDate: return cmp(date(a.issuedDate), date(b.issuedDate));
    case store::SortKey::Reference: return cmp(referenceKey(a), referenceKey(b));
    case store::SortKey::Issuer: return cmp(issuerKey(a), issuerKey(b));
    case store::SortKey::Type: return cmp(typeKey(a), typeKey(b));
    case store::SortKey::DueDate: return cmp(date(a.dueDate), date(b.dueDate));
    }
    return 0;
}

} // namespace vt::test
