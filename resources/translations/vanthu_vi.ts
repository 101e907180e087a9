<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Labels</name>
    <message>
        <source>Waiting</source>
        <translation>Chờ xử lý</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xử lý</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Khẩn</translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation>Thượng khẩn</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Hỏa tốc</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation>Tuyệt mật</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>U</source>
        <comment>mark of an urgent document</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>VU</source>
        <comment>mark of a very urgent document</comment>
        <translation>TK</translation>
    </message>
    <message>
        <source>F</source>
        <comment>mark of a flash (most urgent) document</comment>
        <translation>HT</translation>
    </message>
    <message>
        <source>C</source>
        <comment>mark of a confidential document</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Records office for Vietnamese correspondence.</source>
        <translation>Quản lý văn bản đến, văn bản đi của cơ quan.</translation>
    </message>
    <message>
        <source>The register database (default: %1).</source>
        <translation>Tệp cơ sở dữ liệu sổ đăng ký (mặc định: %1).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Save the main window to an image once shown, then quit.</source>
        <translation>Lưu ảnh cửa sổ chính khi đã hiện xong rồi thoát.</translation>
    </message>
    <message>
        <source>Window size, e.g. 1500x900.</source>
        <translation>Kích thước cửa sổ, ví dụ 1500x900.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>kích thước</translation>
    </message>
    <message>
        <source>Văn Thư cannot start</source>
        <translation>Không khởi động được Văn Thư</translation>
    </message>
    <message>
        <source>The register database %1 could not be opened.

%2</source>
        <translation>Không mở được cơ sở dữ liệu sổ đăng ký %1.

%2</translation>
    </message>
</context>
<context>
    <name>vt::gui</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>vt::gui::DetailPane</name>
    <message>
        <source>Arrival</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Địa danh, ngày tháng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Urgency, confidentiality</source>
        <translation>Độ khẩn, độ mật</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Đơn vị, người xử lý</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái xử lý</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Chuyển vào thùng rác</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Deleted for good</source>
        <translation>Xóa hẳn</translation>
    </message>
    <message>
        <source>Cites</source>
        <translation>Văn bản viện dẫn</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Nhật ký</translation>
    </message>
    <message>
        <source>No record selected</source>
        <translation>Chưa chọn văn bản</translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation>Không đọc được văn bản: %1</translation>
    </message>
    <message>
        <source>Incoming no. %1 of %2</source>
        <translation>Văn bản đến số %1 ngày %2</translation>
    </message>
    <message>
        <source>Outgoing no. %1 of %2</source>
        <translation>Văn bản đi số %1 ngày %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>ngày %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Không đọc được nhật ký: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Trích đoạn</translation>
    </message>
    <message>
        <source>The excerpt could not be read: %1</source>
        <translation>Không đọc được trích đoạn: %1</translation>
    </message>
    <message>
        <source>matches only with diacritics ignored</source>
        <translation>chỉ khớp khi bỏ dấu</translation>
    </message>
</context>
<context>
    <name>vt::gui::MainWindow</name>
    <message>
        <source>Văn Thư – records office</source>
        <translation>Văn Thư – quản lý văn bản</translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation>Văn bản đến</translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation>Văn bản đi</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Không đọc được sổ đăng ký: %1</translation>
    </message>
    <message>
        <source>The cited record is not in the current list; clear the search to see it.</source>
        <translation>Văn bản được viện dẫn không có trong danh sách đang hiện; hãy bỏ điều kiện tìm kiếm để xem.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>%1 records (%2 ms)</source>
        <translation>%1 văn bản (%2 ms)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Văn Thư.</source>
        <translation>Ngôn ngữ mới được dùng từ lần khởi động Văn Thư tiếp theo.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Văn Thư</source>
        <translation>&amp;Giới thiệu Văn Thư</translation>
    </message>
    <message>
        <source>About Văn Thư</source>
        <translation>Giới thiệu Văn Thư</translation>
    </message>
    <message>
        <source>Văn Thư %1: registering, searching and printing incoming and outgoing correspondence (Decree 30/2020/NĐ-CP).</source>
        <translation>Văn Thư %1: vào sổ, tìm kiếm và in văn bản đến, văn bản đi (Nghị định 30/2020/NĐ-CP).</translation>
    </message>
</context>
<context>
    <name>vt::gui::RegisterTableModel</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Urgent, confidential, overdue</source>
        <translation>Khẩn, mật, quá hạn</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Arrival no.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation>Tên loại và trích yếu</translation>
    </message>
    <message>
        <source>Handling unit or person</source>
        <translation>Đơn vị, người nhận</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Ngày vào sổ</translation>
    </message>
    <message>
        <source>Outgoing no.</source>
        <translation>Số đi</translation>
    </message>
</context>
<context>
    <name>vt::gui::SearchBar</name>
    <message>
        <source>any</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>Search: words of the number, issuer, summary or text, with or without diacritics</source>
        <translation>Tìm kiếm: số ký hiệu, cơ quan ban hành, trích yếu hoặc nội dung; gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Issuer starts with…</source>
        <translation>Cơ quan ban hành bắt đầu bằng…</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>mọi loại văn bản</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>mọi trạng thái</translation>
    </message>
    <message>
        <source>any urgency</source>
        <translation>mọi độ khẩn</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>any confidentiality</source>
        <translation>mọi độ mật</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>Arrived from</source>
        <translation>Ngày đến từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
</context>
</TS>
