"""Transcription during a recording: completed stretches of the file being recorded are
transcribed in the background and stored as segments, so that at stop only the tail is left.

The transcriber only reads the file, up to what the writer has synced; it never holds the
recorder up. It holds the same per-audio lock as transcribe_meeting, saves every segment with
its resume point exactly as transcribe_meeting does (a crash keeps what was done, and
`transcribe` resumes there), and uses fewer CPU threads while the recording runs, all of them
for the tail.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from filelock import Timeout

from ..errors import UserError
from ..store import Store
from ..store import cipher as sql_errors
from ..transcription import Options, Progress, TranscribedSegment, resolve_model
from ..transcription.engines import VIET_ASR, check_engine, open_engine
from .transcription import (
    known_language,
    known_names,
    recogniser_for,
    resume_prompt,
    save_segment,
    spoken_language,
    transcription_lock,
)

LIVE_WINDOW_S = 30.0  # a stretch this long is transcribed as soon as it is recorded...
LIVE_MARGIN_S = 5.0  # ...with this much after it, so the window's cut has room to choose
POLL_S = 1.0


def check_live_recogniser(engine: str | None, model: str | None, language: str | None) -> None:
    """Refuse, before a recording starts, a recogniser or language its live transcription could
    not use (a recording must not run an hour to fail at its end)."""
    if engine is not None:
        check_engine(engine)  # unknown, or viet-asr not installed
    if engine == VIET_ASR:
        if language and language != "vi":
            raise UserError(
                'Bộ nhận dạng viet-asr chỉ nhận dạng tiếng Việt, không nhận dạng "{lang}".',
                'The viet-asr recogniser only knows Vietnamese, not "{lang}".',
                lang=language,
            )
        return
    known_language(language, resolve_model(model).name)


def live_threads() -> int:
    """CPU threads for the model while recording: leave a core to the recorder and the UI."""
    return max(1, (os.cpu_count() or 2) - 1)


class LiveTranscriber:
    """A background thread transcribing one audio file while it is recorded."""

    def __init__(
        self,
        db_path: Path,
        audio_id: int,
        *,
        recorded_s: Callable[[], float],
        recording_done: threading.Event,
        model: str | None = None,
        language: str | None = None,
        window_s: float = LIVE_WINDOW_S,
        beam_size: int = 5,
        threads_while_recording: int | None = None,
        threads_after: int = 0,
        engine: str | None = None,
    ) -> None:
        self.db_path = Path(db_path)
        self.audio_id = audio_id
        self.recorded_s = recorded_s  # seconds readable in the file now
        self.recording_done = recording_done  # set once the file and its row are final
        self.model = model
        self.language = language
        # None: the default engine for the meeting's language, chosen when the work starts.
        self.engine = engine and check_engine(engine)
        self.window_s = window_s
        self.beam_size = beam_size
        self.threads_live = threads_while_recording or live_threads()
        self.threads_after = threads_after
        self.transcribed_until = 0.0
        self.segments_added = 0
        self.passes = 0
        self.error: BaseException | None = None
        self.cancel = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="live-transcription", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _run(self) -> None:
        store = None
        lock = None
        try:
            store = Store(self.db_path)
            lock = transcription_lock(store, self.audio_id)
            try:
                lock.acquire()
            except Timeout:
                lock = None
                raise UserError(
                    "Tệp ghi âm này đang được chép lời ở một cửa sổ hoặc lệnh khác.",
                    "This recording is already being transcribed by another window or command.",
                ) from None
            self._work(store)
        except BaseException as exc:  # noqa: BLE001 - reported through .error
            self.error = exc
            if store is not None:
                with contextlib.suppress(sql_errors.Error, UserError):
                    store.audio.mark_interrupted(self.audio_id)
        finally:
            if lock is not None:
                lock.release()
            if store is not None:
                store.close()
            self._done.set()

    def _work(self, store: Store) -> None:
        audio = store.audio.get(self.audio_id)
        meeting = store.meetings.get(audio.meeting_id)
        self.engine, model = recogniser_for(
            store, self.engine, self.model, self.language or meeting.language
        )
        whisper = open_engine(self.engine, model, cpu_threads=self.threads_live)
        language = spoken_language(store, meeting, whisper, whisper.name, self.language)
        options = Options(language=language, beam_size=self.beam_size)
        options.window_s = self.window_s
        store.audio.set_transcription(
            self.audio_id,
            transcription_state="running",
            transcription_model=whisper.name,
            transcription_language=options.language,
        )
        store.meetings.set_state(meeting.id, "transcribing")
        self.transcribed_until = audio.transcribed_until
        while not self.cancel.is_set():
            if self.recording_done.is_set():
                break
            recorded = self.recorded_s()
            if recorded - self.transcribed_until >= self.window_s + LIVE_MARGIN_S:
                self._pass(store, whisper, options, until=recorded, final=False)
            else:
                self.recording_done.wait(POLL_S)
        if self.cancel.is_set():
            store.audio.mark_interrupted(self.audio_id)
            return
        # The recording is final: the tail, with all the threads the machine has.
        audio = store.audio.get(self.audio_id)  # NotFoundError if nothing was kept
        if self.threads_after != self.threads_live and self.engine != VIET_ASR:
            del whisper
            whisper = open_engine(self.engine, self.model, cpu_threads=self.threads_after)
        tail = Options(language=options.language, beam_size=options.beam_size)  # long windows
        self._pass(store, whisper, tail, until=audio.duration, final=True)
        if self.cancel.is_set():
            store.audio.mark_interrupted(self.audio_id)
            return
        store.audio.set_transcription(
            self.audio_id, transcription_state="done", transcribed_until=audio.duration
        )
        self.transcribed_until = audio.duration
        others = store.audio.for_meeting(audio.meeting_id)
        if all(a.transcription_state == "done" for a in others):
            store.meetings.set_state(audio.meeting_id, "transcribed")

    def _pass(self, store: Store, whisper, options: Options, until: float, final: bool) -> None:
        start = self.transcribed_until
        prompt = resume_prompt(store, self.audio_id, start)
        audio = store.audio.get(self.audio_id)
        path = str(store.media_dir / audio.stored_path)
        self.passes += 1
        added = 0
        reached = start
        # A pass during the recording gives way (after its current segment) as soon as the
        # recording stops: the tail pass, with every thread, then takes it from there.
        stop = self.cancel if final else _EitherEvent(self.cancel, self.recording_done)
        names = known_names(store, audio.meeting_id) if self.engine == VIET_ASR else ()
        for event in whisper.transcribe(
            path,
            until,
            start=start,
            options=options,
            prompt=prompt,
            cancel=stop,
            until=until,
            final=final,
            names=names,
        ):
            if isinstance(event, TranscribedSegment):
                if save_segment(store, audio.meeting_id, self.audio_id, event) is not None:
                    self.segments_added += 1
                    added += 1
                self.transcribed_until = event.resume_at
            elif isinstance(event, Progress):
                reached = event.done_s
        if not final and not added and reached > start and not stop.is_set():
            # Only silence (or only hallucinations) in the windows heard: no segment moves the
            # resume point, so move it past them, or the same stretch would be heard forever.
            # With no segment committed, each window ended at its cut, which progress reports.
            store.audio.set_transcription(self.audio_id, transcribed_until=reached)
            self.transcribed_until = reached


class _EitherEvent:
    """Looks like a threading.Event to the engine: set when either of two events is."""

    def __init__(self, a: threading.Event, b: threading.Event) -> None:
        self.a, self.b = a, b

    def is_set(self) -> bool:
        return self.a.is_set() or self.b.is_set()
