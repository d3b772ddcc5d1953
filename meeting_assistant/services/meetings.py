"""Meetings: their details and attendees (saved together, in one transaction), the list the
clerk browses and searches, and deleting one."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from ..models import Attendee, AudioFile, Meeting, SearchHit
from ..store import Store
from .units import UnitService


class MeetingService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.units = UnitService(store)

    # Reading -------------------------------------------------------------------------------

    def get(self, meeting_id: int) -> Meeting:
        return self.store.meetings.get(meeting_id)

    def list(self) -> list[Meeting]:
        return self.store.meetings.list()

    def overview(self) -> list[dict[str, Any]]:
        """One row per meeting for the list: its fields, audio length, counts, display state."""
        return self.store.meetings.overview()

    def matching(self, text: str) -> list[int]:
        """Meetings whose details or contents hold every word of `text` (accents optional)."""
        return self.store.meetings.matching(text)

    def search(self, text: str, **options) -> list[SearchHit]:
        """Transcripts, conclusions and tasks holding every word of `text`, accents optional."""
        return self.store.search(text, **options)

    def attendees(self, meeting_id: int) -> list[Attendee]:
        return self.store.meetings.attendees(meeting_id)

    def attendee_rows(self, meeting_id: int) -> list[dict[str, Any]]:
        """Attendees as an edit form shows them: name, title, unit (by name), present, note."""
        names = self.units.names()
        return [
            {"name": a.name, "title": a.title or "", "present": a.present, "note": a.note or "",
             "unit": names.get(a.unit_id, "") if a.unit_id is not None else ""}
            for a in self.attendees(meeting_id)
        ]  # fmt: skip

    def audio(self, meeting_id: int) -> list[AudioFile]:
        return self.store.audio.for_meeting(meeting_id)

    def media_path(self, audio: AudioFile):
        """A file to play or read the app's copy of a recording from (a decrypted copy in an
        owner-only folder when the data is encrypted at rest)."""
        return self.store.media_file(audio.stored_path)

    def count(self) -> int:
        return self.store.meetings.count()

    def summary(self, meeting_id: int) -> dict[str, Any]:
        """A meeting's details with its recordings and counts (`show`, `meetings --json`)."""
        meeting = self.get(meeting_id)
        conclusions, tasks = self.store.items.counts(meeting_id)
        audios = self.audio(meeting_id)
        data = asdict(meeting)
        data["audio_files"] = [
            {
                "id": a.id,
                "original_name": a.original_name,
                "duration": round(a.duration, 3),
                "codec": a.codec,
                "sha256": a.sha256,
                "transcription_state": a.transcription_state,
                "transcribed_until": round(a.transcribed_until, 3),
                "transcription_model": a.transcription_model,
            }
            for a in audios
        ]
        data["duration"] = round(sum(a.duration for a in audios), 3)
        data["counts"] = {
            "segments": self.store.segments.count(meeting_id),
            "conclusions": conclusions,
            "tasks": tasks,
        }
        return data

    # Writing -------------------------------------------------------------------------------

    def create(
        self, title: str, *, attendees: list[dict[str, Any]] | None = None, **fields: Any
    ) -> Meeting:
        """A new meeting with its details and (optionally) attendees, all or nothing."""
        with self.store.atomic():
            meeting = self.store.meetings.create(title, **fields)
            if attendees is not None:
                self._save_attendees(meeting.id, attendees)
        return self.get(meeting.id)

    def update(
        self, meeting_id: int, *, attendees: list[dict[str, Any]] | None = None, **fields: Any
    ) -> Meeting:
        """Change a meeting's details and (when given) replace its attendee list, together."""
        with self.store.atomic():
            if fields:
                self.store.meetings.update(meeting_id, **fields)
            if attendees is not None:
                self._save_attendees(meeting_id, attendees)
        return self.get(meeting_id)

    def _save_attendees(self, meeting_id: int, attendees: list[dict[str, Any]]) -> None:
        """Each attendee: name, title, present, note, and the unit by name ("unit") or by id
        ("unit_id"); a unit named for the first time joins the directory."""
        rows = []
        for person in attendees:
            row = {k: person.get(k) for k in ("name", "title", "present", "note", "unit_id")}
            if person.get("unit"):
                row["unit_id"] = self.units.id_for(person["unit"])
            row["title"] = row["title"] or None
            row["present"] = person.get("present", True)
            rows.append(row)
        self.store.meetings.replace_attendees(meeting_id, rows)

    def delete(self, meeting_id: int) -> None:
        """Delete a meeting and all it holds, its recordings' files included: deleting means
        deleting (nothing of it stays in the data folder or the audit log)."""
        for stored in self.store.meetings.delete(meeting_id):
            try:
                (self.store.media_dir / stored).unlink(missing_ok=True)
            except OSError:
                pass  # a file in use (Windows): the next check reports it as unreferenced
