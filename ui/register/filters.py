"""The task register's filter bar: search, unit, status, meeting, deadline window, key tasks.

The status chosen here is the page's (the summary's counts pick it too): the bar only reports
it (`statusChosen`) and shows what the page says (`show_status`). Every other filter change
emits `changed`; `values()` gives the filters as `task_register` takes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.labels import status_label as label
from meeting_assistant.services import Services
from meeting_assistant.text import format_date
from ui.common.date_edit import DateEdit
from ui.common.flow_layout import FlowLayout
from ui.common.unit_picker import UnitPicker
from ui.register.model import ORDER, pydate, qdate

SEARCH_DELAY_MS = 250


class RegisterFilters(QWidget):
    """The filters other than status (and the status combo). Emits changed() when one of them
    changes (a search after a short pause), statusChosen(key or None) from the status combo,
    clearRequested() from "Bỏ lọc". `today` gives the day the date fields start on."""

    changed = Signal()
    statusChosen = Signal(object)
    clearRequested = Signal()

    def __init__(
        self, services: Services, today: Callable[[], dt.date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._today = today
        self._meeting_ids: list[int | None] = []
        self._build()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.filter_flow_box)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._search_timer.start)

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )

        # The directory's units only: a filter never adds one.
        self.unit_picker = UnitPicker(allow_new=False)
        self.unit_picker.set_services(self.services)
        self.units = self.unit_picker.directory
        self.unit_picker.choose_on_leave = False  # leaving applies what was typed, below
        self.unit_picker.unitChosen.connect(lambda _name: self._unit_entered())
        self.unit_picker.editingFinished.connect(self._unit_entered)
        self.unit_picker.textChanged.connect(self._unit_text_changed)
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
            lambda i: self.statusChosen.emit(self.status_combo.itemData(i))
        )

        self.meeting_combo = QComboBox()
        self.meeting_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.meeting_combo.setMinimumContentsLength(8)
        self.meeting_combo.addItem("", None)
        self.meeting_combo.activated.connect(lambda _i: self.changed.emit())

        def date_edit() -> QDateEdit:
            edit = DateEdit()
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
            edit.setDate(qdate(self._today()))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
            return edit

        self.from_check = QCheckBox()
        self.from_date = date_edit()
        self.to_check = QCheckBox()
        self.to_date = date_edit()
        self.due_check = QCheckBox()
        self.due_spin = QSpinBox()
        self.due_spin.setRange(0, 365)
        self.due_spin.setEnabled(False)
        self.due_spin.valueChanged.connect(lambda _v: self.changed.emit())
        for check, field in self._windows():
            check.toggled.connect(field.setEnabled)
            check.toggled.connect(lambda _c: self.changed.emit())
        self.key_check = QCheckBox()
        self.key_check.toggled.connect(lambda _c: self.changed.emit())
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clearRequested)

        # The combos name their "all" choice, so they need no labels; the rest wraps as needed.
        self.search.setMinimumWidth(130)
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 3)
        self.filter_row.addWidget(self.unit_picker, 2)
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

    def _windows(self) -> tuple[tuple[QCheckBox, QWidget], ...]:
        return (
            (self.from_check, self.from_date),
            (self.to_check, self.to_date),
            (self.due_check, self.due_spin),
        )

    # Language (the page relabels the bar, in its own order) ---------------------------------

    def retranslate_ui(self) -> None:
        self.search.setPlaceholderText(self.tr("Tìm theo nội dung (có dấu hoặc không dấu)…"))
        self.unit_picker.setPlaceholderText(self.tr("Mọi đơn vị"))
        self.unit_picker.setToolTip(
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

    # State ---------------------------------------------------------------------------------

    def stop_pending(self) -> None:
        """Forget a search typed but not yet applied (the page is reading the register now)."""
        self._search_timer.stop()

    def unit_applied(self) -> str:
        """The unit filtered on, in the directory's spelling ("" for none)."""
        return self._unit_applied

    def show_status(self, status: str | None) -> None:
        with QSignalBlocker(self.status_combo):
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status)))

    def set_due_soon_default(self, days: int) -> None:
        """The "due within" field follows the setting while it is not in use."""
        if not self.due_check.isChecked():
            with QSignalBlocker(self.due_spin):
                self.due_spin.setValue(days)

    def values(self) -> dict[str, Any]:
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

    def is_filtered(self) -> bool:
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

    def reload(self) -> None:
        """Read the unit directory and the meetings again (for the unit and meeting filters)."""
        self._reload_units()
        self._reload_meetings()

    def _reload_units(self) -> None:
        with QSignalBlocker(self.unit_picker):  # what the field shows stays as it is
            self.unit_picker.reload()

    def _reload_meetings(self) -> None:
        meetings = self.services.meetings.list()
        ids: list[int | None] = [None, *(m.id for m in meetings)]
        if ids == self._meeting_ids:
            return
        current = self.meeting_combo.currentData()
        self._meeting_ids = ids
        with QSignalBlocker(self.meeting_combo):
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

    # The unit filter -----------------------------------------------------------------------

    def set_unit(self, text: str) -> None:
        """Filter by a unit as the clerk types it (name without accents, or abbreviation)."""
        with QSignalBlocker(self.unit_picker):
            self.unit_picker.setText(text)
        self._unit_entered()

    def _unit_entered(self) -> None:
        typed = self.unit_picker.text().strip()
        found = self.services.units.find(typed) if typed else None
        if found is not None:
            self.unit_picker.set_unit(found.name)  # the directory's spelling
            typed = found.name
        # A name the directory lacks is applied too: the register then says there is no such unit.
        if typed != self._unit_applied:
            self._unit_applied = typed
            self.changed.emit()

    def _unit_text_changed(self, text: str) -> None:
        if not text and self._unit_applied:  # the clear button
            self._unit_applied = ""
            self.changed.emit()

    def clear(self) -> None:
        """Every filter back to "all", without emitting `changed` (the caller refreshes)."""
        widgets = (self.search, self.unit_picker, self.meeting_combo, self.key_check,
                   self.due_check, self.from_check, self.to_check)  # fmt: skip
        blockers = [QSignalBlocker(widget) for widget in widgets]
        self.search.clear()
        self.unit_picker.set_unit("")
        self.meeting_combo.setCurrentIndex(0)
        for check in (self.key_check, self.due_check, self.from_check, self.to_check):
            check.setChecked(False)
        for blocker in blockers:
            blocker.unblock()
        for check, field in self._windows():
            field.setEnabled(check.isChecked())
        self._unit_applied = ""


__all__ = ["RegisterFilters"]
