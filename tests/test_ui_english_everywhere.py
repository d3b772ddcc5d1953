"""After switching to English, no Vietnamese is left on screen: every page, the meeting page's
tabs, bars and the dialogs that were open at the switch are worded again. The meeting's own data
is in plain ASCII here, so any Vietnamese letter found is a label that was not translated."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meeting_assistant.followup.suggest import Suggestion
from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from ui.documents import actions as document_actions
from ui.main_window import MainWindow
from ui.meeting.suggestions.edit_dialog import SuggestionEditDialog
from ui.meetings.dialog import MeetingDialog
from ui.register.dialogs import CompletionDialog, ProgressDialog
from ui.register.unit_directory import UnitDirectoryDialog

from .english_sweep import vietnamese_left

TODAY = dt.date(2025, 6, 1)


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def ascii_meeting(store) -> int:
    services = Services(store)
    meeting = store.meetings.create(
        "Weekly briefing", date="2025-05-20", place="Room 2", chair="Tran Van Binh"
    )
    audio = store.audio.add(meeting.id, stored_path="a.wav", original_name="a.wav", sha256="x",
                            size_bytes=1, duration=30.0)  # fmt: skip
    lines = ("we agree on the plan", "the finance office leads the review before 30/6", "thanks")
    for i, text in enumerate(lines):
        store.segments.add(Segment(None, meeting.id, audio.id, i * 10.0, i * 10.0 + 9, text,
                                   speaker="Tran Van Binh"))  # fmt: skip
    store.items.add_conclusion(meeting.id, "The plan is agreed", state="confirmed")
    task = store.items.add_task(meeting.id, "Review the rules")
    services.items.update_task(task.id, lead_unit="Finance Office", deadline="2025-06-30")
    return meeting.id


def test_switching_to_english_leaves_no_vietnamese_on_screen(qapp, qtbot, store, tmp_path):
    services = Services(store)
    meeting_id = ascii_meeting(store)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)

    # Open in Vietnamese, then switched: what was built before the switch must follow it.
    window.open_meeting(meeting_id)
    page = window.meeting_page
    page.transcript.open_replace()
    page.transcript.find_bar.find_edit.setText("plan")
    window.start_recording()
    dialogs = {
        "meeting details": MeetingDialog(services, meeting_id, window),
        "proposal": SuggestionEditDialog(
            Suggestion("task", "Review", lead_unit="Finance Office"), services, window
        ),
        "completion": CompletionDialog(services.tasks.register(today=TODAY)[0], TODAY, 7, window),
        "progress": ProgressDialog(TODAY, "", window),
        "units": UnitDirectoryDialog(services, window),
        "notice": document_actions.preview_notice(window, services, meeting_id),
    }
    for dialog in dialogs.values():
        qtbot.addWidget(dialog)
        dialog.show()
    assert vietnamese_left(window)  # the check sees Vietnamese labels when they are there

    window.set_language("en")
    QApplication.processEvents()
    assert window.file_menu.title() == "&File"
    assert services.settings.language == "en"  # the command line speaks it too
    left = {}
    for tab in range(page.items.tabs.count()):
        page.items.tabs.setCurrentIndex(tab)
        left[f"meeting page, tab {tab}"] = vietnamese_left(window)
    assert page.transcript.find_bar.count_label.text() == "1 found"
    for name, dialog in dialogs.items():
        left[name] = vietnamese_left(dialog)
    for row, name in enumerate(("meetings", "register", "settings")):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        left[name] = vietnamese_left(window)
    assert {name: texts for name, texts in left.items() if texts} == {}
    for dialog in dialogs.values():
        dialog.close()
    window.recording.cancel_setup()
