"""Rows as they were before and after an edit, written back for undo and redo.

One mechanism serves every undoable edit (transcript text, split, merge, speakers, replace; a
conclusion or task created, deleted or moved; a proposal dismissed), so the window keeps ONE undo
stack of `Change`s. A row in a change may be partial: only the columns the edit concerns (a
task's `conclusion_id` when its conclusion is deleted), and writing it back sets just those.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from .database import now_iso

Row = dict[str, Any]

# The columns that name a row, by table.
KEYS: dict[str, tuple[str, ...]] = {
    "segments": ("id",),
    "segment_speakers": ("segment_id",),  # which diarized voice a segment is (issue 18)
    "conclusions": ("id",),
    "tasks": ("id",),
    "suggestion_decisions": ("meeting_id", "key"),
}
# Rows are written in this order and removed in the reverse one, so that a row is never written
# before a row it refers to (a task to its conclusion, an item to its segments).
ORDER = ("segments", "segment_speakers", "conclusions", "tasks", "suggestion_decisions")
# A task's coordinating units live in their own table; a snapshot carries them as one column.
COORDINATORS = "coordinating_unit_ids"
_AUDITED = {"conclusions": "conclusion", "tasks": "task"}


def _key(table: str, row: Row) -> tuple:
    return tuple(row[k] for k in KEYS[table])


@dataclass
class Change:
    """Rows before and after an edit, table by table. Undo writes "before" back and removes
    what the edit created; redo does the opposite. Empty when the edit changed nothing."""

    before: dict[str, list[Row]] = field(default_factory=dict)
    after: dict[str, list[Row]] = field(default_factory=dict)

    def ids(self, table: str) -> list[int]:
        """The ids of `table` this change touches (either side)."""
        found = {r["id"] for r in self.before.get(table, [])}
        found |= {r["id"] for r in self.after.get(table, [])}
        return sorted(found)

    @property
    def segment_ids(self) -> list[int]:
        return self.ids("segments")

    def __bool__(self) -> bool:
        tables = set(self.before) | set(self.after)
        return any(self.before.get(t, []) != self.after.get(t, []) for t in tables)


class SnapshotRepo:
    """Reads rows into snapshots and writes snapshots back, in one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def rows(self, table: str, ids: list, columns: list[str] | None = None) -> list[Row]:
        """Current rows of `table` with these keys (ids, or key tuples), in key order; with
        `columns`, only those columns (the key columns always)."""
        rows = []
        for key in ids:
            key = key if isinstance(key, tuple) else (key,)
            where = " AND ".join(f"{k} = ?" for k in KEYS[table])
            found = list(self.db.query(f"SELECT * FROM {table} WHERE {where}", list(key)))
            if not found:
                continue
            row = found[0]
            if table == "tasks":
                row[COORDINATORS] = self._coordinators(row["id"])
            if columns is not None:
                keep = set(columns) | set(KEYS[table])
                row = {k: v for k, v in row.items() if k in keep}
            rows.append(row)
        return sorted(rows, key=lambda r: _key(table, r))

    def capture(self, like: dict[str, list[Row]]) -> dict[str, list[Row]]:
        """The current state of the rows in `like`, with the same columns each had."""
        out: dict[str, list[Row]] = {}
        for table, rows in like.items():
            current = []
            for row in rows:
                found = self.rows(table, [_key(table, row)], columns=list(row))
                current.extend(found)
            out[table] = current
        return out

    def write(self, target: dict[str, list[Row]], source: dict[str, list[Row]]) -> None:
        """Make the rows of `source` (the side being left) look like `target`: rows only in
        `source` are removed, the others written (updated if they exist, else inserted)."""
        with self.db.atomic():
            for table in reversed(ORDER):
                keep = {_key(table, r) for r in target.get(table, [])}
                for row in source.get(table, []):
                    if _key(table, row) not in keep:
                        self._remove(table, row)
            for table in ORDER:
                for row in target.get(table, []):
                    self._write(table, row)

    # ---------------------------------------------------------------------------------------

    def _coordinators(self, task_id: int) -> list[int]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT unit_id FROM task_coordinators WHERE task_id = ? ORDER BY position",
                [task_id],
            )
        ]

    def _exists(self, table: str, row: Row) -> Row | None:
        where = " AND ".join(f"{k} = ?" for k in KEYS[table])
        found = list(self.db.query(f"SELECT * FROM {table} WHERE {where}", list(_key(table, row))))
        return found[0] if found else None

    def _remove(self, table: str, row: Row) -> None:
        existing = self._exists(table, row)
        if existing is None:
            return
        where = " AND ".join(f"{k} = ?" for k in KEYS[table])
        self.db.execute(f"DELETE FROM {table} WHERE {where}", list(_key(table, row)))
        if table in _AUDITED:
            self._audit(table, existing, "delete", existing)

    def _write(self, table: str, row: Row) -> None:
        values = dict(row)
        coordinators = values.pop(COORDINATORS, None)
        existing = self._exists(table, values)
        if existing is None:
            # An INSERT of the whole row, its old id included (undoing a deletion).
            self.db[table].insert(values)
            if table in _AUDITED:
                self._audit(table, values, "restore", {})
        else:
            # An UPDATE, never INSERT OR REPLACE: replacing deletes the row first, which would
            # unlink the conclusions and tasks that point at it.
            changes = {
                k: [existing[k], v] for k, v in values.items() if k in existing and existing[k] != v
            }
            if changes:
                where = " AND ".join(f"{k} = ?" for k in KEYS[table])
                sets = ", ".join(f"{k} = ?" for k in changes)
                self.db.execute(
                    f"UPDATE {table} SET {sets} WHERE {where}",
                    [v[1] for v in changes.values()] + list(_key(table, values)),
                )
                if table in _AUDITED:
                    self._audit(table, existing, "update", changes)
        if coordinators is not None and table == "tasks":
            before = self._coordinators(values["id"])
            if before != list(coordinators):
                self.db.execute("DELETE FROM task_coordinators WHERE task_id = ?", [values["id"]])
                for position, unit_id in enumerate(coordinators):
                    self.db["task_coordinators"].insert(
                        {"task_id": values["id"], "unit_id": unit_id, "position": position}
                    )

    def _audit(self, table: str, row: Row, action: str, changes: Any) -> None:
        self.db["audit_log"].insert(
            {
                "at": now_iso(),
                "entity": _AUDITED[table],
                "entity_id": row["id"],
                "meeting_id": row.get("meeting_id"),
                "action": action,
                "changes": json.dumps(changes, ensure_ascii=False, default=str),
            }
        )
