"""Recording a meeting from the microphone: a bar above the pages of the main window.

Three states. *Setup*: the input device, where the audio goes (a new meeting, or the meeting
that is open), "Chép lời trong khi ghi", the free disk space; "Bắt đầu ghi" (the form is
`recording_setup.RecordingSetup`). *Recording*: a red dot, the time recorded, a level meter
(`level_meter`), "Tạm dừng"/"Tiếp tục", "Dừng", how far the live transcript has come and a
warning when the disk is filling up. *Finishing*: after "Dừng", the last words are transcribed
("Đang chép lời phần cuối…"), then `meetingRecorded(meeting_id)`.

The core's `RecordingSession` runs its own threads and database connections; this panel only
reads its properties on a timer, in the GUI thread. Stopping finalises the file at once, so
nothing recorded is lost whatever happens afterwards.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.audio.capture import InputDevice, list_devices
from meeting_assistant.errors import UserError
from meeting_assistant.services import Services
from meeting_assistant.services.recording import (
    LOW_DISK_WARNING_BYTES,
    RecordingSession,
    bytes_per_hour,
)
from ui.common.errors import show_error
from ui.recording.display import RecordingDisplay
from ui.recording.level_meter import LevelMeter, format_clock, format_size
from ui.recording.setup import WARNING_STYLE, RecordingSetup

log = logging.getLogger(__name__)

POLL_MS = 100  # how often the bar reads the session (time, level, state)
# Closing the window while the last words are transcribed waits at most this long.
CLOSE_WAIT_S = 10.0


class RecordingPanel(RecordingDisplay, QWidget):
    """Record a meeting: set up, record (pause, resume, stop), then open the meeting.

    Call `prepare(meeting_id)` to show the set-up with the open meeting offered (None: only a
    new meeting). Signals: `recordingStarted(meeting_id)` once the session runs (the meeting
    exists), `meetingRecorded(meeting_id)` when the recording is stopped and its last words
    transcribed (or after an error, with what was recorded kept), `stateChanged()` on every
    change of state. `model` / `language` go to the session as they are (None: defaults).
    """

    recordingStarted = Signal(int)
    meetingRecorded = Signal(int)
    stateChanged = Signal()

    IDLE, RECORDING, FINISHING = "idle", "recording", "finishing"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model: str | None = None
        self.language: str | None = None
        self.session: RecordingSession | None = None
        self._state = self.IDLE
        self._devices: list[InputDevice] = []
        self._current: tuple[int, str] | None = None  # the open meeting: id, title
        self._free: int | None = None
        self._live = False

        self.setAutoFillBackground(True)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

        # Set-up ----------------------------------------------------------------------------
        setup = RecordingSetup()
        # Its fields, reachable from the panel (which fills them) as before.
        self.heading, self.device_label = setup.heading, setup.device_label
        self.device = setup.device
        self.target_label, self.target, self.title = setup.target_label, setup.target, setup.title
        self.live, self.disk_label = setup.live, setup.disk_label
        self.device_problem = setup.device_problem
        self.start_button, self.close_button = setup.start_button, setup.close_button
        self.device.editTextChanged.connect(self._update_setup)
        self.target.currentIndexChanged.connect(self._update_setup)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.cancel_setup)

        # Recording -------------------------------------------------------------------------
        self.dot = QLabel("●")  # a symbol, not a word: never translated
        dot_font = self.dot.font()
        dot_font.setPointSizeF(dot_font.pointSizeF() * 1.4)
        self.dot.setFont(dot_font)
        self.state_label = QLabel()
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        state_font = self.state_label.font()
        state_font.setBold(True)
        self.state_label.setFont(state_font)
        self.clock = QLabel(format_clock(0))
        clock_font = QFont(self.clock.font())
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.4)
        clock_font.setBold(True)
        clock_font.setStyleHint(QFont.StyleHint.Monospace)
        clock_font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.clock.setFont(clock_font)
        self.meter = LevelMeter()
        self.meter.setMaximumWidth(260)
        self.busy = QProgressBar()  # while the last words are transcribed
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(260)
        self.busy.setMaximumHeight(self.meter.sizeHint().height())
        self.pause_button = QPushButton()
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop), ""
        )
        self.stop_button.clicked.connect(self.stop)
        self.meeting_label = QLabel()
        self.meeting_label.setTextFormat(Qt.TextFormat.PlainText)  # a title typed by people
        self.transcript_label = QLabel()
        self.transcript_label.setTextFormat(Qt.TextFormat.PlainText)
        for label in (self.meeting_label, self.transcript_label):  # a long title wraps
            label.setWordWrap(True)
        self.disk_warning = QLabel()
        self.disk_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.disk_warning.setStyleSheet(WARNING_STYLE)
        self.disk_warning.setWordWrap(True)
        self.disk_warning.hide()
        for button in (self.pause_button, self.stop_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)

        recording = QWidget()
        rows = QVBoxLayout(recording)
        rows.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.dot)
        top.addWidget(self.state_label)
        top.addSpacing(8)
        top.addWidget(self.clock)
        top.addSpacing(12)
        top.addWidget(self.meter, 1)
        top.addWidget(self.busy, 1)
        top.addSpacing(12)
        top.addWidget(self.meeting_label, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.stop_button)
        rows.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.transcript_label, 1)
        rows.addLayout(bottom)
        rows.addWidget(self.disk_warning)

        self.pages = QStackedWidget()
        self.pages.addWidget(setup)
        self.pages.addWidget(recording)
        self._setup_page, self._recording_page = setup, recording
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.addWidget(self.pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 2)
        layout.addWidget(frame)
        # Ignored across: showing the bar never widens the window (which would stay wider after
        # the bar is gone); what does not fit wraps or is cut, the window keeps its width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)
        self.retranslate_ui()

    # --- public -------------------------------------------------------------------------

    def state(self) -> str:
        return self._state

    def is_recording(self) -> bool:
        """A session is recording (or paused): closing the window must ask first."""
        return self._state == self.RECORDING

    def is_busy(self) -> bool:
        return self._state != self.IDLE

    def recording_meeting_id(self) -> int | None:
        return self.session.meeting_id if self.session is not None and self.is_busy() else None

    def prepare(self, meeting_id: int | None = None) -> None:
        """Show the set-up: devices and free space read now; the open meeting offered."""
        if self.is_busy():
            self.show()
            return
        self._current = None
        if meeting_id is not None:
            try:
                self._current = (meeting_id, self.services.meetings.get(meeting_id).title)
            except UserError:
                self._current = None
        self.refresh_devices()
        self._free = self._free_bytes()
        self._fill_targets()
        self.target.setCurrentIndex(0)
        self.title.clear()
        self._show_state(self.IDLE)
        self.show()
        self.device.setFocus()

    def refresh_devices(self) -> None:
        typed = self.device.currentText() if self.device.count() == 0 else ""
        try:
            self._devices = list(list_devices())
        except Exception:  # a broken audio system is "no microphone", not a crash
            log.warning("listing input devices failed", exc_info=True)
            self._devices = []
        self.device.clear()
        default = 0
        for i, dev in enumerate(self._devices):
            self.device.addItem(dev.name, dev.name)
            if dev.default:
                default = i
        if self._devices:
            self.device.setCurrentIndex(default)
        else:
            self.device.setEditText(typed)
        self._retranslate_devices()
        self._update_setup()

    def device_choice(self) -> str | None:
        """What goes to the session: the chosen device's name, or what was typed."""
        text = self.device.currentText().strip()
        index = self.device.currentIndex()
        if index >= 0 and self.device.itemText(index) == text:
            return self.device.itemData(index)
        return text or None

    @Slot()
    def start(self) -> bool:
        """Start recording with the set-up's choices. False (and a message) when it cannot."""
        if self.is_busy():
            return False
        device = self.device_choice()
        if device is None:
            return False
        self._free = self._free_bytes()
        if self._free is not None and self._free < LOW_DISK_WARNING_BYTES:
            answer = QMessageBox.warning(
                self,
                self.tr("Ổ đĩa sắp đầy"),
                self.tr(
                    "Ổ đĩa chỉ còn trống {size}. Bản ghi có thể bị dừng khi ổ đĩa đầy."
                    " Vẫn bắt đầu ghi?"
                ).format(size=format_size(self._free)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        new = self.target.currentData() is None
        title = self.title.text().strip() or None
        self._live = self.live.isChecked()
        session = self.services.recording_session(
            meeting_id=None if new else self.target.currentData(),
            title=title if new else None,
            device=device,
            live_transcribe=self._live,
            model=self.model,
            language=self.language,
        )
        try:
            session.start()
        except UserError as exc:
            show_error(self, exc)
            return False
        self.session = session
        self.meter.set_level(0.0)
        self._show_state(self.RECORDING)
        self._timer.start()
        self._poll()
        self.stop_button.setFocus()
        self.recordingStarted.emit(session.meeting_id)
        return True

    @Slot()
    def toggle_pause(self) -> None:
        if self.session is None or not self.is_recording():
            return
        if self.session.paused:
            self.session.resume()
        else:
            self.session.pause()
        self._poll()
        self.stateChanged.emit()

    @Slot()
    def pause(self) -> None:
        if self.session is not None and self.is_recording() and not self.session.paused:
            self.toggle_pause()

    @Slot()
    def resume(self) -> None:
        if self.session is not None and self.is_recording() and self.session.paused:
            self.toggle_pause()

    @Slot()
    def stop(self) -> None:
        """Stop recording: the file is finalised now; the last words are transcribed after."""
        if self.session is None or not self.is_recording():
            return
        self.session.stop()
        if self._report_error():
            return
        self._show_state(self.FINISHING)
        self._poll()

    @Slot()
    def cancel_setup(self) -> None:
        if not self.is_busy():
            self.hide()

    def confirm_close(self, parent: QWidget | None = None) -> bool:
        """Before the window closes. While recording: ask (stop and save, or keep recording).
        True: the window may close, the recording stopped and its file finalised."""
        if self.is_recording():
            box = QMessageBox(parent or self.window())
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Đang ghi âm"))
            box.setText(
                self.tr(
                    "Đang ghi âm cuộc họp. Dừng ghi, lưu bản ghi rồi đóng ứng dụng?"
                    " Phần chưa chép lời có thể chép lời sau."
                )
            )
            stop = box.addButton(self.tr("Dừng ghi và đóng"), QMessageBox.ButtonRole.AcceptRole)
            keep = box.addButton(self.tr("Tiếp tục ghi"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(keep)
            box.setEscapeButton(keep)
            box.exec()
            if box.clickedButton() is not stop:
                return False
            self.session.stop()
            self._show_state(self.FINISHING)
        if self._state == self.FINISHING and self.session is not None:
            # The recording is safe on disk; give the last words a moment, no more: what is
            # not transcribed can be transcribed from the meeting page later.
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.session.wait_transcribed(CLOSE_WAIT_S)
            finally:
                QGuiApplication.restoreOverrideCursor()
            self._timer.stop()
            self._show_state(self.IDLE)
        return True

    # --- polling the session ------------------------------------------------------------

    @Slot()
    def _poll(self) -> None:
        session = self.session
        if session is None:
            self._timer.stop()
            return
        if self._report_error():
            return
        if self._state == self.RECORDING:
            paused = session.paused
            self.clock.setText(format_clock(session.elapsed))
            self.meter.set_level(0.0 if paused else session.level)
            self.meter.setEnabled(not paused)
            self._show_recording_state(paused)
            self._show_transcribed(session.transcribed_until)
            self._show_disk(session.disk_warning, session.free_bytes)
            if not session.running:  # stopped by the core (e.g. the disk filled up)
                self._show_state(self.FINISHING)
        if self._state == self.FINISHING:
            self._show_transcribed(session.transcribed_until)
            failed = session.transcription_error is not None
            if not self._live or failed or session.wait_transcribed(0):
                self._finish()

    def _report_error(self) -> bool:
        """The session stopped on an error: show it, keep the file, go back to idle."""
        session = self.session
        if session is None or session.error is None or session.running:
            return False
        self._timer.stop()
        meeting_id = session.meeting_id
        error = session.error
        self.session = None
        self._show_state(self.IDLE)
        self.hide()
        show_error(self, error)
        if meeting_id is not None:
            self.meetingRecorded.emit(meeting_id)  # what was recorded is kept: show it
        return True

    def _finish(self) -> None:
        self._timer.stop()
        meeting_id = self.session.meeting_id
        failed = self.session.transcription_error if self._live else None
        self.session = None
        self._show_state(self.IDLE)
        self.hide()
        if failed is not None:  # the recording is whole; the transcript can be made later
            show_error(self, failed)
        self.meetingRecorded.emit(meeting_id)

    # --- language -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_devices(self) -> None:
        for i, dev in enumerate(self._devices):
            name = dev.name
            if dev.default:
                name = self.tr("{name} (mặc định)").format(name=dev.name)
            self.device.setItemText(i, name)
        self.device.lineEdit().setPlaceholderText(
            self.tr("Không tìm thấy micrô") if not self._devices else ""
        )

    def retranslate_ui(self) -> None:
        # Relabel only: no database read here.
        self._setup_page.retranslate_ui()
        if self._free is not None:
            low = self._free < LOW_DISK_WARNING_BYTES
            hours = self._free / bytes_per_hour()
            text = self.tr("Ổ đĩa còn trống {size}, đủ ghi khoảng {hours} giờ").format(
                size=format_size(self._free),
                hours=QLocale().toString(int(hours)) if hours >= 1 else "<1",
            )
            if low:
                text = self.tr("Ổ đĩa sắp đầy: chỉ còn trống {size}").format(
                    size=format_size(self._free)
                )
            self.disk_label.setText(text)
            self.disk_label.setStyleSheet(WARNING_STYLE if low else "")
        self.stop_button.setText(self.tr("&Dừng"))
        # As wide as its widest text: the clock does not move when the state changes.
        widths = []
        for text in (self.tr("Đang ghi"), self.tr("Đã tạm dừng"), self.tr("Đã dừng ghi")):
            widths.append(self.state_label.fontMetrics().horizontalAdvance(text))
        self.state_label.setMinimumWidth(max(widths) + 4)
        widths = []
        for text in (self.tr("Tạm dừng"), self.tr("Tiếp tục")):
            self.pause_button.setText(text)
            widths.append(self.pause_button.sizeHint().width())
        self.pause_button.setMinimumWidth(max(widths))
        self.stop_button.setToolTip(self.tr("Dừng ghi và lưu bản ghi. Sau đó cuộc họp được mở ra."))
        self._retranslate_devices()
        current = self.target.currentIndex()
        self.target.setItemText(0, self.tr("Cuộc họp mới"))
        if self._current is not None and self.target.count() > 1:
            self.target.setItemText(
                1, self.tr("Cuộc họp đang mở: {title}").format(title=self._current[1])
            )
        self.target.setCurrentIndex(current)
        if self.session is not None and self._state == self.RECORDING:
            self._show_recording_state(self.session.paused)
            self._show_transcribed(self.session.transcribed_until)
            self._show_disk(self.session.disk_warning, self.session.free_bytes)
        elif self._state == self.FINISHING:
            self.state_label.setText(self.tr("Đã dừng ghi"))
            if self.session is not None:
                self._show_transcribed(self.session.transcribed_until)
