"""Word times without Whisper's word alignment, and the speech map of a VAD-filtered window.

faster-whisper's `word_timestamps=True` runs an extra decoder pass with cross-attention and a DTW
for every 30-second chunk: measured on a meeting-like file, about a third of the pipeline's time
(benchmarks/engines.py). What the app does with word times (a split in the editor falls where a
word begins, a speaker turn is cut between words, a word exported with its time) needs them to
within a syllable or two, not to the millisecond. So, by default, the words of a segment are laid
over it in proportion to their length, in the speech the VAD kept (never in a pause it removed),
and mapped back to the recording's time the way faster-whisper maps its own.
"""

from __future__ import annotations

import bisect

import numpy as np

from ..audio import SAMPLE_RATE
from ..models import Word

# A segment longer than this is cut at the pauses inside it (SpeechMap.pieces)...
LONGEST_S = 12.0
# ...never leaving a piece shorter than this.
MIN_PIECE_S = 1.5
# A cut moves to a sentence's (or clause's) end at most this many words away: spread times drift.
SNAP_WORDS = 3


def spread_words(text: str, start: float, end: float, lead: str = "") -> list[Word]:
    """Words laid over [start, end] in proportion to their length (plus one, for the gap).

    `lead` is put before every word (Whisper's words carry their leading space, so that the
    words joined give the segment's text back)."""
    words = text.split()
    total = sum(len(w) + 1 for w in words)
    out, at = [], start
    for w in words:
        span = (end - start) * (len(w) + 1) / total
        out.append(Word(round(at, 3), round(at + span, 3), lead + w, 1.0))
        at += span
    return out


class SpeechMap:
    """The speech a VAD found in a window, joined up, and the way back to the window's time."""

    def __init__(self, chunks: list[dict]) -> None:
        self.chunks = chunks
        self._ends: list[int] = []  # where each chunk ends in the joined audio (samples)
        self._silence: list[float] = []  # seconds removed before each chunk
        removed = previous = 0
        for chunk in chunks:
            removed += chunk["start"] - previous
            previous = chunk["end"]
            self._ends.append(chunk["end"] - removed)
            self._silence.append(removed / SAMPLE_RATE)

    def joined(self, audio: np.ndarray) -> np.ndarray:
        if not self.chunks:
            return np.zeros(0, dtype=np.float32)
        return np.concatenate([audio[c["start"] : c["end"]] for c in self.chunks])

    def split(self, parts: int, shortest_s: float = 0.0) -> list[SpeechMap]:
        """The stretches of speech in at most `parts` runs of about equal speech, each a map of
        its own (cut only between stretches, so in a pause: no word is split). Fewer runs where
        one would hold less than `shortest_s` of speech."""
        total = sum(c["end"] - c["start"] for c in self.chunks)
        if shortest_s > 0:
            parts = min(parts, int(total / (shortest_s * SAMPLE_RATE)))
        if parts <= 1 or len(self.chunks) < 2:
            return [self]
        runs: list[list[dict]] = [[] for _ in range(parts)]
        done = 0
        for chunk in self.chunks:
            # A stretch belongs to the run its middle falls in.
            middle = done + (chunk["end"] - chunk["start"]) / 2
            runs[min(parts - 1, int(middle * parts / total))].append(chunk)
            done += chunk["end"] - chunk["start"]
        return [SpeechMap(run) for run in runs if run]

    def pieces(self, text: str, start: float, end: float, longest_s: float = LONGEST_S):
        """A segment (joined times) cut at the pauses inside it while it is longer than
        `longest_s`: [(text, start, end), …]. Whisper base sometimes gives 30 seconds as one
        segment; the editor and playback want sentences. Each cut is at the pause nearest the
        middle, between the words whose spread times meet there, moved to a sentence's end
        (. ? ! , ;) when one is a few words away."""
        words = text.split()
        if end - start <= longest_s or len(words) < 2:
            return [(text.strip(), start, end)]
        pauses = [b / SAMPLE_RATE for b in self._ends[:-1]]
        pauses = [b for b in pauses if start + MIN_PIECE_S < b < end - MIN_PIECE_S]
        if not pauses:
            return [(text.strip(), start, end)]
        cut = min(pauses, key=lambda b: abs(b - (start + end) / 2))
        spread = spread_words(text, start, end)
        k = min(range(1, len(words)), key=lambda i: abs(spread[i].start - cut))
        for near in sorted(range(k - SNAP_WORDS, k + SNAP_WORDS + 1), key=lambda i: abs(i - k)):
            if 0 < near < len(words) and words[near - 1][-1] in ".?!,;":
                k = near
                break
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        return self.pieces(head, start, cut, longest_s) + self.pieces(tail, cut, end, longest_s)

    def chunk_at(self, t: float) -> int:
        return min(bisect.bisect(self._ends, int(t * SAMPLE_RATE)), len(self._ends) - 1)

    def original(self, t: float, chunk: int | None = None) -> float:
        return t + self._silence[self.chunk_at(t) if chunk is None else chunk]

    def words(self, text: str, start: float, end: float) -> list[Word]:
        """The segment's words (joined-audio times start..end) spread over the speech they
        fall in, in the window's time: each word stays inside one stretch of speech."""
        out = []
        for w in spread_words(text, start, end, lead=" "):
            chunk = self.chunk_at((w.start + w.end) / 2)
            first = self.chunks[chunk]["start"] / SAMPLE_RATE
            last = self.chunks[chunk]["end"] / SAMPLE_RATE
            begin = min(max(self.original(w.start, chunk), first), last)
            finish = min(max(self.original(w.end, chunk), begin), last)
            out.append(Word(round(begin, 3), round(finish, 3), w.word, w.probability))
        return out
