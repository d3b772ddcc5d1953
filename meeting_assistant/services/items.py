"""The chair's conclusions and the tasks assigned: marked from transcript segments or typed,
edited, reordered, deleted. Creating, deleting and moving return a `Change` for the one undo
stack; the store records every change in the audit log."""

from __future__ import annotations

from typing import Any

from ..errors import UserError
from ..models import Conclusion, Segment, Task
from ..store import Change, Store
from ..text import nfc
from .units import UnitService

CONCLUSION, TASK = "conclusion", "task"
# The typed fields kept as drafts while the clerk types them.
DRAFTED = ("text", "content", "note")
_TABLES = {CONCLUSION: "conclusions", TASK: "tasks"}


def _lead_and_coordinator(name: str) -> UserError:
    return UserError(
        "“{name}” đã là đơn vị chủ trì của nhiệm vụ này; một đơn vị không thể vừa chủ trì vừa"
        " phối hợp.",
        "“{name}” already leads this task; a unit cannot both lead and coordinate one task.",
        name=nfc(name).strip(),
    )


class ItemService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.units = UnitService(store)

    # Reading -------------------------------------------------------------------------------

    def conclusions(self, meeting_id: int) -> list[Conclusion]:
        return self.store.items.conclusions(meeting_id)

    def conclusion(self, conclusion_id: int) -> Conclusion:
        return self.store.items.conclusion(conclusion_id)

    def tasks(self, meeting_id: int) -> list[Task]:
        return self.store.items.tasks(meeting_id)

    def task(self, task_id: int) -> Task:
        return self.store.items.task(task_id)

    def counts(self, meeting_id: int) -> tuple[int, int]:
        return self.store.items.counts(meeting_id)

    def audit_log(self, kind: str, item_id: int) -> list[dict[str, Any]]:
        return self.store.items.audit_log(kind, item_id)

    def unit_names(self, task: Task) -> tuple[str | None, list[str]]:
        """(lead unit name, coordinating unit names) of a task."""
        names = self.units.names()
        lead = names.get(task.lead_unit_id) if task.lead_unit_id else None
        return lead, [names[i] for i in task.coordinating_unit_ids if i in names]

    # Creating ------------------------------------------------------------------------------

    def _selection(self, segment_ids: list[int]) -> list[Segment]:
        if not segment_ids:
            raise UserError(
                "Hãy chọn một hoặc nhiều đoạn trong bản chép lời trước.",
                "Select one or more transcript segments first.",
            )
        segments = [self.store.segments.get(i) for i in segment_ids]
        return sorted(segments, key=lambda s: (s.audio_id, s.start))

    @staticmethod
    def span(segments: list[Segment]) -> dict[str, Any]:
        """The link from an item to where it was said: its first and last segments."""
        first, last = segments[0], segments[-1]
        same_file = all(s.audio_id == first.audio_id for s in segments)
        return {
            "first_segment_id": first.id,
            "last_segment_id": last.id,
            "audio_id": first.audio_id,
            "span_start": first.start,
            "span_end": last.end if same_file else first.end,
        }

    def created(self, kind: str, item_id: int) -> Change:
        """The change that made this item (undo removes it, redo puts it back as it was)."""
        table = _TABLES[kind]
        return Change({}, {table: self.store.snapshots.rows(table, [item_id])})

    def conclusion_from_segments(self, segment_ids: list[int]) -> Conclusion:
        segments = self._selection(segment_ids)
        text = " ".join(s.text for s in segments)
        return self.add_conclusion(segments[0].meeting_id, text, **self.span(segments))

    def task_from_segments(self, segment_ids: list[int]) -> Task:
        segments = self._selection(segment_ids)
        text = " ".join(s.text for s in segments)
        return self.store.items.add_task(segments[0].meeting_id, text, **self.span(segments))

    def from_segments(self, kind: str, segment_ids: list[int]) -> tuple[Conclusion | Task, Change]:
        """Mark the selected segments as a conclusion or a task; the change undoes it."""
        if kind == CONCLUSION:
            item = self.conclusion_from_segments(segment_ids)
        else:
            item = self.task_from_segments(segment_ids)
        return item, self.created(kind, item.id)

    def add_conclusion(self, meeting_id: int, text: str, **fields: Any) -> Conclusion:
        self.store.meetings.get(meeting_id)
        return self.store.items.add_conclusion(meeting_id, text, **fields)

    def add_task(
        self,
        meeting_id: int,
        content: str,
        *,
        lead_unit: str | None = None,
        coordinating_units: list[str] | None = None,
        **fields: Any,
    ) -> Task:
        """A task typed in (the command line) or accepted from a proposal, in one transaction."""
        self.store.meetings.get(meeting_id)
        with self.store.atomic():
            task = self.store.items.add_task(meeting_id, content)
            return self.update_task(
                task.id, lead_unit=lead_unit, coordinating_units=coordinating_units, **fields
            )

    # Editing -------------------------------------------------------------------------------

    def update_conclusion(self, conclusion_id: int, **fields: Any) -> Conclusion:
        with self.store.atomic():
            conclusion = self.store.items.update_conclusion(conclusion_id, **fields)
            self.store.drafts.drop(CONCLUSION, conclusion_id, [f for f in fields if f in DRAFTED])
        return conclusion

    # Typing not yet saved ----------------------------------------------------------------

    def save_draft(self, kind: str, item_id: int, field: str, text: str) -> None:
        """Keep what is being typed (every keystroke), until the editor's save replaces it."""
        assert field in DRAFTED, field
        self.store.drafts.put(kind, item_id, field, text)

    def recover_drafts(self) -> list[tuple[str, int]]:
        """At start: typing a crash cut off before its save is saved now (the items it
        belongs to, as (kind, id)). A draft of an item since deleted is dropped."""
        recovered = []
        for draft in self.store.drafts.all():
            kind, item_id, field = draft["entity"], draft["entity_id"], draft["field"]
            try:
                if kind == CONCLUSION and field == "text" and draft["text"].strip():
                    self.update_conclusion(item_id, text=draft["text"])
                elif kind == TASK and field in ("content", "note"):
                    if field == "content" and not draft["text"].strip():
                        raise ValueError("an empty task is never saved")
                    self.update_task(item_id, **{field: draft["text"] or None})
                else:
                    raise ValueError(field)
                recovered.append((kind, item_id))
            except (UserError, ValueError):
                pass  # the item is gone, or the text cannot be saved: nothing to restore
            self.store.drafts.drop(kind, item_id, [field])
        return list(dict.fromkeys(recovered))

    def update_task(
        self,
        task_id: int,
        *,
        lead_unit: str | None = None,
        coordinating_units: list[str] | None = None,
        **fields: Any,
    ) -> Task:
        """Edit a task; units are given by name (None leaves them as they are, "" clears the
        lead). A deadline set clears "ongoing"; "ongoing" clears the deadline."""
        with self.store.atomic():
            if lead_unit is not None:
                fields["lead_unit_id"] = self.units.id_for(lead_unit)
            if "deadline" in fields and fields["deadline"]:
                fields.setdefault("ongoing", False)
            if fields.get("ongoing"):
                fields["deadline"] = None
            if fields:
                self.store.items.update_task(task_id, **fields)
                self.store.drafts.drop(TASK, task_id, [f for f in fields if f in DRAFTED])
            if coordinating_units is not None:
                ids = [self.units.id_for(n) for n in coordinating_units if nfc(n).strip()]
                self.store.items.set_coordinators(task_id, [i for i in ids if i is not None])
            task = self.store.items.task(task_id)
            if task.lead_unit_id is not None and task.lead_unit_id in task.coordinating_unit_ids:
                # Refused as a whole (the transaction is undone): one unit, one role.
                raise _lead_and_coordinator(self.units.get(task.lead_unit_id).name)
        return self.store.items.task(task_id)

    def move_conclusion(self, conclusion_id: int, new_index: int) -> Change:
        """Put a conclusion at `new_index` (0-based) in its meeting's numbered list."""
        meeting_id = self.store.items.conclusion(conclusion_id).meeting_id
        ordered = [c.id for c in self.store.items.conclusions(meeting_id)]
        before = self.store.snapshots.rows("conclusions", ordered, columns=["position"])
        ordered.remove(conclusion_id)
        ordered.insert(max(0, min(new_index, len(ordered))), conclusion_id)
        with self.store.atomic():
            for position, item_id in enumerate(ordered):
                self.store.items.update_conclusion(item_id, position=position)
        after = self.store.snapshots.rows("conclusions", ordered, columns=["position"])
        return Change({"conclusions": before}, {"conclusions": after})

    def delete(self, kind: str, item_id: int) -> Change:
        """Delete a conclusion or a task. The change puts it back exactly: same id, same units,
        and for a conclusion the tasks that pointed to it."""
        snapshots = self.store.snapshots
        table = _TABLES[kind]
        rows = snapshots.rows(table, [item_id])
        if not rows:
            self.store.items.conclusion(item_id) if kind == CONCLUSION else self.task(item_id)
        before: dict[str, list] = {table: rows}
        after: dict[str, list] = {}
        if kind == CONCLUSION:
            linked = [t.id for t in self.tasks(rows[0]["meeting_id"]) if t.conclusion_id == item_id]
            if linked:
                before["tasks"] = snapshots.rows("tasks", linked, columns=["conclusion_id"])
                after["tasks"] = [{"id": t, "conclusion_id": None} for t in linked]
        with self.store.atomic():
            if kind == CONCLUSION:
                self.store.items.delete_conclusion(item_id)
            else:
                self.store.items.delete_task(item_id)
        return Change(before, after)
