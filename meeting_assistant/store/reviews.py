"""Review packages exported, comments merged back from officials, and the audit log read whole."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from .database import now_iso


class ReviewRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Packages ------------------------------------------------------------------------------

    def add_package(
        self, package_id: str, meeting_ids: list[int], with_audio: bool, file_name: str
    ) -> None:
        self.db["review_packages"].insert(
            {
                "package_id": package_id,
                "exported_at": now_iso(),
                "meeting_ids": json.dumps(list(meeting_ids)),
                "with_audio": int(with_audio),
                "file_name": file_name,
            }
        )

    def package(self, package_id: str) -> dict[str, Any] | None:
        rows = list(
            self.db.query("SELECT * FROM review_packages WHERE package_id = ?", [package_id])
        )
        if not rows:
            return None
        return {**rows[0], "meeting_ids": json.loads(rows[0]["meeting_ids"])}

    # Comments ------------------------------------------------------------------------------

    def has_comment(self, uid: str) -> bool:
        return bool(
            self.db.execute("SELECT 1 FROM review_comments WHERE uid = ?", [uid]).fetchone()
        )

    def add_comment(self, comment: dict[str, Any]) -> int:
        """Store one comment and its audit-log entry (the caller holds the transaction)."""
        stamp = now_iso()
        row_id = self.db["review_comments"].insert({**comment, "merged_at": stamp}).last_pk
        self.db["audit_log"].insert(
            {
                "at": stamp,
                "entity": comment["entity"],
                "entity_id": comment["entity_id"],
                "meeting_id": comment["meeting_id"],
                "action": "comment",
                "changes": json.dumps(
                    {k: comment[k] for k in ("verdict", "text", "reviewer", "commented_at")}
                    | {"package_id": comment["package_id"]},
                    ensure_ascii=False,
                ),
            }
        )
        return row_id

    def comments(self, entity: str, entity_id: int) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                "SELECT * FROM review_comments WHERE entity = ? AND entity_id = ?"
                " ORDER BY commented_at, id",
                [entity, entity_id],
            )
        )

    def attention(self, meeting_id: int | None = None) -> set[tuple[str, int]]:
        """(entity, id) of every item with a comment not yet resolved."""
        sql = "SELECT DISTINCT entity, entity_id FROM review_comments WHERE resolved_at IS NULL"
        params: list = []
        if meeting_id is not None:
            sql += " AND meeting_id = ?"
            params.append(meeting_id)
        return {(r[0], r[1]) for r in self.db.execute(sql, params)}

    def resolve(self, entity: str, entity_id: int) -> int:
        """Mark the item's open comments as dealt with; how many there were."""
        cursor = self.db.execute(
            "UPDATE review_comments SET resolved_at = ? WHERE entity = ? AND entity_id = ?"
            " AND resolved_at IS NULL",
            [now_iso(), entity, entity_id],
        )
        return cursor.rowcount

    # History -------------------------------------------------------------------------------

    def history(self, entity: str, entity_id: int) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY at, id",
            [entity, entity_id],
        )
        return [{**r, "changes": json.loads(r["changes"])} for r in rows]
