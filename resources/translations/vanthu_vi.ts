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
        <source>Don't Save</source>
        <translation>Không lưu</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem toàn bộ các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
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
    <message>
        <source>The draft %1 cannot be read (%2); delete it and review the file again.</source>
        <translation>Không đọc được bản nháp %1 (%2); hãy xóa bản nháp và xem lại tệp.</translation>
    </message>
</context>
<context>
    <name>vt::gui::DateLineEdit</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Type a date: 29/8/2024, 29/08/24 or 29082024</source>
        <translation>Gõ ngày: 29/8/2024, 29/08/24 hoặc 29082024</translation>
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
    <message>
        <source>Cooperating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Bản gốc</translation>
    </message>
    <message>
        <source>The original could not be listed: %1</source>
        <translation>Không đọc được danh sách tệp gốc: %1</translation>
    </message>
    <message>
        <source>No original file is stored with this record.</source>
        <translation>Văn bản này không lưu kèm tệp gốc.</translation>
    </message>
    <message>
        <source>The original %1 is missing from the attachments folder; run “vanthu-cli check”.</source>
        <translation>Tệp gốc %1 không còn trong thư mục tệp đính kèm; hãy chạy “vanthu-cli check”.</translation>
    </message>
</context>
<context>
    <name>vt::gui::DraftStore</name>
    <message>
        <source>A draft needs the file's SHA-256 digest.</source>
        <translation>Bản nháp cần mã băm SHA-256 của tệp.</translation>
    </message>
    <message>
        <source>The drafts folder %1 cannot be created; check that the register's folder is writable.</source>
        <translation>Không tạo được thư mục bản nháp %1; hãy kiểm tra quyền ghi vào thư mục của sổ đăng ký.</translation>
    </message>
    <message>
        <source>The draft cannot be written to %1: %2. Check the free space and the folder's permissions.</source>
        <translation>Không ghi được bản nháp vào %1: %2. Hãy kiểm tra dung lượng trống và quyền của thư mục.</translation>
    </message>
    <message>
        <source>There is no draft %1; it may have been registered or deleted.</source>
        <translation>Không có bản nháp %1; có thể văn bản đã được vào sổ hoặc bản nháp đã bị xóa.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be opened: %2.</source>
        <translation>Không mở được bản nháp %1: %2.</translation>
    </message>
    <message>
        <source>The draft %1 cannot be deleted; check the folder's permissions.</source>
        <translation>Không xóa được bản nháp %1; hãy kiểm tra quyền của thư mục.</translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportJob</name>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Ready for review</source>
        <translation>Sẵn sàng để kiểm tra</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Không nhập được</translation>
    </message>
    <message>
        <source>Password needed</source>
        <translation>Cần mật khẩu</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportJobDelegate</name>
    <message>
        <source>Reading… %1/%2 pages</source>
        <translation>Đang đọc… %1/%2 trang</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n trang)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportPanel</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Password…</source>
        <translation>&amp;Mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Cancel &amp;all</source>
        <translation>Hủy &amp;tất cả</translation>
    </message>
    <message>
        <source>C&amp;lear finished</source>
        <translation>&amp;Xóa tệp đã xong</translation>
    </message>
    <message>
        <source>Open the selected file in the review view to check its fields and register it</source>
        <translation>Mở tệp đã chọn trong màn hình kiểm tra để soát lại các trường thông tin và vào sổ</translation>
    </message>
    <message>
        <source>Type the password of the selected protected PDF</source>
        <translation>Nhập mật khẩu của tệp PDF có mật khẩu đã chọn</translation>
    </message>
    <message>
        <source>Stop reading the selected files</source>
        <translation>Dừng đọc các tệp đã chọn</translation>
    </message>
    <message>
        <source>Stop reading every file still waiting or being read</source>
        <translation>Dừng đọc mọi tệp đang chờ hoặc đang đọc</translation>
    </message>
    <message>
        <source>Remove failed, canceled and finished files from the list</source>
        <translation>Bỏ khỏi danh sách các tệp không nhập được, đã hủy hoặc đã xong</translation>
    </message>
    <message>
        <source>Protected PDF</source>
        <translation>Tệp PDF có mật khẩu</translation>
    </message>
    <message>
        <source>Password to open %1:</source>
        <translation>Mật khẩu để mở %1:</translation>
    </message>
    <message>
        <source>Drop files or folders here, or choose File › Import…</source>
        <translation>Kéo thả tệp hoặc thư mục vào đây, hoặc chọn Tệp › Nhập văn bản…</translation>
    </message>
    <message>
        <source>Reading files: %1 of %2 done</source>
        <translation>Đang đọc tệp: xong %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) read</source>
        <translation>
            <numerusform>Đã đọc %n tệp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::ImportQueue</name>
    <message>
        <source>%1 cannot be imported: only PDF, PNG, JPEG, TIFF and plain-text (.txt) files can. Save it as PDF and import that.</source>
        <translation>Không nhập được %1: chỉ nhập được tệp PDF, PNG, JPEG, TIFF và văn bản thuần (.txt). Hãy lưu tệp thành PDF rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>%1 was not found: it may have been moved or deleted. Check the file and import it again.</source>
        <translation>Không tìm thấy %1: tệp có thể đã bị chuyển đi hoặc xóa. Hãy kiểm tra lại tệp rồi nhập lại.</translation>
    </message>
    <message>
        <source>The folder %1 holds no file that can be imported (PDF, PNG, JPEG, TIFF or .txt).</source>
        <translation>Thư mục %1 không có tệp nào nhập được (PDF, PNG, JPEG, TIFF hoặc .txt).</translation>
    </message>
    <message>
        <source>Reading was canceled.</source>
        <translation>Đã hủy việc đọc tệp.</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Choose Password… and type the password the sender gave you.</source>
        <translation>Tệp %1 được bảo vệ bằng mật khẩu. Hãy chọn Mật khẩu… và nhập mật khẩu do nơi gửi cung cấp.</translation>
    </message>
    <message>
        <source>The password for %1 is not correct. Choose Password… to try again.</source>
        <translation>Mật khẩu của tệp %1 không đúng. Hãy chọn Mật khẩu… để nhập lại.</translation>
    </message>
</context>
<context>
    <name>vt::gui::InboxWatcher</name>
    <message>
        <source>The inbox folder %1 cannot be found. Check that it exists (and that the network drive is connected), or choose another one in Settings.</source>
        <translation>Không tìm thấy thư mục nhận văn bản %1. Hãy kiểm tra thư mục còn tồn tại (và ổ mạng đã được kết nối), hoặc chọn thư mục khác trong Cài đặt.</translation>
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
    <message>
        <source>Import queue</source>
        <translation>Hàng đợi nhập văn bản</translation>
    </message>
    <message numerus="yes">
        <source>%n new file(s) in the inbox folder.</source>
        <translation>
            <numerusform>Có %n tệp mới trong thư mục nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Lưu tìm kiếm</translation>
    </message>
    <message>
        <source>Name of the search (it appears in the list on the left):</source>
        <translation>Tên tìm kiếm (hiện trong danh sách bên trái):</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Văn bản (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Import documents</source>
        <translation>Nhập văn bản</translation>
    </message>
    <message>
        <source>Import a folder</source>
        <translation>Nhập cả thư mục</translation>
    </message>
    <message>
        <source>A document is ready for review in the import queue.</source>
        <translation>Có văn bản đã đọc xong, chờ xem lại trong hàng đợi nhập.</translation>
    </message>
    <message>
        <source>That file is not ready for review.</source>
        <translation>Tệp này chưa sẵn sàng để xem lại.</translation>
    </message>
    <message>
        <source>Draft saved: importing the same file again brings the edits back.</source>
        <translation>Đã lưu bản nháp: nhập lại chính tệp này sẽ khôi phục các chỉnh sửa.</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Xem lại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) registered.</source>
        <translation>
            <numerusform>Đã vào sổ %n văn bản.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an incoming document first.</source>
        <translation>Hãy chọn một văn bản đến trước.</translation>
    </message>
    <message>
        <source>Overdue documents</source>
        <translation>Văn bản quá hạn giải quyết</translation>
    </message>
    <message>
        <source>&amp;Import documents…</source>
        <translation>&amp;Nhập văn bản…</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Nhập cả &amp;thư mục…</translation>
    </message>
    <message>
        <source>Show the import &amp;queue</source>
        <translation>Xem &amp;hàng đợi nhập</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>&amp;In sổ đăng ký…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Văn bản</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>Vào sổ &amp;thủ công…</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;Sửa văn bản…</translation>
    </message>
    <message>
        <source>Print routing &amp;slip…</source>
        <translation>In &amp;phiếu giải quyết…</translation>
    </message>
    <message>
        <source>Export with ĐẾN s&amp;tamp…</source>
        <translation>Xuất bản có &amp;dấu ĐẾN…</translation>
    </message>
    <message>
        <source>&amp;Overdue documents</source>
        <translation>Văn bản &amp;quá hạn</translation>
    </message>
    <message>
        <source>(no drafts)</source>
        <translation>(không có bản nháp)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Lưu lúc %1</translation>
    </message>
    <message>
        <source>%1 (the file is no longer there)</source>
        <translation>%1 (tệp không còn ở chỗ cũ)</translation>
    </message>
    <message>
        <source>&amp;Drafts</source>
        <translation>&amp;Bản nháp</translation>
    </message>
</context>
<context>
    <name>vt::gui::NewRecordDialog</name>
    <message>
        <source>Register an incoming document</source>
        <translation>Vào sổ văn bản đến</translation>
    </message>
    <message>
        <source>Register an outgoing document</source>
        <translation>Vào sổ văn bản đi</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>The record cannot be registered yet:</source>
        <translation>Chưa thể vào sổ văn bản:</translation>
    </message>
    <message>
        <source>The register could not be read:</source>
        <translation>Không đọc được sổ đăng ký:</translation>
    </message>
    <message>
        <source>Please check before registering:</source>
        <translation>Vui lòng kiểm tra trước khi vào sổ:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press Enter or &lt;b&gt;Register&lt;/b&gt; again to register it anyway, or Esc to cancel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nhấn Enter hoặc &lt;b&gt;Vào sổ&lt;/b&gt; lần nữa để vẫn vào sổ, hoặc Esc để hủy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The record was not registered:</source>
        <translation>Văn bản chưa được vào sổ:</translation>
    </message>
</context>
<context>
    <name>vt::gui::OverdueList</name>
    <message>
        <source>Overdue documents</source>
        <translation>Văn bản quá hạn</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>No incoming document is overdue.</source>
        <translation>Không có văn bản đến nào quá hạn.</translation>
    </message>
    <message numerus="yes">
        <source>%n incoming document(s) overdue, most overdue first. Double-click one to show it in the register.</source>
        <translation>
            <numerusform>%n văn bản đến quá hạn, quá hạn lâu nhất ở trên. Nhấp đúp vào một dòng để xem văn bản trong sổ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Không tải được danh sách: %1</translation>
    </message>
</context>
<context>
    <name>vt::gui::OverdueModel</name>
    <message>
        <source>No.</source>
        <translation>Số đến</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Hạn giải quyết</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Số ngày quá hạn</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
</context>
<context>
    <name>vt::gui::PageSource</name>
    <message>
        <source>%1 was not found; it may have been moved or deleted.</source>
        <translation>Không tìm thấy %1; tệp có thể đã bị chuyển đi hoặc bị xóa.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is not a readable PDF.</source>
        <translation>Không hiển thị được %1: đây không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is locked with a password.</source>
        <translation>Không hiển thị được %1: tệp được khóa bằng mật khẩu.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is neither a PDF nor an image.</source>
        <translation>%1 không hiển thị được: đây không phải PDF hay ảnh.</translation>
    </message>
</context>
<context>
    <name>vt::gui::PageView</name>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Thu nhỏ (Ctrl+lăn chuột)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Phóng to (Ctrl+lăn chuột)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều ngang</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Đang mở…</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Văn bản không có trang nào.</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintPreviewDialog</name>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Lưu văn bản này thành tệp PDF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintTask</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>In ấn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>vt::gui::PrintUi</name>
    <message>
        <source>Writing the register…</source>
        <translation>Đang ghi sổ ra tệp PDF…</translation>
    </message>
    <message>
        <source>%1 records on %2 pages were saved in %3.</source>
        <translation>Đã lưu %1 văn bản trên %2 trang vào tệp %3.</translation>
    </message>
    <message>
        <source>Routing slip</source>
        <translation>Phiếu giải quyết văn bản đến</translation>
    </message>
    <message>
        <source>Routing slip %1</source>
        <translation>Phiếu giải quyết văn bản đến số %1</translation>
    </message>
    <message>
        <source>Export with ĐẾN stamp</source>
        <translation>Xuất bản sao có dấu ĐẾN</translation>
    </message>
    <message>
        <source>This record has no stored original to stamp.</source>
        <translation>Văn bản này chưa có tệp gốc được lưu nên không thể đóng dấu ĐẾN.</translation>
    </message>
    <message>
        <source>Stamping the copy…</source>
        <translation>Đang đóng dấu ĐẾN lên bản sao…</translation>
    </message>
    <message numerus="yes">
        <source>The copy with the ĐẾN stamp was saved in %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã lưu bản sao có dấu ĐẾN vào tệp %1 (%n trang).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::gui::RecordEditor</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>The record cannot be opened:</source>
        <translation>Không mở được văn bản:</translation>
    </message>
    <message>
        <source>The record cannot be edited:</source>
        <translation>Không sửa được văn bản:</translation>
    </message>
    <message>
        <source>It is in the trash; restore it first.</source>
        <translation>Văn bản đang ở thùng rác; hãy khôi phục trước.</translation>
    </message>
    <message>
        <source>Record %1/%2 [*]</source>
        <translation>Văn bản số đến %1/%2 [*]</translation>
    </message>
    <message>
        <source>The record cannot be saved yet:</source>
        <translation>Chưa thể lưu văn bản:</translation>
    </message>
    <message>
        <source>The record was not saved:</source>
        <translation>Văn bản chưa được lưu:</translation>
    </message>
    <message>
        <source>Saved. Please check:</source>
        <translation>Đã lưu. Vui lòng kiểm tra:</translation>
    </message>
    <message>
        <source>&lt;p&gt;The changes are not saved. Press Ctrl+S to save them, or Esc again to close without saving.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Các thay đổi chưa được lưu. Nhấn Ctrl+S để lưu, hoặc nhấn Esc lần nữa để đóng mà không lưu.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vt::gui::RecordForm</name>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Number and notation</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Loại văn bản</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves</source>
        <translation>Ctrl+Enter để lưu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Leader's instruction</source>
        <translation>Ý kiến chỉ đạo</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Người xử lý</translation>
    </message>
    <message>
        <source>Cooperating units</source>
        <translation>Đơn vị phối hợp</translation>
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
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Arrival number %1/%2</source>
        <translation>Số đến %1/%2</translation>
    </message>
    <message>
        <source>The number is given when the record is registered</source>
        <translation>Số đến được cấp khi vào sổ</translation>
    </message>
    <message>
        <source>%1: "%2" is not a date; type it as 29/8/2024.</source>
        <translation>%1: "%2" không phải là ngày; hãy gõ theo dạng 29/8/2024.</translation>
    </message>
    <message>
        <source>Type the issuing agency.</source>
        <translation>Hãy nhập cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Type the summary or the document type.</source>
        <translation>Hãy nhập trích yếu hoặc loại văn bản.</translation>
    </message>
    <message>
        <source>The issue date %1 is after the arrival date %2: check both.</source>
        <translation>Ngày ban hành %1 sau ngày đến %2: hãy kiểm tra lại cả hai.</translation>
    </message>
    <message>
        <source>The due date %1 is before the arrival date %2.</source>
        <translation>Hạn giải quyết %1 trước ngày đến %2.</translation>
    </message>
    <message>
        <source>Date registered</source>
        <translation>Ngày đăng ký</translation>
    </message>
    <message>
        <source>Number %1/%2 of the outgoing register</source>
        <translation>Số %1/%2 trong sổ văn bản đi</translation>
    </message>
    <message>
        <source>%1: type a date, for example 29/8/2024.</source>
        <translation>%1: hãy nhập ngày, ví dụ 29/8/2024.</translation>
    </message>
</context>
<context>
    <name>vt::gui::RegisterPrintDialog</name>
    <message>
        <source>Confidential series (documents marked Mật, numbered apart)</source>
        <translation>Sổ văn bản mật (văn bản có dấu Mật, đánh số riêng)</translation>
    </message>
    <message>
        <source>Print the incoming register</source>
        <translation>In sổ đăng ký văn bản đến</translation>
    </message>
    <message>
        <source>Print the outgoing register</source>
        <translation>In sổ đăng ký văn bản đi</translation>
    </message>
    <message>
        <source>From (arrival date):</source>
        <translation>Từ ngày (ngày đến):</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến ngày:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Xem trước và in…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The register is printed on A4 landscape with its cover page, to be signed and bound as Decree 30/2020 requires.</source>
        <translation>Sổ được in trên khổ A4 ngang, có trang bìa, để ký và đóng quyển theo quy định của Nghị định 30/2020/NĐ-CP.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation>Ngày bắt đầu sau ngày kết thúc.</translation>
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
    <name>vt::gui::ReviewForm</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Not confidential</source>
        <translation>Không mật</translation>
    </message>
    <message>
        <source>Arrival date</source>
        <translation>Ngày đến</translation>
    </message>
    <message>
        <source>Issuer's parent</source>
        <translation>Cơ quan chủ quản</translation>
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
        <source>Issue date</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
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
        <source>Addressed to</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Độ khẩn</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Độ mật</translation>
    </message>
    <message>
        <source>Not a date: type it as 29/8/2024</source>
        <translation>Không phải ngày tháng: hãy gõ theo dạng 29/8/2024</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Đã sửa</translation>
    </message>
    <message>
        <source>Not found in the document</source>
        <translation>Không tìm thấy trong văn bản</translation>
    </message>
    <message>
        <source>Confidence %1%</source>
        <translation>Độ tin cậy %1%</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as day/month/year, for example 29/8/2024.</source>
        <translation>“%1” không phải ngày tháng. Hãy gõ theo dạng ngày/tháng/năm, ví dụ 29/8/2024.</translation>
    </message>
</context>
<context>
    <name>vt::gui::ReviewTextView</name>
    <message>
        <source>Confidence %1%</source>
        <translation>Độ tin cậy %1%</translation>
    </message>
    <message>
        <source>No other reading</source>
        <translation>Không có cách đọc khác</translation>
    </message>
    <message>
        <source>Type a correction…</source>
        <translation>Gõ từ đúng…</translation>
    </message>
    <message>
        <source>Enter applies the correction, Escape cancels.</source>
        <translation>Nhấn Enter để sửa, Esc để bỏ qua.</translation>
    </message>
    <message>
        <source>Corrected; click to change</source>
        <translation>Đã sửa; nhấn để đổi</translation>
    </message>
    <message>
        <source>Confidence %1%; click for other readings</source>
        <translation>Độ tin cậy %1%; nhấn để xem các cách đọc khác</translation>
    </message>
</context>
<context>
    <name>vt::gui::ReviewWidget</name>
    <message>
        <source>Register anyway</source>
        <translation>Vẫn vào sổ</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Lưu nháp</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Vào sổ</translation>
    </message>
    <message>
        <source>Register the documents and give them the next arrival numbers (Ctrl+Enter)</source>
        <translation>Vào sổ các văn bản và cấp số đến tiếp theo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Keep the corrections to finish later</source>
        <translation>Giữ lại các chỗ đã sửa để làm tiếp sau</translation>
    </message>
    <message>
        <source>Leave this file without registering it</source>
        <translation>Bỏ qua tệp này, không vào sổ</translation>
    </message>
    <message>
        <source>Text without a file</source>
        <translation>Văn bản không có tệp</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n page(s))</source>
        <translation>
            <numerusform>%1 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1/%2</source>
        <translation>Văn bản %1/%2</translation>
    </message>
    <message>
        <source>Your draft of %1 was restored.</source>
        <translation>Đã khôi phục bản nháp lưu lúc %1.</translation>
    </message>
    <message>
        <source>No page image: the document was read from text.</source>
        <translation>Không có ảnh trang: văn bản được đọc từ tệp chữ.</translation>
    </message>
    <message>
        <source>This file is already registered: arrival number %1 (record %2).</source>
        <translation>Tệp này đã được vào sổ: số đến %1 (bản ghi %2).</translation>
    </message>
    <message>
        <source>%1 of %2 is already registered: arrival number %3 (record %4).</source>
        <translation>Văn bản %1 của %2 đã được vào sổ: số đến %3 (bản ghi %4).</translation>
    </message>
    <message>
        <source>Possible duplicate.</source>
        <translation>Có thể trùng văn bản đã vào sổ.</translation>
    </message>
    <message>
        <source>Nothing was registered: check the possible duplicate above, then tick “Register anyway” if this is a different document.</source>
        <translation>Chưa vào sổ: hãy kiểm tra văn bản có thể trùng ở trên, rồi đánh dấu “Vẫn vào sổ” nếu đây là văn bản khác.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Chưa vào sổ: %1</translation>
    </message>
    <message>
        <source>Nothing was registered: a possible duplicate was registered meanwhile.</source>
        <translation>Chưa vào sổ: trong lúc này đã có một văn bản có thể trùng được vào sổ.</translation>
    </message>
    <message>
        <source>Registered as arrival number %1.</source>
        <translation>Đã vào sổ với số đến %1.</translation>
    </message>
    <message>
        <source>Text without a file cannot be kept as a draft; register it or skip it.</source>
        <translation>Văn bản không có tệp thì không lưu nháp được; hãy vào sổ hoặc bỏ qua.</translation>
    </message>
    <message>
        <source>Draft saved. It is restored when this file is reviewed again.</source>
        <translation>Đã lưu nháp. Bản nháp sẽ được khôi phục khi xem lại tệp này.</translation>
    </message>
</context>
<context>
    <name>vt::gui::SavedSearchList</name>
    <message>
        <source>Saved searches</source>
        <translation>Tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Click to run a saved search. Save the current one with the star beside the search field.</source>
        <translation>Bấm để chạy lại một tìm kiếm đã lưu. Lưu tìm kiếm hiện tại bằng nút ngôi sao cạnh ô tìm kiếm.</translation>
    </message>
    <message>
        <source>(filters only)</source>
        <translation>(chỉ dùng bộ lọc)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Rename saved search</source>
        <translation>Đổi tên tìm kiếm đã lưu</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
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
    <message>
        <source>Save this search</source>
        <translation>Lưu tìm kiếm này</translation>
    </message>
</context>
<context>
    <name>vt::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>e.g. Sở Thông tin và Truyền thông</source>
        <translation>ví dụ: Sở Thông tin và Truyền thông</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH KIÊN GIANG</source>
        <translation>ví dụ: UBND TỈNH KIÊN GIANG</translation>
    </message>
    <message>
        <source>e.g. Kiên Giang</source>
        <translation>ví dụ: Kiên Giang</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Tên cơ quan</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Place name (on dates)</source>
        <translation>Địa danh (ghi trước ngày tháng)</translation>
    </message>
    <message>
        <source>Printed on routing slips, the ĐẾN stamp and register covers.</source>
        <translation>In trên phiếu giải quyết văn bản đến, dấu ĐẾN và bìa sổ đăng ký.</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Mặc định: %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Register database</source>
        <translation>Cơ sở dữ liệu sổ đăng ký</translation>
    </message>
    <message>
        <source>A different database is opened at the next start of Văn Thư.</source>
        <translation>Cơ sở dữ liệu mới sẽ được mở ở lần khởi động Văn Thư tiếp theo.</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Vietnamese and English</source>
        <translation>Tiếng Việt và tiếng Anh</translation>
    </message>
    <message>
        <source>Text recognition (OCR)</source>
        <translation>Nhận dạng chữ (OCR)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Thư mục nhận văn bản</translation>
    </message>
    <message>
        <source>Files saved into this folder are imported once they stop growing.</source>
        <translation>Tệp lưu vào thư mục này sẽ được nhập khi đã ghi xong.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>The language changes at the next start of Văn Thư.</source>
        <translation>Ngôn ngữ sẽ đổi ở lần khởi động Văn Thư tiếp theo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a database file in it, e.g. %2.</source>
        <translation>%1 là một thư mục; hãy chọn một tệp cơ sở dữ liệu trong đó, ví dụ %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose a database file in an existing folder.</source>
        <translation>Thư mục %1 không tồn tại; hãy chọn tệp cơ sở dữ liệu trong một thư mục có sẵn.</translation>
    </message>
    <message>
        <source>The inbox folder %1 does not exist; create it or choose another.</source>
        <translation>Thư mục nhận văn bản %1 không tồn tại; hãy tạo thư mục này hoặc chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Văn Thư database (*.sqlite);;All files (*)</source>
        <translation>Cơ sở dữ liệu Văn Thư (*.sqlite);;Mọi tệp (*)</translation>
    </message>
</context>
<context>
    <name>vt::gui::SuggestLineEdit</name>
    <message>
        <source>Separate several names with a semicolon (;)</source>
        <translation>Ngăn cách nhiều tên bằng dấu chấm phẩy (;)</translation>
    </message>
</context>
<context>
    <name>vt::gui::forms</name>
    <message>
        <source>The same file is already the original of number %1.</source>
        <translation>Tệp này đã là bản gốc của văn bản số đến %1.</translation>
    </message>
    <message>
        <source>A document with the same number, notation and issuing agency is already registered as number %1.</source>
        <translation>Văn bản cùng số, ký hiệu và cơ quan ban hành đã được vào sổ với số đến %1.</translation>
    </message>
</context>
<context>
    <name>vt::ingest</name>
    <message>
        <source>%1 is a damaged image that cannot be read (%2); ask for the scan again.</source>
        <translation>%1 là ảnh bị hỏng, không đọc được (%2); hãy đề nghị gửi lại bản quét.</translation>
    </message>
    <message>
        <source>Reading was canceled.</source>
        <translation>Đã hủy việc đọc.</translation>
    </message>
    <message>
        <source>%1: page %2 of %3 could not be read (%4); the pages before it were kept.</source>
        <translation>%1: không đọc được trang %2/%3 (%4); các trang trước đó vẫn được giữ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be opened.</source>
        <translation>%1: không mở được trang %2.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be rendered.</source>
        <translation>%1: không dựng được hình trang %2.</translation>
    </message>
    <message>
        <source>%1 holds no scanned pages.</source>
        <translation>%1 không có trang quét nào.</translation>
    </message>
    <message>
        <source>%1: the text of %2 of %3 pages was in a legacy Vietnamese font encoding (%4) and was converted to Unicode; check the accents.</source>
        <translation>%1: chữ của %2/%3 trang dùng bảng mã tiếng Việt cũ (%4) và đã được chuyển sang Unicode; hãy kiểm tra dấu.</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF that cannot be opened%2; ask the sender for the file again.</source>
        <translation>%1 là tệp PDF bị hỏng, không mở được%2; hãy đề nghị nơi gửi gửi lại tệp.</translation>
    </message>
    <message>
        <source> (it is cut short)</source>
        <translation> (tệp bị cắt cụt)</translation>
    </message>
    <message>
        <source>%1 is protected by a password; give the password to open it.</source>
        <translation>%1 được bảo vệ bằng mật khẩu; hãy nhập mật khẩu để mở.</translation>
    </message>
    <message>
        <source>The password given for %1 is not correct; check it and try again.</source>
        <translation>Mật khẩu của %1 không đúng; hãy kiểm tra và thử lại.</translation>
    </message>
    <message>
        <source>%1 is a PDF without any readable page; ask the sender for the file again.</source>
        <translation>%1 là tệp PDF không có trang nào đọc được; hãy đề nghị nơi gửi gửi lại tệp.</translation>
    </message>
    <message>
        <source>%1 seems cut short (no end-of-file marker); pages may be missing or incomplete.</source>
        <translation>%1 có vẻ bị cắt cụt (không có dấu kết thúc tệp); có thể thiếu trang hoặc trang không đầy đủ.</translation>
    </message>
    <message>
        <source>%1: page %2 is damaged and was skipped.</source>
        <translation>%1: trang %2 bị hỏng và đã bị bỏ qua.</translation>
    </message>
    <message>
        <source>%1 was in the legacy Vietnamese encoding %2 and was converted to Unicode; check the accents.</source>
        <translation>%1 dùng bảng mã tiếng Việt cũ %2 và đã được chuyển sang Unicode; hãy kiểm tra dấu.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: không có tệp này.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the files in it.</source>
        <translation>%1 là thư mục; hãy chọn các tệp trong đó.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for one document; split it or raise the limit.</source>
        <translation>%1 nặng %2 MB, vượt giới hạn %3 MB cho một văn bản; hãy tách tệp hoặc nâng giới hạn.</translation>
    </message>
    <message>
        <source>%1 is empty; there is nothing to import.</source>
        <translation>%1 là tệp rỗng; không có gì để nhập.</translation>
    </message>
    <message>
        <source>%1 is neither a PDF, an image (PNG, JPEG, TIFF) nor a text file; export it to PDF and import that.</source>
        <translation>%1 không phải PDF, ảnh (PNG, JPEG, TIFF) hay tệp văn bản; hãy xuất nó ra PDF rồi nhập tệp PDF đó.</translation>
    </message>
    <message>
        <source>%1 is named like a %2 file but holds a %3 file; it was read as what it holds.</source>
        <translation>%1 có tên như tệp %2 nhưng thực chất là tệp %3; tệp đã được đọc theo nội dung thực.</translation>
    </message>
    <message>
        <source>%1 is a text file of %2 MB, over the %3 MB limit for a text document; split it.</source>
        <translation>%1 là tệp văn bản %2 MB, vượt giới hạn %3 MB cho một văn bản; hãy tách tệp.</translation>
    </message>
    <message>
        <source>%1 starts as UTF-16 but is not valid UTF-16.</source>
        <translation>%1 bắt đầu như UTF-16 nhưng không phải UTF-16 hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data); PDFs and scans are imported through the document importer.</source>
        <translation>%1 không phải tệp văn bản (chứa dữ liệu nhị phân); PDF và bản quét được nhập qua chức năng nhập văn bản.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text, nor Vietnamese in TCVN3, VNI or Windows-1258; save it as UTF-8 and import it again.</source>
        <translation>%1 không phải văn bản UTF-8, cũng không phải tiếng Việt mã TCVN3, VNI hay Windows-1258; hãy lưu lại dạng UTF-8 rồi nhập lại.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, over the %3 MB limit for a text document; split it.</source>
        <translation>%1 nặng %2 MB, vượt giới hạn %3 MB cho một văn bản dạng chữ; hãy tách tệp.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Trang %1: %2</translation>
    </message>
    <message>
        <source>Tesseract has no language data for "%1"; install tesseract-ocr-%2 (or set the OCR languages).</source>
        <translation>Tesseract chưa có dữ liệu ngôn ngữ "%1"; hãy cài gói tesseract-ocr-%2 (hoặc chọn lại ngôn ngữ nhận dạng).</translation>
    </message>
    <message>
        <source>Tesseract could not recognise the page.</source>
        <translation>Tesseract không nhận dạng được trang này.</translation>
    </message>
    <message>
        <source>No image to recognise.</source>
        <translation>Không có ảnh để nhận dạng.</translation>
    </message>
</context>
<context>
    <name>vt::pipeline::Importer</name>
    <message>
        <source>Reading was canceled.</source>
        <translation>Đã hủy việc đọc.</translation>
    </message>
    <message>
        <source>No text was found in %1: its pages are blank or unreadable. If it is a scan, scan it again at 300 dpi; otherwise register it by hand.</source>
        <translation>Không tìm thấy chữ trong %1: các trang trống hoặc không đọc được. Nếu là bản quét, hãy quét lại ở 300 dpi; nếu không, hãy vào sổ thủ công.</translation>
    </message>
    <message>
        <source>%1 does not look like an administrative document: no number, date, type, issuer, summary or signer was found. Register it by hand if it is one.</source>
        <translation>%1 không giống một văn bản hành chính: không tìm thấy số, ngày, loại, cơ quan ban hành, trích yếu hay người ký. Nếu đúng là văn bản, hãy vào sổ thủ công.</translation>
    </message>
</context>
</TS>
