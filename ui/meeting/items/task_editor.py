"""The editor of one assigned task: content, lead and coordinating units, deadline, key flag, note.

Every change goes to the core (`services.items.update_task`) at once; typed text after a short
idle (`SAVE_DELAY_MS`) or when the field loses focus, whichever comes first. A unit name is saved
when the clerk finishes it (Enter, leaving the field, or picking it from the list), never
halfway through typing, so the unit directory does not fill up with fragments like "Sở Kế".
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import NotFoundError, UserError
from meeting_assistant.models import Task
from meeting_assistant.services import Services
from meeting_assistant.text import fold
from ui.common.errors import show_error
from ui.common.text_fields import (
    SAVE_DELAY_MS,
    DebouncedText,
    hint_label,
    level_label,
    make_secondary,
    text_edit,
)
from ui.common.unit_picker import UnitListPicker, UnitPicker

log = logging.getLogger(__name__)
ISO = Qt.DateFormat.ISODate


class TaskEditor(QWidget):
    """Edits one task (`set_task`); every change is stored at once."""

    # A change to the task was stored (the panel updates its row; the page its counts).
    taskChanged = Signal(int)

    DEADLINE_DATE, DEADLINE_ONGOING, DEADLINE_NONE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._task: Task | None = None
        self._saving = False

        # Content
        self.content_edit = text_edit(4, self)
        self._content = DebouncedText(self.content_edit)
        self._content.commit.connect(self._save_content)
        self._content.typed.connect(lambda text: self._draft("content", text))
        self.content_edit.textChanged.connect(self._show_content_hint)
        self.content_hint = hint_label(self)

        # Lead unit: chosen from the directory, or a new one the clerk confirms.
        self.lead_picker = UnitPicker(self)
        self.lead_picker.unitChosen.connect(self._save_lead)
        self.lead_picker.refused.connect(self._refused)

        # Coordinating units: chips, and a field to add one (or a pasted list).
        self.coordinators = UnitListPicker(self)
        self.coordinators.excluded = lambda: [self.lead_picker.unit()]
        self.coordinators.unitsChanged.connect(self._save_coordinators)
        self.coordinators.refused.connect(self._refused)
        self.coordinator_edit = self.coordinators.field
        self.add_coordinator_button = self.coordinators.add_button

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
        make_secondary(self.said_label, italic=True)
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
        self._note.typed.connect(lambda text: self._draft("note", text))

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
        self.lead_label.setBuddy(self.lead_picker)
        self.coordinators_label.setBuddy(self.coordinator_edit)
        self.deadline_label.setBuddy(self.date_radio)
        self.note_label.setBuddy(self.note_edit)
        self.form.addRow(self.content_label, content)
        self.form.addRow(self.lead_label, self.lead_picker)
        self.form.addRow(self.coordinators_label, self.coordinators)
        self.form.addRow(self.deadline_label, deadline)
        self.form.addRow("", self.key_check)
        self.form.addRow(self.note_label, self.note_edit)
        line_height = self.lead_picker.sizeHint().height()
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
        self.lead_picker.setPlaceholderText(self.tr("Chọn hoặc gõ tên đơn vị"))
        self.lead_picker.setToolTip(
            self.tr(
                "Gõ vài chữ, có dấu hay không dấu, để tìm trong danh mục đơn vị; Enter chọn"
                " đơn vị đang sáng. Tên mới chỉ được thêm vào danh mục khi bạn xác nhận."
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

    def set_task(self, services: Services | None, task_id: int | None) -> None:
        """Show the task `task_id` (None: show nothing, disabled)."""
        if self._task is not None and (services is not self._services or task_id != self._task.id):
            self.flush()
        self._services = services
        if services is None or task_id is None:
            self._task = None
            self._content.set_text("")
            self._note.set_text("")
            self.lead_picker.set_unit("")
            self.coordinators.set_units([])
            self.said_label.hide()
            self.content_hint.hide()
            self.setEnabled(False)
            return
        same = self._task is not None and self._task.id == task_id
        self._task = services.items.task(task_id)
        self.setEnabled(True)
        self._show(keep_typing=same)

    def reload(self) -> None:
        """Show the stored task again (after a change made elsewhere), keeping unsaved typing."""
        if self._services is not None and self._task is not None:
            self._task = self._services.items.task(self._task.id)
            self._show(keep_typing=True)

    def flush(self) -> None:
        """Store whatever is still waiting for its idle moment (before switching or closing)."""
        if self._task is None or self._saving:
            return
        self._content.flush()
        self._note.flush()
        if self._date_timer.isActive():
            self._save_date()
        self.lead_picker.keep_if_known()  # a known name typed and not yet confirmed

    def _show(self, keep_typing: bool) -> None:
        task, services = self._task, self._services
        assert task is not None and services is not None
        self.lead_picker.set_services(services)
        self.coordinators.set_services(services)
        lead, coordinators = services.items.unit_names(task)
        if not (keep_typing and self._content.pending()):
            self._content.set_text(task.content)
        if not (keep_typing and self._note.pending()):
            self._note.set_text(task.note or "")
        if not (keep_typing and self.lead_picker.pending()):
            self.lead_picker.set_unit(lead or "")
        self.coordinators.set_units(coordinators)
        with QSignalBlocker(self.deadline_group):
            if task.ongoing:
                self.ongoing_radio.setChecked(True)
            elif task.deadline:
                self.date_radio.setChecked(True)
            else:
                self.no_deadline_radio.setChecked(True)
        if not self._date_timer.isActive():
            # With no date yet, the field offers today for when "Ngày" is picked.
            shown = QDate.fromString(task.deadline, ISO) if task.deadline else QDate.currentDate()
            with QSignalBlocker(self.date_edit):
                self.date_edit.setDate(shown)
        self.date_edit.setEnabled(self.date_radio.isChecked())
        with QSignalBlocker(self.key_check):
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

    def chip_names(self) -> list[str]:
        """The coordinating units shown, in order."""
        return self.coordinators.units()

    def chip(self, name: str):
        return self.coordinators.chip(name)

    # Saving ----------------------------------------------------------------------------------

    def _save(self, **changes) -> bool:
        """Store `changes`; what the editor counts as saved is updated before anyone hears of
        it, and a listener that asks to flush again meanwhile stores nothing twice."""
        if self._services is None or self._task is None or self._saving:
            return False
        self._saving = True
        try:
            try:
                self._task = self._services.items.update_task(self._task.id, **changes)
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
                lead, coordinators = self._services.items.unit_names(self._task)
                self.lead_picker.set_unit(lead or "")
                self.coordinators.set_units(coordinators)
                self.lead_picker.reload()
                self.coordinators.field.reload()
            self.taskChanged.emit(self._task.id)
            return True
        finally:
            self._saving = False

    def _draft(self, field: str, text: str) -> None:
        """Keep each keystroke until the save (a crash before it loses nothing)."""
        if self._services is None or self._task is None:
            return
        try:
            self._services.items.save_draft("task", self._task.id, field, text)
        except Exception:  # noqa: BLE001 - the save after the idle moment still runs
            log.warning("could not keep the draft of a task", exc_info=True)

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

    def _save_lead(self, name: str) -> None:
        """The clerk chose the lead. A unit that coordinated the task becomes its lead and
        stops coordinating it (one unit, one role), in one change."""
        if self._task is None:
            return
        others = [n for n in self.coordinators.units() if fold(n) != fold(name)]
        changes: dict = {"lead_unit": name}
        if name and len(others) != len(self.coordinators.units()):
            changes["coordinating_units"] = others
        if not self._save(**changes):
            self.reload()

    def _save_coordinators(self, names: list[str]) -> None:
        if self._task is not None and not self._save(coordinating_units=names):
            self.reload()

    def _refused(self, message: str) -> None:
        show_error(self, UserError(message, message))

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


__all__ = ["TaskEditor"]
