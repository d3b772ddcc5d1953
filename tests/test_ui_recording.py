"""Recording a meeting from the window, as a clerk would: choose the input, start, watch the time
and the level, pause, resume, stop, and find the meeting with its recording. There is no
microphone here: the input is a file played faster than real time ("file:PATH", the speed from
MEETING_ASSISTANT_FILE_DEVICE_SPEED).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from meeting_assistant.audio.capture import InputDevice
from meeting_assistant.models import AudioFile
from meeting_assistant.services import Recovered, Services
from ui import main_window, startup_notices
from ui.main_window import MainWindow
from ui.meetings import importing as meetings_importing
from ui.recording import panel as recording_panel
from ui.recording.level_meter import format_clock, format_position
from ui.recording.panel import RecordingPanel

from .audio_fixtures import write_tone
from .recording_fixtures import watch_inputs
from .speech_fixtures import clips, concatenate

SPEED = 8  # the file plays 8 times faster than real time
WAIT_MS = 60_000
LIVE_MS = 180_000  # the real model on two cores


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture(autouse=True)
def fast_file_device(monkeypatch):
    monkeypatch.setenv("MEETING_ASSISTANT_FILE_DEVICE_SPEED", str(SPEED))


@pytest.fixture
def no_microphone(monkeypatch):
    monkeypatch.setattr(recording_panel, "list_devices", lambda: [])


@pytest.fixture
def errors(monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(recording_panel, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(main_window, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(meetings_importing, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(startup_notices, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def tone(tmp_path):
    """40 seconds of sound: 5 seconds of wall time at SPEED."""
    return write_tone(tmp_path / "hop.wav", seconds=40.0, rate=16000, channels=1)


@pytest.fixture
def panel(qtbot, store, no_microphone):
    p = RecordingPanel(Services(store))
    qtbot.addWidget(p)
    p.resize(1000, 120)
    yield p
    if p.session is not None:  # a failed test must not leave a recording running
        p.session.stop()
        p.session.wait_transcribed(30)


@pytest.fixture
def window(qtbot, store, tmp_path, no_microphone):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Services(store), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    session = win.recording.session
    if session is not None:
        session.stop()
        session.wait_transcribed(30)


def start_with(panel: RecordingPanel, device: str, live: bool = False, title: str = "") -> None:
    panel.prepare()
    panel.title.setText(title)
    panel.device.setEditText(device)
    panel.live.setChecked(live)
    assert panel.start_button.isEnabled()
    panel.start_button.click()
    assert panel.state() == RecordingPanel.RECORDING, "the recording did not start"


def answer_message_box(qtbot, button_text: str, seen: list[str]) -> None:
    """Click `button_text` in the next message box that opens (remembering its text)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)


# Formatting ---------------------------------------------------------------------------------


def test_times_read_as_a_recorder_shows_them():
    assert format_clock(0) == "00:00:00"
    assert format_clock(3725.9) == "01:02:05"
    assert format_position(65) == "01:05"
    assert format_position(3725) == "1:02:05"


# Set-up -------------------------------------------------------------------------------------


def test_without_a_microphone_start_waits_for_a_typed_device(panel, tone):
    panel.prepare()
    panel.show()
    assert panel.device.lineEdit().placeholderText() == "Không tìm thấy micrô"
    assert panel.device_problem.isVisible()
    assert not panel.start_button.isEnabled()
    panel.device.setEditText(f"file:{tone}")
    assert panel.start_button.isEnabled()
    assert not panel.device_problem.isVisible()
    assert panel.live.isChecked(), "live transcription is on by default"
    assert panel.disk_label.text().startswith("Ổ đĩa còn trống")


def test_the_default_microphone_is_chosen(qtbot, store, monkeypatch):
    devices = [
        InputDevice("USB Mic", 1, 1, False),
        InputDevice("Micrô tích hợp", 2, 2, True),
    ]
    monkeypatch.setattr(recording_panel, "list_devices", lambda: devices)
    panel = RecordingPanel(Services(store))
    qtbot.addWidget(panel)
    panel.prepare()
    assert panel.device.count() == 2
    assert panel.device.currentText() == "Micrô tích hợp (mặc định)"
    assert panel.device_choice() == "Micrô tích hợp"
    assert panel.start_button.isEnabled()
    assert not panel.device_problem.isVisible()


def test_the_open_meeting_is_offered(panel, store):
    meeting = store.meetings.create("Giao ban tuần")
    panel.prepare(meeting.id)
    assert [panel.target.itemText(i) for i in range(panel.target.count())] == [
        "Cuộc họp mới",
        "Cuộc họp đang mở: Giao ban tuần",
    ]
    assert panel.title.isVisible()
    panel.target.setCurrentIndex(1)
    assert not panel.title.isVisible(), "a title is asked only for a new meeting"


def test_low_disk_asks_before_starting(panel, tone, store, monkeypatch):
    monkeypatch.setattr(recording_panel, "LOW_DISK_WARNING_BYTES", 1 << 62)
    asked: list[str] = []

    def refuse(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    panel.prepare()
    assert panel.disk_label.text().startswith("Ổ đĩa sắp đầy")
    panel.device.setEditText(f"file:{tone}")
    panel.start_button.click()
    assert asked and "Ổ đĩa chỉ còn trống" in asked[0]
    assert panel.state() == RecordingPanel.IDLE
    assert store.meetings.list() == []


def test_a_device_that_cannot_be_opened_is_explained(panel, tmp_path, errors, store):
    panel.prepare()
    panel.device.setEditText(f"file:{tmp_path / 'khong-co.wav'}")
    panel.start_button.click()
    assert len(errors) == 1 and errors[0].message
    assert panel.state() == RecordingPanel.IDLE
    assert panel.pages.currentWidget() is panel._setup_page


# Recording ----------------------------------------------------------------------------------


def test_record_pause_resume_stop(qtbot, panel, tmp_path, store, monkeypatch):
    inputs = watch_inputs(monkeypatch)
    long_tone = write_tone(tmp_path / "dai.wav", seconds=120.0, rate=16000, channels=1)
    start_with(panel, f"file:{long_tone}", title="Họp giao ban sáng thứ Hai")
    session = panel.session
    (microphone,) = inputs
    assert panel.state_label.text() == "Đang ghi"
    assert panel.pause_button.text() == "Tạm dừng"

    # The time grows and the meter moves.
    qtbot.waitUntil(lambda: session.elapsed >= 1.0 and panel.meter.value() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.clock.text() != "00:00:00", timeout=WAIT_MS)

    # Paused: the time stands still.
    panel.pause_button.click()
    assert panel.state_label.text() == "Đã tạm dừng"
    assert panel.pause_button.text() == "Tiếp tục"
    paused_at, given_at_pause = session.elapsed, microphone.given_s
    # 4 seconds of sound go by meanwhile (the input plays on, as a microphone would).
    qtbot.waitUntil(lambda: microphone.given_s >= given_at_pause + 4.0, timeout=WAIT_MS)
    assert session.elapsed == pytest.approx(paused_at, abs=0.25)
    assert panel.clock.text() == format_clock(session.elapsed)

    # Resumed: it grows again.
    panel.pause_button.click()
    not_recorded = microphone.given_s - given_at_pause
    assert panel.state_label.text() == "Đang ghi"
    qtbot.waitUntil(lambda: session.elapsed >= paused_at + 1.0, timeout=WAIT_MS)

    with qtbot.waitSignal(panel.meetingRecorded, timeout=WAIT_MS) as recorded:
        panel.stop_button.click()
    recorded_s = session.elapsed
    meeting_id = recorded.args[0]
    assert panel.state() == RecordingPanel.IDLE and not panel.isVisible()

    meeting = store.meetings.get(meeting_id)
    assert meeting.title == "Họp giao ban sáng thứ Hai"
    [audio] = store.audio.for_meeting(meeting_id)
    assert audio.status == "ready"
    assert audio.duration == pytest.approx(recorded_s, abs=0.5)
    # What was played while paused is not recorded, and everything else is.
    assert round(not_recorded, 3) >= 4.0  # seconds from frame counts: no float noise
    assert audio.duration == pytest.approx(microphone.given_s - not_recorded, abs=0.3)


def test_recording_into_the_open_meeting(qtbot, panel, tone, store):
    meeting = store.meetings.create("Hội nghị triển khai nhiệm vụ")
    panel.prepare(meeting.id)
    panel.target.setCurrentIndex(1)
    panel.device.setEditText(f"file:{tone}")
    panel.live.setChecked(False)
    with qtbot.waitSignal(panel.recordingStarted, timeout=WAIT_MS) as started:
        panel.start_button.click()
    assert started.args == [meeting.id]
    assert panel.meeting_label.text() == "Hội nghị triển khai nhiệm vụ"
    qtbot.waitUntil(lambda: panel.session.elapsed >= 1.0, timeout=WAIT_MS)
    with qtbot.waitSignal(panel.meetingRecorded, timeout=WAIT_MS) as recorded:
        panel.stop()
    assert recorded.args == [meeting.id]
    assert [a.status for a in store.audio.for_meeting(meeting.id)] == ["ready"]
    assert len(store.meetings.list()) == 1


def test_the_end_of_the_file_ends_the_recording(qtbot, panel, tmp_path, store):
    short = write_tone(tmp_path / "ngan.wav", seconds=4.0, rate=16000, channels=1)
    start_with(panel, f"file:{short}")
    with qtbot.waitSignal(panel.meetingRecorded, timeout=WAIT_MS) as recorded:
        pass
    [audio] = store.audio.for_meeting(recorded.args[0])
    assert audio.status == "ready"
    assert audio.duration == pytest.approx(4.0, abs=0.5)


# The window ---------------------------------------------------------------------------------


def test_ctrl_r_records_and_the_meeting_opens(qtbot, window, tone, store):
    action = window.action_record
    assert action.text().replace("&", "") == "Ghi âm cuộc họp…"
    assert action.shortcut().toString() == "Ctrl+R"
    assert action in window.file_menu.actions()
    action.trigger()
    panel = window.recording
    assert panel.isVisible()
    start_with(panel, f"file:{tone}")
    # The new meeting opens at once, "Chép lời" waiting until the recording is over.
    assert window.stack.currentWidget() is window.meeting_page
    assert window.meeting_page.meeting_id == panel.session.meeting_id
    assert not window.meeting_page.transcription.isVisible()
    qtbot.waitUntil(lambda: panel.session.elapsed >= 1.0, timeout=WAIT_MS)
    with qtbot.waitSignal(window.meetingOpened, timeout=WAIT_MS) as opened:
        panel.stop_button.click()
    assert window.stack.currentWidget() is window.meeting_page
    assert window.meeting_page.transcription.isVisible()
    [audio] = store.audio.for_meeting(opened.args[0])
    assert audio.status == "ready"


def test_closing_while_recording_asks_and_never_loses_audio(qtbot, window, tone, store):
    window.action_record.trigger()
    panel = window.recording
    start_with(panel, f"file:{tone}")
    session = panel.session
    qtbot.waitUntil(lambda: session.elapsed >= 1.0, timeout=WAIT_MS)

    seen: list[str] = []
    answer_message_box(qtbot, "Tiếp tục ghi", seen)
    assert not window.close()
    assert seen and "Đang ghi âm" in seen[0]
    assert window.isVisible() and session.running

    answer_message_box(qtbot, "Dừng ghi và đóng", seen)
    assert window.close()
    assert len(seen) == 2
    assert not session.running
    [audio] = store.audio.for_meeting(session.meeting_id)
    assert audio.status == "ready"
    assert audio.duration == pytest.approx(session.elapsed, abs=0.5)


def test_a_recovered_recording_is_reported_at_start(qtbot, store, tmp_path, monkeypatch):
    meeting = store.meetings.create("Họp bị mất điện")
    recovered = [
        AudioFile(
            id=1, meeting_id=meeting.id, stored_path="x.wav", original_name="x.wav",
            sha256="", size_bytes=0, duration=12.0, source="recording",
        )
    ]  # fmt: skip
    monkeypatch.setattr(Services, "recover", lambda self: Recovered(recovered, []))
    shown: list[str] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box.text())
        assert box.textFormat() == Qt.TextFormat.PlainText
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Services(store), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: bool(shown))
    assert "“Họp bị mất điện”" in shown[0]
    assert "khôi phục" in shown[0]


def test_nothing_to_recover_says_nothing(qtbot, window):
    qtbot.wait(50)
    assert QApplication.activeModalWidget() is None


def test_live_transcript_grows_while_recording(qtbot, window, tmp_path, monkeypatch, store):
    """The real model on real speech: segments appear on the meeting page while recording,
    the bar says how far the transcript has come, and the tail is done after "Dừng"."""
    speech = tmp_path / "speech.wav"
    concatenate(speech, clips("vi")[:20])  # about 80 seconds
    monkeypatch.setenv("MEETING_ASSISTANT_FILE_DEVICE_SPEED", "4")
    # The recording waits at the end of the file, however slow the machine, until the test has
    # seen the transcript grow: a meeting that goes on while the model catches up.
    inputs = watch_inputs(monkeypatch, hold_at_end=True)
    window.action_record.trigger()
    panel = window.recording
    start_with(panel, f"file:{speech}", live=True)
    (microphone,) = inputs
    page = window.meeting_page
    try:
        assert panel.transcript_label.text() == "Đang chờ đoạn nói đầu tiên để chép lời…"
        qtbot.waitUntil(
            lambda: panel.transcript_label.text().startswith("Đã chép lời đến "), timeout=LIVE_MS
        )
        qtbot.waitUntil(lambda: page.transcript.model.rowCount() > 0, timeout=LIVE_MS)
        assert panel.state() == RecordingPanel.RECORDING
    finally:
        microphone.release()

    finishing: list[str] = []
    panel.stateChanged.connect(lambda: finishing.append(panel.transcript_label.text()))
    with qtbot.waitSignal(panel.meetingRecorded, timeout=LIVE_MS) as recorded:
        panel.stop_button.click()  # or the file ends first: the same path
    assert any(t.startswith("Đang chép lời phần cuối…") for t in finishing)
    [audio] = store.audio.for_meeting(recorded.args[0])
    assert audio.status == "ready"
    assert audio.transcribed_until == pytest.approx(audio.duration, abs=1.0)
    assert page.meeting_id == recorded.args[0]
    assert page.transcript.model.rowCount() == store.segments.count(recorded.args[0]) > 1
