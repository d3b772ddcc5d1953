""" "So sánh 30 giây…": both recognisers on the same 30 seconds of the meeting, side by side.

The stretch starts at the playback position when the clerk has played something, else where the
meeting's speech starts; the clerk may move it and compare again. Both engines run in the
background (Whisper with the model chosen in the meeting's picker, viet-asr where installed), one
after the other; "Dừng" stops them. Each column shows the text, the time it took, and a button
that chooses that recogniser in the meeting's picker. Nothing is stored.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.operations import Op

LENGTH_S = 30.0


def _to_time(seconds: float) -> QTime:
    return QTime(0, 0).addSecs(int(seconds))


class CompareDialog(QDialog):
    """`chosen(engine, model)` when the clerk picks one of the two ("" for viet-asr's model)."""

    chosen = Signal(str, str)

    def __init__(
        self,
        services: Services,
        meeting_id: int,
        model: str | None = None,
        start_s: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.model = model
        self.trials: list = []
        self._cancel: threading.Event | None = None
        self._run_number = 0
        self.setWindowTitle(self.tr("So sánh hai bộ nhận dạng"))
        self.setMinimumSize(760, 420)

        self.start_label = QLabel(self.tr("&Bắt đầu từ:"))
        self.start_edit = QTimeEdit()
        self.start_edit.setDisplayFormat("H:mm:ss")
        self.start_label.setBuddy(self.start_edit)
        self.length_label = QLabel(self.tr("(30 giây)"))
        self.compare_button = QPushButton(self.tr("&So sánh"))
        self.compare_button.clicked.connect(self.compare)
        top = QHBoxLayout()
        top.addWidget(self.start_label)
        top.addWidget(self.start_edit)
        top.addWidget(self.length_label)
        top.addStretch(1)
        top.addWidget(self.compare_button)

        self.columns = QHBoxLayout()
        self.columns_box = QWidget()
        self.columns_box.setLayout(self.columns)

        self.status_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # busy: the engines say nothing of their progress here
        self.busy.setMaximumWidth(160)
        self.stop_button = QPushButton(self.tr("&Dừng"))
        self.stop_button.clicked.connect(self.stop)
        self.close_button = QPushButton(self.tr("Đóng"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.stop_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Cùng một đoạn ghi âm được chép lời bằng cả hai bộ nhận dạng. Đọc hai bản, rồi chọn"
                " bộ nhận dạng cho cuộc họp này. Không có gì được lưu vào bản chép lời."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.columns_box, 1)
        layout.addLayout(bottom)

        self.compare(start_s)

    # --- running ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def compare(self, start_s: float | None = None) -> None:
        """Run both engines from `start_s` (None: the start field; on opening, the first
        speech when no position was given)."""
        if self.running:
            return
        if start_s is None and self._run_number:
            start_s = float(QTime(0, 0).secsTo(self.start_edit.time()))
        self._cancel = cancel = threading.Event()
        self._run_number += 1
        number = self._run_number
        meeting_id, model = self.meeting_id, self.model

        def work(services: Services):
            at = services.transcription.first_speech(meeting_id) if start_s is None else start_s
            trials = services.transcription.compare(meeting_id, at, LENGTH_S, model=model,
                                                    cancel=cancel)  # fmt: skip
            return at, trials

        self._show_running()
        Op(self, self.services, work).success(lambda result: self._done(number, *result)).failure(
            lambda exc: self._failed(number, exc)
        ).run()

    def stop(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.stop_button.setEnabled(False)
            self.status_label.setText(self.tr("Đang dừng…"))

    def done(self, result: int) -> None:  # closing stops the engines too
        self.stop()
        super().done(result)

    def _show_running(self) -> None:
        self.busy.setVisible(True)
        self.stop_button.setVisible(True)
        self.stop_button.setEnabled(True)
        self.compare_button.setEnabled(False)
        self.start_edit.setEnabled(False)
        self.status_label.setText(
            self.tr("Đang chép lời 30 giây bằng từng bộ nhận dạng… (có thể mất một phút)")
        )

    def _show_idle(self, status: str) -> None:
        self._cancel = None
        self.busy.setVisible(False)
        self.stop_button.setVisible(False)
        self.compare_button.setEnabled(True)
        self.start_edit.setEnabled(True)
        self.status_label.setText(status)

    def _done(self, number: int, start_s: float, trials: list) -> None:
        if number != self._run_number:
            return
        self.trials = trials
        self.start_edit.setTime(_to_time(start_s))
        self._fill(trials)
        cancelled = any(t.cancelled for t in trials)
        self._show_idle(self.tr("Đã dừng.") if cancelled else "")

    def _failed(self, number: int, exc: BaseException) -> None:
        if number != self._run_number:
            return
        self._show_idle("")
        show_error(self, exc)

    # --- the columns ------------------------------------------------------------------------

    def _fill(self, trials: list) -> None:
        while self.columns.count():
            item = self.columns.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for trial in trials:
            self.columns.addWidget(self._column(trial), 1)

    def _column(self, trial) -> QGroupBox:
        box = QGroupBox(
            self.tr("viet-asr (tiếng Việt)")
            if trial.engine == "viet-asr"
            else self.tr("Whisper — %1").replace("%1", trial.model or "")
        )
        box.setObjectName(f"compare-{trial.engine}")
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        text.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        text.setObjectName("text")
        text.setPlainText(trial.text)
        if trial.error:
            text.setPlainText(trial.error)
        elif not trial.text:
            text.setPlaceholderText(
                self.tr("(đã dừng)") if trial.cancelled else self.tr("(không nghe được lời nào)")
            )
        took = QLabel(self._took(trial))
        took.setObjectName("took")
        choose = QPushButton(self.tr("Dùng bộ nhận dạng này cho cuộc họp"))
        choose.setObjectName("choose")
        choose.setEnabled(trial.error is None)
        choose.clicked.connect(lambda: self._choose(trial))
        column = QVBoxLayout(box)
        column.addWidget(text, 1)
        column.addWidget(took)
        column.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def _took(self, trial) -> str:
        if trial.error or trial.cancelled:
            return ""
        locale = QLocale()
        return (
            self.tr("Mất %1 giây cho %2 giây ghi âm (nạp mô hình: %3 giây).")
            .replace("%1", locale.toString(trial.seconds, "f", 1))
            .replace("%2", locale.toString(trial.audio_s, "f", 0))
            .replace("%3", locale.toString(trial.load_seconds, "f", 1))
        )

    def _choose(self, trial) -> None:
        self.chosen.emit(trial.engine, trial.model or "")
        self.accept()


def select_recogniser(choice, engine: str, model: str) -> bool:
    """Pick `engine` (and its `model`) in a meeting's RecogniserChoice; False if not offered."""
    index = choice.model_box.findData(f"{engine}|{model if engine == 'whisper' else ''}")
    if index < 0:
        return False
    choice.model_box.setCurrentIndex(index)
    return True


def open_compare(
    parent: QWidget, services: Services, meeting_id: int, choice, position: Callable | None
) -> CompareDialog:
    """The dialog for the meeting, from the playback position if something was played, with the
    Whisper model the picker shows; choosing in it sets the picker."""
    engine, model, _language = choice.choice()
    start = position() if position is not None else None
    dialog = CompareDialog(
        services,
        meeting_id,
        model=model if engine == "whisper" else None,
        start_s=start if start else None,
        parent=parent,
    )
    dialog.chosen.connect(lambda e, m: select_recogniser(choice, e, m))
    dialog.open()
    return dialog
