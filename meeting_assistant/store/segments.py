"""Transcript segments: stored one by one as the engine produces them."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..models import Segment
from ..text import fold, nfc
from .database import fetch_row, now_iso

ORDER = "ORDER BY a.position, s.audio_id, s.start, s.id"


class SegmentRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self, segment: Segment, transcribed_until: float | None = None, above: int | None = None
    ) -> Segment:
        """Store one segment; with `transcribed_until`, move the audio's resume point in the
        same transaction, so a crash never leaves the two disagreeing. With `above`, its id is
        greater than that (ids of deleted segments an undo may give back)."""
        text = nfc(segment.text).strip()
        stamp = now_iso()
        row = {
            "meeting_id": segment.meeting_id,
            "audio_id": segment.audio_id,
            "start": round(segment.start, 3),
            "end": round(segment.end, 3),
            "text": text,
            "speaker": nfc(segment.speaker).strip() or None,
            "words": json.dumps(
                [
                    [round(w.start, 3), round(w.end, 3), nfc(w.word), round(w.probability, 4)]
                    for w in segment.words
                ],
                ensure_ascii=False,
            ),  # fmt: skip
            "edited": int(segment.edited),
            "avg_logprob": segment.avg_logprob,
            "no_speech_prob": segment.no_speech_prob,
            "search_text": fold(text),
            "created_at": stamp,
            "updated_at": stamp,
        }
        with self.db.atomic():
            if above is not None:
                top = self.db.execute("SELECT coalesce(max(id), 0) FROM segments").fetchone()[0]
                row["id"] = max(top, above) + 1
            row_id = self.db["segments"].insert(row).last_pk
            if transcribed_until is not None:
                self.db.execute(
                    "UPDATE audio_files SET transcribed_until = ? WHERE id = ?",
                    [transcribed_until, segment.audio_id],
                )
        segment.id = row_id
        segment.text = text
        return segment

    def get(self, segment_id: int) -> Segment:
        return Segment.from_row(fetch_row(self.db, "segments", segment_id))

    def for_meeting(self, meeting_id: int) -> list[Segment]:
        sql = (
            "SELECT s.* FROM segments s JOIN audio_files a ON a.id = s.audio_id"
            f" WHERE s.meeting_id = ? {ORDER}"
        )
        return [Segment.from_row(r) for r in self.db.query(sql, [meeting_id])]

    def for_audio(self, audio_id: int) -> list[Segment]:
        rows = self.db.query(
            "SELECT * FROM segments WHERE audio_id = ? ORDER BY start, id", [audio_id]
        )
        return [Segment.from_row(r) for r in rows]

    def count(self, meeting_id: int) -> int:
        return self.db.execute(
            "SELECT count(*) FROM segments WHERE meeting_id = ?", [meeting_id]
        ).fetchone()[0]

    def update_text(self, segment_id: int, text: str, **extra: Any) -> Segment:
        text = nfc(text).strip()
        self.get(segment_id)
        self.db["segments"].update(
            segment_id,
            {
                "text": text,
                "search_text": fold(text),
                "edited": 1,
                "updated_at": now_iso(),
                **extra,
            },
        )
        return self.get(segment_id)

    def row(self, segment_id: int) -> dict[str, Any]:
        """The raw row (words as JSON text), for edits that rewrite several columns."""
        return fetch_row(self.db, "segments", segment_id)

    def set_fields(self, segment_id: int, **values: Any) -> None:
        """Write columns of one segment as given (an edit computed them); `text` also refreshes
        the search copy and marks the segment edited."""
        if "text" in values:
            values["text"] = nfc(values["text"]).strip()
            values["search_text"] = fold(values["text"])
            values.setdefault("edited", 1)
        if "speaker" in values:
            values["speaker"] = nfc(values["speaker"]).strip() or None
        values["updated_at"] = now_iso()
        self.db["segments"].update(segment_id, values)

    def insert_copy(self, row: dict[str, Any], **values: Any) -> int:
        """A new segment made from `row` (a split's second half), with `values` changed."""
        stamp = now_iso()
        new = {**{k: v for k, v in row.items() if k != "id"}, **values}
        if "text" in values:
            new["text"] = nfc(values["text"]).strip()
            new["search_text"] = fold(new["text"])
        new.update(created_at=stamp, updated_at=stamp)
        return self.db["segments"].insert(new).last_pk

    def delete(self, segment_id: int) -> None:
        self.db.execute("DELETE FROM segments WHERE id = ?", [segment_id])

    _PROTECTED = (
        "(edited = 1 OR id IN (SELECT first_segment_id FROM conclusions WHERE audio_id = :a"
        " UNION SELECT last_segment_id FROM conclusions WHERE audio_id = :a"
        " UNION SELECT first_segment_id FROM tasks WHERE audio_id = :a"
        " UNION SELECT last_segment_id FROM tasks WHERE audio_id = :a))"
    )

    def delete_from(self, audio_id: int, start: float, keep_clerks: bool = True) -> int:
        """Remove segments of an audio file that start at or after `start`, to hear them again;
        never one the clerk edited or that a conclusion or task points to, unless `keep_clerks`
        is False (the clerk chose to replace them: items keep their text and audio span)."""
        kept = f" AND NOT {self._PROTECTED}" if keep_clerks else ""
        cursor = self.db.execute(
            f"DELETE FROM segments WHERE audio_id = :a AND start >= :s{kept}",
            {"a": audio_id, "s": start},
        )
        return cursor.rowcount

    def clerks(self, audio_id: int, start: float = 0.0) -> list[int]:
        """Ids of the segments from `start` that a new run keeps: edited, or pointed to by a
        conclusion or task."""
        rows = self.db.execute(
            f"SELECT id FROM segments WHERE audio_id = :a AND start >= :s AND {self._PROTECTED}"
            " ORDER BY start, id",
            {"a": audio_id, "s": start},
        )
        return [r[0] for r in rows]

    def edited_count(self, segment_ids: list[int]) -> int:
        marks = ",".join("?" * len(segment_ids))
        sql = f"SELECT count(*) FROM segments WHERE edited = 1 AND id IN ({marks})"
        return self.db.execute(sql, segment_ids).fetchone()[0] if segment_ids else 0

    def said_over(self, audio_id: int, spans: list[tuple[float, float]]) -> list[int]:
        """Ids of the segments of an audio file that mostly cover, or are mostly covered by, one
        of `spans` (what a new run said where replaced segments were)."""
        found = []
        for row in self.db.execute(
            "SELECT id, start, end FROM segments WHERE audio_id = ? ORDER BY start, id", [audio_id]
        ):
            for start, end in spans:
                overlap = min(end, row[2]) - max(start, row[1])
                if overlap > 0 and overlap / max(1e-3, min(end - start, row[2] - row[1])) > 0.5:
                    found.append(row[0])
                    break
        return found

    def protected_overlapping(self, audio_id: int, start: float, end: float) -> bool:
        """Whether a kept segment (edited, or pointed to by an item) covers most of
        [start, end] or is mostly covered by it: a new segment there would say it twice."""
        rows = self.db.execute(
            f"SELECT start, end FROM segments WHERE audio_id = :a AND start < :e AND end > :s"
            f" AND {self._PROTECTED}",
            {"a": audio_id, "s": start, "e": end},
        ).fetchall()
        for kept_start, kept_end in rows:
            overlap = min(end, kept_end) - max(start, kept_start)
            shortest = max(1e-3, min(end - start, kept_end - kept_start))
            if overlap / shortest > 0.5:
                return True
        return False
