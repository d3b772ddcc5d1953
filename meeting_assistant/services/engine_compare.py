"""Both recognisers on one short stretch of a meeting, side by side, so the clerk can hear for
himself which one to use (the meeting page's "So sánh 30 giây…").

Nothing is stored: the texts are only shown. Each engine's time is the time it took to
transcribe the stretch, without loading its model (a one-off a whole meeting pays once).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from ..audio import SAMPLE_RATE, read_pcm
from ..errors import UserError
from ..store import Store
from ..timeline import Timeline
from ..transcription import Options, TranscribedSegment
from ..transcription import viet_asr as viet_asr_module
from ..transcription.engines import VIET_ASR, WHISPER, open_engine
from .transcription import known_names, recogniser_for

COMPARE_S = 30.0
# Where to look for the first speech: the first minutes of each recording are enough.
LOOK_S = 600.0
LEAD_S = 0.3  # start a little before the first word


@dataclass
class EngineTrial:
    """One recogniser's transcript of the stretch."""

    engine: str  # "whisper" or "viet-asr"
    model: str | None  # the Whisper model's name; None for viet-asr
    text: str = ""
    seconds: float = 0.0  # to transcribe the stretch (the model's loading not counted)
    load_seconds: float = 0.0
    audio_s: float = 0.0  # how long the stretch heard was
    cancelled: bool = False
    error: str | None = None  # why it could not run (a message for the clerk)

    @property
    def model_label(self) -> str:
        return f"Whisper {self.model}" if self.engine == WHISPER else "viet-asr"


def first_speech(store: Store, meeting_id: int, length_s: float = COMPARE_S) -> float:
    """Where the meeting's first speech starts, on the meeting's timeline (0 if none found),
    moved back if need be so that a whole stretch of `length_s` fits in its recording."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    timeline = Timeline.of(store.audio.for_meeting(meeting_id))
    for audio in timeline.files:
        path = store.media_dir / audio.stored_path
        if not audio.duration or not path.is_file():
            continue
        samples = read_pcm(path, start=0.0, end=min(audio.duration, LOOK_S))
        spans = get_speech_timestamps(samples, VadOptions(min_silence_duration_ms=500))
        if spans:
            at = max(0.0, spans[0]["start"] / SAMPLE_RATE - LEAD_S)
            at = max(0.0, min(at, audio.duration - length_s))
            return timeline.at(audio.id, at)
    return 0.0


def compare_engines(
    store: Store,
    meeting_id: int,
    start_s: float,
    length_s: float = COMPARE_S,
    model: str | None = None,
    cancel: threading.Event | None = None,
) -> list[EngineTrial]:
    """Transcribe `length_s` seconds of the meeting from `start_s` (the meeting's timeline) with
    Whisper (`model`, else the clerk's default model) and, for Vietnamese where it is installed,
    viet-asr. A stretch never runs past the end of the recording it starts in."""
    cancel = cancel or threading.Event()
    meeting = store.meetings.get(meeting_id)
    found = Timeline.of(store.audio.for_meeting(meeting_id)).locate(start_s)
    if found is None:
        raise UserError(
            "Cuộc họp số {id} chưa có tệp ghi âm để so sánh.",
            "Meeting {id} has no recording to compare on.",
            id=meeting_id,
        )
    audio, offset = found
    offset = min(offset, max(0.0, audio.duration - 1.0))
    until = min(audio.duration, offset + length_s)
    language = meeting.language or "vi"
    _engine, whisper_model = recogniser_for(store, WHISPER, model, language)
    trials = [EngineTrial(WHISPER, whisper_model)]
    if language == "vi" and viet_asr_module.available():
        trials.append(EngineTrial(VIET_ASR, None))
    path = str(store.media_dir / audio.stored_path)
    names = known_names(store, meeting_id)
    for trial in trials:
        if cancel.is_set():
            trial.cancelled = True
            continue
        _run_one(trial, path, offset, until, language, names, cancel)
    return trials


def _run_one(trial, path, offset, until, language, names, cancel) -> None:
    began = time.monotonic()
    try:
        recogniser = open_engine(trial.engine, trial.model)
    except UserError as exc:  # a model missing or damaged: said in its column, the other runs
        trial.error = str(exc)
        return
    trial.model = recogniser.name if trial.engine == WHISPER else None
    trial.load_seconds = time.monotonic() - began
    began = time.monotonic()
    texts = []
    for event in recogniser.transcribe(
        path, until, start=offset, options=Options(language=language), cancel=cancel,
        until=until, names=names,
    ):  # fmt: skip
        if isinstance(event, TranscribedSegment):
            texts.append(event.text)
    trial.seconds = time.monotonic() - began
    trial.audio_s = until - offset
    trial.text = " ".join(t for t in texts if t)
    trial.cancelled = cancel.is_set()
