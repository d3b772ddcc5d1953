"""How the items panel is put together: each tab is a list over its editor, with a small tool
bar, and an empty page that says how to add the first item; and how the lists are filled."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QIcon,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.models import Conclusion, Task
from ui.meeting.items.delegate import (
    ATTENTION_ROLE,
    BADGE_ROLE,
    CONFIRMED_ROLE,
    DEADLINE_ROLE,
    ID_ROLE,
    KEY_ROLE,
    LEAD_ROLE,
    MISSING_DEADLINE_ROLE,
    MISSING_LEAD_ROLE,
    NUMBER_ROLE,
    TEXT_ROLE,
    ItemDelegate,
    format_deadline,
)


class ItemSections:
    """Building methods of ItemsPanel (which provides _clicked, _activated and the lists)."""

    # Building --------------------------------------------------------------------------------

    def _icon(self, theme: QIcon.ThemeIcon | None, fallback: str) -> QIcon:
        standard = self.style().standardIcon(getattr(QStyle.StandardPixmap, fallback))
        return QIcon.fromTheme(theme, standard) if theme is not None else standard

    def _make_list(self, tasks: bool) -> QListWidget:
        view = QListWidget(self)
        view.setItemDelegate(ItemDelegate(view, tasks=tasks))
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setMinimumHeight(90)
        if not tasks:
            view.setDragEnabled(True)
            view.setAcceptDrops(True)
            view.setDropIndicatorShown(True)
            view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.clicked.connect(lambda index, v=view: self._clicked(v, index))
        view.activated.connect(lambda index, v=view: self._activated(v, index))
        return view

    def _title_label(self) -> QLabel:
        label = QLabel(self)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    def _quiet(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
        label.setPalette(palette)

    def _noted(self, editor: QWidget) -> QWidget:
        """The editor with officials' comments (first, where the clerk sees them) and the
        history button above it."""
        from ui.review.notes import ReviewNotes

        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        editor.notes = ReviewNotes(box)
        editor.notes.resolved.connect(self._comments_resolved)
        column.addWidget(editor.notes)
        column.addWidget(editor, 1)
        return box

    _attention: set = frozenset()  # (kind, id) of items with officials' open comments

    def _comments_resolved(self, kind: str, item_id: int) -> None:
        self._attention = set(self._attention) - {(kind, item_id)}
        self._show_rows()

    def _editor_box(self, title: QLabel, editor: QWidget, scroll: bool) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(2, 8, 4, 4)
        column.setSpacing(8)
        column.addWidget(title)
        column.addWidget(editor, 0 if scroll else 1)
        if scroll:
            column.addStretch(1)
        else:
            return box
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(box)
        return area

    def _make_section(
        self,
        view: QListWidget,
        actions: list[QAction],
        delete: QAction,
        editor: QWidget,
    ) -> tuple[QStackedWidget, QSplitter, QLabel]:
        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(0, 0, 0, 0)
        toolbar.setSpacing(2)
        for action in [*actions, None, delete]:
            if action is None:
                toolbar.addStretch(1)
                continue
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.addWidget(button)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(view)
        splitter.addWidget(editor)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)

        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(4)
        column.addLayout(toolbar)
        column.addWidget(splitter, 1)

        empty = QLabel(self)
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._quiet(empty)
        empty_page = QWidget(self)
        empty_column = QVBoxLayout(empty_page)
        empty_column.setContentsMargins(40, 24, 40, 24)
        empty_column.addStretch(1)
        empty_column.addWidget(empty)
        empty_column.addStretch(2)

        stack = QStackedWidget(self)
        stack.addWidget(content)
        stack.addWidget(empty_page)
        return stack, splitter, empty

    def _fit_splitters(self) -> None:
        """Give each list the height of its rows (a third to a half of the room), the editor
        the rest."""
        for splitter, view in (
            (self.conclusion_splitter, self.conclusion_list),
            (self.task_splitter, self.task_list),
        ):
            total = sum(splitter.sizes())
            if total <= 0:
                continue
            rows = sum(view.sizeHintForRow(r) for r in range(view.count()))
            wanted = rows + 2 * view.frameWidth() + 2
            height = max(view.minimumHeight(), int(total * 0.35), min(wanted, total // 2))
            splitter.setSizes([height, total - height])
        self._splitters_fitted = True

    def _conclusion_data(self, number: int, c: Conclusion) -> dict[int, Any]:
        confirmed = c.state == "confirmed"
        badge = self.tr("Đã xác nhận") if confirmed else self.tr("Nháp")
        return {
            ID_ROLE: c.id,
            NUMBER_ROLE: number,
            TEXT_ROLE: c.text,
            BADGE_ROLE: badge,
            CONFIRMED_ROLE: confirmed,
            ATTENTION_ROLE: ("conclusion", c.id) in self._attention,
            Qt.ItemDataRole.DisplayRole: f"{number}. {c.text} ({badge})",
            Qt.ItemDataRole.ToolTipRole: c.text,
        }

    def _task_data(self, number: int, t: Task, names: dict[int, str]) -> dict[int, Any]:
        lead = names.get(t.lead_unit_id) if t.lead_unit_id else None
        deadline = format_deadline(t)
        if t.ongoing:
            deadline = self.tr("Thường xuyên")
        shown_lead = lead or self.tr("Chưa có đơn vị chủ trì")
        shown_deadline = deadline or self.tr("Chưa có thời hạn")
        key = self.tr("Nhiệm vụ trọng tâm") if t.is_key else ""
        display = " — ".join(
            p for p in (f"{number}. {t.content}", shown_lead, shown_deadline, key) if p
        )
        return {
            ID_ROLE: t.id,
            NUMBER_ROLE: number,
            TEXT_ROLE: t.content,
            LEAD_ROLE: shown_lead,
            MISSING_LEAD_ROLE: lead is None,
            DEADLINE_ROLE: shown_deadline,
            MISSING_DEADLINE_ROLE: deadline is None,
            KEY_ROLE: bool(t.is_key),
            ATTENTION_ROLE: ("task", t.id) in self._attention,
            Qt.ItemDataRole.DisplayRole: display,
            Qt.ItemDataRole.ToolTipRole: t.content,
        }


def shortcut_text(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def current_id(view: QListWidget) -> int | None:
    item = view.currentItem()
    return item.data(ID_ROLE) if item is not None else None


def fill(view: QListWidget, rows: list[tuple[int, dict[int, Any]]], draggable: bool) -> None:
    """Show `rows` (id, role data); update in place when the same items are shown in the same
    order, otherwise rebuild. The current item stays current (by id), else its neighbour."""
    current, current_row = current_id(view), view.currentRow()
    shown = [view.item(r).data(ID_ROLE) for r in range(view.count())]
    with QSignalBlocker(view):
        if shown != [item_id for item_id, _ in rows]:
            view.clear()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if draggable:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            for _item_id, data in rows:
                item = QListWidgetItem()
                item.setFlags(flags)
                set_data(item, data)
                view.addItem(item)
        else:
            for row, (_item_id, data) in enumerate(rows):
                set_data(view.item(row), data)
        ids = [item_id for item_id, _ in rows]
        if current in ids:
            target = ids.index(current)
        elif ids:
            target = min(max(current_row, 0), len(ids) - 1)
        else:
            target = -1
        view.setCurrentRow(target)
    view.doItemsLayout()


def set_data(item: QListWidgetItem, data: dict[int, Any]) -> None:
    for role, value in data.items():
        if item.data(role) != value:
            item.setData(role, value)
