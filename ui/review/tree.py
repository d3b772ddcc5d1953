"""The items of a review package as a tree: overdue tasks first, the numbered conclusions, then
the tasks grouped by lead unit, each with its status colour, deadline and a play button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from meeting_assistant.labels import status_label, verdict_label
from meeting_assistant.review import PackageItem
from meeting_assistant.text import fold, format_date

# Status colours as the task register shows them: (background, text).
STATUS_COLOURS = {
    "overdue": ("#FBE0DE", "#8E1616"),
    "due_soon": ("#FFF1CC", "#6B4A00"),
    "in_progress": ("#E3EEF9", "#164E80"),
    "done_on_time": ("#E2F1E3", "#1E5A22"),
    "done_late": ("#FCEBD9", "#7A4104"),
    "ongoing": ("#ECEFF2", "#3E4A55"),
    "cancelled": ("#F0F0F0", "#6E6E6E"),
}
STATUS_ORDER = ("overdue", "due_soon", "in_progress", "ongoing", "done_late", "done_on_time",
                "cancelled")  # fmt: skip
NUMBER, TEXT, LEAD, DEADLINE, STATUS, VERDICT, PLAY = range(7)
ITEM_ROLE = Qt.ItemDataRole.UserRole


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text and unit: an official reads the whole conclusion in
    the list, not "Xây dựng đề án chuyể…" (Qt's tree sizes a row for one line otherwise)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option, index) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() not in (TEXT, LEAD) or not index.parent().isValid():
            return hint  # group headings span the row on one line
        width = self._tree.header().sectionSize(index.column()) - 10  # the cell's margins
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(
            QRect(0, 0, max(width, 20), 100_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(hint.width(), max(hint.height(), rect.height() + 6))


class ReviewTree(QTreeWidget):
    item_chosen = Signal(object)  # PackageItem
    play_requested = Signal(object)  # PackageItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(7)
        self.setUniformRowHeights(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(False)
        self.setIndentation(12)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NUMBER, 62), (LEAD, 130), (DEADLINE, 84), (STATUS, 166),
                              (VERDICT, 84), (PLAY, 28)):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.setItemDelegate(_WrappingDelegate(self))
        header.sectionResized.connect(lambda *_: self.doItemsLayout())  # heights follow widths
        self.currentItemChanged.connect(self._current_changed)
        self._rows: list[tuple[QTreeWidgetItem, PackageItem]] = []
        # Each group's heading as a function of how many of its rows the filters leave visible.
        self._headings: list[tuple[QTreeWidgetItem, Callable[[int], str]]] = []
        self._meeting_numbers: dict[int, int] = {}  # meeting id -> 1, 2, … when several
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setHeaderLabels([
            self.tr("Số"), self.tr("Nội dung"), self.tr("Chủ trì"), self.tr("Thời hạn"),
            self.tr("Trạng thái"), self.tr("Ý kiến"), "",
        ])  # fmt: skip

    def show_items(self, items: list[PackageItem], verdicts: dict[str, str],
                   meetings: list[int] | None = None) -> None:  # fmt: skip
        """`meetings`: the package's meeting ids in its order (meeting 1, 2, … as the list of
        meetings numbers them)."""
        self.clear()
        self._rows = []
        self._headings = []
        # Numbers restart with each meeting: with several meetings shown, a number says whose.
        shown = set(i.meeting_id for i in items)
        order = meetings or list(dict.fromkeys(i.meeting_id for i in items))
        self._meeting_numbers = {mid: n for n, mid in enumerate(order, 1)} if len(shown) > 1 else {}
        self.header().resizeSection(NUMBER, 96 if self._meeting_numbers else 62)
        tasks = [i for i in items if i.kind == "task"]
        overdue = [t for t in tasks if t.status == "overdue"]
        if overdue:
            self._group(lambda n: self.tr("Nhiệm vụ quá hạn ({n})").format(n=n), overdue,
                        verdicts, "#8E1616")  # fmt: skip
        conclusions = [i for i in items if i.kind == "conclusion"]
        meetings = list(dict.fromkeys(i.meeting_id for i in conclusions))
        for meeting_id in meetings:
            rows = [c for c in conclusions if c.meeting_id == meeting_id]
            self._group(self._conclusions_heading(rows[0]), rows, verdicts)
        units: dict[str, list[PackageItem]] = {}
        for task in tasks:
            units.setdefault(task.lead_unit or self.tr("(chưa có đơn vị chủ trì)"), []).append(task)
        for unit in sorted(units, key=fold):
            rows = sorted(units[unit], key=lambda t: (STATUS_ORDER.index(t.status)
                                                      if t.status in STATUS_ORDER else 99,
                                                      t.deadline or "9999"))  # fmt: skip
            self._group(
                lambda n, u=unit: self.tr("{unit} — {n} nhiệm vụ").format(unit=u, n=n),
                rows,
                verdicts,
            )
        self.expandAll()

    def _conclusions_heading(self, first: PackageItem) -> Callable[[int], str]:
        meeting = self._meeting_numbers.get(first.meeting_id)
        if meeting is None:
            return lambda n: self.tr("Kết luận ({n})").format(n=n)
        return lambda n: self.tr("Kết luận ({n}) — Cuộc họp {m}: {title}").format(
            n=n, m=meeting, title=first.meeting_title
        )

    def number_text(self, item: PackageItem) -> str:
        """The item's number as the tree shows it: "NV3", or "H2 · NV3" (meeting 2's task 3)
        when several meetings are shown, since each meeting numbers its own items."""
        own = (
            f"{item.number}."
            if item.kind == "conclusion"
            else self.tr("NV{n}").format(n=item.number)
        )
        meeting = self._meeting_numbers.get(item.meeting_id)
        return own if meeting is None else self.tr("H{m} · {own}").format(m=meeting, own=own)

    def _group(self, heading: Callable[[int], str], items: list[PackageItem],
               verdicts: dict[str, str], colour: str | None = None) -> None:  # fmt: skip
        group = QTreeWidgetItem(self, [heading(len(items))])
        self._headings.append((group, heading))
        group.setFirstColumnSpanned(True)
        font = QFont(self.font())
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setBackground(0, QBrush(QColor("#EEF1F5")))
        if colour:
            group.setForeground(0, QBrush(QColor(colour)))
        for item in items:
            self._row(group, item, verdicts.get(item.ref))

    def _row(self, group: QTreeWidgetItem, item: PackageItem, verdict: str | None) -> None:
        number = self.number_text(item)
        deadline = ""
        if item.kind == "task":
            deadline = self.tr("Thường xuyên") if item.ongoing else format_date(item.deadline)
        row = QTreeWidgetItem(group, [number, item.text, item.lead_unit, deadline,
                                      status_label(item.status) if item.status else "",
                                      verdict_label(verdict) if verdict else "", ""])  # fmt: skip
        row.setData(0, ITEM_ROLE, item)
        row.setToolTip(TEXT, item.text)
        if item.meeting_id in self._meeting_numbers:
            row.setToolTip(NUMBER, self.tr("Cuộc họp {m}: {title}").format(
                m=self._meeting_numbers[item.meeting_id], title=item.meeting_title))  # fmt: skip
        if item.status in STATUS_COLOURS:
            background, text = STATUS_COLOURS[item.status]
            row.setBackground(STATUS, QBrush(QColor(background)))
            row.setForeground(STATUS, QBrush(QColor(text)))
            if item.status == "overdue":
                row.setForeground(DEADLINE, QBrush(QColor(text)))
        if item.clip:
            button = QToolButton(self)
            button.setText("▶")
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Nghe đoạn ghi âm của mục này"))
            button.clicked.connect(lambda _=False, i=item: self.play_requested.emit(i))
            self.setItemWidget(row, PLAY, button)
        self._rows.append((row, item))

    def filter(self, text: str = "", unit: str = "", status: str = "") -> int:
        """Hide what does not match (accents optional); how many rows stay visible."""
        needle = fold(text).strip()
        shown = 0
        for row, item in self._rows:
            visible = (not needle or needle in item.search_text) and (
                not unit or item.lead_unit == unit
            ) and (not status or (status == "conclusion" and item.kind == "conclusion")
                   or item.status == status)  # fmt: skip
            row.setHidden(not visible)
            shown += visible
        for group, heading in self._headings:
            visible = sum(not group.child(i).isHidden() for i in range(group.childCount()))
            group.setText(0, heading(visible))  # the count follows the filters
            group.setHidden(visible == 0)
        return shown

    def mark(self, ref: str, verdict: str) -> None:
        for row, item in self._rows:
            if item.ref == ref:
                row.setText(VERDICT, verdict_label(verdict))

    def _current_changed(self, current: QTreeWidgetItem | None, _previous) -> None:
        item = current.data(0, ITEM_ROLE) if current is not None else None
        if item is not None:
            self.item_chosen.emit(item)
