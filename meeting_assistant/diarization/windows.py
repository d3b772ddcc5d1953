"""Speech regions and the embedding windows inside them, a chunk of audio at a time.

Speech is found by the Silero VAD that faster-whisper ships. Each region is covered by 1.6-s
windows every STEP_S; a region shorter than a window gets one window centred on it. Each window
is levelled to the same loudness before it is embedded (the encoder sees a power spectrum, so a
speaker who moves away from the microphone would otherwise sound like someone else).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..audio import iter_pcm
from .encoder import HOP, PARTIAL_FRAMES, SAMPLE_RATE, TARGET_DBFS, VoiceEncoder, mel_frames

WINDOW = PARTIAL_FRAMES * HOP  # samples in one window (1.6 s)
STEP_S = 0.8
# Four minutes of audio at a time: up to ~300 windows, one batch for the encoder (large matmuls
# run near BLAS's peak), and still only ~20 MB of samples in memory.
CHUNK_S = 240.0
BATCH = 512
MIN_REGION_S = 0.25  # shorter blips (a cough, a click) get no window of their own


@dataclass
class Chunk:
    """What one chunk of audio gave: its speech regions and embedded windows (seconds)."""

    start: float
    end: float
    regions: list[tuple[float, float]] = field(default_factory=list)
    windows: list[tuple[float, float]] = field(default_factory=list)
    embeddings: np.ndarray = field(default_factory=lambda: np.zeros((0, 256), np.float32))


def speech_regions(samples: np.ndarray) -> list[tuple[int, int]]:
    """(start, end) sample offsets of speech, by faster-whisper's Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    # A lower threshold and more padding than Silero's defaults: at 0.5 / 150 ms it left a tenth
    # of the speech of built meetings (soft word ends, a quieter speaker) unlabelled, for 0.2 %
    # of false alarm at 0.35 / 250 ms.
    options = VadOptions(threshold=0.35, min_silence_duration_ms=300, speech_pad_ms=250)
    return [(r["start"], r["end"]) for r in get_speech_timestamps(samples, options)]


def window_spans(regions: list[tuple[int, int]], n_samples: int) -> list[tuple[int, int, int]]:
    """(window start, covered start, covered end) per window: the window's audio begins at its
    start; it speaks for the part of its region from covered start to covered end."""
    step = int(STEP_S * SAMPLE_RATE)
    spans = []
    for start, end in regions:
        if end - start < MIN_REGION_S * SAMPLE_RATE:
            continue
        if end - start <= WINDOW:
            mid = (start + end) // 2
            begin = min(max(0, mid - WINDOW // 2), max(0, n_samples - WINDOW))
            spans.append((begin, start, end))
            continue
        starts = list(range(start, end - WINDOW + 1, step))
        if starts[-1] + WINDOW < end:
            starts.append(end - WINDOW)
        for i, s in enumerate(starts):
            # Each window answers for the middle of what it hears, up to its neighbours' middles.
            lo = start if i == 0 else (starts[i - 1] + s) // 2 + WINDOW // 2
            hi = end if i == len(starts) - 1 else (s + starts[i + 1]) // 2 + WINDOW // 2
            spans.append((s, lo, hi))
    return spans


def embed_chunk(encoder: VoiceEncoder, samples: np.ndarray, offset_s: float) -> Chunk:
    chunk = Chunk(offset_s, offset_s + len(samples) / SAMPLE_RATE)
    regions = speech_regions(samples)
    chunk.regions = [(offset_s + a / SAMPLE_RATE, offset_s + b / SAMPLE_RATE) for a, b in regions]
    spans = window_spans(regions, len(samples))
    if not spans:
        return chunk
    mel = mel_frames(samples)
    if len(mel) < PARTIAL_FRAMES:
        mel = np.pad(mel, ((0, PARTIAL_FRAMES - len(mel)), (0, 0)))
    target = (10 ** (TARGET_DBFS / 20)) ** 2
    mels = []
    for begin, _lo, _hi in spans:
        f = min(begin // HOP, len(mel) - PARTIAL_FRAMES)
        window = mel[f : f + PARTIAL_FRAMES]
        power = float(np.mean(np.square(samples[begin : begin + WINDOW], dtype=np.float64)))
        # Power mel scales with the square of the gain: level the window without recomputing.
        mels.append(window * np.float32(target / max(power, 1e-10)))
    embeddings = np.concatenate(
        [encoder.embed_mels(np.stack(mels[b : b + BATCH])) for b in range(0, len(mels), BATCH)]
    )
    chunk.windows = [
        (offset_s + lo / SAMPLE_RATE, offset_s + hi / SAMPLE_RATE) for _, lo, hi in spans
    ]
    chunk.embeddings = embeddings.astype(np.float32)
    return chunk


def embed_file(
    path: str | Path,
    encoder: VoiceEncoder,
    start: float = 0.0,
    cancel: threading.Event | None = None,
    chunk_s: float = CHUNK_S,
) -> Iterator[Chunk]:
    """One Chunk per `chunk_s` of audio from `start`: memory stays that of one chunk."""
    offset = start
    for samples in iter_pcm(path, start=start, chunk_seconds=chunk_s):
        if cancel is not None and cancel.is_set():
            return
        yield embed_chunk(encoder, samples, offset)
        offset += len(samples) / SAMPLE_RATE
