"""Conclusions and tasks, with an audit log of every change made to them."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from ..errors import UserError
from ..models import Conclusion, Task, TaskUpdate
from ..text import fold, nfc
from .database import fetch_row, now_iso

CONCLUSION_FIELDS = {
    "text", "position", "state", "first_segment_id", "last_segment_id", "audio_id",
    "span_start", "span_end", "source",
}  # fmt: skip
TASK_FIELDS = {
    "content", "conclusion_id", "position", "lead_unit_id", "deadline", "ongoing",
    "deadline_text", "is_key", "completed_on", "cancelled_on", "note", "first_segment_id",
    "last_segment_id", "audio_id", "span_start", "span_end", "source",
}  # fmt: skip


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {k: nfc(v).strip() if isinstance(v, str) else v for k, v in values.items()}


class ItemRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    # Audit ---------------------------------------------------------------------------------

    def _audit(self, entity: str, entity_id: int, meeting_id: int, action: str, changes) -> None:
        self.db["audit_log"].insert(
            {
                "at": now_iso(),
                "entity": entity,
                "entity_id": entity_id,
                "meeting_id": meeting_id,
                "action": action,
                "changes": json.dumps(changes, ensure_ascii=False),
            }
        )

    def audit_log(self, entity: str, entity_id: int) -> list[dict[str, Any]]:
        rows = self.db.query(
            "SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id",
            [entity, entity_id],
        )
        return [{**r, "changes": json.loads(r["changes"])} for r in rows]

    def _next_position(self, table: str, meeting_id: int) -> int:
        return self.db.execute(
            f"SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()[0]

    def _update(self, table: str, entity: str, row_id: int, values: dict[str, Any]) -> None:
        before = self.db[table].get(row_id)
        changes = {k: [before[k], v] for k, v in values.items() if before[k] != v}
        if not changes:
            return
        with self.db.atomic():
            self.db[table].update(row_id, {**values, "updated_at": now_iso()})
            self._audit(entity, row_id, before["meeting_id"], "update", changes)

    def _delete(self, table: str, entity: str, row_id: int) -> None:
        before = self.db[table].get(row_id)
        with self.db.atomic():
            self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
            self._audit(entity, row_id, before["meeting_id"], "delete", before)

    # Conclusions ---------------------------------------------------------------------------

    def add_conclusion(self, meeting_id: int, text: str, **fields: Any) -> Conclusion:
        assert set(fields) <= CONCLUSION_FIELDS, fields
        values = _clean({"text": text, **fields})
        if not values["text"]:
            raise UserError("Kết luận không được để trống.", "A conclusion cannot be empty.")
        values.setdefault("position", self._next_position("conclusions", meeting_id))
        stamp = now_iso()
        row = {**values, "meeting_id": meeting_id, "search_text": fold(values["text"]),
               "created_at": stamp, "updated_at": stamp}  # fmt: skip
        with self.db.atomic():
            row_id = self.db["conclusions"].insert(row).last_pk
            self._audit("conclusion", row_id, meeting_id, "create", values)
        return self.conclusion(row_id)

    def conclusion(self, conclusion_id: int) -> Conclusion:
        return Conclusion.from_row(fetch_row(self.db, "conclusions", conclusion_id))

    def conclusions(self, meeting_id: int) -> list[Conclusion]:
        rows = self.db.query(
            "SELECT * FROM conclusions WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        )
        return [Conclusion.from_row(r) for r in rows]

    def update_conclusion(self, conclusion_id: int, **fields: Any) -> Conclusion:
        assert set(fields) <= CONCLUSION_FIELDS, fields
        self.conclusion(conclusion_id)
        values = _clean(fields)
        if "text" in values:
            if not values["text"]:
                raise UserError("Kết luận không được để trống.", "A conclusion cannot be empty.")
            values["search_text"] = fold(values["text"])
        self._update("conclusions", "conclusion", conclusion_id, values)
        return self.conclusion(conclusion_id)

    def delete_conclusion(self, conclusion_id: int) -> None:
        self.conclusion(conclusion_id)
        self._delete("conclusions", "conclusion", conclusion_id)

    # Tasks ---------------------------------------------------------------------------------

    def add_task(
        self, meeting_id: int, content: str, coordinating_unit_ids: list[int] = (), **fields: Any
    ) -> Task:
        assert set(fields) <= TASK_FIELDS, fields
        values = _clean({"content": content, **fields})
        if not values["content"]:
            raise UserError("Nội dung nhiệm vụ không được để trống.", "A task needs its content.")
        values.setdefault("position", self._next_position("tasks", meeting_id))
        stamp = now_iso()
        row = {**values, "meeting_id": meeting_id, "search_text": fold(values["content"]),
               "created_at": stamp, "updated_at": stamp}  # fmt: skip
        with self.db.atomic():
            row_id = self.db["tasks"].insert(row).last_pk
            for position, unit_id in enumerate(coordinating_unit_ids):
                self.db["task_coordinators"].insert(
                    {"task_id": row_id, "unit_id": unit_id, "position": position}
                )
            self._audit(
                "task", row_id, meeting_id, "create",
                {**values, "coordinating_unit_ids": list(coordinating_unit_ids)},
            )  # fmt: skip
        return self.task(row_id)

    def task(self, task_id: int) -> Task:
        return self._task_from_row(fetch_row(self.db, "tasks", task_id))

    def _task_from_row(self, row: dict[str, Any]) -> Task:
        task = Task.from_row(row)
        task.ongoing = bool(task.ongoing)
        task.is_key = bool(task.is_key)
        task.coordinating_unit_ids = [
            r[0]
            for r in self.db.execute(
                "SELECT unit_id FROM task_coordinators WHERE task_id = ? ORDER BY position",
                [task.id],
            )
        ]
        return task

    def tasks(self, meeting_id: int) -> list[Task]:
        rows = self.db.query(
            "SELECT * FROM tasks WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        )
        return [self._task_from_row(r) for r in rows]

    def update_task(self, task_id: int, **fields: Any) -> Task:
        assert set(fields) <= TASK_FIELDS, fields
        self.task(task_id)
        values = _clean(fields)
        if "content" in values:
            if not values["content"]:
                raise UserError(
                    "Nội dung nhiệm vụ không được để trống.", "A task needs its content."
                )
            values["search_text"] = fold(values["content"])
        self._update("tasks", "task", task_id, values)
        return self.task(task_id)

    def delete_task(self, task_id: int) -> None:
        self.task(task_id)
        self._delete("tasks", "task", task_id)

    def set_coordinators(self, task_id: int, unit_ids: list[int]) -> None:
        task = self.task(task_id)
        unit_ids = list(dict.fromkeys(unit_ids))  # once each, in the order given
        if unit_ids == task.coordinating_unit_ids:
            return
        with self.db.atomic():
            self.db.execute("DELETE FROM task_coordinators WHERE task_id = ?", [task_id])
            for position, unit_id in enumerate(unit_ids):
                self.db["task_coordinators"].insert(
                    {"task_id": task_id, "unit_id": unit_id, "position": position}
                )
            self.db.execute("UPDATE tasks SET updated_at = ? WHERE id = ?", [now_iso(), task_id])
            self._audit(
                "task", task_id, task.meeting_id, "update",
                {"coordinating_unit_ids": [task.coordinating_unit_ids, unit_ids]},
            )  # fmt: skip

    def add_task_update(
        self, task_id: int, date: str, note: str, reporter: str | None = None
    ) -> TaskUpdate:
        task = self.task(task_id)
        values = _clean({"task_id": task_id, "date": date, "note": note, "reporter": reporter})
        with self.db.atomic():
            row_id = self.db["task_updates"].insert({**values, "created_at": now_iso()}).last_pk
            self._audit("task", task_id, task.meeting_id, "progress", values)
        return TaskUpdate.from_row(self.db["task_updates"].get(row_id))

    def task_updates(self, task_id: int) -> list[TaskUpdate]:
        rows = self.db.query(
            "SELECT * FROM task_updates WHERE task_id = ? ORDER BY date, id", [task_id]
        )
        return [TaskUpdate.from_row(r) for r in rows]

    def counts(self, meeting_id: int) -> tuple[int, int]:
        conclusions = self.db.execute(
            "SELECT count(*) FROM conclusions WHERE meeting_id = ?", [meeting_id]
        ).fetchone()[0]
        tasks = self.db.execute(
            "SELECT count(*) FROM tasks WHERE meeting_id = ?", [meeting_id]
        ).fetchone()[0]
        return conclusions, tasks

    def linked_to(self, audio_id: int) -> dict[str, list[int]]:
        """Ids of the conclusions and tasks said in an audio file (they have a span in it)."""
        return {
            table: [
                r[0]
                for r in self.db.execute(
                    f"SELECT id FROM {table} WHERE audio_id = ? AND span_start IS NOT NULL"
                    " ORDER BY id",
                    [audio_id],
                )
            ]
            for table in ("conclusions", "tasks")
        }

    def linked_segment_ids(self, audio_id: int) -> set[int]:
        """The segments of an audio file a conclusion or a task points to."""
        found: set[int] = set()
        for table in ("conclusions", "tasks"):
            for first, last in self.db.execute(
                f"SELECT first_segment_id, last_segment_id FROM {table} WHERE audio_id = ?",
                [audio_id],
            ):
                found.update(i for i in (first, last) if i is not None)
        return found

    def relink(self, audio_id: int) -> int:
        """Point the items of an audio file that lost their segments (replaced by a new
        transcription) at the segments now said over their span. Their text and span stay."""
        changed = 0
        for table in ("conclusions", "tasks"):
            covering = (
                "(SELECT s.id FROM segments s WHERE s.audio_id = {t}.audio_id"
                " AND s.end > {t}.span_start"
                " AND s.start < max(coalesce({t}.span_end, {t}.span_start), {t}.span_start + 0.001)"
                " ORDER BY s.start {order}, s.id LIMIT 1)"
            )
            first = covering.format(t=table, order="ASC")
            last = covering.format(t=table, order="DESC")
            cursor = self.db.execute(
                f"UPDATE {table} SET first_segment_id = coalesce(first_segment_id, {first}),"
                f" last_segment_id = coalesce(last_segment_id, {last})"
                " WHERE audio_id = ? AND span_start IS NOT NULL"
                " AND (first_segment_id IS NULL OR last_segment_id IS NULL)",
                [audio_id],
            )
            changed += cursor.rowcount
        return changed
