"""Telling a damaged recording from a whole one: impossible settings in its header, and a file
that decodes shorter than it says it is (a WAV's data size, an Ogg file's last granule, a
container's duration) or whose stream is not closed (cut short)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import av

from ..errors import AudioError

# Settings no recording has: a damaged header, not a file to transcribe for hours.
_RATES = (4000, 768_000)
_MAX_CHANNELS = 32


def check_plausible(stream: av.AudioStream, path: Path, error: Callable[..., AudioError]) -> None:
    rate = stream.sample_rate or stream.codec_context.sample_rate
    channels = stream.channels or stream.codec_context.channels
    if not _RATES[0] <= (rate or 0) <= _RATES[1]:
        raise error("implausible", path, what=f"{rate} Hz")
    if not 1 <= (channels or 0) <= _MAX_CHANNELS:
        raise error("implausible", path, what=f"{channels} ch")


def expected_duration(
    container: av.container.InputContainer, stream: av.AudioStream, path: Path
) -> float | None:
    """How long the file says it is: its own header where it keeps one (a WAV's data size,
    an Ogg file's last granule position), else the container's figure. A file cut short or
    with pages lost decodes to less than this."""
    name = container.format.name
    if name == "wav":
        return _wav_expected(path)
    if name == "ogg":
        found = _ogg_expected(path, stream)
        if found is not None:
            return found
    if name == "mp3" and not _mp3_counts_frames(path):
        return None  # a guess from the first frame's bit rate, wrong for variable bit rates
    if container.duration:
        return container.duration / 1_000_000
    return None


def _mp3_counts_frames(path: Path) -> bool:
    """Whether an MP3 says how many frames it holds (a Xing, Info or VBRI header)."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if head[:3] == b"ID3" and len(head) >= 10:  # skip the tag: its size is synchsafe
        size = sum((b & 0x7F) << (7 * (3 - i)) for i, b in enumerate(head[6:10])) + 10
        with open(path, "rb") as f:
            f.seek(size)
            head = f.read(4096)
    return any(tag in head[:4096] for tag in (b"Xing", b"Info", b"VBRI"))


def _wav_expected(path: Path) -> float | None:
    """The length a WAV header promises (data chunk size / byte rate)."""
    with open(path, "rb") as f:
        head = f.read(1 << 16)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return None
    at, byte_rate = 12, 0
    while at + 8 <= len(head):
        chunk, size = head[at : at + 4], int.from_bytes(head[at + 4 : at + 8], "little")
        if chunk == b"fmt " and at + 16 <= len(head):
            byte_rate = int.from_bytes(head[at + 16 : at + 20], "little")
        if chunk == b"data":
            # 0 and 0xFFFFFFFF mean "unknown" (streamed or still being written).
            if not byte_rate or size in (0, 0xFFFFFFFF):
                return None
            return size / byte_rate
        at += 8 + size + (size & 1)
    return None


def _ogg_expected(path: Path, stream: av.AudioStream) -> float | None:
    """An Ogg file's length from its last page's granule position (48 kHz for Opus). A file
    whose last page does not close the stream was cut short: its length is not known."""
    size = path.stat().st_size
    with open(path, "rb") as f:
        f.seek(max(0, size - 65_536))
        tail = f.read()
    at = tail.rfind(b"OggS")
    if at < 0 or at + 14 > len(tail):
        return None
    flags = tail[at + 5]
    granule = int.from_bytes(tail[at + 6 : at + 14], "little", signed=True)
    if not flags & 0x04:  # no end-of-stream mark: cut short, length unknown
        return float("inf")
    if granule <= 0:
        return None
    codec = stream.codec_context.codec.canonical_name
    rate = 48_000 if codec == "opus" else (stream.sample_rate or 48_000)
    return granule / rate
