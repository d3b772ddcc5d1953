"""Turning encryption at rest on (the loss of the passphrase explained and confirmed, the
passphrase typed twice) and off (the passphrase checked before anything is done)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.services import encryption

MIN_LENGTH = encryption.MIN_LENGTH  # the service refuses a shorter one too


def _password_field(placeholder: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    return field


class EnableEncryptionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bật mã hóa dữ liệu trên đĩa"))
        self.setMinimumWidth(560)
        warning = QLabel(self.tr(
            "<b>Quên mật khẩu là mất toàn bộ dữ liệu.</b> Khi bật mã hóa, cơ sở dữ liệu và mọi"
            " tệp ghi âm chỉ mở được bằng mật khẩu này; không ai, kể cả người làm ra ứng dụng,"
            " lấy lại được nó. Các bản sao lưu của dữ liệu đã mã hóa cũng cần mật khẩu này."
            " Hãy ghi mật khẩu ra giấy và cất ở nơi an toàn.<br><br>Ứng dụng sẽ hỏi mật khẩu mỗi"
            " lần mở. Để mã hóa, cửa sổ sẽ đóng lại, chuyển đổi dữ liệu rồi mở lại."
        ))  # fmt: skip
        warning.setWordWrap(True)
        warning.setTextFormat(Qt.TextFormat.RichText)
        self.understood = QCheckBox(self.tr("Tôi đã hiểu: quên mật khẩu thì không ai lấy lại"
                                            " được dữ liệu."))  # fmt: skip
        self.first = _password_field(self.tr("Mật khẩu dữ liệu"))
        self.second = _password_field(self.tr("Nhập lại mật khẩu"))
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #6B4A00;")
        form = QFormLayout()
        form.addRow(self.tr("Mật khẩu:"), self.first)
        form.addRow(self.tr("Nhập lại:"), self.second)
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton(self.tr("Mã hóa dữ liệu"),
                                    QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(self.understood)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        for signal in (self.understood.toggled, self.first.textChanged, self.second.textChanged):
            signal.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        first, second = self.first.text(), self.second.text()
        if first and len(first) < MIN_LENGTH:
            hint = self.tr("Mật khẩu cần ít nhất {n} ký tự.").format(n=MIN_LENGTH)
        elif second and first != second:
            hint = self.tr("Hai lần nhập chưa khớp.")
        elif not self.understood.isChecked():
            hint = self.tr("Hãy đánh dấu ô xác nhận ở trên.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.ok.setEnabled(not hint and len(first) >= MIN_LENGTH and first == second)

    def passphrase(self) -> str:
        return self.first.text()


class DisableEncryptionDialog(QDialog):
    """Asks for the data passphrase and checks it before the data is decrypted."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Tắt mã hóa dữ liệu trên đĩa"))
        self.setMinimumWidth(560)
        text = QLabel(self.tr(
            "Cơ sở dữ liệu và các tệp ghi âm sẽ được lưu không mã hóa (vẫn chỉ người dùng này"
            " đọc được). Nhập mật khẩu dữ liệu để xác nhận. Cửa sổ sẽ đóng lại, chuyển đổi dữ"
            " liệu rồi mở lại."
        ))  # fmt: skip
        text.setWordWrap(True)
        self.passphrase_field = _password_field(self.tr("Mật khẩu dữ liệu"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8E1616;")
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Giải mã dữ liệu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase_field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            encryption.check_passphrase(self.db_path, self.passphrase_field.text())
        except UserError as exc:
            self.error.setText(exc.message)
            self.passphrase_field.clear()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def passphrase(self) -> str:
        return self.passphrase_field.text()
