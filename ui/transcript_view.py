"""The transcript of a meeting as an editable table: Thời gian, Người nói, Nội dung.

Three pieces, each with one job:

- `SegmentTableModel` holds the meeting's segments in timeline order. It reads the store once per
  `load` and afterwards changes only the rows it is told about (`apply`), so edits, undo and the
  live rows of a running transcription never reset the view, its scroll or its selection.
- `SegmentDelegate` paints rows with padding and word-wrapped text, marks edited segments (a
  pencil and "Đã sửa" tooltip) and the segment being played (amber), and edits the text in a
  multi-line `QPlainTextEdit` (Ctrl+Enter or leaving it commits, Esc cancels).
- `TranscriptView` is the widget the page uses. Every edit goes through the core
  (`meeting_assistant.editing`), is saved at once, and is pushed onto the page's shared
  `QUndoStack` as a `ChangeCommand`.

Row heights are computed by the view (`resizeRowToContents`) only for rows that changed, and for
all rows once the widths settle (load, window resize), never by `ResizeToContents` on the
header, which re-measures every row of a 3-hour meeting on each change.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from meeting_assistant import editing
from meeting_assistant.documents.transcript import clock
from meeting_assistant.errors import NotFoundError
from meeting_assistant.models import Segment
from meeting_assistant.store import Store
from meeting_assistant.text import nfc

from .errors import show_error
from .find_replace import FindReplaceBar
from .i18n import tooltip_with_shortcut

TIME, SPEAKER, TEXT = range(3)
SegmentIdRole = Qt.ItemDataRole.UserRole + 1
EditedRole = Qt.ItemDataRole.UserRole + 2
PlayingRole = Qt.ItemDataRole.UserRole + 3

PAD_X, PAD_Y = 8, 6  # room around a cell's text, in pixels
PLAYING_LIGHT, PLAYING_DARK = QColor("#fff1c2"), QColor("#5a4300")
PLAYING_BAR = QColor("#e8a200")
EDITED_MARK = QColor("#2f6fb3")
EDITED_GLYPH = "✎"
# In a pause between two segments, the one that just ended stays "being played" this long.
PAUSE_TOLERANCE_S = 2.0
# Player ticks reach the highlight at most this often (milliseconds).
FOLLOW_INTERVAL_MS = 150
# After the clerk scrolls by hand, playback does not scroll the transcript for this long.
USER_SCROLL_GRACE_S = 4.0
# Row heights are re-measured this long after the last column resize (window drags).
RESIZE_DELAY_MS = 80


class _PlayerLike(Protocol):
    positionChanged: SignalInstance

    def seek(self, audio_id: int, seconds: float) -> None: ...
    def play(self) -> None: ...


# ------------------------------------------------------------------------------------------------
# Model


class SegmentTableModel(QAbstractTableModel):
    """The meeting's segments in timeline order (audio position, audio, start, id)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._segments: list[Segment] = []
        self._keys: list[tuple] = []
        self._row_of: dict[int, int] = {}
        self._offset: dict[int, float] = {}  # audio id -> its start on the meeting timeline
        self._position: dict[int, int] = {}  # audio id -> its order in the meeting
        self._playing_id: int | None = None
        self._by_audio: dict[int, tuple[int, list[float]]] | None = None  # lazy time index

    # --- filling -------------------------------------------------------------------------------

    def set_audio(self, audio_files: Iterable) -> None:
        """Where each recording starts on the meeting's timeline: the sum of the durations of
        the recordings before it."""
        self._offset.clear()
        self._position.clear()
        offset = 0.0
        for index, audio in enumerate(sorted(audio_files, key=lambda a: (a.position, a.id))):
            self._offset[audio.id] = offset
            self._position[audio.id] = index
            offset += audio.duration or 0.0
        if self._segments:
            self.dataChanged.emit(self.index(0, TIME), self.index(len(self._segments) - 1, TIME))

    def knows_audio(self, audio_id: int) -> bool:
        return audio_id in self._offset

    def reset(self, segments: list[Segment]) -> None:
        self.beginResetModel()
        self._segments = sorted(segments, key=self._key)
        self._keys = [self._key(s) for s in self._segments]
        self._reindex()
        self.endResetModel()

    def apply(self, segments: dict[int, Segment | None]) -> list[int]:
        """Bring the given rows up to date: a segment updates (or inserts) its row, None removes
        it. Returns the rows that now show the given segments."""
        for seg_id, seg in segments.items():
            if seg is None and seg_id in self._row_of:
                self._remove(self._row_of[seg_id])
        for seg_id, seg in sorted(
            ((i, s) for i, s in segments.items() if s is not None), key=lambda p: self._key(p[1])
        ):
            key = self._key(seg)
            row = self._row_of.get(seg_id)
            if row is not None and self._fits(row, key):
                self._segments[row], self._keys[row] = seg, key
                self._by_audio = None
                self.dataChanged.emit(self.index(row, 0), self.index(row, TEXT))
                continue
            if row is not None:
                self._remove(row)
            self._insert(seg, key)
        return sorted(self._row_of[i] for i, s in segments.items() if s is not None)

    def _key(self, seg: Segment) -> tuple:
        return (self._position.get(seg.audio_id, 1 << 30), seg.audio_id, seg.start, seg.id)

    def _fits(self, row: int, key: tuple) -> bool:
        return (row == 0 or self._keys[row - 1] <= key) and (
            row == len(self._keys) - 1 or key <= self._keys[row + 1]
        )

    def _insert(self, seg: Segment, key: tuple) -> None:
        row = bisect.bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._segments.insert(row, seg)
        self._keys.insert(row, key)
        if row == len(self._segments) - 1:
            self._row_of[seg.id] = row
        else:
            self._reindex()
        self._by_audio = None
        self.endInsertRows()

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        seg = self._segments.pop(row)
        self._keys.pop(row)
        if seg.id == self._playing_id:
            self._playing_id = None
        self._reindex()
        self.endRemoveRows()

    def _reindex(self) -> None:
        self._row_of = {s.id: row for row, s in enumerate(self._segments)}
        self._by_audio = None

    # --- reading --------------------------------------------------------------------------------

    def segment(self, row: int) -> Segment | None:
        return self._segments[row] if 0 <= row < len(self._segments) else None

    def row_of(self, segment_id: int) -> int | None:
        return self._row_of.get(segment_id)

    def segment_ids(self) -> list[int]:
        return [s.id for s in self._segments]

    def timeline_start(self, seg: Segment) -> float:
        return self._offset.get(seg.audio_id, 0.0) + seg.start

    def speakers(self) -> list[str]:
        """Speaker names used in the transcript, in order of first appearance."""
        return list(dict.fromkeys(s.speaker for s in self._segments if s.speaker))

    def segment_for_time(self, audio_id: int, seconds: float) -> int | None:
        """The segment being spoken at `seconds` into the recording; in a short pause, the one
        that just ended; otherwise None."""
        if self._by_audio is None:
            index: dict[int, tuple[int, list[float]]] = {}
            for row, seg in enumerate(self._segments):
                if seg.audio_id not in index:
                    index[seg.audio_id] = (row, [])
                index[seg.audio_id][1].append(seg.start)
            self._by_audio = index
        first_row, starts = self._by_audio.get(audio_id, (0, []))
        at = bisect.bisect_right(starts, seconds + 1e-6) - 1
        if at < 0:
            return None
        seg = self._segments[first_row + at]
        if seconds <= seg.end + PAUSE_TOLERANCE_S:
            return seg.id
        return None

    def set_playing(self, segment_id: int | None) -> bool:
        """Mark the segment being played (None: none). Returns whether anything changed."""
        if segment_id == self._playing_id:
            return False
        old, self._playing_id = self._playing_id, segment_id
        for seg_id in (old, segment_id):
            row = self._row_of.get(seg_id) if seg_id is not None else None
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, TEXT),
                    [Qt.ItemDataRole.BackgroundRole, PlayingRole],
                )
        return True

    def playing_id(self) -> int | None:
        return self._playing_id

    # --- Qt model interface --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._segments)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Thời gian"), self.tr("Người nói"), self.tr("Nội dung"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == TIME:
            return self.tr("Tính từ đầu cuộc họp, nối tiếp qua các tệp ghi âm")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        seg = self.segment(index.row()) if index.isValid() else None
        if seg is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return clock(self.timeline_start(seg), millis=False)
            return seg.speaker or "" if column == SPEAKER else seg.text
        if role == Qt.ItemDataRole.EditRole:
            return seg.text if column == TEXT else None
        if role == SegmentIdRole:
            return seg.id
        if role == EditedRole:
            return seg.edited
        if role == PlayingRole:
            return seg.id == self._playing_id
        if role == Qt.ItemDataRole.BackgroundRole and seg.id == self._playing_id:
            dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
            return QBrush(PLAYING_DARK if dark else PLAYING_LIGHT)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == TIME:
                if seg.edited:
                    return self.tr("Đã sửa. Nhấp đúp để phát từ đây (Enter)")
                return self.tr("Nhấp đúp để phát từ đây (Enter)")
            if seg.edited:
                return self.tr("Đã sửa")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and seg.edited:
            return self.tr("Đã sửa")
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, TEXT)


# ------------------------------------------------------------------------------------------------
# Painting and the inline editor


class SegmentEditor(QPlainTextEdit):
    """The multi-line editor of one segment's text. Its context menu offers the view's split
    action next to the usual cut/copy/paste."""

    def __init__(self, parent: QWidget, segment_id: int, extra_actions: list[QAction]) -> None:
        super().__init__(parent)
        self.segment_id = segment_id
        self._extra_actions = extra_actions
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.Box)
        self.document().setDocumentMargin(PAD_Y - 2)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self._extra_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()


class SegmentDelegate(QStyledItemDelegate):
    """Paints rows (padding, wrapped text, edited and playing marks); edits the text column."""

    textCommitted = Signal(int, str)  # segment id, text
    editNeighbour = Signal(int, int)  # segment id, +1 (Tab) or -1 (Shift+Tab)
    editorClosed = Signal(int, str, int)  # segment id, text, cursor position

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor_actions: list[QAction] = []
        self._editor: SegmentEditor | None = None
        self.place_cursor_at: QPoint | None = None  # viewport point of the double-click

    def open_editor(self) -> SegmentEditor | None:
        return self._editor

    # --- painting ------------------------------------------------------------------------------

    def _option(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        if index.column() == SPEAKER or (index.column() == TIME and index.data(PlayingRole)):
            opt.font.setWeight(QFont.Weight.DemiBold)
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = self._option(option, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = opt.text
        opt.text = ""
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        rect = opt.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if index.column() != TIME:
            flags |= Qt.TextFlag.TextWordWrap
        painter.drawText(rect, flags, text)
        if index.column() == TIME:
            if index.data(PlayingRole):
                painter.fillRect(
                    QRect(opt.rect.left(), opt.rect.top(), 4, opt.rect.height()), PLAYING_BAR
                )
            if index.data(EditedRole):
                if not selected:
                    painter.setPen(EDITED_MARK)
                painter.drawText(
                    rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, EDITED_GLYPH
                )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = self._option(option, index)
        metrics = QFontMetrics(opt.font)
        if index.column() == TIME:
            width = metrics.horizontalAdvance("00:00:00 " + EDITED_GLYPH) + 2 * PAD_X + 4
            return QSize(width, metrics.height() + 2 * PAD_Y)
        if opt.rect.width() <= 2 * PAD_X:  # asked for a width, not a height: one line
            return QSize(
                metrics.horizontalAdvance(opt.text) + 2 * PAD_X, metrics.height() + 2 * PAD_Y
            )
        bounds = metrics.boundingRect(
            QRect(0, 0, opt.rect.width() - 2 * PAD_X, 1 << 20),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            opt.text,
        )
        return QSize(bounds.width() + 2 * PAD_X, max(bounds.height(), metrics.height()) + 2 * PAD_Y)

    # --- editing --------------------------------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex):
        if index.column() != TEXT:
            return None
        editor = SegmentEditor(parent, index.data(SegmentIdRole), self.editor_actions)
        editor.setFont(option.font)
        editor.setProperty("initialised", False)
        self._editor = editor
        editor.destroyed.connect(self._forget_editor)
        return editor

    def _forget_editor(self, *_args) -> None:
        self._editor = None

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        # Qt calls this again when the row's data changes while editing: never overwrite what
        # the clerk is typing.
        if not isinstance(editor, SegmentEditor) or editor.property("initialised"):
            return
        editor.setProperty("initialised", True)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.document().setModified(False)
        cursor = editor.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        editor.setTextCursor(cursor)
        point, self.place_cursor_at = self.place_cursor_at, None
        if point is not None:
            QTimer.singleShot(0, lambda: self._place_cursor(editor, point))

    @staticmethod
    def _place_cursor(editor: SegmentEditor, viewport_point: QPoint) -> None:
        """Put the cursor where the clerk double-clicked, ready to split or correct there."""
        try:
            inside = editor.viewport().mapFrom(editor.parentWidget(), viewport_point)
        except RuntimeError:  # the editor is already gone
            return
        if editor.viewport().rect().contains(inside):
            editor.setTextCursor(editor.cursorForPosition(inside))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        if isinstance(editor, SegmentEditor):
            self.textCommitted.emit(editor.segment_id, editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index) -> None:
        rect = QRect(option.rect)
        lines = QFontMetrics(option.font).lineSpacing() * 4 + 2 * PAD_Y
        rect.setHeight(max(rect.height(), lines))
        parent = editor.parentWidget()
        if parent is not None and rect.bottom() > parent.height():  # near the bottom: grow up
            rect.moveBottom(max(option.rect.bottom(), parent.height() - 1))
        editor.setGeometry(rect)

    def destroyEditor(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, SegmentEditor):
            self.editorClosed.emit(
                editor.segment_id, editor.toPlainText(), editor.textCursor().position()
            )
        if editor is self._editor:
            self._editor = None
        super().destroyEditor(editor, index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, SegmentEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        if (
            isinstance(watched, SegmentEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            # Save, then go on to the next segment's text (Shift+Tab: the previous one).
            step = -1 if event.key() == Qt.Key.Key_Backtab else 1
            segment_id = watched.segment_id
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.editNeighbour.emit(segment_id, step)
            return True
        return super().eventFilter(watched, event)


# ------------------------------------------------------------------------------------------------
# Undo


class ChangeCommand(QUndoCommand):
    """One core `Change` on the undo stack. The edit is already saved when it is pushed, so the
    first redo does nothing; later undo/redo write the rows back through the core."""

    def __init__(self, text: str, store: Store, change: editing.Change, applied: Callable) -> None:
        super().__init__(text)
        self._store = store
        self._change = change
        self._applied = applied
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(editing.redo)

    def undo(self) -> None:
        self._run(editing.undo)

    def _run(self, step: Callable[[Store, editing.Change], None]) -> None:
        try:
            step(self._store, self._change)
        except Exception as exc:  # noqa: BLE001 — shown to the clerk, never a crash
            show_error(QApplication.activeWindow(), exc)
        try:
            self._applied(self._change.segment_ids)
        except RuntimeError:  # the view was closed; the data is saved all the same
            pass


# ------------------------------------------------------------------------------------------------
# The table


class _Table(QTableView):
    """A QTableView that plays on Enter, and says so when it has no rows yet."""

    playKeyPressed = Signal()

    def __init__(self, parent: QWidget, delegate: SegmentDelegate) -> None:
        super().__init__(parent)
        self._delegate = delegate
        self.empty_text = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and self.state() != QAbstractItemView.State.EditingState
        ):
            self.playKeyPressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._delegate.place_cursor_at = event.position().toPoint()
        super().mouseDoubleClickEvent(event)
        self._delegate.place_cursor_at = None  # used by the editor just opened, if any

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.empty_text,
            )
            painter.end()


class TranscriptView(QWidget):
    """The transcript of one meeting, edited in place, every change saved at once.

    Signals: `playRequested(segment_id)` (double-click on the time, Enter on a row),
    `selectionChangedIds(list[int])`, `statusMessage(str)` (hints for the page's status bar;
    also shown briefly under the table).
    """

    playRequested = Signal(int)
    selectionChangedIds = Signal(list)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store: Store | None = None
        self._meeting_id: int | None = None
        self._undo_stack: QUndoStack | None = None
        self._last_cursor: tuple[int, str, int] | None = None  # segment, text, cursor
        self._auto_scrolling = False
        self._user_scrolled_at = -1e9
        self._follow_pending: tuple[int, float] | None = None

        self.model = SegmentTableModel(self)
        self.delegate = SegmentDelegate(self)
        self.table = _Table(self, self.delegate)
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self._setup_table()

        self.find_bar = FindReplaceBar(self)
        self.find_bar.findRequested.connect(self.find_next)
        self.find_bar.replaceAllRequested.connect(self.replace_all)
        self.find_bar.closed.connect(lambda: self.table.setFocus(Qt.FocusReason.OtherFocusReason))

        self.hint_label = QLabel(self)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.hint_label.setWordWrap(True)
        self.hint_label.setContentsMargins(PAD_X, 4, PAD_X, 4)
        self.hint_label.hide()
        self._hint_timer = QTimer(self, singleShot=True, interval=6000)
        self._hint_timer.timeout.connect(self.hint_label.hide)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)

        self._resize_timer = QTimer(self, singleShot=True)
        self._resize_timer.timeout.connect(self._resize_all_rows)
        self.table.horizontalHeader().sectionResized.connect(self._widths_changed)
        self._follow_timer = QTimer(self, singleShot=True, interval=FOLLOW_INTERVAL_MS)
        self._follow_timer.timeout.connect(self._follow_tick)

        self._create_actions()
        self.speaker_menu_widget = QMenu(self)
        self.speaker_menu_widget.aboutToShow.connect(self._fill_speaker_menu)

        self.delegate.textCommitted.connect(self._commit_text)
        self.delegate.editorClosed.connect(self._remember_cursor)
        self.delegate.editNeighbour.connect(self._edit_neighbour)
        self.delegate.editor_actions = [self.split_action, self.merge_action]
        self.table.playKeyPressed.connect(self._play_current)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().actionTriggered.connect(self._scrolled)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.retranslate_ui()
        self._update_actions()

    def _setup_table(self) -> None:
        table = self.table
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setWordWrap(True)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        # Header labels start where the cells' text starts.
        header.setStyleSheet(f"QHeaderView::section {{ padding: 4px {PAD_X - 2}px; }}")
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(SPEAKER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(table.font())
        table.setColumnWidth(
            TIME, metrics.horizontalAdvance("00:00:00 " + EDITED_GLYPH) + 2 * PAD_X + 8
        )
        table.setColumnWidth(SPEAKER, metrics.averageCharWidth() * 20)
        table.verticalHeader().setDefaultSectionSize(metrics.height() + 2 * PAD_Y)

    def _action(self, shortcuts: list, slot: Callable) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.undo_action = self._action([QKeySequence.StandardKey.Undo], self._undo)
        redo_keys = list(dict.fromkeys(
            [QKeySequence(QKeySequence.StandardKey.Redo).toString(), "Ctrl+Shift+Z", "Ctrl+Y"]
        ))  # fmt: skip
        self.redo_action = self._action([k for k in redo_keys if k], self._redo)
        self.edit_action = self._action(["F2"], self.edit_current)
        self.split_action = self._action(["Ctrl+Shift+S"], self.split_at_cursor)
        self.merge_action = self._action(["Ctrl+Shift+M"], self.merge_with_next)
        self.speaker_action = self._action(["Ctrl+Shift+P"], self.open_speaker_menu)
        self.find_action = self._action([QKeySequence.StandardKey.Find], self.open_find)
        self.replace_action = self._action(["Ctrl+H"], self.open_replace)
        self.find_next_action = self._action(["F3"], lambda: self._find_again(False))
        self.find_previous_action = self._action(["Shift+F3"], lambda: self._find_again(True))
        self.play_here_action = QAction(self)  # Enter is handled by the table: no shortcut
        self.play_here_action.triggered.connect(self._play_current)
        self.clear_speaker_action = QAction(self)
        self.clear_speaker_action.triggered.connect(lambda: self.assign_speaker(None))
        self.other_speaker_action = QAction(self)
        self.other_speaker_action.triggered.connect(self._ask_speaker)

    def retranslate_ui(self) -> None:
        self._undo_text_changed()
        self.edit_action.setText(self.tr("&Sửa nội dung"))
        self.split_action.setText(self.tr("&Tách đoạn tại con trỏ"))
        self.merge_action.setText(self.tr("&Gộp với đoạn sau"))
        self.speaker_action.setText(self.tr("Đặt &người nói…"))
        self.find_action.setText(self.tr("&Tìm…"))
        self.replace_action.setText(self.tr("T&hay thế…"))
        self.find_next_action.setText(self.tr("Tìm &tiếp"))
        self.find_previous_action.setText(self.tr("Tìm t&rước"))
        self.play_here_action.setText(self.tr("&Phát từ đây") + "\tEnter")
        self.clear_speaker_action.setText(self.tr("&Bỏ người nói"))
        self.other_speaker_action.setText(self.tr("&Khác…"))
        self.speaker_menu_widget.setTitle(self.tr("Người &nói"))
        for action in (self.edit_action, self.split_action, self.merge_action, self.speaker_action,
                       self.find_action, self.replace_action, self.find_next_action,
                       self.find_previous_action):  # fmt: skip
            tooltip_with_shortcut(action)
        self.table.empty_text = self.tr(
            "Chưa có lời nói nào được ghi lại. Các đoạn sẽ hiện ở đây khi chuyển thành văn bản."
        )
        self.model.retranslate()
        self.table.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------------

    def load(self, store: Store, meeting_id: int, undo_stack: QUndoStack) -> None:
        """Show a meeting's transcript; edits are pushed onto `undo_stack` (the page's)."""
        self._close_editor(commit=True)
        if self._undo_stack is not undo_stack:
            for signal, slot in self._stack_connections():
                signal.disconnect(slot)
            self._undo_stack = undo_stack
            for signal, slot in self._stack_connections():
                signal.connect(slot)
        self._store, self._meeting_id = store, meeting_id
        self._last_cursor = None
        self.model.set_audio(store.audio.for_meeting(meeting_id))
        self.model.reset(store.segments.for_meeting(meeting_id))
        self.model.set_playing(None)
        self._fit_speaker_column()
        self._resize_all_rows()
        self._undo_text_changed()
        self._update_actions()

    def _stack(self) -> QUndoStack | None:
        """The page's undo stack, unless it is gone (the page closing before this view)."""
        stack = self._undo_stack
        return stack if stack is not None and isValid(stack) else None

    def _stack_connections(self) -> list[tuple[SignalInstance, Callable]]:
        stack = self._stack()
        if stack is None:
            return []
        return [(stack.canUndoChanged, self._update_actions),
                (stack.canRedoChanged, self._update_actions),
                (stack.undoTextChanged, self._undo_text_changed),
                (stack.redoTextChanged, self._undo_text_changed)]  # fmt: skip

    def refresh(self, segment_ids: Iterable[int] | None = None) -> None:
        """Re-read segments from the store: the given ones (updated, added or gone), or all of
        them (keeping the selection and the scroll position)."""
        if self._store is None:
            return
        if segment_ids is None:
            selected, scroll = self.selected_segment_ids(), self.table.verticalScrollBar().value()
            current = self.segment_at(self.table.currentIndex())
            self.model.set_audio(self._store.audio.for_meeting(self._meeting_id))
            playing = self.model.playing_id()
            self.model.reset(self._store.segments.for_meeting(self._meeting_id))
            still_there = playing is not None and self.model.row_of(playing) is not None
            self.model.set_playing(playing if still_there else None)
            self._resize_all_rows()
            self._select_ids(selected, current.id if current else None, scroll=False)
            self.table.verticalScrollBar().setValue(scroll)
            return
        fetched = {seg_id: self._fetch(seg_id) for seg_id in segment_ids}
        if any(s is not None and not self.model.knows_audio(s.audio_id) for s in fetched.values()):
            self.model.set_audio(self._store.audio.for_meeting(self._meeting_id))
        for row in self.model.apply(fetched):
            self.table.resizeRowToContents(row)
        self._update_actions()

    def append_segment(self, segment_id: int) -> None:
        """Add a segment the transcription just stored, without disturbing the clerk."""
        self.refresh([segment_id])

    def _fetch(self, segment_id: int) -> Segment | None:
        try:
            seg = self._store.segments.get(segment_id)
        except NotFoundError:
            return None
        return seg if seg.meeting_id == self._meeting_id else None

    def _widths_changed(self, *_args) -> None:
        self._resize_timer.start(RESIZE_DELAY_MS)

    def _resize_all_rows(self) -> None:
        """Fit every row to its wrapped text. Only when shown: the widths are not final
        before that, and a hidden 3-hour transcript need not be measured at all."""
        self._resize_timer.stop()
        if self.isVisible() and self.model.rowCount():
            self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._resize_timer.start(0)  # once the layout has given the columns their widths

    def _fit_speaker_column(self) -> None:
        font = QFont(self.table.font())
        font.setWeight(QFont.Weight.DemiBold)
        metrics = QFontMetrics(font)
        names = [a.name for a in self._store.meetings.attendees(self._meeting_id)]
        names += self.model.speakers()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        low, high = metrics.horizontalAdvance("Người nói 00"), metrics.averageCharWidth() * 26
        self.table.setColumnWidth(SPEAKER, min(max(widest, low), high) + 2 * PAD_X + 4)

    # --- reading --------------------------------------------------------------------------------

    def segment_at(self, where: int | QModelIndex | QPoint) -> Segment | None:
        """The segment of a row number, a model index, or a point in the table's viewport."""
        if isinstance(where, QPoint):
            where = self.table.indexAt(where)
        if isinstance(where, (QModelIndex, QPersistentModelIndex)):
            where = where.row() if where.isValid() else -1
        return self.model.segment(where)

    def segment(self, segment_id: int) -> Segment | None:
        row = self.model.row_of(segment_id)
        return self.model.segment(row) if row is not None else None

    def selected_segment_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.segment(r).id for r in rows]

    def segment_for_time(self, audio_id: int, seconds: float) -> int | None:
        """The segment heard at `seconds` into recording `audio_id` (see the model's rule)."""
        return self.model.segment_for_time(audio_id, seconds)

    def actions(self) -> list[QAction]:
        """The view's actions (undo, redo, edit, split, merge, speaker, find…), for the page's
        menus and toolbars. Their shortcuts work while the transcript has the focus."""
        return [self.undo_action, self.redo_action, self.edit_action, self.split_action,
                self.merge_action, self.speaker_action, self.find_action, self.replace_action,
                self.find_next_action, self.find_previous_action]  # fmt: skip

    # --- playing --------------------------------------------------------------------------------

    def highlight_segment(self, segment_id: int | None) -> None:
        """Mark the segment being played; scroll to it only when it is out of sight, and never
        while the clerk is editing or has just scrolled by hand. The selection is left alone."""
        if not self.model.set_playing(segment_id) or segment_id is None:
            return
        if self.table.state() == QAbstractItemView.State.EditingState:
            return
        if time.monotonic() - self._user_scrolled_at < USER_SCROLL_GRACE_S:
            return
        row = self.model.row_of(segment_id)
        index = self.model.index(row, TEXT)
        rect = self.table.visualRect(index)
        viewport = self.table.viewport().rect()
        if not (viewport.contains(rect.topLeft()) and viewport.contains(rect.bottomLeft())):
            self._auto_scrolling = True
            try:
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
            finally:
                self._auto_scrolling = False

    def follow_player(self, player: _PlayerLike, play_on_request: bool = True) -> None:
        """Highlight the segment the player is at (at most every FOLLOW_INTERVAL_MS); with
        `play_on_request`, also play from a segment when the clerk asks (`playRequested`)."""
        player.positionChanged.connect(self._follow_position)
        if play_on_request:
            self.playRequested.connect(lambda seg_id: self._play_segment(player, seg_id))

    def _follow_position(self, audio_id: int, seconds: float) -> None:
        self._follow_pending = (audio_id, seconds)
        if not self._follow_timer.isActive():
            self._follow_timer.start()

    def _follow_tick(self) -> None:
        if self._follow_pending is not None:
            audio_id, seconds = self._follow_pending
            self._follow_pending = None
            self.highlight_segment(self.segment_for_time(audio_id, seconds))

    def _play_segment(self, player: _PlayerLike, segment_id: int) -> None:
        seg = self.segment(segment_id)
        if seg is not None:
            player.seek(seg.audio_id, seg.start)
            player.play()

    def _play_current(self) -> None:
        seg = self.segment_at(self.table.currentIndex())
        if seg is not None:
            self.playRequested.emit(seg.id)

    def _scrolled(self, _action: int) -> None:
        """The clerk moved the scroll bar (wheel, drag, keys on the bar): stop following the
        player for a moment, so the text being read does not jump away."""
        if not self._auto_scrolling:
            self._user_scrolled_at = time.monotonic()

    # --- editing --------------------------------------------------------------------------------

    def edit_current(self) -> None:
        """Open the text editor of the current row (F2)."""
        row = self.table.currentIndex().row()
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.model.index(row, TEXT)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def edit_segment(self, segment_id: int) -> None:
        row = self.model.row_of(segment_id)
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, TEXT))
            self.table.edit(self.model.index(row, TEXT))

    def _edit_neighbour(self, segment_id: int, step: int) -> None:
        row = self.model.row_of(segment_id)
        if row is not None and 0 <= row + step < self.model.rowCount():
            seg = self.model.segment(row + step)
            self._select_ids([seg.id], seg.id)
            self.edit_segment(seg.id)

    def _commit_text(self, segment_id: int, text: str) -> None:
        if self._store is None:
            return
        seg = self.segment(segment_id)
        if seg is not None and nfc(text).strip() == seg.text:
            return
        self._run(self.tr("Sửa đoạn"), lambda: [editing.set_text(self._store, segment_id, text)])

    def _remember_cursor(self, segment_id: int, text: str, cursor: int) -> None:
        self._last_cursor = (segment_id, text, cursor)

    def split_at_cursor(self) -> None:
        """Split the segment being edited at the editor's cursor (Ctrl+Shift+S). Without an
        open editor, the cursor left in the current row's editor (if its text was saved) is
        used; otherwise the clerk is told how to do it."""
        editor = self.delegate.open_editor()
        if editor is not None:
            seg_id, text = editor.segment_id, editor.toPlainText()
            cursor = editor.textCursor().position()
            self._close_editor(commit=False)
        else:
            current = self.segment_at(self.table.currentIndex())
            last = self._last_cursor
            if (
                current is None
                or last is None
                or last[0] != current.id
                or nfc(last[1]).strip() != current.text
            ):
                self.show_hint(self.tr("Mở đoạn để sửa rồi đặt con trỏ tại chỗ cần tách"))
                return
            seg_id, text, cursor = last
        stored = self.segment(seg_id)
        if stored is None:
            return
        position = len(nfc(text[:cursor]).lstrip())
        typed = nfc(text).strip()

        def steps():
            if typed != stored.text:
                yield editing.set_text(self._store, seg_id, text)
            yield editing.split(self._store, seg_id, position)

        changes = self._run(self.tr("Tách đoạn"), steps)
        created = [i for c in changes for i in c.segment_ids if i != seg_id]
        if created:
            self._select_ids(created[-1:], created[-1])

    def merge_with_next(self) -> None:
        """Merge the current segment with the next one (Ctrl+Shift+M); with several adjacent
        rows selected, merge them all into the first."""
        self._close_editor(commit=True)
        ids = self.selected_segment_ids()
        rows = [self.model.row_of(i) for i in ids]
        if len(ids) > 1 and rows == list(range(rows[0], rows[0] + len(rows))):
            first, times = ids[0], len(ids) - 1
        else:
            current = self.segment_at(self.table.currentIndex()) or (
                self.segment(ids[0]) if ids else None
            )
            if current is None:
                return
            first, times = current.id, 1
        self._run(
            self.tr("Gộp đoạn"),
            lambda: (editing.merge_with_next(self._store, first) for _ in range(times)),
        )
        self._select_ids([first], first)

    def assign_speaker(self, name: str | None, segment_ids: list[int] | None = None) -> None:
        """Set (or with None, clear) the speaker of the selected segments."""
        ids = segment_ids if segment_ids is not None else self.selected_segment_ids()
        if not ids:
            current = self.segment_at(self.table.currentIndex())
            ids = [current.id] if current else []
        if ids:
            self._close_editor(commit=True)
            self._run(
                self.tr("Đặt người nói"), lambda: [editing.set_speaker(self._store, ids, name)]
            )

    def speaker_menu(self) -> QMenu:
        """The "Người nói" menu, filled for the current selection."""
        self._fill_speaker_menu()
        return self.speaker_menu_widget

    def open_speaker_menu(self) -> None:
        """Pop the speaker menu up at the current row (Ctrl+Shift+P)."""
        if self._store is None or not self.model.rowCount():
            return
        index = self.table.currentIndex()
        if not index.isValid():
            index = self.model.index(0, SPEAKER)
            self.table.setCurrentIndex(index)
        rect = self.table.visualRect(self.model.index(index.row(), SPEAKER))
        self.speaker_menu_widget.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))

    def _fill_speaker_menu(self) -> None:
        menu = self.speaker_menu_widget
        menu.clear()
        if self._store is None:
            return
        chosen = {self.segment(i).speaker for i in self.selected_segment_ids()}
        attendees = self._store.meetings.attendees(self._meeting_id)
        names = [a.name for a in attendees]
        others = [n for n in self.model.speakers() if n not in names]
        titles = {a.name: a.title for a in attendees}
        for name in names + others:
            action = menu.addAction(name.replace("&", "&&"))
            action.setCheckable(True)
            action.setChecked(chosen == {name})
            if titles.get(name):
                action.setToolTip(titles[name])
            action.triggered.connect(lambda _checked=False, n=name: self.assign_speaker(n))
        if names or others:
            menu.addSeparator()
        menu.addAction(self.other_speaker_action)
        menu.addAction(self.clear_speaker_action)
        menu.setToolTipsVisible(True)

    def _ask_speaker(self) -> None:
        ids = self.selected_segment_ids()
        current = self.segment(ids[0]).speaker if ids else ""
        name, ok = QInputDialog.getText(
            self, self.tr("Người nói"), self.tr("Tên người nói:"), text=current or ""
        )
        if ok and name.strip():
            self.assign_speaker(name.strip(), ids)

    # --- find and replace -------------------------------------------------------------------------

    def open_find(self) -> None:
        self.find_bar.open_find(self._editor_selection())

    def open_replace(self) -> None:
        self.find_bar.open_replace(self._editor_selection())

    def _editor_selection(self) -> str | None:
        editor = self.delegate.open_editor()
        selected = editor.textCursor().selectedText() if editor is not None else ""
        return selected if selected and "\u2029" not in selected else None

    def _find_again(self, backwards: bool) -> None:
        if self.find_bar.find_text():
            self.find_bar.request_find(backwards)
        else:
            self.open_find()

    def find_next(
        self, text: str, case_sensitive: bool = False, backwards: bool = False
    ) -> int | None:
        """Select and show the next segment (after the current row) containing `text`.
        Returns its id, or None when nothing matches."""
        if self._store is None or not text:
            return None
        self._close_editor(commit=True)
        rows = sorted(
            r for r in (self.model.row_of(i)
                        for i in editing.find(self._store, self._meeting_id, text, case_sensitive))
            if r is not None
        )  # fmt: skip
        if not rows:
            self.find_bar.show_result(self.tr("Không tìm thấy “{text}”").format(text=text), True)
            return None
        current = self.table.currentIndex().row()
        if backwards:
            before = [r for r in rows if r < current] if current >= 0 else []
            row, wrapped = (before[-1], False) if before else (rows[-1], current >= 0)
        else:
            after = [r for r in rows if r > current]
            row, wrapped = (after[0], False) if after else (rows[0], current >= 0)
        seg_id = self.model.segment(row).id
        self._select_ids([seg_id], seg_id)
        message = self.tr("Đoạn {n}/{total}").format(n=rows.index(row) + 1, total=len(rows))
        if wrapped:
            message = self.tr("Đoạn {n}/{total} (đã quay lại từ đầu)").format(
                n=rows.index(row) + 1, total=len(rows)
            )
        self.find_bar.show_result(message)
        return seg_id

    def replace_all(self, text: str, replacement: str, case_sensitive: bool = False) -> int:
        """Replace every occurrence in the meeting, as one undo step. Returns how many."""
        if self._store is None or not text:
            return 0
        self._close_editor(commit=True)
        changes = self._run(
            self.tr("Thay tất cả"),
            lambda: [editing.replace_all(self._store, self._meeting_id, text, replacement,
                                         case_sensitive)],
        )  # fmt: skip
        count = sum(editing.count_matches(row["text"], text, case_sensitive)
                    for c in changes for row in c.before)  # fmt: skip
        if count:
            self.find_bar.show_result(self.tr("Đã thay {n} chỗ").format(n=count))
        else:
            self.find_bar.show_result(self.tr("Không có chỗ nào để thay"), True)
        return count

    # --- undo -----------------------------------------------------------------------------------

    def _run(
        self, label: str, steps: Callable[[], Iterable[editing.Change]]
    ) -> list[editing.Change]:
        """Run core edits and push those that changed something as one undo step. A step that
        fails stops the rest; what was done before it stays done (and undoable)."""
        done: list[editing.Change] = []
        error: Exception | None = None
        try:
            for change in steps():
                if change:
                    done.append(change)
        except Exception as exc:  # noqa: BLE001 — shown to the clerk below
            error = exc
        stack = self._stack()
        if done and stack is not None:
            if len(done) > 1:
                stack.beginMacro(label)
            for change in done:
                stack.push(ChangeCommand(label, self._store, change, self._changed))
            if len(done) > 1:
                stack.endMacro()
        if done:
            self.refresh(sorted({i for c in done for i in c.segment_ids}))
        if error is not None:
            # Deferred: this may run inside the editor's commit, mid focus change.
            QTimer.singleShot(0, lambda: show_error(self, error))
        return done

    def _changed(self, segment_ids: list[int]) -> None:
        """After an undo or redo: update those rows and show the clerk what changed."""
        self._close_editor(commit=False)
        self.refresh(segment_ids)
        present = [i for i in segment_ids if self.model.row_of(i) is not None]
        if present:
            self._select_ids(present, present[0])

    def _undo(self) -> None:
        if self._stack() is not None:
            self._close_editor(commit=True)
            self._stack().undo()

    def _redo(self) -> None:
        if self._stack() is not None:
            self._close_editor(commit=True)
            self._stack().redo()

    def _undo_text_changed(self, *_args) -> None:
        stack = self._stack()
        undo_text = stack.undoText() if stack is not None else ""
        redo_text = stack.redoText() if stack is not None else ""
        if undo_text:
            self.undo_action.setText(self.tr("&Hoàn tác “{what}”").format(what=undo_text))
        else:
            self.undo_action.setText(self.tr("&Hoàn tác"))
        if redo_text:
            self.redo_action.setText(self.tr("&Làm lại “{what}”").format(what=redo_text))
        else:
            self.redo_action.setText(self.tr("&Làm lại"))
        tooltip_with_shortcut(self.undo_action)
        tooltip_with_shortcut(self.redo_action)

    # --- helpers ----------------------------------------------------------------------------------

    def show_hint(self, message: str) -> None:
        """A short hint under the table (and for the page's status bar)."""
        self.hint_label.setText(message)
        self.hint_label.show()
        self._hint_timer.start()
        self.statusMessage.emit(message)

    def _close_editor(self, commit: bool) -> None:
        editor = self.delegate.open_editor()
        if editor is None:
            return
        if commit:
            self.delegate.commitData.emit(editor)
        self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.delegate._forget_editor()

    def _select_ids(self, ids: list[int], current: int | None, scroll: bool = True) -> None:
        selection = QItemSelection()
        for seg_id in ids:
            row = self.model.row_of(seg_id)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, TEXT))
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            model.setCurrentIndex(self.model.index(row, TEXT), flags.NoUpdate)
            if scroll:
                self.table.scrollTo(self.model.index(row, TEXT))
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _selection_changed(self, *_args) -> None:
        self._update_actions()
        self.selectionChangedIds.emit(self.selected_segment_ids())

    def _update_actions(self, *_args) -> None:
        has_rows = self._store is not None and self.model.rowCount() > 0
        for action in (self.edit_action, self.split_action, self.merge_action,
                       self.speaker_action, self.find_action, self.replace_action,
                       self.find_next_action, self.find_previous_action):  # fmt: skip
            action.setEnabled(has_rows)
        stack = self._stack()
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))

    def _double_clicked(self, index: QModelIndex) -> None:
        seg = self.segment_at(index)
        if seg is None:
            return
        if index.column() == TIME:
            self.playRequested.emit(seg.id)
        elif index.column() == SPEAKER:
            self.open_speaker_menu()

    def _context_menu(self, point: QPoint) -> None:
        if self._store is None or not self.model.rowCount():
            return
        index = self.table.indexAt(point)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            self.table.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.play_here_action)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        menu.addAction(self.split_action)
        menu.addAction(self.merge_action)
        self._fill_speaker_menu()
        menu.addMenu(self.speaker_menu_widget)
        menu.addSeparator()
        menu.addAction(self.find_action)
        menu.addAction(self.replace_action)
        menu.addSeparator()
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()
