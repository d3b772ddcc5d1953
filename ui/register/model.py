"""The task register's table: its statuses' order and colours, and the model of its rows.

`RegisterModel` holds the rows of `followup.register.task_register`, one per task;
`NumberedProxy` sorts them and numbers the rows as shown. The constants and small date helpers
here are shared by the register page, its summary cards and its dialogs.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.followup.status import (
    CANCELLED,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    ONGOING,
    OVERDUE,
)
from meeting_assistant.labels import status_label as label
from meeting_assistant.models import Task
from meeting_assistant.text import fold, format_date
from ui.common.rows_model import RowsModel

# The summary's order: the four official categories, then the app's extras.
OFFICIAL = (DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE)
EXTRAS = (DUE_SOON, ONGOING, CANCELLED)
ORDER = OFFICIAL + EXTRAS
TOTAL = "total"

# Each status's accent (the summary's bar and count).
ACCENTS = {
    DONE_ON_TIME: QColor("#2E7D32"),
    DONE_LATE: QColor("#B45F06"),
    IN_PROGRESS: QColor("#1F6FB2"),
    OVERDUE: QColor("#C62828"),
    DUE_SOON: QColor("#C98A00"),
    ONGOING: QColor("#5C6B7A"),
    CANCELLED: QColor("#8A8A8A"),
    TOTAL: QColor("#37474F"),
}
# Rows that need the clerk's attention: (background, text), dark text on a light tint so they
# stay readable in any theme; done and cancelled rows are greyed instead.
ROW_COLOURS = {
    OVERDUE: (QColor("#FBE0DE"), QColor("#8E1616")),
    DUE_SOON: (QColor("#FFF1CC"), QColor("#6B4A00")),
}
GREYED = (DONE_ON_TIME, DONE_LATE, CANCELLED)
ISO = Qt.DateFormat.ISODate


def deadline_text(task: Task) -> str:
    """The deadline as the register shows it: dd/mm/yyyy, "Thường xuyên", or that it is missing."""
    if task.ongoing:
        return QCoreApplication.translate("TaskRegister", "Thường xuyên")
    if task.deadline:
        return format_date(task.deadline)
    return QCoreApplication.translate("TaskRegister", "Chưa có thời hạn")


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def quiet_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.PlaceholderText)


# The table ------------------------------------------------------------------------------------


class RegisterModel(RowsModel):
    """Rows of `task_register`, one per task."""

    NUMBER, CONTENT, LEAD, COORDINATORS, DEADLINE, STATUS, MEETING = range(7)
    COLUMNS = 7
    StatusRole = Qt.ItemDataRole.UserRole + 2

    def row(self, source_row: int) -> RegisterRow:
        return self._rows[source_row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("TaskRegister", "STT"),
                QCoreApplication.translate("TaskRegister", "Nội dung"),
                QCoreApplication.translate("TaskRegister", "Đơn vị chủ trì"),
                QCoreApplication.translate("TaskRegister", "Đơn vị phối hợp"),
                QCoreApplication.translate("TaskRegister", "Thời hạn"),
                QCoreApplication.translate("TaskRegister", "Tình trạng"),
                QCoreApplication.translate("TaskRegister", "Cuộc họp"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.NUMBER:
            return QCoreApplication.translate("TaskRegister", "Số thứ tự")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        task = row.task
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, col, index.row())
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, col, text)
            return text
        if role == self.IdRole:
            return task.id
        if role == self.StatusRole:
            return row.status
        if role == self.SortRole:
            return self._sort_key(row, col, index.row())
        if role == Qt.ItemDataRole.BackgroundRole and row.status in ROW_COLOURS:
            return ROW_COLOURS[row.status][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status in ROW_COLOURS:
                return ROW_COLOURS[row.status][1]
            if row.status in GREYED:
                return quiet_colour()
            if col == self.DEADLINE and not task.deadline and not task.ongoing:
                return quiet_colour()
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if col == self.STATUS and row.status in (OVERDUE, DUE_SOON):
                font.setBold(True)
                return font
            if col == self.DEADLINE and not task.deadline and not task.ongoing:
                font.setItalic(True)
                return font
            if row.status == CANCELLED and col == self.CONTENT:
                font.setStrikeOut(True)
                return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: RegisterRow, col: int, source_row: int) -> str:
        task = row.task
        if col == self.NUMBER:
            return str(source_row + 1)
        if col == self.CONTENT:
            return " ".join(task.content.split())  # one line in the table
        if col == self.LEAD:
            return row.lead_unit or ""
        if col == self.COORDINATORS:
            return ", ".join(row.coordinating_units)
        if col == self.DEADLINE:
            return deadline_text(task)
        if col == self.STATUS:
            return label(row.status)
        return row.meeting_title

    def _tooltip(self, row: RegisterRow, col: int, text: str) -> str | None:
        task = row.task
        if col == self.CONTENT:
            return task.content
        if col == self.DEADLINE and task.deadline_text:
            return QCoreApplication.translate("TaskRegister", "Trong cuộc họp: “{words}”").format(
                words=task.deadline_text
            )
        if col == self.STATUS:
            if task.completed_on:
                return QCoreApplication.translate("TaskRegister", "Hoàn thành ngày {date}").format(
                    date=format_date(task.completed_on)
                )
            if task.cancelled_on:
                return QCoreApplication.translate("TaskRegister", "Hủy ngày {date}").format(
                    date=format_date(task.cancelled_on)
                )
        if col == self.MEETING and row.meeting_date:
            return f"{row.meeting_title} ({format_date(row.meeting_date)})"
        return text or None

    def _sort_key(self, row: RegisterRow, col: int, source_row: int) -> Any:
        task = row.task
        if col == self.NUMBER:
            return source_row
        if col == self.CONTENT:
            return fold(task.content)
        if col == self.LEAD:
            return "0" + fold(row.lead_unit) if row.lead_unit else "1"  # missing ones last
        if col == self.COORDINATORS:
            return "0" + fold(", ".join(row.coordinating_units)) if row.coordinating_units else "1"
        if col == self.DEADLINE:
            day = task.deadline or ("9999-12-30" if task.ongoing else "9999-12-31")
            return f"{day}|{source_row:06d}"  # ongoing, then undated, last
        if col == self.STATUS:
            return ORDER.index(row.status) * 1_000_000 + source_row
        return f"{row.meeting_date or ''}|{task.meeting_id:010d}|{source_row:06d}"


class NumberedProxy(QSortFilterProxyModel):
    """Sorts the register; the STT column numbers the rows as they are shown."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if (
            index.isValid()
            and index.column() == RegisterModel.NUMBER
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return str(index.row() + 1)
        return super().data(index, role)


__all__ = [
    "ACCENTS",
    "EXTRAS",
    "GREYED",
    "ISO",
    "OFFICIAL",
    "ORDER",
    "ROW_COLOURS",
    "TOTAL",
    "NumberedProxy",
    "RegisterModel",
    "deadline_text",
    "pydate",
    "qdate",
    "quiet_colour",
]
