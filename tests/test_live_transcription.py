"""Transcription while recording: segments are stored before stop, and the final transcript
is as good as an offline one of the same audio."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from meeting_assistant.audio.capture import SPEED_ENV
from meeting_assistant.services.importing import import_audio
from meeting_assistant.services.live import LIVE_MARGIN_S, LIVE_WINDOW_S
from meeting_assistant.services.recording import RecordingSession
from meeting_assistant.services.transcription import transcribe_meeting
from meeting_assistant.store import Store
from meeting_assistant.transcription import Options, TranscribedSegment, transcribe_file

from .recording_fixtures import HOLD_LIMIT_S, watch_inputs
from .speech_fixtures import clips, concatenate, normalise, wer


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


def _words(segments) -> list[str]:
    return [w for s in segments for w in normalise(s.text).split()]


def wait_for(condition, limit_s: float) -> bool:
    """Poll until condition() holds; False if it never did within limit_s (a bound, not a
    measurement: on a slow machine it only takes longer)."""
    deadline = time.monotonic() + limit_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@dataclass
class EnginePass:
    start: float
    until: float
    final: bool
    while_recording: bool


def record_passes(monkeypatch, session_of) -> list[EnginePass]:
    """Every pass of the engine live transcription makes, with when it began."""
    passes: list[EnginePass] = []
    from meeting_assistant.transcription import engines

    real = engines.transcribe_file

    def engine(*args, **kwargs):
        passes.append(
            EnginePass(kwargs["start"], kwargs["until"], kwargs["final"], session_of().running)
        )
        yield from real(*args, **kwargs)

    monkeypatch.setattr(engines, "transcribe_file", engine)
    return passes


@pytest.mark.model
def test_live_transcription_keeps_up_and_matches_offline_quality(tmp_path, monkeypatch):
    """While recording, the transcript grows to within one stretch of what is recorded; at the
    end, one pass hears the tail, from where the live passes stopped; the result is as good as
    an offline transcript. No time is measured (benchmarks/recording.py prints the tail's)."""
    reference = _speech(tmp_path / "speech.wav", 90)
    monkeypatch.setenv(SPEED_ENV, "4")
    inputs = watch_inputs(monkeypatch, hold_at_end=True)
    session = RecordingSession(
        tmp_path / "live.db", device=f"file:{tmp_path / 'speech.wav'}", live_transcribe=True
    )
    passes = record_passes(monkeypatch, lambda: session)
    session.start()
    (microphone,) = inputs
    try:
        # The whole file is played in; the recording then waits for the transcript to catch up.
        assert microphone.holding.wait(120), "the recording did not reach the end of its file"
        stretch = LIVE_WINDOW_S + LIVE_MARGIN_S

        def caught_up() -> bool:
            return session.recorded_s - session.transcribed_until < stretch

        assert wait_for(lambda: caught_up() or session.transcription_error, HOLD_LIMIT_S - 60)
        assert caught_up() and session.running, (
            session.transcription_error or "the transcript did not catch up while recording"
        )
        at_end = session.recorded_s
        live_until = session.transcribed_until
        assert 0 < live_until
        with Store(tmp_path / "live.db") as store:
            while_recording = [(s.id, s.text) for s in store.segments.for_audio(session.audio_id)]
        assert while_recording, "no segment was stored while recording"
    finally:
        microphone.release()
    session.stop()
    assert session.wait_transcribed(timeout=300), session.transcription_error
    with Store(tmp_path / "live.db") as store:
        audio = store.audio.get(session.audio_id)
        assert audio.transcription_state == "done"
        assert audio.transcribed_until == pytest.approx(audio.duration)
        assert store.meetings.get(session.meeting_id).state == "transcribed"
        segments = store.segments.for_audio(audio.id)
        live_text = " ".join(s.text for s in segments)
    # What was transcribed while recording is kept as it was, and after the end of the
    # recording one pass, the final one, heard only the tail: from where the live passes had
    # got to (within one stretch of the end), to the end.
    assert [(s.id, s.text) for s in segments[: len(while_recording)]] == while_recording
    assert all(p.while_recording and not p.final for p in passes[:-1])
    tail = passes[-1]
    assert tail.final and not tail.while_recording
    assert live_until <= tail.start and at_end - stretch < tail.start
    assert tail.until == pytest.approx(audio.duration)

    with Store(tmp_path / "offline.db") as store:
        meeting, _audio = import_audio(store, tmp_path / "speech.wav")
        for _event in transcribe_meeting(store, meeting.id, cpu_threads=2):
            pass
        offline_text = " ".join(s.text for s in store.segments.for_meeting(meeting.id))
        offline = store.segments.for_meeting(meeting.id)
    # At every join between two stretches, what the offline transcript heard around it is in
    # the live one too (no sentence lost at a join), and no words are said twice across it.
    for join in [p.start for p in passes[1:]]:
        heard = _words(s for s in offline if join - 3 <= (s.start + s.end) / 2 <= join + 3)
        live_near = _words(s for s in segments if s.end >= join - 10 and s.start <= join + 10)
        lost = [w for w in heard if w not in live_near]
        print(f"join at {join:.1f} s: {len(lost)} of {len(heard)} words lost {lost}")
        assert len(lost) <= max(2, len(heard) // 4), (join, lost)
        before = [s for s in segments if s.end <= join + 0.5][-1:]
        after = [s for s in segments if s.start >= join - 0.5][:1]
        if before and after and before[0].id != after[0].id:
            last, head = normalise(before[0].text).split()[-4:], normalise(after[0].text).split()
            assert len(last) < 4 or head[:4] != last, (join, before[0].text, after[0].text)
    live_wer, offline_wer = wer(reference, live_text), wer(reference, offline_text)
    print(f"{len(passes)} passes, tail from {tail.start:.1f} s of {audio.duration:.1f} s;"
          f" WER live {live_wer:.3f} offline {offline_wer:.3f}")  # fmt: skip
    assert live_wer <= offline_wer + 0.08, (live_wer, offline_wer)
