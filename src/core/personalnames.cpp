// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personalnames.h"

#include <QStringList>

#include <array>

namespace vt::text {
namespace {

const char16_t kCorpusTable[] =
#include "namesyllables.inc"
    ;

struct NameTable
{
    std::array<QHash<QString, int>, 3> parts;
    QHash<QString, int> anywhere;
};

const NameTable &nameTable()
{
    static const NameTable table = [] {
        NameTable t;
        auto add = [&t](NamePart part, const QString &syllable, int n) {
            t.parts[size_t(part)][syllable] += n;
            t.anywhere[syllable] += n;
        };
        for (const QString &line : QString::fromUtf16(kCorpusTable).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u' ');
            if (f.size() == 3)
                add(f.at(0) == u"s"       ? NamePart::Surname
                        : f.at(0) == u"m" ? NamePart::Middle
                                          : NamePart::Given,
                    f.at(1), f.at(2).toInt());
        }
        const char16_t *surnames = u"Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn "
                                   u"Đinh Lâm Mai Trương Trịnh Cao Hà Lương Tạ Tô Châu Thái Lưu La Quách Kiều Lại "
                                   u"Phùng Tống Từ Vương Hứa Giang Chu Triệu Nông Lò Thạch Danh Huỳnh Y";
        const char16_t *middles = u"Văn Thị Hữu Đức Minh Thanh Quốc Ngọc Xuân Hoàng Công Đình Thế Kim Thu Hồng Anh "
                                  u"Phú Quang Trọng Tuấn Bảo Gia Khánh Mạnh Thành Việt Hải Tấn Chí Duy Huy Nhật "
                                  u"Phước Hoài Trung Bá Như Mỹ Diệu Cẩm Phương Tiến Vĩnh Đăng Lệ Thúy Bích Khắc";
        const char16_t *given = u"Anh Hùng Dũng Tuấn Sơn Hải Hà Linh Lan Hương Hoa Long Nam Bình Cường Thắng Trung "
                                u"Hiếu Phúc Lộc Hòa Hạnh Hằng Thảo Trang Nga Mai Hưng Quang Vinh Tâm Tân Thành "
                                u"Thanh Tú Huy Minh Khoa Phong Toàn Tiến Thịnh Quân Phương Yến Nhung Vân Thủy Hiền "
                                u"Dung Loan Oanh Thu Hồng Liên Huệ Lợi Nghĩa Đức Đạt Khánh Châu Giang Kiên Lâm "
                                u"Mạnh Ngọc Quý Sang Tài Thái Thuận Trí Trọng Tùng Việt Xuân Hậu Chiến Hiệp Nhân "
                                u"Thiện Tín Triều Tường Hoàng Phước Lực Khải Hiển Tiên";
        for (const auto &[list, part] :
            {std::pair{surnames, NamePart::Surname}, {middles, NamePart::Middle}, {given, NamePart::Given}}) {
            for (const QString &s : QString::fromUtf16(list).split(u' '))
                add(part, s, kCommonNameCount);
        }
        return t;
    }();
    return table;
}

} // namespace

const QHash<QString, int> &namePartCounts(NamePart part)
{
    return nameTable().parts[size_t(part)];
}

int nameSyllableCount(QStringView syllable)
{
    return nameTable().anywhere.value(syllable.toString());
}

} // namespace vt::text
