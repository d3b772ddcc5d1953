"""How a conclusion or a task is painted in the meeting's lists: number, text, badge, star,
lead unit and deadline."""

from __future__ import annotations

from PySide6.QtCore import (
    QModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from meeting_assistant.models import Task
from meeting_assistant.text import format_date

# Data of a row in the lists (the delegate paints from these; the panel fills them).
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3
BADGE_ROLE = Qt.ItemDataRole.UserRole + 4  # conclusions: "Nháp" / "Đã xác nhận"
CONFIRMED_ROLE = Qt.ItemDataRole.UserRole + 5
LEAD_ROLE = Qt.ItemDataRole.UserRole + 6  # tasks: the lead unit, or a "none yet" text
DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 7  # tasks: dd/mm/yyyy, "Thường xuyên", or none
KEY_ROLE = Qt.ItemDataRole.UserRole + 8
MISSING_LEAD_ROLE = Qt.ItemDataRole.UserRole + 9
MISSING_DEADLINE_ROLE = Qt.ItemDataRole.UserRole + 10
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 11  # an official's comment not yet dealt with
_ATTENTION_COLOUR = QColor("#E0A000")


# Badge colours (background, text): amber for a draft, green for a confirmed conclusion.
_DRAFT_COLOURS = (QColor("#FCEFCF"), QColor("#7A5200"))
_CONFIRMED_COLOURS = (QColor("#DCF1E2"), QColor("#1B6B35"))
_STAR_COLOUR = QColor("#D99A00")


def format_deadline(task: Task) -> str | None:
    """dd/mm/yyyy for a date, None when the task has no deadline and is not ongoing."""
    return format_date(task.deadline) if task.deadline else None


# Painting a row -----------------------------------------------------------------------------


def _wrap(text: str, font: QFont, width: int, max_lines: int) -> list[str]:
    """`text` broken into at most `max_lines` lines of `width`, the last one elided with …"""
    text = " ".join(text.split())
    if not text or width <= 0:
        return [text] if text else [""]
    metrics = QFontMetrics(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(text[start:], Qt.TextElideMode.ElideRight, width))
            break
        lines.append(text[start : start + line.textLength()].rstrip())
    layout.endLayout()
    return lines or [""]


def _small(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * 0.9)
    else:
        small.setPixelSize(max(9, round(font.pixelSize() * 0.9)))
    return small


class ItemDelegate(QStyledItemDelegate):
    """Paints a conclusion (number, text on up to three lines, its state badge) or a task
    (number, content on up to two lines, ★, then lead unit and deadline)."""

    PAD_X, PAD_Y, GAP = 8, 7, 4

    def __init__(self, view: QListView, tasks: bool) -> None:
        super().__init__(view)
        self._view = view
        self._tasks = tasks
        self._max_lines = 2 if tasks else 3

    def _number_width(self, font: QFont) -> int:
        bold = QFont(font)
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance("00.") + 8

    def _star_width(self, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance("★") + 8 if self._tasks else 0

    def _text_width(self, font: QFont, width: int) -> int:
        return width - 2 * self.PAD_X - self._number_width(font) - self._star_width(font)

    def _meta_height(self, font: QFont) -> int:
        height = QFontMetrics(_small(font)).height()
        return height + (4 if not self._tasks else 0)  # the badge's padding

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self._view.viewport().width()
        font = option.font
        text = index.data(TEXT_ROLE) or ""
        lines = _wrap(text, font, self._text_width(font, width), self._max_lines)
        height = (
            self.PAD_Y
            + len(lines) * QFontMetrics(font).lineSpacing()
            + self.GAP
            + self._meta_height(font)
            + self.PAD_Y
        )
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.icon = QIcon()
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_colour = palette.color(
            palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        )
        quiet = QColor(text_colour)
        quiet.setAlphaF(0.68)
        font = QFont(opt.font)
        small = _small(font)
        metrics = QFontMetrics(font)
        rect: QRect = opt.rect
        number_width = self._number_width(font)
        text_x = rect.x() + self.PAD_X + number_width
        text_width = self._text_width(font, rect.width())
        y = rect.y() + self.PAD_Y

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not selected:  # a hairline between rows
            line = QColor(palette.color(palette.ColorRole.Mid))
            line.setAlphaF(0.35)
            painter.setPen(QPen(line, 1))
            painter.drawLine(rect.left() + self.PAD_X, rect.bottom(), rect.right(), rect.bottom())

        if index.data(ATTENTION_ROLE):  # a bar down the left edge: a reviewer's comment waits
            painter.fillRect(QRect(rect.x() + 1, rect.y() + 3, 4, rect.height() - 6),
                             _ATTENTION_COLOUR)  # fmt: skip
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(quiet)
        number_rect = QRect(rect.x() + self.PAD_X, y, number_width - 8, metrics.height())
        painter.drawText(
            number_rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            f"{index.data(NUMBER_ROLE)}.",
        )

        painter.setFont(font)
        painter.setPen(text_colour)
        lines = _wrap(index.data(TEXT_ROLE) or "", font, text_width, self._max_lines)
        for text in lines:
            painter.drawText(
                QRect(text_x, y, text_width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            y += metrics.lineSpacing()
        y += self.GAP

        if self._tasks:
            if index.data(KEY_ROLE):
                painter.setPen(text_colour if selected else _STAR_COLOUR)
                star_rect = QRect(
                    rect.right() - self.PAD_X - self._star_width(font) + 8,
                    rect.y() + self.PAD_Y,
                    self._star_width(font) - 8,
                    metrics.height(),
                )
                painter.drawText(star_rect, Qt.AlignmentFlag.AlignCenter, "★")
            self._paint_task_meta(painter, index, small, text_x, y, text_width, text_colour, quiet)
        else:
            self._paint_badge(painter, index, small, text_x, y)
        painter.restore()

    def _paint_task_meta(
        self, painter, index, small: QFont, x: int, y: int, width: int, colour, quiet
    ) -> None:
        metrics = QFontMetrics(small)
        deadline = index.data(DEADLINE_ROLE) or ""
        deadline_font = QFont(small)
        deadline_font.setItalic(bool(index.data(MISSING_DEADLINE_ROLE)))
        deadline_font.setBold(not index.data(MISSING_DEADLINE_ROLE))
        deadline_width = QFontMetrics(deadline_font).horizontalAdvance(deadline)
        lead = index.data(LEAD_ROLE) or ""
        lead_width = max(0, width - deadline_width - 12)
        lead_font = QFont(small)
        lead_font.setItalic(bool(index.data(MISSING_LEAD_ROLE)))
        painter.setFont(lead_font)
        painter.setPen(quiet if index.data(MISSING_LEAD_ROLE) else colour)
        painter.drawText(
            QRect(x, y, lead_width, metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(lead_font).elidedText(lead, Qt.TextElideMode.ElideRight, lead_width),
        )
        painter.setFont(deadline_font)
        painter.setPen(quiet if index.data(MISSING_DEADLINE_ROLE) else colour)
        painter.drawText(
            QRect(x + width - deadline_width - 4, y, deadline_width + 4, metrics.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            deadline,
        )

    def _paint_badge(self, painter: QPainter, index: QModelIndex, small: QFont, x, y) -> None:
        text = index.data(BADGE_ROLE) or ""
        background, foreground = (
            _CONFIRMED_COLOURS if index.data(CONFIRMED_ROLE) else _DRAFT_COLOURS
        )
        badge_font = QFont(small)
        badge_font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(badge_font)
        height = metrics.height() + 2
        badge = QRect(x, y, metrics.horizontalAdvance(text) + 14, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(badge, height / 2, height / 2)
        painter.setFont(badge_font)
        painter.setPen(foreground)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
