"""A recording's input as a test sees it: how much sound it has given, and, when asked, a hold at
the end of its file until the test lets the recording end.

With a hold, what a test waits for while recording (the first live segment) cannot lose a race
against the end of a file played faster than real time on a busy machine: the file simply has not
ended yet. A held input is released at the latest after HOLD_LIMIT_S, so a failed test cannot
leave a recording thread waiting for ever.
"""

from __future__ import annotations

import importlib
import threading

import numpy as np

from meeting_assistant.audio.capture import Source
from meeting_assistant.services.recording import RecordingSession

HOLD_LIMIT_S = 300.0


class WatchedInput(Source):
    def __init__(self, inner: Source, hold_at_end: bool) -> None:
        self.inner = inner
        self.name = inner.name
        self.sample_rate = inner.sample_rate
        self.hold_at_end = hold_at_end
        self.holding = threading.Event()  # the file is over; the recording waits for release()
        self._released = threading.Event()
        self._given = 0

    @property
    def given_s(self) -> float:
        """Seconds of sound this input has handed to the recorder (recorded or not)."""
        return self._given / self.sample_rate

    def read(self, frames: int) -> np.ndarray:
        samples = self.inner.read(frames)
        self._given += len(samples)
        if not len(samples) and self.hold_at_end:
            self.holding.set()
            self._released.wait(HOLD_LIMIT_S)
        return samples

    def release(self) -> None:
        """Let the recording reach the end of the file (it ends there, as a file input does)."""
        self._released.set()

    def close(self) -> None:
        self.inner.close()


def watch_inputs(monkeypatch, *, hold_at_end: bool = False) -> list[WatchedInput]:
    """Every input a RecordingSession opens from now on, watched (appended as it is opened)."""
    recording = importlib.import_module(RecordingSession.__module__)
    real_open = recording.open_source
    opened: list[WatchedInput] = []

    def open_watched(device):
        watched = WatchedInput(real_open(device), hold_at_end)
        opened.append(watched)
        return watched

    monkeypatch.setattr(recording, "open_source", open_watched)
    return opened
