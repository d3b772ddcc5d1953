"""The Settings box of encryption at rest: what it is, whether it is on, and the button that
turns it on or off (the conversion runs once the window has closed, then it opens again)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from meeting_assistant.services import Services, encryption
from ui.encryption import restart
from ui.encryption.dialogs import DisableEncryptionDialog, EnableEncryptionDialog


class EncryptionBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = services.path
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setStyleSheet("color: #555;")
        self.toggle = QPushButton()
        self.toggle.clicked.connect(self._toggle)
        row = QHBoxLayout()
        row.addWidget(self.state, 1)
        row.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.about)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Mã hóa dữ liệu trên đĩa"))
        self.about.setText(self.tr(
            "Tùy chọn, mặc định tắt. Khi bật, cơ sở dữ liệu (SQLCipher) và thư mục âm thanh"
            " (AES-256-GCM) được mã hóa bằng một mật khẩu dữ liệu, hỏi mỗi lần mở ứng dụng."
            " Bản ghi âm đang ghi được lưu thẳng ra đĩa và mã hóa ngay khi dừng ghi."
        ))  # fmt: skip
        info = encryption.status(self.db_path)
        if not info["available"]:
            self.state.setText(self.tr("Bản cài đặt này không có SQLCipher (gói"
                                       " sqlcipher3-wheels): không bật được mã hóa."))  # fmt: skip
            self.toggle.setText(self.tr("Bật mã hóa…"))
            self.toggle.setEnabled(False)
        elif info["encrypted"]:
            self.state.setText(self.tr("<b>Đang bật.</b> Dữ liệu chỉ mở được bằng mật khẩu"
                                       " dữ liệu."))  # fmt: skip
            self.toggle.setText(self.tr("Tắt mã hóa…"))
            self.toggle.setEnabled(True)
        else:
            self.state.setText(self.tr("<b>Đang tắt.</b> Tệp dữ liệu chỉ người dùng này đọc"
                                       " được, nhưng không được mã hóa."))  # fmt: skip
            self.toggle.setText(self.tr("Bật mã hóa…"))
            self.toggle.setEnabled(True)

    def _toggle(self) -> None:
        path = self.db_path
        if encryption.status(path)["encrypted"]:
            dialog = DisableEncryptionDialog(path, self)
            if dialog.exec() != DisableEncryptionDialog.DialogCode.Accepted:
                return
            passphrase = dialog.passphrase()
            restart.request(lambda progress: encryption.turn_off(path, passphrase, progress))
        else:
            dialog = EnableEncryptionDialog(self)
            if dialog.exec() != EnableEncryptionDialog.DialogCode.Accepted:
                return
            passphrase = dialog.passphrase()
            restart.request(lambda progress: encryption.turn_on(path, passphrase, progress))
        if not self.window().close():  # a recording or a transcription said no
            restart.cancel()
