"""Audio files for tests: real encoded files generated with PyAV, plain WAVs, and the dev clips.

Everything is generated on the fly into tmp paths, so no binary fixture lives in the repository.
The real speech clips stay in ../shared/audio/dev (licensed for testing only, never copied here).
"""

from __future__ import annotations

import wave
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest

DEV_AUDIO = Path(__file__).resolve().parent.parent.parent / "shared" / "audio" / "dev"

# fmt -> (container format, audio codec, sample format the encoder takes, forced rate or None)
_FORMATS: dict[str, tuple[str, str, str, int | None]] = {
    "wav": ("wav", "pcm_s16le", "s16", None),
    "mp3": ("mp3", "libmp3lame", "fltp", None),
    "m4a": ("ipod", "aac", "fltp", None),
    "ogg": ("ogg", "libopus", "flt", 48000),  # Opus only runs at 48 kHz (and 8/12/16/24)
    "flac": ("flac", "flac", "s16", None),
    "mp4": ("mp4", "aac", "fltp", None),
}

_BLOCK = 4096  # samples per frame handed to the encoder (encoders re-buffer as they need)


def chirp(seconds: float, rate: int, channels: int = 1, amplitude: float = 0.5) -> np.ndarray:
    """A 200 Hz -> 3 kHz linear chirp, shape (channels, n), float32.

    A sweep rather than a steady tone so that a sample offset (a wrong seek) shows up as a change
    of waveform, not just a phase shift. Each channel gets a slightly different amplitude so the
    mono downmix is a checkable average.
    """
    n = int(round(seconds * rate))
    t = np.arange(n, dtype=np.float64) / rate
    f0, f1 = 200.0, 3000.0
    phase = 2 * np.pi * (f0 * t + (f1 - f0) * t * t / (2 * max(seconds, 1e-9)))
    base = np.sin(phase)
    rows = [base * amplitude * (1.0 - 0.2 * ch) for ch in range(channels)]
    return np.asarray(rows, dtype=np.float32).reshape(channels, n)


def write_tone(
    path: str | Path,
    seconds: float = 2.0,
    rate: int = 44100,
    channels: int = 2,
    fmt: str = "wav",
) -> Path:
    """Encode a chirp into a real media file with PyAV and return its path.

    fmt: "wav", "mp3", "m4a" (AAC), "ogg" (Opus), "flac", or "mp4" (a small mpeg4 video track plus
    AAC audio, as a phone or screen recording would be).
    """
    path = Path(path)
    container_fmt, codec, sample_fmt, forced_rate = _FORMATS[fmt]
    rate = forced_rate or rate
    layout = "stereo" if channels == 2 else "mono"
    signal = chirp(seconds, rate, channels)

    with av.open(str(path), "w", format=container_fmt) as out:
        video = None
        if fmt == "mp4":
            video = out.add_stream("mpeg4", rate=10)
            video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        audio = out.add_stream(codec, rate=rate)
        audio.layout = layout
        audio.format = sample_fmt
        if codec in ("libmp3lame", "aac", "libopus"):
            audio.bit_rate = 128_000

        for start in range(0, signal.shape[1], _BLOCK):
            block = signal[:, start : start + _BLOCK]
            frame = av.AudioFrame.from_ndarray(_to_layout(block, sample_fmt), sample_fmt, layout)
            frame.sample_rate = rate
            frame.pts = start
            frame.time_base = Fraction(1, rate)
            out.mux(audio.encode(frame))
        out.mux(audio.encode(None))

        if video is not None:
            _write_video(out, video, seconds)
    return path


def _to_layout(block: np.ndarray, sample_fmt: str) -> np.ndarray:
    """Shape a (channels, n) float block the way AudioFrame.from_ndarray wants it for sample_fmt."""
    if sample_fmt == "s16":
        block = np.round(block * 32767).astype(np.int16)
    if sample_fmt.endswith("p"):  # planar: one row per channel
        return np.ascontiguousarray(block)
    return np.ascontiguousarray(block.T.reshape(1, -1))  # packed: channels interleaved in one row


def _write_video(out: av.container.OutputContainer, video: av.VideoStream, seconds: float) -> None:
    frames = max(1, int(seconds * 10))
    for i in range(frames):
        img = np.full((video.height, video.width, 3), (i * 7) % 256, dtype=np.uint8)
        frame = av.VideoFrame.from_ndarray(img, format="rgb24")
        frame.pts = i
        out.mux(video.encode(frame))
    out.mux(video.encode(None))


def write_silent_video(path: str | Path, seconds: float = 1.0) -> Path:
    """An mp4 with a video track and no audio track at all."""
    path = Path(path)
    with av.open(str(path), "w", format="mp4") as out:
        video = out.add_stream("mpeg4", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        _write_video(out, video, seconds)
    return path


def write_wav(path: str | Path, samples: np.ndarray, rate: int = 16000) -> Path:
    """Write float (-1..1) or int16 samples as a 16-bit PCM WAV with the stdlib.

    samples: shape (n,) for mono or (n, channels) for interleaved multi-channel audio.
    """
    path = Path(path)
    data = np.asarray(samples)
    if data.dtype != np.int16:
        data = np.round(np.clip(data, -1.0, 1.0) * 32767).astype(np.int16)
    channels = 1 if data.ndim == 1 else data.shape[1]
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(data.astype("<i2").tobytes())
    return path


def read_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """Read a 16-bit PCM WAV with the stdlib: (int16 array of shape (n, channels), rate)."""
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2, "only 16-bit WAV"
        raw = w.readframes(w.getnframes())
        return np.frombuffer(raw, "<i2").reshape(-1, w.getnchannels()), w.getframerate()


def dev_clip(name: str) -> Path:
    """Path of a real speech clip in ../shared/audio/dev (e.g. "clips/x.wav"); skip if absent."""
    path = DEV_AUDIO / name
    if not path.is_file():
        pytest.skip(f"dev audio not available: {path}")
    return path
