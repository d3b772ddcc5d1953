<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Máy này thiếu thành phần phát âm thanh nên không phát được bản ghi.</source>
        <translation>This computer is missing the components needed for audio playback, so the recording cannot be played.</translation>
    </message>
    <message>
        <source>Không tìm thấy tệp ghi âm “{name}”. Tệp có thể đã bị xóa hoặc chuyển đi.</source>
        <translation>Recording “{name}” not found. It may have been deleted or moved.</translation>
    </message>
    <message>
        <source>Máy này không phát được định dạng của tệp “{name}”.</source>
        <translation>This computer cannot play the format of “{name}”.</translation>
    </message>
    <message>
        <source>Không có quyền đọc tệp ghi âm “{name}”.</source>
        <translation>No permission to read the recording “{name}”.</translation>
    </message>
    <message>
        <source>Không mở được tệp ghi âm “{name}”; tệp có thể bị hỏng.</source>
        <translation>Could not open the recording “{name}”; the file may be damaged.</translation>
    </message>
    <message>
        <source>Không phát được tệp ghi âm “{name}”: {detail}</source>
        <translation>Could not play the recording “{name}”: {detail}</translation>
    </message>
    <message>
        <source>Không tìm thấy loa hoặc tai nghe: bản ghi vẫn chạy nhưng không nghe được tiếng. Hãy cắm thiết bị âm thanh rồi phát lại.</source>
        <translation>No speakers or headphones found: the recording plays, but without sound. Connect an audio device and play it again.</translation>
    </message>
</context>
<context>
    <name>ConclusionEditor</name>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Nội dung kết luận của chủ trì</source>
        <translation>The chair’s conclusion</translation>
    </message>
    <message>
        <source>Kết luận không được để trống.</source>
        <translation>The conclusion text cannot be empty.</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Đánh dấu khi nội dung đã được soát lại; bỏ đánh dấu để giữ là bản nháp.</source>
        <translation>Tick once the text has been checked; leave unticked to keep it as a draft.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Meeting Assistant</source>
        <translation>Meeting Assistant</translation>
    </message>
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Hãy thử lại; nếu lỗi lặp lại, gửi phần chi tiết cho bộ phận hỗ trợ.</source>
        <translation>An unexpected error occurred. Data already saved is not affected. Please try again; if the error happens again, send the details to technical support.</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>&amp;Tìm:</source>
        <translation>F&amp;ind:</translation>
    </message>
    <message>
        <source>Thay &amp;bằng:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>Từ hoặc cụm từ cần tìm</source>
        <translation>Word or phrase to find</translation>
    </message>
    <message>
        <source>Để trống để xóa</source>
        <translation>Leave empty to delete</translation>
    </message>
    <message>
        <source>Phân biệt &amp;hoa thường</source>
        <translation>Match &amp;case</translation>
    </message>
    <message>
        <source>Tìm t&amp;rước</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Tìm chỗ trước (Shift+Enter, Shift+F3)</source>
        <translation>Find the previous match (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <source>Tìm t&amp;iếp</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Tìm chỗ tiếp theo (Enter, F3)</source>
        <translation>Find the next match (Enter, F3)</translation>
    </message>
    <message>
        <source>Thay tất &amp;cả</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <source>Thay mọi chỗ trong bản chép lời; có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Replace every match in the transcript; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <source>Đóng thanh tìm kiếm (Esc)</source>
        <translation>Close the search bar (Esc)</translation>
    </message>
</context>
<context>
    <name>ItemsPanel</name>
    <message>
        <source>Lên</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Xuống</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Nghe</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Đưa kết luận lên trên ({shortcut})</source>
        <translation>Move the conclusion up ({shortcut})</translation>
    </message>
    <message>
        <source>Đưa kết luận xuống dưới ({shortcut})</source>
        <translation>Move the conclusion down ({shortcut})</translation>
    </message>
    <message>
        <source>Xóa kết luận đang chọn ({shortcut})</source>
        <translation>Delete the selected conclusion ({shortcut})</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ đang chọn ({shortcut})</source>
        <translation>Delete the selected task ({shortcut})</translation>
    </message>
    <message>
        <source>Nghe lại đoạn ghi âm của kết luận (hoặc bấm vào kết luận)</source>
        <translation>Play back the part of the recording with this conclusion (or click the conclusion)</translation>
    </message>
    <message>
        <source>Nghe lại đoạn ghi âm của nhiệm vụ (hoặc bấm vào nhiệm vụ)</source>
        <translation>Play back the part of the recording with this task (or click the task)</translation>
    </message>
    <message>
        <source>Kéo thả hoặc dùng {up} / {down} để đổi thứ tự; bấm vào một mục để nghe lại.</source>
        <translation>Drag and drop or use {up} / {down} to reorder; click an item to play it back.</translation>
    </message>
    <message>
        <source>Danh sách kết luận</source>
        <translation>List of conclusions</translation>
    </message>
    <message>
        <source>Danh sách nhiệm vụ</source>
        <translation>List of tasks</translation>
    </message>
    <message>
        <source>Chưa có kết luận. Chọn các đoạn trong bản chép lời rồi bấm Kết luận (Ctrl+K).</source>
        <translation>No conclusions yet. Select segments in the transcript, then click Conclusion (Ctrl+K).</translation>
    </message>
    <message>
        <source>Chưa có nhiệm vụ. Chọn các đoạn rồi bấm Nhiệm vụ (Ctrl+T).</source>
        <translation>No tasks yet. Select segments, then click Task (Ctrl+T).</translation>
    </message>
    <message>
        <source>Đã xác nhận</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Nháp</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Chưa có đơn vị chủ trì</source>
        <translation>No lead unit yet</translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>Nhiệm vụ trọng tâm</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>Kết luận ({n})</source>
        <translation>Conclusions ({n})</translation>
    </message>
    <message>
        <source>Nhiệm vụ ({n})</source>
        <translation>Tasks ({n})</translation>
    </message>
    <message>
        <source>Kết luận {n}</source>
        <translation>Conclusion {n}</translation>
    </message>
    <message>
        <source>Nhiệm vụ {n}</source>
        <translation>Task {n}</translation>
    </message>
    <message>
        <source>Đã xóa — Ctrl+Z để hoàn tác</source>
        <translation>Deleted — press Ctrl+Z to undo</translation>
    </message>
    <message>
        <source>Xóa kết luận</source>
        <translation>Delete conclusion</translation>
    </message>
    <message>
        <source>Xóa nhiệm vụ</source>
        <translation>Delete task</translation>
    </message>
    <message>
        <source>Đổi thứ tự kết luận</source>
        <translation>Reorder conclusions</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Meeting Assistant</source>
        <translation>Meeting Assistant</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Xem</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Mở cuộc họp &amp;mẫu</source>
        <translation>Open &amp;demo meeting</translation>
    </message>
    <message>
        <source>T&amp;hoát</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Giới thiệu</source>
        <translation>&amp;About Meeting Assistant</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tệp ghi âm và video ({patterns});;Tất cả các tệp (*)</source>
        <translation>Audio and video files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Nhập tệp ghi âm</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <source>Đang nhập “{name}”…</source>
        <translation>Importing “{name}”…</translation>
    </message>
    <message>
        <source>Cuộc họp mẫu</source>
        <translation>Demo meeting</translation>
    </message>
    <message>
        <source>Cuộc họp mẫu chưa có trong bản cài đặt này.</source>
        <translation>The demo meeting is not included in this installation.</translation>
    </message>
    <message>
        <source>Đang tạo cuộc họp mẫu…</source>
        <translation>Creating the demo meeting…</translation>
    </message>
    <message>
        <source>{current} (còn {count} tệp chờ)</source>
        <translation>{current} ({count} more waiting)</translation>
    </message>
    <message>
        <source>Chép lời bị dừng giữa chừng ở: {meetings}. Mở cuộc họp để chép lời tiếp.</source>
        <translation>Transcription was interrupted for: {meetings}. Open the meeting to resume transcription.</translation>
    </message>
    <message>
        <source>Giới thiệu Meeting Assistant</source>
        <translation>About Meeting Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meeting Assistant {version}&lt;/h3&gt;&lt;p&gt;Ghi âm, chép lời tiếng Việt và theo dõi kết luận, nhiệm vụ của các cuộc họp.&lt;/p&gt;&lt;p&gt;Mọi dữ liệu được xử lý ngay trên máy này, không gửi ra ngoài.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meeting Assistant {version}&lt;/h3&gt;&lt;p&gt;Records and transcribes Vietnamese-language meetings and keeps track of their conclusions and tasks.&lt;/p&gt;&lt;p&gt;All data is processed on this computer and never sent anywhere else.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Đang hoàn tất việc nhập tệp…</source>
        <translation>Finishing the import…</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Sửa thông tin cuộc họp</source>
        <translation>Edit meeting details</translation>
    </message>
    <message>
        <source>&amp;Tên cuộc họp:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Thời gian:</source>
        <translation>Date and time:</translation>
    </message>
    <message>
        <source>Địa điể&amp;m:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <source>&amp;Chủ trì:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>Thư &amp;ký:</source>
        <translation>S&amp;ecretary:</translation>
    </message>
    <message>
        <source>Cơ &amp;quan/tổ chức:</source>
        <translation>Or&amp;ganization:</translation>
    </message>
    <message>
        <source>Số văn &amp;bản:</source>
        <translation>Document &amp;number:</translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ: Hội nghị Ban Thường vụ</source>
        <translation>Required, e.g. Hội nghị Ban Thường vụ</translation>
    </message>
    <message>
        <source>ví dụ: 15-TB/TU</source>
        <translation>e.g. 15-TB/TU</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Bắt đầu</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Bỏ chọn nếu chưa rõ ngày họp</source>
        <translation>Untick if the meeting date is not known</translation>
    </message>
    <message>
        <source>Thành phần tham dự</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Họ tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Chức vụ</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Có mặt</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Thêm &amp;người dự</source>
        <translation>&amp;Add attendee</translation>
    </message>
    <message>
        <source>&amp;Xóa dòng</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Cần nhập tên cuộc họp</source>
        <translation>A meeting title is required</translation>
    </message>
    <message>
        <source>Người dự ở dòng {row} chưa có họ tên.</source>
        <translation>The attendee in row {row} has no name.</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Tạo kết luận</source>
        <translation>Create conclusion</translation>
    </message>
    <message>
        <source>Tạo nhiệm vụ</source>
        <translation>Create task</translation>
    </message>
    <message>
        <source>Chủ trì: {name}</source>
        <translation>Chair: {name}</translation>
    </message>
    <message>
        <source>Thư ký: {name}</source>
        <translation>Secretary: {name}</translation>
    </message>
    <message>
        <source>Đã tạo kết luận từ {n} đoạn.</source>
        <translation>Conclusion created from {n} segment(s).</translation>
    </message>
    <message>
        <source>Đã tạo nhiệm vụ từ {n} đoạn.</source>
        <translation>Task created from {n} segment(s).</translation>
    </message>
    <message>
        <source>Danh sách cuộc họp</source>
        <translation>Meeting list</translation>
    </message>
    <message>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Tạo kết luận từ các đoạn đang chọn ({shortcut})</source>
        <translation>Create a conclusion from the selected segments ({shortcut})</translation>
    </message>
    <message>
        <source>Tạo nhiệm vụ từ các đoạn đang chọn ({shortcut})</source>
        <translation>Create a task from the selected segments ({shortcut})</translation>
    </message>
    <message>
        <source>Nhiệm vụ</source>
        <translation>Task</translation>
    </message>
</context>
<context>
    <name>MeetingState</name>
    <message>
        <source>Mới tạo</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Chỉ có ghi âm</source>
        <translation>Recording only</translation>
    </message>
    <message>
        <source>Đang chép lời</source>
        <translation>Transcribing</translation>
    </message>
    <message>
        <source>Chép lời dở dang</source>
        <translation>Partly transcribed</translation>
    </message>
    <message>
        <source>Đã chép lời</source>
        <translation>Transcribed</translation>
    </message>
    <message>
        <source>Đã có kết luận</source>
        <translation>Has conclusions</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tên cuộc họp</source>
        <translation>Meeting title</translation>
    </message>
    <message>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chưa ghi ngày họp; đây là ngày tạo cuộc họp.</source>
        <translation>No meeting date entered; this is the date the meeting was created.</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Xóa cuộc họp</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <source>Xóa cuộc họp “{title}”?</source>
        <translation>Delete the meeting “{title}”?</translation>
    </message>
    <message>
        <source>Bản chép lời, các kết luận và nhiệm vụ của cuộc họp này cũng bị xóa và không khôi phục được. Bản sao tệp ghi âm vẫn được giữ lại trong thư mục dữ liệu trên máy.</source>
        <translation>The meeting’s transcript, conclusions and tasks will also be deleted and cannot be recovered. The copy of the recording stays in the data folder on this computer.</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cuộc họp &amp;mới…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <source>&amp;Nhập tệp ghi âm…</source>
        <translation>&amp;Import recording…</translation>
    </message>
    <message>
        <source>&amp;Sửa thông tin…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <source>&amp;Xóa</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Tìm cuộc họp (có dấu hoặc không dấu)…</source>
        <translation>Search meetings (accents optional)…</translation>
    </message>
    <message>
        <source>Chưa có cuộc họp nào</source>
        <translation>No meetings yet</translation>
    </message>
    <message>
        <source>Kéo thả tệp ghi âm vào đây, hoặc bấm Nhập tệp ghi âm… để bắt đầu. Ứng dụng chép lời ngay trên máy này, không gửi dữ liệu ra ngoài.</source>
        <translation>Drag and drop a recording here, or click Import recording… to get started. Transcription runs on this computer; no data is sent out.</translation>
    </message>
    <message>
        <source>Nhập tệp ghi âm…</source>
        <translation>Import recording…</translation>
    </message>
    <message>
        <source>Xem cuộc họp mẫu</source>
        <translation>View demo meeting</translation>
    </message>
    <message>
        <source>Không có cuộc họp nào khớp với “{text}”.</source>
        <translation>No meetings match “{text}”.</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Lùi 5 giây</source>
        <translation>Back 5 seconds</translation>
    </message>
    <message>
        <source>Tới 5 giây</source>
        <translation>Forward 5 seconds</translation>
    </message>
    <message>
        <source>Vị trí trong cuộc họp: kéo hoặc bấm để tua</source>
        <translation>Position in the meeting: drag or click to jump</translation>
    </message>
    <message>
        <source>Vị trí phát</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <source>&amp;Tốc độ:</source>
        <translation>&amp;Speed:</translation>
    </message>
    <message>
        <source>Tốc độ phát</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Phát</source>
        <translation>Play</translation>
    </message>
</context>
<context>
    <name>SegmentTableModel</name>
    <message>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Người nói</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Tính từ đầu cuộc họp, nối tiếp qua các tệp ghi âm</source>
        <translation>Counted from the start of the meeting, running on across recordings</translation>
    </message>
    <message>
        <source>Đã sửa. Nhấp đúp để phát từ đây (Enter)</source>
        <translation>Edited. Double-click to play from here (Enter)</translation>
    </message>
    <message>
        <source>Nhấp đúp để phát từ đây (Enter)</source>
        <translation>Double-click to play from here (Enter)</translation>
    </message>
    <message>
        <source>Đã sửa</source>
        <translation>Edited</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Ngôn ngữ giao diện:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Tệp dữ liệu:</source>
        <translation>Data file:</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>{action} ({shortcut})</source>
        <translation>{action} ({shortcut})</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>&amp;Nội dung:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation>C&amp;oordinating units:</translation>
    </message>
    <message>
        <source>&amp;Thời hạn:</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <source>&amp;Ghi chú:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <source>Việc phải làm</source>
        <translation>What needs to be done</translation>
    </message>
    <message>
        <source>Nội dung nhiệm vụ không được để trống.</source>
        <translation>The task text cannot be empty.</translation>
    </message>
    <message>
        <source>Chọn hoặc gõ tên đơn vị</source>
        <translation>Choose or type a unit name</translation>
    </message>
    <message>
        <source>Gõ vài chữ, có dấu hay không dấu, để tìm trong danh mục đơn vị; tên mới sẽ được thêm vào danh mục.</source>
        <translation>Type a few letters, with or without accents, to search the list of units; a new name is added to the list.</translation>
    </message>
    <message>
        <source>Thêm đơn vị rồi nhấn Enter</source>
        <translation>Unit name, then Enter</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Thêm đơn vị phối hợp (Enter)</source>
        <translation>Add the coordinating unit (Enter)</translation>
    </message>
    <message>
        <source>Ngày</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>Hạn hoàn thành (ngày/tháng/năm)</source>
        <translation>Due date (day/month/year)</translation>
    </message>
    <message>
        <source>Nhiệm vụ trọng tâm</source>
        <translation>Key task</translation>
    </message>
    <message>
        <source>Ghi chú thêm (không bắt buộc)</source>
        <translation>Additional notes (optional)</translation>
    </message>
    <message>
        <source>Trong cuộc họp: “{words}”</source>
        <translation>Said in the meeting: “{words}”</translation>
    </message>
    <message>
        <source>Lời nói về thời hạn được ghi nhận trong cuộc họp (chỉ để tham khảo)</source>
        <translation>What was said about the deadline in the meeting (for reference only)</translation>
    </message>
</context>
<context>
    <name>TasksPlaceholder</name>
    <message>
        <source>Sổ theo dõi nhiệm vụ sẽ có ở đây.</source>
        <translation>The task register will appear here.</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>&amp;Sửa nội dung</source>
        <translation>&amp;Edit text</translation>
    </message>
    <message>
        <source>&amp;Tách đoạn tại con trỏ</source>
        <translation>&amp;Split segment at cursor</translation>
    </message>
    <message>
        <source>&amp;Gộp với đoạn sau</source>
        <translation>&amp;Merge with next segment</translation>
    </message>
    <message>
        <source>Đặt &amp;người nói…</source>
        <translation>Set spea&amp;ker…</translation>
    </message>
    <message>
        <source>&amp;Tìm…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>T&amp;hay thế…</source>
        <translation>Rep&amp;lace…</translation>
    </message>
    <message>
        <source>Tìm &amp;tiếp</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <source>Tìm t&amp;rước</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Phát từ đây</source>
        <translation>&amp;Play from here</translation>
    </message>
    <message>
        <source>&amp;Bỏ người nói</source>
        <translation>&amp;Clear speaker</translation>
    </message>
    <message>
        <source>&amp;Khác…</source>
        <translation>&amp;Other…</translation>
    </message>
    <message>
        <source>Người &amp;nói</source>
        <translation>Spea&amp;ker</translation>
    </message>
    <message>
        <source>Chưa có lời nói nào được ghi lại. Các đoạn sẽ hiện ở đây khi chuyển thành văn bản.</source>
        <translation>No speech has been transcribed yet. Segments will appear here as they are turned into text.</translation>
    </message>
    <message>
        <source>Sửa đoạn</source>
        <translation>Edit segment</translation>
    </message>
    <message>
        <source>Mở đoạn để sửa rồi đặt con trỏ tại chỗ cần tách</source>
        <translation>Open the segment for editing, then put the cursor where it should be split</translation>
    </message>
    <message>
        <source>Tách đoạn</source>
        <translation>Split segment</translation>
    </message>
    <message>
        <source>Gộp đoạn</source>
        <translation>Merge segments</translation>
    </message>
    <message>
        <source>Đặt người nói</source>
        <translation>Set speaker</translation>
    </message>
    <message>
        <source>Người nói</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Tên người nói:</source>
        <translation>Speaker’s name:</translation>
    </message>
    <message>
        <source>Không tìm thấy “{text}”</source>
        <translation>“{text}” not found</translation>
    </message>
    <message>
        <source>Đoạn {n}/{total}</source>
        <translation>Segment {n} of {total}</translation>
    </message>
    <message>
        <source>Đoạn {n}/{total} (đã quay lại từ đầu)</source>
        <translation>Segment {n} of {total} (wrapped to the top)</translation>
    </message>
    <message>
        <source>Thay tất cả</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <source>Đã thay {n} chỗ</source>
        <translation>Replaced: {n}</translation>
    </message>
    <message>
        <source>Không có chỗ nào để thay</source>
        <translation>Nothing to replace</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác “{what}”</source>
        <translation>&amp;Undo “{what}”</translation>
    </message>
    <message>
        <source>&amp;Hoàn tác</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Làm lại “{what}”</source>
        <translation>&amp;Redo “{what}”</translation>
    </message>
    <message>
        <source>&amp;Làm lại</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>TranscriptionPanel</name>
    <message>
        <source>đang ước tính…</source>
        <translation>estimating…</translation>
    </message>
    <message>
        <source>còn khoảng {n} giây</source>
        <translation>about {n} sec left</translation>
    </message>
    <message>
        <source>còn khoảng {n} phút</source>
        <translation>about {n} min left</translation>
    </message>
    <message>
        <source>còn khoảng {hours} giờ</source>
        <translation>about {hours} hr left</translation>
    </message>
    <message>
        <source>còn khoảng {hours} giờ {minutes} phút</source>
        <translation>about {hours} hr {minutes} min left</translation>
    </message>
    <message>
        <source>Đang chép lời</source>
        <translation>Transcription in progress</translation>
    </message>
    <message>
        <source>Đang chép lời. Dừng lại và đóng? Phần đã chép được giữ nguyên; lần sau mở ứng dụng có thể chép tiếp.</source>
        <translation>A transcription is in progress. Stop it and close? What has been transcribed is kept; you can resume the next time you open the app.</translation>
    </message>
    <message>
        <source>Chép lời</source>
        <translation>Transcribe</translation>
    </message>
    <message>
        <source>Chép lời tiếp</source>
        <translation>Resume transcription</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Chép lời tiếp từ chỗ đã dừng. Phần đã chép được giữ nguyên.</source>
        <translation>Resume transcription where it stopped. What has been transcribed is kept.</translation>
    </message>
    <message>
        <source>Chuyển ghi âm của cuộc họp thành văn bản, ngay trên máy này.</source>
        <translation>Turn the meeting’s recording into text, right here on this computer.</translation>
    </message>
    <message>
        <source>Dừng chép lời (%1). Phần đã chép được giữ nguyên; có thể chép tiếp sau.</source>
        <translation>Stop transcribing (%1). What has been transcribed is kept; you can resume later.</translation>
    </message>
    <message>
        <source>Đang nạp mô hình…</source>
        <translation>Loading the speech model…</translation>
    </message>
    <message>
        <source>%1% — %2</source>
        <translation>%1% — %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Đang dừng sau đoạn đang chép…</source>
        <translation>Stopping after the current segment…</translation>
    </message>
    <message>
        <source>Đang chép lời. Mỗi đoạn chép xong được lưu ngay; có thể làm việc khác.</source>
        <translation>Transcribing. Each segment is saved as soon as it is done; you can carry on with other work.</translation>
    </message>
    <message>
        <source>Cuộc họp này chưa có tệp ghi âm.</source>
        <translation>This meeting has no recording yet.</translation>
    </message>
    <message>
        <source>Chép lời không thành công. Phần đã chép được giữ nguyên.</source>
        <translation>Transcription failed. What has been transcribed is kept.</translation>
    </message>
    <message numerus="yes">
        <source>Đã chép lời xong %n đoạn.</source>
        <translation>
            <numerusform>Transcription complete: %n segment.</numerusform>
            <numerusform>Transcription complete: %n segments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang chép lời một cuộc họp khác; khi xong mới chép được cuộc họp này.</source>
        <translation>Another meeting is being transcribed; this one can be transcribed once that has finished.</translation>
    </message>
    <message>
        <source>Đã dừng — bấm Chép lời tiếp để tiếp tục.</source>
        <translation>Stopped — click Resume transcription to continue.</translation>
    </message>
    <message>
        <source>Chưa chép lời.</source>
        <translation>Not transcribed yet.</translation>
    </message>
</context>
<context>
    <name>UnitChip</name>
    <message>
        <source>Bỏ đơn vị phối hợp này (Del)</source>
        <translation>Remove this coordinating unit (Del)</translation>
    </message>
    <message>
        <source>Bỏ {unit}</source>
        <translation>Remove {unit}</translation>
    </message>
</context>
</TS>
