// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

// How documents say things: the sentence material of the body, and the lists of bodies and people it
// names. Placeholders and markers are listed in vocabulary.h. Templates never open with a lower-case
// placeholder, so no sentence has to be re-capitalised except through {J}.

namespace vt::synth::vocab {

namespace {

const QStringView kProvinceSubjects[] = {
    u"các sở, ban, ngành tỉnh", u"UBND các huyện, thành phố", u"thủ trưởng các cơ quan, đơn vị",
    u"các cơ quan, đơn vị trực thuộc", u"các sở, ban, ngành, đoàn thể tỉnh", u"cán bộ, công chức, viên chức",
    u"các đơn vị sự nghiệp công lập trực thuộc", u"UBND các xã, phường, thị trấn",
    u"các doanh nghiệp trên địa bàn tỉnh", u"các cơ quan, đơn vị có liên quan",
    u"các cơ quan chuyên môn thuộc UBND tỉnh", u"@các phòng, đơn vị thuộc Sở",
    u"%Chủ tịch UBND các huyện, thành phố", u"các cơ quan Trung ương đóng trên địa bàn tỉnh",
};

const QStringView kDistrictSubjects[] = {
    u"các phòng, ban chuyên môn thuộc UBND huyện", u"UBND các xã, thị trấn", u"thủ trưởng các cơ quan, đơn vị",
    u"các cơ quan, đơn vị trên địa bàn huyện", u"Chủ tịch UBND các xã, thị trấn", u"các trường học trên địa bàn",
    u"Trưởng các ấp, khu phố", u"các đơn vị sự nghiệp trực thuộc",
};

const QStringView kPartySubjects[] = {
    u"các cấp ủy, tổ chức đảng", u"các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
    u"các ban xây dựng Đảng Tỉnh ủy", u"cán bộ, đảng viên", u"các ban cán sự đảng, đảng đoàn",
    u"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh", u"các chi bộ trực thuộc",
    u"cấp ủy các cấp", u"người đứng đầu cấp ủy, tổ chức đảng", u"các đảng bộ, chi bộ cơ sở",
};

const QStringView kCentralSubjects[] = {
    u"các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", u"UBND các tỉnh, thành phố trực thuộc Trung ương",
    u"các cơ quan, đơn vị thuộc Bộ", u"các Sở Thông tin và Truyền thông", u"các bộ, ngành, địa phương",
    u"Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương", u"Sở Nội vụ các tỉnh, thành phố",
};

const QStringView kProvinceLeaders[] = {
    u"Chủ tịch UBND tỉnh", u"UBND tỉnh", u"Thường trực Tỉnh ủy", u"Ban Thường vụ Tỉnh ủy",
    u"Thủ tướng Chính phủ", u"Phó Chủ tịch UBND tỉnh", u"Thường trực HĐND tỉnh", u"Bộ Nội vụ",
    u"Bộ Thông tin và Truyền thông", u"Bộ Tài chính",
};

const QStringView kDistrictLeaders[] = {
    u"Chủ tịch UBND huyện", u"UBND tỉnh", u"Thường trực Huyện ủy", u"Ban Thường vụ Huyện ủy",
    u"Phó Chủ tịch UBND huyện", u"Chủ tịch UBND tỉnh",
};

const QStringView kPartyLeaders[] = {
    u"Ban Thường vụ Tỉnh ủy", u"Thường trực Tỉnh ủy", u"Ban Bí thư", u"Bộ Chính trị",
    u"đồng chí Bí thư Tỉnh ủy", u"đồng chí Phó Bí thư Thường trực Tỉnh ủy", u"Ban Tuyên giáo Trung ương",
};

const QStringView kCentralLeaders[] = {
    u"Thủ tướng Chính phủ", u"Chính phủ", u"Phó Thủ tướng Chính phủ", u"Lãnh đạo Bộ", u"Bộ trưởng",
};

const QStringView kProvincePartners[] = {
    u"Sở Tài chính", u"Sở Kế hoạch và Đầu tư", u"Sở Nội vụ", u"Sở Thông tin và Truyền thông", u"Sở Tư pháp",
    u"Văn phòng UBND tỉnh", u"Công an tỉnh", u"Sở Tài nguyên và Môi trường", u"Sở Y tế",
    u"Sở Giáo dục và Đào tạo", u"Sở Lao động - Thương binh và Xã hội", u"Sở Nông nghiệp và Phát triển nông thôn",
    u"Sở Văn hóa và Thể thao", u"Sở Giao thông vận tải", u"Sở Xây dựng", u"Sở Công Thương",
    u"Bộ Chỉ huy Quân sự tỉnh", u"Báo {k}", u"Đài Phát thanh và Truyền hình tỉnh", u"Thanh tra tỉnh",
    u"Ban Quản lý Khu kinh tế tỉnh", u"Sở Ngoại vụ", u"Sở Khoa học và Công nghệ", u"Bảo hiểm xã hội tỉnh",
};

const QStringView kDistrictPartners[] = {
    u"Phòng Tài chính - Kế hoạch", u"Phòng Nội vụ", u"Phòng Văn hóa và Thông tin", u"Phòng Giáo dục và Đào tạo",
    u"Phòng Tài nguyên và Môi trường", u"Phòng Nông nghiệp và Phát triển nông thôn", u"Phòng Kinh tế - Hạ tầng",
    u"Phòng Lao động - Thương binh và Xã hội", u"Phòng Tư pháp", u"Phòng Y tế",
    u"Văn phòng HĐND và UBND huyện", u"Công an huyện", u"Ban Chỉ huy Quân sự huyện",
    u"Trung tâm Văn hóa, Thông tin và Thể thao huyện",
};

const QStringView kPartyPartners[] = {
    u"Ban Tổ chức Tỉnh ủy", u"Ban Tuyên giáo Tỉnh ủy", u"Ủy ban Kiểm tra Tỉnh ủy", u"Văn phòng Tỉnh ủy",
    u"Ban Dân vận Tỉnh ủy", u"Ban Nội chính Tỉnh ủy", u"Đảng ủy Khối các cơ quan tỉnh",
    u"Ban cán sự đảng UBND tỉnh", u"Đảng đoàn HĐND tỉnh", u"Trường Chính trị tỉnh",
};

const QStringView kCentralPartners[] = {
    u"Bộ Tài chính", u"Bộ Kế hoạch và Đầu tư", u"Bộ Công an", u"Bộ Quốc phòng", u"Bộ Nội vụ", u"Bộ Tư pháp",
    u"Văn phòng Chính phủ", u"Bộ Thông tin và Truyền thông", u"Bộ Khoa học và Công nghệ", u"Bộ Ngoại giao",
    u"Bộ Y tế", u"Bộ Giáo dục và Đào tạo", u"Bộ Tài nguyên và Môi trường",
};

const QStringView kProvinceAddressees[] = {
    u"Các sở, ban, ngành tỉnh", u"UBND các huyện, thành phố", u"Các cơ quan, đơn vị trực thuộc",
    u"Thủ trưởng các cơ quan, đơn vị", u"Ủy ban nhân dân tỉnh", u"Chủ tịch UBND tỉnh",
    u"Các cơ quan Trung ương đóng trên địa bàn tỉnh", u"Các hội, đoàn thể tỉnh",
    u"Các doanh nghiệp nhà nước trên địa bàn tỉnh", u"Văn phòng UBND tỉnh",
};

const QStringView kDistrictAddressees[] = {
    u"Các phòng, ban chuyên môn thuộc UBND huyện", u"UBND các xã, thị trấn", u"Các cơ quan, đơn vị trên địa bàn",
    u"Các trường học trên địa bàn {a}", u"UBND tỉnh {k}",
};

const QStringView kPartyAddressees[] = {
    u"Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", u"Các ban xây dựng Đảng Tỉnh ủy",
    u"Các ban cán sự đảng, đảng đoàn", u"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tỉnh",
    u"Ban Thường vụ Tỉnh ủy", u"Các đồng chí Tỉnh ủy viên",
};

const QStringView kCentralAddressees[] = {
    u"Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", u"UBND các tỉnh, thành phố trực thuộc Trung ương",
    u"Sở Thông tin và Truyền thông các tỉnh, thành phố", u"Sở Tài chính các tỉnh, thành phố trực thuộc Trung ương",
    u"Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương", u"UBND tỉnh Kiên Giang",
};

const QStringView kProvinceRecipients[] = {
    u"Bộ Nội vụ (b/c);", u"Thường trực Tỉnh ủy (b/c);", u"Thường trực HĐND tỉnh (b/c);",
    u"%CT, các PCT UBND tỉnh;", u"Các sở, ban, ngành tỉnh;", u"UBND các huyện, thành phố;",
    u"Cổng Thông tin điện tử tỉnh;", u"%LĐVP, CVNC;", u"@Ban Giám đốc Sở;", u"@Các phòng, đơn vị thuộc Sở;",
    u"Báo {k}, Đài PT-TH tỉnh;", u"Trung tâm Phục vụ hành chính công tỉnh;",
    u"Ủy ban MTTQ Việt Nam tỉnh;", u"Các tổ chức chính trị - xã hội tỉnh;", u"%Lãnh đạo UBND tỉnh;",
    u"Sở Tài chính;", u"Sở Nội vụ;", u"%Trung tâm Công báo - Tin học;", u"@Các đơn vị trực thuộc;",
};

const QStringView kDistrictRecipients[] = {
    u"UBND tỉnh (b/c);", u"Thường trực Huyện ủy (b/c);", u"Thường trực HĐND huyện;", u"CT, các PCT UBND huyện;",
    u"Các phòng, ban chuyên môn;", u"UBND các xã, thị trấn;", u"Trang thông tin điện tử huyện;",
};

const QStringView kPartyRecipients[] = {
    u"Ban Bí thư (b/c);", u"Ban Thường vụ Tỉnh ủy;", u"Các đồng chí Tỉnh ủy viên;",
    u"Các huyện ủy, thành ủy, đảng ủy trực thuộc;", u"Các ban đảng, Văn phòng Tỉnh ủy;",
    u"Các ban cán sự đảng, đảng đoàn;", u"Thường trực Tỉnh ủy (b/c);", u"Các chi bộ trực thuộc;",
};

const QStringView kCentralRecipients[] = {
    u"Thủ tướng Chính phủ (để b/c);", u"Bộ trưởng (để b/c);", u"Các Thứ trưởng;",
    u"UBND các tỉnh, thành phố trực thuộc Trung ương;", u"Cổng Thông tin điện tử Bộ;",
    u"Các cơ quan, đơn vị thuộc Bộ;", u"Văn phòng Chính phủ;",
};

const QStringView kProvinceAreas[] = {
    u"trên địa bàn tỉnh", u"trên địa bàn tỉnh {k}", u"trong toàn tỉnh", u"tại các cơ quan, đơn vị",
    u"trong các cơ quan hành chính nhà nước của tỉnh", u"ở cơ sở", u"trên địa bàn các huyện, thành phố",
};

const QStringView kDistrictAreas[] = {
    u"trên địa bàn {a}", u"tại các xã, thị trấn", u"trong toàn {a}", u"ở các ấp, khu phố",
};

const QStringView kPartyAreas[] = {
    u"trong Đảng bộ tỉnh", u"trên địa bàn tỉnh", u"trong toàn Đảng bộ", u"trong các cơ quan đảng",
    u"ở các chi bộ cơ sở",
};

const QStringView kCentralAreas[] = {
    u"trên phạm vi toàn quốc", u"tại các bộ, ngành, địa phương", u"trong cả nước", u"trong toàn ngành",
};

const QStringView kReportOpenings[] = {
    u"Thực hiện {C} về {T} {P}, {S} báo cáo như sau:",
    u"{S} báo cáo kết quả {F} {P} như sau:",
    u"Căn cứ {C}, {S} báo cáo tình hình {T} {P} như sau:",
    u"Theo yêu cầu của {L}, {S} báo cáo {T} {P} cụ thể như sau:",
    u"{S} báo cáo tóm tắt tình hình triển khai {F} {W} như sau:",
};

const QStringView kEvents[] = {
    u"hội nghị", u"hội nghị trực tuyến", u"lớp tập huấn", u"hội thảo", u"buổi làm việc", u"đợt kiểm tra",
    u"cuộc thi", u"diễn đàn", u"hội nghị sơ kết", u"hội nghị tổng kết", u"lễ phát động", u"cuộc họp",
    u"tọa đàm", u"hội nghị giao ban", u"lớp bồi dưỡng", u"chuyến khảo sát", u"đợt cao điểm", u"hội nghị chuyên đề",
};

const QStringView kDocumentKinds[] = {
    u"Kế hoạch", u"Quyết định", u"Nghị quyết", u"Đề án", u"Báo cáo", u"Quy chế", u"Chương trình",
    u"Hướng dẫn", u"Phương án", u"Chỉ thị",
};

const QStringView kVerbs[] = {
    u"triển khai", u"tổ chức thực hiện", u"rà soát", u"kiểm tra, giám sát", u"tuyên truyền, phổ biến",
    u"đôn đốc thực hiện", u"tham mưu thực hiện", u"phối hợp thực hiện", u"đẩy mạnh", u"nâng cao chất lượng",
    u"theo dõi, tổng hợp", u"cập nhật", u"bố trí kinh phí thực hiện", u"xây dựng kế hoạch", u"đánh giá kết quả",
    u"hướng dẫn", u"quán triệt", u"củng cố, kiện toàn", u"lồng ghép", u"chỉ đạo thực hiện", u"rà soát, bổ sung",
    u"thống kê, báo cáo", u"đề xuất giải pháp nâng cao hiệu quả", u"chấn chỉnh", u"tăng cường quản lý",
    u"thực hiện tốt", u"triển khai đồng bộ", u"sơ kết, đánh giá", u"công khai", u"xử lý dứt điểm",
    u"ưu tiên nguồn lực cho", u"tạo điều kiện thuận lợi cho", u"khảo sát, đánh giá thực trạng",
};

const QStringView kAdverbs[] = {
    u"", u"", u"", u"chủ động ", u"khẩn trương ", u"tiếp tục ", u"tập trung ", u"thường xuyên ", u"nghiêm túc ",
    u"kịp thời ", u"quyết liệt ", u"tích cực ", u"chủ động, tích cực ",
};

const QStringView kObjects[] = {
    u"các nhiệm vụ được giao", u"các nội dung nêu trên", u"hồ sơ, thủ tục liên quan",
    u"chế độ thông tin, báo cáo", u"các chỉ tiêu, nhiệm vụ được giao", u"các kiến nghị của cơ sở",
    u"kế hoạch công tác", u"các giải pháp đã đề ra", u"các văn bản chỉ đạo của cấp trên",
    u"nguồn lực thực hiện", u"cơ sở dữ liệu liên quan",
};

const QStringView kQualifiers[] = {
    u"", u"", u"", u" trên địa bàn", u" tại cơ quan, đơn vị mình", u" theo đúng quy định",
    u" bảo đảm chất lượng, hiệu quả", u" đúng tiến độ đề ra", u" phù hợp với tình hình thực tế của địa phương",
    u" theo chức năng, nhiệm vụ được giao", u" bảo đảm đồng bộ, thống nhất",
    u" gắn với trách nhiệm của người đứng đầu", u" theo hướng dẫn của cơ quan chuyên môn",
    u" một cách thiết thực, hiệu quả", u" không để xảy ra sai sót", u" đúng đối tượng, đúng quy định",
    u" trong phạm vi quản lý", u" theo lộ trình đã đề ra", u" công khai, minh bạch",
};

const QStringView kDeadlines[] = {
    u"", u"", u"", u"", u" trước ngày {D}", u" chậm nhất ngày {D}",
    u" trong thời hạn {N} ngày làm việc kể từ ngày nhận được văn bản này", u" định kỳ hằng tháng",
    u" định kỳ hằng quý", u" ngay sau khi nhận được văn bản này", u" thường xuyên, liên tục",
    u" trong {P}", u" trước ngày {D} để tổng hợp", u" định kỳ 6 tháng, năm",
};

const QStringView kPurposes[] = {
    u"^Nhằm nâng cao hiệu quả {T}, góp phần thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của tỉnh {P}.",
    u"Quán triệt sâu sắc quan điểm, mục tiêu, nhiệm vụ về {T} đến toàn thể cán bộ, công chức, viên chức và người lao "
    u"động.",
    u"Xác định rõ nhiệm vụ, thời gian thực hiện và trách nhiệm của từng cơ quan, đơn vị trong việc triển khai {F}.",
    u"Tạo sự chuyển biến mạnh mẽ về nhận thức và hành động của các cấp, các ngành đối với {T}.",
    u"Bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các cơ quan, đơn vị trong quá trình thực hiện {F}.",
    u"Việc triển khai phải bám sát chỉ đạo của Trung ương và của tỉnh, phù hợp với điều kiện thực tế của từng địa "
    u"phương.",
    u"Phát huy vai trò, trách nhiệm của người đứng đầu trong lãnh đạo, chỉ đạo thực hiện {F}.",
    u"Kịp thời phát hiện, chấn chỉnh những hạn chế trong {T}; biểu dương, nhân rộng các mô hình hay, cách làm hiệu "
    u"quả.",
    u"Huy động sự tham gia của cả hệ thống chính trị và Nhân dân vào {T}.",
    u"Các nội dung triển khai phải cụ thể, thiết thực, tránh hình thức, lãng phí.",
    u"Góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp và xây dựng nền hành chính công khai, minh bạch.",
    u"Đánh giá đúng thực trạng {F}, làm cơ sở đề xuất giải pháp phù hợp cho giai đoạn tiếp theo.",
    u"Bảo đảm an toàn, tiết kiệm, hiệu quả và đúng quy định của pháp luật.",
    u"Nâng cao nhận thức, ý thức trách nhiệm của cán bộ, đảng viên và Nhân dân về {T}.",
    u"Cụ thể hóa các nhiệm vụ, giải pháp để thực hiện đạt và vượt các chỉ tiêu về {F} {P}.",
    u"Tăng cường kỷ luật, kỷ cương hành chính, nâng cao trách nhiệm giải trình của các cơ quan, đơn vị.",
    u"Thông qua {E}, kịp thời nắm bắt khó khăn, vướng mắc của cơ sở để có hướng tháo gỡ.",
    u"~Chủ động phòng ngừa, hạn chế thấp nhất thiệt hại về người và tài sản, bảo đảm ổn định đời sống Nhân dân.",
    u"Thực hiện có hiệu quả {F}, phấn đấu đến năm {Z} hoàn thành các chỉ tiêu đề ra.",
    u"Phân công nhiệm vụ cụ thể, rõ người, rõ việc, rõ thời gian, rõ trách nhiệm và rõ kết quả.",
    u"Gắn việc thực hiện {T} với nhiệm vụ chính trị của từng cơ quan, đơn vị và địa phương.",
    u"Bảo đảm thông tin kịp thời, chính xác, đầy đủ phục vụ công tác lãnh đạo, chỉ đạo, điều hành của {L}.",
    u"Tạo điều kiện thuận lợi cho tổ chức, cá nhân trong quá trình thực hiện {F}.",
    u"Kết quả thực hiện là một trong những tiêu chí đánh giá, xếp loại thi đua cuối năm của cơ quan, đơn vị.",
};

const QStringView kTasks[] = {
    u"Tổ chức quán triệt, triển khai {G} về {T} đến cán bộ, công chức, viên chức thuộc phạm vi quản lý.",
    u"Rà soát, cập nhật kịp thời {F}; kiến nghị cấp có thẩm quyền sửa đổi những nội dung không còn phù hợp.",
    u"Đẩy mạnh ứng dụng công nghệ thông tin trong {F}, từng bước thực hiện trên môi trường điện tử.",
    u"Bố trí cán bộ có đủ năng lực, trình độ làm đầu mối theo dõi {T}.",
    u"Lồng ghép nội dung {F} vào các chương trình, đề án có liên quan để sử dụng hiệu quả nguồn lực.",
    u"Tổ chức {N} {E} về {F} cho cán bộ chủ chốt cấp huyện, cấp xã.",
    u"Tăng cường công tác thanh tra, kiểm tra, xử lý nghiêm các hành vi vi phạm về {F}.",
    u"Thường xuyên theo dõi, nắm tình hình, kịp thời báo cáo {L} những vấn đề phát sinh.",
    u"Tiếp tục đổi mới nội dung, hình thức tuyên truyền về {T} phù hợp với từng nhóm đối tượng.",
    u"Xây dựng cơ sở dữ liệu về {F}, bảo đảm kết nối, chia sẻ với các hệ thống thông tin của tỉnh.",
    u"Chủ động bố trí kinh phí từ nguồn ngân sách được giao và huy động các nguồn lực hợp pháp khác để thực hiện {F}.",
    u"Khen thưởng kịp thời các tập thể, cá nhân có thành tích tiêu biểu trong {T}.",
    u"Định kỳ 6 tháng, hằng năm tổ chức sơ kết, đánh giá kết quả thực hiện, rút kinh nghiệm và đề ra giải pháp cho "
    u"thời gian tiếp theo.",
    u"Công khai kết quả {F} trên Cổng Thông tin điện tử của cơ quan, đơn vị để người dân biết, giám sát.",
    u"Tập trung tháo gỡ khó khăn, vướng mắc liên quan đến {F}, không để tồn đọng, kéo dài.",
    u"Phối hợp với {A} hướng dẫn các địa phương triển khai {F}{I}.",
    u"Rà soát, thống kê số liệu về {F}, lập danh sách gửi về {S}{I}.",
    u"Tổ chức đoàn kiểm tra liên ngành về {F} tại một số địa phương trọng điểm {P}.",
    u"Nghiên cứu, đề xuất cơ chế, chính sách đặc thù của tỉnh về {F}.",
    u"Tăng cường vai trò giám sát của Mặt trận Tổ quốc, các đoàn thể và Nhân dân đối với {T}.",
    u"Ứng dụng các nền tảng số trong quản lý, theo dõi {F}, giảm hồ sơ giấy.",
    u"Chuẩn bị đầy đủ hồ sơ, tài liệu phục vụ {E} về {T}.",
    u"Thực hiện nghiêm chế độ báo cáo định kỳ và đột xuất về {F} theo yêu cầu của {L}.",
    u"Kiện toàn tổ chức bộ máy, phân công cán bộ phụ trách {T} tại cơ quan, đơn vị.",
};

const QStringView kResults[] = {
    u"^Trong {P}, toàn tỉnh đã tổ chức {N} {E} về {F} với hơn {K} lượt người tham dự.",
    u"Tính đến ngày {B}, đã tiếp nhận {K} hồ sơ, trong đó giải quyết đúng hạn đạt {R}%.",
    u"Tổng kinh phí thực hiện {P} là {M}, trong đó ngân sách tỉnh bố trí {M}.",
    u"Qua kiểm tra, đã phát hiện {N} trường hợp vi phạm, xử phạt vi phạm hành chính với tổng số tiền {M}.",
    u"Kết quả thực hiện đạt {R}% so với kế hoạch, cao hơn cùng kỳ năm {Q}.",
    u"Có {N} chỉ tiêu đạt và vượt kế hoạch, {N} chỉ tiêu đạt trên 80% kế hoạch.",
    u"Các cơ quan, đơn vị đã tiếp nhận và xử lý {K} văn bản điện tử, tỷ lệ văn bản được ký số đạt {R}%.",
    u"^Đã đăng tải {N} tin, bài về {T} trên Báo {k}, Đài Phát thanh và Truyền hình tỉnh và Cổng Thông tin điện tử "
    u"tỉnh.",
    u"Đã giải ngân {M}, đạt {R}% kế hoạch vốn được giao.",
    u"Số hộ được hỗ trợ là {K} hộ với tổng kinh phí {M}.",
    u"Trong kỳ, đã tiếp nhận {N} đơn kiến nghị, phản ánh; đã giải quyết dứt điểm {N} trường hợp.",
    u"Đến nay, đã có {N} huyện, thành phố ban hành kế hoạch triển khai {F}.",
    u"Tỷ lệ hồ sơ giải quyết trực tuyến đạt {R}%, tăng so với cùng kỳ năm {Q}.",
    u"Trong {P}, đã kiểm tra {N} cơ quan, đơn vị, qua đó kịp thời chấn chỉnh những thiếu sót trong {F}.",
    u"Có {K} cán bộ, công chức, viên chức được tập huấn, bồi dưỡng về {T}.",
    u"^Toàn tỉnh đã huy động {M} từ các nguồn lực xã hội để thực hiện {F}.",
    u"Công tác {F} được triển khai kịp thời, đúng quy định; không có đơn thư khiếu nại, tố cáo liên quan.",
    u"Nhìn chung, {T} {W} đã có chuyển biến tích cực, nhận thức của cán bộ và Nhân dân được nâng lên.",
    u"Kết quả chấm điểm {F} {P} đạt {R} điểm, xếp loại tốt.",
    u"Đã có {K} lượt người dân, doanh nghiệp sử dụng dịch vụ liên quan đến {F}.",
};

const QStringView kShortcomings[] = {
    u"Tuy nhiên, việc triển khai {F} ở một số đơn vị còn chậm, chưa đồng bộ.",
    u"Một số cơ quan, đơn vị chưa thực hiện nghiêm chế độ thông tin, báo cáo; chất lượng báo cáo chưa cao.",
    u"Nguồn lực đầu tư cho {T} còn hạn chế, chưa đáp ứng yêu cầu thực tế.",
    u"Đội ngũ cán bộ làm công tác chuyên môn ở cơ sở còn thiếu, thường xuyên thay đổi, phải kiêm nhiệm nhiều việc.",
    u"Sự phối hợp giữa các ngành, các cấp trong {F} có lúc chưa chặt chẽ.",
    u"Cơ sở hạ tầng, trang thiết bị phục vụ {F} chưa được đầu tư đồng bộ.",
    u"Nhận thức của một bộ phận người dân về {T} còn hạn chế.",
    u"Hệ thống văn bản hướng dẫn chưa đầy đủ, một số quy định còn chồng chéo, gây khó khăn trong quá trình thực hiện.",
    u"Tình hình thời tiết diễn biến phức tạp ảnh hưởng đến tiến độ thực hiện một số nhiệm vụ.",
    u"Việc giải ngân vốn của một số dự án còn chậm so với kế hoạch.",
    u"Công tác kiểm tra, giám sát chưa thường xuyên; việc xử lý vi phạm có lúc chưa kiên quyết.",
    u"Nguyên nhân chủ yếu là do một số cấp ủy, chính quyền chưa thật sự quan tâm, chỉ đạo quyết liệt.",
    u"Một số chỉ tiêu về {F} chưa đạt kế hoạch đề ra.",
    u"Việc cập nhật dữ liệu về {F} chưa kịp thời, số liệu giữa các ngành có lúc chưa thống nhất.",
    u"Kinh phí bố trí cho {T} còn thấp so với nhu cầu.",
    u"Một số thủ tục còn rườm rà, thời gian giải quyết kéo dài, gây phiền hà cho người dân.",
};

const QStringView kSolutions[] = {
    u"Tiếp tục nâng cao chất lượng, hiệu quả {T}; tập trung khắc phục những hạn chế đã chỉ ra.",
    u"Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với {F}.",
    u"Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong {F}.",
    u"Ưu tiên bố trí nguồn lực để thực hiện các nhiệm vụ trọng tâm về {T} {P}.",
    u"Nâng cao năng lực, trách nhiệm của đội ngũ cán bộ làm công tác {F}.",
    u"Kịp thời sơ kết, rút kinh nghiệm, nhân rộng các mô hình hiệu quả về {T}.",
    u"Tăng cường phối hợp giữa các cơ quan, đơn vị trong việc giải quyết những vấn đề phát sinh.",
    u"Kiến nghị {L} quan tâm hỗ trợ kinh phí thực hiện {F}.",
    u"Đề nghị {L} sớm ban hành văn bản hướng dẫn về {F} để địa phương có cơ sở thực hiện.",
    u"Phấn đấu {P} hoàn thành {R}% chỉ tiêu về {F}.",
};

const QStringView kAssignments[] = {
    u"#Giao {A} chủ trì, phối hợp với các cơ quan, đơn vị liên quan {V} {F}{I}.",
    u"#{A} có trách nhiệm theo dõi, hướng dẫn, đôn đốc việc thực hiện; tổng hợp kết quả, báo cáo {L}{I}.",
    u"#Giao {A} tham mưu bố trí kinh phí thực hiện theo quy định của Luật Ngân sách nhà nước.",
    u"{A} phối hợp với {A} hướng dẫn các địa phương {V} {F}.",
    u"#^Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, "
    u"vận động đoàn viên, hội viên tham gia {T}.",
    u"#^Báo {k}, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục tuyên truyền về {T}.",
    u"%Chủ tịch UBND các huyện, thành phố chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện {F} trên "
    u"địa bàn.",
    u"#Giao {A} làm đầu mối theo dõi, tổng hợp kết quả thực hiện, báo cáo {L} trước ngày {D}.",
    u"{J} căn cứ chức năng, nhiệm vụ, {m}{V} {F}{q}.",
    u"{J} {m}{V} {F}{q}{I}.",
    u"{J} {m}{V} {O}{q}{I}.",
    u"#Giao {A} hướng dẫn nội dung, biểu mẫu báo cáo về {F}.",
    u"#{A} chủ trì thẩm định, trình {L} phê duyệt {F}{I}.",
};

const QStringView kRequests[] = {
    u"{S} đề nghị {U} quan tâm, chỉ đạo {V} {F}{I}.",
    u"Để có cơ sở tổng hợp, báo cáo {L}, {S} đề nghị {U} báo cáo kết quả {F} (theo mẫu đính kèm), gửi về {S}{I}.",
    u"Văn bản báo cáo đồng thời gửi bản điện tử qua Hệ thống quản lý văn bản và điều hành để tổng hợp.",
    u"{S} đề nghị {A} xem xét, có ý kiến về {F} để {S} có cơ sở triển khai thực hiện.",
    u"Đề nghị {U} nghiên cứu, góp ý dự thảo {G} về {T}; văn bản góp ý gửi về {S} trước ngày {D}. Quá thời hạn trên, "
    u"nếu không có ý kiến thì xem như thống nhất với dự thảo.",
    u"{S} kính đề nghị {L} xem xét, chấp thuận chủ trương {F}.",
    u"Đề nghị {U} cử {N} cán bộ làm đầu mối phối hợp về {T}, danh sách gửi về {S}{I}.",
    u"{S} đề nghị {U} chỉ đạo rà soát {F}, có văn bản trả lời{I}.",
    u"Thông tin chi tiết, đề nghị liên hệ đồng chí {i} để được hướng dẫn.",
    u"{S} đề nghị {U} lưu ý {O} khi thực hiện {F}.",
};

const QStringView kLetterOpenings[] = {
    u"Nhằm tiếp tục nâng cao hiệu quả {T} {W}, {S} đề nghị {U} thực hiện tốt một số nội dung sau:",
    u"Qua theo dõi, thời gian qua {T} {W} đã đạt được một số kết quả nhất định; tuy nhiên, vẫn còn một số tồn tại, "
    u"hạn chế cần khắc phục.",
    u"Triển khai {G} của {L} về {T} {P}, {S} đề nghị {U} thực hiện một số nội dung sau:",
    u"Để chuẩn bị nội dung {E} về {T} {P}, {S} đề nghị {U} phối hợp thực hiện như sau:",
    u"Căn cứ tình hình thực tế và đề nghị của các cơ quan, đơn vị, {S} có ý kiến về {F} như sau:",
    u"Thực hiện ý kiến chỉ đạo của {L} về {F}, {S} triển khai đến {U} như sau:",
};

const QStringView kCitationOpenings[] = {
    u"Thực hiện {C} về {F}, {S} đề nghị {U} triển khai thực hiện một số nội dung sau:",
    u"Căn cứ {C} về việc {F}; {S} có ý kiến như sau:",
    u"{S} nhận được {C} về {F}. Sau khi nghiên cứu, {S} có ý kiến như sau:",
    u"Theo chỉ đạo tại {C}, {S} triển khai đến {U} như sau:",
    u"Phúc đáp {C} về việc {F}, {S} có ý kiến như sau:",
    u"Thực hiện {C} về {T} {P}, {S} báo cáo như sau:",
    u"Tiếp theo {C}, {S} đề nghị {U} tiếp tục thực hiện một số nội dung sau:",
};

const QStringView kLetterClosings[] = {
    u"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các cơ quan, đơn vị phản ánh về {S} để được "
    u"hướng dẫn./.",
    u"Đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    u"{S} đề nghị {U} nghiêm túc triển khai thực hiện./.",
    u"Rất mong nhận được sự quan tâm, phối hợp của Quý cơ quan./.",
    u"Trên đây là ý kiến của {S}, kính gửi {L} xem xét, chỉ đạo./.",
    u"{S} thông báo để các cơ quan, đơn vị biết, thực hiện./.",
    u"Đây là nhiệm vụ quan trọng, đề nghị thủ trưởng các cơ quan, đơn vị tập trung chỉ đạo thực hiện nghiêm túc, "
    u"hiệu quả./.",
    u"Kính đề nghị {L} quan tâm, xem xét./.",
    u"{S} trân trọng cảm ơn sự phối hợp của Quý cơ quan./.",
};

const QStringView kPlanClosings[] = {
    u"Trên đây là {G} của {S}; yêu cầu các cơ quan, đơn vị triển khai thực hiện nghiêm túc./.",
    u"Trong quá trình tổ chức thực hiện, nếu có phát sinh khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời báo cáo "
    u"về {A} để tổng hợp, trình {L} xem xét, quyết định./.",
    u"Yêu cầu thủ trưởng các cơ quan, đơn vị có liên quan tổ chức triển khai thực hiện./.",
    u"Kết quả thực hiện gửi về {S} trước ngày {D} để tổng hợp, báo cáo {L}./.",
};

const QStringView kReportClosings[] = {
    u"Trên đây là báo cáo của {S}, kính báo cáo {L} xem xét, chỉ đạo./.",
    u"{S} kính báo cáo {L}./.",
    u"Kính trình {L} xem xét, quyết định./.",
    u"{S} kính trình {L} xem xét, phê duyệt./.",
};

const QStringView kNoticeClosings[] = {
    u"{S} thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.",
    u"Thông báo để các cơ quan, đơn vị biết, phối hợp thực hiện./.",
    u"Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện các nội dung kết luận nêu trên./.",
};

const QStringView kMeetingOpenings[] = {
    u"Ngày {B}, {L} chủ trì {E} về {T}. Tham dự có đại diện lãnh đạo {A}, {A} và các cơ quan, đơn vị liên quan.",
    u"Sau khi nghe {A} báo cáo tình hình {F} và ý kiến phát biểu của các thành viên dự họp, {L} kết luận như sau:",
    u"Hôm nay, vào lúc {h}, ngày {B}, tại {p}, {S} tổ chức {E} về {F}.",
    u"Thành phần gồm đại diện {A}, {A}, {A} và các cơ quan, đơn vị có liên quan.",
};

const QStringView kPartyOpenings[] = {
    u"Qua quá trình triển khai thực hiện, {T} đã đạt được nhiều kết quả quan trọng; nhận thức của cấp ủy, "
    u"tổ chức đảng, cán bộ, đảng viên và Nhân dân được nâng lên.",
    u"Để tiếp tục lãnh đạo thực hiện có hiệu quả {F} trong thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, "
    u"tổ chức đảng tập trung thực hiện tốt một số nhiệm vụ sau:",
    u"Các cấp ủy đảng tổ chức quán triệt sâu rộng nội dung {G} đến cán bộ, đảng viên và Nhân dân.",
    u"Người đứng đầu cấp ủy phải gương mẫu, trực tiếp lãnh đạo, chỉ đạo {F}.",
    u"Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh cụ thể hóa thành kế hoạch, chương trình để thực hiện.",
    u"Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tăng cường giám sát, phản biện xã hội đối với {T}.",
};

const QStringView kAssessments[] = {
    u"Thời gian qua, {T} {W} đã được các cấp, các ngành quan tâm thực hiện và đạt được những kết quả tích cực.",
    u"Tuy nhiên, tình hình {F} vẫn còn diễn biến phức tạp, tiềm ẩn nhiều nguy cơ ảnh hưởng đến đời sống Nhân dân.",
    u"Theo dự báo, trong thời gian tới {F} có thể tiếp tục diễn biến bất thường.",
    u"Để khắc phục những hạn chế nêu trên, {S} yêu cầu {U} tập trung thực hiện tốt các nhiệm vụ sau:",
    u"Trước diễn biến phức tạp của {F}, để chủ động phòng ngừa, ứng phó, {S} yêu cầu:",
};

const QStringView kInvitationLines[] = {
    u"{S} tổ chức {E} về {T} {P}.",
    u"{S} trân trọng kính mời đại diện lãnh đạo Quý cơ quan đến dự.",
    u"Thời gian: 01 buổi, bắt đầu lúc {h}, ngày {D}.",
    u"Địa điểm: {p}.",
    u"Nội dung: trao đổi, thống nhất các giải pháp thực hiện {F}.",
    u"Đề nghị các đơn vị chuẩn bị ý kiến tham luận về {F} và gửi trước về {S} để tổng hợp.",
    u"Tài liệu {E} được đăng tải trên Hệ thống quản lý văn bản và điều hành của tỉnh; đầu mối liên hệ: "
    u"{i}.",
    u"Rất mong các đồng chí sắp xếp thời gian tham dự đúng thành phần, đúng giờ./.",
};

} // namespace

List subjects(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvinceSubjects;
    case Scope::District: return kDistrictSubjects;
    case Scope::Party: return kPartySubjects;
    case Scope::Central: return kCentralSubjects;
    }
    return kProvinceSubjects;
}

List leaders(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvinceLeaders;
    case Scope::District: return kDistrictLeaders;
    case Scope::Party: return kPartyLeaders;
    case Scope::Central: return kCentralLeaders;
    }
    return kProvinceLeaders;
}

List partners(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvincePartners;
    case Scope::District: return kDistrictPartners;
    case Scope::Party: return kPartyPartners;
    case Scope::Central: return kCentralPartners;
    }
    return kProvincePartners;
}

List addresseeGroups(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvinceAddressees;
    case Scope::District: return kDistrictAddressees;
    case Scope::Party: return kPartyAddressees;
    case Scope::Central: return kCentralAddressees;
    }
    return kProvinceAddressees;
}

List recipientLines(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvinceRecipients;
    case Scope::District: return kDistrictRecipients;
    case Scope::Party: return kPartyRecipients;
    case Scope::Central: return kCentralRecipients;
    }
    return kProvinceRecipients;
}

List areas(Scope scope)
{
    switch (scope) {
    case Scope::Province: return kProvinceAreas;
    case Scope::District: return kDistrictAreas;
    case Scope::Party: return kPartyAreas;
    case Scope::Central: return kCentralAreas;
    }
    return kProvinceAreas;
}

List events() { return kEvents; }
List documentKinds() { return kDocumentKinds; }
List verbs() { return kVerbs; }
List adverbs() { return kAdverbs; }
List objects() { return kObjects; }
List qualifiers() { return kQualifiers; }
List deadlines() { return kDeadlines; }
List purposes() { return kPurposes; }
List tasks() { return kTasks; }
List results() { return kResults; }
List shortcomings() { return kShortcomings; }
List solutions() { return kSolutions; }
List assignments() { return kAssignments; }
List requests() { return kRequests; }
List letterOpenings() { return kLetterOpenings; }
List citationOpenings() { return kCitationOpenings; }
List letterClosings() { return kLetterClosings; }
List planClosings() { return kPlanClosings; }
List reportClosings() { return kReportClosings; }
List noticeClosings() { return kNoticeClosings; }
List meetingOpenings() { return kMeetingOpenings; }
List partyOpenings() { return kPartyOpenings; }
List assessments() { return kAssessments; }
List invitationLines() { return kInvitationLines; }
List reportOpenings() { return kReportOpenings; }

} // namespace vt::synth::vocab
