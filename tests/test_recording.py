"""Live recording: the crash-safe WAV writer, the file: device, sessions, recovery after a kill,
and the record/devices commands."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import wave
from pathlib import Path

import numpy as np
import pytest

from meeting_assistant.audio import probe, read_pcm
from meeting_assistant.audio.capture import SPEED_ENV, FileSource, list_devices, open_source
from meeting_assistant.audio.wav_writer import HEADER_BYTES, WavWriter, repair
from meeting_assistant.errors import StorageError, UserError
from meeting_assistant.services.importing import sha256_of
from meeting_assistant.services.recording import RecordingSession, recover_recordings
from meeting_assistant.store import Store

from .cli_helpers import cli, command
from .speech_fixtures import clips, concatenate


def _tone(seconds: float, freq: float = 440.0) -> np.ndarray:
    t = np.arange(int(seconds * 16000)) / 16000
    return (0.5 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def _speech(path: Path, seconds: float) -> Path:
    """Real Vietnamese speech, at least `seconds` long."""
    rows, total = [], 0.0
    for row in clips("vi"):
        rows.append(row)
        total += float(row["duration_seconds"]) + 1.2
        if total >= seconds:
            break
    concatenate(path, rows)
    return path


def _frames(path: Path) -> int:
    with wave.open(str(path)) as w:
        return w.getnframes()


# --- the writer --------------------------------------------------------------------------------


def test_writer_round_trip(tmp_path):
    samples = _tone(1.5)
    with WavWriter(tmp_path / "a.wav") as writer:
        for block in np.array_split(samples, 15):
            writer.write(block)
    info = probe(tmp_path / "a.wav")
    assert (info.sample_rate, info.channels, info.codec) == (16000, 1, "pcm_s16le")
    assert info.duration == pytest.approx(1.5, abs=1e-3)
    back = read_pcm(tmp_path / "a.wav")
    assert np.abs(back - samples).max() < 1e-3
    assert (tmp_path / "a.wav").stat().st_size == HEADER_BYTES + 2 * len(samples)


def test_header_is_kept_up_to_date_while_writing(tmp_path):
    """Without any repair, another reader sees what was synced (the live transcriber does)."""
    writer = WavWriter(tmp_path / "live.wav", sync_s=0.0)
    writer.write(_tone(2.0))
    assert writer.synced_frames == 32000
    assert _frames(tmp_path / "live.wav") == 32000
    assert len(read_pcm(tmp_path / "live.wav")) == 32000
    writer.close()


def test_repair_of_a_file_cut_short_with_a_half_sample_at_the_end(tmp_path):
    path = tmp_path / "cut.wav"
    writer = WavWriter(path, sync_s=3600)  # the header still says 0: a kill before any sync
    writer.write(_tone(3.0))
    with open(path, "ab") as f:
        f.write(b"\x07")  # a write cut in the middle of a sample
    assert _frames(path) == 0
    assert repair(path) == pytest.approx(3.0)
    assert _frames(path) == 48000
    assert len(read_pcm(path)) == 48000
    writer._file.close()


def test_repair_rebuilds_a_garbage_header(tmp_path):
    path = tmp_path / "g.wav"
    with WavWriter(path) as writer:
        writer.write(_tone(1.0))
    with open(path, "r+b") as f:
        f.write(b"\0" * HEADER_BYTES)  # a power cut can leave zeroed blocks
    assert repair(path) == pytest.approx(1.0)
    assert probe(path).duration == pytest.approx(1.0, abs=1e-3)
    (tmp_path / "tiny.wav").write_bytes(b"RIF")
    assert repair(tmp_path / "tiny.wav") == 0.0


# --- the file: device --------------------------------------------------------------------------


def test_file_source_plays_at_real_time_times_speed(tmp_path, monkeypatch):
    path = tmp_path / "t.wav"
    with WavWriter(path) as writer:
        writer.write(_tone(2.0))
    monkeypatch.setenv(SPEED_ENV, "10")
    source = open_source(f"file:{path}")
    assert isinstance(source, FileSource)
    began = time.monotonic()
    got = 0
    while len(block := source.read(1600)):
        got += len(block)
    took = time.monotonic() - began
    source.close()
    assert got == 32000
    assert 0.15 <= took < 1.0  # 2 s of audio at 10×: 0.2 s


def test_unknown_device_is_a_user_error():
    with pytest.raises(UserError):
        open_source("Micrô không có thật")
    assert isinstance(list_devices(), list)


def test_a_file_that_is_no_audio_is_refused_before_anything_is_made(tmp_path):
    from meeting_assistant.store import Store

    bad = tmp_path / "hong.mp3"
    bad.write_bytes(os.urandom(5000))
    session = RecordingSession(tmp_path / "m.db", device=f"file:{bad}", title="Ghi thử")
    with pytest.raises(UserError) as refused:
        session.start()
    assert "hong.mp3" in str(refused.value)
    with Store(tmp_path / "m.db") as store:
        assert store.meetings.count() == 0  # no empty meeting left behind


# --- sessions ----------------------------------------------------------------------------------


def _record(db: Path, source: Path, **kwargs) -> RecordingSession:
    session = RecordingSession(db, device=f"file:{source}", **kwargs)
    session.start()
    return session


def test_a_session_records_a_whole_file_into_a_new_meeting(tmp_path, monkeypatch):
    src = _speech(tmp_path / "speech.wav", 15)
    monkeypatch.setenv(SPEED_ENV, "20")
    session = _record(tmp_path / "m.db", src, title="Giao ban tuần")
    deadline = time.monotonic() + 30
    while session.running and time.monotonic() < deadline:
        time.sleep(0.05)
    session.stop()
    assert session.error is None and not session.running
    with Store(tmp_path / "m.db") as store:
        meeting = store.meetings.get(session.meeting_id)
        audio = store.audio.get(session.audio_id)
        path = store.media_dir / audio.stored_path
        assert meeting.title == "Giao ban tuần" and meeting.state == "audio"
        assert (audio.source, audio.status, audio.codec) == ("recording", "ready", "pcm_s16le")
        assert audio.duration == pytest.approx(_frames(src) / 16000, abs=0.15)
        assert audio.sha256 == sha256_of(path) and audio.size_bytes == path.stat().st_size
        assert probe(path).duration == pytest.approx(audio.duration, abs=1e-3)
        assert recover_recordings(store) == []


def test_pause_leaves_the_paused_audio_out(tmp_path, monkeypatch):
    src = _speech(tmp_path / "speech.wav", 15)
    monkeypatch.setenv(SPEED_ENV, "10")
    session = _record(tmp_path / "m.db", src)
    time.sleep(0.3)
    session.pause()
    assert session.paused
    at_pause = session.elapsed
    time.sleep(0.5)  # 5 s of audio go by
    assert session.elapsed - at_pause < 0.5
    session.resume()
    while session.running:
        time.sleep(0.05)
    session.stop()
    with Store(tmp_path / "m.db") as store:
        audio = store.audio.get(session.audio_id)
        assert audio.duration < _frames(src) / 16000 - 3.5
        assert audio.duration == pytest.approx(session.elapsed, abs=0.01)
        assert store.meetings.get(session.meeting_id).title.startswith("Ghi âm ")


def test_stop_part_way_and_recording_into_an_existing_meeting(tmp_path, monkeypatch):
    src = _speech(tmp_path / "speech.wav", 15)
    with Store(tmp_path / "m.db") as store:
        meeting_id = store.meetings.create("Hội nghị").id
    session = _record(tmp_path / "m.db", src, meeting_id=meeting_id)  # real time
    time.sleep(1.2)
    with Store(tmp_path / "m.db") as other:  # another window starting: leaves it alone
        assert recover_recordings(other) == []
        assert other.audio.get(session.audio_id).status == "recording"
    session.stop()
    with Store(tmp_path / "m.db") as store:
        audio = store.audio.get(session.audio_id)
        assert audio.meeting_id == meeting_id and audio.status == "ready"
        assert 0.8 < audio.duration < 2.0


def test_too_little_disk_space_refuses_to_start(tmp_path, monkeypatch):
    src = _speech(tmp_path / "speech.wav", 5)
    monkeypatch.setattr(
        "meeting_assistant.services.recording._free_bytes", lambda _folder: 10 << 20
    )
    with pytest.raises(StorageError):
        _record(tmp_path / "m.db", src, title="x")
    with Store(tmp_path / "m.db") as store:
        assert store.meetings.list() == []
        assert store.audio.all_paths() == []


# --- the command line --------------------------------------------------------------------------


def test_devices_json_prints_a_list(tmp_path):
    done = cli(tmp_path, "devices", "--json")
    assert done.returncode == 0, done.stderr
    assert isinstance(json.loads(done.stdout), list)


def test_record_for_a_duration_prints_the_meeting_id(tmp_path):
    src = _speech(tmp_path / "speech.wav", 10)
    done = cli(tmp_path, "record", "--device", f"file:{src}", "--duration", "2", "--title", "T")
    assert done.returncode == 0, done.stderr
    meeting_id = int(done.stdout.strip())
    shown = json.loads(cli(tmp_path, "show", str(meeting_id), "--json").stdout)
    assert 2.0 <= shown["audio_files"][0]["duration"] < 2.5
    bad = cli(tmp_path, "record", "--device", "Không có", "--title", "T")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr


def test_a_killed_recording_is_recovered_at_the_next_start(tmp_path):
    """SIGKILL at ~40 s of a 60 s recording: the next command finds ≥ 38 s of intact audio."""
    src = _speech(tmp_path / "speech.wav", 60)
    env = dict(os.environ, **{SPEED_ENV: "4"})
    db = tmp_path / "m.db"
    cmd = [*command(db), "record"]
    proc = subprocess.Popen(
        [*cmd, "--device", f"file:{src}", "--title", "Bị ngắt", "--duration", "60"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        meeting_id = int(proc.stdout.readline())
        with Store(db) as store:
            audio_dir = store.media_dir / "audio"
        deadline = time.monotonic() + 60
        wav = None
        while time.monotonic() < deadline:
            wavs = list(audio_dir.glob("rec-*.wav"))
            if wavs and (wavs[0].stat().st_size - HEADER_BYTES) / 32000 >= 40:
                wav = wavs[0]
                break
            time.sleep(0.02)
        assert wav is not None, proc.stderr.read().decode()
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        at_kill = (wav.stat().st_size - HEADER_BYTES) / 32000
    finally:
        if proc.poll() is None:
            proc.kill()
    with Store(db) as store:
        assert store.audio.for_meeting(meeting_id)[0].status == "recording"

    done = cli(tmp_path, "meetings", "--json")
    assert done.returncode == 0, done.stderr
    assert "Đã khôi phục" in done.stderr or "Recovered" in done.stderr
    with Store(db) as store:
        (audio,) = store.audio.for_meeting(meeting_id)
        assert audio.status == "ready" and audio.sha256 == sha256_of(wav)
        assert audio.duration >= at_kill - 2.0 and audio.duration >= 38.0
        assert len(read_pcm(wav)) / 16000 == pytest.approx(audio.duration, abs=0.01)
        assert store.meetings.get(meeting_id).state == "audio"
    again = cli(tmp_path, "meetings", "--json")
    assert "Đã khôi phục" not in again.stderr and "Recovered" not in again.stderr
