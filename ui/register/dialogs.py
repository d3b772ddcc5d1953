"""The task register's dialogs: completing a task on a given date, and one progress report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.followup.status import task_status
from meeting_assistant.labels import status_label as label
from meeting_assistant.models import Task
from ui.common.date_edit import DateEdit
from ui.register.model import ACCENTS, ISO, deadline_text, qdate


class CompletionDialog(QDialog):
    """Asks on what date a task was completed (today by default, never before its meeting) and
    says which official category that date puts it in."""

    def __init__(
        self, row: RegisterRow, today: dt.date, due_soon_days: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._row = row
        self._due_soon_days = due_soon_days
        self.task_label = QLabel()
        self.task_label.setTextFormat(Qt.TextFormat.PlainText)  # text typed by people
        self.task_label.setWordWrap(True)
        self.task_label.setText(row.task.content)
        self.task_label.setMinimumWidth(380)
        self.date_edit = DateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        earliest = QDate(2000, 1, 1)
        if row.meeting_date:
            earliest = QDate.fromString(row.meeting_date[:10], ISO)
        self.date_edit.setDateRange(earliest, QDate(2100, 12, 31))
        self.date_edit.setDate(max(qdate(today), earliest))
        self.date_edit.dateChanged.connect(self._show_outcome)
        self.date_label = QLabel()
        self.date_label.setBuddy(self.date_edit)
        self.deadline_label = QLabel()
        self.deadline_value = QLabel()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.deadline_label, self.deadline_value)
        form.addRow(self.date_label, self.date_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.task_label)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Đánh dấu hoàn thành"))
        self.date_label.setText(self.tr("&Ngày hoàn thành:"))
        self.deadline_label.setText(self.tr("Thời hạn:"))
        self.deadline_value.setText(deadline_text(self._row.task))
        self.date_edit.setToolTip(
            self.tr("Ngày đơn vị hoàn thành nhiệm vụ; không trước ngày họp giao nhiệm vụ.")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Đánh dấu &hoàn thành")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        self._show_outcome()

    def completed_on(self) -> str:
        return self.date_edit.date().toString(ISO)

    @Slot()
    def _show_outcome(self) -> None:
        task = Task(**{**vars(self._row.task), "completed_on": self.completed_on()})
        task.cancelled_on = None
        status = task_status(task, due_soon_days=self._due_soon_days)
        self.outcome.setText(self.tr("Sẽ được tính là: {status}.").format(status=label(status)))
        palette = self.outcome.palette()
        palette.setColor(self.outcome.foregroundRole(), ACCENTS[status])
        self.outcome.setPalette(palette)


class ProgressDialog(QDialog):
    """One entry of a task's progress log: the date, who reported it, what was reported."""

    def __init__(self, today: dt.date, reporter: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date_edit = DateEdit()
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(QDate(2000, 1, 1), QDate(2100, 12, 31))
        self.date_edit.setDate(qdate(today))
        self.reporter_edit = QLineEdit(reporter)
        self.reporter_edit.setClearButtonEnabled(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.note_edit.textChanged.connect(self._update_ok)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        fields = (self.date_edit, self.reporter_edit, self.note_edit)
        for lab, field in zip(self.labels, fields, strict=True):
            lab.setBuddy(field)
            form.addRow(lab, field)
        self.labels[2].setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Enter is a new line in the report; Ctrl+Enter saves it, as in a mail program.
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save_if_ready)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()
        self.retranslate_ui()
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Báo cáo tiến độ"))
        self.labels[0].setText(self.tr("&Ngày:"))
        self.labels[1].setText(self.tr("Người &báo cáo:"))
        self.labels[2].setText(self.tr("Nội &dung:"))
        self.reporter_edit.setPlaceholderText(self.tr("Người hoặc đơn vị báo cáo (không bắt buộc)"))
        self.note_edit.setPlaceholderText(self.tr("Kết quả, khó khăn, kiến nghị mà đơn vị báo cáo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))

    def values(self) -> tuple[str, str, str | None]:
        """(date as YYYY-MM-DD, note, reporter or None)."""
        reporter = self.reporter_edit.text().strip() or None
        return self.date_edit.date().toString(ISO), self.note_edit.toPlainText(), reporter

    @Slot()
    def save_if_ready(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            self.accept()

    @Slot()
    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.note_edit.toPlainText().strip())
        )


__all__ = ["CompletionDialog", "ProgressDialog"]
