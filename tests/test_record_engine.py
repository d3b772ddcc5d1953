"""`record --engine`: the transcript made while recording comes from the recogniser chosen, and
a choice it could not honour is refused before anything is recorded."""

from __future__ import annotations

import json

import pytest

from meeting_assistant.audio.capture import SPEED_ENV
from meeting_assistant.store import Store
from meeting_assistant.transcription import viet_asr

from .cli_helpers import cli
from .speech_fixtures import clips, concatenate, wer

needs_viet_asr = pytest.mark.skipif(not viet_asr.available(), reason="viet-asr not installed")


@needs_viet_asr
def test_record_with_viet_asr_transcribes_the_recording_with_it(tmp_path, monkeypatch):
    """The tests' default recogniser is Whisper (conftest): --engine viet-asr overrides it, and
    turns live transcription on by itself."""
    source = tmp_path / "hop.wav"
    reference = concatenate(source, clips("vi")[:6])
    monkeypatch.setenv(SPEED_ENV, "8")
    done = cli(tmp_path, "record", "--device", f"file:{source}", "--title", "Giao ban",
               "--engine", "viet-asr")  # fmt: skip
    assert done.returncode == 0, done.stderr
    meeting_id = int(done.stdout.strip())
    with Store(tmp_path / "m.db") as store:
        (audio,) = store.audio.for_meeting(meeting_id)
        assert audio.transcription_state == "done"
        assert audio.transcription_model == "viet-asr"
        text = " ".join(s.text for s in store.segments.for_meeting(meeting_id))
    assert wer(reference, text) < 0.35, text


def test_record_refuses_an_engine_it_cannot_use_before_recording(tmp_path, monkeypatch):
    source = tmp_path / "hop.wav"
    concatenate(source, clips("vi")[:1])
    monkeypatch.setenv(SPEED_ENV, "8")
    if viet_asr.available():
        args = ["--engine", "viet-asr", "--language", "en"]
        said = "only knows Vietnamese"
    else:
        args = ["--engine", "viet-asr"]
        said = "not installed"
    done = cli(tmp_path, "record", "--device", f"file:{source}", "--title", "T", *args, lang="en")
    assert done.returncode == 1 and said in done.stderr and "Traceback" not in done.stderr
    bad = cli(tmp_path, "record", "--device", f"file:{source}", "--engine", "google")
    assert bad.returncode == 2 and "google" in bad.stderr
    listed = json.loads(cli(tmp_path, "meetings", "--json").stdout)
    assert listed == []  # nothing was made
