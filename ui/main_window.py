"""The main window: a sidebar of pages, the menus, drag-and-drop import, background imports."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import (
    QEvent,
    QSettings,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.services import Services
from ui.changes import changes
from ui.common.errors import show_error
from ui.help_menu import HelpActions
from ui.i18n import SETTINGS_KEY, current_language, install_language, tooltip_with_shortcut
from ui.meeting.page import MeetingPage
from ui.meeting.transcription.worker import TranscriptionManager
from ui.meetings.importing import ImportActions
from ui.meetings.view import MeetingsView
from ui.operations import Op, runner
from ui.recording.panel import RecordingPanel
from ui.register.page import TaskRegisterPage
from ui.settings.page import SettingsPage
from ui.startup_notices import StartupNotices

log = logging.getLogger(__name__)

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"


class MainWindow(ImportActions, StartupNotices, HelpActions, QMainWindow):
    """Signals: meetingOpened(meeting_id) when a meeting page is shown; importsFinished() when
    background imports are all done (errors already shown)."""

    meetingOpened = Signal(int)
    importsFinished = Signal()
    geometry_key, state_key = GEOMETRY_KEY, STATE_KEY  # the demo window keeps its own

    def __init__(
        self, services: Services, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.settings = settings
        self._jobs: list[Op] = []  # imports and the demo, started from this window
        self._errors: list[BaseException] = []
        self._damaged: list = []  # (import, DamagedAudioError): asked about when all are done
        self._last_imported: int | None = None
        self._interrupted: list[str] = []  # titles of meetings to offer resuming
        self.demo_window: QMainWindow | None = None  # the demo meeting, on its own database
        icon = self.style().standardIcon

        self.meetings_view = MeetingsView(services)
        self.meetings_view.openRequested.connect(self.open_meeting)
        self.meetings_view.importRequested.connect(self.choose_and_import)
        self.meetings_view.demoRequested.connect(self.open_demo_meeting)
        # At most one transcription runs at a time, whichever meeting page is showing.
        self.transcriptions = TranscriptionManager(services.path, self)
        self.meeting_page: QWidget = MeetingPage(services, self.transcriptions)
        self._connect_meeting_page(self.meeting_page)
        # The sidebar's "Nhiệm vụ (3 quá hạn)": counted on start, on every move in the sidebar
        # and shortly after tasks change (edits in a meeting page come in bursts: coalesced).
        self._overdue = 0
        self._overdue_timer = QTimer(self)
        self._overdue_timer.setSingleShot(True)
        self._overdue_timer.setInterval(500)
        self._overdue_timer.timeout.connect(self.update_overdue_count)
        changes().tasks_changed.connect(self.update_overdue_count)
        changes().meeting_changed.connect(self.schedule_overdue_count)
        changes().meetings_changed.connect(self._meetings_changed)
        self.tasks_page: QWidget = TaskRegisterPage(services)
        self._connect_tasks_page(self.tasks_page)
        self.settings_page = SettingsPage(services)
        self.settings_page.languageChosen.connect(self.set_language)

        # Settings scroll rather than widen the window: its long labels do not fit a small screen.
        self.settings_scroll = QScrollArea()
        self.settings_scroll.setWidgetResizable(True)
        self.settings_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.settings_scroll.setWidget(self.settings_page)
        self.stack = QStackedWidget()
        for page in (self.meetings_view, self.meeting_page, self.tasks_page, self.settings_scroll):
            self.stack.addWidget(page)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setIconSize(self.sidebar.iconSize() * 1.5)
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        self.sidebar.setStyleSheet("QListWidget#sidebar::item { padding: 6px 4px; }")
        sidebar_icons = (
            QStyle.StandardPixmap.SP_FileDialogListView,
            QStyle.StandardPixmap.SP_DialogApplyButton,
            QStyle.StandardPixmap.SP_ComputerIcon,
        )
        for pixmap in sidebar_icons:
            self.sidebar.addItem(QListWidgetItem(icon(pixmap), ""))
        self._sidebar_pages = [self.meetings_view, self.tasks_page, self.settings_scroll]
        self.sidebar.currentRowChanged.connect(self._show_sidebar_page)
        self.sidebar.itemClicked.connect(self._sidebar_clicked)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        row.addWidget(line)
        # Recording: a bar above the pages, so it stays in sight whatever page is shown.
        self.recording = RecordingPanel(services)
        self.recording.hide()
        self.recording.recordingStarted.connect(self._recording_started)
        self.recording.meetingRecorded.connect(self._recording_done)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.recording)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._busy_label = QLabel()
        self._busy_bar = QProgressBar()
        self._busy_bar.setRange(0, 0)  # indeterminate: decoding reports no progress
        self._busy_bar.setMaximumWidth(140)
        self._notice = QLabel()
        self._notice.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.statusBar().addWidget(self._notice, 1)
        self.statusBar().addPermanentWidget(self._busy_label)
        self.statusBar().addPermanentWidget(self._busy_bar)
        self._update_busy()
        self._notice.hide()

        self.setAcceptDrops(True)
        self.sidebar.setCurrentRow(0)
        self._restore_geometry()
        self.retranslate_ui()
        self._recovered, interrupted = self._recover()
        if self._recovered:  # told once the window is on screen
            QTimer.singleShot(0, self.show_recovered)
        if interrupted:
            self.show_interrupted(interrupted)

    # Building ------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        view = self.meetings_view
        self.action_demo = QAction(self)
        self.action_demo.triggered.connect(self.open_demo_meeting)
        self.action_quit = QAction(self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))  # StandardKey.Quit is empty on Windows
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.triggered.connect(self.close)
        self.action_record = QAction(self)
        self.action_record.setShortcut(QKeySequence("Ctrl+R"))
        self.action_record.triggered.connect(self.start_recording)
        # Another recording of the meeting that is open (a second part, a phone's copy).
        self.action_add_recording = QAction(self)
        self.action_add_recording.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.action_add_recording.triggered.connect(self.choose_and_add_recording)
        self.action_add_recording.setEnabled(False)
        self.stack.currentChanged.connect(self._update_meeting_actions)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.action_record)
        self.file_menu.addActions([view.action_import, self.action_add_recording, view.action_new])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_demo)
        self.add_review_actions(self.file_menu)  # open, export, merge review packages
        self.file_menu.addAction(self.action_quit)

        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        # Each language is named in itself, so these two are never translated.
        self.language_actions = {}
        for code, name in (("vi", "Tiếng Việt"), ("en", "English")):
            action = QAction(name, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            self.language_actions[code] = action
            self.language_menu.addAction(action)

        self._build_help_menu()

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Meeting Assistant"))
        self.file_menu.setTitle(self.tr("&Tệp"))
        self.view_menu.setTitle(self.tr("&Xem"))
        self.language_menu.setTitle(self.tr("&Ngôn ngữ"))
        self.help_menu.setTitle(self.tr("Trợ &giúp"))
        self.action_demo.setText(self.tr("Mở cuộc họp &mẫu"))
        self.action_quit.setText(self.tr("T&hoát"))
        self.action_about.setText(self.tr("&Giới thiệu"))
        self.action_guide.setText(self.tr("&Hướng dẫn sử dụng"))
        self.action_shortcuts.setText(self.tr("&Phím tắt"))
        self.action_record.setText(self.tr("&Ghi âm cuộc họp…"))
        self.action_add_recording.setText(self.tr("Thêm &bản ghi âm vào cuộc họp này…"))
        self._label_sidebar()
        actions = (self.action_record, self.action_add_recording, self.action_demo)
        for action in (*actions, self.action_quit, self.action_about):
            tooltip_with_shortcut(action)
        self._update_busy()
        self._update_notice()

    def _label_sidebar(self) -> None:
        tasks = self.tr("Nhiệm vụ")
        if self._overdue:
            tasks = self.tr("Nhiệm vụ ({n} quá hạn)").format(n=self._overdue)
        names = (self.tr("Cuộc họp"), tasks, self.tr("Cài đặt"))
        for row, name in enumerate(names):
            self.sidebar.item(row).setText(name)
        item = self.sidebar.item(1)
        item.setToolTip(
            self.tr("{n} nhiệm vụ chưa hoàn thành đã quá hạn").format(n=self._overdue)
            if self._overdue
            else ""
        )
        item.setData(Qt.ItemDataRole.ForegroundRole, QColor("#B3261E") if self._overdue else None)

    @Slot()
    def update_overdue_count(self) -> None:
        """Count the overdue tasks of all meetings again, for the sidebar."""
        self._overdue_timer.stop()
        today = getattr(self.tasks_page, "today", date.today)()
        self._overdue = self.services.tasks.overdue_count(today=today)
        self._label_sidebar()

    @Slot()
    def schedule_overdue_count(self) -> None:
        self._overdue_timer.start()

    def overdue_count(self) -> int:
        return self._overdue

    @Slot(str)
    def set_language(self, lang: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        app = QApplication.instance()
        if lang != current_language():
            install_language(app, lang)
        self.settings.setValue(SETTINGS_KEY, lang)
        try:  # the command line speaks it too
            self.services.settings.set_language(lang)
        except Exception:  # noqa: BLE001 — a read-only database: the window's choice holds
            log.warning("the language is not kept in the database", exc_info=True)
        self.language_actions[lang].setChecked(True)
        self.settings_page.show_language(lang)

    # Pages ---------------------------------------------------------------------------------

    @Slot(int)
    def _show_sidebar_page(self, row: int) -> None:
        if not 0 <= row < len(self._sidebar_pages):
            return
        page = self._sidebar_pages[row]
        self._leave_meeting_page()
        self.update_overdue_count()  # tasks may have changed in the page being left
        if page is self.meetings_view:
            self.meetings_view.refresh()  # states change while a meeting is open (transcription)
        self.stack.setCurrentWidget(page)
        self._select_sidebar_row(row)

    @Slot(QListWidgetItem)
    def _sidebar_clicked(self, item: QListWidgetItem) -> None:
        # "Meetings" is already the current row while a meeting is open: a click goes back.
        if self.sidebar.row(item) == 0 and self.stack.currentWidget() is self.meeting_page:
            self.show_meetings()

    def _select_sidebar_row(self, row: int) -> None:
        if self.sidebar.currentRow() != row:
            with QSignalBlocker(self.sidebar):
                self.sidebar.setCurrentRow(row)

    @Slot()
    def _meetings_changed(self) -> None:
        # The list is refreshed when it is shown; while it is, at once.
        if self.stack.currentWidget() is self.meetings_view:
            self.meetings_view.refresh()

    @Slot()
    def show_meetings(self) -> None:
        self._show_sidebar_page(0)

    @Slot(int)
    def open_meeting(self, meeting_id: int) -> None:
        """Show a meeting's page (it must expose `load(meeting_id)`) and emit meetingOpened."""
        self._leave_meeting_page()  # another meeting may be open, with text being typed
        try:
            self.meeting_page.load(meeting_id)
        except UserError as exc:  # deleted meanwhile
            show_error(self, exc)
            self.meetings_view.refresh()
            return
        self._select_sidebar_row(0)
        self.stack.setCurrentWidget(self.meeting_page)
        self._update_meeting_actions()  # the same page, another meeting
        self.meetingOpened.emit(meeting_id)

    def set_meeting_page(self, widget: QWidget) -> None:
        """Replace the meeting page (a placeholder until the detail page lands). The widget
        needs `load(meeting_id)`. Optional, used when present: signals `backRequested()`,
        `statusMessage(str)`, `meetingChanged(int)`; methods `flush()` (save open editors before
        leaving) and `confirm_close() -> bool` (asked before the window closes)."""
        index = self.stack.indexOf(self.meeting_page)
        showing = self.stack.currentWidget() is self.meeting_page
        old = self.meeting_page
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.insertWidget(index, widget)
        self.meeting_page = widget
        self._connect_meeting_page(widget)
        if showing:
            self.stack.setCurrentWidget(widget)

    def set_tasks_page(self, widget: QWidget) -> None:
        """Put the task register in place of its placeholder (sidebar row "Nhiệm vụ")."""
        index = self.stack.indexOf(self.tasks_page)
        showing = self.stack.currentWidget() is self.tasks_page
        self.stack.removeWidget(self.tasks_page)
        self.tasks_page.deleteLater()
        self.stack.insertWidget(index, widget)
        self._sidebar_pages[self._sidebar_pages.index(self.tasks_page)] = widget
        self.tasks_page = widget
        self._connect_tasks_page(widget)
        if showing:
            self.stack.setCurrentWidget(widget)

    def open_meeting_id(self) -> int | None:
        """The meeting whose page is showing, if one is."""
        if self.stack.currentWidget() is not self.meeting_page:
            return None
        return getattr(self.meeting_page, "meeting_id", None)

    @Slot()
    def _update_meeting_actions(self) -> None:
        self.action_add_recording.setEnabled(self.open_meeting_id() is not None)

    def _connect_meeting_page(self, page: QWidget) -> None:
        if hasattr(page, "addRecordingRequested"):
            page.addRecordingRequested.connect(self.choose_and_add_recording)
        if hasattr(page, "recordingsDropped"):
            page.recordingsDropped.connect(self.add_recordings)
        if hasattr(page, "backRequested"):
            page.backRequested.connect(self.show_meetings)
        if hasattr(page, "statusMessage"):
            page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        if hasattr(page, "settingsRequested"):
            page.settingsRequested.connect(lambda: self.sidebar.setCurrentRow(2))

    def _connect_tasks_page(self, page: QWidget) -> None:
        if hasattr(page, "open_meeting"):
            page.open_meeting.connect(self._open_from_register)
        if hasattr(page, "statusMessage"):
            page.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))

    @Slot(int)
    def _open_from_register(self, meeting_id: int) -> None:
        """Open the meeting a task of the register came from, with that task selected."""
        selected = getattr(self.tasks_page, "selected_row", lambda: None)()
        self.open_meeting(meeting_id)
        items = getattr(self.meeting_page, "items", None)
        if (
            selected is not None
            and selected.task.meeting_id == meeting_id
            and self.stack.currentWidget() is self.meeting_page
            and hasattr(items, "select_task")
        ):
            items.show_tasks()
            items.select_task(selected.task.id)

    def _leave_meeting_page(self) -> None:
        if self.stack.currentWidget() is self.meeting_page and hasattr(self.meeting_page, "flush"):
            self.meeting_page.flush()

    # Recording -----------------------------------------------------------------------------

    @Slot()
    def start_recording(self) -> None:
        """Show the recording bar, offering the open meeting (if one is shown) or a new one."""
        showing = self.stack.currentWidget() is self.meeting_page
        self.recording.prepare(getattr(self.meeting_page, "meeting_id", None) if showing else None)

    @Slot(int)
    def _recording_started(self, meeting_id: int) -> None:
        # The meeting (maybe just created) is opened: its transcript grows while recording.
        self.meetings_view.refresh()
        follow = getattr(self.meeting_page, "follow_recording", None)
        if follow is not None:
            follow(meeting_id)
        self.open_meeting(meeting_id)

    @Slot(int)
    def _recording_done(self, meeting_id: int) -> None:
        follow = getattr(self.meeting_page, "follow_recording", None)
        if follow is not None:
            follow(None)
        self.meetings_view.refresh()
        self.open_meeting(meeting_id)  # reloaded: the whole recording, its transcript

    # Demo ----------------------------------------------------------------------------------

    @Slot()
    def open_demo_meeting(self) -> None:
        """The demo meeting opens in a window of its own, on a database of its own: nothing the
        newcomer does there reaches the register, the reminders, the reports or the units."""
        from ui.demo_window import show_demo  # a MainWindow itself: imported when first needed

        show_demo(self)

    # Geometry ------------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(self.geometry_key)
        if geometry is not None and self.restoreGeometry(geometry):
            state = self.settings.value(self.state_key)
            if state is not None:
                self.restoreState(state)
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry()
        width = min(1200, int(available.width() * 0.9))
        height = min(780, int(available.height() * 0.9))
        self.resize(width, height)
        self.move(available.center() - self.rect().center())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.recording.confirm_close(self):  # never loses audio: stopped and saved
            event.ignore()
            return
        if self.demo_window is not None and not self.demo_window.close():
            event.ignore()
            return
        confirm = getattr(self.meeting_page, "confirm_close", None)
        if confirm is not None and not confirm():  # e.g. a transcription is running
            event.ignore()
            return
        self._leave_meeting_page()
        self._overdue_timer.stop()  # its database may be closed once the window is
        if self._jobs:
            # An import in flight finishes its copy rather than leave a half-written file.
            self.statusBar().showMessage(self.tr("Đang hoàn tất việc nhập tệp…"))
            runner().wait()
        self.settings.setValue(self.geometry_key, self.saveGeometry())
        self.settings.setValue(self.state_key, self.saveState())
        self.settings.sync()
        super().closeEvent(event)
