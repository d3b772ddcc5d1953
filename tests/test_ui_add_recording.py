"""A meeting recorded in several parts: each recording is added to the open meeting (File menu,
the page's button, drag and drop on the page), after the ones it already has, never as a new
meeting named after the file."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from meeting_assistant.services import Services
from ui.main_window import MainWindow
from ui.meetings import importing as meetings_importing

from .audio_fixtures import write_tone
from .test_ui_window import drop


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(meetings_importing, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def window(qtbot, store, tmp_path):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Services(store), settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=30_000)


def names(store, meeting_id: int) -> list[str]:
    return [a.original_name for a in store.audio.for_meeting(meeting_id)]


def test_recordings_join_the_open_meeting_in_order(qtbot, window, store, tmp_path, errors):
    meeting = store.meetings.create("Hội nghị Ban Chấp hành mở rộng")
    window.open_meeting(meeting.id)
    page = window.meeting_page
    assert window.action_add_recording.isEnabled()
    assert page.add_audio_button.isVisible() and page.add_audio_button.text() == "Thêm bản ghi âm…"

    # The page's button: the files chosen, in their parts' order ("phần 2" before "phần 10").
    part10 = write_tone(tmp_path / "phần 10.wav", 1.0)
    part2 = write_tone(tmp_path / "phần 2.wav", 1.5)
    chosen = [str(part10), str(part2)]
    monkey = pytest.MonkeyPatch()
    monkey.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: (chosen, "")))
    try:
        with qtbot.waitSignal(window.importsFinished, timeout=30_000):
            page.add_audio_button.click()
    finally:
        monkey.undo()
    assert errors == []
    assert store.meetings.count() == 1  # no meeting named after a file
    assert names(store, meeting.id) == ["phần 2.wav", "phần 10.wav"]
    assert window.stack.currentWidget() is page and page.meeting_id == meeting.id
    assert page.player.total_duration() == pytest.approx(2.5, abs=0.1)  # one timeline for both

    # Dropped on the meeting page: the third part, after the others.
    part3 = write_tone(tmp_path / "phần cuối.wav", 0.8)
    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        drop(page, part3)
    assert names(store, meeting.id) == ["phần 2.wav", "phần 10.wav", "phần cuối.wav"]
    assert store.meetings.count() == 1
    assert store.meetings.get(meeting.id).title == "Hội nghị Ban Chấp hành mở rộng"

    # File → "Thêm bản ghi âm vào cuộc họp này…"
    part4 = write_tone(tmp_path / "bổ sung.wav", 0.6)
    monkey.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a: ([str(part4)], "")))
    try:
        assert window.action_add_recording in window.file_menu.actions()
        with qtbot.waitSignal(window.importsFinished, timeout=30_000):
            window.action_add_recording.trigger()
    finally:
        monkey.undo()
    assert names(store, meeting.id)[-1] == "bổ sung.wav"
    assert store.meetings.count() == 1


def test_adding_needs_an_open_meeting_and_the_list_still_makes_new_ones(
    qtbot, window, store, tmp_path, errors
):
    assert not window.action_add_recording.isEnabled()  # the meetings list is showing
    meeting = store.meetings.create("Giao ban")
    window.open_meeting(meeting.id)
    assert window.action_add_recording.isEnabled()
    window.show_meetings()
    assert not window.action_add_recording.isEnabled()
    audio = write_tone(tmp_path / "Họp chi bộ.wav", 1.0)
    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        drop(window, audio)  # on the list: a new meeting, as before
    assert sorted(m.title for m in store.meetings.list()) == ["Giao ban", "Họp chi bộ"]
    assert names(store, meeting.id) == []
