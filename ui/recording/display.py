"""What the recording bar shows: its state (setting up, recording, paused, stopped), how far
live transcription has come, the disk space left, and the meeting it records into."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QStyle,
)

from meeting_assistant.errors import UserError
from ui.recording.level_meter import format_clock, format_position, format_size
from ui.recording.setup import RED


class RecordingDisplay:
    """Display methods of RecordingPanel (which provides its widgets and session)."""

    # --- what the clerk sees --------------------------------------------------------------

    def _show_state(self, state: str) -> None:
        self._state = state
        self.pages.setCurrentWidget(
            self._setup_page if state == self.IDLE else self._recording_page
        )
        finishing = state == self.FINISHING
        self.pause_button.setVisible(not finishing)
        self.stop_button.setVisible(not finishing)
        self.stop_button.setEnabled(state == self.RECORDING)
        self.meter.setVisible(not finishing)
        self.busy.setVisible(finishing)
        if finishing:
            self.dot.setStyleSheet("color: palette(mid);")
            self.state_label.setText(self.tr("Đã dừng ghi"))
            if self.session is not None:
                self.clock.setText(format_clock(self.session.elapsed))
        self._show_meeting()
        self._update_setup()
        self.retranslate_ui()
        self.stateChanged.emit()

    def _show_recording_state(self, paused: bool) -> None:
        self.dot.setStyleSheet("color: palette(mid);" if paused else f"color: {RED.name()};")
        self.state_label.setText(self.tr("Đã tạm dừng") if paused else self.tr("Đang ghi"))
        self.pause_button.setText(self.tr("Tiếp tục") if paused else self.tr("Tạm dừng"))
        icon = QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause
        self.pause_button.setIcon(self.style().standardIcon(icon))

    def _show_transcribed(self, until: float) -> None:
        failed = self.session.transcription_error if self.session is not None else None
        if self._live and failed is not None:
            text = self.tr(
                "Không chép lời được trong khi ghi; bản ghi vẫn tiếp tục. Có thể chép lời sau"
                " khi dừng, trên trang cuộc họp."
            )
        elif self._state == self.FINISHING and self._live:
            text = self.tr("Đang chép lời phần cuối… (đã chép đến {time})").format(
                time=format_position(until)
            )
        elif self._state == self.FINISHING:
            text = self.tr("Đang lưu bản ghi…")
        elif not self._live:
            text = self.tr(
                "Không chép lời trong khi ghi: chép lời sau khi dừng, trên trang cuộc họp."
            )
        elif until > 0:
            text = self.tr("Đã chép lời đến {time}").format(time=format_position(until))
        else:
            text = self.tr("Đang chờ đoạn nói đầu tiên để chép lời…")
        self.transcript_label.setText(text)

    def _show_disk(self, warning: bool, free: int | None) -> None:
        self.disk_warning.setVisible(bool(warning))
        if warning:
            self.disk_warning.setText(
                self.tr(
                    "Ổ đĩa sắp đầy: chỉ còn trống {size}. Hãy giải phóng bớt dung lượng;"
                    " khi ổ đĩa đầy, bản ghi sẽ dừng và phần đã ghi được giữ nguyên."
                ).format(size=format_size(free or 0))
            )

    def _show_meeting(self) -> None:
        if self.session is None or self.session.meeting_id is None:
            self.meeting_label.clear()
            return
        try:
            title = self.services.meetings.get(self.session.meeting_id).title
        except UserError:
            title = ""
        self.meeting_label.setText(title)
        self.meeting_label.setToolTip(title)

    @Slot()
    def _update_setup(self) -> None:
        no_devices = not self._devices
        typed = bool(self.device.currentText().strip())
        self.device_problem.setVisible(no_devices and not typed)
        self.start_button.setEnabled(self._state == self.IDLE and typed)
        new = self.target.currentData() is None
        self.title.setVisible(new)

    def _fill_targets(self) -> None:
        index = self.target.currentIndex()
        with QSignalBlocker(self.target):
            self.target.clear()
            self.target.addItem(self.tr("Cuộc họp mới"), None)
            if self._current is not None:
                meeting_id, title = self._current
                self.target.addItem(
                    self.tr("Cuộc họp đang mở: {title}").format(title=title), meeting_id
                )
            self.target.setCurrentIndex(max(0, min(index, self.target.count() - 1)))
        self._update_setup()

    def _free_bytes(self) -> int | None:
        """Free space where recordings go (the media folder, or the nearest folder above it
        that exists yet)."""
        folder = Path(self.services.media_dir)
        while not folder.exists() and folder.parent != folder:
            folder = folder.parent
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            return None
