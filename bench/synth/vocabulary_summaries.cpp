// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vocabulary.h"

// Trích yếu templates per document type. Công văn ones follow "V/v ", which the composer adds; the
// others open with a capital as the line under the type name does.

namespace vt::synth::vocab {

namespace {

const QStringView kCongVan[] = {
    u"triển khai thực hiện {F}", u"triển khai {G} {T} {P}", u"tăng cường {T} {W}", u"tăng cường quản lý {F}",
    u"đề nghị báo cáo kết quả {F} {P}", u"báo cáo tình hình {F} {P}", u"góp ý dự thảo {G} về {T}",
    u"góp ý dự thảo {G} {F}", u"hướng dẫn thực hiện {F}", u"đôn đốc thực hiện {F}", u"đôn đốc báo cáo {F} {P}",
    u"chấn chỉnh {F} {W}", u"phối hợp thực hiện {F}", u"cung cấp thông tin, số liệu về {F}",
    u"rà soát, đánh giá {F} {W}", u"tổ chức {E} về {T} {P}", u"cử cán bộ tham dự {E} về {F}",
    u"xin ý kiến về {F}", u"đăng ký nhu cầu {F} {P}", u"bổ sung kinh phí thực hiện {F} {P}",
    u"trả lời kiến nghị của cử tri liên quan đến {F}", u"tham mưu triển khai {F} {P}",
    u"thực hiện ý kiến chỉ đạo của {L} về {T}", u"tiếp tục đẩy mạnh {T} {W}", u"kiểm tra, rà soát {F} {P}",
    u"thẩm định {F}", u"điều chỉnh, bổ sung {F} {P}", u"đề xuất nhiệm vụ {F} {P}",
    u"hưởng ứng cuộc thi tìm hiểu về {T}", u"thực hiện chế độ báo cáo về {T} {P}",
    u"giải quyết khó khăn, vướng mắc trong {F}", u"cử đầu mối phối hợp thực hiện {F}",
    u"tăng cường công tác phối hợp trong {F}", u"chuẩn bị nội dung {E} về {T}",
    u"đề nghị cung cấp danh sách cán bộ đầu mối về {T}", u"hướng dẫn một số nội dung về {F} {P}",
    u"thực hiện các giải pháp cấp bách về {F}", u"đính chính {G} về {F}",
};

const QStringView kQuyetDinh[] = {
    u"Về việc phê duyệt {G} {T} {P}", u"Về việc phê duyệt dự toán kinh phí {F} {P}",
    u"Về việc ban hành Quy chế {F}", u"Về việc ban hành Kế hoạch {T} {P}", u"Về việc thành lập Tổ công tác {F}",
    u"Về việc kiện toàn Ban Chỉ đạo {T} {W}", u"Về việc thành lập Đoàn kiểm tra {F} {P}",
    u"Về việc công bố danh mục thủ tục hành chính lĩnh vực {T}",
    u"Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong {T} {P}",
    u"Về việc giao chỉ tiêu {F} {P}", u"Về việc điều chỉnh {F} {P}", u"Về việc phân bổ kinh phí {F} {P}",
    u"Về việc giao nhiệm vụ {F} {W}", u"Ban hành Quy định về {F} {W}", u"Phê duyệt Đề án {T} {P}",
    u"Về việc phê duyệt danh mục {F} {P}", u"Về việc cử cán bộ tham gia {E} về {T}",
    u"Ban hành Kế hoạch thực hiện {F} {P}", u"Về việc bãi bỏ văn bản quy định về {F}",
    u"Về việc sửa đổi, bổ sung Quy chế {F}",
};

const QStringView kKeHoach[] = {
    u"Tổ chức {E} về {T} {P}", u"Triển khai thực hiện {F} {W} {P}", u"Thực hiện {T} {P}",
    u"Kiểm tra {F} {P}", u"Tuyên truyền về {T} {P}", u"Kế hoạch tổ chức {E} về {F}",
    u"Thực hiện Chương trình hành động về {T} {P}", u"Phát động phong trào thi đua thực hiện {F} {P}",
    u"Hưởng ứng {F} {P}", u"Triển khai {F} {P}", u"Khắc phục hạn chế, thiếu sót về {F}",
    u"Đẩy mạnh {T} {W} {P}", u"Giám sát {F} {P}", u"Tổ chức các hoạt động {F} {P}",
    u"Thực hiện các nhiệm vụ trọng tâm về {T} {P}", u"Nâng cao chất lượng {F} {W} {P}",
};

const QStringView kThongBao[] = {
    u"Kết luận của {L} tại {E} về {T}", u"Ý kiến chỉ đạo của {L} về {F}", u"Kết quả {F} {P}",
    u"Về việc tổ chức {E} về {T} {P}", u"Về việc điều chỉnh thời gian tổ chức {E} về {T}",
    u"Về việc tạm dừng {F}", u"Kết luận kiểm tra {F} {W}", u"Phân công nhiệm vụ thực hiện {F}",
    u"Kết luận của Thường trực Tỉnh ủy về {T}", u"Về việc triệu tập {E} {T}",
};

const QStringView kBaoCao[] = {
    u"Kết quả thực hiện {F} {P}", u"Tình hình {T} {P}", u"Sơ kết {T} {P}", u"Tổng kết {T} {P}",
    u"Kết quả triển khai {G} {T} {P}", u"Đánh giá tình hình thực hiện {F} {P}",
    u"Tình hình {F} {P} và phương hướng, nhiệm vụ thời gian tới", u"Giải trình, làm rõ {F}",
    u"Kết quả kiểm tra {F} {W} {P}", u"Tự đánh giá, chấm điểm {F} {P}",
};

const QStringView kToTrinh[] = {
    u"Về việc đề nghị phê duyệt {F} {P}", u"Đề nghị ban hành {G} {T} {P}",
    u"Về việc bổ sung dự toán kinh phí {F} {P}", u"Về việc đề nghị thẩm định {F}",
    u"Dự thảo Nghị quyết quy định {F} {W}", u"Đề nghị điều chỉnh {F} {P}",
    u"Về việc đề nghị khen thưởng thành tích {T} {P}", u"Xin chủ trương thực hiện {F}",
};

const QStringView kGiayMoi[] = {
    u"Dự {E} về {T}", u"Họp bàn {F}", u"Tham dự {E} {T} {P}", u"Dự {E} triển khai {F}",
    u"Họp góp ý dự thảo {G} {T}", u"Dự {E} sơ kết {T} {P}", u"Dự lễ phát động {F} {P}",
};

const QStringView kHuongDan[] = {
    u"Thực hiện {F} {P}", u"Triển khai {T} {W}", u"Tổ chức {E} về {T} {P}", u"Một số nội dung về {F}",
    u"Nghiệp vụ {F}", u"Đánh giá, xếp loại {F} {P}", u"Tuyên truyền {T} {P}",
};

const QStringView kChiThi[] = {
    u"Về việc tăng cường {T} {W}", u"Về việc đẩy mạnh {F}", u"Về tăng cường sự lãnh đạo của Đảng đối với {T}",
    u"Về việc chấn chỉnh {F}", u"Về việc tổ chức {E} {T} {P}", u"Về một số nhiệm vụ, giải pháp cấp bách về {F}",
};

const QStringView kNghiQuyet[] = {
    u"Về {F} {W} {P}", u"Quy định {F} {W}", u"Về việc thông qua {G} {T} {P}", u"Về lãnh đạo {T} {P}",
    u"Về nhiệm vụ {T} {P}", u"Về chương trình giám sát {F} {P}",
};

const QStringView kChuongTrinh[] = {
    u"Công tác năm {Y} về {T}", u"Hành động thực hiện {F} {P}", u"Giám sát {T} {P}",
    u"Phối hợp thực hiện {F} {P}", u"Truyền thông về {T} {P}",
};

const QStringView kCongDien[] = {
    u"Về việc chủ động ứng phó với {F}", u"Về việc tập trung {F}", u"Về việc khẩn trương triển khai {F}",
    u"Về việc tăng cường các biện pháp cấp bách về {F}",
};

const QStringView kQuyChe[] = {
    u"Phối hợp {F} {W}", u"Hoạt động của Ban Chỉ đạo {T}", u"Quản lý {F}", u"Làm việc của Tổ công tác {T}",
};

const QStringView kQuyDinh[] = {
    u"Về {F} {W}", u"Trách nhiệm của người đứng đầu trong {T}", u"Tiêu chí đánh giá {F}",
};

const QStringView kDeAn[] = {
    u"Phát triển {F} {P}", u"Nâng cao hiệu quả {T} {W} {P}", u"Đẩy mạnh {F} {W} {P}",
};

const QStringView kPhuongAn[] = {
    u"Ứng phó với {F} {P}", u"Tổ chức {E} về {T}", u"Bảo đảm {F} {P}",
};

const QStringView kBienBan[] = {
    u"Họp {F}", u"Kiểm tra {F} {W}", u"Làm việc về {T}", u"Bàn giao hồ sơ {F}",
};

const QStringView kKetLuan[] = {
    u"Của Ban Thường vụ Tỉnh ủy về {T}", u"Về tiếp tục thực hiện {F} {P}", u"Về {T} {W} {P}",
};

const QStringView kGiayGioiThieu[] = {
    u"Giới thiệu cán bộ đến liên hệ công tác về {F}", u"Cử cán bộ đến làm việc về {T}",
};

} // namespace

List summaries(DocType type)
{
    switch (type) {
    case CongVan: return kCongVan;
    case KeHoach: return kKeHoach;
    case QuyetDinh: return kQuyetDinh;
    case ThongBao: return kThongBao;
    case BaoCao: return kBaoCao;
    case ToTrinh: return kToTrinh;
    case GiayMoi: return kGiayMoi;
    case HuongDan: return kHuongDan;
    case ChiThi: return kChiThi;
    case NghiQuyet: return kNghiQuyet;
    case ChuongTrinh: return kChuongTrinh;
    case CongDien: return kCongDien;
    case QuyChe: return kQuyChe;
    case QuyDinh: return kQuyDinh;
    case DeAn: return kDeAn;
    case PhuongAn: return kPhuongAn;
    case BienBan: return kBienBan;
    case KetLuan: return kKetLuan;
    case GiayGioiThieu: return kGiayGioiThieu;
    case DocTypeCount: break;
    }
    return kCongVan;
}

} // namespace vt::synth::vocab
