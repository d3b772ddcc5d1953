"""Encryption at rest in the window: the passphrase at start (wrong: said, asked again; Cancel:
quit, nothing touched), the Settings box that explains the loss and converts the data."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtWidgets import QDialog

from meeting_assistant import vault
from meeting_assistant.services import Services, encryption
from meeting_assistant.store import cipher
from ui.encryption import restart
from ui.encryption.dialogs import EnableEncryptionDialog
from ui.encryption.settings_box import EncryptionBox
from ui.encryption.unlock_dialog import UnlockDialog
from ui.settings.page import SettingsPage

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")
PASSPHRASE = "mật khẩu dữ liệu 2026"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "m.db"
    with Services.open(path) as services:
        services.meetings.create("Hội nghị cán bộ chủ chốt")
    yield path
    vault._UNLOCKED.clear()
    restart.cancel()


def _hashes(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file()}  # fmt: skip


def test_the_start_dialog_refuses_a_wrong_passphrase_and_asks_again(
    qtbot, db, tmp_path, ui_in_vietnamese
):
    encryption.turn_on(db, PASSPHRASE)
    vault._UNLOCKED.clear()
    dialog = UnlockDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText("sai rồi")
    dialog.open_button.click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert "Sai mật khẩu dữ liệu" in dialog.error.text() and dialog.passphrase.text() == ""
    assert encryption.keys_for(db) is None
    dialog.resize(560, dialog.sizeHint().height())
    dialog.grab().save(str(tmp_path / "unlock.png"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.open_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and encryption.keys_for(db)


def test_cancel_at_start_quits_without_touching_the_data(qtbot, db, monkeypatch):
    encryption.turn_on(db, PASSPHRASE)
    vault._UNLOCKED.clear()
    before = _hashes(db.parent)
    monkeypatch.setattr(UnlockDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    from ui.app import run_app

    assert run_app(str(db)) == 0
    assert _hashes(db.parent) == before


def test_turning_it_on_needs_the_loss_confirmed_and_the_passphrase_twice(qtbot, ui_in_vietnamese):
    dialog = EnableEncryptionDialog()
    qtbot.addWidget(dialog)
    dialog.first.setText(PASSPHRASE)
    dialog.second.setText(PASSPHRASE)
    assert not dialog.ok.isEnabled()  # the loss not confirmed yet
    dialog.understood.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog.second.setText(PASSPHRASE + "x")
    assert not dialog.ok.isEnabled() and "chưa khớp" in dialog.hint.text()
    dialog.first.setText("ngắn")
    assert not dialog.ok.isEnabled()


def test_the_settings_box_turns_it_on_after_the_window_closes(qtbot, db, tmp_path, monkeypatch,
                                                               ui_in_vietnamese):  # fmt: skip
    services = Services.open(db)
    page = SettingsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    box = page.encryption
    assert "Đang tắt" in box.state.text() and box.toggle.text() == "Bật mã hóa…"
    page.grab().save(str(tmp_path / "settings.png"))
    box.grab().save(str(tmp_path / "settings_box.png"))

    def agree(self):
        self.understood.setChecked(True)
        self.first.setText(PASSPHRASE)
        self.second.setText(PASSPHRASE)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(EnableEncryptionDialog, "exec", agree)
    box.toggle.click()
    conversion = restart.take()
    assert conversion is not None and not vault.is_encrypted(db)  # nothing yet: window open
    services.close()
    assert restart.run_conversion(conversion)
    assert encryption.status(db)["encrypted"]
    with Services.open(db) as reopened:
        assert [m.title for m in reopened.meetings.list()] == ["Hội nghị cán bộ chủ chốt"]
        again = EncryptionBox(reopened)
        qtbot.addWidget(again)
        assert "Đang bật" in again.state.text() and again.toggle.text() == "Tắt mã hóa…"
