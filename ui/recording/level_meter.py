"""What the recording bar shows of the sound and the time: the level meter, and the clock,
position and size formats."""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


def format_clock(seconds: float) -> str:
    """hh:mm:ss, as a recorder shows it."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def format_position(seconds: float) -> str:
    """mm:ss, or h:mm:ss past the first hour (as the transcript shows times)."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    if hours:
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
    return f"{rest // 60:02d}:{rest % 60:02d}"


def format_size(size: int) -> str:
    return QLocale().formattedDataSize(
        max(0, int(size)), 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
    )


class LevelMeter(QWidget):
    """The input level as a bar: green, yellow near the top, red at clipping. The peak (0..1)
    is shown on a decibel scale (-60..0 dB), as recorders do: speech sits in the middle instead
    of at the bottom. It falls back slowly, so the eye can follow it."""

    FLOOR_DB = -60.0
    FALL_PER_UPDATE = 0.04

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0.0  # 0..1 along the bar
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(120)

    def sizeHint(self) -> QSize:
        return QSize(200, max(10, self.fontMetrics().height() // 2 + 4))

    def value(self) -> float:
        return self._value

    def set_level(self, peak: float) -> None:
        if peak > 0 and math.isfinite(peak):
            db = 20.0 * math.log10(min(1.0, peak))
            target = max(0.0, 1.0 - db / self.FLOOR_DB)
        else:
            target = 0.0
        value = target if target >= self._value else max(target, self._value - self.FALL_PER_UPDATE)
        if value != self._value:
            self._value = value
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        palette = self.palette()
        painter.setPen(palette.color(palette.ColorRole.Mid))
        painter.setBrush(palette.color(palette.ColorRole.Base))
        painter.drawRoundedRect(rect, 3, 3)
        if self._value <= 0 or not self.isEnabled():
            return
        gradient = QLinearGradient(rect.topLeft(), rect.topRight())
        gradient.setColorAt(0.0, QColor("#43A047"))
        gradient.setColorAt(0.70, QColor("#7CB342"))
        gradient.setColorAt(0.85, QColor("#FDD835"))
        gradient.setColorAt(1.0, QColor("#E53935"))
        filled = QRectF(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        filled.setWidth(filled.width() * self._value)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawRoundedRect(filled, 2, 2)


__all__ = ["LevelMeter", "format_clock", "format_position", "format_size"]
