"""Editing a proposal before accepting it: its text and, for a task, units and deadline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.followup.suggest import CONCLUSION, Suggestion
from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.common.unit_picker import UnitListPicker, UnitPicker


class SuggestionEditDialog(QDialog):
    """Edit a proposal before accepting it: its text and, for a task, units and deadline."""

    def __init__(
        self, suggestion: Suggestion, services: Services, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.services = services
        self.text = QPlainTextEdit(suggestion.text)
        self.text.setTabChangesFocus(True)
        # The same unit fields as the task editor: units of the directory, a new one only when
        # the clerk confirms it, a pasted list split into units and shown first.
        self.lead = UnitPicker(self)
        self.lead.set_services(services)
        self.lead.set_unit(suggestion.lead_unit or "")
        self.lead.refused.connect(lambda message: show_error(self, UserError(message, message)))
        self.coordinating = UnitListPicker(self)
        self.coordinating.set_services(services)
        self.coordinating.set_units(list(suggestion.coordinating_units))
        self.coordinating.excluded = lambda: [self.lead.unit()]
        self.coordinating.refused.connect(
            lambda message: show_error(self, UserError(message, message))
        )
        self.has_deadline = QCheckBox()
        self.deadline = QDateEdit()
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.deadline.setCalendarPopup(True)
        if suggestion.deadline:
            day = dt.date.fromisoformat(suggestion.deadline)
            self.deadline.setDate(QDate(day.year, day.month, day.day))
            self.has_deadline.setChecked(True)
        else:
            self.deadline.setDate(QDate.currentDate())
            self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.ongoing = QCheckBox()
        self.ongoing.setChecked(suggestion.ongoing)
        self.ongoing.toggled.connect(lambda on: self.has_deadline.setEnabled(not on))
        self.has_deadline.setEnabled(not suggestion.ongoing)
        self.labels = {name: QLabel() for name in ("text", "lead", "coordinating", "deadline")}
        # A label's "&" is a mnemonic only with a buddy; without one it is shown as typed.
        self.labels["text"].setBuddy(self.text)
        self.labels["lead"].setBuddy(self.lead)
        self.labels["coordinating"].setBuddy(self.coordinating.field)
        form = QFormLayout()
        form.addRow(self.labels["text"], self.text)
        is_task = suggestion.kind != CONCLUSION
        if is_task:
            when = QHBoxLayout()
            when.addWidget(self.has_deadline)
            when.addWidget(self.deadline)
            when.addWidget(self.ongoing)
            when.addStretch()
            form.addRow(self.labels["lead"], self.lead)
            form.addRow(self.labels["coordinating"], self.coordinating)
            form.addRow(self.labels["deadline"], when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 320 if is_task else 220)

    def edits(self) -> dict:
        values: dict = {"text": self.text.toPlainText()}
        if self.suggestion.kind != CONCLUSION:
            self.lead.keep_if_known()
            values["lead_unit"] = self.lead.unit()
            values["coordinating_units"] = self.coordinating.units()
            values["ongoing"] = self.ongoing.isChecked()
            values["deadline"] = (
                self.deadline.date().toString("yyyy-MM-dd")
                if self.has_deadline.isChecked() and not self.ongoing.isChecked()
                else None
            )
        return values

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.suggestion.kind == CONCLUSION:
            self.setWindowTitle(self.tr("Sửa rồi nhận đề xuất kết luận"))
        else:
            self.setWindowTitle(self.tr("Sửa rồi nhận đề xuất nhiệm vụ"))
        self.labels["text"].setText(self.tr("Nội &dung:"))
        self.labels["lead"].setText(self.tr("Đơn vị &chủ trì:"))
        self.labels["coordinating"].setText(self.tr("Đơn vị &phối hợp:"))
        self.labels["deadline"].setText(self.tr("Thời hạn:"))
        self.coordinating.field.setPlaceholderText(
            self.tr("Thêm đơn vị rồi nhấn Enter (dán được cả danh sách)")
        )
        self.coordinating.add_button.setText(self.tr("Thêm"))
        self.has_deadline.setText(self.tr("Có &hạn"))
        self.ongoing.setText(self.tr("&Thường xuyên"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nhận"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
