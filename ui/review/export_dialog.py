"""File → Xuất gói xem xét…: which meetings, with or without audio, the passphrase (twice)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.models import Meeting
from meeting_assistant.text import format_date


class ExportReviewDialog(QDialog):
    def __init__(self, meetings: list[Meeting], chosen: int | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất gói xem xét"))
        self.meetings = QListWidget()
        for meeting in meetings:
            entry = QListWidgetItem(f"{meeting.title} — {format_date(meeting.date)}")
            entry.setData(Qt.ItemDataRole.UserRole, meeting.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if meeting.id == chosen
                                else Qt.CheckState.Unchecked)  # fmt: skip
            self.meetings.addItem(entry)
        self.with_audio = QCheckBox(self.tr("Kèm đoạn ghi âm của từng kết luận, nhiệm vụ"))
        self.passphrase, self.repeat = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.warning = QLabel(self.tr(
            "Gửi mật khẩu cho người xem xét bằng đường khác (gọi điện, gặp trực tiếp), không gửi"
            " kèm tệp. Mất mật khẩu thì không ai mở được gói."))  # fmt: skip
        self.warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu (ít nhất 8 ký tự):"), self.passphrase)
        form.addRow(self.tr("Nhập lại mật khẩu:"), self.repeat)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Các cuộc họp đưa vào gói:")))
        layout.addWidget(self.meetings)
        layout.addWidget(self.with_audio)
        layout.addLayout(form)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        for signal in (self.passphrase.textChanged, self.repeat.textChanged):
            signal.connect(self._check)
        self.meetings.itemChanged.connect(self._check)
        self._check()

    def chosen_ids(self) -> list[int]:
        return [
            self.meetings.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.meetings.count())
            if self.meetings.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _check(self, *_args) -> None:
        ok = bool(self.chosen_ids()) and len(self.passphrase.text().strip()) >= 8
        ok = ok and self.passphrase.text() == self.repeat.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
