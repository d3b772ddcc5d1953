"""What the clerk did with each suggestion (accepted, dismissed), kept by the suggestion's key."""

from __future__ import annotations

from sqlite_utils import Database

from .database import now_iso


class DecisionRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def for_meeting(self, meeting_id: int) -> dict[str, str]:
        """{suggestion key: "accepted" | "dismissed"} of a meeting."""
        rows = self.db.query(
            "SELECT key, decision FROM suggestion_decisions WHERE meeting_id = ?", [meeting_id]
        )
        return {r["key"]: r["decision"] for r in rows}

    def record(
        self, meeting_id: int, key: str, decision: str, kind: str, item_id: int | None = None
    ) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO suggestion_decisions"
                " (meeting_id, key, decision, kind, item_id, decided_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [meeting_id, key, decision, kind, item_id, now_iso()],
            )

    def forget(self, meeting_id: int, key: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "DELETE FROM suggestion_decisions WHERE meeting_id = ? AND key = ?",
                [meeting_id, key],
            )
