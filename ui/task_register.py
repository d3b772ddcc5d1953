"""The task register (sổ theo dõi nhiệm vụ): every meeting's tasks in one table, as the clerk
chases the units until each is done.

Above the table, a count of each status — the four categories official reports use first, then
the app's extras — for the tasks the other filters keep; clicking a count shows those tasks. The
selected task's progress log is below the table, with the commands that change its status
(done on a date the clerk gives, cancelled, reopened). Statuses are computed by the core
(`followup.register`), never stored, so the counts always match the command line's.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.followup.register import RegisterRow, task_register
from meeting_assistant.followup.status import (
    DEFAULT_DUE_SOON_DAYS,
    DUE_SOON,
    IN_PROGRESS,
    ONGOING,
    label,
)
from meeting_assistant.models import TaskUpdate
from meeting_assistant.store import Store

from . import document_actions
from .errors import show_error
from .meetings_view import format_date
from .status_cards import StatusCard
from .task_dialogs import CompletionDialog, ProgressDialog
from .task_editor import FlowLayout, UnitDirectoryModel, attach_unit_completer
from .task_register_model import (
    ACCENTS,
    ORDER,
    ROW_COLOURS,
    TOTAL,
    NumberedProxy,
    RegisterModel,
    deadline_text,
    pydate,
    qdate,
    quiet_colour,
)
from .unit_directory import UnitDirectoryDialog

SEARCH_DELAY_MS = 250
DUE_SOON_KEY = "followup.due_soon_days"
CARDS_IN_ONE_ROW = 960  # the page's width from which the eight counts fit in one row


class TaskRegisterPage(QWidget):
    """The register across all meetings. Emits open_meeting(meeting_id) for "Mở cuộc họp" (and a
    double-click on a row), tasksChanged() after a change made here (status, progress, units).
    `today` fixes the day statuses are computed for (tests); by default it is the real today."""

    open_meeting = Signal(int)
    tasksChanged = Signal()

    def __init__(
        self, store: Store, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self._today = today
        self._due_soon_days = DEFAULT_DUE_SOON_DAYS
        self._all_rows: list[RegisterRow] = []  # what the filters other than status keep
        self._status: str | None = None
        self._problem: UserError | None = None
        self._updates: list[TaskUpdate] = []
        self._meeting_ids: list[int | None] = []

        self._build_header()
        self._build_summary()
        self._build_filters()
        self._build_table()
        self._build_detail()

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        table_box = QWidget()
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.no_match, 1)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # a taller window shows more rows, not more detail
        self.splitter.setStretchFactor(1, 0)
        self._splitter_fitted = False

        layout = QVBoxLayout(self)
        layout.addLayout(self.header_row)
        layout.addLayout(self.summary)
        layout.addSpacing(2)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.filter_flow_box)
        layout.addWidget(self.splitter, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)

        self.retranslate_ui()
        self.refresh()

    def today(self) -> dt.date:
        """The day statuses are computed for."""
        return self._today or dt.date.today()

    # Building ------------------------------------------------------------------------------

    def _build_header(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.as_of = QLabel()
        _quiet(self.as_of)
        self.units_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogListView), ""
        )
        self.units_button.clicked.connect(self.edit_units)
        # The documents that come out of the register: a memo chasing one unit, the report.
        self.memo_button = QPushButton()
        self.memo_button.clicked.connect(lambda: self.preview_memo())
        self.report_button = QPushButton()
        self.report_button.clicked.connect(lambda: self.preview_report())
        self.preview = None  # the open document preview
        self.header_row = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.as_of)
        self.header_row.addLayout(titles)
        self.header_row.addStretch(1)
        self.header_row.addWidget(self.memo_button)
        self.header_row.addWidget(self.report_button)
        self.header_row.addWidget(self.units_button)

    def _build_summary(self) -> None:
        self.cards: dict[str, StatusCard] = {}
        self.summary = QGridLayout()
        self.summary.setHorizontalSpacing(6)
        self.summary.setVerticalSpacing(6)
        for key in (*ORDER, TOTAL):
            card = StatusCard(key)
            card.clicked.connect(lambda _=False, k=key: self._card_clicked(k))
            self.cards[key] = card
        self._card_rows = 0
        self._arrange_cards(1)

    def _arrange_cards(self, rows: int) -> None:
        """One row of counts in a wide window; in a narrow one, the four official categories
        over the rest."""
        if rows == self._card_rows:
            return
        self._card_rows = rows
        for card in self.cards.values():
            self.summary.removeWidget(card)
        for column in range(self.summary.columnCount()):
            self.summary.setColumnStretch(column, 0)
            self.summary.setColumnMinimumWidth(column, 0)
        if rows == 1:  # official | extras | total, a small gap between the groups
            places = [*range(4), *range(5, 8), 9]
            for gap in (4, 8):
                self.summary.setColumnMinimumWidth(gap, 6)
            cells = [(0, column) for column in places]
        else:
            cells = [(r, c) for r in range(2) for c in range(4)]
        for card, (r, c) in zip(self.cards.values(), cells, strict=True):
            self.summary.addWidget(card, r, c)
            self.summary.setColumnStretch(c, 1)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        self._arrange_cards(1 if self.width() >= CARDS_IN_ONE_ROW else 2)

    def _build_filters(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )

        self.units = UnitDirectoryModel(self)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_combo.setModel(self.units)
        self.unit_combo.setMaxVisibleItems(15)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.setMinimumContentsLength(8)
        self.unit_combo.lineEdit().setClearButtonEnabled(True)
        self.unit_combo.setCompleter(
            attach_unit_completer(self.unit_combo.lineEdit(), self.units, self._pick_unit)
        )
        self.unit_combo.lineEdit().editingFinished.connect(self._unit_entered)
        self.unit_combo.activated.connect(lambda _row: self._unit_entered())
        self.unit_combo.lineEdit().textChanged.connect(self._unit_text_changed)
        self._unit_applied = ""

        self.status_combo = QComboBox()
        self.status_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status_combo.setMinimumContentsLength(8)
        self.status_combo.addItem("", None)
        for key in ORDER:
            self.status_combo.addItem("", key)
        self.status_combo.activated.connect(
            lambda i: self.set_status_filter(self.status_combo.itemData(i))
        )

        self.meeting_combo = QComboBox()
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(8)
        self.meeting_combo.addItem("", None)
        self.meeting_combo.activated.connect(lambda _i: self.refresh())

        def date_edit() -> QDateEdit:
            edit = QDateEdit()
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
            edit.setDate(qdate(self.today()))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
            return edit

        self.from_check = QCheckBox()
        self.from_date = date_edit()
        self.to_check = QCheckBox()
        self.to_date = date_edit()
        self.due_check = QCheckBox()
        self.due_spin = QSpinBox()
        self.due_spin.setRange(0, 365)
        self.due_spin.setEnabled(False)
        self.due_spin.valueChanged.connect(lambda _v: self.refresh())
        for check, field in (
            (self.from_check, self.from_date),
            (self.to_check, self.to_date),
            (self.due_check, self.due_spin),
        ):
            check.toggled.connect(field.setEnabled)
            check.toggled.connect(lambda _c: self.refresh())
        self.key_check = QCheckBox()
        self.key_check.toggled.connect(lambda _c: self.refresh())
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_filters)

        # The combos name their "all" choice, so they need no labels; the rest wraps as needed.
        self.search.setMinimumWidth(130)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 3)
        self.filter_row.addWidget(self.unit_combo, 2)
        self.filter_row.addWidget(self.status_combo, 2)
        self.filter_row.addWidget(self.meeting_combo, 2)
        self.filter_flow_box = QWidget()
        flow = FlowLayout(self.filter_flow_box, spacing=6)
        for widgets in (
            (self.from_check, self.from_date),
            (self.to_check, self.to_date),
            (self.due_check, self.due_spin),
            (self.key_check,),
            (self.clear_button,),
        ):
            group = QWidget()
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 12, 0)
            row.setSpacing(4)
            for widget in widgets:
                row.addWidget(widget)
            flow.addWidget(group)

    def _build_table(self) -> None:
        self.model = RegisterModel(self)
        self.proxy = NumberedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(RegisterModel.SortRole)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegisterModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        widths = {
            RegisterModel.LEAD: 160,
            RegisterModel.COORDINATORS: 140,
            RegisterModel.DEADLINE: 96,
            RegisterModel.STATUS: 190,
            RegisterModel.MEETING: 150,
        }
        for col in range(self.model.columnCount()):
            if col == RegisterModel.NUMBER:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            elif col == RegisterModel.CONTENT:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                self.table.setColumnWidth(col, widths[col])
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.table.activated.connect(self._row_activated)

        self.no_match = QLabel()
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)  # names and text typed by people
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)
        _quiet(self.no_match)
        self.no_match.hide()

    def _build_detail(self) -> None:
        self.detail = QStackedWidget()
        self.detail_empty = QLabel()
        self.detail_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_empty.setWordWrap(True)
        _quiet(self.detail_empty)

        panel = QFrame()
        self.detail_content = QLabel()
        self.detail_content.setTextFormat(Qt.TextFormat.PlainText)  # text typed by people
        self.detail_content.setWordWrap(True)
        self.detail_content.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_content.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        font = self.detail_content.font()
        font.setBold(True)
        self.detail_content.setFont(font)
        self.detail_form = QFormLayout()
        self.detail_form.setHorizontalSpacing(10)
        self.detail_form.setVerticalSpacing(3)
        self.detail_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detail_labels: dict[str, QLabel] = {}
        self.detail_values: dict[str, QLabel] = {}
        for key in ("meeting", "lead", "coordinators", "deadline", "status"):
            name, value = QLabel(), QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            _quiet(name)
            self.detail_labels[key], self.detail_values[key] = name, value
            self.detail_form.addRow(name, value)

        self.open_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward), ""
        )
        self.open_button.clicked.connect(self._open_selected_meeting)
        self.done_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton), ""
        )
        self.done_button.clicked.connect(lambda: self.mark_done())
        self.cancel_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton), ""
        )
        self.cancel_button.clicked.connect(lambda: self.cancel_task())
        self.reopen_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload), ""
        )
        self.reopen_button.clicked.connect(lambda: self.reopen_task())
        buttons = QWidget()
        flow = FlowLayout(buttons, spacing=6)
        for button in (self.done_button, self.cancel_button, self.reopen_button, self.open_button):
            flow.addWidget(button)

        left_box = QWidget()
        left = QVBoxLayout(left_box)
        left.setContentsMargins(0, 0, 6, 0)
        left.addWidget(self.detail_content)
        left.addSpacing(4)
        left.addLayout(self.detail_form)
        left.addSpacing(8)
        left.addWidget(buttons)
        left.addStretch(1)
        # A short detail area scrolls rather than squeezing its lines into each other.
        self.detail_box = left_box
        left_scroll = QScrollArea()
        left_scroll.setWidget(left_box)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.progress_title = QLabel()
        font = self.progress_title.font()
        font.setBold(True)
        self.progress_title.setFont(font)
        # Reports are a few lines each: a read-only document wraps them as a table cannot.
        self.progress = QTextBrowser()
        self.progress.setOpenLinks(False)
        self.progress.setMinimumHeight(60)
        self._progress_shown: list[tuple[str, str, str]] = []
        self.progress_empty = QLabel()
        self.progress_empty.setWordWrap(True)
        self.progress_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        _quiet(self.progress_empty)
        self.progress_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), ""
        )
        self.progress_button.clicked.connect(lambda: self.add_progress())
        progress_head = QHBoxLayout()
        progress_head.addWidget(self.progress_title)
        progress_head.addStretch(1)
        progress_head.addWidget(self.progress_button)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addLayout(progress_head)
        right.addWidget(self.progress, 1)
        right.addWidget(self.progress_empty, 1)

        row = QHBoxLayout(panel)
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(left_scroll, 1)
        row.addSpacing(14)
        row.addLayout(right, 1)
        self.detail.addWidget(self.detail_empty)
        self.detail.addWidget(panel)
        self.detail_panel = panel

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Sổ theo dõi nhiệm vụ"))
        self.units_button.setText(self.tr("Danh mục đơn &vị…"))
        self.memo_button.setText(self.tr("Đôn đốc…"))
        self.memo_button.setToolTip(
            self.tr("Công văn đôn đốc đơn vị đang lọc (hoặc đơn vị chủ trì của nhiệm vụ đang chọn)"
                    " về các nhiệm vụ quá hạn và sắp đến hạn")
        )  # fmt: skip
        self.report_button.setText(self.tr("Báo cáo…"))
        self.report_button.setToolTip(
            self.tr("Báo cáo tình hình thực hiện nhiệm vụ theo kỳ (PDF hoặc CSV)")
        )
        self.units_button.setToolTip(
            self.tr("Sửa tên, tên viết tắt và cấp trên của các đơn vị được giao nhiệm vụ")
        )
        self._show_as_of()
        for key, card in self.cards.items():
            card.setText(self.tr("Tổng số") if key == TOTAL else label(key))
            card.set_count(card.count)
        self._card_tooltips()
        self.search.setPlaceholderText(self.tr("Tìm theo nội dung (có dấu hoặc không dấu)…"))
        self.unit_combo.lineEdit().setPlaceholderText(self.tr("Mọi đơn vị"))
        self.unit_combo.setToolTip(
            self.tr("Nhiệm vụ đơn vị chủ trì hoặc phối hợp; gõ tên có dấu hay không dấu")
        )
        self.status_combo.setItemText(0, self.tr("Mọi tình trạng"))
        for i, key in enumerate(ORDER, start=1):
            self.status_combo.setItemText(i, label(key))
        self.meeting_combo.setItemText(0, self.tr("Mọi cuộc họp"))
        self.from_check.setText(self.tr("Hạn &từ"))
        self.to_check.setText(self.tr("đế&n"))
        self.due_check.setText(self.tr("Đến hạn &trong"))
        self.due_check.setToolTip(
            self.tr("Nhiệm vụ chưa xong có hạn trong số ngày tới (kể cả đã quá hạn)")
        )
        self.due_spin.setSuffix(self.tr(" ngày"))
        self.key_check.setText(self.tr("Chỉ nhiệm vụ trọng &tâm"))
        self.clear_button.setText(self.tr("&Bỏ lọc"))
        self.model.retranslate()
        self.detail_empty.setText(
            self.tr("Chọn một nhiệm vụ để xem tiến độ, báo cáo kết quả hoặc đánh dấu hoàn thành.")
        )
        names = {
            "meeting": self.tr("Cuộc họp:"),
            "lead": self.tr("Chủ trì:"),
            "coordinators": self.tr("Phối hợp:"),
            "deadline": self.tr("Thời hạn:"),
            "status": self.tr("Tình trạng:"),
        }
        for key, text in names.items():
            self.detail_labels[key].setText(text)
        self.open_button.setText(self.tr("&Mở cuộc họp"))
        self.open_button.setToolTip(self.tr("Mở cuộc họp đã giao nhiệm vụ này để sửa nhiệm vụ"))
        self.done_button.setText(self.tr("Đánh dấu &hoàn thành…"))
        self.cancel_button.setText(self.tr("Hủ&y nhiệm vụ"))
        self.cancel_button.setToolTip(
            self.tr("Nhiệm vụ không còn phải thực hiện (được tính riêng, không tính là quá hạn)")
        )
        self.reopen_button.setText(self.tr("Mở &lại"))
        self.reopen_button.setToolTip(self.tr("Bỏ đánh dấu hoàn thành hoặc hủy"))
        self.progress_title.setText(self.tr("Tiến độ thực hiện"))
        self.progress_empty.setText(self.tr("Chưa có báo cáo tiến độ nào."))
        self.progress_button.setText(self.tr("Thêm &báo cáo tiến độ…"))
        self._update_no_match()
        self._show_detail(read=False)

    def _card_tooltips(self) -> None:
        days = self._due_soon_days
        self.cards[TOTAL].setToolTip(self.tr("Hiện mọi nhiệm vụ theo bộ lọc đang chọn"))
        for key in ORDER:
            self.cards[key].setToolTip(self.tr("Bấm để chỉ hiện các nhiệm vụ này."))
        self.cards[IN_PROGRESS].setToolTip(
            self.tr("Còn hơn {days} ngày mới đến hạn. Bấm để chỉ hiện các nhiệm vụ này.").format(
                days=days
            )
        )
        self.cards[DUE_SOON].setToolTip(
            self.tr(
                "Còn {days} ngày trở xuống đến hạn; trong báo cáo chính thức vẫn tính là đang"
                " thực hiện trong hạn. Bấm để chỉ hiện các nhiệm vụ này."
            ).format(days=days)
        )
        self.cards[ONGOING].setToolTip(
            self.tr(
                "Nhiệm vụ thường xuyên hoặc chưa có thời hạn. Bấm để chỉ hiện các nhiệm vụ này."
            )
        )

    def _show_as_of(self) -> None:
        self.as_of.setText(
            self.tr("Tính đến ngày {date}").format(date=self.today().strftime("%d/%m/%Y"))
        )

    # Data ----------------------------------------------------------------------------------

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()  # tasks change in the meetings' pages, and the day moves on
        if not self._splitter_fitted:
            # The detail as tall as its lines need (within reason); the table gets the rest.
            self._splitter_fitted = True
            total = sum(self.splitter.sizes())
            detail = min(self.detail_box.sizeHint().height() + 16, int(total * 0.4))
            self.splitter.setSizes([total - detail, detail])

    @Slot()
    def refresh(self) -> None:
        """Read the register again with the current filters, keeping the selected task."""
        self._search_timer.stop()
        selected = self.selected_task_id()
        self._due_soon_days = self.store.settings.get_int(DUE_SOON_KEY, DEFAULT_DUE_SOON_DAYS)
        if not self.due_check.isChecked():
            with _blocked(self.due_spin):
                self.due_spin.setValue(self._due_soon_days)
        self._reload_units()
        self._reload_meetings()
        self._problem = None
        try:
            rows = task_register(self.store, today=self.today(), due_soon_days=self._due_soon_days,
                                 **self.filters())  # fmt: skip
        except UserError as exc:  # a unit that is not in the directory
            rows, self._problem = [], exc
        self._all_rows = rows
        self._show_rows(selected)
        self._show_as_of()
        self._card_tooltips()  # the due-soon window may have changed

    # Documents -----------------------------------------------------------------------------

    def memo_unit(self) -> str | None:
        """The unit a memo chases: the one filtered on, else the selected task's lead unit."""
        if self._unit_applied:
            return self._unit_applied
        row = self.selected_row()
        return row.lead_unit if row is not None else None

    def preview_memo(self, unit: str | None = None) -> None:
        unit = unit or self.memo_unit()
        if not unit:
            names = [u.name for u in self.store.units.list()]
            if not names:
                return
            unit, ok = QInputDialog.getItem(
                self, self.tr("Công văn đôn đốc"), self.tr("Đơn vị được đôn đốc:"), names, 0, False
            )
            if not ok:
                return
        self.preview = document_actions.preview_memo(self, self.store, unit)

    def preview_report(self, period: tuple[dt.date | None, dt.date | None] | None = None) -> None:
        if period is None:
            dialog = document_actions.ReportPeriodDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            period = dialog.period()
        self.preview = document_actions.preview_report(self, self.store, *period)

    def filters(self) -> dict[str, Any]:
        """The filters other than status, as `task_register` takes them."""
        values: dict[str, Any] = {
            "unit": self._unit_applied or None,
            "meeting_id": self.meeting_combo.currentData(),
            "key_only": self.key_check.isChecked(),
            "text": self.search.text().strip() or None,
        }
        if self.due_check.isChecked():
            values["due_within"] = self.due_spin.value()
        if self.from_check.isChecked():
            values["deadline_from"] = pydate(self.from_date.date())
        if self.to_check.isChecked():
            values["deadline_to"] = pydate(self.to_date.date())
        return values

    def _show_rows(self, selected: int | None) -> None:
        counts = dict.fromkeys(ORDER, 0)
        for row in self._all_rows:
            counts[row.status] += 1
        for key, count in counts.items():
            self.cards[key].set_count(count)
        self.cards[TOTAL].set_count(len(self._all_rows))
        for key, card in self.cards.items():
            card.setChecked(key == (self._status or TOTAL))
        with _blocked(self.status_combo):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(self._status)))
        shown = [r for r in self._all_rows if self._status is None or r.status == self._status]
        self.model.set_rows(shown)
        self._update_no_match()
        if selected is None or not self.select_task(selected):
            self._show_detail()

    def counts(self) -> dict[str, int]:
        """The summary's figures: each status, and "total"."""
        return {key: card.count for key, card in self.cards.items()}

    def _reload_units(self) -> None:
        # The model is cleared when the directory changed: keep what the field shows.
        text = self.unit_combo.currentText()
        with _blocked(self.unit_combo), _blocked(self.unit_combo.lineEdit()):
            self.units.reload(self.store)
            if self.unit_combo.currentText() != text:
                self.unit_combo.setEditText(text)

    def _reload_meetings(self) -> None:
        meetings = self.store.meetings.list()
        ids: list[int | None] = [None, *(m.id for m in meetings)]
        if ids == self._meeting_ids:
            return
        current = self.meeting_combo.currentData()
        self._meeting_ids = ids
        with _blocked(self.meeting_combo):
            while self.meeting_combo.count() > 1:
                self.meeting_combo.removeItem(1)
            for meeting in meetings:
                text = meeting.title
                if meeting.date:
                    text = f"{format_date(meeting.date)} · {meeting.title}"
                self.meeting_combo.addItem(text, meeting.id)
                self.meeting_combo.setItemData(
                    self.meeting_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
                )
            self.meeting_combo.setCurrentIndex(max(0, self.meeting_combo.findData(current)))

    def _update_no_match(self) -> None:
        empty = self.model.rowCount() == 0
        self.table.setVisible(not empty)
        self.no_match.setVisible(empty)
        if not empty:
            return
        if self._problem is not None:
            self.no_match.setText(self._problem.message)
        elif self._all_rows:
            self.no_match.setText(self.tr("Không có nhiệm vụ nào ở tình trạng này."))
        elif self._filtered():
            self.no_match.setText(self.tr("Không có nhiệm vụ nào khớp với bộ lọc."))
        else:
            self.no_match.setText(
                self.tr(
                    "Chưa có nhiệm vụ nào. Mở một cuộc họp, chọn các đoạn trong bản chép lời"
                    " rồi bấm Nhiệm vụ (Ctrl+T) để giao nhiệm vụ."
                )
            )

    def _filtered(self) -> bool:
        return any(
            (
                self._unit_applied,
                self.meeting_combo.currentData() is not None,
                self.key_check.isChecked(),
                self.search.text().strip(),
                self.due_check.isChecked(),
                self.from_check.isChecked(),
                self.to_check.isChecked(),
            )
        )

    # Filters -------------------------------------------------------------------------------

    def set_status_filter(self, status: str | None) -> None:
        """Show only tasks in `status` (None: all); the counts stay as they are."""
        self._status = status
        self._show_rows(self.selected_task_id())

    def _card_clicked(self, key: str) -> None:
        if key == TOTAL or key == self._status:
            self.set_status_filter(None)
        else:
            self.set_status_filter(key)

    def set_unit_filter(self, text: str) -> None:
        """Filter by a unit as the clerk types it (name without accents, or abbreviation)."""
        self.unit_combo.setEditText(text)
        self._unit_entered()

    def _pick_unit(self, name: str) -> None:
        with _blocked(self.unit_combo):
            self.unit_combo.setEditText(name)
        self._unit_entered()

    def _unit_entered(self) -> None:
        typed = self.unit_combo.currentText().strip()
        found = self.store.units.find(typed) if typed else None
        if found is not None and found.name != typed:
            with _blocked(self.unit_combo):
                self.unit_combo.setEditText(found.name)  # the directory's spelling
            typed = found.name
        if typed != self._unit_applied:
            self._unit_applied = typed
            self.refresh()

    def _unit_text_changed(self, text: str) -> None:
        if not text and self._unit_applied:  # the clear button
            self._unit_applied = ""
            self.refresh()

    @Slot()
    def clear_filters(self) -> None:
        widgets = (self.search, self.unit_combo, self.meeting_combo, self.key_check,
                   self.due_check, self.from_check, self.to_check)  # fmt: skip
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.unit_combo.setEditText("")
            self.meeting_combo.setCurrentIndex(0)
            for check in (self.key_check, self.due_check, self.from_check, self.to_check):
                check.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        for check, field in (
            (self.from_check, self.from_date),
            (self.to_check, self.to_date),
            (self.due_check, self.due_spin),
        ):
            field.setEnabled(check.isChecked())
        self._unit_applied = ""
        self._status = None
        self.refresh()

    # Selection and detail ------------------------------------------------------------------

    def task_ids(self) -> list[int]:
        """The tasks listed, in the order shown."""
        return [
            self.proxy.index(r, 0).data(RegisterModel.IdRole) for r in range(self.proxy.rowCount())
        ]

    def selected_row(self) -> RegisterRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row(self.proxy.mapToSource(rows[0]).row())

    def selected_task_id(self) -> int | None:
        row = self.selected_row()
        return row.task.id if row else None

    def select_task(self, task_id: int) -> bool:
        for r in range(self.proxy.rowCount()):
            index = self.proxy.index(r, 0)
            if index.data(RegisterModel.IdRole) == task_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                self._show_detail()
                return True
        return False

    def _show_detail(self, read: bool = True) -> None:
        """Show the selected task; `read` re-reads its progress log (not on a language change)."""
        row = self.selected_row()
        if row is None:
            self.detail.setCurrentWidget(self.detail_empty)
            self._updates = []
            return
        task = row.task
        self.detail.setCurrentWidget(self.detail_panel)
        self.detail_content.setText(task.content)
        meeting = row.meeting_title
        if row.meeting_date:
            meeting = f"{meeting} ({format_date(row.meeting_date)})"
        values = self.detail_values
        values["meeting"].setText(meeting)
        values["lead"].setText(row.lead_unit or self.tr("Chưa giao đơn vị chủ trì"))
        values["coordinators"].setText(", ".join(row.coordinating_units) or "—")
        deadline = deadline_text(task)
        if task.deadline_text:
            deadline = self.tr("{deadline} — trong cuộc họp: “{words}”").format(
                deadline=deadline, words=task.deadline_text
            )
        values["deadline"].setText(deadline)
        status = label(row.status)
        if task.completed_on:
            status = self.tr("{status}, ngày {date}").format(
                status=status, date=format_date(task.completed_on)
            )
        elif task.cancelled_on:
            status = self.tr("{status}, ngày {date}").format(
                status=status, date=format_date(task.cancelled_on)
            )
        values["status"].setText(status)
        palette = values["status"].palette()
        colour = ROW_COLOURS[row.status][1] if row.status in ROW_COLOURS else ACCENTS[row.status]
        palette.setColor(values["status"].foregroundRole(), colour)
        values["status"].setPalette(palette)
        closed = bool(task.completed_on or task.cancelled_on)
        self.done_button.setEnabled(not closed)
        self.cancel_button.setEnabled(not closed)
        self.reopen_button.setEnabled(closed)
        if read:
            try:
                self._updates = self.store.items.task_updates(task.id)
            except Exception as error:
                show_error(self, error)
                self._updates = []
        self._fill_progress()

    def _fill_progress(self) -> None:
        newest_first = sorted(self._updates, key=lambda u: (u.date, u.id), reverse=True)
        self._progress_shown = [
            (format_date(u.date), u.reporter or "", u.note) for u in newest_first
        ]
        quiet = quiet_colour().name()
        blocks = []
        for day, reporter, note in self._progress_shown:
            head = f"<b>{escape(day)}</b>"
            if reporter:  # typed by people: escaped, so "<" and "&" print as written
                head += f' <span style="color:{quiet}">·</span> {escape(reporter)}'
            body = escape(note).replace("\n", "<br>")
            blocks.append(f'<p style="margin-top:0; margin-bottom:8px">{head}<br>{body}</p>')
        self.progress.setHtml("".join(blocks))
        self.progress.setVisible(bool(newest_first))
        self.progress_empty.setVisible(not newest_first)

    def progress_entries(self) -> list[tuple[str, str, str]]:
        """The progress log as shown: (date, reporter, note), newest first."""
        return list(self._progress_shown)

    # Commands ------------------------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        self._open_selected_meeting()

    @Slot()
    def _open_selected_meeting(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting.emit(row.task.meeting_id)

    def _target(self, task_id: int | None) -> RegisterRow | None:
        if task_id is not None and task_id != self.selected_task_id():
            self.select_task(task_id)
        return self.selected_row()

    def mark_done(self, task_id: int | None = None) -> bool:
        """Ask for the completion date (today by default) and mark the task done."""
        row = self._target(task_id)
        if row is None:
            return False
        dialog = CompletionDialog(row, self.today(), self._due_soon_days, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._save(row, completed_on=dialog.completed_on(), cancelled_on=None)

    def cancel_task(self, task_id: int | None = None) -> bool:
        row = self._target(task_id)
        if row is None:
            return False
        return self._save(row, cancelled_on=self.today().isoformat(), completed_on=None)

    def reopen_task(self, task_id: int | None = None) -> bool:
        """Undo "done" or "cancelled": the task is open again."""
        row = self._target(task_id)
        if row is None:
            return False
        return self._save(row, completed_on=None, cancelled_on=None)

    def _save(self, row: RegisterRow, **fields: Any) -> bool:
        try:
            self.store.items.update_task(row.task.id, **fields)
        except Exception as error:  # a UserError reads well; anything else is a bug
            show_error(self, error)
            self.refresh()
            return False
        self.refresh()
        self.select_task(row.task.id)  # still listed unless a status filter hides it now
        self.tasksChanged.emit()
        return True

    def add_progress(self, task_id: int | None = None) -> bool:
        """Ask for a progress report (date, reporter, note) and add it to the task's log."""
        row = self._target(task_id)
        if row is None:
            return False
        dialog = ProgressDialog(self.today(), row.lead_unit or "", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        date, note, reporter = dialog.values()
        if not note.strip():
            return False
        try:
            self.store.items.add_task_update(row.task.id, date, note, reporter)
        except Exception as error:
            show_error(self, error)
            self.refresh()
            return False
        self._show_detail()
        self.tasksChanged.emit()
        return True

    @Slot()
    def edit_units(self) -> None:
        """Open the unit directory; the register shows the new names when it closes."""
        dialog = UnitDirectoryDialog(self.store, self)
        changed: list[bool] = []
        dialog.unitsChanged.connect(lambda: changed.append(True))
        dialog.exec()
        dialog.deleteLater()
        if changed:
            self.refresh()
            self.tasksChanged.emit()


# Small helpers ----------------------------------------------------------------------------------


class _blocked:
    def __init__(self, obj) -> None:
        self._obj = obj

    def __enter__(self) -> None:
        self._was = self._obj.blockSignals(True)

    def __exit__(self, *exc) -> None:
        self._obj.blockSignals(self._was)


def _quiet(label: QLabel) -> None:
    palette = label.palette()
    palette.setColor(label.foregroundRole(), palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)


__all__ = ["TaskRegisterPage"]
