"""The side panel of a meeting's conclusions (kết luận) and assigned tasks (nhiệm vụ).

Two tabs. Conclusions are numbered 1., 2., … and reordered by drag-and-drop or Alt+Up/Alt+Down;
tasks show their lead unit, deadline and a ★ when they are key tasks. The selected item is edited
below its list, and every change is stored at once through the core (typed text after a short
idle or on leaving the field). Deleting an item goes on the page's undo stack (shared with the
transcript editor), so Ctrl+Z brings it back with its old id, units and links.

Clicking an item asks the page to play the stretch of audio where it was said
(`playSpanRequested`); `itemsChanged` tells the page that counts may have changed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.models import Conclusion, Task
from meeting_assistant.services import Change, Services
from ui.common.errors import show_error
from ui.meeting.items.conclusion_editor import ConclusionEditor
from ui.meeting.items.delegate import (
    ID_ROLE,
    ItemDelegate,
    format_deadline,
)
from ui.meeting.items.sections import ItemSections, current_id, fill, shortcut_text
from ui.meeting.items.task_editor import TaskEditor
from ui.meeting.undo import ChangeCommand

CONCLUSIONS_TAB, TASKS_TAB = 0, 1
STATUS_CLEAR_MS = 12_000

log = logging.getLogger(__name__)

# The panel ---------------------------------------------------------------------------------


class ItemsPanel(ItemSections, QWidget):
    """Conclusions and tasks of one meeting: `load(services, meeting_id, undo_stack)`."""

    # Something about the meeting's conclusions or tasks was stored (counts may have changed).
    itemsChanged = Signal()
    # The clerk clicked an item said at (audio file id, start s, end s): the page plays it.
    playSpanRequested = Signal(int, float, float)
    # A short message for the status bar (also shown at the foot of the panel).
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._meeting_id: int | None = None
        self._undo: QUndoStack | None = None
        self._conclusions: list[Conclusion] = []
        self._tasks: list[Task] = []
        self._unit_names: dict[int, str] = {}
        self._last_click: tuple[QListWidget, int, float] | None = None

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())

        # Conclusions -------------------------------------------------------------------------
        self.conclusion_list = self._make_list(tasks=False)
        self.conclusion_list.model().rowsMoved.connect(self._conclusion_rows_moved)
        self.conclusion_editor = ConclusionEditor(self)
        self.conclusion_editor.conclusionChanged.connect(self._item_saved)
        self.conclusion_title = self._title_label()

        self.move_up_action = QAction(self)
        self.move_up_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Up))
        self.move_up_action.setIcon(self._icon(QIcon.ThemeIcon.GoUp, "SP_ArrowUp"))
        self.move_up_action.triggered.connect(lambda: self._move_current(-1))
        self.move_down_action = QAction(self)
        self.move_down_action.setShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Down))
        self.move_down_action.setIcon(self._icon(QIcon.ThemeIcon.GoDown, "SP_ArrowDown"))
        self.move_down_action.triggered.connect(lambda: self._move_current(1))
        self.play_conclusion_action = QAction(self)
        self.play_conclusion_action.setIcon(self._icon(None, "SP_MediaPlay"))
        self.play_conclusion_action.triggered.connect(
            lambda: self._play_row(self.conclusion_list, self.conclusion_list.currentRow())
        )
        self.delete_conclusion_action = QAction(self)
        self.delete_conclusion_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_conclusion_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_conclusion_action.setIcon(
            self._icon(QIcon.ThemeIcon.EditDelete, "SP_TrashIcon")
        )
        self.delete_conclusion_action.triggered.connect(self.delete_current_conclusion)
        self.conclusion_list.addAction(self.delete_conclusion_action)

        self.conclusion_stack, self.conclusion_splitter, self.conclusion_empty = self._make_section(
            self.conclusion_list,
            [self.move_up_action, self.move_down_action, self.play_conclusion_action],
            self.delete_conclusion_action,
            self._editor_box(
                self.conclusion_title, self._noted(self.conclusion_editor), scroll=False
            ),
        )
        for action in (self.move_up_action, self.move_down_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.conclusion_stack.widget(0).addAction(action)

        # Tasks -------------------------------------------------------------------------------
        self.task_list = self._make_list(tasks=True)
        self.task_editor = TaskEditor(self)
        self.task_editor.taskChanged.connect(self._item_saved)
        self.task_title = self._title_label()
        self.play_task_action = QAction(self)
        self.play_task_action.setIcon(self._icon(None, "SP_MediaPlay"))
        self.play_task_action.triggered.connect(
            lambda: self._play_row(self.task_list, self.task_list.currentRow())
        )
        self.delete_task_action = QAction(self)
        self.delete_task_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_task_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_task_action.setIcon(self._icon(QIcon.ThemeIcon.EditDelete, "SP_TrashIcon"))
        self.delete_task_action.triggered.connect(self.delete_current_task)
        self.task_list.addAction(self.delete_task_action)
        self.task_stack, self.task_splitter, self.task_empty = self._make_section(
            self.task_list,
            [self.play_task_action],
            self.delete_task_action,
            self._editor_box(self.task_title, self._noted(self.task_editor), scroll=True),
        )

        self.tabs.addTab(self.conclusion_stack, "")
        self.tabs.addTab(self.task_stack, "")
        self._splitters_fitted = False

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.status_label.setWordWrap(True)
        self._quiet(self.status_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_CLEAR_MS)
        self._status_timer.timeout.connect(self.status_label.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

        self.conclusion_list.currentRowChanged.connect(lambda _r: self._bind_conclusion())
        self.task_list.currentRowChanged.connect(lambda _r: self._bind_task())

        self.retranslate_ui()
        self._populate()

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._splitters_fitted:
            QTimer.singleShot(0, self._fit_splitters)

    def hideEvent(self, event: QEvent) -> None:
        # The window closing or the page switching away: nothing typed may wait any longer.
        self.flush()
        super().hideEvent(event)

    # Language --------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.move_up_action.setText(self.tr("Lên"))
        self.move_down_action.setText(self.tr("Xuống"))
        self.play_conclusion_action.setText(self.tr("Nghe"))
        self.play_task_action.setText(self.tr("Nghe"))
        self.delete_conclusion_action.setText(self.tr("Xóa"))
        self.delete_task_action.setText(self.tr("Xóa"))
        up, down = shortcut_text(self.move_up_action), shortcut_text(self.move_down_action)
        self.move_up_action.setToolTip(
            self.tr("Đưa kết luận lên trên ({shortcut})").format(shortcut=up)
        )
        self.move_down_action.setToolTip(
            self.tr("Đưa kết luận xuống dưới ({shortcut})").format(shortcut=down)
        )
        self.delete_conclusion_action.setToolTip(
            self.tr("Xóa kết luận đang chọn ({shortcut})").format(
                shortcut=shortcut_text(self.delete_conclusion_action)
            )
        )
        self.delete_task_action.setToolTip(
            self.tr("Xóa nhiệm vụ đang chọn ({shortcut})").format(
                shortcut=shortcut_text(self.delete_task_action)
            )
        )
        self.play_conclusion_action.setToolTip(
            self.tr("Nghe lại đoạn ghi âm của kết luận (hoặc bấm vào kết luận)")
        )
        self.play_task_action.setToolTip(
            self.tr("Nghe lại đoạn ghi âm của nhiệm vụ (hoặc bấm vào nhiệm vụ)")
        )
        self.conclusion_list.setToolTip(
            self.tr(
                "Kéo thả hoặc dùng {up} / {down} để đổi thứ tự; bấm vào một mục để nghe lại."
            ).format(up=up, down=down)
        )
        self.conclusion_list.setAccessibleName(self.tr("Danh sách kết luận"))
        self.task_list.setAccessibleName(self.tr("Danh sách nhiệm vụ"))
        self.conclusion_empty.setText(
            self.tr("Chưa có kết luận. Chọn các đoạn trong bản chép lời rồi bấm Kết luận (Ctrl+K).")
        )
        self.task_empty.setText(
            self.tr("Chưa có nhiệm vụ. Chọn các đoạn rồi bấm Nhiệm vụ (Ctrl+T).")
        )
        # Relabel from what is shown: no reading (nor any error dialog) inside a LanguageChange.
        self._show_rows()
        self._update_titles()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Public ----------------------------------------------------------------------------------

    def load(
        self, services: Services | None, meeting_id: int | None, undo_stack: QUndoStack | None
    ):
        """Show the conclusions and tasks of `meeting_id`; deletions go on `undo_stack`."""
        self.flush()
        self.conclusion_editor.bind(None, None)
        self.task_editor.set_task(None, None)
        self._services, self._meeting_id, self._undo = services, meeting_id, undo_stack
        self.conclusion_list.clear()
        self.task_list.clear()
        self._populate()
        self._splitters_fitted = False
        if self.isVisible():
            QTimer.singleShot(0, self._fit_splitters)

    def refresh(self) -> None:
        """Read the meeting's items again (after a change made elsewhere), keeping the selection."""
        self.flush()
        self._populate()

    def flush(self) -> None:
        """Store any text still waiting for its idle moment (before closing or switching)."""
        for editor in (self.conclusion_editor, self.task_editor):
            try:
                editor.flush()
            except Exception as error:  # e.g. the store was closed under us
                log.warning("could not save pending edits: %s", error)

    def show_conclusions(self) -> None:
        self.tabs.setCurrentIndex(CONCLUSIONS_TAB)

    def show_tasks(self) -> None:
        self.tabs.setCurrentIndex(TASKS_TAB)

    def select_conclusion(self, conclusion_id: int) -> bool:
        return self._select(self.conclusion_list, conclusion_id)

    def select_task(self, task_id: int) -> bool:
        return self._select(self.task_list, task_id)

    def current_conclusion_id(self) -> int | None:
        return current_id(self.conclusion_list)

    def current_task_id(self) -> int | None:
        return current_id(self.task_list)

    def delete_current_conclusion(self) -> None:
        self._delete("conclusion", self.current_conclusion_id())

    def delete_current_task(self) -> None:
        self._delete("task", self.current_task_id())

    # Filling the lists -----------------------------------------------------------------------

    def _populate(self) -> None:
        """Read the meeting's items from the store and show them."""
        services, meeting_id = self._services, self._meeting_id
        if services is None or meeting_id is None:
            self._conclusions, self._tasks, self._unit_names = [], [], {}
        else:
            try:
                self._conclusions = services.items.conclusions(meeting_id)
                self._tasks = services.items.tasks(meeting_id)
                self._unit_names = services.units.names()
                self._attention = services.review.attention(meeting_id)
            except Exception as error:
                show_error(self, error)
                return
        self._show_rows()
        self._bind_conclusion()
        self._bind_task()
        self._update_titles()

    def _show_rows(self) -> None:
        """Fill the lists from what was last read (also to relabel them in another language)."""
        conclusion_rows = [
            (c.id, self._conclusion_data(n, c)) for n, c in enumerate(self._conclusions, 1)
        ]
        task_rows = [
            (t.id, self._task_data(n, t, self._unit_names)) for n, t in enumerate(self._tasks, 1)
        ]
        fill(self.conclusion_list, conclusion_rows, draggable=True)
        fill(self.task_list, task_rows, draggable=False)
        self.conclusion_stack.setCurrentIndex(0 if conclusion_rows else 1)
        self.task_stack.setCurrentIndex(0 if task_rows else 1)

    def _update_titles(self) -> None:
        self.tabs.setTabText(
            CONCLUSIONS_TAB, self.tr("Kết luận ({n})").format(n=len(self._conclusions))
        )
        self.tabs.setTabText(TASKS_TAB, self.tr("Nhiệm vụ ({n})").format(n=len(self._tasks)))
        row = self.conclusion_list.currentRow()
        self.conclusion_title.setText(self.tr("Kết luận {n}").format(n=row + 1) if row >= 0 else "")
        row = self.task_list.currentRow()
        self.task_title.setText(self.tr("Nhiệm vụ {n}").format(n=row + 1) if row >= 0 else "")
        self._update_actions()

    def _update_actions(self) -> None:
        row, count = self.conclusion_list.currentRow(), self.conclusion_list.count()
        self.move_up_action.setEnabled(row > 0)
        self.move_down_action.setEnabled(0 <= row < count - 1)
        self.delete_conclusion_action.setEnabled(row >= 0)
        self.play_conclusion_action.setEnabled(self._span(self.conclusion_list, row) is not None)
        row = self.task_list.currentRow()
        self.delete_task_action.setEnabled(row >= 0)
        self.play_task_action.setEnabled(self._span(self.task_list, row) is not None)

    def _bind_conclusion(self) -> None:
        cid = self.current_conclusion_id()
        found = next((c for c in self._conclusions if c.id == cid), None)
        self.conclusion_editor.bind(self._services if found else None, found)
        self.conclusion_editor.notes.set_item(self._services, "conclusion", found and found.id)
        self._update_titles()

    def _bind_task(self) -> None:
        tid = self.current_task_id()
        known = any(t.id == tid for t in self._tasks)
        self.task_editor.set_task(self._services if known else None, tid if known else None)
        self.task_editor.notes.set_item(self._services, "task", tid if known else None)
        self._update_titles()

    def _select(self, view: QListWidget, item_id: int) -> bool:
        for row in range(view.count()):
            if view.item(row).data(ID_ROLE) == item_id:
                view.setCurrentRow(row)
                view.scrollToItem(view.item(row))
                return True
        return False

    # Changes ---------------------------------------------------------------------------------

    def _item_saved(self, _item_id: int) -> None:
        self._populate()
        self.itemsChanged.emit()

    def _shown_after(self, kind: str, item_id: int) -> None:
        """A change to this item was stored, undone or redone: show the lists again with the
        item selected; when it is gone (deleted), say how to get it back."""
        self._populate()
        if kind == "conclusion" and self.select_conclusion(item_id):
            self.show_conclusions()
        elif kind == "task" and self.select_task(item_id):
            self.show_tasks()
        else:
            self._set_status(self.tr("Đã xóa — Ctrl+Z để hoàn tác"))
        self.itemsChanged.emit()

    def _push(self, text: str, change: Change, kind: str, item_id: int) -> None:
        """An edit already stored: on the page's undo stack (if there is one), and shown."""
        if self._undo is not None and change:
            self._undo.push(
                ChangeCommand(
                    text, self._services, change, lambda _c, _u: self._shown_after(kind, item_id)
                )
            )
        self._shown_after(kind, item_id)

    def _delete(self, kind: str, item_id: int | None) -> None:
        if self._services is None or item_id is None:
            return
        self.flush()
        text = self.tr("Xóa kết luận") if kind == "conclusion" else self.tr("Xóa nhiệm vụ")
        try:
            change = self._services.items.delete(kind, item_id)
        except Exception as error:
            show_error(self, error)
            self._populate()
            return
        self._push(text, change, kind, item_id)

    def _move_current(self, delta: int) -> None:
        row = self.conclusion_list.currentRow()
        if row < 0 or not 0 <= row + delta < self.conclusion_list.count():
            return
        self._push_move(self.current_conclusion_id(), row, row + delta)

    def _push_move(self, conclusion_id: int | None, old: int, new: int) -> None:
        if self._services is None or conclusion_id is None or old == new:
            self._populate()
            return
        self.flush()
        try:
            change = self._services.items.move_conclusion(conclusion_id, new)
        except Exception as error:
            show_error(self, error)
            self._populate()
            return
        self._push(self.tr("Đổi thứ tự kết luận"), change, "conclusion", conclusion_id)

    def _conclusion_rows_moved(
        self, _parent: QModelIndex, start: int, end: int, _dest: QModelIndex, row: int
    ) -> None:
        """A conclusion was dragged to another place in the list (the list moved it already)."""
        if start != end:
            QTimer.singleShot(0, self._populate)
            return
        new = row if row < start else row - 1
        item = self.conclusion_list.item(new)
        conclusion_id = item.data(ID_ROLE) if item is not None else None
        # Let the view finish its drop before the list is filled again.
        QTimer.singleShot(0, lambda: self._push_move(conclusion_id, start, new))

    # Playing ---------------------------------------------------------------------------------

    def _span(self, view: QListWidget, row: int) -> tuple[int, float, float] | None:
        items: list[Any] = self._conclusions if view is self.conclusion_list else self._tasks
        if not 0 <= row < len(items):
            return None
        item = items[row]
        if item.audio_id is None or item.span_start is None:
            return None
        end = item.span_end if item.span_end is not None else item.span_start
        return int(item.audio_id), float(item.span_start), float(end)

    def _play_row(self, view: QListWidget, row: int) -> None:
        span = self._span(view, row)
        if span is not None:
            self.playSpanRequested.emit(*span)

    def _clicked(self, view: QListWidget, index: QModelIndex) -> None:
        self._last_click = (view, index.row(), time.monotonic())
        self._play_row(view, index.row())

    def _activated(self, view: QListWidget, index: QModelIndex) -> None:
        # A double-click (or single-click activation on some desktops) comes right after the
        # click that already started playing: play once.
        last = self._last_click
        interval = QGuiApplication.styleHints().mouseDoubleClickInterval() / 1000
        if (
            last
            and last[0] is view
            and last[1] == index.row()
            and time.monotonic() - last[2] < interval
        ):
            return
        self._play_row(view, index.row())

    # Status ----------------------------------------------------------------------------------

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)
        self._status_timer.start()
        self.statusMessage.emit(text)


__all__ = ["ConclusionEditor", "ItemDelegate", "ItemsPanel", "format_deadline"]
