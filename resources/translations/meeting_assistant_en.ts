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
        <source>Bản ghi không chạy: vị trí phát vẫn đứng yên. Hãy bấm vào thanh thời gian để chọn chỗ nghe, hoặc mở lại cuộc họp.</source>
        <translation>The recording is not playing: the position is not moving. Click the time bar to choose where to listen, or open the meeting again.</translation>
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
    <name>CompareDialog</name>
    <message>
        <source>So sánh hai bộ nhận dạng</source>
        <translation>Compare the two recognisers</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu từ:</source>
        <translation>&amp;Start at:</translation>
    </message>
    <message>
        <source>(30 giây)</source>
        <translation>(30 seconds)</translation>
    </message>
    <message>
        <source>&amp;So sánh</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>&amp;Dừng</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cùng một đoạn ghi âm được chép lời bằng cả hai bộ nhận dạng. Đọc hai bản, rồi chọn bộ nhận dạng cho cuộc họp này. Không có gì được lưu vào bản chép lời.</source>
        <translation>The same stretch of the recording is transcribed by both recognisers. Read both, then choose the recogniser for this meeting. Nothing is saved to the transcript.</translation>
    </message>
    <message>
        <source>Đang dừng…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Đang chép lời 30 giây bằng từng bộ nhận dạng… (có thể mất một phút)</source>
        <translation>Transcribing 30 seconds with each recogniser… (this may take a minute)</translation>
    </message>
    <message>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>viet-asr (tiếng Việt)</source>
        <translation>viet-asr (Vietnamese)</translation>
    </message>
    <message>
        <source>Whisper — %1</source>
        <translation>Whisper — %1</translation>
    </message>
    <message>
        <source>(đã dừng)</source>
        <translation>(stopped)</translation>
    </message>
    <message>
        <source>(không nghe được lời nào)</source>
        <translation>(no words heard)</translation>
    </message>
    <message>
        <source>Dùng bộ nhận dạng này cho cuộc họp</source>
        <translation>Use this recogniser for the meeting</translation>
    </message>
    <message>
        <source>Mất %1 giây cho %2 giây ghi âm (nạp mô hình: %3 giây).</source>
        <translation>Took %1 seconds for %2 seconds of recording (loading the model: %3 seconds).</translation>
    </message>
</context>
<context>
    <name>CompletionDialog</name>
    <message>
        <source>Đánh dấu hoàn thành</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>&amp;Ngày hoàn thành:</source>
        <translation>Completed &amp;on:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Ngày đơn vị hoàn thành nhiệm vụ; không trước ngày họp giao nhiệm vụ.</source>
        <translation>The day the unit completed the task; not before the meeting that assigned it.</translation>
    </message>
    <message>
        <source>Đánh dấu &amp;hoàn thành</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Sẽ được tính là: {status}.</source>
        <translation>It will count as: {status}.</translation>
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
    <name>ConversionProgress</name>
    <message>
        <source>Mã hóa dữ liệu</source>
        <translation>Data encryption</translation>
    </message>
    <message>
        <source>Đang chuyển đổi dữ liệu (cơ sở dữ liệu và âm thanh)… Xin đừng tắt máy.</source>
        <translation>Converting the data (database and audio)… Please do not turn the computer off.</translation>
    </message>
</context>
<context>
    <name>DemoWindow</name>
    <message>
        <source>Meeting Assistant — Cuộc họp mẫu (dữ liệu thử, để riêng)</source>
        <translation>Meeting Assistant — Demo meeting (sample data, kept apart)</translation>
    </message>
    <message>
        <source>Cuộc họp mẫu trong dữ liệu thật</source>
        <translation>Demo meeting among real data</translation>
    </message>
    <message>
        <source>Phiên bản trước đã tạo cuộc họp mẫu “{title}” (số {id}) lẫn trong các cuộc họp thật, nên các nhiệm vụ mẫu được tính vào sổ theo dõi. Cuộc họp mẫu nay có cửa sổ và dữ liệu riêng.</source>
        <translation>An earlier version made the demo meeting “{title}” (number {id}) among your real meetings, so its sample tasks count in the register. The demo meeting now has a window and data of its own.</translation>
    </message>
    <message>
        <source>Xóa cuộc họp mẫu cũ khỏi dữ liệu thật?</source>
        <translation>Delete the old demo meeting from the real data?</translation>
    </message>
    <message>
        <source>&amp;Xóa khỏi dữ liệu thật</source>
        <translation>&amp;Delete from the real data</translation>
    </message>
    <message>
        <source>&amp;Giữ lại</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>DisableEncryptionDialog</name>
    <message>
        <source>Tắt mã hóa dữ liệu trên đĩa</source>
        <translation>Turn off encryption of the data on disk</translation>
    </message>
    <message>
        <source>Cơ sở dữ liệu và các tệp ghi âm sẽ được lưu không mã hóa (vẫn chỉ người dùng này đọc được). Nhập mật khẩu dữ liệu để xác nhận. Cửa sổ sẽ đóng lại, chuyển đổi dữ liệu rồi mở lại.</source>
        <translation>The database and the recordings will be stored unencrypted (still readable by this user only). Enter the data passphrase to confirm. The window closes, converts the data and opens again.</translation>
    </message>
    <message>
        <source>Mật khẩu dữ liệu</source>
        <translation>Data passphrase</translation>
    </message>
    <message>
        <source>Giải mã dữ liệu</source>
        <translation>Decrypt the data</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Thông báo kết luận — {title}</source>
        <translation>Conclusion notice — {title}</translation>
    </message>
    <message>
        <source>Biên bản — {title}</source>
        <translation>Minutes — {title}</translation>
    </message>
    <message>
        <source>Kèm toàn văn ghi âm (phụ lục)</source>
        <translation>Add the full transcript (appendix)</translation>
    </message>
    <message>
        <source>Công văn đôn đốc — {unit}</source>
        <translation>Follow-up memo — {unit}</translation>
    </message>
    <message>
        <source>Báo cáo tình hình thực hiện nhiệm vụ</source>
        <translation>Task progress report</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Văn bản thuần (*.txt)</source>
        <translation>Plain text (*.txt)</translation>
    </message>
    <message>
        <source>Phụ đề SubRip (*.srt)</source>
        <translation>SubRip subtitles (*.srt)</translation>
    </message>
    <message>
        <source>Phụ đề WebVTT (*.vtt)</source>
        <translation>WebVTT subtitles (*.vtt)</translation>
    </message>
    <message>
        <source>Lưu bản ghi lời</source>
        <translation>Save the transcript</translation>
    </message>
</context>
<context>
    <name>DocumentHoles</name>
    <message>
        <source>Văn bản còn thiếu thông tin</source>
        <translation>The document lacks information</translation>
    </message>
    <message>
        <source>Văn bản chưa thể ban hành khi còn thiếu:</source>
        <translation>The document cannot be issued while it lacks:</translation>
    </message>
    <message>
        <source>Mở &amp;Cài đặt</source>
        <translation>Open &amp;Settings</translation>
    </message>
    <message>
        <source>Sửa &amp;thông tin cuộc họp</source>
        <translation>Edit the &amp;meeting&apos;s details</translation>
    </message>
    <message>
        <source>Xem &amp;kết luận nháp</source>
        <translation>See the &amp;draft conclusions</translation>
    </message>
    <message>
        <source>Xem bản &amp;dự thảo</source>
        <translation>View as a dra&amp;ft</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>DocumentPreview</name>
    <message>
        <source>Đang tạo bản xem trước…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <source>{n} trang</source>
        <translation>{n} page(s)</translation>
    </message>
    <message>
        <source>Tài liệu PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Tài liệu Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <source>Bảng tính CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Lưu văn bản</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>Văn bản còn thiếu thông tin</source>
        <translation>The document lacks information</translation>
    </message>
    <message>
        <source>Lưu bản &amp;dự thảo</source>
        <translation>Save as a &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Không mở được máy in.</source>
        <translation>The printer could not be opened.</translation>
    </message>
    <message>
        <source>Lưu &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Lưu &amp;DOCX…</source>
        <translation>Save &amp;DOCX…</translation>
    </message>
    <message>
        <source>Lưu &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;In…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>DocumentSettingsBox</name>
    <message>
        <source>Văn bản và theo dõi nhiệm vụ</source>
        <translation>Documents and task follow-up</translation>
    </message>
    <message>
        <source>Nhà nước (Nghị định 30/2020/NĐ-CP)</source>
        <translation>State (Decree 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Đảng (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW)</source>
        <translation>Party (Regulation 399-QĐ/TW, Guide 05-HD/VPTW)</translation>
    </message>
    <message>
        <source>&amp;Thể thức văn bản:</source>
        <translation>Document &amp;layout:</translation>
    </message>
    <message>
        <source>Cơ quan chủ q&amp;uản:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <source>Cơ quan &amp;ban hành:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>&amp;Ký hiệu cơ quan:</source>
        <translation>Body&apos;s s&amp;ymbol:</translation>
    </message>
    <message>
        <source>Địa &amp;danh (dòng ngày tháng):</source>
        <translation>&amp;Place name (date line):</translation>
    </message>
    <message>
        <source>&amp;Quyền hạn ký (TM., KT., …):</source>
        <translation>Signing &amp;authority (TM., KT., …):</translation>
    </message>
    <message>
        <source>&amp;Chức vụ người ký:</source>
        <translation>Signer&apos;s &amp;title:</translation>
    </message>
    <message>
        <source>&amp;Họ tên người ký:</source>
        <translation>Signer&apos;s &amp;name:</translation>
    </message>
    <message>
        <source>Đơn vị soạn thảo (viết tắt):</source>
        <translation>Drafting unit (abbreviation):</translation>
    </message>
    <message>
        <source>Đơn vị theo dõi, đôn đốc:</source>
        <translation>Unit that follows up:</translation>
    </message>
    <message>
        <source>Người liên hệ:</source>
        <translation>Contact person:</translation>
    </message>
    <message>
        <source>Điện thoại người liên hệ:</source>
        <translation>Contact person&apos;s phone:</translation>
    </message>
    <message>
        <source>Địa chỉ cơ quan:</source>
        <translation>Office address:</translation>
    </message>
    <message>
        <source>Điện thoại cơ quan:</source>
        <translation>Office phone:</translation>
    </message>
    <message>
        <source>Thư điện tử:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Nhiệm kỳ (văn bản Đảng):</source>
        <translation>Term (Party documents):</translation>
    </message>
    <message>
        <source>&amp;Nơi nhận thêm (mỗi dòng một nơi):</source>
        <translation>&amp;Extra recipients (one per line):</translation>
    </message>
    <message>
        <source>Báo “sắp đến hạn” trước (ngày):</source>
        <translation>Warn “due soon” this many days before:</translation>
    </message>
    <message>
        <source>VD: UBND TỈNH BẮC NINH</source>
        <translation>e.g. UBND TỈNH BẮC NINH</translation>
    </message>
    <message>
        <source>VD: SỞ NỘI VỤ</source>
        <translation>e.g. SỞ NỘI VỤ</translation>
    </message>
    <message>
        <source>VD: SNV (Số: 12/TB-SNV)</source>
        <translation>e.g. SNV (Số: 12/TB-SNV)</translation>
    </message>
    <message>
        <source>VD: Bắc Ninh</source>
        <translation>e.g. Bắc Ninh</translation>
    </message>
    <message>
        <source>VD: KT. GIÁM ĐỐC</source>
        <translation>e.g. KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>VD: PHÓ GIÁM ĐỐC</source>
        <translation>e.g. PHÓ GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>VD: VP (Số: 05/SNV-VP)</source>
        <translation>e.g. VP (No. 05/SNV-VP)</translation>
    </message>
    <message>
        <source>VD: Văn phòng Sở</source>
        <translation>e.g. Văn phòng Sở</translation>
    </message>
    <message>
        <source>VD: 2025-2030</source>
        <translation>e.g. 2025-2030</translation>
    </message>
</context>
<context>
    <name>EnableEncryptionDialog</name>
    <message>
        <source>Bật mã hóa dữ liệu trên đĩa</source>
        <translation>Turn on encryption of the data on disk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quên mật khẩu là mất toàn bộ dữ liệu.&lt;/b&gt; Khi bật mã hóa, cơ sở dữ liệu và mọi tệp ghi âm chỉ mở được bằng mật khẩu này; không ai, kể cả người làm ra ứng dụng, lấy lại được nó. Các bản sao lưu của dữ liệu đã mã hóa cũng cần mật khẩu này. Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn.&lt;br&gt;&lt;br&gt;Ứng dụng sẽ hỏi mật khẩu mỗi lần mở. Để mã hóa, cửa sổ sẽ đóng lại, chuyển đổi dữ liệu rồi mở lại.</source>
        <translation>&lt;b&gt;A forgotten passphrase loses all the data.&lt;/b&gt; Once encryption is on, the database and every recording open only with this passphrase; no one, not even the app&apos;s makers, can recover it. Backups of the encrypted data need it too. Write the passphrase down and keep it somewhere safe.&lt;br&gt;&lt;br&gt;The app asks for it every time it opens. To encrypt, the window closes, converts the data and opens again.</translation>
    </message>
    <message>
        <source>Tôi đã hiểu: quên mật khẩu thì không ai lấy lại được dữ liệu.</source>
        <translation>I understand: if the passphrase is forgotten, no one can get the data back.</translation>
    </message>
    <message>
        <source>Mật khẩu dữ liệu</source>
        <translation>Data passphrase</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the passphrase</translation>
    </message>
    <message>
        <source>Mật khẩu:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Nhập lại:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <source>Mã hóa dữ liệu</source>
        <translation>Encrypt the data</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Mật khẩu cần ít nhất {n} ký tự.</source>
        <translation>The passphrase needs at least {n} characters.</translation>
    </message>
    <message>
        <source>Hai lần nhập chưa khớp.</source>
        <translation>The two entries do not match.</translation>
    </message>
    <message>
        <source>Hãy đánh dấu ô xác nhận ở trên.</source>
        <translation>Tick the confirmation box above.</translation>
    </message>
</context>
<context>
    <name>EncryptionBox</name>
    <message>
        <source>Mã hóa dữ liệu trên đĩa</source>
        <translation>Encryption of the data on disk</translation>
    </message>
    <message>
        <source>Tùy chọn, mặc định tắt. Khi bật, cơ sở dữ liệu (SQLCipher) và thư mục âm thanh (AES-256-GCM) được mã hóa bằng một mật khẩu dữ liệu, hỏi mỗi lần mở ứng dụng. Bản ghi âm đang ghi được lưu thẳng ra đĩa và mã hóa ngay khi dừng ghi.</source>
        <translation>Optional, off by default. When on, the database (SQLCipher) and the audio folder (AES-256-GCM) are encrypted with a data passphrase, asked for every time the app opens. A recording in progress is written straight to disk and encrypted as soon as it stops.</translation>
    </message>
    <message>
        <source>Bản cài đặt này không có SQLCipher (gói sqlcipher3-wheels): không bật được mã hóa.</source>
        <translation>This installation has no SQLCipher (the sqlcipher3-wheels package): encryption cannot be turned on.</translation>
    </message>
    <message>
        <source>Bật mã hóa…</source>
        <translation>Turn on encryption…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đang bật.&lt;/b&gt; Dữ liệu chỉ mở được bằng mật khẩu dữ liệu.</source>
        <translation>&lt;b&gt;On.&lt;/b&gt; The data opens only with the data passphrase.</translation>
    </message>
    <message>
        <source>Tắt mã hóa…</source>
        <translation>Turn off encryption…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Đang tắt.&lt;/b&gt; Tệp dữ liệu chỉ người dùng này đọc được, nhưng không được mã hóa.</source>
        <translation>&lt;b&gt;Off.&lt;/b&gt; The data files are readable by this user only, but not encrypted.</translation>
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
    <message>
        <source>Đã xảy ra lỗi không mong muốn. Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết đã được ghi vào {path}; hãy gửi tệp này cho bộ phận hỗ trợ nếu lỗi lặp lại.</source>
        <translation>Something unexpected went wrong. Nothing already saved was affected. The details were written to {path}; send that file to your support team if it happens again.</translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <source>Xuất gói xem xét</source>
        <translation>Export a review package</translation>
    </message>
    <message>
        <source>Kèm đoạn ghi âm của từng kết luận, nhiệm vụ</source>
        <translation>Include the audio span of each conclusion and task</translation>
    </message>
    <message>
        <source>Gửi mật khẩu cho người xem xét bằng đường khác (gọi điện, gặp trực tiếp), không gửi kèm tệp. Mất mật khẩu thì không ai mở được gói.</source>
        <translation>Give the reviewer the passphrase another way (by phone, in person), never with the file. If the passphrase is lost, nobody can open the package.</translation>
    </message>
    <message>
        <source>Mật khẩu (ít nhất 8 ký tự):</source>
        <translation>Passphrase (at least 8 characters):</translation>
    </message>
    <message>
        <source>Nhập lại mật khẩu:</source>
        <translation>Repeat the passphrase:</translation>
    </message>
    <message>
        <source>Các cuộc họp đưa vào gói:</source>
        <translation>Meetings to put in the package:</translation>
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
        <source>Mọi người nói</source>
        <translation>All speakers</translation>
    </message>
    <message>
        <source>Người nói</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Chỉ tìm trong lời của một người; chưa gõ gì thì Tìm tiếp đến lượt nói sau</source>
        <translation>Search one speaker’s words only; with nothing typed, Next goes to their next turn</translation>
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
        <source>&amp;Thay</source>
        <translation>Re&amp;place</translation>
    </message>
    <message>
        <source>Thay chỗ đang chọn rồi tìm chỗ tiếp theo; có thể hoàn tác bằng Ctrl+Z</source>
        <translation>Replace the match shown, then find the next one; Ctrl+Z undoes it</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>Hướng dẫn sử dụng</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>Giới thiệu Meeting Assistant</source>
        <translation>About Meeting Assistant</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Meeting Assistant {version}&lt;/h3&gt;&lt;p&gt;Ghi âm, chép lời tiếng Việt và theo dõi kết luận, nhiệm vụ của các cuộc họp.&lt;/p&gt;&lt;p&gt;Mọi dữ liệu được xử lý ngay trên máy này, không gửi ra ngoài.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meeting Assistant {version}&lt;/h3&gt;&lt;p&gt;Records and transcribes Vietnamese-language meetings and keeps track of their conclusions and tasks.&lt;/p&gt;&lt;p&gt;All data is processed on this computer and never sent anywhere else.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Tệp ghi âm và video ({patterns});;Tất cả các tệp (*)</source>
        <translation>Audio and video files ({patterns});;All files (*)</translation>
    </message>
    <message>
        <source>Nhập tệp ghi âm</source>
        <translation>Import recording</translation>
    </message>
    <message>
        <source>Thêm bản ghi âm vào cuộc họp</source>
        <translation>Add a recording to the meeting</translation>
    </message>
    <message>
        <source>Đang nhập “{name}”…</source>
        <translation>Importing “{name}”…</translation>
    </message>
    <message>
        <source>Đang tạo cuộc họp mẫu…</source>
        <translation>Creating the demo meeting…</translation>
    </message>
    <message>
        <source>Tệp ghi âm bị hỏng</source>
        <translation>Damaged recording</translation>
    </message>
    <message>
        <source>Nhập &amp;phần đọc được</source>
        <translation>Import the &amp;readable part</translation>
    </message>
    <message>
        <source>&amp;Không nhập</source>
        <translation>&amp;Do not import</translation>
    </message>
    <message>
        <source>{current} (còn {count} tệp chờ)</source>
        <translation>{current} ({count} more waiting)</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>▶  Nghe đoạn ghi âm</source>
        <translation>▶  Listen to the recording</translation>
    </message>
    <message>
        <source>Ý kiến của người xem xét</source>
        <translation>Reviewer&apos;s comment</translation>
    </message>
    <message>
        <source>Người góp ý:</source>
        <translation>Reviewer:</translation>
    </message>
    <message>
        <source>Ý kiến:</source>
        <translation>Verdict:</translation>
    </message>
    <message>
        <source>Nội dung:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Họ tên, chức vụ</source>
        <translation>Name, title</translation>
    </message>
    <message>
        <source>Ghi ý kiến</source>
        <translation>Add comment</translation>
    </message>
    <message>
        <source>Chọn một kết luận hoặc nhiệm vụ để xem và góp ý.</source>
        <translation>Choose a conclusion or task to read and comment on.</translation>
    </message>
    <message>
        <source>thường xuyên</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Chủ trì: {unit}</source>
        <translation>Lead: {unit}</translation>
    </message>
    <message>
        <source>Phối hợp: {units}</source>
        <translation>Coordinating: {units}</translation>
    </message>
    <message>
        <source>Thời hạn: {d}</source>
        <translation>Deadline: {d}</translation>
    </message>
    <message>
        <source>Trạng thái (ngày xuất gói): {s}</source>
        <translation>Status (on the export day): {s}</translation>
    </message>
    <message>
        <source>Tiến độ {d}: {note}</source>
        <translation>Progress {d}: {note}</translation>
    </message>
</context>
<context>
    <name>ItemSections</name>
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
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;Phím tắt</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Thêm &amp;bản ghi âm vào cuộc họp này…</source>
        <translation>Add a &amp;recording to this meeting…</translation>
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
        <source>&amp;Ghi âm cuộc họp…</source>
        <translation>&amp;Record a meeting…</translation>
    </message>
    <message>
        <source>Nhiệm vụ ({n} quá hạn)</source>
        <translation>Tasks ({n} overdue)</translation>
    </message>
    <message>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>{n} nhiệm vụ chưa hoàn thành đã quá hạn</source>
        <translation>Unfinished tasks past their deadline: {n}</translation>
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
        <source>Cơ quan ban hành:</source>
        <translation>Issuing body:</translation>
    </message>
    <message>
        <source>Ký hiệu cơ quan:</source>
        <translation>Body&apos;s symbol:</translation>
    </message>
    <message>
        <source>Thẩm quyền ký:</source>
        <translation>Signing authority:</translation>
    </message>
    <message>
        <source>Chức vụ người ký:</source>
        <translation>Signer&apos;s title:</translation>
    </message>
    <message>
        <source>Người &amp;ký:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>theo Cài đặt: {value}</source>
        <translation>from Settings: {value}</translation>
    </message>
    <message>
        <source>ví dụ: KT. GIÁM ĐỐC (nếu cấp phó ký thay)</source>
        <translation>e.g. KT. GIÁM ĐỐC (when a deputy signs)</translation>
    </message>
    <message>
        <source>chưa có trong Cài đặt: cần nhập để in thông báo</source>
        <translation>not set in Settings: needed to print the notice</translation>
    </message>
    <message>
        <source>Chương trình:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Tóm tắt nội dung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <source>Diễn biến chính của cuộc họp, in vào mục Nội dung của biên bản</source>
        <translation>The main course of the meeting, printed as the content of the minutes</translation>
    </message>
    <message>
        <source>Bắt buộc, ví dụ: Hội nghị Ban Thường vụ</source>
        <translation>Required, e.g. Hội nghị Ban Thường vụ</translation>
    </message>
    <message>
        <source>ví dụ: 15 (ký hiệu lấy từ Cài đặt)</source>
        <translation>e.g. 15 (the symbol comes from Settings)</translation>
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
        <source>Lý do vắng</source>
        <translation>Reason for absence</translation>
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
        <source>Đã lưu {path}</source>
        <translation>Saved {path}</translation>
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
        <source>Đề xuất ({n})</source>
        <translation>Suggested ({n})</translation>
    </message>
    <message>
        <source>Thay các đoạn đã sửa</source>
        <translation>Replace the edited segments</translation>
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
        <source>Thêm bản ghi âm…</source>
        <translation>Add recording…</translation>
    </message>
    <message>
        <source>Thêm tệp ghi âm vào cuộc họp này, sau các tệp đã có (hoặc kéo thả tệp vào đây)</source>
        <translation>Add a recording to this meeting, after the ones it has (or drop files here)</translation>
    </message>
    <message>
        <source>Đề xuất</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Người nói…</source>
        <translation>Speakers…</translation>
    </message>
    <message>
        <source>Tìm người nói và đặt tên theo danh sách đại biểu</source>
        <translation>Find who spoke and name the voices after the attendees</translation>
    </message>
    <message>
        <source>Các kết luận, nhiệm vụ đề xuất từ bản chép lời ({shortcut})</source>
        <translation>Conclusions and tasks suggested from the transcript ({shortcut})</translation>
    </message>
    <message>
        <source>Văn bản</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Thông báo kết luận…</source>
        <translation>Conclusion notice…</translation>
    </message>
    <message>
        <source>Biên bản cuộc họp…</source>
        <translation>Minutes…</translation>
    </message>
    <message>
        <source>Lưu bản ghi lời…</source>
        <translation>Save the transcript…</translation>
    </message>
    <message>
        <source>Xem và in thông báo kết luận ({shortcut})</source>
        <translation>Preview and print the conclusion notice ({shortcut})</translation>
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
        <source>Bản ghi âm (bản sao trong thư mục dữ liệu), bản chép lời, các kết luận, nhiệm vụ và lịch sử sửa đổi của cuộc họp này đều bị xóa hẳn và không khôi phục được. Tệp ghi âm gốc mà bạn đã nhập (nếu có) không bị động đến.</source>
        <translation>The meeting&apos;s recordings (the app&apos;s copies in its data folder), transcript, conclusions, tasks and their edit history are all deleted for good and cannot be recovered. The original files you imported (if any) are not touched.</translation>
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
    <name>MemoDialog</name>
    <message>
        <source>Công văn đôn đốc</source>
        <translation>Follow-up memo</translation>
    </message>
    <message>
        <source>{n} đơn vị có nhiệm vụ quá hạn hoặc sắp đến hạn:</source>
        <translation>{n} unit(s) with overdue or due-soon tasks:</translation>
    </message>
    <message>
        <source>Đơn &amp;vị:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Định dạng khi đôn đốc tất cả:</source>
        <translation>Format when chasing all:</translation>
    </message>
    <message>
        <source>&amp;Xem công văn</source>
        <translation>&amp;View the memo</translation>
    </message>
    <message>
        <source>Đôn đốc &amp;tất cả ({n})…</source>
        <translation>Chase &amp;all ({n})…</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>{unit} không có nhiệm vụ nào quá hạn hoặc sắp đến hạn.</source>
        <translation>{unit} has no overdue or due-soon task.</translation>
    </message>
    <message>
        <source>Không đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn.</source>
        <translation>No unit has an overdue or due-soon task.</translation>
    </message>
    <message>
        <source>Không có gì cần đôn đốc.</source>
        <translation>There is nothing to chase.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
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
    <name>ProgressDialog</name>
    <message>
        <source>Báo cáo tiến độ</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <source>&amp;Ngày:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Người &amp;báo cáo:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <source>Nội &amp;dung:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Người hoặc đơn vị báo cáo (không bắt buộc)</source>
        <translation>The person or unit reporting (optional)</translation>
    </message>
    <message>
        <source>Kết quả, khó khăn, kiến nghị mà đơn vị báo cáo</source>
        <translation>Results, difficulties and requests the unit reports</translation>
    </message>
    <message>
        <source>&amp;Lưu</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RecogniserChoice</name>
    <message>
        <source>&amp;Bộ nhận dạng:</source>
        <translation>&amp;Recogniser:</translation>
    </message>
    <message>
        <source>&amp;Ngôn ngữ:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Vietnamese</translation>
    </message>
    <message>
        <source>Tiếng Anh</source>
        <translation>English</translation>
    </message>
    <message>
        <source>viet-asr: mô hình tiếng Việt, nhanh và ít lỗi hơn; viết số bằng chữ số, không có dấu câu giữa câu. Whisper: mọi ngôn ngữ, có dấu câu.</source>
        <translation>viet-asr: a Vietnamese model, faster and with fewer errors; numbers in digits, no punctuation inside sentences. Whisper: every language, with punctuation.</translation>
    </message>
    <message>
        <source>viet-asr (tiếng Việt)</source>
        <translation>viet-asr (Vietnamese)</translation>
    </message>
    <message>
        <source>Whisper — %1</source>
        <translation>Whisper — %1</translation>
    </message>
</context>
<context>
    <name>RecordingDisplay</name>
    <message>
        <source>Đã dừng ghi</source>
        <translation>Recording stopped</translation>
    </message>
    <message>
        <source>Đã tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Đang ghi</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Không chép lời được trong khi ghi; bản ghi vẫn tiếp tục. Có thể chép lời sau khi dừng, trên trang cuộc họp.</source>
        <translation>Live transcription failed; recording goes on. Transcribe after stopping, on the meeting page.</translation>
    </message>
    <message>
        <source>Đang chép lời phần cuối… (đã chép đến {time})</source>
        <translation>Transcribing the last part… (done up to {time})</translation>
    </message>
    <message>
        <source>Đang lưu bản ghi…</source>
        <translation>Saving the recording…</translation>
    </message>
    <message>
        <source>Không chép lời trong khi ghi: chép lời sau khi dừng, trên trang cuộc họp.</source>
        <translation>Not transcribing while recording: transcribe after stopping, on the meeting page.</translation>
    </message>
    <message>
        <source>Đã chép lời đến {time}</source>
        <translation>Transcribed up to {time}</translation>
    </message>
    <message>
        <source>Đang chờ đoạn nói đầu tiên để chép lời…</source>
        <translation>Waiting for the first stretch of speech to transcribe…</translation>
    </message>
    <message>
        <source>Ổ đĩa sắp đầy: chỉ còn trống {size}. Hãy giải phóng bớt dung lượng; khi ổ đĩa đầy, bản ghi sẽ dừng và phần đã ghi được giữ nguyên.</source>
        <translation>The disk is nearly full: only {size} free. Free some space; when the disk is full, recording stops and what was recorded is kept.</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Cuộc họp đang mở: {title}</source>
        <translation>The open meeting: {title}</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <source>Ổ đĩa sắp đầy</source>
        <translation>The disk is nearly full</translation>
    </message>
    <message>
        <source>Ổ đĩa chỉ còn trống {size}. Bản ghi có thể bị dừng khi ổ đĩa đầy. Vẫn bắt đầu ghi?</source>
        <translation>Only {size} is free on the disk. Recording may stop when the disk is full. Start recording anyway?</translation>
    </message>
    <message>
        <source>Đang ghi âm</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Đang ghi âm cuộc họp. Dừng ghi, lưu bản ghi rồi đóng ứng dụng? Phần chưa chép lời có thể chép lời sau.</source>
        <translation>A meeting is being recorded. Stop, save the recording and close the app? What is not transcribed yet can be transcribed later.</translation>
    </message>
    <message>
        <source>Dừng ghi và đóng</source>
        <translation>Stop recording and close</translation>
    </message>
    <message>
        <source>Tiếp tục ghi</source>
        <translation>Keep recording</translation>
    </message>
    <message>
        <source>Đã dừng ghi</source>
        <translation>Recording stopped</translation>
    </message>
    <message>
        <source>Đã tạm dừng</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Đang ghi</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Tạm dừng</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cuộc họp mới</source>
        <translation>A new meeting</translation>
    </message>
    <message>
        <source>Cuộc họp đang mở: {title}</source>
        <translation>The open meeting: {title}</translation>
    </message>
    <message>
        <source>{name} (mặc định)</source>
        <translation>{name} (default)</translation>
    </message>
    <message>
        <source>Không tìm thấy micrô</source>
        <translation>No microphone found</translation>
    </message>
    <message>
        <source>Ổ đĩa còn trống {size}, đủ ghi khoảng {hours} giờ</source>
        <translation>{size} free on the disk, about {hours} hours of recording</translation>
    </message>
    <message>
        <source>Ổ đĩa sắp đầy: chỉ còn trống {size}</source>
        <translation>The disk is nearly full: only {size} free</translation>
    </message>
    <message>
        <source>&amp;Dừng</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Dừng ghi và lưu bản ghi. Sau đó cuộc họp được mở ra.</source>
        <translation>Stop and save the recording. The meeting opens afterwards.</translation>
    </message>
</context>
<context>
    <name>RecordingSetup</name>
    <message>
        <source>Ghi âm cuộc họp</source>
        <translation>Record a meeting</translation>
    </message>
    <message>
        <source>&amp;Thiết bị thu:</source>
        <translation>&amp;Input device:</translation>
    </message>
    <message>
        <source>Micrô dùng để ghi. Có thể gõ “file:đường-dẫn” để phát một tệp thay micrô.</source>
        <translation>The microphone to record from. Type “file:path” to play a file instead of a microphone.</translation>
    </message>
    <message>
        <source>&amp;Lưu vào:</source>
        <translation>&amp;Save into:</translation>
    </message>
    <message>
        <source>Tên cuộc họp (có thể sửa sau)</source>
        <translation>Meeting title (can be changed later)</translation>
    </message>
    <message>
        <source>&amp;Chép lời trong khi ghi</source>
        <translation>&amp;Transcribe while recording</translation>
    </message>
    <message>
        <source>Lời nói được chép thành văn bản ngay khi ghi; máy chạy nặng hơn.</source>
        <translation>Speech is transcribed while it is recorded; the computer works harder.</translation>
    </message>
    <message>
        <source>Không tìm thấy micrô. Hãy cắm micrô rồi mở lại mục này.</source>
        <translation>No microphone found. Plug one in, then open this again.</translation>
    </message>
    <message>
        <source>&amp;Bắt đầu ghi</source>
        <translation>&amp;Start recording</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RegisterCommands</name>
    <message>
        <source>Thư mục lưu các công văn đôn đốc</source>
        <translation>Folder for the follow-up memos</translation>
    </message>
    <message>
        <source>Đã lưu {n} công văn đôn đốc vào {folder}</source>
        <translation>Saved {n} follow-up memo(s) in {folder}</translation>
    </message>
</context>
<context>
    <name>RegisterDetail</name>
    <message>
        <source>Chọn một nhiệm vụ để xem tiến độ, báo cáo kết quả hoặc đánh dấu hoàn thành.</source>
        <translation>Select a task to see its progress, report on it or mark it as done.</translation>
    </message>
    <message>
        <source>Cuộc họp:</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Chủ trì:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Phối hợp:</source>
        <translation>Coordinating:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Tình trạng:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Mở cuộc họp</source>
        <translation>&amp;Open the meeting</translation>
    </message>
    <message>
        <source>Mở cuộc họp đã giao nhiệm vụ này để sửa nhiệm vụ</source>
        <translation>Open the meeting that assigned this task, to edit the task</translation>
    </message>
    <message>
        <source>Đánh dấu &amp;hoàn thành…</source>
        <translation>Mark as &amp;done…</translation>
    </message>
    <message>
        <source>Hủ&amp;y nhiệm vụ</source>
        <translation>Cance&amp;l the task</translation>
    </message>
    <message>
        <source>Nhiệm vụ không còn phải thực hiện (được tính riêng, không tính là quá hạn)</source>
        <translation>The task no longer has to be done (counted apart, never overdue)</translation>
    </message>
    <message>
        <source>Mở &amp;lại</source>
        <translation>R&amp;eopen</translation>
    </message>
    <message>
        <source>Bỏ đánh dấu hoàn thành hoặc hủy</source>
        <translation>Undo done or cancelled</translation>
    </message>
    <message>
        <source>Tiến độ thực hiện</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Chưa có báo cáo tiến độ nào.</source>
        <translation>No progress reported yet.</translation>
    </message>
    <message>
        <source>Thêm &amp;báo cáo tiến độ…</source>
        <translation>Add a progress re&amp;port…</translation>
    </message>
    <message>
        <source>Chưa giao đơn vị chủ trì</source>
        <translation>No lead unit yet</translation>
    </message>
    <message>
        <source>{deadline} — trong cuộc họp: “{words}”</source>
        <translation>{deadline} — in the meeting: “{words}”</translation>
    </message>
    <message>
        <source>{status}, ngày {date}</source>
        <translation>{status}, on {date}</translation>
    </message>
</context>
<context>
    <name>RegisterFilters</name>
    <message>
        <source>Tìm theo nội dung (có dấu hoặc không dấu)…</source>
        <translation>Search the content (accents optional)…</translation>
    </message>
    <message>
        <source>Mọi đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Nhiệm vụ đơn vị chủ trì hoặc phối hợp; gõ tên có dấu hay không dấu</source>
        <translation>Tasks the unit leads or coordinates; type the name with or without accents</translation>
    </message>
    <message>
        <source>Mọi tình trạng</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Mọi cuộc họp</source>
        <translation>All meetings</translation>
    </message>
    <message>
        <source>Hạn &amp;từ</source>
        <translation>Deadline &amp;from</translation>
    </message>
    <message>
        <source>đế&amp;n</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <source>Đến hạn &amp;trong</source>
        <translation>Due &amp;within</translation>
    </message>
    <message>
        <source>Nhiệm vụ chưa xong có hạn trong số ngày tới (kể cả đã quá hạn)</source>
        <translation>Unfinished tasks due within the next days (overdue included)</translation>
    </message>
    <message>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Chỉ nhiệm vụ trọng &amp;tâm</source>
        <translation>&amp;Key tasks only</translation>
    </message>
    <message>
        <source>&amp;Bỏ lọc</source>
        <translation>Clear filte&amp;rs</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>Kỳ báo cáo</source>
        <translation>Report period</translation>
    </message>
    <message>
        <source>Cuộc họp từ ngày</source>
        <translation>Meetings from</translation>
    </message>
    <message>
        <source>đến ngày</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Tháng</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <source>&amp;Quý</source>
        <translation>&amp;Quarter</translation>
    </message>
    <message>
        <source>&amp;6 tháng</source>
        <translation>&amp;Six months</translation>
    </message>
    <message>
        <source>&amp;Năm</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>Kỳ sau</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>&amp;Xem báo cáo</source>
        <translation>&amp;Show the report</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>RetranscribeDialog</name>
    <message>
        <source>Chép lời lại</source>
        <translation>Transcribe again</translation>
    </message>
    <message>
        <source>Chép lời lại cả cuộc họp bằng %1? Các đoạn chưa sửa được thay bằng bản chép mới.</source>
        <translation>Transcribe the whole meeting again with %1? Segments not edited are replaced by the new transcript.</translation>
    </message>
    <message>
        <source>&amp;Thay cả các đoạn đã sửa</source>
        <translation>&amp;Replace the edited segments too</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cuộc họp này chưa có đoạn nào đã sửa hoặc đã gắn kết luận, nhiệm vụ.</source>
        <translation>This meeting has no segment edited or tagged as a conclusion or task yet.</translation>
    </message>
    <message numerus="yes">
        <source>Sẽ thay %n đoạn của thư ký bằng bản chép mới (%1 đoạn đã sửa, %2 đoạn gắn với kết luận, nhiệm vụ). Kết luận, nhiệm vụ giữ nguyên nội dung và đoạn ghi âm. Có thể hoàn tác (Ctrl+Z) sau khi chép xong.</source>
        <translation>
            <numerusform>%n of the clerk&apos;s segments will be replaced by the new transcript (%1 edited, %2 tagged as a conclusion or task). Conclusions and tasks keep their text and audio span. Undo (Ctrl+Z) once the transcription is done.</numerusform>
            <numerusform>%n of the clerk&apos;s segments will be replaced by the new transcript (%1 edited, %2 tagged as a conclusion or task). Conclusions and tasks keep their text and audio span. Undo (Ctrl+Z) once the transcription is done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chép lời lại và thay %n đoạn</source>
        <translation>
            <numerusform>Transcribe again and replace %n segment</numerusform>
            <numerusform>Transcribe again and replace %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Giữ nguyên %n đoạn đã sửa hoặc đã gắn kết luận, nhiệm vụ.</source>
        <translation>
            <numerusform>The %n segment edited or tagged as a conclusion or task is kept as it is.</numerusform>
            <numerusform>The %n segments edited or tagged as a conclusion or task are kept as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Mở gói &amp;xem xét…</source>
        <translation>Open a &amp;review package…</translation>
    </message>
    <message>
        <source>Xuất gói xem xét cho lãnh đạo…</source>
        <translation>Export a review package for officials…</translation>
    </message>
    <message>
        <source>Nhập &amp;phản hồi xem xét…</source>
        <translation>Merge a review &amp;reply…</translation>
    </message>
    <message>
        <source>Mở gói xem xét</source>
        <translation>Open a review package</translation>
    </message>
    <message>
        <source>Gói xem xét (*{suffix})</source>
        <translation>Review packages (*{suffix})</translation>
    </message>
    <message>
        <source>Lưu gói xem xét</source>
        <translation>Save the review package</translation>
    </message>
    <message>
        <source>Đã xuất {m} cuộc họp, {c} kết luận, {t} nhiệm vụ vào {path} ({kb} KB).</source>
        <translation>Exported {m} meetings, {c} conclusions, {t} tasks to {path} ({kb} KB).</translation>
    </message>
    <message>
        <source>Nhập phản hồi xem xét</source>
        <translation>Merge a review reply</translation>
    </message>
    <message>
        <source>Tệp phản hồi (*{suffix})</source>
        <translation>Reply files (*{suffix})</translation>
    </message>
    <message>
        <source>Mật khẩu của gói xem xét:</source>
        <translation>The review package&apos;s passphrase:</translation>
    </message>
    <message>
        <source>Đã nhập {n} ý kiến mới ({old} ý kiến đã có từ trước). Các mục có ý kiến được đánh dấu cần xem lại.</source>
        <translation>Merged {n} new comments ({old} were already here). Items with comments are marked for attention.</translation>
    </message>
</context>
<context>
    <name>ReviewNotes</name>
    <message>
        <source>Đã xử lý ý kiến</source>
        <translation>Comments dealt with</translation>
    </message>
    <message>
        <source>Lịch sử…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Ý kiến của người xem xét (cần xem lại):</source>
        <translation>Reviewers&apos; comments (to look at):</translation>
    </message>
    <message>
        <source>Ý kiến của người xem xét (đã xử lý):</source>
        <translation>Reviewers&apos; comments (dealt with):</translation>
    </message>
    <message>
        <source>Lịch sử</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ReviewTree</name>
    <message>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ý kiến</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Nhiệm vụ quá hạn ({n})</source>
        <translation>Overdue tasks ({n})</translation>
    </message>
    <message>
        <source>Kết luận ({n})</source>
        <translation>Conclusions ({n})</translation>
    </message>
    <message>
        <source>(chưa có đơn vị chủ trì)</source>
        <translation>(no lead unit yet)</translation>
    </message>
    <message>
        <source>{unit} — {n} nhiệm vụ</source>
        <translation>{unit} — {n} tasks</translation>
    </message>
    <message>
        <source>Kết luận ({n}) — Cuộc họp {m}: {title}</source>
        <translation>Conclusions ({n}) — Meeting {m}: {title}</translation>
    </message>
    <message>
        <source>NV{n}</source>
        <translation>T{n}</translation>
    </message>
    <message>
        <source>H{m} · {own}</source>
        <translation>M{m} · {own}</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Cuộc họp {m}: {title}</source>
        <translation>Meeting {m}: {title}</translation>
    </message>
    <message>
        <source>Nghe đoạn ghi âm của mục này</source>
        <translation>Listen to this item&apos;s recording</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Xem xét — {name} (chỉ đọc)</source>
        <translation>Review — {name} (read-only)</translation>
    </message>
    <message>
        <source>Chế độ xem xét, chỉ đọc. Gói do {who} xuất ngày {day}{org}; trạng thái nhiệm vụ tính đến ngày xuất. Ý kiến của đồng chí được lưu vào tệp phản hồi để gửi lại.</source>
        <translation>Review mode, read-only. Package exported by {who} on {day}{org}; task statuses are as of the export day. Your comments are saved into a reply file to send back.</translation>
    </message>
    <message>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lưu phản hồi…</source>
        <translation>&amp;Save reply…</translation>
    </message>
    <message>
        <source>Đón&amp;g</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Tìm (gõ không dấu cũng được)…</source>
        <translation>Search (accents optional)…</translation>
    </message>
    <message>
        <source>Thông báo kết luận (PDF)</source>
        <translation>Conclusion notice (PDF)</translation>
    </message>
    <message>
        <source>Biên bản (PDF)</source>
        <translation>Minutes (PDF)</translation>
    </message>
    <message>
        <source>Tất cả cuộc họp ({n})</source>
        <translation>All meetings ({n})</translation>
    </message>
    <message>
        <source>Mọi đơn vị chủ trì</source>
        <translation>Every lead unit</translation>
    </message>
    <message>
        <source>Mọi trạng thái</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Chỉ kết luận</source>
        <translation>Conclusions only</translation>
    </message>
    <message>
        <source>{n} mục</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>Đã ghi ý kiến; nhớ lưu phản hồi để gửi lại.</source>
        <translation>Comment added; remember to save the reply to send it back.</translation>
    </message>
    <message>
        <source>Lưu phản hồi</source>
        <translation>Save reply</translation>
    </message>
    <message>
        <source>Chưa có ý kiến nào để lưu.</source>
        <translation>There is no comment to save yet.</translation>
    </message>
    <message>
        <source>Tệp phản hồi (*{suffix})</source>
        <translation>Reply files (*{suffix})</translation>
    </message>
    <message>
        <source>Đã lưu phản hồi: {path}</source>
        <translation>Reply saved: {path}</translation>
    </message>
    <message>
        <source>Ý kiến chưa lưu</source>
        <translation>Unsaved comments</translation>
    </message>
    <message>
        <source>Có {n} ý kiến chưa lưu vào tệp phản hồi. Lưu trước khi đóng?</source>
        <translation>{n} comments are not saved in a reply file yet. Save before closing?</translation>
    </message>
    <message>
        <source>Mở gói xem xét</source>
        <translation>Open a review package</translation>
    </message>
    <message>
        <source>Mật khẩu của gói {name}:</source>
        <translation>Passphrase of the package {name}:</translation>
    </message>
</context>
<context>
    <name>SegmentDelegate</name>
    <message>
        <source>Chủ trì</source>
        <translation>Chair</translation>
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
        <source>{name}, chủ trì cuộc họp</source>
        <translation>{name}, chair of the meeting</translation>
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
    <name>ShortcutsDialog</name>
    <message>
        <source>Phát từ đoạn đang chọn; mở nhiệm vụ trong sổ</source>
        <translation>Play from the selected segment; open a task in the register</translation>
    </message>
    <message>
        <source>Lưu báo cáo tiến độ</source>
        <translation>Save a progress report</translation>
    </message>
    <message>
        <source>Đóng hộp thoại hoặc thanh tìm kiếm</source>
        <translation>Close a dialog or the find bar</translation>
    </message>
    <message>
        <source>Phím tắt</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Việc</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Phím</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SpeakersDialog</name>
    <message>
        <source>Người nói trong cuộc họp</source>
        <translation>Speakers in the meeting</translation>
    </message>
    <message>
        <source>Chọn đại biểu cho từng giọng nói (bấm “Nghe” để nghe 10 giây). Mọi đoạn của giọng đó sẽ mang tên đã chọn; giọng được nhớ để gợi ý ở các cuộc họp sau.</source>
        <translation>Pick the attendee for each voice (“Listen” plays 10 seconds). Every segment of that voice takes the name chosen; the voice is remembered to propose it in later meetings.</translation>
    </message>
    <message>
        <source>Người nói</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Thời lượng</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Số đoạn</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Đề xuất (độ tin cậy)</source>
        <translation>Proposed (confidence)</translation>
    </message>
    <message>
        <source>Tên đại biểu</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Nghe</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Chủ trì</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>tự ước lượng</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>Tìm người nói</source>
        <translation>Find speakers</translation>
    </message>
    <message>
        <source>Số người nói:</source>
        <translation>Number of speakers:</translation>
    </message>
    <message>
        <source>Áp dụng</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Chưa tìm người nói: bấm “Tìm người nói”.</source>
        <translation>No speakers yet: press “Find speakers”.</translation>
    </message>
    <message>
        <source>Đã đặt tên người nói.</source>
        <translation>Speakers named.</translation>
    </message>
    <message>
        <source>Đang tìm người nói…</source>
        <translation>Finding speakers…</translation>
    </message>
    <message>
        <source>Đã tìm thấy {n} người nói.</source>
        <translation>Found {n} speakers.</translation>
    </message>
</context>
<context>
    <name>SpeechModelsBox</name>
    <message>
        <source> (đi kèm)</source>
        <translation> (embedded)</translation>
    </message>
    <message>
        <source>nhanh gấp %1 lần thời gian thực</source>
        <translation>%1× real time</translation>
    </message>
    <message>
        <source>chưa đo</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>✓ mặc định</source>
        <translation>✓ default</translation>
    </message>
    <message>
        <source>%1 và %2 ngôn ngữ khác</source>
        <translation>%1 and %2 other languages</translation>
    </message>
    <message>
        <source>Chọn thư mục mô hình Whisper dạng CTranslate2</source>
        <translation>Choose a CTranslate2 Whisper model folder</translation>
    </message>
    <message>
        <source>Thêm mô hình</source>
        <translation>Add a model</translation>
    </message>
    <message>
        <source>Tên mô hình:</source>
        <translation>Model name:</translation>
    </message>
    <message>
        <source>Đang kiểm tra và chép mô hình (giải mã thử một giây âm thanh)…</source>
        <translation>Checking and copying the model (a one-second test decode)…</translation>
    </message>
    <message>
        <source>Đang đo tốc độ của %1 trên 30 giây lời nói thật…</source>
        <translation>Measuring the speed of %1 on 30 seconds of real speech…</translation>
    </message>
    <message>
        <source>Gỡ mô hình</source>
        <translation>Remove model</translation>
    </message>
    <message>
        <source>Gỡ mô hình %1 và xoá thư mục của nó khỏi máy này?</source>
        <translation>Remove the model %1 and delete its folder from this computer?</translation>
    </message>
    <message>
        <source>Mô hình nhận dạng</source>
        <translation>Speech models</translation>
    </message>
    <message>
        <source>Mô hình mặc định được dùng khi cuộc họp chưa chọn mô hình riêng. Thêm một mô hình Whisper đã chuyển sang CTranslate2 (ví dụ PhoWhisper); tốc độ là số giây âm thanh xử lý được trong một giây trên máy này.</source>
        <translation>The default model is used when a meeting has no model of its own. Add a Whisper model converted to CTranslate2 (PhoWhisper, for example); speed is the seconds of audio this computer transcribes per second.</translation>
    </message>
    <message>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Tốc độ</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Mặc định</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>&amp;Thêm mô hình…</source>
        <translation>&amp;Add model…</translation>
    </message>
    <message>
        <source>Đặt làm &amp;mặc định</source>
        <translation>Make &amp;default</translation>
    </message>
    <message>
        <source>Đo &amp;tốc độ</source>
        <translation>Measure &amp;speed</translation>
    </message>
    <message>
        <source>&amp;Gỡ mô hình</source>
        <translation>&amp;Remove model</translation>
    </message>
</context>
<context>
    <name>StartupNotices</name>
    <message>
        <source>thiếu tệp âm thanh {name}</source>
        <translation>audio file {name} is missing</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu</source>
        <translation>Data check</translation>
    </message>
    <message>
        <source>Kiểm tra dữ liệu khi khởi động thấy có vấn đề:
{problems}

Hãy chạy “meeting-assistant check” để kiểm tra đầy đủ, hoặc khôi phục từ bản sao lưu.</source>
        <translation>The data check at start found problems:
{problems}

Run “meeting-assistant check” for the full check, or restore from a backup.</translation>
    </message>
    <message>
        <source>Không tạo được bản sao lưu tự động hôm nay: {why}</source>
        <translation>Today&apos;s automatic backup could not be made: {why}</translation>
    </message>
    <message>
        <source>Đã lưu lại {n} nội dung đang gõ dở khi ứng dụng bị đóng đột ngột lần trước.</source>
        <translation>Saved {n} edits that were still being typed when the app was closed abruptly last time.</translation>
    </message>
    <message>
        <source>Đã khôi phục bản ghi âm</source>
        <translation>Recording recovered</translation>
    </message>
    <message>
        <source>Lần trước ứng dụng bị đóng khi đang ghi âm. Phần đã ghi được khôi phục và lưu vào: {meetings}. Mở cuộc họp để nghe lại hoặc chép lời.</source>
        <translation>The app was closed while recording last time. What was recorded has been recovered and saved in: {meetings}. Open the meeting to listen to it or transcribe it.</translation>
    </message>
    <message>
        <source>Chép lời bị dừng giữa chừng ở: {meetings}. Mở cuộc họp để chép lời tiếp.</source>
        <translation>Transcription was interrupted for: {meetings}. Open the meeting to resume transcription.</translation>
    </message>
</context>
<context>
    <name>SuggestionEditDialog</name>
    <message>
        <source>Sửa rồi nhận đề xuất kết luận</source>
        <translation>Edit and accept the suggested conclusion</translation>
    </message>
    <message>
        <source>Sửa rồi nhận đề xuất nhiệm vụ</source>
        <translation>Edit and accept the suggested task</translation>
    </message>
    <message>
        <source>Nội &amp;dung:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;chủ trì:</source>
        <translation>&amp;Lead unit:</translation>
    </message>
    <message>
        <source>Đơn vị &amp;phối hợp:</source>
        <translation>&amp;Coordinating units:</translation>
    </message>
    <message>
        <source>Thời hạn:</source>
        <translation>Deadline:</translation>
    </message>
    <message>
        <source>Thêm đơn vị rồi nhấn Enter (dán được cả danh sách)</source>
        <translation>Add a unit and press Enter (a whole list can be pasted)</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Có &amp;hạn</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>&amp;Thường xuyên</source>
        <translation>&amp;Ongoing</translation>
    </message>
    <message>
        <source>&amp;Nhận</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Hủy</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Đề xuất kết luận</source>
        <translation>Suggested conclusion</translation>
    </message>
    <message>
        <source>Đề xuất nhiệm vụ</source>
        <translation>Suggested task</translation>
    </message>
    <message>
        <source>Chủ trì: {unit}</source>
        <translation>Lead: {unit}</translation>
    </message>
    <message>
        <source>Phối hợp: {units}</source>
        <translation>Coordinating: {units}</translation>
    </message>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Hạn: {date}</source>
        <translation>Due: {date}</translation>
    </message>
    <message>
        <source>Vì: {cues} · độ tin cậy {percent}%</source>
        <translation>Why: {cues} · confidence {percent}%</translation>
    </message>
    <message>
        <source>Đã nhận đề xuất thành kết luận.</source>
        <translation>The suggestion is now a conclusion.</translation>
    </message>
    <message>
        <source>Đã nhận đề xuất thành nhiệm vụ.</source>
        <translation>The suggestion is now a task.</translation>
    </message>
    <message>
        <source>Ẩn các đề xuất ít chắc chắn</source>
        <translation>Hide the less certain proposals</translation>
    </message>
    <message>
        <source>Hiện thêm ({n} đề xuất ít chắc chắn)</source>
        <translation>Show more ({n} less certain proposals)</translation>
    </message>
    <message>
        <source>Đề xuất đọc từ bản chép lời. Enter: nhận · F2: sửa rồi nhận · Delete: bỏ qua</source>
        <translation>Suggestions read from the transcript. Enter: accept · F2: edit, then accept · Delete: dismiss</translation>
    </message>
    <message>
        <source>&amp;Nhận</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Sửa…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Sửa rồi nhận (F2)</source>
        <translation>Edit, then accept (F2)</translation>
    </message>
    <message>
        <source>&amp;Bỏ qua</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>Đã bỏ qua — {proposal}</source>
        <translation>Dismissed — {proposal}</translation>
    </message>
    <message>
        <source>Khôi phục đề xuất</source>
        <translation>Restore proposal</translation>
    </message>
    <message>
        <source>Đã khôi phục đề xuất.</source>
        <translation>Proposal restored.</translation>
    </message>
    <message>
        <source>Bỏ qua đề xuất</source>
        <translation>Dismiss proposal</translation>
    </message>
    <message>
        <source>Đã bỏ qua đề xuất — Ctrl+Z để hoàn tác.</source>
        <translation>Proposal dismissed — Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>&amp;Khôi phục</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Đưa đề xuất đã bỏ qua trở lại danh sách</source>
        <translation>Put the dismissed proposal back in the list</translation>
    </message>
    <message>
        <source>Bỏ qua đề xuất (Delete; Ctrl+Z để hoàn tác)</source>
        <translation>Dismiss the proposal (Delete; Ctrl+Z to undo)</translation>
    </message>
    <message>
        <source>Hiện cả các đề xuất đã bỏ qua ({n})</source>
        <translation>Show dismissed proposals too ({n})</translation>
    </message>
    <message>
        <source>Không còn đề xuất nào. Danh sách tự đọc lại khi bản chép lời thay đổi.</source>
        <translation>No proposals left. The list reads the transcript again when it changes.</translation>
    </message>
    <message>
        <source>Đọc &amp;lại</source>
        <translation>&amp;Read again</translation>
    </message>
    <message>
        <source>Đang đọc bản chép lời…</source>
        <translation>Reading the transcript…</translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <source>Sửa nhiệm vụ</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <source>Cuộc họp: {title}</source>
        <translation>Meeting: {title}</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>&amp;Close</translation>
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
        <source>Gõ vài chữ, có dấu hay không dấu, để tìm trong danh mục đơn vị; Enter chọn đơn vị đang sáng. Tên mới chỉ được thêm vào danh mục khi bạn xác nhận.</source>
        <translation>Type a few letters, with or without diacritics, to search the unit directory; Enter chooses the highlighted unit. A new name is added to the directory only once you confirm it.</translation>
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
    <name>TaskRegister</name>
    <message>
        <source>Thường xuyên</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Chưa có thời hạn</source>
        <translation>No deadline yet</translation>
    </message>
    <message>
        <source>STT</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Nội dung</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì</source>
        <translation>Lead unit</translation>
    </message>
    <message>
        <source>Đơn vị phối hợp</source>
        <translation>Coordinating units</translation>
    </message>
    <message>
        <source>Thời hạn</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Tình trạng</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cuộc họp</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Số thứ tự</source>
        <translation>Row number</translation>
    </message>
    <message>
        <source>Trong cuộc họp: “{words}”</source>
        <translation>In the meeting: “{words}”</translation>
    </message>
    <message>
        <source>Hoàn thành ngày {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <source>Hủy ngày {date}</source>
        <translation>Cancelled on {date}</translation>
    </message>
</context>
<context>
    <name>TaskRegisterPage</name>
    <message>
        <source>Sổ theo dõi nhiệm vụ</source>
        <translation>Task register</translation>
    </message>
    <message>
        <source>Danh mục đơn &amp;vị…</source>
        <translation>&amp;Units…</translation>
    </message>
    <message>
        <source>Đôn đốc…</source>
        <translation>Follow-up memo…</translation>
    </message>
    <message>
        <source>Công văn đôn đốc đơn vị đang lọc (hoặc đơn vị chủ trì của nhiệm vụ đang chọn) về các nhiệm vụ quá hạn và sắp đến hạn</source>
        <translation>A memo chasing the filtered unit (or the selected task&apos;s lead unit) about its overdue and due-soon tasks</translation>
    </message>
    <message>
        <source>Báo cáo…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Báo cáo tình hình thực hiện nhiệm vụ theo kỳ (PDF hoặc CSV)</source>
        <translation>The task report for a period (PDF or CSV)</translation>
    </message>
    <message>
        <source>Sửa tên, tên viết tắt và cấp trên của các đơn vị được giao nhiệm vụ</source>
        <translation>Edit the names, abbreviations and parents of the units tasks are assigned to</translation>
    </message>
    <message>
        <source>Tổng số</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Hiện mọi nhiệm vụ theo bộ lọc đang chọn</source>
        <translation>Show every task the filters allow</translation>
    </message>
    <message>
        <source>Bấm để chỉ hiện các nhiệm vụ này.</source>
        <translation>Click to show only these tasks.</translation>
    </message>
    <message>
        <source>Còn hơn {days} ngày mới đến hạn. Bấm để chỉ hiện các nhiệm vụ này.</source>
        <translation>More than {days} days before the deadline. Click to show only these tasks.</translation>
    </message>
    <message>
        <source>Còn {days} ngày trở xuống đến hạn; trong báo cáo chính thức vẫn tính là đang thực hiện trong hạn. Bấm để chỉ hiện các nhiệm vụ này.</source>
        <translation>{days} days or fewer before the deadline; official reports still count them as in progress within the deadline. Click to show only these tasks.</translation>
    </message>
    <message>
        <source>Nhiệm vụ thường xuyên hoặc chưa có thời hạn. Bấm để chỉ hiện các nhiệm vụ này.</source>
        <translation>Ongoing tasks, or tasks with no deadline yet. Click to show only these tasks.</translation>
    </message>
    <message>
        <source>Tính đến ngày {date}</source>
        <translation>As of {date}</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào ở tình trạng này.</source>
        <translation>No task has this status.</translation>
    </message>
    <message>
        <source>Không có nhiệm vụ nào khớp với bộ lọc.</source>
        <translation>No task matches the filters.</translation>
    </message>
    <message>
        <source>Chưa có nhiệm vụ nào. Mở một cuộc họp, chọn các đoạn trong bản chép lời rồi bấm Nhiệm vụ (Ctrl+T) để giao nhiệm vụ.</source>
        <translation>No tasks yet. Open a meeting, select segments of its transcript and press Task (Ctrl+T) to assign one.</translation>
    </message>
</context>
<context>
    <name>TranscriptEdits</name>
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
        <source>{name} (vắng)</source>
        <translation>{name} (absent)</translation>
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
    <name>TranscriptFinding</name>
    <message>
        <source>{n} lượt</source>
        <translation>{n} turns</translation>
    </message>
    <message>
        <source>{total} chỗ</source>
        <translation>{total} found</translation>
    </message>
    <message>
        <source>0 chỗ</source>
        <translation>0 found</translation>
    </message>
    <message>
        <source>đã quay lại từ đầu</source>
        <translation>wrapped around to the start</translation>
    </message>
    <message>
        <source>{speaker} không nói “{text}”</source>
        <translation>{speaker} does not say “{text}”</translation>
    </message>
    <message>
        <source>Không tìm thấy “{text}”</source>
        <translation>“{text}” not found</translation>
    </message>
    <message>
        <source>Thay</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Đã thay; không còn chỗ nào</source>
        <translation>Replaced; no more matches</translation>
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
        <source>Chép lời lại…</source>
        <translation>Transcribe again…</translation>
    </message>
    <message>
        <source>So sánh 30 giây…</source>
        <translation>Compare 30 seconds…</translation>
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
        <source>Chép lời lại cả cuộc họp bằng bộ nhận dạng, mô hình và ngôn ngữ đã chọn.</source>
        <translation>Transcribe the whole meeting again with the recogniser, model and language chosen.</translation>
    </message>
    <message>
        <source>Chép lời 30 giây bằng cả hai bộ nhận dạng và xem hai bản cạnh nhau.</source>
        <translation>Transcribe 30 seconds with both recognisers and see the two side by side.</translation>
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
<context>
    <name>UnitDirectoryDialog</name>
    <message>
        <source>(Không có)</source>
        <translation>(None)</translation>
    </message>
    <message>
        <source>Danh mục đơn vị</source>
        <translation>Unit directory</translation>
    </message>
    <message>
        <source>Đơn vị chủ trì, phối hợp thực hiện nhiệm vụ. Nhấp đúp vào một ô để sửa; thay đổi được lưu ngay, ở mọi nhiệm vụ của đơn vị.</source>
        <translation>The units that lead or coordinate tasks. Double-click a cell to edit it; changes are saved at once, in every task of the unit.</translation>
    </message>
    <message>
        <source>Lọc theo tên hoặc tên viết tắt…</source>
        <translation>Filter by name or abbreviation…</translation>
    </message>
    <message>
        <source>Tên đơn vị</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Viết tắt</source>
        <translation>Abbreviation</translation>
    </message>
    <message>
        <source>Cấp trên</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Số nhiệm vụ</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Số nhiệm vụ đơn vị chủ trì hoặc phối hợp thực hiện</source>
        <translation>Number of tasks the unit leads or coordinates</translation>
    </message>
    <message>
        <source>Danh mục chưa có đơn vị nào. Đơn vị được thêm khi giao nhiệm vụ trong một cuộc họp, hoặc gõ tên đơn vị vào ô dưới đây rồi bấm Thêm đơn vị.</source>
        <translation>The directory has no units yet. Units are added when tasks are assigned in a meeting, or type a unit&apos;s name below and press Add unit.</translation>
    </message>
    <message>
        <source>Tên đơn vị mới, ví dụ: Sở Nội vụ</source>
        <translation>New unit&apos;s name, e.g. Sở Nội vụ</translation>
    </message>
    <message>
        <source>&amp;Thêm đơn vị</source>
        <translation>&amp;Add unit</translation>
    </message>
    <message>
        <source>&amp;Xóa đơn vị…</source>
        <translation>&amp;Delete unit…</translation>
    </message>
    <message>
        <source>Đó&amp;ng</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Xóa đơn vị</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>Xóa “{name}” khỏi danh mục đơn vị?</source>
        <translation>Delete “{name}” from the unit directory?</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Đơn vị chưa có trong danh mục</source>
        <translation>Unit not in the directory</translation>
    </message>
    <message>
        <source>“{name}” chưa có trong danh mục đơn vị.</source>
        <translation>“{name}” is not in the unit directory.</translation>
    </message>
    <message>
        <source>Có phải bạn muốn chọn một đơn vị sẵn có?</source>
        <translation>Did you mean a unit already in the directory?</translation>
    </message>
    <message>
        <source>Chọn “{name}”</source>
        <translation>Choose “{name}”</translation>
    </message>
    <message>
        <source>Thêm đơn vị mới “{name}”</source>
        <translation>Add new unit “{name}”</translation>
    </message>
    <message>
        <source>Sửa lại</source>
        <translation>Edit again</translation>
    </message>
    <message>
        <source>Thêm nhiều đơn vị</source>
        <translation>Add several units</translation>
    </message>
    <message>
        <source> (mới, sẽ thêm vào danh mục)</source>
        <translation> (new, will be added to the directory)</translation>
    </message>
    <message>
        <source>Nội dung vừa nhập gồm {n} đơn vị:</source>
        <translation>What you entered holds {n} units:</translation>
    </message>
    <message>
        <source>Thêm {n} đơn vị</source>
        <translation>Add {n} units</translation>
    </message>
    <message>
        <source>“{name}” gồm nhiều đơn vị; ở đây chỉ chọn một đơn vị (các đơn vị phối hợp nhập ở ô của chúng).</source>
        <translation>“{name}” names several units; choose one unit here (coordinating units go in their own field).</translation>
    </message>
    <message>
        <source>Chưa có trong danh mục đơn vị: nhấn Enter để chọn hoặc thêm đơn vị mới.</source>
        <translation>Not in the unit directory: press Enter to choose or add a new unit.</translation>
    </message>
    <message>
        <source>“{name}” đã là đơn vị chủ trì; một đơn vị không thể vừa chủ trì vừa phối hợp.</source>
        <translation>“{name}” is already the lead unit; a unit cannot both lead and coordinate.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Mở khóa dữ liệu — Meeting Assistant</source>
        <translation>Unlock the data — Meeting Assistant</translation>
    </message>
    <message>
        <source>Dữ liệu cuộc họp được mã hóa trên đĩa. Nhập mật khẩu dữ liệu để mở.</source>
        <translation>The meeting data is encrypted on disk. Enter the data passphrase to open it.</translation>
    </message>
    <message>
        <source>Mật khẩu dữ liệu</source>
        <translation>Data passphrase</translation>
    </message>
    <message>
        <source>Mở khóa</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Thoát</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Hãy nhập mật khẩu dữ liệu.</source>
        <translation>Enter the data passphrase.</translation>
    </message>
</context>
<context>
    <name>VocabularyBox</name>
    <message>
        <source>Từ vựng cho nhận dạng</source>
        <translation>Vocabulary for the recogniser</translation>
    </message>
    <message>
        <source>Cho Whisper biết tên đại biểu, đơn vị và các thuật ngữ dưới đây khi chép lời</source>
        <translation>Give Whisper the attendees&apos; names, the units and the terms below when transcribing</translation>
    </message>
    <message>
        <source>Mỗi dòng một thuật ngữ, ví dụ: Chỉ thị 24-CT/TU, chuyển đổi số</source>
        <translation>One term a line, e.g. Chỉ thị 24-CT/TU, chuyển đổi số</translation>
    </message>
    <message>
        <source>Tắt sẵn: trên các đoạn ghi âm thử, từ vựng không làm kết quả tốt hơn. Hãy thử bật với cuộc họp dùng nhiều tên riêng; viet-asr không dùng từ vựng.</source>
        <translation>Off at first: on the test recordings the vocabulary made no difference. Try it on meetings with many proper names; viet-asr does not use it.</translation>
    </message>
</context>
</TS>
