"""What the window says at start-up about the last run: recordings a crash cut short (repaired
and kept) and transcriptions stopped part-way (offered for resume)."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QMessageBox,
)

from meeting_assistant.errors import UserError
from meeting_assistant.models import AudioFile
from ui.common.errors import show_error


class StartupNotices:
    """Start-up methods of MainWindow (which provides services, meetings_view, _notice)."""

    def start_daily_care(self) -> None:
        """In the background at start: the quick check of the data (integrity, every audio
        file present), then the day's automatic backup (once a day, the last N kept)."""
        from ui.operations import Op

        def work(services):
            report = services.check(quick=True)
            return report, services.daily_backup() if report.ok else None

        self._care = Op(self, self.services, work).success(self._daily_care_done)
        self._care.failure(self._daily_care_failed).run()

    def _daily_care_done(self, result) -> None:
        report, _made = result
        if report.ok:
            return
        problems = report.database + [self.tr("thiếu tệp âm thanh {name}").format(name=n)
                                      for n in report.missing]  # fmt: skip
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Kiểm tra dữ liệu"))
        box.setText(self.tr(
            "Kiểm tra dữ liệu khi khởi động thấy có vấn đề:\n{problems}\n\nHãy chạy"
            " “meeting-assistant check” để kiểm tra đầy đủ, hoặc khôi phục từ bản sao lưu."
        ).format(problems="\n".join(problems[:10])))  # fmt: skip
        box.open()

    def _daily_care_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(
            self.tr("Không tạo được bản sao lưu tự động hôm nay: {why}").format(why=error), 15_000
        )

    def _recover(self) -> tuple[list[AudioFile], list[AudioFile]]:
        """What a crash or a power cut left: recordings (repaired by the core and kept) and
        transcriptions stopped part-way (offered for resume)."""
        try:
            recovered = self.services.recover()
        except UserError as exc:
            QTimer.singleShot(0, lambda e=exc: show_error(self, e))
            return [], []
        if recovered.drafts:
            text = self.tr(
                "Đã lưu lại {n} nội dung đang gõ dở khi ứng dụng bị đóng đột ngột lần trước."
            ).format(n=len(recovered.drafts))
            QTimer.singleShot(0, lambda: self.statusBar().showMessage(text, 15_000))
        return list(recovered.recordings), list(recovered.transcriptions)

    @Slot()
    def show_recovered(self) -> None:
        """Tell the clerk which meetings got back a recording that was cut short."""
        recovered, self._recovered = self._recovered, []
        titles = []
        for meeting_id in dict.fromkeys(a.meeting_id for a in recovered):
            try:
                titles.append(self.services.meetings.get(meeting_id).title)
            except UserError:
                continue
        if not titles:
            return
        self.meetings_view.refresh()
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)  # titles typed by people
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Đã khôi phục bản ghi âm"))
        box.setText(
            self.tr(
                "Lần trước ứng dụng bị đóng khi đang ghi âm. Phần đã ghi được khôi phục và lưu"
                " vào: {meetings}. Mở cuộc họp để nghe lại hoặc chép lời."
            ).format(meetings=", ".join(f"“{title}”" for title in titles))
        )
        box.exec()

    def show_interrupted(self, audio_files: list[AudioFile]) -> None:
        """Tell the clerk which meetings' transcriptions were cut short (crash, power cut)."""
        titles = []
        for meeting_id in dict.fromkeys(a.meeting_id for a in audio_files):
            try:
                titles.append(self.services.meetings.get(meeting_id).title)
            except UserError:
                continue
        self._interrupted = titles
        self._update_notice()

    def _update_notice(self) -> None:
        self._notice.setVisible(bool(self._interrupted))
        if self._interrupted:
            meetings = ", ".join(f"“{title}”" for title in self._interrupted)
            self._notice.setText(
                self.tr(
                    "Chép lời bị dừng giữa chừng ở: {meetings}. Mở cuộc họp để chép lời tiếp."
                ).format(meetings=meetings)
            )
