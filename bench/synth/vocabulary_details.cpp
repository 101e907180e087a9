// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

// The long tail: places, firms, goods, produce, diseases, occupations and paperwork that concrete
// sentences mention. Lists are picked with a skew (early entries often, late ones rarely), which gives
// the many rare words a real register has.

namespace vt::synth::vocab {

namespace {

// Communes, wards and townships of Kiên Giang (names before the 2025 reorganisation).
const QStringView kCommunes[] = {
    u"phường Vĩnh Thanh Vân", u"phường Vĩnh Thanh", u"phường Vĩnh Quang", u"phường Vĩnh Hiệp", u"phường Vĩnh Bảo",
    u"phường Vĩnh Lạc", u"phường An Hòa", u"phường An Bình", u"phường Rạch Sỏi", u"phường Vĩnh Lợi",
    u"phường Vĩnh Thông", u"xã Phi Thông", u"phường Đông Hồ", u"phường Bình San", u"phường Pháo Đài",
    u"phường Tô Châu", u"xã Mỹ Đức", u"xã Tiên Hải", u"xã Thuận Yên", u"phường Dương Đông", u"phường An Thới",
    u"xã Cửa Cạn", u"xã Gành Dầu", u"xã Bãi Thơm", u"xã Hàm Ninh", u"xã Cửa Dương", u"xã Dương Tơ",
    u"xã Thổ Châu", u"thị trấn Kiên Lương", u"xã Bình An", u"xã Bình Trị", u"xã Hòa Điền", u"xã Dương Hòa",
    u"xã Kiên Bình", u"xã Hòn Nghệ", u"xã Sơn Hải", u"thị trấn Hòn Đất", u"thị trấn Sóc Sơn", u"xã Bình Giang",
    u"xã Bình Sơn", u"xã Lình Huỳnh", u"xã Thổ Sơn", u"xã Mỹ Lâm", u"xã Mỹ Phước", u"xã Mỹ Thái", u"xã Mỹ Thuận",
    u"xã Mỹ Hiệp Sơn", u"xã Sơn Kiên", u"xã Sơn Bình", u"xã Nam Thái Sơn", u"thị trấn Tân Hiệp", u"xã Tân Hội",
    u"xã Tân Thành", u"xã Tân Hiệp A", u"xã Tân Hiệp B", u"xã Thạnh Đông", u"xã Thạnh Đông A", u"xã Thạnh Trị",
    u"xã Tân An", u"thị trấn Minh Lương", u"xã Mong Thọ", u"xã Mong Thọ A", u"xã Mong Thọ B", u"xã Giục Tượng",
    u"xã Vĩnh Hòa Hiệp", u"xã Vĩnh Hòa Phú", u"xã Minh Hòa", u"xã Thạnh Lộc", u"thị trấn Giồng Riềng",
    u"xã Thạnh Hưng", u"xã Thạnh Phước", u"xã Thạnh Hòa", u"xã Bàn Tân Định", u"xã Bàn Thạch", u"xã Ngọc Chúc",
    u"xã Ngọc Thành", u"xã Ngọc Thuận", u"xã Ngọc Hòa", u"xã Hòa Hưng", u"xã Hòa Lợi", u"xã Hòa An",
    u"xã Long Thạnh", u"xã Vĩnh Thạnh", u"thị trấn Gò Quao", u"xã Vĩnh Hòa Hưng Bắc", u"xã Vĩnh Hòa Hưng Nam",
    u"xã Định An", u"xã Định Hòa", u"xã Thới Quản", u"xã Thủy Liễu", u"xã Vĩnh Thắng", u"xã Vĩnh Phước A",
    u"xã Vĩnh Tuy", u"thị trấn Thứ Ba", u"xã Đông Thái", u"xã Đông Yên", u"xã Tây Yên", u"xã Tây Yên A",
    u"xã Nam Yên", u"xã Nam Thái", u"xã Nam Thái A", u"xã Hưng Yên", u"thị trấn Thứ Mười Một", u"xã Đông Hòa",
    u"xã Đông Hưng", u"xã Đông Hưng A", u"xã Đông Thạnh", u"xã Tân Thạnh", u"xã Thuận Hòa", u"xã Vân Khánh",
    u"xã Vân Khánh Đông", u"xã Vân Khánh Tây", u"thị trấn Vĩnh Thuận", u"xã Vĩnh Bình Bắc", u"xã Vĩnh Bình Nam",
    u"xã Bình Minh", u"xã Vĩnh Phong", u"xã Phong Đông", u"xã Tân Thuận", u"xã Thạnh Yên", u"xã Thạnh Yên A",
    u"xã An Minh Bắc", u"xã Vĩnh Hòa", u"xã Hòa Chánh", u"xã Minh Thuận", u"xã Tân Khánh Hòa", u"xã Phú Mỹ",
    u"xã Phú Lợi", u"xã Vĩnh Điều", u"xã Vĩnh Phú", u"xã Hòn Tre", u"xã Lại Sơn", u"xã An Sơn", u"xã Nam Du",
};

// Districts elsewhere in the country, where people and delegations come from.
const QStringView kDistricts[] = {
    u"huyện Mèo Vạc, tỉnh Hà Giang", u"huyện Đồng Văn, tỉnh Hà Giang", u"huyện Yên Minh, tỉnh Hà Giang",
    u"huyện Quản Bạ, tỉnh Hà Giang", u"huyện Xín Mần, tỉnh Hà Giang", u"huyện Hoàng Su Phì, tỉnh Hà Giang",
    u"huyện Bắc Mê, tỉnh Hà Giang", u"huyện Bảo Lâm, tỉnh Cao Bằng", u"huyện Bảo Lạc, tỉnh Cao Bằng",
    u"huyện Hà Quảng, tỉnh Cao Bằng", u"huyện Trùng Khánh, tỉnh Cao Bằng", u"huyện Nguyên Bình, tỉnh Cao Bằng",
    u"huyện Thạch An, tỉnh Cao Bằng", u"huyện Bát Xát, tỉnh Lào Cai", u"huyện Mường Khương, tỉnh Lào Cai",
    u"huyện Si Ma Cai, tỉnh Lào Cai", u"huyện Bắc Hà, tỉnh Lào Cai", u"huyện Văn Bàn, tỉnh Lào Cai",
    u"huyện Mường Nhé, tỉnh Điện Biên", u"huyện Mường Chà, tỉnh Điện Biên", u"huyện Tủa Chùa, tỉnh Điện Biên",
    u"huyện Tuần Giáo, tỉnh Điện Biên", u"huyện Điện Biên Đông, tỉnh Điện Biên", u"huyện Nậm Pồ, tỉnh Điện Biên",
    u"huyện Sìn Hồ, tỉnh Lai Châu", u"huyện Phong Thổ, tỉnh Lai Châu", u"huyện Mường Tè, tỉnh Lai Châu",
    u"huyện Than Uyên, tỉnh Lai Châu", u"huyện Nậm Nhùn, tỉnh Lai Châu", u"huyện Quỳnh Nhai, tỉnh Sơn La",
    u"huyện Mường La, tỉnh Sơn La", u"huyện Bắc Yên, tỉnh Sơn La", u"huyện Phù Yên, tỉnh Sơn La",
    u"huyện Sốp Cộp, tỉnh Sơn La", u"huyện Thuận Châu, tỉnh Sơn La", u"huyện Lục Yên, tỉnh Yên Bái",
    u"huyện Mù Cang Chải, tỉnh Yên Bái", u"huyện Trạm Tấu, tỉnh Yên Bái", u"huyện Văn Chấn, tỉnh Yên Bái",
    u"huyện Lâm Bình, tỉnh Tuyên Quang", u"huyện Na Hang, tỉnh Tuyên Quang", u"huyện Chiêm Hóa, tỉnh Tuyên Quang",
    u"huyện Hàm Yên, tỉnh Tuyên Quang", u"huyện Tràng Định, tỉnh Lạng Sơn", u"huyện Bình Gia, tỉnh Lạng Sơn",
    u"huyện Văn Quan, tỉnh Lạng Sơn", u"huyện Cao Lộc, tỉnh Lạng Sơn", u"huyện Lộc Bình, tỉnh Lạng Sơn",
    u"huyện Đình Lập, tỉnh Lạng Sơn", u"huyện Bình Liêu, tỉnh Quảng Ninh", u"huyện Đầm Hà, tỉnh Quảng Ninh",
    u"huyện Cô Tô, tỉnh Quảng Ninh", u"huyện Vân Đồn, tỉnh Quảng Ninh", u"huyện Tiên Yên, tỉnh Quảng Ninh",
    u"huyện Mường Lát, tỉnh Thanh Hóa", u"huyện Quan Sơn, tỉnh Thanh Hóa", u"huyện Bá Thước, tỉnh Thanh Hóa",
    u"huyện Ngọc Lặc, tỉnh Thanh Hóa", u"huyện Thạch Thành, tỉnh Thanh Hóa", u"huyện Nga Sơn, tỉnh Thanh Hóa",
    u"huyện Kỳ Sơn, tỉnh Nghệ An", u"huyện Tương Dương, tỉnh Nghệ An", u"huyện Quế Phong, tỉnh Nghệ An",
    u"huyện Con Cuông, tỉnh Nghệ An", u"huyện Anh Sơn, tỉnh Nghệ An", u"huyện Quỳnh Lưu, tỉnh Nghệ An",
    u"huyện Hương Khê, tỉnh Hà Tĩnh", u"huyện Vũ Quang, tỉnh Hà Tĩnh", u"huyện Kỳ Anh, tỉnh Hà Tĩnh",
    u"huyện Cẩm Xuyên, tỉnh Hà Tĩnh", u"huyện Minh Hóa, tỉnh Quảng Bình", u"huyện Tuyên Hóa, tỉnh Quảng Bình",
    u"huyện Bố Trạch, tỉnh Quảng Bình", u"huyện Lệ Thủy, tỉnh Quảng Bình", u"huyện Hướng Hóa, tỉnh Quảng Trị",
    u"huyện Đakrông, tỉnh Quảng Trị", u"huyện Gio Linh, tỉnh Quảng Trị", u"huyện Vĩnh Linh, tỉnh Quảng Trị",
    u"huyện A Lưới, tỉnh Thừa Thiên Huế", u"huyện Nam Đông, tỉnh Thừa Thiên Huế",
    u"huyện Phong Điền, tỉnh Thừa Thiên Huế", u"huyện Phú Vang, tỉnh Thừa Thiên Huế",
    u"huyện Nam Trà My, tỉnh Quảng Nam", u"huyện Bắc Trà My, tỉnh Quảng Nam", u"huyện Tây Giang, tỉnh Quảng Nam",
    u"huyện Đông Giang, tỉnh Quảng Nam", u"huyện Phước Sơn, tỉnh Quảng Nam", u"huyện Nông Sơn, tỉnh Quảng Nam",
    u"huyện Lý Sơn, tỉnh Quảng Ngãi", u"huyện Ba Tơ, tỉnh Quảng Ngãi", u"huyện Minh Long, tỉnh Quảng Ngãi",
    u"huyện Sơn Tây, tỉnh Quảng Ngãi", u"huyện Trà Bồng, tỉnh Quảng Ngãi", u"huyện An Lão, tỉnh Bình Định",
    u"huyện Vĩnh Thạnh, tỉnh Bình Định", u"huyện Vân Canh, tỉnh Bình Định", u"huyện Hoài Ân, tỉnh Bình Định",
    u"huyện Phù Cát, tỉnh Bình Định", u"huyện Đắk Glei, tỉnh Kon Tum", u"huyện Ngọc Hồi, tỉnh Kon Tum",
    u"huyện Sa Thầy, tỉnh Kon Tum", u"huyện Kon Plông, tỉnh Kon Tum", u"huyện Tu Mơ Rông, tỉnh Kon Tum",
    u"huyện Chư Păh, tỉnh Gia Lai", u"huyện Ia Grai, tỉnh Gia Lai", u"huyện Kbang, tỉnh Gia Lai",
    u"huyện Krông Pa, tỉnh Gia Lai", u"huyện Chư Prông, tỉnh Gia Lai", u"huyện Đức Cơ, tỉnh Gia Lai",
    u"huyện Mang Yang, tỉnh Gia Lai", u"huyện Ea H'leo, tỉnh Đắk Lắk", u"huyện Krông Búk, tỉnh Đắk Lắk",
    u"huyện Krông Pắc, tỉnh Đắk Lắk", u"huyện Lắk, tỉnh Đắk Lắk", u"huyện M'Đrắk, tỉnh Đắk Lắk",
    u"huyện Buôn Đôn, tỉnh Đắk Lắk", u"huyện Ea Súp, tỉnh Đắk Lắk", u"huyện Tuy Đức, tỉnh Đắk Nông",
    u"huyện Đắk Mil, tỉnh Đắk Nông", u"huyện Đắk R'lấp, tỉnh Đắk Nông", u"huyện Krông Nô, tỉnh Đắk Nông",
    u"huyện Lạc Dương, tỉnh Lâm Đồng", u"huyện Đam Rông, tỉnh Lâm Đồng", u"huyện Đơn Dương, tỉnh Lâm Đồng",
    u"huyện Di Linh, tỉnh Lâm Đồng", u"huyện Cát Tiên, tỉnh Lâm Đồng", u"huyện Bác Ái, tỉnh Ninh Thuận",
    u"huyện Ninh Hải, tỉnh Ninh Thuận", u"huyện Thuận Nam, tỉnh Ninh Thuận", u"huyện Tuy Phong, tỉnh Bình Thuận",
    u"huyện Bắc Bình, tỉnh Bình Thuận", u"huyện Hàm Thuận Nam, tỉnh Bình Thuận", u"huyện Phú Quý, tỉnh Bình Thuận",
    u"huyện Đức Linh, tỉnh Bình Thuận", u"huyện Bù Gia Mập, tỉnh Bình Phước", u"huyện Bù Đốp, tỉnh Bình Phước",
    u"huyện Lộc Ninh, tỉnh Bình Phước", u"huyện Hớn Quản, tỉnh Bình Phước", u"huyện Tân Biên, tỉnh Tây Ninh",
    u"huyện Tân Châu, tỉnh Tây Ninh", u"huyện Dương Minh Châu, tỉnh Tây Ninh", u"huyện Bến Cầu, tỉnh Tây Ninh",
    u"huyện Tân Hưng, tỉnh Long An", u"huyện Vĩnh Hưng, tỉnh Long An", u"huyện Mộc Hóa, tỉnh Long An",
    u"huyện Thạnh Hóa, tỉnh Long An", u"huyện Cần Giuộc, tỉnh Long An", u"huyện Hồng Ngự, tỉnh Đồng Tháp",
    u"huyện Tam Nông, tỉnh Đồng Tháp", u"huyện Tháp Mười, tỉnh Đồng Tháp", u"huyện Lấp Vò, tỉnh Đồng Tháp",
    u"huyện Lai Vung, tỉnh Đồng Tháp", u"huyện Cái Bè, tỉnh Tiền Giang", u"huyện Cai Lậy, tỉnh Tiền Giang",
    u"huyện Gò Công Đông, tỉnh Tiền Giang", u"huyện Tân Phú Đông, tỉnh Tiền Giang", u"huyện Ba Tri, tỉnh Bến Tre",
    u"huyện Bình Đại, tỉnh Bến Tre", u"huyện Thạnh Phú, tỉnh Bến Tre", u"huyện Mỏ Cày Nam, tỉnh Bến Tre",
    u"huyện Chợ Lách, tỉnh Bến Tre", u"huyện Cầu Ngang, tỉnh Trà Vinh", u"huyện Duyên Hải, tỉnh Trà Vinh",
    u"huyện Trà Cú, tỉnh Trà Vinh", u"huyện Tiểu Cần, tỉnh Trà Vinh", u"huyện Tam Bình, tỉnh Vĩnh Long",
    u"huyện Trà Ôn, tỉnh Vĩnh Long", u"huyện Vũng Liêm, tỉnh Vĩnh Long", u"huyện Mang Thít, tỉnh Vĩnh Long",
    u"huyện Phụng Hiệp, tỉnh Hậu Giang", u"huyện Long Mỹ, tỉnh Hậu Giang", u"huyện Vị Thủy, tỉnh Hậu Giang",
    u"huyện Châu Thành A, tỉnh Hậu Giang", u"huyện Mỹ Xuyên, tỉnh Sóc Trăng", u"huyện Trần Đề, tỉnh Sóc Trăng",
    u"huyện Cù Lao Dung, tỉnh Sóc Trăng", u"huyện Thạnh Trị, tỉnh Sóc Trăng", u"huyện Kế Sách, tỉnh Sóc Trăng",
    u"huyện Hồng Dân, tỉnh Bạc Liêu", u"huyện Phước Long, tỉnh Bạc Liêu", u"huyện Đông Hải, tỉnh Bạc Liêu",
    u"huyện Hòa Bình, tỉnh Bạc Liêu", u"huyện U Minh, tỉnh Cà Mau", u"huyện Trần Văn Thời, tỉnh Cà Mau",
    u"huyện Ngọc Hiển, tỉnh Cà Mau", u"huyện Năm Căn, tỉnh Cà Mau", u"huyện Đầm Dơi, tỉnh Cà Mau",
    u"huyện Thới Bình, tỉnh Cà Mau", u"huyện Tri Tôn, tỉnh An Giang", u"huyện Tịnh Biên, tỉnh An Giang",
    u"huyện An Phú, tỉnh An Giang", u"huyện Chợ Mới, tỉnh An Giang", u"huyện Thoại Sơn, tỉnh An Giang",
    u"huyện Phú Tân, tỉnh An Giang", u"huyện Hải Hậu, tỉnh Nam Định", u"huyện Giao Thủy, tỉnh Nam Định",
    u"huyện Nghĩa Hưng, tỉnh Nam Định", u"huyện Kim Sơn, tỉnh Ninh Bình", u"huyện Nho Quan, tỉnh Ninh Bình",
    u"huyện Thái Thụy, tỉnh Thái Bình", u"huyện Tiền Hải, tỉnh Thái Bình", u"huyện Mai Châu, tỉnh Hòa Bình",
    u"huyện Đà Bắc, tỉnh Hòa Bình", u"huyện Lạc Sơn, tỉnh Hòa Bình", u"huyện Tân Sơn, tỉnh Phú Thọ",
    u"huyện Thanh Sơn, tỉnh Phú Thọ", u"huyện Yên Lập, tỉnh Phú Thọ", u"huyện Pác Nặm, tỉnh Bắc Kạn",
    u"huyện Ba Bể, tỉnh Bắc Kạn", u"huyện Ngân Sơn, tỉnh Bắc Kạn", u"huyện Định Hóa, tỉnh Thái Nguyên",
    u"huyện Võ Nhai, tỉnh Thái Nguyên", u"huyện Đại Từ, tỉnh Thái Nguyên", u"huyện Sơn Động, tỉnh Bắc Giang",
    u"huyện Lục Ngạn, tỉnh Bắc Giang", u"huyện Yên Thế, tỉnh Bắc Giang", u"huyện Cờ Đỏ, thành phố Cần Thơ",
    u"huyện Phong Điền, thành phố Cần Thơ", u"huyện Thới Lai, thành phố Cần Thơ",
    u"huyện Vĩnh Thạnh, thành phố Cần Thơ", u"huyện Tiên Lãng, thành phố Hải Phòng",
    u"huyện Vĩnh Bảo, thành phố Hải Phòng", u"huyện Cát Hải, thành phố Hải Phòng",
    u"huyện Bạch Long Vĩ, thành phố Hải Phòng", u"huyện Ba Vì, thành phố Hà Nội", u"huyện Sóc Sơn, thành phố Hà Nội",
    u"huyện Mỹ Đức, thành phố Hà Nội", u"huyện Ứng Hòa, thành phố Hà Nội", u"huyện Cần Giờ, Thành phố Hồ Chí Minh",
    u"huyện Củ Chi, Thành phố Hồ Chí Minh", u"huyện Bình Chánh, Thành phố Hồ Chí Minh",
    u"huyện Nhà Bè, Thành phố Hồ Chí Minh",
};

const QStringView kHamlets[] = {
    u"ấp Kinh Tư", u"ấp Tà Săng", u"ấp Xẻo Rô", u"ấp Ba Hòn", u"ấp Hòn Me", u"ấp Kinh Năm", u"ấp Vàm Răng",
    u"ấp Rạch Gòi", u"ấp Cây Bàng", u"ấp Tân Điền", u"ấp Thạnh An", u"ấp Hòa Thuận", u"ấp Đập Đá", u"ấp Xẻo Nhào",
    u"ấp Kinh Làng", u"ấp Bãi Giếng", u"ấp Sóc Ven", u"ấp Rạch Tràm", u"ấp Tràm Chẹt", u"ấp Ngã Ba", u"ấp Cái Nước",
    u"ấp Mương Đào", u"ấp Kênh Mới", u"ấp Lung Lớn", u"ấp Bờ Đập", u"ấp Vĩnh Phước", u"ấp Khánh Hưng",
    u"ấp Xà Xiêm", u"ấp Chợ", u"ấp Đông An", u"ấp Tây Bắc", u"khu phố 1", u"khu phố 3", u"khu phố Ba Hòn",
};

const QStringView kStreets[] = {
    u"Nguyễn Trung Trực", u"Trần Phú", u"Lê Lợi", u"Ngô Quyền", u"Lạc Hồng", u"Mạc Cửu", u"Mạc Thiên Tích",
    u"Nguyễn Bỉnh Khiêm", u"Lâm Quang Ky", u"Huỳnh Thúc Kháng", u"Phan Thị Ràng", u"Tôn Đức Thắng",
    u"Nguyễn Hùng Sơn", u"Đống Đa", u"Mậu Thân", u"Chi Lăng", u"3 Tháng 2", u"30 Tháng 4", u"Trần Quang Khải",
    u"Lý Thường Kiệt", u"Võ Thị Sáu", u"Nguyễn Chí Thanh", u"Cô Bắc", u"Cô Giang", u"Hàm Nghi", u"Quang Trung",
    u"Bạch Đằng", u"Lê Hồng Phong", u"Hùng Vương", u"Nguyễn Thái Học", u"Phạm Hùng", u"Chu Văn An",
    u"Đinh Tiên Hoàng", u"Trần Hưng Đạo", u"Ngô Thời Nhậm", u"Nguyễn An Ninh", u"Đoàn Thị Điểm",
    u"Phan Đình Phùng", u"Nguyễn Văn Cừ", u"Lê Quý Đôn", u"Tú Xương", u"Yết Kiêu", u"Sư Vạn Hạnh",
};

const QStringView kEnterpriseForms[] = {
    u"Công ty TNHH", u"Công ty TNHH", u"Công ty Cổ phần", u"Công ty TNHH MTV", u"Doanh nghiệp tư nhân",
    u"Hợp tác xã", u"Công ty Cổ phần Tập đoàn", u"Chi nhánh Công ty TNHH",
};

const QStringView kTrades[] = {
    u"Thương mại", u"Dịch vụ", u"Xây dựng", u"Thủy sản", u"Du lịch", u"Vận tải", u"Đầu tư", u"Xuất nhập khẩu",
    u"Chế biến nông sản", u"Cơ khí", u"Dược phẩm", u"Tin học", u"Môi trường", u"Khách sạn", u"Nước mắm",
    u"Thương mại - Dịch vụ", u"Xây dựng - Thương mại", u"Tư vấn thiết kế", u"Điện lực", u"Thực phẩm",
    u"Vật liệu xây dựng", u"Nông nghiệp công nghệ cao", u"Giải pháp phần mềm", u"Viễn thông", u"In ấn",
};

const QStringView kBrands[] = {
    u"Phú Thịnh", u"Hưng Phát", u"Minh Châu", u"Tân Thành", u"Thành Đạt", u"Kim Ngân", u"Hoàng Long", u"Đại Phát",
    u"Vạn Lộc", u"Phước Lộc", u"Thiên Ân", u"Bảo Ngọc", u"Hải Đăng", u"Ngọc Trai", u"Sao Mai", u"Trường Sơn",
    u"Mê Kông", u"Biển Xanh", u"Hòn Thơm", u"Tây Nam", u"Nam Việt", u"An Khang", u"Thuận Phát", u"Toàn Thắng",
    u"Quốc Việt", u"Gia Huy", u"Tấn Lộc", u"Phúc Hưng", u"Hồng Phát", u"Kiên Hùng", u"Duy Tân", u"Bình Minh",
    u"Ánh Dương", u"Hòa Bình", u"Hiệp Thành", u"Trí Việt", u"Thủy Tiên", u"Đông Á", u"Lộc Phát", u"Minh Khoa",
    u"Vĩnh Tường", u"Thanh Bình", u"Ngọc Hiển", u"Cát Tường", u"Song Long", u"Hải Vân", u"Tuấn Kiệt", u"Mỹ Lan",
    u"Phương Nam", u"Đất Việt", u"Rạng Đông", u"Khải Hoàn", u"Ngũ Hiệp", u"Châu Thành", u"Tràm Chim", u"Sen Hồng",
};

const QStringView kGoods[] = {
    u"máy vi tính để bàn", u"máy tính xách tay", u"máy in laser", u"máy photocopy", u"máy chiếu",
    u"máy quét tài liệu", u"thiết bị tường lửa", u"máy chủ", u"bộ lưu điện", u"màn hình tương tác",
    u"bàn ghế học sinh", u"tủ đựng hồ sơ", u"xe cứu thương", u"xe chữa cháy", u"ca nô", u"xuồng cứu hộ",
    u"áo phao", u"phao tròn", u"nhà bạt", u"máy phát điện", u"máy bơm nước", u"thuốc sát trùng",
    u"hóa chất xử lý nước", u"vắc xin", u"sinh phẩm xét nghiệm", u"khẩu trang y tế", u"máy đo huyết áp",
    u"máy siêu âm", u"máy X-quang kỹ thuật số", u"giường bệnh", u"bình ô-xy", u"cụm loa không dây",
    u"camera giám sát", u"đèn tín hiệu giao thông", u"biển báo hiệu đường bộ", u"bê tông nhựa", u"cát san lấp",
    u"đá xây dựng", u"xi măng", u"thép xây dựng", u"ống cống ly tâm", u"cừ tràm", u"lưới B40", u"tôn lợp",
    u"gạo cứu trợ", u"nước uống đóng chai", u"chăn màn", u"sách giáo khoa", u"đồng phục học sinh",
    u"thiết bị dạy học tối thiểu", u"máy lọc nước", u"bồn chứa nước", u"tấm pin năng lượng mặt trời",
    u"máy định vị vệ tinh", u"thiết bị giám sát hành trình", u"bộ đàm", u"ống nhòm", u"máy cắt cỏ",
    u"xe ép rác", u"thùng rác công cộng", u"đèn chiếu sáng LED", u"máy đo nồng độ cồn", u"súng bắn tốc độ",
    u"máy thở", u"tủ lạnh bảo quản vắc xin", u"kệ lưu trữ di động", u"hộp bảo quản tài liệu", u"máy hút ẩm",
    u"bình chữa cháy", u"thang dây", u"mặt nạ phòng độc", u"ghe composite", u"lưới kéo", u"phân bón NPK",
    u"thuốc bảo vệ thực vật", u"giống lúa xác nhận", u"con giống thủy sản", u"thức ăn chăn nuôi",
};

const QStringView kProduce[] = {
    u"lúa", u"lúa thơm", u"hồ tiêu", u"khóm", u"dưa hấu", u"khoai lang", u"bắp", u"mía", u"dừa", u"chuối",
    u"xoài", u"sầu riêng", u"mãng cầu", u"cam sành", u"bưởi da xanh", u"rau màu", u"tôm sú",
    u"tôm thẻ chân trắng", u"cua biển", u"cá kèo", u"cá lóc", u"ốc hương", u"hàu", u"sò huyết", u"nghêu", u"mực",
    u"cá cơm", u"ghẹ", u"nước mắm", u"khô cá", u"heo", u"bò", u"gà", u"vịt", u"dê", u"yến sào", u"tràm",
    u"keo lai", u"nấm rơm", u"khô mực", u"tôm khô", u"cá bớp", u"cá chẽm", u"rong biển", u"ngọc trai", u"hải sâm",
};

const QStringView kDiseases[] = {
    u"sốt xuất huyết", u"tay chân miệng", u"sởi", u"bạch hầu", u"ho gà", u"lao", u"viêm gan B", u"HIV/AIDS",
    u"sốt rét", u"cúm A/H5N1", u"dịch tả lợn châu Phi", u"lở mồm long móng", u"viêm da nổi cục", u"bệnh dại",
    u"đạo ôn", u"rầy nâu", u"vàng lùn", u"lùn xoắn lá", u"đốm nâu", u"thối cổ bông", u"đốm trắng trên tôm",
    u"hoại tử gan tụy cấp", u"đái tháo đường", u"tăng huyết áp", u"thủy đậu", u"quai bị", u"COVID-19",
    u"viêm não Nhật Bản", u"uốn ván", u"bệnh phong", u"sâu cuốn lá", u"chuột hại lúa", u"ốc bươu vàng",
};

const QStringView kProfessions[] = {
    u"chuyên viên", u"chuyên viên chính", u"kế toán viên", u"thanh tra viên", u"kiểm lâm viên", u"bác sĩ",
    u"y sĩ", u"điều dưỡng", u"hộ sinh", u"dược sĩ", u"giáo viên", u"hiệu trưởng", u"kỹ sư xây dựng",
    u"kỹ sư công nghệ thông tin", u"văn thư", u"lưu trữ viên", u"công chức địa chính - xây dựng",
    u"công chức tư pháp - hộ tịch", u"công chức văn hóa - xã hội", u"trưởng ấp", u"trưởng công an xã",
    u"chỉ huy trưởng Ban Chỉ huy Quân sự xã", u"phóng viên", u"biên tập viên", u"kiểm soát viên",
    u"thẩm định viên", u"kiến trúc sư", u"ngư dân", u"nông dân", u"thuyền trưởng", u"hướng dẫn viên du lịch",
    u"giám định viên", u"trợ giúp viên pháp lý", u"hòa giải viên", u"cộng tác viên dân số", u"nhân viên y tế ấp",
    u"bí thư chi bộ", u"trưởng ban công tác Mặt trận", u"chủ nhiệm hợp tác xã", u"giám đốc doanh nghiệp",
};

const QStringView kPaperwork[] = {
    u"giấy chứng nhận đăng ký doanh nghiệp", u"bản vẽ thiết kế thi công", u"dự toán chi tiết",
    u"báo cáo kinh tế - kỹ thuật", u"biên bản nghiệm thu", u"hồ sơ mời thầu", u"chứng thư số",
    u"bản đồ hiện trạng sử dụng đất", u"trích lục thửa đất", u"tờ bản đồ địa chính", u"giấy phép khai thác",
    u"sổ danh bạ thuyền viên", u"nhật ký khai thác thủy sản", u"hóa đơn giá trị gia tăng", u"phiếu xuất kho",
    u"bảng thanh toán tiền lương", u"tờ khai quyết toán thuế", u"tờ khai hải quan", u"giấy chứng nhận an toàn thực "
    u"phẩm",
    u"giấy phép xây dựng", u"quyết định giao đất", u"hợp đồng thuê đất", u"phương án bồi thường",
    u"biên bản kiểm đếm", u"sơ yếu lý lịch", u"bản sao văn bằng", u"giấy khám sức khỏe", u"phiếu lý lịch tư pháp",
    u"hồ sơ đề nghị xét tặng", u"bản thành tích", u"biên bản họp bình xét", u"danh sách trích ngang",
    u"bản cam kết bảo vệ môi trường", u"báo cáo đánh giá tác động môi trường", u"giấy phép lái xe",
    u"giấy chứng nhận đủ điều kiện về an ninh, trật tự", u"sổ kiểm định phương tiện", u"chứng chỉ hành nghề",
    u"giấy xác nhận nguồn gốc", u"mục lục hồ sơ", u"phiếu giải quyết văn bản đến", u"sổ đăng ký văn bản đến",
};

const QStringView kProjects[] = {
    u"nâng cấp, mở rộng đường {s}", u"xây dựng kè chống sạt lở bờ biển {x}", u"nạo vét kênh thủy lợi {x}",
    u"xây dựng Trường Tiểu học {x}", u"xây dựng Trạm Y tế {x}", u"xây dựng cầu giao thông nông thôn {x}",
    u"cải tạo chợ {x}", u"xây dựng nhà văn hóa {o}, {x}", u"cấp nước sinh hoạt tập trung {x}",
    u"xây dựng cống ngăn mặn {o}", u"chỉnh trang vỉa hè đường {s}", u"xây dựng khu tái định cư {x}",
    u"đầu tư hệ thống camera giám sát giao thông thành phố Rạch Giá", u"xây dựng Trung tâm dữ liệu tỉnh",
    u"trồng rừng phòng hộ ven biển {x}", u"xây dựng bãi chôn lấp chất thải rắn {x}",
};

const QStringView kDetails[] = {
    u"Trường hợp của hộ ông {n}, ngụ tại {o}, {x}, đề nghị {S} xem xét, giải quyết theo thẩm quyền.",
    u"Công trình {r} có tổng mức đầu tư {M}, dự kiến hoàn thành trong {P}.",
    u"Hồ sơ gồm: {w}, {w} và các giấy tờ có liên quan.",
    u"Danh mục trang thiết bị đề nghị mua sắm gồm: {g}, {g}, {g}.",
    u"Qua kiểm tra cơ sở kinh doanh {e}, địa chỉ số {N} đường {s}, {x}, đã phát hiện một số sai phạm.",
    u"Tình hình {d} trên {c} tại {x} có chiều hướng gia tăng, cần theo dõi chặt chẽ.",
    u"Tham dự có bà {n}, {j}; ông {n}, {j} và đại diện {A}.",
    u"Sản lượng {c} {P} ước đạt {K} tấn, tăng so với cùng kỳ năm {Q}.",
    u"Ghi nhận {N} ca mắc {d} tại {x}, không có trường hợp tử vong.",
    u"{e} đề nghị được hỗ trợ thủ tục liên quan đến {w}.",
    u"#Giao UBND {x} phối hợp với {e} khắc phục hậu quả, báo cáo kết quả trước ngày {D}.",
    u"Kinh phí mua sắm {g} là {M}, từ nguồn chi thường xuyên được giao.",
    u"Ông {n}, {j} tại {x}, được cử làm đầu mối liên hệ.",
    u"Đến nay đã cấp phát {K} {g} cho các hộ dân tại {x} và {x}.",
    u"Diện tích {c} bị thiệt hại do {d} khoảng {K} ha, tập trung tại {x}.",
    u"Đoàn kiểm tra làm việc trực tiếp tại {e} và một số hộ kinh doanh trên đường {s}.",
    u"Đề nghị {e} bổ sung {w} theo quy định trước ngày {D}.",
    u"Tổ chức tập huấn cho {N} {j} về {F}.",
    u"Hỗ trợ {c} giống cho {K} hộ tại {o}, {x}.",
    u"Dự án {r} đã giải ngân {M}, đạt {R}% kế hoạch vốn.",
    u"Vận động ngư dân {x} chấp hành quy định về {w} khi ra khơi.",
    u"Tiếp nhận {K} {g} do {f} tài trợ.",
    u"Phản ánh của người dân {o}, {x} về {F} đã được xác minh, xử lý.",
    u"Hộ bà {n} tại {o} được hỗ trợ {M} để sửa chữa nhà ở.",
    u"Cơ sở {e} chưa xuất trình được {w} và {w}.",
    u"Phối hợp với {f} tổ chức khảo sát về {F} tại {x}.",
    u"Tiếp nhận hồ sơ của công dân {n}, thường trú tại {v}.",
    u"Cán bộ đầu mối: đồng chí {i}.",
    u"Văn bản điện tử gửi về địa chỉ thư điện tử của đồng chí {i}.",
    u"Đoàn công tác {v} đến thăm và làm việc, trao đổi kinh nghiệm về {F}.",
    u"Ông {n}, sinh năm {y}, quê quán {v}, hiện cư trú tại {o}, {x}.",
    u"Chuyển hồ sơ của bà {n} về UBND {v} để giải quyết theo thẩm quyền.",
    u"Lao động {n}, sinh năm {y}, trú tại {v}, bị tai nạn khi làm việc tại {e}.",
    u"Tàu cá của ông {n}, trú tại {v}, bị phát hiện khai thác sai vùng tại khu vực biển {x}.",
};

} // namespace

List communes() { return kCommunes; }
List hamlets() { return kHamlets; }
List districts() { return kDistricts; }
List streets() { return kStreets; }
List enterpriseForms() { return kEnterpriseForms; }
List trades() { return kTrades; }
List brands() { return kBrands; }
List goods() { return kGoods; }
List produce() { return kProduce; }
List diseases() { return kDiseases; }
List professions() { return kProfessions; }
List paperwork() { return kPaperwork; }
List projects() { return kProjects; }
List details() { return kDetails; }

} // namespace vt::synth::vocab
