"""Diarization's tables: embedded windows, progress, a meeting's speakers, remembered voices."""

from __future__ import annotations

from typing import Any

import numpy as np
from sqlite_utils import Database

from ..text import nfc
from .database import now_iso


def _blob(vector: np.ndarray, dtype=np.float32) -> bytes:
    return np.asarray(vector, dtype=dtype).tobytes()


def _vector(blob: bytes | None, dtype=np.float32) -> np.ndarray | None:
    return None if blob is None else np.frombuffer(blob, dtype=dtype).astype(np.float32)


class SpeakerRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- windows and progress (resumable embedding) --
    def add_windows(self, audio_id: int, windows, embeddings: np.ndarray, done_s: float) -> None:
        """Store one chunk's windows and move the resume point, in one transaction."""
        rows = [
            {"audio_id": audio_id, "start": round(s, 3), "end": round(e, 3),
             "embedding": _blob(v, np.float16)}
            for (s, e), v in zip(windows, embeddings, strict=False)
        ]  # fmt: skip
        if rows:
            self.db["speaker_windows"].insert_all(rows)
        self.db.execute(
            "INSERT INTO speaker_progress (audio_id, done_s, complete) VALUES (?, ?, 0)"
            " ON CONFLICT(audio_id) DO UPDATE SET done_s = excluded.done_s",
            [audio_id, done_s],
        )

    def progress(self, audio_id: int) -> tuple[float, bool]:
        row = self.db.execute(
            "SELECT done_s, complete FROM speaker_progress WHERE audio_id = ?", [audio_id]
        ).fetchone()
        return (0.0, False) if row is None else (float(row[0]), bool(row[1]))

    def mark_complete(self, audio_id: int) -> None:
        self.db.execute("UPDATE speaker_progress SET complete = 1 WHERE audio_id = ?", [audio_id])

    def clear_windows(self, audio_id: int) -> None:
        self.db.execute("DELETE FROM speaker_windows WHERE audio_id = ?", [audio_id])
        self.db.execute("DELETE FROM speaker_progress WHERE audio_id = ?", [audio_id])

    def windows(self, audio_id: int) -> tuple[list[tuple[float, float]], np.ndarray]:
        rows = self.db.execute(
            "SELECT start, end, embedding FROM speaker_windows WHERE audio_id = ? ORDER BY start",
            [audio_id],
        ).fetchall()
        spans = [(r[0], r[1]) for r in rows]
        if not rows:
            return spans, np.zeros((0, 256), np.float32)
        return spans, np.stack([_vector(r[2], np.float16) for r in rows])

    # -- a meeting's speakers --
    def replace_speakers(self, meeting_id: int, speakers: list[dict[str, Any]]) -> None:
        self.db.execute("DELETE FROM meeting_speakers WHERE meeting_id = ?", [meeting_id])
        for s in speakers:
            row = {**s, "meeting_id": meeting_id}
            if row.get("embedding") is not None:
                row["embedding"] = _blob(row["embedding"])
            self.db["meeting_speakers"].insert(row)

    def speakers(self, meeting_id: int) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            "SELECT * FROM meeting_speakers WHERE meeting_id = ? ORDER BY label", [meeting_id]
        )
        names = [d[0] for d in cursor.description]
        out = []
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=False))
            row["embedding"] = _vector(row["embedding"])
            out.append(row)
        return out

    def set_speaker_name(self, meeting_id: int, label: int, name: str | None) -> None:
        self.db.execute(
            "UPDATE meeting_speakers SET name = ? WHERE meeting_id = ? AND label = ?",
            [nfc(name).strip() or None if name else None, meeting_id, label],
        )

    def label_segment(self, segment_id: int, meeting_id: int, label: int) -> None:
        self.db.execute(
            "INSERT INTO segment_speakers (segment_id, meeting_id, label) VALUES (?, ?, ?)"
            " ON CONFLICT(segment_id) DO UPDATE SET label = excluded.label",
            [segment_id, meeting_id, label],
        )

    def unlabel_segment(self, segment_id: int) -> None:
        self.db.execute("DELETE FROM segment_speakers WHERE segment_id = ?", [segment_id])

    def clear_labels(self, meeting_id: int) -> None:
        self.db.execute("DELETE FROM segment_speakers WHERE meeting_id = ?", [meeting_id])

    def segments_of(self, meeting_id: int, label: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT segment_id FROM segment_speakers WHERE meeting_id = ? AND label = ?",
                [meeting_id, label],
            ).fetchall()
        ]

    def labels(self, meeting_id: int) -> dict[int, int]:
        return dict(
            self.db.execute(
                "SELECT segment_id, label FROM segment_speakers WHERE meeting_id = ?", [meeting_id]
            ).fetchall()
        )

    # -- remembered voices --
    def voiceprints(self) -> list[tuple[str, np.ndarray]]:
        rows = self.db.execute("SELECT name, embedding FROM voiceprints ORDER BY name").fetchall()
        return [(r[0], _vector(r[1])) for r in rows]

    def remember_voice(self, name: str, embedding: np.ndarray) -> None:
        """Fold this meeting's voice into the name's remembered one (a running mean)."""
        name = nfc(name).strip()
        row = self.db.execute(
            "SELECT embedding, meetings FROM voiceprints WHERE name = ?", [name]
        ).fetchone()
        vector = np.asarray(embedding, np.float32)
        count = 1
        if row is not None:
            old, count = _vector(row[0]), int(row[1]) + 1
            vector = old + (vector - old) / count
        vector = vector / max(float(np.linalg.norm(vector)), 1e-8)
        self.db.execute(
            "INSERT INTO voiceprints (name, embedding, meetings, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET embedding = excluded.embedding,"
            " meetings = excluded.meetings, updated_at = excluded.updated_at",
            [name, _blob(vector), count, now_iso()],
        )
