"""Audio files attached to meetings, and where their transcription stands."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..models import AudioFile
from .database import fetch_row, now_iso


class AudioRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, meeting_id: int, **values: Any) -> AudioFile:
        position = self.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM audio_files WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()[0]
        row_id = (
            self.db["audio_files"]
            .insert(
                {**values, "meeting_id": meeting_id, "position": position, "created_at": now_iso()}
            )
            .last_pk
        )
        return self.get(row_id)

    def get(self, audio_id: int) -> AudioFile:
        return AudioFile.from_row(fetch_row(self.db, "audio_files", audio_id))

    def by_sha256(self, sha256: str) -> AudioFile | None:
        rows = list(self.db.query("SELECT * FROM audio_files WHERE sha256 = ?", [sha256]))
        return AudioFile.from_row(rows[0]) if rows else None

    def for_meeting(self, meeting_id: int) -> list[AudioFile]:
        rows = self.db.query(
            "SELECT * FROM audio_files WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        )
        return [AudioFile.from_row(r) for r in rows]

    def all_paths(self) -> list[str]:
        return [r["stored_path"] for r in self.db.query("SELECT stored_path FROM audio_files")]

    def set_transcription(self, audio_id: int, **values: Any) -> None:
        allowed = {
            "transcription_state", "transcribed_until", "transcription_model",
            "transcription_language",
        }  # fmt: skip
        assert set(values) <= allowed, values
        self.db["audio_files"].update(audio_id, values)

    # Recordings: a row exists from the first second, and is completed when the file is.

    def recording(self) -> list[AudioFile]:
        """Rows of recordings not yet finalised (live, or left by a killed process)."""
        rows = self.db.query("SELECT * FROM audio_files WHERE status = 'recording' ORDER BY id")
        return [AudioFile.from_row(r) for r in rows]

    def finish_recording(
        self, audio_id: int, *, duration: float, size_bytes: int, sha256: str
    ) -> AudioFile:
        self.db["audio_files"].update(
            audio_id,
            {"status": "ready", "duration": duration, "size_bytes": size_bytes, "sha256": sha256},
        )
        return self.get(audio_id)

    def set_status(self, audio_id: int, status: str) -> None:
        assert status in ("ready", "recording", "interrupted"), status
        self.db["audio_files"].update(audio_id, {"status": status})

    def delete(self, audio_id: int) -> None:
        self.db.execute("DELETE FROM audio_files WHERE id = ?", [audio_id])

    def with_transcription_state(self, state: str) -> list[AudioFile]:
        rows = self.db.query(
            "SELECT * FROM audio_files WHERE transcription_state = ? ORDER BY id", [state]
        )
        return [AudioFile.from_row(r) for r in rows]

    def mark_interrupted(self, audio_id: int) -> None:
        """A run that stopped part-way (crash, cancel): offered for resume from where it was."""
        audio = self.get(audio_id)
        with self.db.atomic():
            self.db.execute(
                "UPDATE audio_files SET transcription_state = 'interrupted' WHERE id = ?",
                [audio_id],
            )
            self.db.execute(
                "UPDATE meetings SET state = 'interrupted', updated_at = ?"
                " WHERE id = ? AND state = 'transcribing'",
                [now_iso(), audio.meeting_id],
            )
