"""Text fields that save as the clerk types: after a short idle, or at once on leaving the field,
and the small labels forms use (a hint under a field, a quieter secondary line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from meeting_assistant.text import nfc

# Typed text is saved this long after the last keystroke (and at once on leaving the field).
SAVE_DELAY_MS = 600


class DebouncedText(QObject):
    """Watches a QPlainTextEdit and emits `commit(text)` SAVE_DELAY_MS after the last change, on
    focus-out, or on `flush()` — only when the text differs from what was last set/committed."""

    commit = Signal(str)
    # Every change not yet committed (to keep as a durable draft: a crash loses nothing).
    typed = Signal(str)

    def __init__(self, edit: QPlainTextEdit, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(edit)
        self._edit = edit
        self._saved = ""
        self._committing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def set_text(self, text: str) -> None:
        """Show `text` as the saved state (no commit). Text that differs only by what the store
        cleans away (outer spaces, accent encoding) stays as typed, cursor and all."""
        self._timer.stop()
        current = self._edit.toPlainText()
        if nfc(current).strip() == nfc(text).strip():
            self._saved = current
            return
        self._saved = text
        with QSignalBlocker(self._edit):
            self._edit.setPlainText(text)

    def accepted(self, text: str) -> None:
        """The listener stored `text` (perhaps cleaned): it is the saved state from now on."""
        self._saved = text

    def pending(self) -> bool:
        return self._edit.toPlainText() != self._saved

    def saved_text(self) -> str:
        return self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.pending() and not self._committing:
            self._committing = True  # a listener flushing again meanwhile is not a new edit
            try:
                self.commit.emit(self._edit.toPlainText())
            finally:
                self._committing = False

    def _changed(self) -> None:
        self._timer.start()
        if self.pending():
            self.typed.emit(self._edit.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def text_edit(lines: int, parent: QWidget | None = None, grow: bool = False) -> QPlainTextEdit:
    """A plain-text field `lines` lines high (at least, when it may `grow`) that wraps words and
    tabs out of itself."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    line = edit.fontMetrics().lineSpacing()
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    height = lines * line + frame + 2 * int(edit.document().documentMargin())
    if grow:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)
    return edit


def level_label(label: QLabel, line_height: int) -> None:
    """Put a form label's text level with the first line of its field, `line_height` tall (the
    height of a one-line field), whatever the height of the field's row."""
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, max(0, (line_height - label.fontMetrics().height()) // 2), 0, 0)


def make_secondary(label: QLabel, italic: bool = False) -> None:
    """A quieter label: the palette's placeholder colour, a little smaller."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = QFont(label.font())
    font.setItalic(italic)
    label.setFont(font)


def hint_label(parent: QWidget) -> QLabel:
    """A small warning line under a field (hidden until needed)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), Qt.GlobalColor.darkRed)
    label.setPalette(palette)
    label.hide()
    return label
