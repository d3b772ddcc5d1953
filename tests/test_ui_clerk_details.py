"""Small things a clerk notices: a date typed as written ("12/06/2025"), Ctrl+Enter saving a
progress report, the speaker menu offering those present first, and a new meeting opened after
Lưu."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget

from meeting_assistant.services import Services
from meeting_assistant.services.demo import create_demo_meeting
from ui.common.date_edit import DateEdit
from ui.register.dialogs import ProgressDialog


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.mark.parametrize(
    "typed, expected",
    [("12/06/2025", (2025, 6, 12)), ("1/6/2025", (2025, 6, 1)), ("12062025", (2025, 6, 12)),
     ("03.11.2024", (2024, 11, 3))],
)  # fmt: skip
def test_a_date_typed_as_written(qtbot, typed, expected):
    field = DateEdit(QDate(2026, 12, 2))
    qtbot.addWidget(field)
    field.show()
    field.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)  # as when the clerk tabs into it
    qtbot.keyClicks(field, typed)
    assert field.date() == QDate(*expected)
    assert field.text() == QDate(*expected).toString("dd/MM/yyyy")


def test_ctrl_enter_saves_the_progress_report(qtbot):
    dialog = ProgressDialog(dt.date(2024, 10, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.note_edit.hasFocus)
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() != QDialog.DialogCode.Accepted  # nothing written yet: not saved
    dialog.note_edit.setPlainText("Đã trình dự thảo quy chế")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # Enter: a new line, not saved
    assert dialog.isVisible()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Đã trình dự thảo quy chế" in dialog.values()[1]


def test_the_speaker_menu_offers_present_attendees_first(qtbot, store):
    from ui.meeting.transcript.view import TranscriptView

    meeting = create_demo_meeting(store)
    people = Services(store).meetings.attendee_rows(meeting.id)
    assert len(people) >= 2
    people[0]["present"], people[0]["note"] = False, "đi công tác"
    Services(store).meetings.update(meeting.id, attendees=people)
    owner = QWidget()
    qtbot.addWidget(owner)
    view = TranscriptView(owner)
    view.load(Services(store), meeting.id, QUndoStack(owner))
    names = [a.text() for a in view.speaker_menu().actions() if a.text()]
    absent = people[0]["name"]
    present = [p["name"] for p in people if p["present"]]
    assert names[: len(present)] == present
    assert f"{absent} (vắng)" in names
    assert names.index(f"{absent} (vắng)") > max(names.index(n) for n in present)


def test_a_new_meeting_is_opened_after_saving(qtbot, store, tmp_path, monkeypatch):
    from ui.main_window import MainWindow
    from ui.meetings import dialog as meeting_dialog

    window = MainWindow(
        Services(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)

    def save(dialog) -> int:
        dialog.title_edit.setText("Giao ban tuần 23")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meeting_dialog.MeetingDialog, "exec", save)
    new_id = window.meetings_view.new_meeting()
    assert store.meetings.get(new_id).title == "Giao ban tuần 23"
    assert window.stack.currentWidget() is window.meeting_page
    assert window.meeting_page.meeting_id == new_id
