"""One meeting: its transcription, the transcript editor with playback, and its conclusions and
tasks side by side. Tagging (Ctrl+K, Ctrl+T) turns the selected segments into items."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.models import Meeting
from meeting_assistant.services import Change, Services
from meeting_assistant.text import format_date
from ui.changes import changes
from ui.common.errors import show_error
from ui.documents import actions as document_actions
from ui.documents.holes import CONCLUSIONS, MEETING, PREVIEW, SETTINGS, ask_about_holes
from ui.meeting.items.panel import ItemsPanel
from ui.meeting.playback.bar import PlayerBar
from ui.meeting.playback.player import AudioPlayer
from ui.meeting.suggestions.panel import SuggestionsPanel
from ui.meeting.transcript.view import TranscriptView
from ui.meeting.transcription.panel import TranscriptionPanel, confirm_close
from ui.meeting.transcription.worker import TranscriptionManager
from ui.meeting.undo import ChangeCommand
from ui.meetings.dialog import MeetingDialog
from ui.meetings.importing import local_files

LIVE_POLL_MS = 2000  # how often the page looks for segments transcribed while recording


class MeetingPage(QWidget):
    """`load(meeting_id)` shows a meeting. Emits `backRequested` for the meetings list,
    `meetingChanged(int)` when its details, transcript or items change, and `statusMessage`."""

    backRequested = Signal()
    meetingChanged = Signal(int)
    statusMessage = Signal(str)
    addRecordingRequested = Signal()  # the "Thêm bản ghi âm…" button: the window asks for files
    recordingsDropped = Signal(list)  # audio files dropped on the page: they join this meeting
    settingsRequested = Signal()  # the documents' settings are where the clerk must go

    def __init__(
        self, services: Services, manager: TranscriptionManager, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.manager = manager
        self.meeting_id: int | None = None
        self._meeting: Meeting | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._undo_index_changed)
        # While this meeting is being recorded, the core saves live segments: shown as they come.
        self._recording_id: int | None = None
        self._live_ids: set[int] = set()
        self._live_count = 0
        self._live_timer = QTimer(self)
        self._live_timer.setInterval(LIVE_POLL_MS)
        self._live_timer.timeout.connect(self._poll_live_segments)

        self.back_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowBack), ""
        )
        self.back_button.clicked.connect(self.backRequested)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_details)
        self.add_audio_button = QPushButton()
        self.add_audio_button.clicked.connect(self.addRecordingRequested)
        self.setAcceptDrops(True)
        # The documents that follow the meeting, each previewed before it is saved or printed.
        self.notice_action = QAction(self)
        self.notice_action.setShortcut(QKeySequence.StandardKey.Print)
        self.notice_action.triggered.connect(self.preview_notice)
        self.minutes_action = QAction(self)
        self.minutes_action.triggered.connect(self.preview_minutes)
        self.transcript_action = QAction(self)
        self.transcript_action.triggered.connect(self.save_transcript)
        self.documents_menu = QMenu(self)
        for action in (self.notice_action, self.minutes_action, self.transcript_action):
            self.documents_menu.addAction(action)
        self.notice_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.notice_action)
        self.documents_button = QToolButton()
        self.documents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.documents_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.documents_button.setMenu(self.documents_menu)
        self.preview = None  # the open document preview, kept so tests and the clerk can reach it

        self.conclusion_action = QAction(self)
        self.conclusion_action.setShortcut(QKeySequence("Ctrl+K"))
        self.conclusion_action.triggered.connect(lambda: self.tag("conclusion"))
        self.task_action = QAction(self)
        self.task_action.setShortcut(QKeySequence("Ctrl+T"))
        self.task_action.triggered.connect(lambda: self.tag("task"))
        self.speakers_action = QAction(self)
        self.speakers_action.triggered.connect(self.show_speakers)
        self.suggestions_action = QAction(self)
        self.suggestions_action.setShortcut(QKeySequence("Ctrl+D"))
        self.suggestions_action.triggered.connect(lambda: self.show_suggestions())
        for action in (self.conclusion_action, self.task_action, self.suggestions_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

        self.transcript = TranscriptView()
        self.transcript.statusMessage.connect(self.statusMessage)
        self.player = AudioPlayer(self)
        self.player_bar = PlayerBar(self.player)
        self.player.errorOccurred.connect(self.statusMessage)
        self.items = ItemsPanel()
        self.items.itemsChanged.connect(self._emit_changed)
        self.items.statusMessage.connect(self.statusMessage)
        self.items.playSpanRequested.connect(self.player.play_span)
        # Proposals read from the transcript, in a third tab beside conclusions and tasks.
        self.suggestions = SuggestionsPanel()
        self._suggestion_count = 0
        self.suggestions_tab = self.items.tabs.addTab(self.suggestions, "")
        self.suggestions.countChanged.connect(self._show_suggestion_count)
        self.suggestions.accepted.connect(self._suggestion_accepted)
        self.suggestions.statusMessage.connect(self.statusMessage)
        self.transcript.follow_player(self.player)
        # Ctrl+Z / Ctrl+Y anywhere on the page (the proposals list too): the one undo stack.
        self.addAction(self.transcript.undo_action)
        self.addAction(self.transcript.redo_action)

        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.conclusion_action)
        self.toolbar.addAction(self.task_action)
        self.toolbar.addAction(self.suggestions_action)
        self.toolbar.addAction(self.speakers_action)
        self.toolbar.addSeparator()
        # What fits a 1366×768 (and 1280×720) window without the "»" overflow: undo and redo as
        # icons; find next/previous stay on F3 / Shift+F3 and in the find bar.
        view = self.transcript
        undo_icons = (
            (view.undo_action, QIcon.ThemeIcon.EditUndo, QStyle.StandardPixmap.SP_ArrowLeft),
            (view.redo_action, QIcon.ThemeIcon.EditRedo, QStyle.StandardPixmap.SP_ArrowRight),
        )
        for action, theme, fallback in undo_icons:
            action.setIcon(QIcon.fromTheme(theme, self.style().standardIcon(fallback)))
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        for action in (view.edit_action, view.split_action, view.merge_action,
                       view.speaker_action, view.find_action, view.replace_action):  # fmt: skip
            self.toolbar.addAction(action)

        self.transcription: TranscriptionPanel | None = None
        self._transcription_slot = QVBoxLayout()
        self._transcription_slot.setContentsMargins(0, 0, 0, 0)

        header = QHBoxLayout()
        header.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        titles = QVBoxLayout()
        titles.addWidget(self.title)
        titles.addWidget(self.details)
        header.addLayout(titles, 1)
        header.addWidget(self.add_audio_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.documents_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.transcript, 1)
        left_layout.addWidget(self.player_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.items)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self._transcription_slot)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self.retranslate_ui()

    # Loading -------------------------------------------------------------------------------

    def load(self, meeting_id: int) -> None:
        meeting = self.services.meetings.get(meeting_id)  # NotFoundError before anything changes
        self.flush()
        self.meeting_id = meeting.id
        self.undo_stack.clear()
        self._show_details()
        if self.transcription is not None:
            self.transcription.setParent(None)
            self.transcription.deleteLater()
        self.transcription = TranscriptionPanel(self.services, meeting.id, self.manager)
        self.transcription.playback_position = self.player.global_position
        self.transcription.segmentAdded.connect(self.transcript.append_segment)
        self.transcription.segmentAdded.connect(self.suggestions.refresh_later)
        self.transcription.stateChanged.connect(self._transcription_state_changed)
        self.transcription.replaced.connect(self._segments_replaced)
        self._transcription_slot.addWidget(self.transcription)
        self.transcript.load(self.services, meeting.id, self.undo_stack)
        self.player.load(self.services, meeting.id)
        self.items.load(self.services, meeting.id, self.undo_stack)
        self.suggestions.load(self.services, meeting.id, self.undo_stack)
        self._start_following()

    def follow_recording(self, meeting_id: int | None) -> None:
        """`meeting_id` is being recorded (None: no longer): while it is the one shown, the
        segments its live transcription saves are appended, and "Chép lời" waits."""
        self._recording_id = meeting_id
        self._start_following()

    def _start_following(self) -> None:
        following = self._recording_id is not None and self._recording_id == self.meeting_id
        if self.transcription is not None:  # the recording bar says how far it has come
            self.transcription.setVisible(not following)
        if not following:
            self._live_timer.stop()
            return
        self._live_ids = {s.id for s in self.services.transcript.segments(self.meeting_id)}
        self._live_count = len(self._live_ids)
        self._live_timer.start()

    @Slot()
    def _poll_live_segments(self) -> None:
        if self.meeting_id is None or self.meeting_id != self._recording_id:
            self._live_timer.stop()
            return
        count = self.services.transcript.count(self.meeting_id)  # cheap; read them only on a change
        if count == self._live_count:
            return
        self._live_count = count
        for segment in self.services.transcript.segments(self.meeting_id):
            if segment.id not in self._live_ids:
                self._live_ids.add(segment.id)
                self.transcript.append_segment(segment.id)
        self.suggestions.refresh_later()

    def _show_details(self, meeting: Meeting | None = None) -> None:
        meeting = meeting or self.services.meetings.get(self.meeting_id)
        self._meeting = meeting
        self.title.setText(meeting.title)
        parts = []
        if meeting.date:
            parts.append(format_date(meeting.date))
        if meeting.start_time:
            parts.append("–".join(t for t in (meeting.start_time, meeting.end_time) if t))
        if meeting.place:
            parts.append(meeting.place)
        if meeting.chair:
            parts.append(self.tr("Chủ trì: {name}").format(name=meeting.chair))
        if meeting.secretary:
            parts.append(self.tr("Thư ký: {name}").format(name=meeting.secretary))
        self.details.setText(" · ".join(parts))

    def flush(self) -> None:
        """Save what is being typed (open editors) before leaving the meeting."""
        self.items.flush()

    # Actions -------------------------------------------------------------------------------

    @Slot()
    def edit_details(self) -> None:
        if self.meeting_id is None:
            return
        dialog = MeetingDialog(self.services, self.meeting_id, self)
        if dialog.exec():
            self._show_details()
            self.transcript.load(self.services, self.meeting_id, self.undo_stack)  # speaker list
            self._emit_changed()

    @Slot()
    def preview_notice(self) -> None:
        self._preview("notice", document_actions.preview_notice)

    @Slot()
    def preview_minutes(self) -> None:
        self._preview("minutes", document_actions.preview_minutes)

    def _preview(self, kind: str, open_preview) -> None:
        """What the document lacks is asked for first (Settings, the meeting's details, draft
        conclusions); the preview opens once it is complete, or as a draft if the clerk wants."""
        if self.meeting_id is None:
            return
        self.flush()
        while True:
            answer = ask_about_holes(self, self.services, self.meeting_id, kind)
            if answer == MEETING:
                self.edit_details()
                continue  # asked again with what the clerk filled in
            break
        if answer == SETTINGS:
            self.settingsRequested.emit()
        elif answer == CONCLUSIONS:
            self.items.show_conclusions()
        elif answer == PREVIEW:
            self.preview = open_preview(self, self.services, self.meeting_id)

    @Slot()
    def save_transcript(self) -> None:
        if self.meeting_id is not None:
            path = document_actions.save_transcript(self, self.services, self.meeting_id)
            if path is not None:
                self.statusMessage.emit(self.tr("Đã lưu {path}").format(path=str(path)))

    def tag(self, kind: str) -> None:
        """Make a conclusion or a task of the selected segments (undoable)."""
        if self.meeting_id is None:
            return
        ids = self.transcript.selected_segment_ids()
        try:
            item, change = self.services.items.from_segments(kind, ids)
        except UserError as exc:
            show_error(self, exc)
            return
        text = self.tr("Tạo kết luận") if kind == "conclusion" else self.tr("Tạo nhiệm vụ")
        self.undo_stack.push(ChangeCommand(text, self.services, change, self._item_undone))
        self.items_changed()
        if kind == "conclusion":
            self.items.show_conclusions()
            self.items.select_conclusion(item.id)
            self.statusMessage.emit(self.tr("Đã tạo kết luận từ {n} đoạn.").format(n=len(ids)))
        else:
            self.items.show_tasks()
            self.items.select_task(item.id)
            self.statusMessage.emit(self.tr("Đã tạo nhiệm vụ từ {n} đoạn.").format(n=len(ids)))

    def show_suggestions(self) -> None:
        self.items.tabs.setCurrentIndex(self.suggestions_tab)
        self.suggestions.list.setFocus()

    def _show_suggestion_count(self, count: int) -> None:
        self._suggestion_count = count
        self.items.tabs.setTabText(self.suggestions_tab, self.tr("Đề xuất ({n})").format(n=count))

    def _suggestion_accepted(self, kind: str, item_id: int) -> None:
        self.items_changed()
        # Stay on the proposals: the clerk goes on through them one keystroke at a time.
        self.show_suggestions()

    @Slot(int)
    def _undo_index_changed(self, index: int) -> None:
        """An edit, undo or redo: when it touched the transcript or the items (not only a
        proposal's decision, which the proposals list shows itself), the proposals are read
        again shortly, in the background."""
        for at in (index - 1, index):  # the command just done, or just undone
            command = self.undo_stack.command(at) if 0 <= at < self.undo_stack.count() else None
            change = getattr(command, "change", None)
            if command is not None and (change is None or set(change.after) | set(change.before)
                                        != {"suggestion_decisions"}):  # fmt: skip
                self.suggestions.refresh_later()
                return

    def _item_undone(self, _change: Change, _undone: bool) -> None:
        self.items_changed()

    def _segments_replaced(self, change: Change) -> None:
        """A re-transcription replaced the clerk's segments: one step on the undo stack."""
        self.undo_stack.push(
            ChangeCommand(
                self.tr("Thay các đoạn đã sửa"), self.services, change, self._replaced_undone
            )
        )
        self._replaced_undone(change, False)

    def _replaced_undone(self, _change: Change, _undone: bool) -> None:
        self.transcript.refresh()
        self.items_changed()

    def items_changed(self) -> None:
        self.items.refresh()
        self._emit_changed()

    def _emit_changed(self) -> None:
        if self.meeting_id is not None:
            self.meetingChanged.emit(self.meeting_id)
            changes().notify_meeting(self.meeting_id)

    def _transcription_state_changed(self) -> None:
        if self.transcription is not None and not self.transcription.is_running():
            # A finished run may have changed segments' times: re-read the audio too.
            self.player.load(self.services, self.meeting_id)
            self.suggestions.read_in_background()  # a new transcript: new proposals
        self._emit_changed()

    def confirm_close(self) -> bool:
        """Before the window closes: a running transcription (of any meeting) asks first."""
        return confirm_close(self.window(), self.manager)

    # Drag and drop: recordings dropped here are added to this meeting, after its others.

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.meeting_id is not None and local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.meeting_id is not None and local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_files(event)
        if self.meeting_id is not None and paths:
            event.acceptProposedAction()
            self.recordingsDropped.emit(paths)

    # Language ------------------------------------------------------------------------------

    def show_speakers(self) -> None:
        """The voices of this meeting, to name after its attendees (a dialog of its own)."""
        from ui.meeting.speakers.dialog import SpeakersDialog

        if self.meeting_id is None:
            return
        self.speakers_dialog = SpeakersDialog(
            self.services, self.meeting_id, play=self.player.play_span, parent=self
        )
        self.speakers_dialog.finished.connect(lambda _r: self.load(self.meeting_id))
        self.speakers_dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.back_button.setText(self.tr("Danh sách cuộc họp"))
        self.edit_button.setText(self.tr("Sửa thông tin…"))
        self.add_audio_button.setText(self.tr("Thêm bản ghi âm…"))
        self.add_audio_button.setToolTip(
            self.tr(
                "Thêm tệp ghi âm vào cuộc họp này, sau các tệp đã có (hoặc kéo thả tệp vào đây)"
            )
        )
        self._show_suggestion_count(self._suggestion_count)
        self.suggestions_action.setText(self.tr("Đề xuất"))
        self.speakers_action.setText(self.tr("Người nói…"))
        self.speakers_action.setToolTip(self.tr("Tìm người nói và đặt tên theo danh sách đại biểu"))
        self.suggestions_action.setToolTip(
            self.tr("Các kết luận, nhiệm vụ đề xuất từ bản chép lời ({shortcut})").format(
                shortcut="Ctrl+D"
            )
        )
        self.documents_button.setText(self.tr("Văn bản"))
        self.notice_action.setText(self.tr("Thông báo kết luận…"))
        self.minutes_action.setText(self.tr("Biên bản cuộc họp…"))
        self.transcript_action.setText(self.tr("Lưu bản ghi lời…"))
        self.notice_action.setToolTip(
            self.tr("Xem và in thông báo kết luận ({shortcut})").format(
                shortcut=QKeySequence(QKeySequence.StandardKey.Print).toString(
                    QKeySequence.SequenceFormat.NativeText
                )
            )
        )
        self.conclusion_action.setText(self.tr("Kết luận"))
        self.conclusion_action.setToolTip(
            self.tr("Tạo kết luận từ các đoạn đang chọn ({shortcut})").format(shortcut="Ctrl+K")
        )
        self.task_action.setText(self.tr("Nhiệm vụ"))
        self.task_action.setToolTip(
            self.tr("Tạo nhiệm vụ từ các đoạn đang chọn ({shortcut})").format(shortcut="Ctrl+T")
        )
        if self._meeting is not None:
            self._show_details(self._meeting)  # relabel only: no database read here
