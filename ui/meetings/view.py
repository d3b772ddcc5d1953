"""The list of meetings: search as you type, open, create, edit, delete; a welcome panel when
there are none yet."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.labels import meeting_state_label as state_label
from meeting_assistant.models import MEETING_STATES
from meeting_assistant.services import Services
from meeting_assistant.text import fold, format_date
from ui.changes import changes
from ui.common.errors import show_error
from ui.common.rows_model import RowsModel
from ui.i18n import tooltip_with_shortcut
from ui.meetings.dialog import MeetingDialog

SEARCH_DELAY_MS = 250  # long enough not to query on every keystroke, short enough to feel live


def format_duration(seconds: float | None) -> str:
    """Seconds -> "h:mm:ss"; a meeting without audio shows a dash."""
    if not seconds:
        return "—"
    total = int(round(seconds))
    return f"{total // 3600}:{total % 3600 // 60:02d}:{total % 60:02d}"


def _created_day(stamp: str) -> str:
    """The local calendar day of a UTC creation stamp."""
    try:
        return datetime.fromisoformat(stamp).astimezone().date().isoformat()
    except ValueError:
        return stamp[:10]


class MeetingsModel(RowsModel):
    """Rows of `MeetingRepo.overview()`."""

    DATE, TITLE, DURATION, STATE = range(4)
    COLUMNS = 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("MeetingsModel", "Ngày"),
            QCoreApplication.translate("MeetingsModel", "Tên cuộc họp"),
            QCoreApplication.translate("MeetingsModel", "Thời lượng"),
            QCoreApplication.translate("MeetingsModel", "Trạng thái"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        undated = not row["date"]
        day = row["date"] or _created_day(row["created_at"])
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DATE:
                return format_date(day)
            if col == self.TITLE:
                return row["title"]
            if col == self.DURATION:
                return format_duration(row["duration"])
            return state_label(row["display_state"])
        if role == self.IdRole:
            return row["id"]
        if role == self.SortRole:
            if col == self.DATE:
                return f"{day}|{row['id']:010d}"  # same day: the one entered last first
            if col == self.TITLE:
                return fold(row["title"])
            if col == self.DURATION:
                return float(row["duration"] or 0)
            state = row["display_state"]
            return MEETING_STATES.index(state) if state in MEETING_STATES else -1
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if col == self.DATE and undated:
            # Imported meetings have no date until the clerk enters one: show the day it was
            # created, set apart so it is not mistaken for the meeting's date.
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "MeetingsModel", "Chưa ghi ngày họp; đây là ngày tạo cuộc họp."
                )
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE:
            return row["title"]
        return None


def confirm_delete(parent: QWidget, title: str) -> bool:
    """Ask before deleting a meeting; say what goes with it and what stays."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MeetingsView", "Xóa cuộc họp"))
    box.setText(
        QCoreApplication.translate("MeetingsView", "Xóa cuộc họp “{title}”?").format(title=title)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MeetingsView",
            "Bản ghi âm (bản sao trong thư mục dữ liệu), bản chép lời, các kết luận, nhiệm vụ và"
            " lịch sử sửa đổi của cuộc họp này đều bị xóa hẳn và không khôi phục được. Tệp ghi"
            " âm gốc mà bạn đã nhập (nếu có) không bị động đến.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("MeetingsView", "Xóa"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(
        QCoreApplication.translate("MeetingsView", "Hủy"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


class MeetingsView(QWidget):
    """Emits openRequested(meeting_id) on double-click/Enter; importRequested and demoRequested
    for the window to handle (imports run in its background pool); meetingsChanged after a
    create, edit or delete made here."""

    openRequested = Signal(int)
    importRequested = Signal()
    demoRequested = Signal()
    meetingsChanged = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        style = self.style()
        icon = style.standardIcon

        self.action_new = QAction(icon(QStyle.StandardPixmap.SP_FileIcon), "", self)
        self.action_new.setShortcut(QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_meeting)
        self.action_import = QAction(icon(QStyle.StandardPixmap.SP_DialogOpenButton), "", self)
        self.action_import.setShortcut(QKeySequence.StandardKey.Open)
        self.action_import.triggered.connect(self.importRequested)
        self.action_edit = QAction(icon(QStyle.StandardPixmap.SP_FileDialogDetailedView), "", self)
        self.action_edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.action_edit.triggered.connect(lambda: self.edit_meeting())
        self.action_delete = QAction(icon(QStyle.StandardPixmap.SP_TrashIcon), "", self)
        self.action_delete.setShortcut(QKeySequence.StandardKey.Delete)
        self.action_delete.triggered.connect(lambda: self.delete_meeting())
        for action in (self.action_edit, self.action_delete):
            # Only while the list has focus: Delete in the search box must edit the text.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.pages = QStackedWidget()
        self.empty_panel = self._build_empty_panel()
        self.list_panel = self._build_list_panel()
        self.pages.addWidget(self.empty_panel)
        self.pages.addWidget(self.list_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)

        self.retranslate_ui()
        self.refresh()

    # Building ------------------------------------------------------------------------------

    def _build_empty_panel(self) -> QWidget:
        panel = QWidget()
        self.empty_icon = QLabel()
        self.empty_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(64, 64)
        )
        self.empty_title = QLabel()
        font = self.empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.empty_title.setFont(font)
        self.empty_text = QLabel()
        self.empty_text.setWordWrap(True)
        self.empty_import_button = QPushButton()
        self.empty_import_button.setIcon(self.action_import.icon())
        self.empty_import_button.setDefault(True)
        self.empty_import_button.clicked.connect(self.importRequested)
        self.empty_demo_button = QPushButton()
        self.empty_demo_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay)
        )
        self.empty_demo_button.clicked.connect(self.demoRequested)
        for button in (self.empty_import_button, self.empty_demo_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(200)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.empty_import_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.empty_demo_button)
        buttons.addStretch()
        center = Qt.AlignmentFlag.AlignHCenter
        column = QVBoxLayout(panel)
        column.addStretch(2)
        column.addWidget(self.empty_icon, 0, center)
        column.addSpacing(8)
        column.addWidget(self.empty_title, 0, center)
        column.addSpacing(4)
        # A wrapped label gets its height for its width only when the layout sets the width
        # (no alignment flag): keep it narrow with stretches on both sides instead.
        text_row = QHBoxLayout()
        text_row.addStretch(1)
        text_row.addWidget(self.empty_text, 3)
        text_row.addStretch(1)
        column.addLayout(text_row)
        column.addSpacing(20)
        column.addLayout(buttons)
        column.addStretch(3)
        for label in (self.empty_title, self.empty_text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return panel

    def _build_list_panel(self) -> QWidget:
        panel = QWidget()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)  # narrow windows fold the tool bar instead
        self.search.setAcceptDrops(False)  # a dropped recording goes to the window, not here
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        # A tool bar folds what does not fit into a "»" menu, so the window can stay narrow.
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(QSize(16, 16))  # as tall as the search field beside it
        self.toolbar.addActions(
            [self.action_new, self.action_import, self.action_edit, self.action_delete]
        )
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.toolbar)

        self.model = MeetingsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(MeetingsModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingsModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for col in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if col == MeetingsModel.TITLE:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(col, mode)
        self.table.activated.connect(self._open_index)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.addActions([self.action_edit, self.action_delete])

        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        column = QVBoxLayout(panel)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addWidget(self.no_match, 1)
        return panel

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.action_new.setText(self.tr("Cuộc họp &mới…"))
        self.action_import.setText(self.tr("&Nhập tệp ghi âm…"))
        self.action_edit.setText(self.tr("&Sửa thông tin…"))
        self.action_delete.setText(self.tr("&Xóa"))
        for action in (self.action_new, self.action_import, self.action_edit, self.action_delete):
            tooltip_with_shortcut(action)
        self.search.setPlaceholderText(self.tr("Tìm cuộc họp (có dấu hoặc không dấu)…"))
        self.empty_title.setText(self.tr("Chưa có cuộc họp nào"))
        self.empty_text.setText(
            self.tr(
                "Kéo thả tệp ghi âm vào đây, hoặc bấm Nhập tệp ghi âm… để bắt đầu. Ứng dụng"
                " chép lời ngay trên máy này, không gửi dữ liệu ra ngoài."
            )
        )
        self.empty_import_button.setText(self.tr("Nhập tệp ghi âm…"))
        self.empty_import_button.setToolTip(self.action_import.toolTip())
        self.empty_demo_button.setText(self.tr("Xem cuộc họp mẫu"))
        self.model.retranslate()
        self._update_no_match()

    # Data ----------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload from the store, keeping the search and the selected meeting."""
        self._search_timer.stop()
        selected = self.selected_meeting_id()
        rows = self.services.meetings.overview()
        self.pages.setCurrentWidget(self.list_panel if rows else self.empty_panel)
        text = self.search.text().strip()
        if text:
            wanted = set(self.services.meetings.matching(text))
            rows = [r for r in rows if r["id"] in wanted]
        self.model.set_rows(rows)
        self._update_no_match()
        if selected is not None:
            self.select_meeting(selected)
        self._update_actions()

    def _update_no_match(self) -> None:
        empty = self.model.rowCount() == 0 and bool(self.search.text().strip())
        self.table.setVisible(not empty)
        self.no_match.setVisible(empty)
        if empty:
            self.no_match.setText(
                self.tr("Không có cuộc họp nào khớp với “{text}”.").format(
                    text=self.search.text().strip()
                )
            )

    def meeting_ids(self) -> list[int]:
        """The meetings listed, in the order shown."""
        return [
            self.proxy.index(r, 0).data(MeetingsModel.IdRole) for r in range(self.proxy.rowCount())
        ]

    def selected_meeting_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(MeetingsModel.IdRole) if rows else None

    def select_meeting(self, meeting_id: int) -> bool:
        """Select and show a meeting's row; False if it is not listed (e.g. filtered out)."""
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(MeetingsModel.IdRole) == meeting_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                return True
        return False

    @Slot()
    def _update_actions(self) -> None:
        has = self.selected_meeting_id() is not None
        self.action_edit.setEnabled(has)
        self.action_delete.setEnabled(has)

    @Slot(QModelIndex)
    def _open_index(self, index: QModelIndex) -> None:
        self.openRequested.emit(index.data(MeetingsModel.IdRole))

    # Commands ------------------------------------------------------------------------------

    @Slot()
    def new_meeting(self) -> int | None:
        """Create a meeting through the details dialog; its id, or None if cancelled."""
        dialog = MeetingDialog(self.services, None, self)
        if not dialog.exec():
            return None
        self._changed(dialog.meeting_id)
        self.openRequested.emit(dialog.meeting_id)  # the clerk goes on with the new meeting
        return dialog.meeting_id

    def edit_meeting(self, meeting_id: int | None = None) -> bool:
        meeting_id = meeting_id if meeting_id is not None else self.selected_meeting_id()
        if meeting_id is None:
            return False
        try:
            dialog = MeetingDialog(self.services, meeting_id, self)
        except UserError as exc:  # deleted meanwhile (another window, the command line)
            show_error(self, exc)
            self.refresh()
            return False
        if not dialog.exec():
            return False
        self._changed(meeting_id)
        return True

    def delete_meeting(self, meeting_id: int | None = None) -> bool:
        meeting_id = meeting_id if meeting_id is not None else self.selected_meeting_id()
        if meeting_id is None:
            return False
        try:
            title = self.services.meetings.get(meeting_id).title
            if not confirm_delete(self, title):
                return False
            self.services.meetings.delete(meeting_id)
        except UserError as exc:  # deleted meanwhile (another window, the command line)
            show_error(self, exc)
            self.refresh()
            return False
        self.refresh()
        self.meetingsChanged.emit()
        changes().notify_meetings()
        return True

    def _changed(self, meeting_id: int | None) -> None:
        self.refresh()
        if meeting_id is not None and not self.select_meeting(meeting_id):
            # A search hid it: clear the search so the clerk sees what was just saved.
            self.search.clear()
            self.refresh()
            self.select_meeting(meeting_id)
        self.meetingsChanged.emit()
        changes().notify_meetings()
