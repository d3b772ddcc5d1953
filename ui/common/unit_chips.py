"""A coordinating unit shown as a chip: its name and a × that removes it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget


def _chip_style(palette: QPalette) -> str:
    """A pill tinted with the selection colour, so it reads as a token and not as a button."""

    def mix(amount: float) -> str:
        base, accent = (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Highlight),
        )
        r, g, b = (
            round(x + (y - x) * amount)
            for x, y in zip(base.getRgb()[:3], accent.getRgb()[:3], strict=True)
        )
        return f"rgb({r}, {g}, {b})"

    return f"""
QFrame#unitChip {{ background: {mix(0.10)}; border: 1px solid {mix(0.35)}; border-radius: 10px; }}
QFrame#unitChip:focus {{ border: 1px solid {mix(1.0)}; }}
QToolButton#chipRemove {{ border: none; padding: 0px 3px; border-radius: 8px; }}
QToolButton#chipRemove:hover {{ background: {mix(0.30)}; }}
"""


class UnitChip(QFrame):
    """One coordinating unit: its name and a × that removes it (Del does the same)."""

    removeRequested = Signal(str)

    MAX_NAME_WIDTH = 240

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName("unitChip")
        self.setStyleSheet(_chip_style(self.palette()))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        shown = self.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, self.MAX_NAME_WIDTH
        )
        self.label.setText(shown)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("chipRemove")
        self.remove_button.setText("×")
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self.name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(9, 1, 3, 1)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setToolTip(self.name)
        self.remove_button.setToolTip(self.tr("Bỏ đơn vị phối hợp này (Del)"))
        self.remove_button.setAccessibleName(self.tr("Bỏ {unit}").format(unit=self.name))
        self.setAccessibleName(self.name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit(self.name)
            return
        super().keyPressEvent(event)
