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
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.followup.status import (
    DEFAULT_DUE_SOON_DAYS,
    DUE_SOON,
    IN_PROGRESS,
    ONGOING,
)
from meeting_assistant.labels import status_label as label
from meeting_assistant.models import TaskUpdate
from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.register.commands import RegisterCommands
from ui.register.detail import RegisterDetail, quiet
from ui.register.filters import RegisterFilters
from ui.register.model import (
    ORDER,
    TOTAL,
    NumberedProxy,
    RegisterModel,
)
from ui.register.status_cards import StatusCard

CARDS_IN_ONE_ROW = 880  # the page's width from which the eight counts fit in one row


class TaskRegisterPage(RegisterCommands, QWidget):
    """The register across all meetings. Emits open_meeting(meeting_id) for "Mở cuộc họp" (a
    double-click or Enter on a row opens the task editor), tasksChanged() after a change made
    here (status, progress, units).
    `today` fixes the day statuses are computed for (tests); by default it is the real today."""

    open_meeting = Signal(int)
    tasksChanged = Signal()
    statusMessage = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self._due_soon_days = DEFAULT_DUE_SOON_DAYS
        self._all_rows: list[RegisterRow] = []  # what the filters other than status keep
        self._status: str | None = None
        self._problem: UserError | None = None
        self._updates: list[TaskUpdate] = []

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
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

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
        quiet(self.as_of)
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
        self.filter_bar = RegisterFilters(self.services, self.today)
        self.filter_bar.changed.connect(self.refresh)
        self.filter_bar.statusChosen.connect(self.set_status_filter)
        self.filter_bar.clearRequested.connect(self.clear_filters)
        bar = self.filter_bar  # its fields, reachable from the page as before
        self.search, self.units, self.unit_picker = bar.search, bar.units, bar.unit_picker
        self.status_combo, self.meeting_combo = bar.status_combo, bar.meeting_combo
        self.from_check, self.from_date = bar.from_check, bar.from_date
        self.to_check, self.to_date = bar.to_check, bar.to_date
        self.due_check, self.due_spin = bar.due_check, bar.due_spin
        self.key_check, self.clear_button = bar.key_check, bar.clear_button

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
        quiet(self.no_match)
        self.no_match.hide()

    def _build_detail(self) -> None:
        self.detail = RegisterDetail()
        self.detail.openRequested.connect(self._open_selected_meeting)
        self.detail.doneRequested.connect(lambda: self.mark_done())
        self.detail.cancelRequested.connect(lambda: self.cancel_task())
        self.detail.reopenRequested.connect(lambda: self.reopen_task())
        self.detail.progressRequested.connect(lambda: self.add_progress())
        detail = self.detail  # its parts, reachable from the page as before
        self.detail_empty, self.detail_panel, self.detail_box = (
            detail.detail_empty,
            detail.detail_panel,
            detail.detail_box,
        )
        self.detail_content, self.detail_form = detail.detail_content, detail.detail_form
        self.detail_labels, self.detail_values = detail.detail_labels, detail.detail_values
        self.open_button, self.done_button = detail.open_button, detail.done_button
        self.cancel_button, self.reopen_button = detail.cancel_button, detail.reopen_button
        self.progress_title, self.progress = detail.progress_title, detail.progress
        self.progress_empty, self.progress_button = detail.progress_empty, detail.progress_button

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
        self.filter_bar.retranslate_ui()
        self.model.retranslate()
        self.detail.retranslate_ui()
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
        self.filter_bar.stop_pending()
        selected = self.selected_task_id()
        self._due_soon_days = self.services.settings.due_soon_days
        self.filter_bar.set_due_soon_default(self._due_soon_days)
        self.filter_bar.reload()
        self._problem = None
        try:
            rows = self.services.tasks.register(
                today=self.today(), due_soon_days=self._due_soon_days, **self.filters()
            )
        except UserError as exc:  # a unit that is not in the directory
            rows, self._problem = [], exc
        self._all_rows = rows
        self._show_rows(selected)
        self._show_as_of()
        self._card_tooltips()  # the due-soon window may have changed

    def filters(self) -> dict[str, Any]:
        """The filters other than status, as `task_register` takes them."""
        return self.filter_bar.values()

    def _show_rows(self, selected: int | None) -> None:
        counts = dict.fromkeys(ORDER, 0)
        for row in self._all_rows:
            counts[row.status] += 1
        for key, count in counts.items():
            self.cards[key].set_count(count)
        self.cards[TOTAL].set_count(len(self._all_rows))
        for key, card in self.cards.items():
            card.setChecked(key == (self._status or TOTAL))
        self.filter_bar.show_status(self._status)
        shown = [r for r in self._all_rows if self._status is None or r.status == self._status]
        self.model.set_rows(shown)
        self._update_no_match()
        if selected is None or not self.select_task(selected):
            self._show_detail()

    def counts(self) -> dict[str, int]:
        """The summary's figures: each status, and "total"."""
        return {key: card.count for key, card in self.cards.items()}

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
        elif self.filter_bar.is_filtered():
            self.no_match.setText(self.tr("Không có nhiệm vụ nào khớp với bộ lọc."))
        else:
            self.no_match.setText(
                self.tr(
                    "Chưa có nhiệm vụ nào. Mở một cuộc họp, chọn các đoạn trong bản chép lời"
                    " rồi bấm Nhiệm vụ (Ctrl+T) để giao nhiệm vụ."
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
        self.filter_bar.set_unit(text)

    @Slot()
    def clear_filters(self) -> None:
        self.filter_bar.clear()
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
        self.detail.show_row(row)
        if row is None:
            self._updates = []
            return
        if read:
            try:
                self._updates = self.services.tasks.updates(row.task.id)
            except Exception as error:
                show_error(self, error)
                self._updates = []
        self.detail.show_progress(self._updates)

    def progress_entries(self) -> list[tuple[str, str, str]]:
        """The progress log as shown: (date, reporter, note), newest first."""
        return self.detail.progress_entries()


__all__ = ["TaskRegisterPage"]
