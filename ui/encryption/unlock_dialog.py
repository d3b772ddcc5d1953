"""The data passphrase at start: the window opens encrypted data only once it is given. A wrong
passphrase says so and asks again; Cancel quits without touching anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.services import encryption


class UnlockDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Mở khóa dữ liệu — Meeting Assistant"))
        self.setMinimumWidth(580)
        intro = QLabel(self.tr("Dữ liệu cuộc họp được mã hóa trên đĩa. Nhập mật khẩu dữ liệu"
                               " để mở."))  # fmt: skip
        intro.setWordWrap(True)
        where = QLabel(str(self.db_path))  # a path: never translated
        where.setStyleSheet("color: #555;")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Mật khẩu dữ liệu"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #8E1616;")
        self.error.hide()
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Mở khóa"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        self.quit_button = buttons.addButton(self.tr("Thoát"),
                                             QDialogButtonBox.ButtonRole.RejectRole)  # fmt: skip
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def accept(self) -> None:
        text = self.passphrase.text()
        if not text:
            self._say(self.tr("Hãy nhập mật khẩu dữ liệu."))
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # scrypt: about 0.5 s
        try:
            encryption.unlock(self.db_path, text)
        except UserError as exc:
            self._say(exc.message)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def _say(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.adjustSize()  # room for the wrapped message


def unlock_at_start(db_path: Path) -> bool:
    """True when the data can be opened: not encrypted, already unlocked, or the clerk gave its
    passphrase; False when the clerk chose to quit."""
    if not encryption.is_encrypted(db_path) or encryption.keys_for(db_path) is not None:
        return True
    return UnlockDialog(db_path).exec() == QDialog.DialogCode.Accepted
