"""A meeting's recordings on one timeline: the second file starts where the first ended.

The transcript, its exports and the player all count time this way, so "00:45:10" means the same
moment everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .models import AudioFile, Segment


@dataclass(frozen=True)
class Timeline:
    """Where each recording of a meeting starts, in the meeting's order."""

    files: tuple[AudioFile, ...]
    offsets: dict[int, float]
    order: dict[int, int]
    total: float

    @classmethod
    def of(cls, audio_files: Iterable[AudioFile]) -> Timeline:
        files = tuple(sorted(audio_files, key=lambda a: (a.position, a.id)))
        offsets, order, at = {}, {}, 0.0
        for index, audio in enumerate(files):
            offsets[audio.id] = at
            order[audio.id] = index
            at += audio.duration or 0.0
        return cls(files, offsets, order, at)

    def offset(self, audio_id: int | None) -> float:
        return self.offsets.get(audio_id, 0.0) if audio_id is not None else 0.0

    def at(self, audio_id: int, seconds: float) -> float:
        """Seconds into recording `audio_id` as seconds from the start of the meeting."""
        return self.offset(audio_id) + seconds

    def locate(self, seconds: float) -> tuple[AudioFile, float] | None:
        """The recording playing at `seconds` of the meeting, and how far into it."""
        if not self.files:
            return None
        seconds = min(max(0.0, seconds), self.total)
        target = self.files[0]
        for audio in self.files:
            if self.offsets[audio.id] <= seconds:
                target = audio
        return target, seconds - self.offsets[target.id]

    def segments(self, segments: Iterable[Segment]) -> list[tuple[float, float, Segment]]:
        """(start, end, segment) with times measured from the start of the meeting."""
        return [(self.at(s.audio_id, s.start), self.at(s.audio_id, s.end), s) for s in segments]
