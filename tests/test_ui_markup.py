"""Text people type (titles, places, file names in errors) shows as written: `<b>` and `&` are
not taken for markup by Qt's labels and message boxes, and decomposed accents arrive composed."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from meeting_assistant.errors import AudioError
from meeting_assistant.services import Services
from ui.common import errors as ui_errors
from ui.main_window import MainWindow


def test_meeting_page_shows_markup_characters_as_written(qtbot, store, tmp_path):
    title = unicodedata.normalize("NFD", "Họp <b>Ban</b> & Sở <Nội vụ>")
    meeting = store.meetings.create(title, place="Phòng <họp> & hội trường")
    window = MainWindow(
        Services(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.open_meeting(meeting.id)
    page = window.meeting_page
    assert page.title.text() == "Họp <b>Ban</b> & Sở <Nội vụ>"  # composed (NFC), tags kept
    assert "Phòng <họp> & hội trường" in page.details.text()
    for label in (page.title, page.details):
        assert label.textFormat() == Qt.TextFormat.PlainText
    # Every label of the page that can hold a typed name or message is plain text too.
    plain = [w for w in page.findChildren(QLabel) if w.textFormat() == Qt.TextFormat.PlainText]
    assert page.transcription.status_label in plain


def test_error_dialog_shows_a_file_name_with_markup_as_written(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    error = AudioError("Tệp {name} bị hỏng.", "{name} is damaged.", name="<b>họp</b>&.mp3")
    ui_errors.show_error(None, error)
    assert shown[0].textFormat() == Qt.TextFormat.PlainText
    assert shown[0].text() == "Tệp <b>họp</b>&.mp3 bị hỏng."
