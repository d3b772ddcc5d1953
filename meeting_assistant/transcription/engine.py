"""Whisper transcription in bounded memory, as a generator a UI or CLI can drive.

faster-whisper's `transcribe()` computes the log-mel features of the whole input up front, so its
memory grows with the recording (3.4 GB at 60 minutes). We feed it the audio a window at a time
(a few minutes, cut at the quietest moment near the window's end), and carry the committed text
over as the next window's prompt where conditioning is on (it is off by default: measured, it
costs time and gains nothing).

Window joins: the last segment of a window may be cut short by the window's end. It is not kept;
the next window starts right after the last segment that *is* kept, so the words of the dropped
segment are heard again, whole, with what follows them: nothing lost, nothing doubled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy as np

from ..audio import SAMPLE_RATE, iter_pcm
from ..models import Word
from .hallucinations import is_hallucination
from .memory import give_back_freed
from .word_times import SpeechMap

# A window closer than this to the end of the audio is stretched to the end instead of leaving a
# short last window.
MIN_TAIL_S = 30.0
# Where to look for a quiet moment to cut at: the last SEARCH_S seconds of a window.
SEARCH_S = 20.0
FRAME_S = 0.1
# A last segment ending at least this long before the cut is complete, whatever follows it.
SAFE_GAP_S = 1.0
PROMPT_CHARS = 200
# A window's speech is split between the model's workers only into runs at least this long:
# each run's last 30-second window is padded, so a short run costs more than it saves.
MIN_RUN_S = 45.0


@dataclass
class Options:
    language: str | None = "vi"
    beam_size: int = 5
    window_s: float = 300.0
    # Whisper's own word alignment (an extra decoder pass per 30 s): off by default, the words
    # are spread over their segment's speech instead (word_times.py), close enough for what
    # the editor and the speaker turns do with them, and the pipeline is a third faster.
    word_timestamps: bool = False
    # Measured on the dev clips and a meeting-like file (benchmarks/engines.py, README): without
    # conditioning on the text before, and with faster-whisper's Silero VAD skipping pauses,
    # the pipeline is about twice as fast and no less accurate.
    condition_on_previous_text: bool = False
    vad_filter: bool = True
    # The VAD's pauses: a pause this long is left out, speech keeps this much either side.
    # faster-whisper's own. Measured (benchmarks/engines.py, README): 1000/200 gives the
    # meeting-like file a lower WER (0.260 against 0.283), but loses words at the joins of the
    # 30-second windows of live transcription (tests/test_live_transcription.py).
    vad_min_silence_ms: int = 2000
    vad_pad_ms: int = 400
    # Names and terms the meeting uses (services/vocabulary.py), given to Whisper as hotwords;
    # None unless the clerk turned the vocabulary on (it did not lower WER where measured).
    hotwords: str | None = None


@dataclass
class TranscribedSegment:
    """A segment the engine commits to: times are absolute seconds within the audio file."""

    start: float
    end: float
    text: str
    words: list[Word] = field(default_factory=list)
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    # Where a later run resumes if this run stops right after this segment.
    resume_at: float = 0.0


@dataclass
class Progress:
    done_s: float  # seconds of audio handled, from the start of the file
    total_s: float
    elapsed_s: float  # wall time of this run
    eta_s: float | None

    @property
    def fraction(self) -> float:
        return min(1.0, self.done_s / self.total_s) if self.total_s > 0 else 1.0


def _quietest_cut(window: np.ndarray, search_s: float = SEARCH_S) -> int:
    """Index of the quietest 100 ms frame in the window's last `search_s` seconds (its middle).

    Never looks at the first two thirds of a window, so every window moves well forward."""
    frame = int(FRAME_S * SAMPLE_RATE)
    search = min(int(search_s * SAMPLE_RATE), len(window) // 3)
    begin = len(window) - search
    tail = window[begin : begin + (len(window) - begin) // frame * frame]
    if len(tail) < frame:
        return len(window)
    energy = np.square(tail.reshape(-1, frame), dtype=np.float32).mean(axis=1)
    return begin + int(np.argmin(energy)) * frame + frame // 2


def _convert(seg, offset: float, speech: SpeechMap | None = None) -> list[TranscribedSegment]:
    """faster-whisper's segment as ours (absolute times). Without Whisper's word alignment,
    the words are spread over the speech (times in the VAD's joined audio, mapped back), and
    an overlong segment is cut at its pauses."""
    if speech is None:
        found = [Word(w.start, w.end, w.word, float(w.probability)) for w in (seg.words or [])]
        parts = [(seg.text.strip(), seg.start, seg.end, found)]
    else:
        parts = []
        for text, start, end in speech.pieces(seg.text, seg.start, seg.end):
            found = speech.words(text, start, end)
            start = found[0].start if found else speech.original(start)
            end = found[-1].end if found else speech.original(end)
            parts.append((text, start, end, found))
    return [
        TranscribedSegment(
            start=start + offset,
            end=end + offset,
            text=text,
            words=[Word(w.start + offset, w.end + offset, w.word, w.probability) for w in found],
            avg_logprob=seg.avg_logprob,
            no_speech_prob=seg.no_speech_prob,
        )
        for text, start, end, found in parts
    ]


def _fold_words(text: str) -> str:
    return " ".join("".join(ch for ch in w if ch.isalnum()) for w in text.lower().split())


def repeats_prompt(seg: TranscribedSegment, prompt: str) -> bool:
    """A very short segment that only says again the last words already committed: Whisper
    invents it from its prompt at the end of what it was given (a join, a tail)."""
    words = _fold_words(seg.text)
    return bool(words) and seg.end - seg.start < 1.0 and _fold_words(prompt[-300:]).endswith(words)


def _spoken_end(seg: TranscribedSegment) -> float:
    return max(seg.end, seg.words[-1].end if seg.words else seg.end)


def transcribe_file(
    model,
    path: str,
    duration: float,
    start: float = 0.0,
    options: Options | None = None,
    prompt: str = "",
    cancel: threading.Event | None = None,
    until: float | None = None,
    final: bool = True,
) -> Iterator[TranscribedSegment | Progress]:
    """Transcribe `path` from `start` seconds, yielding committed segments and progress.

    `model` is a faster_whisper.WhisperModel. Stops quietly (between segments) once `cancel`
    is set; every segment yielded before that is final, and its `resume_at` says where a later
    run continues.

    `until` stops reading the audio there (a file still being recorded). With `final=False`
    (live transcription during a recording) only full windows are transcribed: a remainder
    shorter than a window is left, with the segment the last window's cut may have split, for
    a later pass, which resumes at the last segment's `resume_at`.
    """
    options = options or Options()
    cancel = cancel or threading.Event()
    began = time.monotonic()
    window_len = int(options.window_s * SAMPLE_RATE)
    if until is not None:
        duration = min(duration, until) if duration else until

    reached = start

    def progress(done: float) -> Progress:
        # Never backwards, even when a window's last segment is dropped to be heard again.
        nonlocal reached
        done = reached = max(reached, min(done, duration))
        elapsed = time.monotonic() - began
        worked = done - start
        eta = elapsed / worked * max(0.0, duration - done) if worked > 1.0 else None
        return Progress(done, duration, elapsed, eta)

    chunks = iter_pcm(path, start=start, chunk_seconds=30.0)
    if until is not None:
        chunks = _limited(chunks, int(round((until - start) * SAMPLE_RATE)))
    buffer = np.zeros(0, dtype=np.float32)
    buffer_at = start  # absolute time of buffer[0]
    exhausted = False
    yield progress(start)

    while not cancel.is_set():
        # Fill the window (plus a little more, to know whether the file ends soon after it).
        pieces = [buffer]
        have = len(buffer)
        while not exhausted and have < window_len + MIN_TAIL_S * SAMPLE_RATE:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
            else:
                pieces.append(chunk)
                have += len(chunk)
        buffer = np.concatenate(pieces) if len(pieces) > 1 else buffer
        del pieces
        if len(buffer) == 0:
            break
        if not final and exhausted and len(buffer) < window_len:
            break  # not a full window yet: a later pass hears it with what follows
        last = final and exhausted and len(buffer) <= window_len + MIN_TAIL_S * SAMPLE_RATE
        cut = len(buffer) if last else _quietest_cut(buffer[:window_len])
        cut_at = buffer_at + cut / SAMPLE_RATE

        window, speech = buffer[:cut], None
        if options.vad_filter and not options.word_timestamps:
            # The VAD here rather than in faster-whisper, to know where the speech is.
            from faster_whisper.vad import VadOptions, get_speech_timestamps

            vad = VadOptions(
                min_silence_duration_ms=options.vad_min_silence_ms, speech_pad_ms=options.vad_pad_ms
            )
            speech = SpeechMap(get_speech_timestamps(window, vad))
        if speech is not None and not options.condition_on_previous_text:
            runs = speech.split(_workers(model), shortest_s=MIN_RUN_S)
            decoded = _decode_parallel(model, window, runs, options, buffer_at, cancel)
        else:
            decoded = _decode(model, window, speech, options, buffer_at, prompt)
        held: TranscribedSegment | None = None
        committed_end: float | None = None
        for seg in decoded:
            if cancel.is_set():
                break
            if held is not None:
                held.resume_at = _spoken_end(held)
                committed_end = held.resume_at
                prompt += " " + held.text
                yield held
            held = None if is_hallucination(seg.text) or repeats_prompt(seg, prompt) else seg
            yield progress(seg.end)
        decoded.close()  # a run still being decoded in another thread stops (cancel)
        if cancel.is_set():
            break

        next_at = cut_at
        if held is not None:
            complete = last or cut_at - _spoken_end(held) >= SAFE_GAP_S or committed_end is None
            if complete:
                held.resume_at = cut_at if not last else duration
                prompt += " " + held.text
                yield held
            else:
                # Cut short by the window's end: hear it again at the start of the next window.
                next_at = committed_end
        if last:
            yield progress(duration)
            break
        give_back_freed()  # the window's buffers, freed in the decoding threads' arenas
        drop = int(round((next_at - buffer_at) * SAMPLE_RATE))
        buffer = buffer[drop:].copy()
        buffer_at = next_at
        yield progress(next_at)


def _workers(model) -> int:
    """How many decodings the model runs at once (load_model's `workers`)."""
    return max(1, int(getattr(getattr(model, "model", None), "num_workers", 1) or 1))


def _decode(
    model, window: np.ndarray, speech: SpeechMap | None, options: Options, offset: float,
    prompt: str = "",
) -> Iterator[TranscribedSegment]:
    """One window (or one run of its speech) through Whisper, as our segments, lazily."""
    audio = speech.joined(window) if speech is not None else window
    if not len(audio):
        return
    segments, _info = model.transcribe(
        audio,
        language=options.language,
        beam_size=options.beam_size,
        word_timestamps=options.word_timestamps,
        # Without conditioning, no prompt either: the prompt is what conditioning carries.
        initial_prompt=(prompt[-PROMPT_CHARS:] or None)
        if options.condition_on_previous_text
        else None,
        condition_on_previous_text=options.condition_on_previous_text,
        vad_filter=options.vad_filter and speech is None,
        hotwords=options.hotwords,
    )
    for raw in segments:
        yield from _convert(raw, offset, speech)


def _decode_parallel(
    model, window: np.ndarray, runs: list[SpeechMap], options: Options, offset: float,
    cancel: threading.Event,
) -> Iterator[TranscribedSegment]:
    """The runs of a window's speech decoded at once, one per worker, yielded in order: the
    first as it comes, the others when it is done. On two cores two single-threaded decodings
    do about twice the work of one decoding on two threads (benchmarks/engines.py): Whisper
    base's matrices are too small for two threads to share well."""
    if len(runs) == 1:
        yield from _decode(model, window, runs[0], options, offset)
        return
    stop = threading.Event()
    results: list[list[TranscribedSegment]] = [[] for _ in runs]
    failures: list[BaseException] = []

    def decode(i: int) -> None:
        try:
            for seg in _decode(model, window, runs[i], options, offset):
                if stop.is_set() or cancel.is_set():
                    return
                results[i].append(seg)
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller's thread
            failures.append(exc)

    others = [threading.Thread(target=decode, args=(i,), daemon=True) for i in range(1, len(runs))]
    for thread in others:
        thread.start()
    try:
        yield from _decode(model, window, runs[0], options, offset)
        for thread in others:
            thread.join()
        if failures:
            raise failures[0]
        for found in results[1:]:
            yield from found
    finally:
        stop.set()  # the caller stopped early (cancel, an error): the others stop soon after


def _limited(chunks: Iterator[np.ndarray], samples: int) -> Iterator[np.ndarray]:
    """The chunks up to `samples` samples in all (the last one cut), then nothing more."""
    for chunk in chunks:
        if samples <= 0:
            break
        yield chunk[:samples]
        samples -= len(chunk)
    close = getattr(chunks, "close", None)
    if close is not None:
        close()
