"""The transcript of a meeting as an editable table: Thời gian, Người nói, Nội dung.

Pieces, each with one job (model.py, delegate.py, edits.py, and this widget):

- `SegmentTableModel` holds the meeting's segments in timeline order. It reads the services once per
  `load` and afterwards changes only the rows it is told about (`apply`), so edits, undo and the
  live rows of a running transcription never reset the view, its scroll or its selection.
- `SegmentDelegate` paints rows with padding and word-wrapped text, marks edited segments (a
  pencil and "Đã sửa" tooltip) and the segment being played (amber), and edits the text in a
  multi-line `QPlainTextEdit` (Ctrl+Enter or leaving it commits, Esc cancels).
- `TranscriptView` is the widget the page uses. Every edit goes through the core
  (`services.transcript`), is saved at once, and is pushed onto the page's shared
  `QUndoStack` as a `ChangeCommand`.

Row heights are computed by the view (`resizeRowToContents`) only for rows that changed, and for
all rows once the widths settle (load, window resize), never by `ResizeToContents` on the
header, which re-measures every row of a 3-hour meeting on each change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMenu,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from meeting_assistant.errors import NotFoundError
from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from ui.i18n import tooltip_with_shortcut
from ui.meeting.transcript.delegate import STRIPE, SegmentDelegate
from ui.meeting.transcript.edits import TranscriptEdits
from ui.meeting.transcript.find_replace import FindReplaceBar
from ui.meeting.transcript.finding import TranscriptFinding
from ui.meeting.transcript.following import PlaybackFollowing
from ui.meeting.transcript.model import (
    EDITED_GLYPH,
    FOLLOW_INTERVAL_MS,
    PAD_X,
    PAD_Y,
    RESIZE_DELAY_MS,
    SPEAKER,
    TEXT,
    TIME,
    SegmentTableModel,
)
from ui.meeting.transcript.table import TranscriptTable


class TranscriptView(PlaybackFollowing, TranscriptEdits, TranscriptFinding, QWidget):
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
        self._services: Services | None = None
        self._meeting_id: int | None = None
        self._undo_stack: QUndoStack | None = None
        self._last_cursor: tuple[int, str, int] | None = None  # segment, text, cursor
        self._auto_scrolling = False
        self._user_scrolled_at = -1e9
        self._follow_pending: tuple[int, float] | None = None

        self.model = SegmentTableModel(self)
        self.delegate = SegmentDelegate(self)
        self.table = TranscriptTable(self, self.delegate)
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self._setup_table()

        self.find_bar = FindReplaceBar(self)
        self._connect_find_bar()

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
        self._retranslate_find()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------------

    def load(self, services: Services, meeting_id: int, undo_stack: QUndoStack) -> None:
        """Show a meeting's transcript; edits are pushed onto `undo_stack` (the page's)."""
        self._close_editor(commit=True)
        if self._undo_stack is not undo_stack:
            for signal, slot in self._stack_connections():
                signal.disconnect(slot)
            self._undo_stack = undo_stack
            for signal, slot in self._stack_connections():
                signal.connect(slot)
        self._services, self._meeting_id = services, meeting_id
        self._last_cursor = None
        self.model.set_audio(services.meetings.audio(meeting_id))
        self.model.set_chair(services.meetings.get(meeting_id).chair)
        self.model.reset(services.transcript.segments(meeting_id))
        self.model.set_playing(None)
        self._shade_turns()
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
        if self._services is None:
            return
        if segment_ids is None:
            selected, scroll = self.selected_segment_ids(), self.table.verticalScrollBar().value()
            current = self.segment_at(self.table.currentIndex())
            self.model.set_audio(self._services.meetings.audio(self._meeting_id))
            playing = self.model.playing_id()
            self.model.reset(self._services.transcript.segments(self._meeting_id))
            still_there = playing is not None and self.model.row_of(playing) is not None
            self.model.set_playing(playing if still_there else None)
            self._shade_turns()
            self._resize_all_rows()
            self._select_ids(selected, current.id if current else None, scroll=False)
            self.table.verticalScrollBar().setValue(scroll)
            return
        fetched = {seg_id: self._fetch(seg_id) for seg_id in segment_ids}
        if any(s is not None and not self.model.knows_audio(s.audio_id) for s in fetched.values()):
            self.model.set_audio(self._services.meetings.audio(self._meeting_id))
        for row in sorted(set(self.model.apply(fetched)) | set(self.model.reshaped)):
            self.table.resizeRowToContents(row)  # changed rows, and those a turn now starts at
        self._shade_turns()
        self._update_actions()

    def _shade_turns(self) -> None:
        """With speakers, the turns are shaded in alternation; without, the rows are."""
        self.table.setAlternatingRowColors(not self.model.has_speakers())

    def append_segment(self, segment_id: int) -> None:
        """Add a segment the transcription just stored, without disturbing the clerk."""
        self.refresh([segment_id])

    def _fetch(self, segment_id: int) -> Segment | None:
        try:
            seg = self._services.transcript.segment(segment_id)
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
        names = [a.name for a in self._services.meetings.attendees(self._meeting_id)]
        names += self.model.speakers()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
        low, high = metrics.horizontalAdvance("Người nói 00"), metrics.averageCharWidth() * 26
        self.table.setColumnWidth(SPEAKER, min(max(widest, low), high) + 2 * PAD_X + 4 + STRIPE)

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
        has_rows = self._services is not None and self.model.rowCount() > 0
        self.find_bar.set_speakers(self.model.speakers())  # a no-op unless they changed
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
        if self._services is None or not self.model.rowCount():
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
