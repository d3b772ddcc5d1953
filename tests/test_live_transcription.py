"""Transcription while recording: segments are stored before stop, and the final transcript
is as good as an offline one of the same audio."""

from __future__ import annotations

import time

import pytest

from meeting_assistant.audio.capture import SPEED_ENV
from meeting_assistant.services.importing import import_audio
from meeting_assistant.services.recording import RecordingSession
from meeting_assistant.services.transcription import transcribe_meeting
from meeting_assistant.store import Store
from meeting_assistant.transcription import Options, TranscribedSegment, transcribe_file

from .speech_fixtures import clips, concatenate, wer


def _speech(path, seconds: float) -> str:
    rows, total = [], 0.0
    for row in clips("vi"):
        rows.append(row)
        total += float(row["duration_seconds"]) + 1.2
        if total >= seconds:
            break
    return concatenate(path, rows)


@pytest.mark.model
def test_non_final_pass_stops_at_until_and_leaves_the_remainder(tmp_path, whisper_model):
    _speech(tmp_path / "s.wav", 70)
    options = Options(window_s=30.0)
    events = list(
        transcribe_file(
            whisper_model, str(tmp_path / "s.wav"), 50.0, options=options, until=50.0, final=False
        )
    )
    segments = [e for e in events if isinstance(e, TranscribedSegment)]
    assert segments
    # Only full 30 s windows are heard: less than a window is left after the last resume point,
    # and nothing of it is stored (the final pass at stop hears it).
    resume = segments[-1].resume_at
    assert all(s.end <= resume + 0.01 for s in segments)
    assert 50.0 - 31.0 < resume < 50.0 - 2.0
    rest = [
        e
        for e in transcribe_file(
            whisper_model, str(tmp_path / "s.wav"), 50.0, start=resume, options=options, until=50
        )
        if isinstance(e, TranscribedSegment)
    ]
    assert rest and rest[-1].resume_at == 50.0 and rest[-1].end <= 50.0
    assert rest[0].start >= resume - 0.01


@pytest.mark.model
def test_live_transcription_keeps_up_and_matches_offline_quality(tmp_path, monkeypatch):
    reference = _speech(tmp_path / "speech.wav", 90)
    monkeypatch.setenv(SPEED_ENV, "4")
    session = RecordingSession(
        tmp_path / "live.db", device=f"file:{tmp_path / 'speech.wav'}", live_transcribe=True
    )
    session.start()
    with Store(tmp_path / "live.db") as store:
        seen_while_recording = 0
        while session.running:
            seen_while_recording = store.segments.count(session.meeting_id)
            time.sleep(0.2)
    session.stop()
    stopped = time.monotonic()
    assert seen_while_recording > 0, "no segment was stored while recording"
    at_stop = session.transcribed_until
    assert session.wait_transcribed(timeout=120), session.transcription_error
    tail_s = time.monotonic() - stopped
    with Store(tmp_path / "live.db") as store:
        audio = store.audio.get(session.audio_id)
        assert audio.transcription_state == "done"
        assert audio.transcribed_until == pytest.approx(audio.duration)
        assert store.meetings.get(session.meeting_id).state == "transcribed"
        live_text = " ".join(s.text for s in store.segments.for_audio(audio.id))

    with Store(tmp_path / "offline.db") as store:
        meeting, _audio = import_audio(store, tmp_path / "speech.wav")
        began = time.monotonic()
        for _event in transcribe_meeting(store, meeting.id, cpu_threads=2):
            pass
        offline_s = time.monotonic() - began
        offline_text = " ".join(s.text for s in store.segments.for_meeting(meeting.id))
    live_wer, offline_wer = wer(reference, live_text), wer(reference, offline_text)
    print(
        f"tail {tail_s:.1f}s offline {offline_s:.1f}s at stop {at_stop:.1f}/{audio.duration:.1f}"
        f" WER live {live_wer:.3f} offline {offline_wer:.3f}"
    )
    # At 4× real time the recorder outruns one CPU thread; at real time it keeps up.
    assert 0 < at_stop and tail_s < 90
    assert live_wer <= offline_wer + 0.08, (live_wer, offline_wer)
