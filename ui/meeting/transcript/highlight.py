"""Drawing a segment's text with the find bar's matches marked: every match on a light yellow,
the one shown on orange; wrapped as the plain text is (QPainter.drawText with word wrap)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QTextCharFormat, QTextLayout, QTextOption

MATCH = QColor("#FFF176")  # every match
CURRENT_MATCH = QColor("#FFB74D")  # the match shown ("3/12")
MATCH_TEXT = QColor("#1A1A1A")  # readable on both, even in a selected row


def draw_highlighted(
    painter: QPainter,
    rect: QRect,
    text: str,
    font: QFont,
    spans: list[tuple[int, int]],
    current: int | None = None,
) -> None:
    """Draw `text` wrapped in `rect`, with `spans` (start, end) marked; `current` indexes the
    span that is the match shown."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    ranges = []
    for index, (start, end) in enumerate(spans):
        mark = QTextCharFormat()
        mark.setBackground(QBrush(CURRENT_MATCH if index == current else MATCH))
        mark.setForeground(QBrush(MATCH_TEXT))
        found = QTextLayout.FormatRange()
        found.start, found.length, found.format = start, end - start, mark
        ranges.append(found)
    layout.draw(painter, QPointF(rect.topLeft()), ranges)
