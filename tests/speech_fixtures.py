"""Real speech for tests: the dev clips in ../shared/audio/dev, referenced, never copied.

Tests that need them skip cleanly where the folder is absent.
"""

from __future__ import annotations

import csv
import re
import unicodedata
import wave
from pathlib import Path

import numpy as np
import pytest

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "audio" / "dev"


def clips(language: str) -> list[dict]:
    if not (DEV / "manifest.tsv").is_file():
        pytest.skip(f"real speech clips not found in {DEV}")
    with open(DEV / "manifest.tsv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["language"] == language]


def clip_path(row: dict) -> Path:
    return DEV / row["file"]


def normalise(text: str) -> str:
    """NFC, lower case, no punctuation: how the dev transcripts are written."""
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return jiwer.wer(normalise(reference), normalise(hypothesis))


def concatenate(path: Path, rows: list[dict], pause_s: float = 1.2) -> str:
    """Write the clips one after another with pauses to a 16 kHz WAV; return the reference."""
    pause = np.zeros(int(pause_s * 16000), dtype=np.int16)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(16000)
        for row in rows:
            with wave.open(str(clip_path(row))) as w:
                out.writeframes(w.readframes(w.getnframes()) + pause.tobytes())
    return " ".join(r["transcript"] for r in rows)
