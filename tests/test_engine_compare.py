"""Comparing both recognisers on 30 seconds of a meeting: each one's text and time, from where
the speech starts, and nothing stored."""

from __future__ import annotations

import threading
import wave

import numpy as np
import pytest

from meeting_assistant.services.importing import import_audio
from meeting_assistant.transcription import viet_asr

from .speech_fixtures import clip_path, clips, wer

pytestmark = pytest.mark.model
LEAD_S = 8.0


def _meeting_audio(path, rows, lead_s: float = LEAD_S) -> list[tuple[float, float, str]]:
    """Silence (a room before the meeting starts), then the clips with short pauses; returns
    where each clip is, with what it says."""
    said, at = [], lead_s
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        out.writeframes(np.zeros(int(lead_s * 16000), np.int16).tobytes())
        for row in rows:
            with wave.open(str(clip_path(row))) as w:
                out.writeframes(w.readframes(w.getnframes()))
                said.append((at, at + w.getnframes() / 16000, row["transcript"]))
                at += w.getnframes() / 16000 + 0.5
            out.writeframes(np.zeros(8000, np.int16).tobytes())
    return said


def _rows_for(seconds: float) -> list[dict]:
    rows, total = [], 0.0
    for row in clips("vi"):
        if total + float(row["duration_seconds"]) + 0.5 > seconds:
            break
        rows.append(row)
        total += float(row["duration_seconds"]) + 0.5
    return rows


def test_both_engines_transcribe_the_stretch_from_the_first_speech(store, services, tmp_path):
    path = tmp_path / "hop.wav"
    said = _meeting_audio(path, _rows_for(45.0))
    meeting, audio = import_audio(store, path)
    start = services.transcription.first_speech(meeting.id)
    assert LEAD_S - 0.5 < start < LEAD_S + 1.5  # (a clip has a little silence of its own)
    # What is said within the stretch (a clip cut by its end counts as half said: left out).
    reference = " ".join(t for a, b, t in said if (a + b) / 2 < start + 30.0)
    trials = services.transcription.compare(meeting.id, start)
    engines = [t.engine for t in trials]
    assert engines == (["whisper", "viet-asr"] if viet_asr.available() else ["whisper"])
    for trial in trials:
        assert trial.error is None and not trial.cancelled
        assert trial.seconds > 0 and trial.audio_s == pytest.approx(30.0, abs=0.01)
        assert wer(reference, trial.text) < (0.6 if trial.engine == "whisper" else 0.3), trial
    assert trials[0].model == "base" and trials[0].model_label == "Whisper base"
    # Only shown: the meeting is as it was.
    assert store.segments.for_meeting(meeting.id) == []
    assert store.audio.get(audio.id).transcription_state == audio.transcription_state


def test_a_stretch_stays_inside_its_recording_and_cancel_stops_it(store, services, tmp_path):
    path = tmp_path / "hop.wav"
    _meeting_audio(path, _rows_for(12.0), lead_s=0.5)
    meeting, audio = import_audio(store, path)
    # Asked for near the end, 30 s cannot fit: the stretch is what is left of the recording.
    (trial, *_) = services.transcription.compare(meeting.id, audio.duration - 5.0)
    assert trial.audio_s == pytest.approx(5.0, abs=0.01)
    # The first speech of a recording shorter than 30 s: its start.
    assert services.transcription.first_speech(meeting.id) == 0.0
    cancel = threading.Event()
    cancel.set()
    trials = services.transcription.compare(meeting.id, 0.0, cancel=cancel)
    assert all(t.cancelled and not t.text for t in trials)
