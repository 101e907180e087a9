// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textutil.h"
#include "vocabulary.h"

// What the documents are about: topics with their facets, and the legal bases they cite.

namespace vt::synth::vocab {

namespace {

// One topic a line: sector | name | facets separated by ';'. The order is the frequency rank, so the
// first lines are words nearly every search hits and the last ones are rare. Sectors: TH general
// administration, TC finance, TT information and digital, NV home affairs, KH planning and investment,
// YT health, GD education, TN land and environment, NN agriculture and disasters, GT transport,
// XD construction, VH culture, LD labour and social affairs, CT industry and trade, TP justice,
// KC science, NG foreign affairs, AN public security, QS defence, DG Party work.
constexpr QStringView kTopics = u"\
TH|cải cách hành chính|chỉ số cải cách hành chính;rà soát, đơn giản hóa thủ tục hành chính;thực hiện cơ chế một cửa, \
một cửa liên thông;chỉ số hài lòng của người dân, doanh nghiệp;kỷ luật, kỷ cương hành chính;cải cách chế độ công vụ\n\
TT|chuyển đổi số|hạ tầng số;nền tảng số dùng chung;dữ liệu số của tỉnh;kỹ năng số cho người dân;chính quyền số;tổ \
công nghệ số cộng đồng;kinh tế số và xã hội số\n\
TC|dự toán ngân sách nhà nước|lập dự toán thu, chi ngân sách;phân bổ dự toán chi thường xuyên;quyết toán ngân sách \
địa phương;tiết kiệm chi thường xuyên;điều hành ngân sách;bổ sung có mục tiêu từ ngân sách tỉnh\n\
TH|công tác văn thư, lưu trữ|lập hồ sơ điện tử;số hóa tài liệu lưu trữ;nộp lưu hồ sơ vào Lưu trữ lịch sử;quản lý văn \
bản đi, đến;sử dụng chữ ký số trên văn bản điện tử;danh mục hồ sơ\n\
NN|phòng, chống thiên tai|ứng phó với bão, áp thấp nhiệt đới;phòng, chống sạt lở bờ sông, bờ biển;phương án sơ tán \
dân;tìm kiếm cứu nạn;dự trữ vật tư, phương tiện;phòng, chống hạn hán, xâm nhập mặn;quỹ phòng, chống thiên tai\n\
TT|công tác tuyên truyền|thông tin cơ sở;hệ thống truyền thanh cấp xã;tuyên truyền trên Cổng Thông tin điện tử tỉnh;\
xử lý thông tin xấu, độc trên không gian mạng;tuyên truyền các sự kiện chính trị quan trọng\n\
GT|bảo đảm trật tự, an toàn giao thông|kiềm chế tai nạn giao thông;kiểm soát tải trọng phương tiện;an toàn giao \
thông đường thủy nội địa;xử lý vi phạm nồng độ cồn;hành lang an toàn đường bộ;đội mũ bảo hiểm khi đi mô tô, xe máy\n\
YT|phòng, chống dịch bệnh|tiêm chủng mở rộng;giám sát dịch bệnh truyền nhiễm;phòng, chống sốt xuất huyết;phòng, \
chống bệnh tay chân miệng;tiêm vắc xin phòng COVID-19;vệ sinh môi trường phòng bệnh\n\
GD|giáo dục và đào tạo|tuyển sinh lớp 10;kỳ thi tốt nghiệp trung học phổ thông;chương trình giáo dục phổ thông 2018;\
đội ngũ nhà giáo;cơ sở vật chất trường học;lựa chọn sách giáo khoa;kế hoạch năm học\n\
TN|quản lý đất đai|giao đất, cho thuê đất;bồi thường, hỗ trợ, tái định cư;cấp giấy chứng nhận quyền sử dụng đất;bảng \
giá đất;kế hoạch sử dụng đất hằng năm;thu hồi đất;chuyển mục đích sử dụng đất\n\
NG|công tác đối ngoại|đoàn ra, đoàn vào;hợp tác quốc tế;thông tin đối ngoại;quản lý đoàn nước ngoài đến làm việc;\
công tác người Việt Nam ở nước ngoài;hội nghị, hội thảo quốc tế trên địa bàn\n\
NV|công tác tổ chức cán bộ|tuyển dụng công chức;bổ nhiệm, bổ nhiệm lại;đánh giá, xếp loại cán bộ, công chức;tinh \
giản biên chế;vị trí việc làm;nâng bậc lương thường xuyên;luân chuyển cán bộ\n\
NV|công tác thi đua, khen thưởng|phong trào thi đua yêu nước;hồ sơ đề nghị khen thưởng;danh hiệu Chiến sĩ thi đua \
cấp tỉnh;Bằng khen của Chủ tịch UBND tỉnh;điển hình tiên tiến;Cờ thi đua của UBND tỉnh\n\
KH|đầu tư công|kế hoạch đầu tư công trung hạn;giải ngân vốn đầu tư công;danh mục dự án khởi công mới;chủ trương đầu \
tư;quyết toán dự án hoàn thành;điều chỉnh kế hoạch vốn\n\
TC|quản lý tài sản công|sắp xếp lại, xử lý nhà, đất;tiêu chuẩn, định mức sử dụng xe ô tô;mua sắm tài sản tập trung;\
thanh lý tài sản công;kiểm kê tài sản\n\
TH|dịch vụ công trực tuyến|dịch vụ công trực tuyến toàn trình;Cổng Dịch vụ công quốc gia;thanh toán trực tuyến phí, \
lệ phí;số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;tiếp nhận hồ sơ trực tuyến\n\
AN|bảo đảm an ninh, trật tự|phòng, chống tội phạm;tấn công trấn áp tội phạm;quản lý vũ khí, vật liệu nổ, công cụ hỗ \
trợ;an ninh trật tự khu dân cư;phòng, chống tội phạm công nghệ cao;bảo vệ an ninh chính trị nội bộ\n\
TP|phổ biến, giáo dục pháp luật|Ngày Pháp luật Việt Nam;hòa giải ở cơ sở;tủ sách pháp luật;chuẩn tiếp cận pháp luật;\
đội ngũ báo cáo viên pháp luật\n\
TN|bảo vệ môi trường|thu gom, xử lý chất thải rắn sinh hoạt;quan trắc môi trường;giảm thiểu rác thải nhựa;đánh giá \
tác động môi trường;ô nhiễm nguồn nước;phân loại chất thải tại nguồn\n\
LD|chính sách an sinh xã hội|trợ cấp xã hội hằng tháng;hỗ trợ hộ nghèo, hộ cận nghèo;chế độ đối với người có công \
với cách mạng;hỗ trợ nhà ở cho người có công;bảo trợ xã hội\n\
DG|công tác xây dựng Đảng|phát triển đảng viên;kiểm điểm, đánh giá, xếp loại tổ chức đảng và đảng viên;sinh hoạt chi \
bộ;quản lý đảng viên;công tác cán bộ của Đảng;thu, nộp đảng phí\n\
KH|thu hút đầu tư|xúc tiến đầu tư;cải thiện môi trường đầu tư kinh doanh;chỉ số năng lực cạnh tranh cấp tỉnh;hỗ trợ \
doanh nghiệp nhỏ và vừa;đăng ký doanh nghiệp;đối thoại với doanh nghiệp\n\
NN|xây dựng nông thôn mới|xã đạt chuẩn nông thôn mới;xã nông thôn mới nâng cao;sản phẩm OCOP;cung cấp nước sạch nông \
thôn;bộ tiêu chí quốc gia về xã nông thôn mới\n\
TT|an toàn thông tin mạng|giám sát an toàn thông tin;phòng, chống mã độc;ứng cứu sự cố an toàn thông tin mạng;bảo vệ \
hệ thống thông tin theo cấp độ;diễn tập an toàn thông tin\n\
TC|thu ngân sách nhà nước|chống thất thu thuế;thu hồi nợ thuế;hóa đơn điện tử;quản lý thuế thu nhập cá nhân;thu tiền \
sử dụng đất;hoàn thuế giá trị gia tăng\n\
VH|phát triển văn hóa, thể thao|lễ hội truyền thống;di tích lịch sử - văn hóa;phong trào toàn dân đoàn kết xây dựng \
đời sống văn hóa;thể thao quần chúng;Đại hội Thể dục thể thao các cấp;nghệ thuật đờn ca tài tử\n\
LD|giải quyết việc làm|đào tạo nghề cho lao động nông thôn;người lao động đi làm việc ở nước ngoài theo hợp đồng;bảo \
hiểm thất nghiệp;ngày hội việc làm;cho vay giải quyết việc làm\n\
DG|học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh|chuyên đề toàn khóa;trách nhiệm nêu gương của cán \
bộ, đảng viên;mô hình học tập và làm theo Bác;gương người tốt, việc tốt\n\
TH|phòng, chống tham nhũng, tiêu cực|kê khai tài sản, thu nhập;công khai, minh bạch trong hoạt động công vụ;thanh \
tra, kiểm tra;xử lý sau thanh tra;kiểm soát xung đột lợi ích\n\
TH|tiếp công dân, giải quyết khiếu nại, tố cáo|tiếp công dân định kỳ;đơn thư khiếu nại, tố cáo;vụ việc tồn đọng, kéo \
dài;đối thoại với người khiếu nại;rà soát vụ việc khiếu nại đông người\n\
CT|phát triển thương mại|chống buôn lậu, gian lận thương mại và hàng giả;bình ổn giá thị trường;chương trình đưa \
hàng Việt về nông thôn;thương mại điện tử;phát triển chợ truyền thống\n\
NN|phòng, chống dịch bệnh động vật|bệnh dịch tả lợn châu Phi;bệnh cúm gia cầm;tiêm phòng vắc xin lở mồm long móng;\
phòng, chống bệnh dại;kiểm dịch động vật\n\
XD|quản lý trật tự xây dựng|cấp giấy phép xây dựng;xử lý vi phạm trật tự xây dựng;quy hoạch chung đô thị;phát triển \
nhà ở xã hội;quản lý chất lượng công trình xây dựng\n\
GT|kết cấu hạ tầng giao thông|bảo trì đường bộ;thay thế cầu yếu trên các tuyến đường huyện;giải phóng mặt bằng dự án \
giao thông;quản lý bến xe khách;nâng cấp tuyến đường tỉnh\n\
YT|thực hiện chính sách bảo hiểm y tế|bao phủ bảo hiểm y tế;thẻ bảo hiểm y tế học sinh, sinh viên;thanh toán chi phí \
khám bệnh, chữa bệnh bảo hiểm y tế;giám định bảo hiểm y tế;bảo hiểm y tế hộ gia đình\n\
QS|công tác quốc phòng, quân sự địa phương|tuyển chọn và gọi công dân nhập ngũ;diễn tập khu vực phòng thủ;giáo dục \
quốc phòng và an ninh;xây dựng lực lượng dân quân tự vệ;huấn luyện lực lượng dự bị động viên\n\
LD|bảo vệ, chăm sóc trẻ em|Tháng hành động vì trẻ em;phòng, chống đuối nước trẻ em;phòng, chống xâm hại trẻ em;hỗ \
trợ trẻ em có hoàn cảnh đặc biệt;Tết Trung thu cho thiếu nhi\n\
NV|công tác dân tộc, tôn giáo|chính sách dân tộc;quản lý hoạt động tôn giáo;người có uy tín trong đồng bào dân tộc \
thiểu số;Lễ Phật đản;Tết Chôl Chnăm Thmây của đồng bào Khmer\n\
TT|quản lý báo chí, xuất bản|cung cấp thông tin cho báo chí;họp báo định kỳ;cấp phép xuất bản bản tin;quản lý trang \
thông tin điện tử tổng hợp;phát ngôn và cung cấp thông tin cho báo chí\n\
TN|quản lý tài nguyên nước và khoáng sản|khai thác cát lòng sông;cấp phép khai thác nước dưới đất;khoáng sản làm vật \
liệu xây dựng thông thường;bảo vệ nguồn nước;hành lang bảo vệ nguồn nước\n\
NN|phát triển thủy sản|chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định;quản lý tàu cá;\
nuôi trồng thủy sản;giám sát hành trình tàu cá;quản lý cảng cá\n\
YT|nâng cao chất lượng khám bệnh, chữa bệnh|củng cố y tế cơ sở;nâng cao năng lực trạm y tế xã;chất lượng bệnh viện;\
bệnh án điện tử;cung ứng thuốc và vật tư y tế\n\
GD|phổ cập giáo dục, xóa mù chữ|phổ cập giáo dục mầm non cho trẻ em 5 tuổi;phổ cập giáo dục tiểu học;xóa mù chữ;xây \
dựng xã hội học tập\n\
KC|phát triển khoa học và công nghệ|nhiệm vụ khoa học và công nghệ cấp tỉnh;sở hữu trí tuệ;tiêu chuẩn, đo lường, \
chất lượng;đổi mới sáng tạo;hệ thống quản lý chất lượng theo TCVN ISO 9001:2015\n\
NV|sắp xếp đơn vị hành chính|sắp xếp đơn vị hành chính cấp huyện, cấp xã;sáp nhập ấp, khu phố;bố trí cán bộ dôi dư \
sau sắp xếp;sắp xếp tổ chức bộ máy;giải quyết chế độ, chính sách sau sắp xếp\n\
CT|bảo đảm cung ứng điện|cung cấp điện mùa khô;sử dụng năng lượng tiết kiệm và hiệu quả;điện mặt trời mái nhà;cải \
tạo lưới điện nông thôn;an toàn hành lang lưới điện cao áp\n\
AN|phòng cháy, chữa cháy và cứu nạn, cứu hộ|kiểm tra an toàn phòng cháy, chữa cháy;phương án chữa cháy;phòng cháy, \
chữa cháy tại nhà ở kết hợp kinh doanh;cứu nạn, cứu hộ;lực lượng phòng cháy, chữa cháy cơ sở\n\
TT|phát triển bưu chính, viễn thông|phát triển mạng 5G;phủ sóng di động vùng lõm;chuẩn hóa thông tin thuê bao di \
động;mã địa chỉ bưu chính;hạ tầng viễn thông thụ động\n\
VH|công tác gia đình và bình đẳng giới|Ngày Gia đình Việt Nam;phòng, chống bạo lực gia đình;bình đẳng giới;Tháng \
hành động vì bình đẳng giới;vì sự tiến bộ của phụ nữ\n\
LD|phòng, chống tệ nạn xã hội|cai nghiện ma túy;phòng, chống mua bán người;quản lý sau cai nghiện;phòng, chống mại \
dâm\n\
DG|công tác kiểm tra, giám sát của Đảng|chương trình kiểm tra, giám sát;thi hành kỷ luật đảng;kiểm tra khi có dấu \
hiệu vi phạm;giám sát chuyên đề;kiểm tra tài chính đảng\n\
DG|đại hội đảng bộ các cấp|chuẩn bị văn kiện đại hội;nhân sự cấp ủy;đại hội điểm;tổ chức đại hội chi bộ;bảo vệ chính \
trị nội bộ\n\
DG|công tác dân vận|thực hiện dân chủ ở cơ sở;phong trào thi đua Dân vận khéo;tiếp xúc, đối thoại với Nhân dân;vận \
động quần chúng\n\
DG|bảo vệ nền tảng tư tưởng của Đảng|đấu tranh phản bác các quan điểm sai trái, thù địch;hoạt động của lực lượng 35;\
nắm bắt dư luận xã hội;định hướng thông tin\n\
TH|kỷ niệm các ngày lễ lớn|kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam;kỷ niệm ngày Giải phóng miền Nam, thống \
nhất đất nước;kỷ niệm Quốc khánh 2/9;kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh;kỷ niệm ngày Thương binh - Liệt sĩ\n\
TH|công tác chuẩn bị Tết Nguyên đán|tổ chức đón Tết;thăm, tặng quà Tết;trực Tết;bắn pháo hoa đêm Giao thừa;bảo đảm \
hàng hóa phục vụ Tết\n\
TH|công tác bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân|lập danh sách cử tri;thành lập tổ bầu cử;hiệp \
thương lựa chọn người ứng cử;vận động bầu cử;công bố kết quả bầu cử\n\
TH|giải quyết kiến nghị của cử tri|tiếp xúc cử tri trước kỳ họp;trả lời kiến nghị cử tri;giám sát việc giải quyết \
kiến nghị cử tri;tổng hợp ý kiến, kiến nghị của cử tri\n\
TC|quản lý giá và phí, lệ phí|thẩm định giá;mức thu phí, lệ phí;giá dịch vụ khám bệnh, chữa bệnh;giá nước sạch;niêm \
yết giá\n\
TC|quản lý nợ công|vốn vay ODA;vốn vay ưu đãi nước ngoài;trả nợ vay;dự án sử dụng vốn nước ngoài\n\
KH|phát triển kinh tế tập thể|hợp tác xã nông nghiệp;tổ hợp tác;sắp xếp doanh nghiệp nhà nước;phát triển kinh tế tư \
nhân\n\
XD|phát triển đô thị|phân loại đô thị;chỉnh trang đô thị;chiếu sáng công cộng;cây xanh đô thị;thoát nước đô thị\n\
NN|sản xuất trồng trọt và bảo vệ thực vật|lịch thời vụ sản xuất lúa;sâu bệnh hại lúa;chuyển đổi cơ cấu cây trồng;\
vùng nguyên liệu;phòng trừ rầy nâu\n\
NN|công tác thủy lợi|công trình thủy lợi;nạo vét kênh mương nội đồng;vận hành cống ngăn mặn;tưới tiêu phục vụ sản \
xuất\n\
NN|quản lý, phát triển lâm nghiệp|trồng rừng;quản lý, bảo vệ rừng;chi trả dịch vụ môi trường rừng;phòng cháy, chữa \
cháy rừng tràm;rừng phòng hộ ven biển\n\
TT|xây dựng chính quyền điện tử|hệ thống quản lý văn bản và điều hành;thư điện tử công vụ;phần mềm một cửa điện tử;\
trung tâm dữ liệu của tỉnh;hội nghị truyền hình trực tuyến\n\
NV|chế độ, chính sách đối với cán bộ, công chức|chế độ phụ cấp;giải quyết chế độ nghỉ hưu;thôi việc;chính sách tinh \
giản biên chế;chế độ nghỉ phép năm\n\
NV|đào tạo, bồi dưỡng cán bộ, công chức|bồi dưỡng kiến thức quản lý nhà nước;lớp cao cấp lý luận chính trị;bồi dưỡng \
theo vị trí việc làm;đào tạo sau đại học\n\
LD|an toàn, vệ sinh lao động|Tháng hành động về an toàn, vệ sinh lao động;phòng ngừa tai nạn lao động;lương tối \
thiểu vùng;quan hệ lao động\n\
YT|bảo đảm an toàn thực phẩm|phòng, chống ngộ độc thực phẩm;bếp ăn tập thể;Tháng hành động vì an toàn thực phẩm;thức \
ăn đường phố;kiểm nghiệm thực phẩm\n\
YT|công tác dân số|mất cân bằng giới tính khi sinh;chăm sóc sức khỏe người cao tuổi;khám sàng lọc trước sinh và sơ \
sinh;duy trì mức sinh thay thế\n\
GD|giáo dục nghề nghiệp|tuyển sinh giáo dục nghề nghiệp;liên kết đào tạo;kiểm định chất lượng giáo dục nghề nghiệp\n\
TP|công tác hộ tịch, lý lịch tư pháp và chứng thực|đăng ký khai sinh;cấp phiếu lý lịch tư pháp;chứng thực bản sao từ \
bản chính;đăng ký kết hôn có yếu tố nước ngoài\n\
TP|kiểm tra, rà soát văn bản quy phạm pháp luật|hệ thống hóa văn bản;thẩm định dự thảo văn bản;công bố văn bản hết \
hiệu lực;kiểm tra văn bản theo thẩm quyền\n\
AN|triển khai Đề án 06|cơ sở dữ liệu quốc gia về dân cư;cấp căn cước công dân;định danh và xác thực điện tử;ứng dụng \
VNeID;làm sạch dữ liệu dân cư\n\
NG|quản lý biên giới và cửa khẩu|quản lý mốc quốc giới;cửa khẩu quốc tế Hà Tiên;quản lý xuất nhập cảnh;phát triển \
kinh tế cửa khẩu\n\
NG|hội nhập quốc tế|ký kết thỏa thuận quốc tế;tổ chức hội nghị quốc tế;tiếp nhận viện trợ phi chính phủ nước ngoài;\
quan hệ hữu nghị với các địa phương nước ngoài\n\
KC|ứng dụng công nghệ thông tin|phần mềm dùng chung;chữ ký số chuyên dùng Chính phủ;cơ sở dữ liệu chuyên ngành;hệ \
thống thông tin báo cáo\n\
QS|công tác hậu phương quân đội|chính sách hậu phương quân đội;tiếp nhận quân nhân xuất ngũ;động viên thanh niên lên \
đường nhập ngũ\n\
TH|thực hành tiết kiệm, chống lãng phí|tiết kiệm trong chi tiêu hành chính;quản lý, sử dụng xe công;khoán kinh phí \
sử dụng xe công\n\
VH|phát triển du lịch|quảng bá, xúc tiến du lịch;thu hút khách du lịch quốc tế;xây dựng điểm đến du lịch;quản lý \
hướng dẫn viên du lịch;cơ sở lưu trú du lịch\n\
CT|phát triển công nghiệp và tiểu thủ công nghiệp|phát triển cụm công nghiệp;chương trình khuyến công;bảo tồn làng \
nghề;công nghiệp hỗ trợ\n\
TN|ứng phó với biến đổi khí hậu|nước biển dâng;kế hoạch hành động ứng phó với biến đổi khí hậu;giảm phát thải khí \
nhà kính;phát triển năng lượng tái tạo\n\
LD|giảm nghèo bền vững|Chương trình mục tiêu quốc gia giảm nghèo bền vững;rà soát hộ nghèo, hộ cận nghèo;hỗ trợ sinh \
kế;đa dạng hóa sinh kế\n\
DG|thực hiện Nghị quyết Đại hội Đảng bộ tỉnh|chương trình hành động;các chỉ tiêu chủ yếu;sơ kết giữa nhiệm kỳ;ba \
khâu đột phá\n\
NV|công tác thanh niên|Tháng Thanh niên;thanh niên tình nguyện hè;hỗ trợ thanh niên khởi nghiệp;chiến dịch Mùa hè \
xanh\n\
TN|công tác đo đạc, bản đồ|xây dựng cơ sở dữ liệu đất đai;đo đạc, chỉnh lý bản đồ địa chính;hồ sơ địa giới hành \
chính\n\
AN|phòng, chống ma túy|Tháng hành động phòng, chống ma túy;quản lý người nghiện ma túy;triệt xóa địa bàn trọng điểm \
về ma túy;xây dựng xã, phường không ma túy\n\
CT|xúc tiến thương mại|hội chợ triển lãm thương mại;xuất khẩu nông sản;chỉ dẫn địa lý nước mắm Phú Quốc;kết nối cung \
cầu hàng hóa\n\
VH|phát triển văn hóa đọc|Ngày Sách và Văn hóa đọc Việt Nam;thư viện cấp huyện;tủ sách cộng đồng\n\
NN|bảo tồn đa dạng sinh học|Khu dự trữ sinh quyển Kiên Giang;Vườn quốc gia U Minh Thượng;bảo vệ loài chim hoang dã;\
rạn san hô vùng biển Phú Quốc\n\
YT|phòng, chống bệnh không lây nhiễm|quản lý bệnh tăng huyết áp;quản lý bệnh đái tháo đường;phòng, chống tác hại của \
thuốc lá;sàng lọc ung thư\n\
LD|chăm sóc người cao tuổi, người khuyết tật|chúc thọ, mừng thọ người cao tuổi;trợ giúp người khuyết tật;phục hồi \
chức năng dựa vào cộng đồng\n\
TH|công tác thống kê|Tổng điều tra kinh tế;điều tra biến động dân số;chế độ báo cáo thống kê cấp tỉnh\n\
KC|nâng cao năng suất chất lượng|nâng cao năng suất chất lượng sản phẩm, hàng hóa;truy xuất nguồn gốc sản phẩm;mã \
số, mã vạch\n\
";

const LegalDocument kLegalDocuments[] = {
    {u"Nghị định", u"30/2020/NĐ-CP", 2020, 3, 5, u"Chính phủ", u"về công tác văn thư", u"TH;NV"},
    {u"Nghị định", u"61/2018/NĐ-CP", 2018, 4, 23, u"Chính phủ",
     u"về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính", u"TH;NV"},
    {u"Nghị định", u"45/2020/NĐ-CP", 2020, 4, 8, u"Chính phủ",
     u"về thực hiện thủ tục hành chính trên môi trường điện tử", u"TH;TT"},
    {u"Nghị định", u"163/2016/NĐ-CP", 2016, 12, 21, u"Chính phủ",
     u"quy định chi tiết thi hành một số điều của Luật Ngân sách nhà nước", u"TC;KH"},
    {u"Nghị định", u"138/2020/NĐ-CP", 2020, 11, 27, u"Chính phủ",
     u"quy định về tuyển dụng, sử dụng và quản lý công chức", u"NV"},
    {u"Nghị định", u"42/2022/NĐ-CP", 2022, 6, 24, u"Chính phủ",
     u"quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
     u"TT;TH"},
    {u"Nghị định", u"13/2023/NĐ-CP", 2023, 4, 17, u"Chính phủ", u"về bảo vệ dữ liệu cá nhân", u"TT;AN;KC"},
    {u"Nghị định", u"73/2019/NĐ-CP", 2019, 9, 5, u"Chính phủ",
     u"quy định quản lý đầu tư ứng dụng công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước", u"TT;KC;KH"},
    {u"Nghị định", u"100/2019/NĐ-CP", 2019, 12, 30, u"Chính phủ",
     u"quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông đường bộ và đường sắt", u"GT;AN"},
    {u"Nghị định", u"98/2023/NĐ-CP", 2023, 12, 31, u"Chính phủ",
     u"quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", u"NV"},
    {u"Nghị định", u"66/2021/NĐ-CP", 2021, 7, 6, u"Chính phủ",
     u"quy định chi tiết thi hành Luật Phòng, chống thiên tai và Luật sửa đổi, bổ sung một số điều của Luật Phòng, "
     u"chống thiên tai và Luật Đê điều", u"NN;TN;QS"},
    {u"Nghị định", u"09/2019/NĐ-CP", 2019, 1, 24, u"Chính phủ",
     u"quy định về chế độ báo cáo của cơ quan hành chính nhà nước", u""},
    {u"Nghị định", u"107/2020/NĐ-CP", 2020, 9, 14, u"Chính phủ",
     u"sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04 tháng 4 năm 2014 của Chính phủ quy định "
     u"tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương", u"NV"},
    {u"Quyết định", u"749/QĐ-TTg", 2020, 6, 3, u"Thủ tướng Chính phủ",
     u"phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030", u"TT;KC;TH"},
    {u"Quyết định", u"06/QĐ-TTg", 2022, 1, 6, u"Thủ tướng Chính phủ",
     u"phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số "
     u"quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030", u"AN;TT;TH"},
    {u"Quyết định", u"28/2018/QĐ-TTg", 2018, 7, 12, u"Thủ tướng Chính phủ",
     u"về việc gửi, nhận văn bản điện tử giữa các cơ quan trong hệ thống hành chính nhà nước", u"TH;TT"},
    {u"Nghị quyết", u"76/NQ-CP", 2021, 7, 15, u"Chính phủ",
     u"ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030", u"TH;NV"},
    {u"Thông tư", u"01/2023/TT-VPCP", 2023, 4, 5, u"Văn phòng Chính phủ",
     u"quy định một số nội dung và biện pháp thi hành trong số hóa hồ sơ, kết quả giải quyết thủ tục hành chính "
     u"và thực hiện thủ tục hành chính trên môi trường điện tử", u"TH;TT"},
    {u"Chỉ thị", u"05-CT/TW", 2016, 5, 15, u"Bộ Chính trị",
     u"về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", u"DG;VH"},
    {u"Nghị quyết", u"35-NQ/TW", 2018, 10, 22, u"Bộ Chính trị",
     u"về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong "
     u"tình hình mới", u"DG;TT"},
    {u"Nghị quyết", u"18-NQ/TW", 2017, 10, 25, u"Ban Chấp hành Trung ương Đảng khóa XII",
     u"một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu "
     u"lực, hiệu quả", u"DG;NV"},
    {u"Nghị quyết", u"57-NQ/TW", 2024, 12, 22, u"Bộ Chính trị",
     u"về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", u"KC;TT;DG"},
    {u"Quy định", u"08-QĐi/TW", 2018, 10, 25, u"Ban Chấp hành Trung ương",
     u"về trách nhiệm nêu gương của cán bộ, đảng viên, trước hết là Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư, Ủy "
     u"viên Ban Chấp hành Trung ương", u"DG"},
};

const Law kLaws[] = {
    {u"Luật Tổ chức chính quyền địa phương", 2015, 6, 19, u""},
    {u"Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương",
     2019, 11, 22, u""},
    {u"Luật Ban hành văn bản quy phạm pháp luật", 2015, 6, 22, u"TP;TH"},
    {u"Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", 2020, 6, 18, u"TP;TH"},
    {u"Luật Ngân sách nhà nước", 2015, 6, 25, u"TC;KH"},
    {u"Luật Đầu tư công", 2019, 6, 13, u"KH;TC;GT;XD"},
    {u"Luật Phòng, chống thiên tai", 2013, 6, 19, u"NN;TN"},
    {u"Luật An toàn thông tin mạng", 2015, 11, 19, u"TT;AN"},
    {u"Luật Bảo vệ môi trường", 2020, 11, 17, u"TN"},
    {u"Luật Thi đua, khen thưởng", 2022, 6, 15, u"NV"},
    {u"Luật Cán bộ, công chức", 2008, 11, 13, u"NV"},
    {u"Luật Giáo dục", 2019, 6, 14, u"GD"},
    {u"Luật Đất đai", 2013, 11, 29, u"TN;XD"},
    {u"Luật Đất đai", 2024, 1, 18, u"TN;XD"},
    {u"Luật Khám bệnh, chữa bệnh", 2023, 1, 9, u"YT"},
    {u"Luật Giao thông đường bộ", 2008, 11, 13, u"GT"},
    {u"Luật Tiếp cận thông tin", 2016, 4, 6, u"TT;TP"},
    {u"Luật Giao dịch điện tử", 2023, 6, 22, u"TT;KC"},
    {u"Luật Phòng, chống tham nhũng", 2018, 11, 20, u"TH"},
    {u"Luật Lưu trữ", 2011, 11, 11, u"TH;NV"},
    {u"Luật Du lịch", 2017, 6, 19, u"VH"},
    {u"Luật Thủy sản", 2017, 11, 21, u"NN"},
};

} // namespace

const std::vector<Topic> &topics()
{
    static const std::vector<Topic> parsed = [] {
        std::vector<Topic> result;
        for (QStringView line : text::split(kTopics, u'\n')) {
            const std::vector<QStringView> parts = text::split(line, u'|');
            Q_ASSERT(parts.size() == 3);
            result.push_back({parts[0], parts[1], text::split(parts[2], u';')});
        }
        return result;
    }();
    return parsed;
}

std::span<const LegalDocument> legalDocuments() { return kLegalDocuments; }
std::span<const Law> laws() { return kLaws; }

} // namespace vt::synth::vocab
