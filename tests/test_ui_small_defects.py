"""Small defects a clerk saw: the recording bar widened the window for good, playback stayed at
00:00:00 after a meeting was opened again, "&" showed in the proposal dialog's labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from meeting_assistant.followup.suggest import Suggestion
from meeting_assistant.services import Services
from ui.main_window import MainWindow
from ui.meeting.playback import player as player_module
from ui.meeting.suggestions.edit_dialog import SuggestionEditDialog

from .audio_fixtures import write_tone

LONG_TITLE = (
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh mở rộng lần thứ mười lăm nhiệm kỳ 2020–2025 về phát"
    " triển kinh tế – xã hội và bảo đảm quốc phòng, an ninh"
)


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def window(qtbot, store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Services(store), settings)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_recording_bar_never_widens_the_window(qtbot, window, store):
    meeting = store.meetings.create(LONG_TITLE)
    window.open_meeting(meeting.id)
    width = window.width()
    window.action_record.trigger()
    assert window.recording.isVisible()
    QApplication.processEvents()
    assert window.width() == width
    window.recording.cancel_setup()
    QApplication.processEvents()
    assert not window.recording.isVisible() and window.width() == width


def test_playback_moves_after_the_meeting_is_opened_again(qtbot, window, store, tmp_path):
    meeting, _audio = Services(store).importing.import_audio(write_tone(tmp_path / "a.wav", 6.0))
    window.open_meeting(meeting.id)
    player = window.meeting_page.player
    qtbot.waitUntil(lambda: player.media_player().duration() > 0, timeout=10_000)
    window.show_meetings()
    window.open_meeting(meeting.id)  # the same file again: Qt reports no new status
    messages: list[str] = []
    player.errorOccurred.connect(messages.append)
    window.meeting_page.player_bar.play_button.click()
    try:
        qtbot.waitUntil(lambda: player.global_position() > 0.5, timeout=8_000)
    except qtbot.TimeoutError:  # a machine where nothing plays: the clerk is told, at least
        assert any("không chạy" in m for m in messages)
    finally:
        player.pause()
    assert window.meeting_page.player_bar.time_label.text() != "00:00:00 / 00:00:06" or messages


def test_playing_that_does_not_move_is_told(qtbot, store, tmp_path, monkeypatch):
    monkeypatch.setattr(player_module, "STUCK_AFTER_MS", 200)
    meeting, _audio = Services(store).importing.import_audio(write_tone(tmp_path / "a.wav", 3.0))
    player = player_module.AudioPlayer()
    player.load(Services(store), meeting.id)
    qtbot.waitUntil(lambda: player.media_player().duration() > 0, timeout=10_000)
    monkeypatch.setattr(player.media_player(), "play", lambda: None)  # a backend that never runs
    messages: list[str] = []
    player.errorOccurred.connect(messages.append)
    player.play()
    qtbot.waitUntil(lambda: any("vị trí phát vẫn đứng yên" in m for m in messages), timeout=5_000)
    player.pause()


def test_the_proposal_dialog_shows_no_stray_ampersand(qtbot, store):
    proposal = Suggestion(
        "task", "Giao Sở Kế hoạch & Đầu tư chủ trì", lead_unit="Sở Kế hoạch & Đầu tư",
        coordinating_units=["Sở Tài chính"],
    )  # fmt: skip
    dialog = SuggestionEditDialog(proposal, Services(store))
    qtbot.addWidget(dialog)
    dialog.show()
    for widget in dialog.findChildren(QLabel):
        if widget.isVisible() and widget.buddy() is None:
            assert "&" not in widget.text().replace("&&", ""), widget.text()
    for box in dialog.findChildren(QCheckBox):
        assert box.text().count("&") <= 1
    assert dialog.labels["text"].buddy() is dialog.text  # Alt+D goes to the text
    assert dialog.lead.text() == "Sở Kế hoạch & Đầu tư"  # a name keeps its "&"
