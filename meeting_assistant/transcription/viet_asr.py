"""The viet-asr recogniser (optional extra `.[vi]`): a Vietnamese streaming Conformer-CTC, int8,
inside the `viet-asr` wheel (Apache-2.0; the model is embedded in the wheel's native library,
which is built without HTTP, so nothing is ever fetched).

Its own VAD module would need a model it cannot get, so the audio is cut at pauses here with the
Silero VAD that faster-whisper ships; each stretch of speech is recognised on its own and becomes
one segment (a sentence, cut at the pause that ends it). The recogniser gives no word times:
words are spread over their stretch by length, close enough for clicking a word to play it.
Memory is bounded: at most BUFFER_S of audio is held.
"""

from __future__ import annotations

import importlib.util
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from ..audio import SAMPLE_RATE, iter_pcm
from .engine import Options, Progress, TranscribedSegment, _limited
from .readable import readable
from .word_times import spread_words

ENGINE = "viet-asr"
MODEL_NAME = "viet-asr"
# Audio looked at for pauses at a time; speech still going on at its end waits for more.
BUFFER_S = 60.0
# A stretch of speech longer than this is cut at its quietest pause (the recogniser's context).
MAX_SPEECH_S = 20.0
MIN_SILENCE_MS = 400
PAD_MS = 200


def available() -> bool:
    return importlib.util.find_spec("vietasr") is not None


def native_folder() -> Path | None:
    """Where the wheel's native library (with the model inside it) is, without loading it."""
    spec = importlib.util.find_spec("vietasr")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "_native"
    return folder if folder.is_dir() else None


def version() -> str | None:
    if not available():
        return None
    from importlib.metadata import version as dist_version

    return dist_version("viet-asr")


class VietAsrEngine:
    """Same calling shape as the Whisper engine: transcribe(path, duration, start, ...)."""

    engine = ENGINE
    name = MODEL_NAME
    languages = ("vi",)

    def __init__(self, cpu_threads: int = 0) -> None:
        from ..errors import ModelError

        if not available():
            raise ModelError(
                "Bộ nhận dạng viet-asr chưa được cài (pip install 'meeting-assistant[vi]').",
                "The viet-asr recogniser is not installed (pip install 'meeting-assistant[vi]').",
            )
        import vietasr

        try:
            self._pipe = vietasr.Pipeline.new().add("vietasr").build()
        except RuntimeError as exc:
            raise ModelError(
                "Không nạp được bộ nhận dạng viet-asr: {reason}",
                "Could not load the viet-asr recogniser: {reason}",
                reason=str(exc) or type(exc).__name__,
            ) from exc
        from faster_whisper.vad import VadOptions

        self._vad = VadOptions(
            min_silence_duration_ms=MIN_SILENCE_MS,
            speech_pad_ms=PAD_MS,
            max_speech_duration_s=MAX_SPEECH_S,
        )

    def recognise(self, samples: np.ndarray) -> str:
        pcm = np.clip(samples * 32768.0, -32768, 32767).astype(np.int16)
        return self._pipe.transcribe(pcm, SAMPLE_RATE).text.strip()

    def transcribe(
        self,
        path: str,
        duration: float,
        start: float = 0.0,
        options: Options | None = None,
        prompt: str = "",
        cancel: threading.Event | None = None,
        until: float | None = None,
        final: bool = True,
        names: Iterable[str] = (),
    ) -> Iterator[TranscribedSegment | Progress]:
        """Segments (one per stretch of speech, made readable) and progress, resumable at
        each segment's `resume_at`. `prompt` is not used: a CTC model has no prompt."""
        from faster_whisper.vad import get_speech_timestamps

        cancel = cancel or threading.Event()
        names = list(names)
        began = time.monotonic()
        if until is not None:
            duration = min(duration, until) if duration else until

        def progress(done: float) -> Progress:
            elapsed = time.monotonic() - began
            worked = done - start
            eta = elapsed / worked * max(0.0, duration - done) if worked > 1.0 else None
            return Progress(min(done, duration), duration, elapsed, eta)

        chunks = iter_pcm(path, start=start, chunk_seconds=30.0)
        if until is not None:
            chunks = _limited(chunks, int(round((until - start) * SAMPLE_RATE)))
        buffer, buffer_at, exhausted = np.zeros(0, np.float32), start, False
        yield progress(start)
        while not cancel.is_set():
            while not exhausted and len(buffer) < BUFFER_S * SAMPLE_RATE:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                else:
                    buffer = np.concatenate([buffer, chunk])
            if len(buffer) == 0:
                break
            spans = get_speech_timestamps(buffer, self._vad)
            if not exhausted or not final:
                # Speech running into the buffer's end waits to be heard with what follows.
                margin = len(buffer) - int(1.0 * SAMPLE_RATE)
                ready = [s for s in spans if s["end"] < margin]
            else:
                ready = spans
            for span in ready:
                if cancel.is_set():
                    break
                text = self.recognise(buffer[span["start"] : span["end"]])
                s0 = buffer_at + span["start"] / SAMPLE_RATE
                s1 = buffer_at + span["end"] / SAMPLE_RATE
                if text:
                    shown = readable(text, names)
                    yield TranscribedSegment(
                        start=round(s0, 3),
                        end=round(s1, 3),
                        text=shown,
                        words=spread_words(shown, s0, s1),
                        resume_at=round(s1, 3),
                    )
                yield progress(s1)
            if cancel.is_set():
                break
            # Heard up to here: the end of the last stretch recognised; with none, the start of
            # the speech still going on, or (only silence) all but the last second.
            keep = ready[-1]["end"] if ready else max(0, len(buffer) - SAMPLE_RATE)
            if not ready and spans:
                keep = spans[0]["start"]
            if exhausted:
                yield progress(duration if final else buffer_at + keep / SAMPLE_RATE)
                break
            if keep == 0 and len(buffer) >= BUFFER_S * SAMPLE_RATE:
                keep = len(buffer) // 2  # one unbroken stretch of speech: never stall
            buffer, buffer_at = buffer[keep:].copy(), buffer_at + keep / SAMPLE_RATE
            yield progress(buffer_at)
