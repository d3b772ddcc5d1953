"""Transcribing a meeting: drives the engine over each of its audio files and stores every
segment the moment it is produced, so an interrupted run resumes where it stopped."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

from filelock import FileLock, Timeout

from ..audio import SAMPLE_RATE, read_pcm
from ..errors import UserError
from ..models import AudioFile, Segment
from ..paths import private_dir
from ..settings import DEFAULT_MODEL_KEY, Settings
from ..store import Change, Store, storage_errors
from ..store import cipher as sql_errors
from ..transcription import Options, Progress, TranscribedSegment
from ..transcription.engines import (
    VIET_ASR,
    WHISPER,
    check_engine,
    default_engine,
    open_engine,
)
from .importing import stored_copy_ok
from .replacing import ClerksSegments, Replacement, clerks_segments


def recogniser_for(
    store: Store, engine: str | None, model: str | None, language: str | None
) -> tuple[str, str | None]:
    """The recogniser and model a run uses: what was asked; else, when the clerk chose a default
    model (Settings → Mô hình nhận dạng), Whisper with it; else the default engine for the
    language (viet-asr for Vietnamese where installed) with its own default model."""
    if model is None and engine in (None, WHISPER) and store.settings.get(DEFAULT_MODEL_KEY):
        model = Settings(store).default_model
    if engine is None and model is not None:
        engine = WHISPER
    return check_engine(engine or default_engine(language)), model


@dataclass
class SegmentAdded:
    segment: Segment


@dataclass
class MeetingProgress:
    """Progress over the whole meeting (all its audio files together)."""

    done_s: float
    total_s: float
    elapsed_s: float
    eta_s: float | None

    @property
    def fraction(self) -> float:
        return min(1.0, self.done_s / self.total_s) if self.total_s > 0 else 1.0


@dataclass
class Finished:
    cancelled: bool
    segments_added: int
    # The clerk's segments a re-transcription replaced (replace_edited), as one undoable edit.
    replaced: Change | None = None


Event = SegmentAdded | MeetingProgress | Finished


def transcription_lock(store: Store, audio_id: int) -> FileLock:
    folder = store.media_dir / "locks"
    private_dir(folder)
    return FileLock(str(folder / f"audio-{audio_id}.lock"), timeout=0)


def recover_interrupted(store: Store) -> list[AudioFile]:
    """Runs left 'running' by a process that is gone are marked interrupted (to offer resume).

    A run still alive holds its lock file, so another window or command never steals it."""
    stale = []
    for audio in store.audio.with_transcription_state("running"):
        try:
            with transcription_lock(store, audio.id):
                store.audio.mark_interrupted(audio.id)
                stale.append(store.audio.get(audio.id))
        except Timeout:
            continue
    return stale


@dataclass
class TranscriptionStatus:
    done_s: float  # seconds of the meeting's audio transcribed
    total_s: float

    @property
    def resumable(self) -> bool:
        """Part-way: a run stopped (or crashed) and the next one continues from there."""
        return 0 < self.done_s < self.total_s

    @property
    def complete(self) -> bool:
        return 0 < self.total_s <= self.done_s


def transcription_status(store: Store, meeting_id: int) -> TranscriptionStatus:
    audios = store.audio.for_meeting(meeting_id)
    done = sum(
        a.duration if a.transcription_state == "done" else min(a.transcribed_until, a.duration)
        for a in audios
    )
    return TranscriptionStatus(done, sum(a.duration for a in audios))


def known_language(language: str | None, model_name: str = "base") -> None:
    """Refuse a language code Whisper does not know, before any work starts (a recording must
    not run an hour to fail at its end)."""
    from faster_whisper.tokenizer import _LANGUAGE_CODES  # the languages Whisper models know

    if language and language not in _LANGUAGE_CODES:
        raise UserError(
            'Mô hình {model} không nhận dạng được ngôn ngữ "{lang}". Dùng mã hai chữ như vi, en.',
            'The model {model} does not know the language "{lang}". Use a code such as vi or en.',
            model=model_name,
            lang=language,
        )


def spoken_language(
    store: Store, meeting, recogniser, model_name: str, language: str | None
) -> str:
    """The language to transcribe in: the one asked for (checked against the model and
    remembered for the meeting), else the meeting's own (Vietnamese unless set)."""
    if language and language not in recogniser.languages:
        raise UserError(
            'Mô hình {model} không nhận dạng được ngôn ngữ "{lang}". Dùng mã hai chữ như vi, en.',
            'The model {model} does not know the language "{lang}". Use a code such as vi or en.',
            model=model_name,
            lang=language,
        )
    if language and language != meeting.language:
        store.meetings.update(meeting.id, language=language)
    return language or meeting.language


def resume_prompt(store: Store, audio_id: int, start: float) -> str:
    """Drop what lies past the resume point (it cannot be trusted to be whole: it is heard
    again) and return the last words kept, as the engine's prompt."""
    store.segments.delete_from(audio_id, start)
    return " ".join(s.text for s in store.segments.for_audio(audio_id)[-5:])


def save_segment(
    store: Store, meeting_id: int, audio_id: int, event: TranscribedSegment, above=None
) -> Segment | None:
    """Store a committed segment with its resume point; a full disk reads as a message. Where
    the clerk's own (edited, or tagged) segment already says it, only the resume point moves:
    None is returned."""
    with storage_errors(store.path):
        if store.segments.protected_overlapping(audio_id, event.start, event.end):
            store.audio.set_transcription(audio_id, transcribed_until=event.resume_at)
            return None
        return store.segments.add(
            Segment(
                id=None,
                meeting_id=meeting_id,
                audio_id=audio_id,
                start=event.start,
                end=event.end,
                text=event.text,
                words=event.words,
                avg_logprob=event.avg_logprob,
                no_speech_prob=event.no_speech_prob,
            ),
            transcribed_until=event.resume_at,
            above=above,
        )


# An end of a recording longer than this after its last segment is checked for speech.
UNCOVERED_S = 1.5
# Speech shorter than this in that end (a cough, a chair moved) is not worth hearing again.
MIN_SPEECH_S = 0.5


def uncovered_speech(store: Store, audio: AudioFile) -> float | None:
    """Where speech begins in the end of a recording that no segment covers (None: nothing
    said there). Whisper sometimes stops a little before the end of what it was given."""
    segments = store.segments.for_audio(audio.id)
    covered = max((s.end for s in segments), default=0.0)
    if audio.duration - covered < UNCOVERED_S:
        return None
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    samples = read_pcm(store.media_file(audio.stored_path), start=covered, end=audio.duration)
    spans = get_speech_timestamps(samples, VadOptions(min_silence_duration_ms=300, speech_pad_ms=0))
    speech = [s for s in spans if (s["end"] - s["start"]) / SAMPLE_RATE >= MIN_SPEECH_S]
    if not speech:
        return None
    return covered + max(0.0, speech[0]["start"] / SAMPLE_RATE - 0.2)


def _cover_the_end(store: Store, recogniser, audio: AudioFile, options: Options, cancel):
    """Segments for speech left uncovered at the end of a finished file, heard once more on
    its own (no prompt: the prompt is what can make Whisper stop early)."""
    start = uncovered_speech(store, audio)
    if start is None:
        return
    tail = Options(language=options.language, beam_size=options.beam_size)
    for event in recogniser.transcribe(
        str(store.media_file(audio.stored_path)), audio.duration, start=start,
        options=tail, prompt="", cancel=cancel, until=audio.duration,
    ):  # fmt: skip
        if isinstance(event, TranscribedSegment):
            yield event


class TranscriptionService:
    """Transcribing a meeting's recordings, resumably, and where that stands."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def status(self, meeting_id: int) -> TranscriptionStatus:
        return transcription_status(self.store, meeting_id)

    def recover_interrupted(self) -> list[AudioFile]:
        return recover_interrupted(self.store)

    def run(self, meeting_id: int, **options) -> Iterator[Event]:
        """See `transcribe_meeting`."""
        return transcribe_meeting(self.store, meeting_id, **options)

    def retranscribe(
        self, meeting_id: int, replace_edited: bool = False, **options
    ) -> Iterator[Event]:
        """Transcribe the whole meeting again (another engine, model or language): every
        segment the clerk edited or tagged stays, the rest is replaced as it is heard again.
        `replace_edited`: those are replaced too, as one undoable change (Finished.replaced,
        also `last_replaced()` after a run that failed); see services/replacing.py."""
        start_over(self.store, meeting_id)
        self._replacement = Replacement(self.store) if replace_edited else None
        return transcribe_meeting(self.store, meeting_id, replacement=self._replacement, **options)

    def clerks_segments(self, meeting_id: int) -> ClerksSegments:
        """How many segments a re-transcription keeps unless told to replace them."""
        return clerks_segments(self.store, meeting_id)

    def last_replaced(self) -> Change | None:
        """What the last `retranscribe(replace_edited=True)` replaced, however it ended."""
        replacement = getattr(self, "_replacement", None)
        return replacement.change() if replacement is not None else None

    @staticmethod
    def default_engine(language: str | None) -> str:
        return default_engine(language)

    def compare(self, meeting_id: int, start_s: float, length_s: float = 30.0, **options):
        """Both recognisers on one stretch, nothing stored: see engine_compare.compare_engines."""
        from .engine_compare import compare_engines

        return compare_engines(self.store, meeting_id, start_s, length_s, **options)

    def first_speech(self, meeting_id: int, length_s: float = 30.0) -> float:
        from .engine_compare import first_speech

        return first_speech(self.store, meeting_id, length_s)


def start_over(store: Store, meeting_id: int) -> None:
    """Mark every recording of the meeting to be heard again from its start. Nothing is deleted
    yet: each file's old segments go (all but the clerk's) only when its new run begins."""
    audios = store.audio.for_meeting(meeting_id)
    if any(a.transcription_state == "running" for a in audios):
        raise UserError(
            "Tệp ghi âm này đang được chép lời ở một cửa sổ hoặc lệnh khác.",
            "This recording is already being transcribed by another window or command.",
        )
    for audio in audios:
        store.audio.set_transcription(
            audio.id, transcription_state="pending", transcribed_until=0.0
        )


def known_names(store: Store, meeting_id: int) -> list[str]:
    """Names to write with their capitals in a transcript without any: the meeting's vocabulary
    (attendees, units, the clerk's glossary, the directory) and the attendees' titles."""
    titles = [a.title for a in store.meetings.attendees(meeting_id) if a.title]
    return meeting_vocabulary(store, meeting_id) + titles


# Whisper reads at most about 220 tokens of hotwords: the meeting's own names come first.
HOTWORDS_CHARS = 600


def meeting_vocabulary(store: Store, meeting_id: int) -> list[str]:
    """The names and terms a meeting uses, most particular first: its attendees, their units,
    the units its tasks name, then the clerk's glossary and the rest of the unit directory."""
    attendees = store.meetings.attendees(meeting_id)
    units = {u.id: u.name for u in store.units.list()}
    terms = [a.name for a in attendees]
    terms += [units[a.unit_id] for a in attendees if a.unit_id in units]
    for task in store.items.tasks(meeting_id):
        ids = [task.lead_unit_id, *task.coordinating_unit_ids]
        terms += [units[i] for i in ids if i in units]
    terms += Settings(store).glossary + sorted(units.values())
    return list(dict.fromkeys(t for t in terms if t))


def meeting_hotwords(
    store: Store, meeting_id: int, engine: str, vocabulary: bool | None = None
) -> str | None:
    """What Whisper is given as hotwords for this meeting: nothing unless the vocabulary is on
    (`vocabulary`, else the clerk's setting), and never for viet-asr."""
    on = Settings(store).use_vocabulary if vocabulary is None else vocabulary
    if engine != WHISPER or not on:
        return None
    words, size = [], 0
    for term in meeting_vocabulary(store, meeting_id):
        if size + len(term) + 2 > HOTWORDS_CHARS:
            break
        words.append(term)
        size += len(term) + 2
    return ", ".join(words) or None


def transcribe_meeting(
    store: Store,
    meeting_id: int,
    model: str | None = None,
    language: str | None = None,
    beam_size: int = 5,
    cancel: threading.Event | None = None,
    cpu_threads: int = 0,
    window_s: float | None = None,
    engine: str | None = None,
    vocabulary: bool | None = None,
    replacement: Replacement | None = None,
) -> Iterator[Event]:
    """Transcribe what is not yet transcribed in a meeting, resuming interrupted files.

    `engine` is "whisper" or "viet-asr"; None: the default for the language (`default_engine`).
    `replacement`: the clerk's segments are replaced too, and remembered there for undo.

    Yields SegmentAdded (already saved), MeetingProgress, and a final Finished."""
    cancel = cancel or threading.Event()
    meeting = store.meetings.get(meeting_id)
    audios = store.audio.for_meeting(meeting_id)
    if not audios:
        raise UserError(
            "Cuộc họp số {id} chưa có tệp ghi âm. Hãy nhập tệp trước (lệnh import).",
            "Meeting {id} has no recording yet. Import one first (the import command).",
            id=meeting_id,
        )
    todo = [a for a in audios if a.transcription_state != "done"]
    total = sum(a.duration for a in audios)
    done_before = sum(a.duration for a in audios if a.transcription_state == "done")
    added = 0
    if not todo:
        yield Finished(cancelled=False, segments_added=0)
        return
    for audio in todo:
        if not (store.media_dir / audio.stored_path).is_file():
            raise UserError(
                "Không tìm thấy bản sao của tệp ghi âm “{name}” trong thư mục dữ liệu ({folder})."
                " Hãy nhập lại tệp gốc (lệnh import, hoặc Tệp → Nhập tệp ghi âm): nó được gắn"
                " lại vào cuộc họp này.",
                "The app's copy of the recording “{name}” is missing from the data folder"
                " ({folder}). Import the original file again (the import command, or File →"
                " Import): it is re-attached to this meeting.",
                name=audio.original_name,
                folder=str(store.media_dir),
            )
        if not stored_copy_ok(store, audio):
            raise UserError(
                "Bản sao của tệp ghi âm “{name}” trong thư mục dữ liệu đã bị hỏng (không còn"
                " giống tệp đã nhập). Hãy nhập lại tệp gốc: nó được gắn lại vào cuộc họp này.",
                "The app's copy of the recording “{name}” is damaged (it no longer matches the"
                " file imported). Import the original again: it is re-attached to this meeting.",
                name=audio.original_name,
            )

    engine, model = recogniser_for(store, engine, model, language or meeting.language)
    recogniser = open_engine(engine, model, cpu_threads=cpu_threads)
    if cancel.is_set():  # cancelled while the model was loading: nothing was started
        yield Finished(cancelled=True, segments_added=0)
        return
    language = spoken_language(store, meeting, recogniser, recogniser.name, language)
    names = known_names(store, meeting_id) if engine == VIET_ASR else []
    options = Options(language=language, beam_size=beam_size)
    options.hotwords = meeting_hotwords(store, meeting_id, engine, vocabulary)
    if window_s:
        options.window_s = window_s

    began = time.monotonic()
    done_at_start = done_before + sum(a.transcribed_until for a in todo)

    def meeting_progress(done: float) -> MeetingProgress:
        # Time left over the whole meeting, at the pace of this run so far.
        elapsed = time.monotonic() - began
        worked = done - done_at_start
        eta = elapsed / worked * max(0.0, total - done) if worked > 1.0 else None
        return MeetingProgress(done, total, elapsed, eta)

    for audio in todo:
        lock = transcription_lock(store, audio.id)
        try:
            lock.acquire()
        except Timeout:
            raise UserError(
                "Tệp ghi âm này đang được chép lời ở một cửa sổ hoặc lệnh khác.",
                "This recording is already being transcribed by another window or command.",
            ) from None
        try:
            # Read where to resume only now, under the lock: another run may have moved it.
            audio = store.audio.get(audio.id)
            if audio.transcription_state == "done":
                continue
            start = audio.transcribed_until
            if replacement is not None:
                replacement.drop(audio.id, start)
            above = replacement.floor if replacement is not None else None
            prompt = resume_prompt(store, audio.id, start)
            store.audio.set_transcription(
                audio.id,
                transcription_state="running",
                transcription_model=recogniser.name,
                transcription_language=language,
            )
            store.meetings.set_state(meeting_id, "transcribing")
            events = recogniser.transcribe(
                str(store.media_file(audio.stored_path)),
                audio.duration,
                start=start,
                options=options,
                prompt=prompt,
                cancel=cancel,
                # A file imported in part (damaged) is read no further than its readable part.
                until=audio.duration if audio.damaged_from is not None else None,
                names=names,
            )
            for event in events:
                if isinstance(event, TranscribedSegment):
                    segment = save_segment(store, meeting_id, audio.id, event, above)
                    if segment is not None:
                        added += 1
                        yield SegmentAdded(segment)
                elif isinstance(event, Progress):
                    yield meeting_progress(done_before + event.done_s)
            if not cancel.is_set() and engine != VIET_ASR:
                # A file is done only when its speech is covered: hear an uncovered end again.
                # (viet-asr hears every stretch the VAD finds, to the end.)
                for event in _cover_the_end(store, recogniser, audio, options, cancel):
                    segment = save_segment(store, meeting_id, audio.id, event, above)
                    if segment is not None:
                        added += 1
                        yield SegmentAdded(segment)
            if replacement is not None:
                replacement.settle(audio.id)
            if cancel.is_set():
                store.audio.mark_interrupted(audio.id)
                yield Finished(True, added, replacement and replacement.change())
                return
            store.audio.set_transcription(
                audio.id, transcription_state="done", transcribed_until=audio.duration
            )
            done_before += audio.duration
        except BaseException:
            # Whatever stopped us (an error, Ctrl-C, the window closing), what was stored stays.
            # If even this write fails (a full disk), the next start finds the run unlocked and
            # marks it interrupted then; the original error is the one to report.
            with contextlib.suppress(sql_errors.Error):
                store.audio.mark_interrupted(audio.id)
                if replacement is not None:
                    replacement.settle(audio.id)
            raise
        finally:
            lock.release()
    store.meetings.set_state(meeting_id, "transcribed")
    yield Finished(False, added, replacement and replacement.change())
