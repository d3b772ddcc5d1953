"""The player's controls under the transcript: play/pause, position, seek bar, speed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.text import clock
from ui.i18n import tooltip_with_shortcut
from ui.meeting.playback.player import RATES, SKIP_S, AudioPlayer


class _SeekSlider(QSlider):
    """A slider that jumps to where it is clicked (not a page at a time)."""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            option = QStyleOptionSlider()
            self.initStyleOption(option)
            handle = self.style().subControlRect(
                QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
            )
            if not handle.contains(event.position().toPoint()):
                value = QStyle.sliderValueFromPosition(
                    self.minimum(),
                    self.maximum(),
                    round(event.position().x()) - handle.width() // 2,
                    max(1, self.width() - handle.width()),
                )
                self.setValue(value)
                self.sliderMoved.emit(value)
                self.sliderReleased.emit()
        super().mousePressEvent(event)


class PlayerBar(QWidget):
    """Play/pause, back and forward 5 s, the meeting's timeline, time and speed.

    Shortcuts work anywhere in the window, in the transcript's text editor too (clerks play
    while they type): Ctrl+Space play/pause, Alt+Left and Alt+Right back/forward 5 s
    (Ctrl+arrows are left to the editor, where they move by word).
    """

    def __init__(self, player: AudioPlayer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player

        self.play_action = self._action("Ctrl+Space", player.toggle)
        self.back_action = self._action("Alt+Left", lambda: player.skip(-SKIP_S))
        self.forward_action = self._action("Alt+Right", lambda: player.skip(SKIP_S))
        style = self.style()
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward))
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward))

        self.back_button = self._button(self.back_action)
        self.play_button = self._button(self.play_action)
        self.forward_button = self._button(self.forward_action)
        self.slider = _SeekSlider(Qt.Orientation.Horizontal, self)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(30_000)
        self.time_label = QLabel(self)
        self.time_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("00:00:00 / 00:00:00 ")
        )
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speed_label = QLabel(self)
        self.speed_combo = QComboBox(self)
        self.speed_label.setBuddy(self.speed_combo)
        self.message_label = QLabel(self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 4, 8, 4)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.back_button)
        row.addWidget(self.play_button)
        row.addWidget(self.forward_button)
        row.addWidget(self.slider, 1)
        row.addWidget(self.time_label)
        row.addSpacing(8)
        row.addWidget(self.speed_label)
        row.addWidget(self.speed_combo)
        outer.addLayout(row)
        outer.addWidget(self.message_label)

        self.slider.sliderMoved.connect(self._slider_moved)
        self.slider.sliderReleased.connect(self._slider_released)
        self.slider.actionTriggered.connect(self._slider_action)
        self.speed_combo.currentIndexChanged.connect(self._speed_chosen)
        player.positionChanged.connect(self._position_changed)
        player.stateChanged.connect(self._state_changed)
        player.errorOccurred.connect(self.show_message)
        player.timelineChanged.connect(self._timeline_changed)

        self.retranslate_ui()
        self._timeline_changed(player.total_duration())
        self._state_changed(player.is_playing())

    def _action(self, shortcut: str, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    def retranslate_ui(self) -> None:
        self.back_action.setText(self.tr("Lùi 5 giây"))
        self.forward_action.setText(self.tr("Tới 5 giây"))
        self._state_changed(self.player.is_playing())
        tooltip_with_shortcut(self.back_action)
        tooltip_with_shortcut(self.forward_action)
        self.slider.setToolTip(self.tr("Vị trí trong cuộc họp: kéo hoặc bấm để tua"))
        self.slider.setAccessibleName(self.tr("Vị trí phát"))
        self.speed_label.setText(self.tr("&Tốc độ:"))
        self.speed_combo.setToolTip(self.tr("Tốc độ phát"))
        if self.message_label.text():  # a problem told before the switch, in the new language
            self.show_message(self.player.last_message())
        locale = QLocale()
        current = self.player.rate()
        with QSignalBlocker(self.speed_combo):
            self.speed_combo.clear()
            for rate in RATES:
                self.speed_combo.addItem(f"{locale.toString(rate, 'g', 3)}×", rate)
            self.speed_combo.setCurrentIndex(self._rate_index(current))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def show_message(self, message: str) -> None:
        """Show a problem with playing (no sound device, missing file) beside the controls."""
        self.message_label.setText(message)
        self.message_label.setToolTip(message)
        self.message_label.setVisible(bool(message))

    # ----------------------------------------------------------------------------------------

    def _rate_index(self, rate: float) -> int:
        return min(range(len(RATES)), key=lambda i: abs(RATES[i] - rate))

    def _speed_chosen(self, index: int) -> None:
        if index >= 0:
            self.player.set_rate(float(self.speed_combo.itemData(index)))

    def _timeline_changed(self, total: float) -> None:
        self.slider.setRange(0, round(total * 1000))
        enabled = total > 0
        for widget in (self.slider, self.back_button, self.play_button, self.forward_button,
                       self.speed_combo):  # fmt: skip
            widget.setEnabled(enabled)
        for action in (self.play_action, self.back_action, self.forward_action):
            action.setEnabled(enabled)
        self._show_time(self.player.global_position())

    def _position_changed(self, audio_id: int, seconds: float) -> None:
        if self.slider.isSliderDown():
            return  # the clerk is dragging: the slider shows where they are going
        position = self.player.offset_of(audio_id) + seconds
        with QSignalBlocker(self.slider):
            self.slider.setValue(round(position * 1000))
        self._show_time(position)

    def _show_time(self, position: float) -> None:
        total = self.player.total_duration()
        self.time_label.setText(f"{clock(position, millis=False)} / {clock(total, millis=False)}")

    def _slider_moved(self, value: int) -> None:
        self._show_time(value / 1000.0)

    def _slider_released(self) -> None:
        self.player.seek_global(self.slider.value() / 1000.0)

    def _slider_action(self, action: int) -> None:
        # Keyboard and page clicks on the slider (dragging seeks on release).
        if action != QSlider.SliderAction.SliderMove.value and not self.slider.isSliderDown():
            self.player.seek_global(self.slider.sliderPosition() / 1000.0)

    def _state_changed(self, playing: bool) -> None:
        icon = (
            QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        )
        self.play_action.setIcon(self.style().standardIcon(icon))
        self.play_action.setText(self.tr("Tạm dừng") if playing else self.tr("Phát"))
        tooltip_with_shortcut(self.play_action)
