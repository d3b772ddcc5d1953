"""The editor of one assigned task: content, lead and coordinating units, deadline, key flag, note.

Every change goes to the core (`tagging.update_task`) at once; typed text after a short idle
(`SAVE_DELAY_MS`) or when the field loses focus, whichever comes first. A unit name is saved when
the clerk finishes it (Enter, leaving the field, or picking it from the list), never halfway
through typing, so the unit directory does not fill up with fragments like "Sở Kế".

Also here, because the items panel uses them too: `DebouncedText` (the save-after-idle helper for
a QPlainTextEdit) and the unit directory model with its accent-blind completer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from meeting_assistant import tagging
from meeting_assistant.errors import NotFoundError
from meeting_assistant.models import Task
from meeting_assistant.store import Store
from meeting_assistant.text import fold, nfc
from ui.errors import show_error

# Typed text is saved this long after the last keystroke (and at once on leaving the field).
SAVE_DELAY_MS = 600

# The directory model: the unit's name (display), and its folded name and abbreviation (matching).
FOLD_ROLE = Qt.ItemDataRole.UserRole + 1

ISO = Qt.DateFormat.ISODate


# Saving typed text after an idle moment -------------------------------------------------------


class DebouncedText(QObject):
    """Watches a QPlainTextEdit and emits `commit(text)` SAVE_DELAY_MS after the last change, on
    focus-out, or on `flush()` — only when the text differs from what was last set/committed."""

    commit = Signal(str)

    def __init__(self, edit: QPlainTextEdit, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(edit)
        self._edit = edit
        self._saved = ""
        self._committing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._changed)
        edit.installEventFilter(self)

    def set_text(self, text: str) -> None:
        """Show `text` as the saved state (no commit). Text that differs only by what the store
        cleans away (outer spaces, accent encoding) stays as typed, cursor and all."""
        self._timer.stop()
        current = self._edit.toPlainText()
        if nfc(current).strip() == nfc(text).strip():
            self._saved = current
            return
        self._saved = text
        blocked = self._edit.blockSignals(True)
        self._edit.setPlainText(text)
        self._edit.blockSignals(blocked)

    def accepted(self, text: str) -> None:
        """The listener stored `text` (perhaps cleaned): it is the saved state from now on."""
        self._saved = text

    def pending(self) -> bool:
        return self._edit.toPlainText() != self._saved

    def saved_text(self) -> str:
        return self._saved

    def flush(self) -> None:
        self._timer.stop()
        if self.pending() and not self._committing:
            self._committing = True  # a listener flushing again meanwhile is not a new edit
            try:
                self.commit.emit(self._edit.toPlainText())
            finally:
                self._committing = False

    def _changed(self) -> None:
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def text_edit(lines: int, parent: QWidget | None = None, grow: bool = False) -> QPlainTextEdit:
    """A plain-text field `lines` lines high (at least, when it may `grow`) that wraps words and
    tabs out of itself."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    line = edit.fontMetrics().lineSpacing()
    margins = edit.contentsMargins()
    frame = 2 * edit.frameWidth() + margins.top() + margins.bottom()
    height = lines * line + frame + 2 * int(edit.document().documentMargin())
    if grow:
        edit.setMinimumHeight(height)
    else:
        edit.setFixedHeight(height)
    return edit


def level_label(label: QLabel, line_height: int) -> None:
    """Put a form label's text level with the first line of its field, `line_height` tall (the
    height of a one-line field), whatever the height of the field's row."""
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, max(0, (line_height - label.fontMetrics().height()) // 2), 0, 0)


# The unit directory, matched without accents -------------------------------------------------


class UnitDirectoryModel(QStandardItemModel):
    """The directory's units by name, sorted as a Vietnamese reader expects (accent-blind)."""

    def reload(self, store: Store) -> None:
        units = sorted(store.units.list(), key=lambda u: (fold(u.name), u.name))
        names = [u.name for u in units]
        if names == [self.item(r).text() for r in range(self.rowCount())]:
            return
        self.clear()
        for unit in units:
            item = QStandardItem(unit.name)
            item.setEditable(False)
            item.setData([k for k in (fold(unit.name), fold(unit.abbreviation)) if k], FOLD_ROLE)
            if unit.abbreviation:
                item.setToolTip(unit.abbreviation)
            self.appendRow(item)


class FoldFilterProxy(QSortFilterProxyModel):
    """The units matching what was typed, accents and case ignored, best matches first:

    0. the name or abbreviation starts with it ("so noi" → "Sở Nội vụ", "vptu");
    1. the name or abbreviation contains it ("thanh uy" → "Văn phòng Thành ủy", "tt&tt");
    2. every typed word starts a word of the name ("ke hoach dau tu" → "Sở Kế hoạch và Đầu tư").
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setDynamicSortFilter(True)
        self.sort(0)

    def set_text(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self._words = words
        self.invalidate()  # both the rows kept and their order depend on the text

    def rank(self, source_row: int, source_parent: QModelIndex | None = None) -> int | None:
        """How well a unit matches (0 best), or None when it does not."""
        if not self._words:
            return 0
        parent = source_parent if source_parent is not None else QModelIndex()
        keys = self.sourceModel().index(source_row, 0, parent).data(FOLD_ROLE) or []
        phrase = " ".join(self._words)
        if any(key.startswith(phrase) for key in keys):
            return 0
        if any(phrase in key for key in keys):
            return 1
        starts = [w for key in keys for w in key.split()]
        if all(any(s.startswith(word) for s in starts) for word in self._words):
            return 2
        return None

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        return self.rank(source_row, source_parent) is not None

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        # The directory model is already in reading order: only the rank reorders it.
        return (self.rank(left.row()) or 0, left.row()) < (self.rank(right.row()) or 0, right.row())


class _PickOnEnter(QObject):
    """Enter in the pop-up takes its highlighted unit (`picked`), before the field can treat
    the key as "done" with the fragment typed so far."""

    picked = Signal(str)

    def __init__(self, popup: QWidget) -> None:
        super().__init__(popup)
        self._popup = popup
        popup.installEventFilter(self)  # filters run newest first: before QCompleter's own

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._popup.isVisible()
            and self._popup.currentIndex().isValid()
        ):
            name = self._popup.currentIndex().data()
            self._popup.hide()
            self.picked.emit(name)
            return True
        return False


def attach_unit_completer(
    line_edit: QLineEdit, directory: UnitDirectoryModel, on_pick: Callable[[str], None]
) -> QCompleter:
    """Give `line_edit` a pop-up of matching units that filters as the clerk types; a unit picked
    from it (Enter on the highlighted one, or a click) goes to `on_pick`."""
    proxy = FoldFilterProxy(line_edit)
    proxy.setSourceModel(directory)
    completer = QCompleter(proxy, line_edit)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(10)
    line_edit.setCompleter(completer)

    def highlight_best() -> None:
        # The best match is highlighted, so Enter picks it rather than adding the typed
        # fragment as a new unit (Esc closes the list to keep what was typed). Quietly:
        # announcing the highlight would make the field replace the typed text with it.
        popup = completer.popup()
        if not popup.isVisible() or popup.currentIndex().isValid():
            return
        selection = popup.selectionModel()
        blocked = selection.blockSignals(True)
        popup.setCurrentIndex(completer.completionModel().index(0, 0))
        selection.blockSignals(blocked)
        popup.viewport().update()

    def filter_now(text: str) -> None:
        proxy.set_text(text)
        if text.strip() and proxy.rowCount():
            completer.complete()
            # After the field's own completion step, which runs once this signal returns.
            QTimer.singleShot(0, highlight_best)
        else:
            completer.popup().hide()

    line_edit.textEdited.connect(filter_now)
    picker = _PickOnEnter(completer.popup())
    picker.picked.connect(on_pick)
    completer.activated[str].connect(on_pick)  # a click in the list
    return completer


# Coordinating units as chips -------------------------------------------------------------------


class FlowLayout(QLayout):
    """Lays its widgets out left to right and wraps to the next line (the chips of units)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


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


# The editor ------------------------------------------------------------------------------------


class TaskEditor(QWidget):
    """Edits one task (`set_task`); every change is stored through `tagging.update_task`."""

    # A change to the task was stored (the panel updates its row; the page its counts).
    taskChanged = Signal(int)

    DEADLINE_DATE, DEADLINE_ONGOING, DEADLINE_NONE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._task: Task | None = None
        self._lead_saved = ""
        self._saving = False
        self._coordinators: list[str] = []
        self._chips: list[UnitChip] = []
        self.units = UnitDirectoryModel(self)

        # Content
        self.content_edit = text_edit(4, self)
        self._content = DebouncedText(self.content_edit)
        self._content.commit.connect(self._save_content)
        self.content_edit.textChanged.connect(self._show_content_hint)
        self.content_hint = _hint_label(self)

        # Lead unit: pick from the directory or type a new one.
        self.lead_combo = QComboBox(self)
        self.lead_combo.setEditable(True)
        self.lead_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lead_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lead_combo.setMinimumContentsLength(12)
        self.lead_combo.setModel(self.units)
        self.lead_combo.setMaxVisibleItems(12)
        self.lead_combo.setCompleter(
            attach_unit_completer(self.lead_combo.lineEdit(), self.units, self._pick_lead)
        )
        self.lead_combo.lineEdit().editingFinished.connect(self._save_lead)
        self.lead_combo.activated.connect(lambda _row: self._save_lead())

        # Coordinating units: chips, and a field to add one.
        self.chip_box = QWidget(self)
        self.chip_layout = FlowLayout(self.chip_box, spacing=5)
        self.coordinator_edit = QLineEdit(self)
        self.coordinator_edit.setClearButtonEnabled(True)
        self._coordinator_completer = attach_unit_completer(
            self.coordinator_edit, self.units, self._add_coordinator
        )
        self.coordinator_edit.returnPressed.connect(
            lambda: self._add_coordinator(self.coordinator_edit.text())
        )
        self.add_coordinator_button = QToolButton(self)
        self.add_coordinator_button.clicked.connect(
            lambda: self._add_coordinator(self.coordinator_edit.text())
        )
        coordinator_row = QHBoxLayout()
        coordinator_row.setSpacing(4)
        coordinator_row.addWidget(self.coordinator_edit, 1)
        coordinator_row.addWidget(self.add_coordinator_button)
        coordinators = QVBoxLayout()
        coordinators.setSpacing(6)
        coordinators.addWidget(self.chip_box)
        coordinators.addLayout(coordinator_row)

        # Deadline: a date, ongoing, or none yet; what was said in the meeting, read-only.
        self.date_radio = QRadioButton(self)
        self.ongoing_radio = QRadioButton(self)
        self.no_deadline_radio = QRadioButton(self)
        self.deadline_group = QButtonGroup(self)
        self.deadline_group.addButton(self.date_radio, self.DEADLINE_DATE)
        self.deadline_group.addButton(self.ongoing_radio, self.DEADLINE_ONGOING)
        self.deadline_group.addButton(self.no_deadline_radio, self.DEADLINE_NONE)
        self.deadline_group.buttonToggled.connect(self._deadline_mode_toggled)
        self.date_edit = QDateEdit(self)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(QDate(2000, 1, 1))
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.date_edit.setDate(QDate.currentDate())
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(SAVE_DELAY_MS)
        self._date_timer.timeout.connect(self._save_date)
        self.date_edit.dateChanged.connect(lambda _d: self._date_timer.start())
        self.date_edit.editingFinished.connect(self._save_date)
        self.said_label = QLabel(self)
        self.said_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.said_label.setWordWrap(True)
        self.said_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        _make_secondary(self.said_label, italic=True)
        date_row = QHBoxLayout()
        date_row.setSpacing(6)
        date_row.addWidget(self.date_radio)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        deadline = QVBoxLayout()
        deadline.setSpacing(4)
        deadline.addLayout(date_row)
        deadline.addWidget(self.ongoing_radio)
        deadline.addWidget(self.no_deadline_radio)
        deadline.addWidget(self.said_label)

        self.key_check = QCheckBox(self)
        self.key_check.toggled.connect(self._save_key)

        self.note_edit = text_edit(2, self)
        self._note = DebouncedText(self.note_edit)
        self._note.commit.connect(self._save_note)

        content = QVBoxLayout()
        content.setSpacing(2)
        content.addWidget(self.content_edit)
        content.addWidget(self.content_hint)

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setHorizontalSpacing(10)
        self.form.setVerticalSpacing(10)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a panel too narrow for label and field side by side, the field goes under its label.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.content_label = QLabel(self)
        self.lead_label = QLabel(self)
        self.coordinators_label = QLabel(self)
        self.deadline_label = QLabel(self)
        self.note_label = QLabel(self)
        self.content_label.setBuddy(self.content_edit)
        self.lead_label.setBuddy(self.lead_combo)
        self.coordinators_label.setBuddy(self.coordinator_edit)
        self.deadline_label.setBuddy(self.date_radio)
        self.note_label.setBuddy(self.note_edit)
        self.form.addRow(self.content_label, content)
        self.form.addRow(self.lead_label, self.lead_combo)
        self.form.addRow(self.coordinators_label, coordinators)
        self.form.addRow(self.deadline_label, deadline)
        self.form.addRow("", self.key_check)
        self.form.addRow(self.note_label, self.note_edit)
        line_height = self.lead_combo.sizeHint().height()
        for label in (
            self.content_label,
            self.lead_label,
            self.coordinators_label,
            self.deadline_label,
            self.note_label,
        ):
            level_label(label, line_height)

        self.retranslate_ui()
        self.set_task(None, None)

    # Language ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.content_label.setText(self.tr("&Nội dung:"))
        self.lead_label.setText(self.tr("Đơn vị &chủ trì:"))
        self.coordinators_label.setText(self.tr("Đơn vị &phối hợp:"))
        self.deadline_label.setText(self.tr("&Thời hạn:"))
        self.note_label.setText(self.tr("&Ghi chú:"))
        self.content_edit.setPlaceholderText(self.tr("Việc phải làm"))
        self.content_hint.setText(self.tr("Nội dung nhiệm vụ không được để trống."))
        self.lead_combo.lineEdit().setPlaceholderText(self.tr("Chọn hoặc gõ tên đơn vị"))
        self.lead_combo.setToolTip(
            self.tr(
                "Gõ vài chữ, có dấu hay không dấu, để tìm trong danh mục đơn vị;"
                " tên mới sẽ được thêm vào danh mục."
            )
        )
        self.coordinator_edit.setPlaceholderText(self.tr("Thêm đơn vị rồi nhấn Enter"))
        self.add_coordinator_button.setText(self.tr("Thêm"))
        self.add_coordinator_button.setToolTip(self.tr("Thêm đơn vị phối hợp (Enter)"))
        self.date_radio.setText(self.tr("Ngày"))
        self.ongoing_radio.setText(self.tr("Thường xuyên"))
        self.no_deadline_radio.setText(self.tr("Chưa có thời hạn"))
        self.date_edit.setToolTip(self.tr("Hạn hoàn thành (ngày/tháng/năm)"))
        self.key_check.setText(self.tr("Nhiệm vụ trọng tâm"))
        self.note_edit.setPlaceholderText(self.tr("Ghi chú thêm (không bắt buộc)"))
        self._show_said()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Binding -------------------------------------------------------------------------------

    def task_id(self) -> int | None:
        return self._task.id if self._task else None

    def set_task(self, store: Store | None, task_id: int | None) -> None:
        """Show the task `task_id` of `store` (None: show nothing, disabled)."""
        if self._task is not None and (store is not self._store or task_id != self._task.id):
            self.flush()
        self._store = store
        if store is None or task_id is None:
            self._task = None
            self._content.set_text("")
            self._note.set_text("")
            self._set_lead_text("")
            self._set_chips([])
            self.said_label.hide()
            self.content_hint.hide()
            self.setEnabled(False)
            return
        same = self._task is not None and self._task.id == task_id
        self._task = store.items.task(task_id)
        self.setEnabled(True)
        self._show(keep_typing=same)

    def reload(self) -> None:
        """Show the stored task again (after a change made elsewhere), keeping unsaved typing."""
        if self._store is not None and self._task is not None:
            self._task = self._store.items.task(self._task.id)
            self._show(keep_typing=True)

    def flush(self) -> None:
        """Store whatever is still waiting for its idle moment (before switching or closing)."""
        if self._task is None or self._saving:
            return
        self._content.flush()
        self._note.flush()
        if self._date_timer.isActive():
            self._save_date()
        if self.lead_combo.currentText() != self._lead_saved:
            self._save_lead()

    def _show(self, keep_typing: bool) -> None:
        task, store = self._task, self._store
        assert task is not None and store is not None
        self.units.reload(store)
        lead, coordinators = tagging.unit_names(store, task)
        if not (keep_typing and self._content.pending()):
            self._content.set_text(task.content)
        if not (keep_typing and self._note.pending()):
            self._note.set_text(task.note or "")
        typing_lead = self.lead_combo.lineEdit().hasFocus() or (
            self.lead_combo.currentText() != self._lead_saved
        )
        if not (keep_typing and typing_lead):
            self._set_lead_text(lead or "")
        self._lead_saved = lead or ""
        self._set_chips(coordinators)
        blocked = self.deadline_group.blockSignals(True)
        if task.ongoing:
            self.ongoing_radio.setChecked(True)
        elif task.deadline:
            self.date_radio.setChecked(True)
        else:
            self.no_deadline_radio.setChecked(True)
        self.deadline_group.blockSignals(blocked)
        if not self._date_timer.isActive():
            # With no date yet, the field offers today for when "Ngày" is picked.
            shown = QDate.fromString(task.deadline, ISO) if task.deadline else QDate.currentDate()
            with _signals_blocked(self.date_edit):
                self.date_edit.setDate(shown)
        self.date_edit.setEnabled(self.date_radio.isChecked())
        with _signals_blocked(self.key_check):
            self.key_check.setChecked(bool(task.is_key))
        self._show_said()
        self._show_content_hint()

    def _show_said(self) -> None:
        said = (self._task.deadline_text or "").strip() if self._task else ""
        self.said_label.setVisible(bool(said))
        if said:
            self.said_label.setText(self.tr("Trong cuộc họp: “{words}”").format(words=said))
            self.said_label.setToolTip(
                self.tr("Lời nói về thời hạn được ghi nhận trong cuộc họp (chỉ để tham khảo)")
            )

    def _set_lead_text(self, text: str) -> None:
        with _signals_blocked(self.lead_combo):
            self.lead_combo.setCurrentIndex(self.lead_combo.findText(text) if text else -1)
            self.lead_combo.setEditText(text)

    def _set_chips(self, names: list[str]) -> None:
        self._coordinators = list(names)
        if [c.name for c in self._chips] == names:
            return
        had_focus = any(c.hasFocus() for c in self._chips)
        for chip in self._chips:
            self.chip_layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for name in names:
            chip = UnitChip(name, self.chip_box)
            chip.removeRequested.connect(self._remove_coordinator)
            self.chip_layout.addWidget(chip)
            chip.show()
            self._chips.append(chip)
        self.chip_box.setVisible(bool(names))
        self.chip_layout.invalidate()
        self.chip_box.updateGeometry()
        if had_focus:
            (self._chips[-1] if self._chips else self.coordinator_edit).setFocus()

    def chip_names(self) -> list[str]:
        """The coordinating units shown, in order."""
        return [c.name for c in self._chips]

    def chip(self, name: str) -> UnitChip | None:
        return next((c for c in self._chips if c.name == name), None)

    # Saving ----------------------------------------------------------------------------------

    def _save(self, **changes) -> bool:
        """Store `changes`; what the editor counts as saved is updated before anyone hears of
        it, and a listener that asks to flush again meanwhile stores nothing twice."""
        if self._store is None or self._task is None or self._saving:
            return False
        self._saving = True
        try:
            try:
                self._task = tagging.update_task(self._store, self._task.id, **changes)
            except NotFoundError:
                return False  # deleted meanwhile (an undo elsewhere): the panel moves on
            except Exception as error:  # a UserError reads well; anything else is a bug
                show_error(self, error)
                self.reload()
                return False
            if "content" in changes:
                self._content.accepted(changes["content"])
            if "note" in changes:
                self._note.accepted(self.note_edit.toPlainText())
            if "lead_unit" in changes or "coordinating_units" in changes:
                self.units.reload(self._store)
                lead, self._coordinators = tagging.unit_names(self._store, self._task)
                self._lead_saved = lead or ""
            self.taskChanged.emit(self._task.id)
            return True
        finally:
            self._saving = False

    def _show_content_hint(self) -> None:
        self.content_hint.setVisible(
            self._task is not None and not self.content_edit.toPlainText().strip()
        )

    def _save_content(self, text: str) -> None:
        if not text.strip():
            # Never store an empty task; on leaving the field the last content comes back.
            if not self.content_edit.hasFocus():
                self._content.set_text(self._content.saved_text())
                self._show_content_hint()
            return
        self._save(content=text)

    def _save_note(self, text: str) -> None:
        self._save(note=text.strip() or None)

    def _save_lead(self) -> None:
        if self._task is None:
            return
        typed = self.lead_combo.currentText()
        name = self._resolve(typed)
        if name == self._lead_saved:
            if typed != name:
                self._set_lead_text(name)
            return
        if self._save(lead_unit=name):
            self._set_lead_text(self._lead_saved)

    def _pick_lead(self, name: str) -> None:
        self._set_lead_text(name)
        self._save_lead()

    def _resolve(self, typed: str) -> str:
        """The directory's spelling of a typed unit ("so noi vu", "VPTU" → "Sở Nội vụ"), or the
        typed text itself when it names a new unit; the matching rule is the core's."""
        typed = nfc(typed).strip()
        unit = self._store.units.find(typed) if self._store is not None and typed else None
        return unit.name if unit is not None else typed

    def _add_coordinator(self, typed: str) -> None:
        name = self._resolve(typed)
        # The completer writes its pick into the field after telling us: clear it afterwards.
        QTimer.singleShot(0, self.coordinator_edit.clear)
        self.coordinator_edit.clear()
        if not name or self._task is None:
            return
        if fold(name) in {fold(n) for n in self._coordinators}:
            return
        self._save(coordinating_units=[*self._coordinators, name])
        self.reload()

    def _remove_coordinator(self, name: str) -> None:
        if self._task is None:
            return
        self._save(coordinating_units=[n for n in self._coordinators if n != name])
        self.reload()

    def _deadline_mode_toggled(self, button: QAbstractButton, checked: bool) -> None:
        if not checked or self._task is None:
            return
        mode = self.deadline_group.id(button)
        self.date_edit.setEnabled(mode == self.DEADLINE_DATE)
        if mode == self.DEADLINE_DATE:
            self._date_timer.stop()
            self._save(deadline=self.date_edit.date().toString(ISO), ongoing=False)
        elif mode == self.DEADLINE_ONGOING:
            self._date_timer.stop()
            self._save(ongoing=True)
        else:
            self._date_timer.stop()
            self._save(deadline=None, ongoing=False)

    def _save_date(self) -> None:
        self._date_timer.stop()
        if self._task is None or not self.date_radio.isChecked():
            return
        iso = self.date_edit.date().toString(ISO)
        if iso != self._task.deadline or self._task.ongoing:
            self._save(deadline=iso, ongoing=False)

    def _save_key(self, checked: bool) -> None:
        if self._task is not None and bool(self._task.is_key) != checked:
            self._save(is_key=checked)


# Small helpers ----------------------------------------------------------------------------------


class _signals_blocked:
    def __init__(self, obj: QObject) -> None:
        self._obj = obj

    def __enter__(self) -> None:
        self._was = self._obj.blockSignals(True)

    def __exit__(self, *exc) -> None:
        self._obj.blockSignals(self._was)


def _make_secondary(label: QLabel, italic: bool = False) -> None:
    """A quieter label: the palette's placeholder colour, a little smaller."""
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(palette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    font = QFont(label.font())
    font.setItalic(italic)
    label.setFont(font)


def _hint_label(parent: QWidget) -> QLabel:
    """A small warning line under a field (hidden until needed)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(label.foregroundRole(), Qt.GlobalColor.darkRed)
    label.setPalette(palette)
    label.hide()
    return label


__all__ = [
    "SAVE_DELAY_MS",
    "DebouncedText",
    "FoldFilterProxy",
    "TaskEditor",
    "UnitDirectoryModel",
    "attach_unit_completer",
    "level_label",
    "text_edit",
]
