// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formtext.h"

using namespace Qt::StringLiterals;

// Every text here is part of a legal form and prints in Vietnamese whatever language the app speaks: no tr().

namespace vt::print::form {

QString nationalName()
{
    return u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s;
}

QString motto()
{
    return u"Độc lập - Tự do - Hạnh phúc"_s;
}

QString placeAndDate(const QString &place, const QDate &date)
{
    const QString where = place.isEmpty() ? dots(12) : place;
    if (!date.isValid())
        return u"%1, ngày %2 tháng %3 năm %4"_s.arg(where, dots(4), dots(4), dots(6));
    const int month = date.month();
    return u"%1, ngày %2 tháng %3 năm %4"_s.arg(where)
        .arg(date.day(), 2, 10, QChar(u'0'))
        .arg(month, month <= 2 ? 2 : 1, 10, QChar(u'0'))
        .arg(date.year());
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : QString();
}

QString dots(int count)
{
    return QString(count, u'.');
}

QString slipTitle()
{
    return u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s;
}

QString slipDocument(const Dispatch &d)
{
    QStringList parts;
    parts << (d.type.isEmpty() ? u"Văn bản"_s : d.type);
    if (!d.reference.isEmpty())
        parts << u"số "_s + d.reference;
    if (d.issuedDate.isValid())
        parts << u"ngày "_s + shortDate(d.issuedDate);
    if (!d.issuer.isEmpty())
        parts << u"của "_s + d.issuer;
    QString text = parts.join(u' ');
    if (!d.summary.isEmpty())
        text += (d.summary.startsWith(u"V/v") ? u" "_s : u" về việc "_s) + d.summary;
    return u"("_s + text + u")"_s;
}

QString slipArrival(const Dispatch &d)
{
    return u"Số đến: %1      Ngày đến: %2"_s.arg(d.arrivalNumber > 0 ? QString::number(d.arrivalNumber) : dots(8),
        d.arrivalDate.isValid() ? shortDate(d.arrivalDate) : dots(12));
}

QString slipSection1()
{
    return u"1. Ý kiến của lãnh đạo cơ quan, tổ chức:"_s;
}

QString slipLead()
{
    return u"- Giao đơn vị, cá nhân chủ trì:"_s;
}

QString slipCooperate()
{
    return u"- Giao các đơn vị, cá nhân tham gia phối hợp giải quyết văn bản đến (nếu có):"_s;
}

QString slipDeadline()
{
    return u"- Thời hạn giải quyết đối với mỗi đơn vị, cá nhân (nếu có):"_s;
}

QString slipInstruction()
{
    return u"- Ý kiến chỉ đạo:"_s;
}

QString slipOpinionDate()
{
    return u"- Ngày tháng cho ý kiến phân phối, giải quyết:"_s;
}

QString slipSection2()
{
    return u"2. Ý kiến của lãnh đạo đơn vị:"_s;
}

QString slipAssignPerson()
{
    return u"- Giao cho cá nhân:"_s;
}

QString slipPersonDeadline()
{
    return u"- Thời hạn giải quyết đối với cá nhân (nếu có):"_s;
}

QString slipUnitOpinionDate()
{
    return u"- Ngày, tháng, năm cho ý kiến:"_s;
}

QString slipSection3()
{
    return u"3. Ý kiến đề xuất của người giải quyết:"_s;
}

QString slipProposal()
{
    return u"- Ý kiến đề xuất giải quyết văn bản đến của cá nhân:"_s;
}

QString slipProposalDate()
{
    return u"- Ngày, tháng, năm đề xuất ý kiến:"_s;
}

QString registerTitle(Direction direction, bool confidential)
{
    QString title = direction == Direction::Incoming ? u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s : u"SỔ ĐĂNG KÝ VĂN BẢN ĐI"_s;
    return confidential ? title + u" (MẬT)"_s : title;
}

QString coverYear(int year)
{
    return u"Năm: %1"_s.arg(year);
}

QString coverDateRange(const QDate &from, const QDate &to)
{
    return u"Từ ngày %1 đến ngày %2"_s.arg(shortDate(from), shortDate(to));
}

QString coverNumberRange(int first, int last)
{
    if (first <= 0)
        return u"Từ số %1 đến số %1"_s.arg(dots(8));
    return u"Từ số %1 đến số %2"_s.arg(first).arg(last);
}

QString coverVolume()
{
    return u"Quyển số: "_s + dots(10);
}

QStringList registerColumns(Direction direction)
{
    if (direction == Direction::Incoming)
        return {u"Ngày đến"_s, u"Số đến"_s, u"Tác giả"_s, u"Số, ký hiệu văn bản"_s, u"Ngày tháng văn bản"_s,
            u"Tên loại và trích yếu nội dung văn bản"_s, u"Đơn vị hoặc người nhận"_s, u"Ngày chuyển"_s, u"Ký nhận"_s,
            u"Ghi chú"_s};
    return {u"Số, ký hiệu văn bản"_s, u"Ngày tháng văn bản"_s, u"Tên loại và trích yếu nội dung văn bản"_s,
        u"Người ký"_s, u"Nơi nhận văn bản"_s, u"Đơn vị, người nhận bản lưu"_s, u"Số lượng bản"_s, u"Ngày chuyển"_s,
        u"Ký nhận"_s, u"Ghi chú"_s};
}

QString pageNumber(int page)
{
    return u"Trang %1"_s.arg(page);
}

QString noRecords()
{
    return u"Không có văn bản nào trong khoảng thời gian này."_s;
}

QString stampArrived()
{
    return u"ĐẾN"_s;
}

QString stampNumber()
{
    return u"Số:"_s;
}

QString stampDate()
{
    return u"Ngày:"_s;
}

QString stampTransfer()
{
    return u"Chuyển:"_s;
}

QString stampFile()
{
    return u"Số và ký hiệu HS:"_s;
}

} // namespace vt::print::form
