// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

// Who writes: document types, agencies, people, places and titles.

namespace vt::synth::vocab {

namespace {

// Shares follow what a provincial office's register looks like: công văn dominate, then kế hoạch and
// quyết định; the rarer types keep the type filter of the search selective.
const DocTypeInfo kDocTypes[] = {
    {u"Công văn", u"", u"CV", 450, 1000},
    {u"Kế hoạch", u"KH", u"KH", 120, 120},
    {u"Quyết định", u"QĐ", u"QĐ", 120, 380},
    {u"Thông báo", u"TB", u"TB", 65, 90},
    {u"Báo cáo", u"BC", u"BC", 70, 140},
    {u"Tờ trình", u"TTr", u"TTr", 35, 60},
    {u"Giấy mời", u"GM", u"GM", 50, 80},
    {u"Hướng dẫn", u"HD", u"HD", 20, 25},
    {u"Chỉ thị", u"CT", u"CT", 8, 6},
    {u"Nghị quyết", u"NQ", u"NQ", 10, 20},
    {u"Chương trình", u"CTr", u"CTr", 10, 12},
    {u"Công điện", u"CĐ", u"CĐ", 7, 6},
    {u"Quy chế", u"QC", u"QC", 6, 5},
    {u"Quy định", u"QyĐ", u"QĐi", 4, 4},
    {u"Đề án", u"ĐA", u"ĐA", 6, 5},
    {u"Phương án", u"PA", u"PA", 5, 6},
    {u"Biên bản", u"BB", u"BB", 5, 10},
    {u"Kết luận", u"KL", u"KL", 5, 30},
    {u"Giấy giới thiệu", u"GGT", u"GGT", 4, 50},
};
static_assert(std::size(kDocTypes) == DocTypeCount);

// Kiên Giang is the home province: its Văn phòng UBND tỉnh keeps the register, so UBND tỉnh and the
// Văn phòng issue the outgoing documents and everyone else shows up as incoming mail.
const Agency kAgencies[] = {
    // province, issuer, parent, header, abbr, units, sectors, selfName, kind, party, home, weight, volume
    {u"Kiên Giang", u"UBND tỉnh Kiên Giang", u"", u"Ủy ban nhân dân tỉnh Kiên Giang", u"UBND",
     u"VHXH;KTTH;KTN;NC;TH;TCD", u"", u"UBND tỉnh", Kind::ProvinceCommittee, false, true, 60, 7000},
    {u"Kiên Giang", u"Văn phòng UBND tỉnh", u"UBND tỉnh Kiên Giang", u"Văn phòng", u"VP",
     u"VHXH;KTTH;KTN;TH;NC;HCTC;KSTTHC", u"", u"Văn phòng UBND tỉnh", Kind::Office, false, true, 40, 3500},
    {u"Kiên Giang", u"HĐND tỉnh Kiên Giang", u"", u"Hội đồng nhân dân tỉnh Kiên Giang", u"HĐND",
     u"VP;KTNS;VHXH;PC", u"TH;TC;KH", u"Thường trực HĐND tỉnh", Kind::Council, false, false, 18, 400},
    {u"Kiên Giang", u"Tỉnh ủy Kiên Giang", u"", u"", u"TU", u"VPTU;TH;TCTV", u"DG;TH", u"Ban Thường vụ Tỉnh ủy",
     Kind::PartyCommittee, true, false, 40, 1500},
    {u"Kiên Giang", u"Văn phòng Tỉnh ủy", u"Tỉnh ủy Kiên Giang", u"", u"VPTU", u"HCLT;TH;TCTV", u"DG;TH",
     u"Văn phòng Tỉnh ủy", Kind::PartyBoard, true, false, 14, 600},
    {u"Kiên Giang", u"Ban Tuyên giáo", u"Tỉnh ủy Kiên Giang", u"", u"BTGTU", u"TTBC;LLCT;VHVN", u"DG;TT;VH;GD",
     u"Ban Tuyên giáo Tỉnh ủy", Kind::PartyBoard, true, false, 16, 450},
    {u"Kiên Giang", u"Ban Dân vận", u"Tỉnh ủy Kiên Giang", u"", u"BDVTU", u"DVCQ;DTTG;TH", u"DG;NV;LD",
     u"Ban Dân vận Tỉnh ủy", Kind::PartyBoard, true, false, 9, 300},
    {u"Kiên Giang", u"Ban Tổ chức", u"Tỉnh ủy Kiên Giang", u"", u"BTCTU", u"CSCB;TCĐ;BVCT", u"DG;NV",
     u"Ban Tổ chức Tỉnh ủy", Kind::PartyBoard, true, false, 10, 500},
    {u"Kiên Giang", u"Ban Chỉ đạo 35", u"Tỉnh ủy Kiên Giang", u"", u"BCĐ", u"TT", u"DG;TT",
     u"Ban Chỉ đạo 35 Tỉnh ủy", Kind::Steering, true, false, 5, 80},
    {u"Kiên Giang", u"Ban Chỉ đạo công tác thông tin đối ngoại", u"UBND tỉnh Kiên Giang", u"", u"BCĐTTĐN",
     u"TTĐN", u"NG;TT", u"Ban Chỉ đạo công tác thông tin đối ngoại tỉnh", Kind::Steering, true, false, 5, 120},
    {u"Kiên Giang", u"Ban Chỉ đạo chuyển đổi số", u"UBND tỉnh Kiên Giang", u"", u"BCĐCĐS", u"STTTT;TTS",
     u"TT;TH;KC", u"Ban Chỉ đạo chuyển đổi số tỉnh", Kind::Steering, false, false, 6, 150},
    {u"Kiên Giang", u"Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn", u"UBND tỉnh Kiên Giang", u"",
     u"BCH", u"PCTT;VP", u"NN;TN;QS", u"Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh",
     Kind::Steering, false, false, 6, 200},
    {u"Kiên Giang", u"Sở Tài chính", u"UBND tỉnh Kiên Giang", u"", u"STC", u"NS;QLG;TCDN;HCSN;ĐT;VP", u"TC",
     u"Sở Tài chính", Kind::Department, false, false, 30, 3000},
    {u"Kiên Giang", u"Sở Thông tin và Truyền thông", u"UBND tỉnh Kiên Giang", u"", u"STTTT",
     u"TTBCXB;CNTT;BCVT;VP;TTr", u"TT;KC", u"Sở Thông tin và Truyền thông", Kind::Department, false, false, 28,
     1500},
    {u"Kiên Giang", u"Sở Nội vụ", u"UBND tỉnh Kiên Giang", u"", u"SNV", u"CCVC;TCBC;CCHC;VTLT;TĐKT;VP", u"NV;TH",
     u"Sở Nội vụ", Kind::Department, false, false, 28, 2500},
    {u"Kiên Giang", u"Sở Kế hoạch và Đầu tư", u"UBND tỉnh Kiên Giang", u"", u"SKHĐT", u"ĐKKD;THQH;KTĐN;VP",
     u"KH;TC", u"Sở Kế hoạch và Đầu tư", Kind::Department, false, false, 24, 2500},
    {u"Kiên Giang", u"Sở Y tế", u"UBND tỉnh Kiên Giang", u"", u"SYT", u"NVY;NVD;KHTC;TCCB;VP", u"YT",
     u"Sở Y tế", Kind::Department, false, false, 24, 3500},
    {u"Kiên Giang", u"Sở Giáo dục và Đào tạo", u"UBND tỉnh Kiên Giang", u"", u"SGDĐT",
     u"GDTrH;GDMN;GDTH;KHTC;TCCB;VP", u"GD", u"Sở Giáo dục và Đào tạo", Kind::Department, false, false, 24, 3000},
    {u"Kiên Giang", u"Sở Tài nguyên và Môi trường", u"UBND tỉnh Kiên Giang", u"", u"STNMT", u"QLĐĐ;MT;TNN;VP",
     u"TN", u"Sở Tài nguyên và Môi trường", Kind::Department, false, false, 24, 3500},
    {u"Kiên Giang", u"Sở Nông nghiệp và Phát triển nông thôn", u"UBND tỉnh Kiên Giang", u"", u"SNNPTNT",
     u"TL;TTBVTV;CNTY;KHTC;VP", u"NN", u"Sở Nông nghiệp và Phát triển nông thôn", Kind::Department, false, false,
     22, 2500},
    {u"Kiên Giang", u"Sở Giao thông vận tải", u"UBND tỉnh Kiên Giang", u"", u"SGTVT", u"QLGT;QLVT;KHTC;VP", u"GT",
     u"Sở Giao thông vận tải", Kind::Department, false, false, 16, 2000},
    {u"Kiên Giang", u"Sở Xây dựng", u"UBND tỉnh Kiên Giang", u"", u"SXD", u"QLXD;QHKT;PTĐT;VP", u"XD",
     u"Sở Xây dựng", Kind::Department, false, false, 14, 1800},
    {u"Kiên Giang", u"Sở Văn hóa và Thể thao", u"UBND tỉnh Kiên Giang", u"", u"SVHTT", u"QLVH;QLTDTT;XDNSVH;VP",
     u"VH", u"Sở Văn hóa và Thể thao", Kind::Department, false, false, 14, 1500},
    {u"Kiên Giang", u"Sở Lao động - Thương binh và Xã hội", u"UBND tỉnh Kiên Giang", u"", u"SLĐTBXH",
     u"LĐVL;NCC;BTXH;TE;VP", u"LD", u"Sở Lao động - Thương binh và Xã hội", Kind::Department, false, false, 18,
     2500},
    {u"Kiên Giang", u"Sở Công Thương", u"UBND tỉnh Kiên Giang", u"", u"SCT", u"QLTM;QLCN;QLNL;VP", u"CT",
     u"Sở Công Thương", Kind::Department, false, false, 14, 1800},
    {u"Kiên Giang", u"Sở Tư pháp", u"UBND tỉnh Kiên Giang", u"", u"STP", u"XDKTVB;PBGDPL;HCTP;VP", u"TP",
     u"Sở Tư pháp", Kind::Department, false, false, 12, 1500},
    {u"Kiên Giang", u"Sở Khoa học và Công nghệ", u"UBND tỉnh Kiên Giang", u"", u"SKHCN", u"QLKH;QLCN;TĐC;VP",
     u"KC", u"Sở Khoa học và Công nghệ", Kind::Department, false, false, 8, 900},
    {u"Kiên Giang", u"Sở Ngoại vụ", u"UBND tỉnh Kiên Giang", u"", u"SNgV", u"LSBG;HTQT;VP", u"NG",
     u"Sở Ngoại vụ", Kind::Department, false, false, 10, 800},
    {u"Kiên Giang", u"Công an tỉnh Kiên Giang", u"Bộ Công an", u"", u"CAT", u"PV01;PA02;PC06;PC07;PC08;PX03",
     u"AN", u"Công an tỉnh", Kind::Police, false, false, 26, 4000},
    {u"Kiên Giang", u"Cục Thuế tỉnh Kiên Giang", u"Tổng cục Thuế", u"", u"CTKGI", u"TTHT;KK;QLN;NVDTPC;HCQTTV",
     u"TC", u"Cục Thuế tỉnh", Kind::Tax, false, false, 18, 4500},
    {u"Kiên Giang", u"Bộ Chỉ huy Quân sự tỉnh Kiên Giang", u"Quân khu 9", u"", u"BCH", u"TM;CT;HC",
     u"QS;AN;NN", u"Bộ Chỉ huy Quân sự tỉnh", Kind::Military, false, false, 10, 900},
    {u"Kiên Giang", u"Bảo hiểm xã hội tỉnh Kiên Giang", u"Bảo hiểm xã hội Việt Nam", u"", u"BHXH",
     u"QLT;CĐBHXH;GĐBHYT;TNHS", u"YT;LD", u"Bảo hiểm xã hội tỉnh", Kind::Insurance, false, false, 12, 1500},
    {u"Kiên Giang", u"Ủy ban MTTQ Việt Nam tỉnh Kiên Giang", u"",
     u"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang", u"MTTQ", u"BTT;TCTH;DCPL", u"DG;LD;TH",
     u"Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", Kind::Front, false, false, 10, 500},
    {u"Kiên Giang", u"UBND thành phố Rạch Giá", u"", u"Ủy ban nhân dân thành phố Rạch Giá", u"UBND",
     u"VP;TCKH;NV;QLĐT;VHTT", u"", u"UBND thành phố", Kind::DistrictCommittee, false, false, 22, 3000},
    {u"Kiên Giang", u"UBND huyện Châu Thành", u"", u"Ủy ban nhân dân huyện Châu Thành", u"UBND",
     u"VP;TCKH;NV;KTHT;VHTT", u"", u"UBND huyện", Kind::DistrictCommittee, false, false, 16, 2200},
    {u"Kiên Giang", u"UBND huyện Hòn Đất", u"", u"Ủy ban nhân dân huyện Hòn Đất", u"UBND",
     u"VP;TCKH;NV;NNPTNT;VHTT", u"", u"UBND huyện", Kind::DistrictCommittee, false, false, 14, 2000},
    {u"Kiên Giang", u"Huyện ủy Tân Hiệp", u"Đảng bộ tỉnh Kiên Giang", u"", u"HU", u"VPHU;TCHU;TGHU", u"DG;TH",
     u"Ban Thường vụ Huyện ủy", Kind::PartyCommittee, true, false, 8, 500},

    {u"An Giang", u"UBND tỉnh An Giang", u"", u"Ủy ban nhân dân tỉnh An Giang", u"UBND", u"KGVX;KTN;KTTH;NC",
     u"", u"UBND tỉnh", Kind::ProvinceCommittee, false, false, 16, 6500},
    {u"An Giang", u"Sở Thông tin và Truyền thông", u"UBND tỉnh An Giang", u"", u"STTTT", u"TTBCXB;CNTT;BCVT;VP",
     u"TT;KC", u"Sở Thông tin và Truyền thông", Kind::Department, false, false, 8, 1400},
    {u"An Giang", u"Sở Tài chính", u"UBND tỉnh An Giang", u"", u"STC", u"QLNS;QLG;TCDN;VP", u"TC",
     u"Sở Tài chính", Kind::Department, false, false, 6, 2800},
    {u"An Giang", u"Tỉnh ủy An Giang", u"", u"", u"TU", u"VPTU;TH", u"DG;TH", u"Ban Thường vụ Tỉnh ủy",
     Kind::PartyCommittee, true, false, 6, 1400},

    {u"Cà Mau", u"UBND tỉnh Cà Mau", u"", u"Ủy ban nhân dân tỉnh Cà Mau", u"UBND", u"KGVX;KT;NC;XD",
     u"", u"UBND tỉnh", Kind::ProvinceCommittee, false, false, 12, 6000},
    {u"Cà Mau", u"Sở Nội vụ", u"UBND tỉnh Cà Mau", u"", u"SNV", u"CCVC;TCBC;CCHC;VP", u"NV;TH", u"Sở Nội vụ",
     Kind::Department, false, false, 5, 2000},
    {u"Cà Mau", u"Công an tỉnh Cà Mau", u"Bộ Công an", u"", u"CAT", u"PV01;PC06;PC08;PA03", u"AN",
     u"Công an tỉnh", Kind::Police, false, false, 5, 3500},
    {u"Khánh Hòa", u"UBND tỉnh Khánh Hòa", u"", u"Ủy ban nhân dân tỉnh Khánh Hòa", u"UBND", u"KGVX;KT;NC;XDNĐ",
     u"", u"UBND tỉnh", Kind::ProvinceCommittee, false, false, 5, 6000},

    {u"Hà Nội", u"Bộ Thông tin và Truyền thông", u"", u"", u"BTTTT", u"CĐSQG;THH;BCVT;KHTC;VP", u"TT;KC",
     u"Bộ Thông tin và Truyền thông", Kind::Ministry, false, false, 24, 5000},
    {u"Hà Nội", u"Bộ Tài chính", u"", u"", u"BTC", u"NSNN;QLCS;HCSN;ĐT;CST", u"TC;KH",
     u"Bộ Tài chính", Kind::Ministry, false, false, 20, 12000},
    {u"Hà Nội", u"Bộ Nội vụ", u"", u"", u"BNV", u"CCVC;TCBC;CCHC;CQĐP;VP", u"NV;TH", u"Bộ Nội vụ",
     Kind::Ministry, false, false, 16, 6000},
    {u"Hà Nội", u"Văn phòng Chính phủ", u"", u"", u"VPCP", u"KSTT;KGVX;NN;CN;TH;QHĐP", u"",
     u"Văn phòng Chính phủ", Kind::Ministry, false, false, 26, 9000},
};

const WeightedWord kFamilyNames[] = {
    {u"Nguyễn", 310}, {u"Trần", 110}, {u"Lê", 95}, {u"Phạm", 70}, {u"Huỳnh", 35}, {u"Hoàng", 20}, {u"Phan", 45},
    {u"Vũ", 20}, {u"Võ", 40}, {u"Đặng", 20}, {u"Bùi", 20}, {u"Đỗ", 14}, {u"Hồ", 13}, {u"Ngô", 13},
    {u"Dương", 10}, {u"Lý", 6}, {u"Lâm", 8}, {u"Trương", 10}, {u"Đinh", 7}, {u"Châu", 4}, {u"Mai", 4},
    {u"Tạ", 2}, {u"Thái", 3}, {u"Quách", 3}, {u"Danh", 4}, {u"Thạch", 3}, {u"Lưu", 3}, {u"Tô", 3},
    {u"Cao", 4}, {u"Lương", 4}, {u"Trịnh", 5}, {u"Đoàn", 5}, {u"Tăng", 2}, {u"Diệp", 2}, {u"La", 2},
    {u"Kiều", 1}, {u"Triệu", 2}, {u"Hà", 5}, {u"Vương", 2}, {u"Chung", 1}, {u"Văn", 1}, {u"Khúc", 1},
};

const QStringView kMaleMiddle[] = {
    u"Văn", u"Văn", u"Văn", u"Văn", u"Văn", u"Hữu", u"Đức", u"Minh", u"Quốc", u"Thanh", u"Công", u"Xuân",
    u"Ngọc", u"Trung", u"Hoàng", u"Tấn", u"Thành", u"Quang", u"Duy", u"Chí", u"Hồng", u"Phước", u"Trọng",
    u"Anh", u"Việt", u"Hải", u"Bá", u"Khắc", u"Đình", u"Phú", u"Thiện", u"Kim", u"Hoài", u"Tuấn", u"Vĩnh",
};

const QStringView kFemaleMiddle[] = {
    u"Thị", u"Thị", u"Thị", u"Thị", u"Thị", u"Thị", u"Ngọc", u"Thu", u"Thanh", u"Kim", u"Mỹ", u"Hồng",
    u"Bích", u"Thúy", u"Diệu", u"Minh", u"Phương", u"Hoài", u"Kiều", u"Tuyết", u"Cẩm", u"Xuân", u"Bảo",
    u"Huyền", u"Lệ", u"Thùy", u"Hải",
};

const QStringView kMaleGiven[] = {
    u"An", u"Bình", u"Cường", u"Dũng", u"Đạt", u"Định", u"Đông", u"Hải", u"Hào", u"Hiếu", u"Hòa", u"Hoàng",
    u"Hùng", u"Huy", u"Khang", u"Khánh", u"Khoa", u"Kiên", u"Lâm", u"Lộc", u"Long", u"Luân", u"Minh", u"Nam",
    u"Nghĩa", u"Nhân", u"Phát", u"Phong", u"Phúc", u"Phước", u"Quang", u"Quân", u"Sang", u"Sơn", u"Tài",
    u"Tâm", u"Tân", u"Thắng", u"Thành", u"Thiện", u"Thịnh", u"Thông", u"Toàn", u"Trí", u"Trung", u"Tuấn",
    u"Tùng", u"Việt", u"Vinh", u"Vũ", u"Hưng", u"Hiệp", u"Lợi", u"Tiến", u"Tú", u"Hậu", u"Khải", u"Thuận",
    u"Triều", u"Trọng", u"Chiến", u"Danh", u"Đức", u"Giang", u"Hiển", u"Kha", u"Lực", u"Mạnh", u"Nguyên",
    u"Nhựt", u"Quyết", u"Sỹ", u"Thạch", u"Thủy", u"Trường", u"Vương", u"Xuyên", u"Khôi", u"Toản", u"Khiêm",
    u"Huấn", u"Lượng", u"Hoạch", u"Thưởng", u"Bảy", u"Tám", u"Út", u"Của", u"Rạng", u"Sáng", u"Khởi", u"Quí",
    u"Đẳng", u"Cảnh", u"Chánh", u"Diệu", u"Điền", u"Hoanh", u"Hữu", u"Kỳ", u"Lũy", u"Mẫn", u"Ngạn", u"Nhẫn",
    u"Oai", u"Phấn", u"Quới", u"Siêng", u"Tặng", u"Thới", u"Triết", u"Tường", u"Uy", u"Vỹ", u"Xướng", u"Yên",
    u"Bổn", u"Chuẩn", u"Dư", u"Hên", u"Lắm", u"Mừng", u"Nhiều", u"Phẩm", u"Sến", u"Thiệt", u"Tuôi",
};

const QStringView kFemaleGiven[] = {
    u"Anh", u"Châu", u"Dung", u"Duyên", u"Giang", u"Hà", u"Hạnh", u"Hằng", u"Hiền", u"Hoa", u"Hòa", u"Hương",
    u"Huyền", u"Lan", u"Liên", u"Linh", u"Loan", u"Mai", u"My", u"Nga", u"Ngân", u"Ngọc", u"Nhung", u"Oanh",
    u"Phượng", u"Quyên", u"Tâm", u"Thảo", u"Thắm", u"Thu", u"Thủy", u"Thúy", u"Thư", u"Trang", u"Trinh",
    u"Tuyết", u"Uyên", u"Vân", u"Xuân", u"Yến", u"Hồng", u"Khánh", u"Diễm", u"Phương", u"Nguyệt", u"Quỳnh",
    u"Thoa", u"Lài", u"Nhi", u"Vy", u"Hậu", u"Kiều", u"Lụa", u"Sương", u"Trâm", u"Thơ", u"Diệp", u"Luyến",
    u"Nhạn", u"Xuyến", u"Hiểu", u"Ngoan", u"Thêu", u"Thuận", u"Bé", u"Mận", u"Đào", u"Lựu", u"Cúc", u"Huệ",
    u"Nhàn", u"Thắm", u"Gấm", u"Nhung", u"Tươi", u"Thơm", u"Dịu", u"Ánh", u"Hoài", u"Ngọ", u"Khuyên",
    u"Quế", u"Ry", u"Sa", u"Tiên", u"Ửng", u"Xinh", u"Yêu", u"Bông", u"Điệp", u"Hường", u"Kim", u"Lành", u"Mơ",
};

const QStringView kProvinces[] = {
    u"An Giang", u"Bà Rịa - Vũng Tàu", u"Bắc Giang", u"Bắc Kạn", u"Bạc Liêu", u"Bắc Ninh", u"Bến Tre",
    u"Bình Định", u"Bình Dương", u"Bình Phước", u"Bình Thuận", u"Cà Mau", u"Cần Thơ", u"Cao Bằng", u"Đà Nẵng",
    u"Đắk Lắk", u"Đắk Nông", u"Điện Biên", u"Đồng Nai", u"Đồng Tháp", u"Gia Lai", u"Hà Giang", u"Hà Nam",
    u"Hà Nội", u"Hà Tĩnh", u"Hải Dương", u"Hải Phòng", u"Hậu Giang", u"Hòa Bình", u"Hưng Yên", u"Khánh Hòa",
    u"Kiên Giang", u"Kon Tum", u"Lai Châu", u"Lâm Đồng", u"Lạng Sơn", u"Lào Cai", u"Long An", u"Nam Định",
    u"Nghệ An", u"Ninh Bình", u"Ninh Thuận", u"Phú Thọ", u"Phú Yên", u"Quảng Bình", u"Quảng Nam",
    u"Quảng Ngãi", u"Quảng Ninh", u"Quảng Trị", u"Sóc Trăng", u"Sơn La", u"Tây Ninh", u"Thái Bình",
    u"Thái Nguyên", u"Thanh Hóa", u"Thừa Thiên Huế", u"Tiền Giang", u"Thành phố Hồ Chí Minh", u"Trà Vinh",
    u"Tuyên Quang", u"Vĩnh Long", u"Vĩnh Phúc", u"Yên Bái",
};
static_assert(std::size(kProvinces) == 63);

const QStringView kForeignPartners[] = {
    u"tỉnh Kampot, Vương quốc Campuchia", u"tỉnh Takeo, Vương quốc Campuchia", u"Vương quốc Campuchia",
    u"Tổng Lãnh sự quán Nhật Bản tại Thành phố Hồ Chí Minh", u"Đại sứ quán Hàn Quốc tại Việt Nam",
    u"Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", u"Ngân hàng Thế giới", u"Tổ chức Y tế Thế giới",
    u"Quỹ Nhi đồng Liên hợp quốc (UNICEF)", u"Chương trình Phát triển Liên hợp quốc (UNDP)",
    u"Cơ quan Phát triển Quốc tế Hoa Kỳ (USAID)", u"Tổ chức Hợp tác Phát triển Đức (GIZ)",
    u"Cộng hòa Liên bang Đức", u"Cộng hòa Pháp", u"Ô-xtrây-li-a", u"Xinh-ga-po", u"Thái Lan",
    u"Cộng hòa Dân chủ Nhân dân Lào", u"Ngân hàng Phát triển châu Á (ADB)", u"tỉnh Gyeonggi, Hàn Quốc",
};

const QStringView kVenues[] = {
    u"Hội trường UBND tỉnh", u"Phòng họp số 1, Văn phòng UBND tỉnh", u"Phòng họp số 2, Văn phòng UBND tỉnh",
    u"Hội trường Tỉnh ủy", u"Hội trường Trung tâm Hội nghị tỉnh", u"Phòng họp trực tuyến của tỉnh",
    u"Hội trường Sở Thông tin và Truyền thông", u"Hội trường Sở Nội vụ", u"Hội trường Sở Tài chính",
    u"Phòng họp Ban Giám đốc Sở", u"Hội trường UBND thành phố Rạch Giá", u"Hội trường Trường Chính trị tỉnh",
    u"Trung tâm Phục vụ hành chính công tỉnh", u"Hội trường Khách sạn Sài Gòn - Kiên Giang",
    u"điểm cầu các huyện, thành phố", u"Hội trường Bộ Chỉ huy Quân sự tỉnh", u"Hội trường Công an tỉnh",
};

const HandlingUnit kHandlingUnits[] = {
    {u"TH", u"Phòng Tổng hợp", u"TH"},
    {u"TC", u"Phòng Kinh tế tổng hợp", u"KTTH"},
    {u"KH", u"Phòng Kinh tế tổng hợp", u"KTTH"},
    {u"CT", u"Phòng Kinh tế tổng hợp", u"KTTH"},
    {u"TT", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"YT", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"GD", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"VH", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"LD", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"KC", u"Phòng Văn hóa - Xã hội", u"VHXH"},
    {u"TN", u"Phòng Kinh tế ngành", u"KTN"},
    {u"NN", u"Phòng Kinh tế ngành", u"KTN"},
    {u"GT", u"Phòng Kinh tế ngành", u"KTN"},
    {u"XD", u"Phòng Kinh tế ngành", u"KTN"},
    {u"NV", u"Phòng Nội chính", u"NC"},
    {u"TP", u"Phòng Nội chính", u"NC"},
    {u"AN", u"Phòng Nội chính", u"NC"},
    {u"QS", u"Phòng Nội chính", u"NC"},
    {u"NG", u"Phòng Nội chính", u"NC"},
    {u"DG", u"Phòng Tổng hợp", u"TH"},
    // Not tied to a sector; the generator sends a small share of any topic here.
    {u"", u"Phòng Hành chính - Tổ chức", u"HCTC"},
    {u"", u"Phòng Kiểm soát thủ tục hành chính", u"KSTTHC"},
    {u"", u"Ban Tiếp công dân tỉnh", u"TCD"},
    {u"", u"Trung tâm Phục vụ hành chính công", u"TTPVHCC"},
    {u"", u"Trung tâm Tin học - Công báo", u"TTTHCB"},
};

const QStringView kInstructions[] = {
    u"Giao {H} tham mưu, đề xuất.",
    u"Chuyển {H} nghiên cứu, tham mưu UBND tỉnh.",
    u"Giao {H} chủ trì, phối hợp các đơn vị liên quan xử lý, báo cáo trước ngày {D}.",
    u"{H} theo dõi, đôn đốc thực hiện.",
    u"Giao {H} tổng hợp, báo cáo lãnh đạo UBND tỉnh.",
    u"Chuyển {H} lưu, theo dõi.",
    u"Đề nghị {H} khẩn trương tham mưu văn bản trả lời.",
    u"Giao {H} dự thảo văn bản chỉ đạo, trình trước ngày {D}.",
    u"{H} nghiên cứu, tham mưu cho ý kiến.",
    u"Chuyển {H} phối hợp Sở Tài chính tham mưu.",
    u"Giao {H} theo dõi; báo cáo khi có phát sinh.",
    u"Kính chuyển đồng chí Chủ tịch UBND tỉnh cho ý kiến chỉ đạo.",
    u"Kính chuyển đồng chí Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực.",
    u"Chuyển {H} tham mưu trả lời cử tri.",
    u"Giao {H} xem xét, xử lý theo thẩm quyền.",
};

const QStringView kNotes[] = {
    u"Văn bản điện tử, nhận qua trục liên thông.",
    u"Văn bản điện tử có chữ ký số.",
    u"Bản chính gửi qua bưu điện.",
    u"Kèm theo phụ lục.",
    u"Kèm theo dự thảo.",
    u"Bản chụp, chờ bản chính.",
    u"Nhận qua thư điện tử công vụ.",
    u"Kèm theo biểu mẫu báo cáo.",
    u"Văn bản thay thế văn bản cùng số đã gửi trước.",
    u"Gửi kèm danh sách.",
    u"Tài liệu hội nghị.",
    u"Đã chuyển bản điện tử cho đơn vị xử lý.",
};

} // namespace

std::span<const DocTypeInfo> docTypes() { return kDocTypes; }

bool canIssue(Kind kind, DocType type)
{
    const bool party = kind == Kind::PartyCommittee || kind == Kind::PartyBoard;
    switch (type) {
    case CongVan: case KeHoach: case ThongBao: case BaoCao: case GiayMoi: case BienBan:
        return true;
    case QuyetDinh: case QuyChe: case ChuongTrinh:
        return kind != Kind::Council || type != QuyChe;
    case ToTrinh: case GiayGioiThieu:
        return kind != Kind::Steering;
    case HuongDan:
        return kind != Kind::Council && kind != Kind::ProvinceCommittee && kind != Kind::DistrictCommittee;
    case ChiThi:
        return kind == Kind::ProvinceCommittee || kind == Kind::DistrictCommittee || kind == Kind::PartyCommittee
            || kind == Kind::Ministry;
    case NghiQuyet:
        return kind == Kind::Council || kind == Kind::PartyCommittee;
    case KetLuan:
        return party;
    case CongDien:
        return kind == Kind::ProvinceCommittee || kind == Kind::DistrictCommittee || kind == Kind::Ministry;
    case QuyDinh:
        return kind == Kind::ProvinceCommittee || kind == Kind::PartyCommittee || kind == Kind::Department;
    case DeAn: case PhuongAn:
        return !party && kind != Kind::Council && kind != Kind::Front;
    case DocTypeCount:
        break;
    }
    return false;
}

std::span<const Agency> agencies() { return kAgencies; }
std::span<const WeightedWord> familyNames() { return kFamilyNames; }
List maleMiddleNames() { return kMaleMiddle; }
List femaleMiddleNames() { return kFemaleMiddle; }
List maleGivenNames() { return kMaleGiven; }
List femaleGivenNames() { return kFemaleGiven; }
List provinces() { return kProvinces; }
List foreignPartners() { return kForeignPartners; }
List venues() { return kVenues; }
std::span<const HandlingUnit> handlingUnits() { return kHandlingUnits; }
List instructions() { return kInstructions; }
List notes() { return kNotes; }

Titles titles(Kind kind)
{
    switch (kind) {
    case Kind::ProvinceCommittee:
    case Kind::DistrictCommittee:
        return {u"Chủ tịch", u"Phó Chủ tịch", u"Chánh Văn phòng", u"Ủy ban nhân dân"};
    case Kind::Office:
        return {u"Chánh Văn phòng", u"Phó Chánh Văn phòng", u"Trưởng phòng Hành chính - Tổ chức", u""};
    case Kind::Department:
        return {u"Giám đốc", u"Phó Giám đốc", u"Chánh Văn phòng", u""};
    case Kind::Council:
        return {u"Chủ tịch", u"Phó Chủ tịch", u"Chánh Văn phòng", u"Thường trực Hội đồng nhân dân"};
    case Kind::PartyCommittee:
        return {u"Bí thư", u"Phó Bí thư", u"Chánh Văn phòng", u"Ban Thường vụ"};
    case Kind::PartyBoard:
        return {u"Trưởng ban", u"Phó Trưởng ban", u"Trưởng phòng", u""};
    case Kind::Steering:
        return {u"Trưởng ban", u"Phó Trưởng ban", u"Chánh Văn phòng", u"Ban Chỉ đạo"};
    case Kind::Police:
        return {u"Giám đốc", u"Phó Giám đốc", u"Trưởng phòng Tham mưu", u""};
    case Kind::Tax:
        return {u"Cục trưởng", u"Phó Cục trưởng", u"Chánh Văn phòng", u""};
    case Kind::Military:
        return {u"Chỉ huy trưởng", u"Phó Chỉ huy trưởng", u"Tham mưu trưởng", u""};
    case Kind::Insurance:
        return {u"Giám đốc", u"Phó Giám đốc", u"Trưởng phòng Tổ chức - Hành chính", u""};
    case Kind::Front:
        return {u"Chủ tịch", u"Phó Chủ tịch", u"Chánh Văn phòng", u"Ban Thường trực"};
    case Kind::Ministry:
        return {u"Bộ trưởng", u"Thứ trưởng", u"Chánh Văn phòng", u""};
    }
    return {};
}

} // namespace vt::synth::vocab
