"""The transcription part of a meeting page: start or resume, progress with time left, cancel.

The panel reads where the meeting's transcription stands from the store (its own, GUI-thread
connection) and drives runs through the application's `TranscriptionManager`, which allows one
run at a time. A page opened while its meeting is being transcribed attaches to the running job.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.meeting.transcription.choice import RecogniserChoice
from ui.meeting.transcription.retranscribe import RetranscribeDialog
from ui.meeting.transcription.worker import TranscriptionJob, TranscriptionManager

log = logging.getLogger(__name__)

# The progress bar counts in tenths of a percent, so it moves smoothly on long meetings.
_STEPS = 1000
# How long closing the window waits for a run to stop (it stops between segments).
CLOSE_WAIT_MS = 30_000
CANCEL_KEY = QKeySequence(Qt.Key.Key_Escape)


def format_remaining(eta_s: float | None) -> str:
    """Time left in words: "còn khoảng 45 giây", "còn khoảng 3 phút", "còn khoảng 1 giờ 5 phút".

    Rounded as a person would say it (5-second steps, then whole minutes); "đang ước tính…"
    while the engine cannot tell yet. Units are abbreviated in English ("min"), so one text
    serves every number."""
    if eta_s is None or not math.isfinite(eta_s):
        return QCoreApplication.translate("TranscriptionPanel", "đang ước tính…")
    seconds = max(0.0, eta_s)
    if seconds < 57.5:
        return QCoreApplication.translate("TranscriptionPanel", "còn khoảng {n} giây").format(
            n=max(5, int(round(seconds / 5.0)) * 5)
        )
    minutes = max(1, int(round(seconds / 60.0)))
    if minutes < 60:
        return QCoreApplication.translate("TranscriptionPanel", "còn khoảng {n} phút").format(
            n=minutes
        )
    hours, minutes = divmod(minutes, 60)
    if minutes == 0:
        return QCoreApplication.translate("TranscriptionPanel", "còn khoảng {hours} giờ").format(
            hours=hours
        )
    return QCoreApplication.translate(
        "TranscriptionPanel", "còn khoảng {hours} giờ {minutes} phút"
    ).format(hours=hours, minutes=minutes)


def confirm_close(parent: QWidget | None, manager: TranscriptionManager) -> bool:
    """Ask before closing the window while a transcription runs. True: the window may close.

    On Yes the run is cancelled and waited for (wait cursor; the window keeps painting but
    takes no input) for at most CLOSE_WAIT_MS. Whatever happens, what was transcribed is kept
    and the next start offers to resume."""
    if manager.running_meeting_id() is None:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("TranscriptionPanel", "Đang chép lời"),
        QCoreApplication.translate(
            "TranscriptionPanel",
            "Đang chép lời. Dừng lại và đóng? Phần đã chép được giữ nguyên; lần sau mở ứng dụng"
            " có thể chép tiếp.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        manager.shutdown(CLOSE_WAIT_MS)
    finally:
        QGuiApplication.restoreOverrideCursor()
    return True


class TranscriptionPanel(QWidget):
    """Start ("Chép lời") or resume ("Chép lời tiếp"), progress with time left, cancel (Esc).

    Signals: `segmentAdded(int segment_id)` for each segment saved (re-read it from the page's
    store), `stateChanged()` when a run starts, is asked to stop, ends or fails,
    `replaced(Change)` when a run replaced the clerk's segments (for the page's undo stack).
    Set `model` / `language` (None: the default model, the meeting's language) before starting;
    `job_options` go to `TranscriptionJob.start` as they are (tests pass a small `window_s`).
    """

    segmentAdded = Signal(int)
    stateChanged = Signal()
    replaced = Signal(object)

    def __init__(
        self,
        services: Services,
        meeting_id: int,
        manager: TranscriptionManager,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.manager = manager
        self.model: str | None = None
        self.language: str | None = None
        self.job_options: dict = {}
        self._job: TranscriptionJob | None = None
        self._progress: tuple[float, float | None] | None = None  # fraction, eta_s
        self._outcome: str | None = None  # how the last run seen by this panel ended
        self._stored: tuple[float, float, bool] = (0.0, 0.0, False)  # see _read_store
        self._segment_count = 0

        self.choice = RecogniserChoice(services, self._meeting_language(), self)
        self.retranscribe_button = QPushButton()
        self.retranscribe_button.clicked.connect(self.ask_retranscribe)
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.open_compare)
        # Where the meeting's player is, on its timeline (the page sets it): the comparison
        # starts there once something was played.
        self.playback_position: Callable[[], float] | None = None
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, _STEPS)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.progress_bar.setMinimumWidth(220)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Hidden buttons keep their room, so the bar never jumps when a run starts or ends.
        for button in (self.start_button, self.cancel_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)

        self.controls = QWidget(self)  # hidden as a whole once everything is transcribed
        row = QHBoxLayout(self.controls)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start_button)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        self.choice_row = QWidget(self)  # how to transcribe: hidden while a run goes on
        pick = QHBoxLayout(self.choice_row)
        pick.setContentsMargins(0, 0, 0, 0)
        pick.addWidget(self.choice)
        pick.addWidget(self.retranscribe_button)
        pick.addWidget(self.compare_button)
        pick.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice_row)
        layout.addWidget(self.controls)
        layout.addWidget(self.status_label)

        self._cancel_shortcut = QShortcut(CANCEL_KEY, self)
        self._cancel_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._cancel_shortcut.activated.connect(self.cancel)

        manager.runningChanged.connect(self._on_running_changed)
        self._attach(manager.job_for(meeting_id))
        self.retranslate_ui()

    # --- public -------------------------------------------------------------------------

    def is_running(self) -> bool:
        return self._job is not None and self._job.is_running()

    def job(self) -> TranscriptionJob | None:
        return self._job if self.is_running() else None

    @Slot()
    def start(self, retranscribe: bool = False, replace_edited: bool = False) -> None:
        """Transcribe what is not transcribed yet (resuming where a run stopped), with the
        recogniser, model and language chosen; `retranscribe`: the whole meeting again
        (`replace_edited`: the clerk's segments too)."""
        if self.is_running() or not self.manager.can_start():
            return
        self._outcome = None
        self._progress = None
        engine, model, language = self.choice.choice()
        job = self.manager.start(
            self.meeting_id, model=self.model or model, language=self.language or language,
            engine=engine, retranscribe=bool(retranscribe),
            replace_edited=bool(retranscribe and replace_edited), **self.job_options,
        )  # fmt: skip
        self._attach(job)
        self.cancel_button.setFocus()
        self._update_view()
        self.stateChanged.emit()

    @Slot()
    def ask_retranscribe(self) -> None:
        """Transcribe the meeting again with what is chosen, once the clerk agrees (and says
        whether the segments the clerk edited or tagged are replaced too)."""
        try:
            kept = self.services.transcription.clerks_segments(self.meeting_id)
        except sqlite3.Error as exc:
            show_error(self, exc)
            return
        self.retranscribe_dialog = RetranscribeDialog(
            self.choice.model_box.currentText(), kept, self
        )
        if self.retranscribe_dialog.exec() == RetranscribeDialog.DialogCode.Accepted:
            self.start(retranscribe=True, replace_edited=self.retranscribe_dialog.replace_edited())

    def open_compare(self) -> None:
        """Both recognisers on 30 seconds of this meeting, side by side (compare.py)."""
        from ui.meeting.transcription.compare import open_compare

        open_compare(self, self.services, self.meeting_id, self.choice, self.playback_position)

    def _meeting_language(self) -> str | None:
        try:
            return self.services.meetings.get(self.meeting_id).language
        except sqlite3.Error:
            return None

    @Slot()
    def cancel(self) -> None:
        """Ask the run to stop after the current segment ("Đang dừng…" until it has)."""
        if not self.is_running() or self._job.is_cancelling():
            return
        self._job.cancel()
        self._update_view()
        self.stateChanged.emit()

    def confirm_close(self, parent: QWidget | None = None) -> bool:
        return confirm_close(parent or self.window(), self.manager)

    @Slot()
    def refresh(self) -> None:
        """Re-read the meeting's audio from the store (after an import, for instance)."""
        self._update_view()

    def retranslate_ui(self) -> None:
        # Each button as wide as its widest text, so a new text does not move the bar either.
        for button, texts in (
            (self.start_button, (self.tr("Chép lời"), self.tr("Chép lời tiếp"))),
            (self.cancel_button, (self.tr("Hủy"), self.tr("Đang dừng…"))),
            (self.retranscribe_button, (self.tr("Chép lời lại…"),)),
            (self.compare_button, (self.tr("So sánh 30 giây…"),)),
        ):
            widths = []
            for text in texts:
                button.setText(text)
                widths.append(button.sizeHint().width())
            button.setMinimumWidth(max(widths))
        self._update_view()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- the job ------------------------------------------------------------------------

    def _attach(self, job: TranscriptionJob | None) -> None:
        if job is None or job is self._job:
            return
        self._job = job
        self._outcome = None
        job.progress.connect(self._on_progress)
        job.segmentAdded.connect(self.segmentAdded)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        last = job.last_progress()
        self._progress = (last.fraction, last.eta_s) if last is not None else None

    def _detach(self, outcome: str) -> None:
        job, self._job = self._job, None
        if job is not None:
            job.progress.disconnect(self._on_progress)
            job.segmentAdded.disconnect(self.segmentAdded)
            job.finished.disconnect(self._on_finished)
            job.failed.disconnect(self._on_failed)
        self._progress = None
        self._outcome = outcome
        if job is not None and job.replaced() is not None:
            self.replaced.emit(job.replaced())
        had_focus = self.cancel_button.hasFocus()
        self._update_view()
        if had_focus and self.start_button.isEnabled():
            self.start_button.setFocus()  # not lost outside the panel as "Hủy" hides
        self.stateChanged.emit()

    @Slot(float, float, float, float, object)
    def _on_progress(self, fraction, _done_s, _total_s, _elapsed_s, eta_s) -> None:
        self._progress = (fraction, eta_s)
        self._update_view(reread=False)

    @Slot(bool, int)
    def _on_finished(self, cancelled: bool, _added: int) -> None:
        self._detach("cancelled" if cancelled else "done")

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._detach("failed")
        show_error(self, exc)

    @Slot()
    def _on_running_changed(self) -> None:
        self._attach(self.manager.job_for(self.meeting_id))  # started from elsewhere
        self._update_view()

    # --- what the clerk sees --------------------------------------------------------------

    def _read_store(self) -> None:
        """Where the meeting stands in the store: seconds transcribed, seconds in all, whether a
        stopped run can be resumed, segments when all is done. Read on every change of state,
        not on every progress report.

        This also runs for a language change, which reaches every widget, even one whose page
        is being torn down with its database: a Python exception there would reach Qt's event
        dispatch (PySide may crash on it), so a store that cannot be read keeps the last view."""
        try:
            status = self.services.transcription.status(self.meeting_id)
            count = self.services.transcript.count(self.meeting_id) if status.complete else 0
        except sqlite3.Error:
            log.debug("transcription panel: store not readable", exc_info=True)
            return
        self._stored = (status.done_s, status.total_s, status.resumable)
        self._segment_count = count

    def _update_view(self, reread: bool = True) -> None:
        if reread:
            self._read_store()
        running = self.is_running()
        stopping = running and self._job.is_cancelling()
        done_s, total_s, resumable = self._stored
        no_audio = total_s <= 0
        all_done = not no_audio and done_s >= total_s

        self.start_button.setText(self.tr("Chép lời tiếp") if resumable else self.tr("Chép lời"))
        self.start_button.setToolTip(
            self.tr("Chép lời tiếp từ chỗ đã dừng. Phần đã chép được giữ nguyên.")
            if resumable
            else self.tr("Chuyển ghi âm của cuộc họp thành văn bản, ngay trên máy này.")
        )
        self.start_button.setVisible(not running)
        self.start_button.setEnabled(
            not no_audio and not all_done and self.manager.can_start() and not running
        )
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running and not stopping)
        self.cancel_button.setText(self.tr("Đang dừng…") if stopping else self.tr("Hủy"))
        shortcut = CANCEL_KEY.toString(QKeySequence.SequenceFormat.NativeText)
        self.cancel_button.setToolTip(
            self.tr(
                "Dừng chép lời (%1). Phần đã chép được giữ nguyên; có thể chép tiếp sau."
            ).replace("%1", shortcut)
        )

        # The bar: the run's own progress while running, else what the store holds.
        stored = done_s / total_s if total_s > 0 else 0.0
        if running and self._progress is None:
            fraction, text = stored, self.tr("Đang nạp mô hình…")
        elif running and self._progress[0] < 1.0:
            fraction, eta = self._progress
            text = (
                self.tr("%1% — %2")
                .replace("%2", format_remaining(eta))
                .replace("%1", str(int(fraction * 100)))
            )
        else:
            fraction = self._progress[0] if running else stored
            text = "" if no_audio else self.tr("%1%").replace("%1", str(int(fraction * 100)))
        self.progress_bar.setValue(int(fraction * _STEPS))
        # QProgressBar reads %p, %v, %m in its format; none can occur in these texts.
        self.progress_bar.setFormat(text)
        self.progress_bar.setEnabled(not no_audio)
        # A finished transcript needs no button nor a full bar: the status line says it all,
        # and the transcript gets the room.
        self.controls.setVisible(not (all_done and not running))
        self.choice_row.setVisible(not running and not no_audio)
        self.retranscribe_button.setEnabled(done_s > 0 and self.manager.can_start())
        self.retranscribe_button.setToolTip(
            self.tr("Chép lời lại cả cuộc họp bằng bộ nhận dạng, mô hình và ngôn ngữ đã chọn.")
        )
        self.compare_button.setToolTip(
            self.tr("Chép lời 30 giây bằng cả hai bộ nhận dạng và xem hai bản cạnh nhau.")
        )

        self.status_label.setText(
            self._status_text(running, stopping, no_audio, resumable, all_done)
        )

    def _status_text(
        self, running: bool, stopping: bool, no_audio: bool, resumable: bool, all_done: bool
    ) -> str:
        if stopping:
            return self.tr("Đang dừng sau đoạn đang chép…")
        if running:
            return self.tr("Đang chép lời. Mỗi đoạn chép xong được lưu ngay; có thể làm việc khác.")
        if no_audio:
            return self.tr("Cuộc họp này chưa có tệp ghi âm.")
        if self._outcome == "failed":
            return self.tr("Chép lời không thành công. Phần đã chép được giữ nguyên.")
        if all_done:
            return self.tr("Đã chép lời xong %n đoạn.", None, self._segment_count)
        if not self.manager.can_start():
            return self.tr("Đang chép lời một cuộc họp khác; khi xong mới chép được cuộc họp này.")
        if resumable:
            return self.tr("Đã dừng — bấm Chép lời tiếp để tiếp tục.")
        return self.tr("Chưa chép lời.")
