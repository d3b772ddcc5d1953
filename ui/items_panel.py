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
    QDate,
    QEvent,
    QModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QTextLayout,
    QTextOption,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpacerItem,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant import tagging
from meeting_assistant.errors import NotFoundError
from meeting_assistant.models import Conclusion, Task
from meeting_assistant.store import Store
from ui.errors import show_error
from ui.task_editor import DebouncedText, TaskEditor, level_label, text_edit

log = logging.getLogger(__name__)

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

CONCLUSIONS_TAB, TASKS_TAB = 0, 1
STATUS_CLEAR_MS = 12_000

# Badge colours (background, text): amber for a draft, green for a confirmed conclusion.
_DRAFT_COLOURS = (QColor("#FCEFCF"), QColor("#7A5200"))
_CONFIRMED_COLOURS = (QColor("#DCF1E2"), QColor("#1B6B35"))
_STAR_COLOUR = QColor("#D99A00")


def format_deadline(task: Task) -> str | None:
    """dd/mm/yyyy for a date, None when the task has no deadline and is not ongoing."""
    if task.deadline:
        date = QDate.fromString(task.deadline, Qt.DateFormat.ISODate)
        return date.toString("dd/MM/yyyy") if date.isValid() else task.deadline
    return None


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


# Undo ------------------------------------------------------------------------------------------


class _DeleteItemCommand(QUndoCommand):
    """Deletes a conclusion or task on redo; on undo puts it back exactly (same id, same
    coordinating units, and for a conclusion the tasks that pointed to it)."""

    def __init__(self, panel: ItemsPanel, store: Store, kind: str, item_id: int, text: str):
        super().__init__(text)
        self._panel = panel
        self._store = store
        self._kind = kind
        self._id = item_id
        if kind == "conclusion":
            self._row = store.items.row("conclusions", item_id)
            meeting_id = self._row["meeting_id"]
            self._linked_tasks = [
                t.id for t in store.items.tasks(meeting_id) if t.conclusion_id == item_id
            ]
            self._coordinators: list[int] = []
        else:
            self._row = store.items.row("tasks", item_id)
            self._coordinators = list(store.items.task(item_id).coordinating_unit_ids)
            self._linked_tasks = []

    def redo(self) -> None:
        try:
            if self._kind == "conclusion":
                self._store.items.delete_conclusion(self._id)
            else:
                self._store.items.delete_task(self._id)
        except Exception as error:
            self.setObsolete(True)
            self._report(error)
            return
        self._notify(deleted=True)

    def undo(self) -> None:
        try:
            if self._kind == "conclusion":
                self._store.items.restore_conclusion(dict(self._row))
                for task_id in self._linked_tasks:
                    self._store.items.update_task(task_id, conclusion_id=self._id)
            else:
                self._store.items.restore_task(dict(self._row), self._coordinators)
        except Exception as error:
            self._report(error)
            return
        self._notify(deleted=False)

    def _notify(self, deleted: bool) -> None:
        try:
            self._panel._after_command(self._kind, None if deleted else self._id, deleted)
        except RuntimeError:  # the panel is gone (window closed); the store is up to date
            pass

    def _report(self, error: Exception) -> None:
        try:
            show_error(self._panel, error)
        except RuntimeError:
            log.error("undo command failed", exc_info=error)


class _MoveConclusionCommand(QUndoCommand):
    def __init__(self, panel: ItemsPanel, store: Store, item_id: int, old: int, new: int, text):
        super().__init__(text)
        self._panel, self._store, self._id = panel, store, item_id
        self._old, self._new = old, new

    def redo(self) -> None:
        self._move(self._new)

    def undo(self) -> None:
        self._move(self._old)

    def _move(self, index: int) -> None:
        try:
            tagging.move_conclusion(self._store, self._id, index)
        except Exception as error:
            self.setObsolete(True)
            try:
                show_error(self._panel, error)
            except RuntimeError:
                log.error("moving a conclusion failed", exc_info=error)
            return
        try:
            self._panel._after_command("conclusion", self._id, False)
        except RuntimeError:
            pass


# The conclusion editor -----------------------------------------------------------------------


class ConclusionEditor(QWidget):
    """The text of one conclusion and whether the chair's wording is confirmed."""

    conclusionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._conclusion: Conclusion | None = None
        self._saving = False
        self.text_edit = text_edit(4, self, grow=True)
        self._text = DebouncedText(self.text_edit)
        self._text.commit.connect(self._save_text)
        self.text_edit.textChanged.connect(self._show_hint)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        palette = self.hint.palette()
        palette.setColor(self.hint.foregroundRole(), Qt.GlobalColor.darkRed)
        self.hint.setPalette(palette)
        self.hint.hide()
        self.confirmed_check = QCheckBox(self)
        self.confirmed_check.toggled.connect(self._save_state)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text_edit)

        probe = QLineEdit()  # the height of a one-line field, as in the task editor
        level_label(self.text_label, probe.sizeHint().height())
        probe.deleteLater()
        # A grid rather than a form, so that the text grows with the room the panel has.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.text_label, 0, 0)
        grid.addWidget(self.text_edit, 0, 1)
        grid.addWidget(self.hint, 1, 1)
        grid.addItem(QSpacerItem(0, 8), 2, 1)
        grid.addWidget(self.confirmed_check, 3, 1)
        grid.setRowStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate_ui()
        self.bind(None, None)

    def retranslate_ui(self) -> None:
        self.text_label.setText(self.tr("&Nội dung:"))
        self.text_edit.setPlaceholderText(self.tr("Nội dung kết luận của chủ trì"))
        self.hint.setText(self.tr("Kết luận không được để trống."))
        self.confirmed_check.setText(self.tr("Đã xác nhận"))
        self.confirmed_check.setToolTip(
            self.tr("Đánh dấu khi nội dung đã được soát lại; bỏ đánh dấu để giữ là bản nháp.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def conclusion_id(self) -> int | None:
        return self._conclusion.id if self._conclusion else None

    def bind(self, store: Store | None, conclusion: Conclusion | None) -> None:
        same = (
            self._conclusion is not None
            and conclusion is not None
            and store is self._store
            and conclusion.id == self._conclusion.id
        )
        if not same:
            self.flush()
        self._store, self._conclusion = store, conclusion
        self.setEnabled(conclusion is not None)
        if conclusion is None:
            self._text.set_text("")
            self._set_checked(False)
            self.hint.hide()
            return
        if not (same and self._text.pending()):
            self._text.set_text(conclusion.text)
        self._set_checked(conclusion.state == "confirmed")
        self._show_hint()

    def flush(self) -> None:
        if self._conclusion is not None:
            self._text.flush()

    def _set_checked(self, checked: bool) -> None:
        blocked = self.confirmed_check.blockSignals(True)
        self.confirmed_check.setChecked(checked)
        self.confirmed_check.blockSignals(blocked)

    def _show_hint(self) -> None:
        self.hint.setVisible(
            self._conclusion is not None and not self.text_edit.toPlainText().strip()
        )

    def _save(self, **fields: Any) -> bool:
        # A listener of conclusionChanged may ask to flush again: store once, not in a loop.
        if self._store is None or self._conclusion is None or self._saving:
            return False
        self._saving = True
        try:
            try:
                self._conclusion = self._store.items.update_conclusion(
                    self._conclusion.id, **fields
                )
            except NotFoundError:
                return False  # deleted meanwhile (an undo elsewhere): the panel moves on
            except Exception as error:
                show_error(self, error)
                return False
            if "text" in fields:
                self._text.accepted(fields["text"])
            self.conclusionChanged.emit(self._conclusion.id)
            return True
        finally:
            self._saving = False

    def _save_text(self, text: str) -> None:
        if not text.strip():
            # Never store an empty conclusion; on leaving the field the last text comes back.
            if not self.text_edit.hasFocus():
                self._text.set_text(self._text.saved_text())
                self._show_hint()
            return
        self._save(text=text)

    def _save_state(self, checked: bool) -> None:
        self._save(state="confirmed" if checked else "draft")


# The panel ---------------------------------------------------------------------------------


class ItemsPanel(QWidget):
    """Conclusions and tasks of one meeting: `load(store, meeting_id, undo_stack)`."""

    # Something about the meeting's conclusions or tasks was stored (counts may have changed).
    itemsChanged = Signal()
    # The clerk clicked an item said at (audio file id, start s, end s): the page plays it.
    playSpanRequested = Signal(int, float, float)
    # A short message for the status bar (also shown at the foot of the panel).
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
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
            self._editor_box(self.conclusion_title, self.conclusion_editor, scroll=False),
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
            self._editor_box(self.task_title, self.task_editor, scroll=True),
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
        up, down = _shortcut(self.move_up_action), _shortcut(self.move_down_action)
        self.move_up_action.setToolTip(
            self.tr("Đưa kết luận lên trên ({shortcut})").format(shortcut=up)
        )
        self.move_down_action.setToolTip(
            self.tr("Đưa kết luận xuống dưới ({shortcut})").format(shortcut=down)
        )
        self.delete_conclusion_action.setToolTip(
            self.tr("Xóa kết luận đang chọn ({shortcut})").format(
                shortcut=_shortcut(self.delete_conclusion_action)
            )
        )
        self.delete_task_action.setToolTip(
            self.tr("Xóa nhiệm vụ đang chọn ({shortcut})").format(
                shortcut=_shortcut(self.delete_task_action)
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

    def load(self, store: Store | None, meeting_id: int | None, undo_stack: QUndoStack | None):
        """Show the conclusions and tasks of `meeting_id`; deletions go on `undo_stack`."""
        self.flush()
        self.conclusion_editor.bind(None, None)
        self.task_editor.set_task(None, None)
        self._store, self._meeting_id, self._undo = store, meeting_id, undo_stack
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
        return _current_id(self.conclusion_list)

    def current_task_id(self) -> int | None:
        return _current_id(self.task_list)

    def delete_current_conclusion(self) -> None:
        self._delete("conclusion", self.current_conclusion_id())

    def delete_current_task(self) -> None:
        self._delete("task", self.current_task_id())

    # Filling the lists -----------------------------------------------------------------------

    def _populate(self) -> None:
        """Read the meeting's items from the store and show them."""
        store, meeting_id = self._store, self._meeting_id
        if store is None or meeting_id is None:
            self._conclusions, self._tasks, self._unit_names = [], [], {}
        else:
            try:
                self._conclusions = store.items.conclusions(meeting_id)
                self._tasks = store.items.tasks(meeting_id)
                self._unit_names = {u.id: u.name for u in store.units.list()}
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
        _fill(self.conclusion_list, conclusion_rows, draggable=True)
        _fill(self.task_list, task_rows, draggable=False)
        self.conclusion_stack.setCurrentIndex(0 if conclusion_rows else 1)
        self.task_stack.setCurrentIndex(0 if task_rows else 1)

    def _conclusion_data(self, number: int, c: Conclusion) -> dict[int, Any]:
        confirmed = c.state == "confirmed"
        badge = self.tr("Đã xác nhận") if confirmed else self.tr("Nháp")
        return {
            ID_ROLE: c.id,
            NUMBER_ROLE: number,
            TEXT_ROLE: c.text,
            BADGE_ROLE: badge,
            CONFIRMED_ROLE: confirmed,
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
            Qt.ItemDataRole.DisplayRole: display,
            Qt.ItemDataRole.ToolTipRole: t.content,
        }

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
        self.conclusion_editor.bind(self._store if found else None, found)
        self._update_titles()

    def _bind_task(self) -> None:
        tid = self.current_task_id()
        known = any(t.id == tid for t in self._tasks)
        self.task_editor.set_task(self._store if known else None, tid if known else None)
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

    def _after_command(self, kind: str, item_id: int | None, deleted: bool) -> None:
        """An undo command changed the store: show it, select what it brought back."""
        self._populate()
        if item_id is not None:
            if kind == "conclusion" and self.select_conclusion(item_id):
                self.show_conclusions()
            elif kind == "task" and self.select_task(item_id):
                self.show_tasks()
        if deleted:
            self._set_status(self.tr("Đã xóa — Ctrl+Z để hoàn tác"))
        self.itemsChanged.emit()

    def _push(self, command: QUndoCommand) -> None:
        if self._undo is not None:
            self._undo.push(command)
        else:
            command.redo()

    def _delete(self, kind: str, item_id: int | None) -> None:
        if self._store is None or item_id is None:
            return
        self.flush()
        text = self.tr("Xóa kết luận") if kind == "conclusion" else self.tr("Xóa nhiệm vụ")
        try:
            command = _DeleteItemCommand(self, self._store, kind, item_id, text)
        except Exception as error:
            show_error(self, error)
            self._populate()
            return
        self._push(command)

    def _move_current(self, delta: int) -> None:
        row = self.conclusion_list.currentRow()
        if row < 0 or not 0 <= row + delta < self.conclusion_list.count():
            return
        self._push_move(self.current_conclusion_id(), row, row + delta)

    def _push_move(self, conclusion_id: int | None, old: int, new: int) -> None:
        if self._store is None or conclusion_id is None or old == new:
            self._populate()
            return
        self.flush()
        self._push(
            _MoveConclusionCommand(
                self, self._store, conclusion_id, old, new, self.tr("Đổi thứ tự kết luận")
            )
        )

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


def _shortcut(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _current_id(view: QListWidget) -> int | None:
    item = view.currentItem()
    return item.data(ID_ROLE) if item is not None else None


def _fill(view: QListWidget, rows: list[tuple[int, dict[int, Any]]], draggable: bool) -> None:
    """Show `rows` (id, role data); update in place when the same items are shown in the same
    order, otherwise rebuild. The current item stays current (by id), else its neighbour."""
    current_id, current_row = _current_id(view), view.currentRow()
    shown = [view.item(r).data(ID_ROLE) for r in range(view.count())]
    blocked = view.blockSignals(True)
    try:
        if shown != [item_id for item_id, _ in rows]:
            view.clear()
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if draggable:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
            for _item_id, data in rows:
                item = QListWidgetItem()
                item.setFlags(flags)
                _set_data(item, data)
                view.addItem(item)
        else:
            for row, (_item_id, data) in enumerate(rows):
                _set_data(view.item(row), data)
        ids = [item_id for item_id, _ in rows]
        if current_id in ids:
            target = ids.index(current_id)
        elif ids:
            target = min(max(current_row, 0), len(ids) - 1)
        else:
            target = -1
        view.setCurrentRow(target)
    finally:
        view.blockSignals(blocked)
    view.doItemsLayout()


def _set_data(item: QListWidgetItem, data: dict[int, Any]) -> None:
    for role, value in data.items():
        if item.data(role) != value:
            item.setData(role, value)


__all__ = ["ConclusionEditor", "ItemDelegate", "ItemsPanel", "format_deadline"]
