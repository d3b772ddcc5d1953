"""The task register's summary: one card per status, with its count and colour."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ui.register.model import ACCENTS, TOTAL


class StatusCard(QAbstractButton):
    """A count and what it counts, with the status's colour; checked while it filters the table."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.count = 0
        self._lines = 2  # the label's lines at the card's width
        self.accent = ACCENTS[key]
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # Minimum: the cards of a row share the tallest one's height.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setAccessibleName(f"{count} {self.text()}")
        self.update()

    def _count_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        return font

    def _text_lines(self) -> int:
        # Two lines, or three when a narrow card (1280×720) wraps its label further.
        width = max(self.width() - 22, 40)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
        height = self.fontMetrics().boundingRect(0, 0, width, 1000, flags, self.text()).height()
        return max(2, min(3, round(height / self.fontMetrics().lineSpacing())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        lines = self._text_lines()
        if lines != self._lines:
            self._lines = lines
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        lines = self.fontMetrics().lineSpacing() * self._lines
        count = QFontMetrics(self._count_font()).height()
        return QSize(120, 10 + count + 2 + lines + 10)

    def minimumSizeHint(self) -> QSize:
        # Narrow enough for one row to shrink until the page moves the counts to two rows.
        return QSize(60, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        base = palette.color(QPalette.ColorRole.Base)
        if self.isChecked() or self.isDown():
            fill = _blend(base, self.accent, 0.16)
        elif self.underMouse():
            fill = _blend(base, self.accent, 0.07)
        else:
            fill = base
        border = self.accent if self.isChecked() else palette.color(QPalette.ColorRole.Mid)
        pen = QPen(border, 1.5 if self.isChecked() else 1.0)
        if self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.0)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 5, 5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.accent)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2.5, 2.5)

        inner = self.rect().adjusted(14, 8, -8, -8)
        count_font = self._count_font()
        count_height = QFontMetrics(count_font).height()
        painter.setFont(count_font)
        quiet = self.count == 0 and self.key != TOTAL
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText) if quiet else self.accent)
        painter.drawText(
            inner.adjusted(0, 0, 0, -(inner.height() - count_height)),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            str(self.count),
        )
        painter.setFont(self.font())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text_rect = inner.adjusted(0, count_height + 2, 0, 0)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            self.text(),
        )
        painter.end()


def _blend(base: QColor, accent: QColor, amount: float) -> QColor:
    pairs = zip(base.getRgb()[:3], accent.getRgb()[:3], strict=True)
    return QColor(*(round(b + (a - b) * amount) for b, a in pairs))


__all__ = ["StatusCard"]
