"""A WAV file written as it is recorded, that stays playable if the process dies or power fails.

16 kHz, mono, 16-bit PCM: 115 MB per hour, read by every player, and trivially repairable,
since every byte after the 44-byte header is a sample. Samples go straight to the operating
system (no buffer in the process: a killed process loses nothing it has written), and at most
every `sync_s` seconds the data is fsync'ed and the RIFF and data sizes in the header are
rewritten and fsync'ed too, so that after a power failure the file plays up to the last sync
even if nobody repairs it. `repair` rebuilds the header from the bytes actually on disk.
"""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

import numpy as np

SAMPLE_RATE = 16000
CHANNELS = 1
SAMPLE_WIDTH = 2  # bytes: 16-bit PCM
HEADER_BYTES = 44
BYTES_PER_SECOND = SAMPLE_RATE * CHANNELS * SAMPLE_WIDTH
SYNC_S = 1.0  # the loss bound on a power failure is this plus the capture block (0.1 s)


def header(data_bytes: int, sample_rate: int = SAMPLE_RATE) -> bytes:
    """The canonical 44-byte PCM WAV header for `data_bytes` of 16-bit mono samples."""
    data_bytes = min(data_bytes, 0xFFFFFFFF - 36)
    return struct.pack(
        "<4sI4s4sIHHIIHH4sI",
        b"RIFF",
        36 + data_bytes,
        b"WAVE",
        b"fmt ",
        16,
        1,  # PCM
        CHANNELS,
        sample_rate,
        sample_rate * CHANNELS * SAMPLE_WIDTH,
        CHANNELS * SAMPLE_WIDTH,
        8 * SAMPLE_WIDTH,
        b"data",
        data_bytes,
    )


def to_pcm16(samples: np.ndarray) -> bytes:
    """float32 in -1..1 to little-endian 16-bit integers (clipped, rounded)."""
    scaled = np.clip(np.asarray(samples, dtype=np.float32), -1.0, 1.0) * 32767.0
    return np.rint(scaled).astype("<i2").tobytes()


class WavWriter:
    """Append-only crash-safe WAV writer. Not thread-safe: one thread writes."""

    def __init__(self, path: str | Path, sample_rate: int = SAMPLE_RATE, sync_s: float = SYNC_S):
        self.path = Path(path)
        self.sample_rate = sample_rate
        self.sync_s = sync_s
        # Unbuffered: each write reaches the kernel at once and survives a killed process.
        self._file = open(self.path, "xb", buffering=0)  # noqa: SIM115 - closed in close()
        self._data_bytes = 0
        self.synced_frames = 0  # frames covered by the header on disk (readable by others)
        self._file.write(header(0, sample_rate))
        self._sync()

    @property
    def frames(self) -> int:
        return self._data_bytes // SAMPLE_WIDTH

    @property
    def duration(self) -> float:
        return self.frames / self.sample_rate

    @property
    def closed(self) -> bool:
        return self._file.closed

    def write(self, samples: np.ndarray) -> None:
        data = to_pcm16(samples)
        if data:
            view = memoryview(data)
            while view:  # a raw write may be partial
                written = self._file.write(view)
                view = view[written:]
            self._data_bytes += len(data)
        if time.monotonic() - self._synced_at >= self.sync_s:
            self._sync()

    def _sync(self) -> None:
        fd = self._file.fileno()
        os.fsync(fd)  # the samples first, then the header that declares them
        os.pwrite(fd, header(self._data_bytes, self.sample_rate), 0)
        os.fsync(fd)
        self.synced_frames = self._data_bytes // SAMPLE_WIDTH
        self._synced_at = time.monotonic()

    def close(self) -> None:
        if self._file.closed:
            return
        try:
            self._sync()
        finally:
            self._file.close()

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def repair(path: str | Path, sample_rate: int = SAMPLE_RATE) -> float:
    """Make a recording cut short readable again; return its duration in seconds.

    Every byte after the header is a sample of ours, so the header is rewritten for the bytes
    on disk, less a trailing half sample (a write cut in the middle). A header that is missing
    or garbage (power lost before the first sync) is rebuilt the same way.
    """
    path = Path(path)
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        if size < HEADER_BYTES:
            f.truncate(0)
            f.write(header(0, sample_rate))
            data_bytes = 0
        else:
            data_bytes = (size - HEADER_BYTES) // (CHANNELS * SAMPLE_WIDTH) * SAMPLE_WIDTH
            f.truncate(HEADER_BYTES + data_bytes)
            f.seek(0)
            f.write(header(data_bytes, sample_rate))
        f.flush()
        os.fsync(f.fileno())
    return data_bytes / SAMPLE_WIDTH / CHANNELS / sample_rate
