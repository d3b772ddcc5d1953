"""The audio player on the demo meeting's real recording (87 s of Opus).

What needs no sound device is always checked: the source, the duration QMediaPlayer reads from
the file, seeking, speed, the timeline across files, errors. Whether playback really advances
depends on the machine: where QMediaPlayer cannot run the clock (no audio output), those tests
skip and say so.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
QtMultimedia = pytest.importorskip("PySide6.QtMultimedia")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer  # noqa: E402

from meeting_assistant.services import Services  # noqa: E402
from meeting_assistant.services.demo import create_demo_meeting  # noqa: E402
from meeting_assistant.services.importing import import_audio  # noqa: E402
from ui.meeting.playback.bar import PlayerBar  # noqa: E402
from ui.meeting.playback.player import RATES, AudioPlayer  # noqa: E402

from .audio_fixtures import write_tone  # noqa: E402

NO_PLAYBACK = (
    "QMediaPlayer does not advance here (no audio output device in this environment); "
    "source, duration, seeking and rate were checked without it"
)


@pytest.fixture
def meeting(store):
    return create_demo_meeting(store)


@pytest.fixture
def player(qtbot, store, meeting):
    audio_player = AudioPlayer()
    errors: list[str] = []
    audio_player.errorOccurred.connect(errors.append)
    audio_player.errors = errors
    audio_player.load(Services(store), meeting.id)
    yield audio_player
    audio_player.pause()
    audio_player.media_player().stop()
    audio_player.deleteLater()


def add_second_recording(store, meeting, tmp_path):
    """Attach a 3-second second recording to the meeting; return (first, second)."""
    write_tone(tmp_path / "phan-2.wav", seconds=3.0, rate=16000, channels=1, fmt="wav")
    import_audio(store, tmp_path / "phan-2.wav", meeting_id=meeting.id)
    return store.audio.for_meeting(meeting.id)


def loaded(qtbot, player):
    media = player.media_player()
    qtbot.waitUntil(lambda: media.duration() > 0, timeout=10_000)
    return media


def wait_playing(qtbot, player, beyond: float) -> None:
    """Wait until the real position passes `beyond`; skip when playback cannot run here."""
    try:
        qtbot.waitUntil(lambda: player.media_player().position() / 1000 > beyond, timeout=6_000)
    except qtbot.TimeoutError:
        pytest.skip(NO_PLAYBACK)


# --- no sound device needed ------------------------------------------------------------------


def test_load_sets_the_source_and_reads_the_duration(qtbot, player, store, meeting):
    audio = store.audio.for_meeting(meeting.id)[0]
    media = player.media_player()
    assert media.source().toLocalFile() == str(store.media_dir / audio.stored_path)
    assert player.total_duration() == pytest.approx(audio.duration)

    loaded(qtbot, player)
    assert media.duration() / 1000 == pytest.approx(87.1, abs=0.5)
    assert media.error() == QMediaPlayer.Error.NoError
    assert player.errors == []


def test_seek_moves_the_real_position_and_reports_it(qtbot, player):
    media = loaded(qtbot, player)
    audio_id = player.current_audio().id

    with qtbot.waitSignal(player.positionChanged) as reported:
        player.seek(audio_id, 30.0)
    assert reported.args == [audio_id, 30.0]
    qtbot.waitUntil(lambda: abs(media.position() - 30_000) < 100)
    assert player.global_position() == pytest.approx(30.0, abs=0.1)


def test_skip_moves_within_the_meeting_and_stops_at_its_ends(qtbot, player):
    loaded(qtbot, player)
    audio_id = player.current_audio().id
    player.seek(audio_id, 30.0)
    player.skip(5)
    assert player.position() == (audio_id, pytest.approx(35.0, abs=0.1))
    player.skip(-100)
    assert player.position() == (audio_id, 0.0)
    player.skip(1000)
    assert player.position()[1] == pytest.approx(player.total_duration(), abs=0.1)


def test_set_rate_reaches_the_media_player(qtbot, player):
    player.set_rate(1.5)
    assert player.media_player().playbackRate() == 1.5
    assert player.rate() == 1.5


def test_speed_combo_sets_the_rate(qtbot, player):
    bar = PlayerBar(player)
    qtbot.addWidget(bar)
    assert [bar.speed_combo.itemData(i) for i in range(bar.speed_combo.count())] == list(RATES)
    assert bar.speed_combo.currentData() == 1.0

    bar.speed_combo.setCurrentIndex(RATES.index(0.75))
    assert player.rate() == 0.75
    assert player.media_player().playbackRate() == 0.75
    # Relabelled on a language change without losing the chosen speed.
    bar.retranslate_ui()
    assert bar.speed_combo.currentData() == 0.75 and player.rate() == 0.75


def test_bar_slider_covers_the_meeting_and_dragging_seeks(qtbot, player):
    bar = PlayerBar(player)
    qtbot.addWidget(bar)
    total = player.total_duration()
    assert bar.slider.minimum() == 0
    assert bar.slider.maximum() == round(total * 1000)
    assert bar.time_label.text() == "00:00:00 / 00:01:27"

    loaded(qtbot, player)
    bar.slider.setSliderDown(True)
    bar.slider.setSliderPosition(45_000)  # the clerk drags…
    assert bar.time_label.text() == "00:00:45 / 00:01:27"
    bar.slider.setSliderDown(False)  # …and lets go
    qtbot.waitUntil(lambda: abs(player.media_player().position() - 45_000) < 100)

    player.seek(player.current_audio().id, 61.0)
    assert bar.slider.value() == 61_000
    assert bar.time_label.text() == "00:01:01 / 00:01:27"


def test_bar_shortcuts_and_tooltips(qtbot, player):
    bar = PlayerBar(player)
    qtbot.addWidget(bar)
    assert bar.play_action.shortcut().toString() == "Ctrl+Space"
    assert bar.play_action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
    assert bar.back_action.shortcut().toString() == "Alt+Left"
    assert bar.forward_action.shortcut().toString() == "Alt+Right"
    assert bar.play_action.toolTip() == "Phát (Ctrl+Space)"
    assert bar.back_action.toolTip() == "Lùi 5 giây (Alt+Left)"

    loaded(qtbot, player)
    player.seek(player.current_audio().id, 20.0)
    bar.back_action.trigger()
    assert player.global_position() == pytest.approx(15.0, abs=0.1)
    bar.forward_action.trigger()
    bar.forward_action.trigger()
    assert player.global_position() == pytest.approx(25.0, abs=0.1)


def test_a_meeting_with_two_recordings_is_one_timeline(qtbot, store, meeting, tmp_path):
    first, second = add_second_recording(store, meeting, tmp_path)
    player = AudioPlayer()
    try:
        player.load(Services(store), meeting.id)
        assert player.total_duration() == pytest.approx(first.duration + second.duration)
        assert player.offset_of(second.id) == pytest.approx(first.duration)
        bar = PlayerBar(player)
        qtbot.addWidget(bar)
        assert bar.slider.maximum() == round((first.duration + second.duration) * 1000)

        with qtbot.waitSignal(player.positionChanged) as reported:
            player.seek_global(first.duration + 1.0)
        assert reported.args == [second.id, pytest.approx(1.0)]
        assert player.current_audio().id == second.id
        media = player.media_player()
        assert media.source().toLocalFile().endswith(second.stored_path)
        qtbot.waitUntil(lambda: abs(media.position() - 1000) < 100, timeout=10_000)

        player.skip(-3.0)  # back across the join, into the first recording
        assert player.current_audio().id == first.id
        assert player.global_position() == pytest.approx(first.duration - 2.0, abs=0.1)
    finally:
        player.pause()
        player.media_player().stop()
        player.deleteLater()


def test_a_missing_file_is_reported_not_raised(qtbot, store, meeting):
    audio = store.audio.for_meeting(meeting.id)[0]
    (store.media_dir / audio.stored_path).unlink()
    player = AudioPlayer()
    messages = []
    player.errorOccurred.connect(messages.append)
    try:
        player.load(Services(store), meeting.id)
        assert messages and audio.original_name in messages[0]
        assert "Không tìm thấy tệp ghi âm" in messages[0]
        player.play()
        assert not player.is_playing()
        assert len(messages) == 2  # said again when the clerk presses play
    finally:
        player.deleteLater()


def test_no_output_device_is_said_once_in_words(qtbot, player):
    if QMediaDevices.audioOutputs():
        pytest.skip("this machine has an audio output device: the warning does not apply")
    loaded(qtbot, player)
    player.play()
    player.pause()
    player.play()
    player.pause()
    warnings = [m for m in player.errors if "loa hoặc tai nghe" in m]
    assert len(warnings) == 1


# --- needs playback to run --------------------------------------------------------------------


def test_playing_reports_position_and_state(qtbot, player):
    loaded(qtbot, player)
    audio_id = player.current_audio().id
    player.seek(audio_id, 30.0)
    positions = []
    player.positionChanged.connect(lambda a, s: positions.append((a, s)))
    with qtbot.waitSignal(player.stateChanged) as state:
        player.play()
    assert state.args == [True]
    wait_playing(qtbot, player, 30.4)
    qtbot.waitUntil(lambda: any(s > 30.3 for _, s in positions))
    assert all(a == audio_id for a, _ in positions)
    assert all(29.9 <= s < 40 for _, s in positions)

    with qtbot.waitSignal(player.stateChanged) as state:
        player.toggle()
    assert state.args == [False]


def test_play_span_pauses_at_its_end(qtbot, player):
    loaded(qtbot, player)
    audio_id = player.current_audio().id
    player.set_rate(2.0)
    player.play_span(audio_id, 10.0, 11.0)
    wait_playing(qtbot, player, 10.2)
    qtbot.waitUntil(lambda: not player.is_playing(), timeout=5_000)
    assert player.media_player().position() / 1000 == pytest.approx(11.0, abs=0.4)


def test_playback_moves_on_to_the_next_recording(qtbot, store, meeting, tmp_path):
    first, second = add_second_recording(store, meeting, tmp_path)
    player = AudioPlayer()
    try:
        player.load(Services(store), meeting.id)
        loaded(qtbot, player)
        player.seek(first.id, first.duration - 0.6)
        player.play()
        wait_playing(qtbot, player, first.duration - 0.4)
        qtbot.waitUntil(lambda: player.current_audio().id == second.id, timeout=5_000)
        qtbot.waitUntil(lambda: player.media_player().position() > 100, timeout=5_000)
        assert player.is_playing()
    finally:
        player.pause()
        player.media_player().stop()
        player.deleteLater()


def test_ctrl_space_toggles_while_the_transcript_editor_has_focus(qtbot, player, store, meeting):
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from ui.meeting.transcript.view import TEXT, TranscriptView

    window = QWidget()
    qtbot.addWidget(window)
    view = TranscriptView(window)
    bar = PlayerBar(player, window)
    layout = QVBoxLayout(window)
    layout.addWidget(view)
    layout.addWidget(bar)
    view.load(Services(store), meeting.id, QUndoStack(window))
    window.resize(900, 600)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    loaded(qtbot, player)
    index = view.model.index(0, TEXT)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    editor = view.delegate.open_editor()
    editor.setFocus()

    with qtbot.waitSignal(player.stateChanged) as state:
        qtbot.keyClick(editor, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert state.args == [True]
    assert view.delegate.open_editor() is editor  # typing goes on
    assert editor.toPlainText() == view.model.segment(0).text  # no space typed
    player.pause()
