"""The transcript's QTableView: Enter plays, and an empty table says why it is empty."""

from __future__ import annotations

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableView,
    QWidget,
)

from ui.meeting.transcript.delegate import SegmentDelegate


class TranscriptTable(QTableView):
    """A QTableView that plays on Enter, and says so when it has no rows yet."""

    playKeyPressed = Signal()
    escapePressed = Signal()  # not while editing a segment: there Esc leaves the editor

    def __init__(self, parent: QWidget, delegate: SegmentDelegate) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.playKeyPressed.emit()
            event.accept()
            return
        if (
            event.key() == Qt.Key.Key_Escape
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.escapePressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._delegate.place_cursor_at = event.position().toPoint()
        super().mouseDoubleClickEvent(event)
        self._delegate.place_cursor_at = None  # used by the editor just opened, if any

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()
