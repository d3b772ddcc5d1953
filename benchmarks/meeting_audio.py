"""Meeting-like recordings built from real speech, by script (never committed, never shipped).

The real Vietnamese dev clips (../shared/audio/dev) are laid out as a meeting sounds: turns of a
few sentences with short pauses between them, longer silences between turns (someone looks for
a page, a chair scrapes), every clip at its own level, a small room's reverberation, and a
steady room noise under everything (fans, air conditioning) at about 25 dB below the speech.
The reference transcript is the clips' transcripts in order. A fixed seed makes the same file
every time, so runs compare.
"""

from __future__ import annotations

import csv
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "audio" / "dev"
RATE = 16000


def manifest(language: str = "vi") -> list[dict]:
    with open(DEV / "manifest.tsv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["language"] == language]


def read_clip(row: dict) -> np.ndarray:
    with wave.open(str(DEV / row["file"])) as w:
        return np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16).astype(np.float32)


def _room_response(rng: np.random.Generator) -> np.ndarray:
    """A small meeting room: direct sound, then a 0.25 s exponentially decaying tail."""
    n = int(0.25 * RATE)
    tail = rng.standard_normal(n) * np.exp(-6.9 * np.arange(n) / n)  # -60 dB at the end
    tail[: int(0.004 * RATE)] = 0.0
    ir = 0.18 * tail / np.sqrt(np.sum(tail**2))
    ir[0] = 1.0
    return ir.astype(np.float32)


def _room_noise(rng: np.random.Generator, n: int, level: float) -> np.ndarray:
    """Fan-like noise: mostly low frequencies, steady."""
    white = rng.standard_normal(n + 64).astype(np.float32)
    kernel = np.ones(64, dtype=np.float32) / 64  # a crude low-pass
    low = np.convolve(white, kernel, mode="valid")[:n]
    mixed = 0.8 * low / (low.std() + 1e-9) + 0.2 * white[:n]
    return level * mixed / (mixed.std() + 1e-9)


def build_meeting(minutes: float, out: Path, seed: int = 17, noise_db: float = -25.0) -> str:
    """Write a 16 kHz mono WAV of about `minutes`; return its reference transcript."""
    rows = manifest("vi")
    clips = [read_clip(r) for r in rows]
    speech_rms = float(np.sqrt(np.mean(np.concatenate(clips) ** 2)))
    rng = np.random.default_rng(seed)
    ir = _room_response(rng)
    target = int(minutes * 60 * RATE)
    written = 0
    order = np.concatenate([rng.permutation(len(rows)) for _ in range(target // (RATE * 150) + 2)])
    words: list[str] = []
    noise_level = speech_rms * 10 ** (noise_db / 20)
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        turn_left = 0
        for index in order:
            if written >= target:
                break
            if turn_left == 0:  # between turns: a longer silence, sometimes a long one
                turn_left = int(rng.integers(2, 7))
                gap = float(rng.choice([2.0, 4.0, 8.0, 20.0], p=[0.45, 0.3, 0.17, 0.08]))
            else:
                gap = float(rng.uniform(0.3, 1.5))
            turn_left -= 1
            gain = 10 ** (rng.uniform(-8, 3) / 20)  # near and far from the microphone
            voiced = np.convolve(clips[index] * gain, ir)[: len(clips[index]) + len(ir) // 2]
            piece = np.concatenate([np.zeros(int(gap * RATE), np.float32), voiced])
            piece += _room_noise(rng, len(piece), noise_level)
            w.writeframes(np.clip(piece, -32768, 32767).astype(np.int16).tobytes())
            written += len(piece)
            words.append(rows[index]["transcript"])
    return " ".join(words)


if __name__ == "__main__":
    import argparse

    p = argparse.ArgumentParser(description="Write a meeting-like WAV from the dev clips.")
    p.add_argument("minutes", type=float)
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=17)
    args = p.parse_args()
    reference = build_meeting(args.minutes, args.out, seed=args.seed)
    args.out.with_suffix(".txt").write_text(reference + "\n", encoding="utf-8")
