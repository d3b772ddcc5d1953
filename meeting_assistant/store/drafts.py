"""Text being typed into a conclusion or task, kept keystroke by keystroke until it is saved:
a crash or power cut in the half second before the save loses nothing."""

from __future__ import annotations

from sqlite_utils import Database

from ..text import nfc
from .database import now_iso


class DraftRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def put(self, entity: str, entity_id: int, field: str, text: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO edit_drafts (entity, entity_id, field, text, typed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT(entity, entity_id, field)"
                " DO UPDATE SET text = excluded.text, typed_at = excluded.typed_at",
                [entity, entity_id, field, nfc(text), now_iso()],
            )

    def drop(self, entity: str, entity_id: int, fields: list[str] | None = None) -> None:
        if fields is None:
            self.db.execute(
                "DELETE FROM edit_drafts WHERE entity = ? AND entity_id = ?", [entity, entity_id]
            )
            return
        for field in fields:
            self.db.execute(
                "DELETE FROM edit_drafts WHERE entity = ? AND entity_id = ? AND field = ?",
                [entity, entity_id, field],
            )

    def all(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM edit_drafts ORDER BY typed_at"))
