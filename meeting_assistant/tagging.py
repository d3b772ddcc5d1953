"""Marking the chair's conclusions and the tasks assigned, from selected transcript segments,
and the edits a clerk makes to them afterwards (all recorded in the audit log by the store)."""

from __future__ import annotations

from typing import Any

from .errors import UserError
from .models import Conclusion, Segment, Task
from .store import Store
from .text import nfc


def _selection(store: Store, segment_ids: list[int]) -> list[Segment]:
    if not segment_ids:
        raise UserError(
            "Hãy chọn một hoặc nhiều đoạn trong bản chép lời trước.",
            "Select one or more transcript segments first.",
        )
    segments = [store.segments.get(i) for i in segment_ids]
    return sorted(segments, key=lambda s: (s.audio_id, s.start))


def _span(segments: list[Segment]) -> dict[str, Any]:
    first, last = segments[0], segments[-1]
    same_file = all(s.audio_id == first.audio_id for s in segments)
    return {
        "first_segment_id": first.id,
        "last_segment_id": last.id,
        "audio_id": first.audio_id,
        "span_start": first.start,
        "span_end": last.end if same_file else first.end,
    }


def conclusion_from_segments(store: Store, segment_ids: list[int]) -> Conclusion:
    segments = _selection(store, segment_ids)
    text = " ".join(s.text for s in segments)
    return store.items.add_conclusion(segments[0].meeting_id, text, **_span(segments))


def task_from_segments(store: Store, segment_ids: list[int]) -> Task:
    segments = _selection(store, segment_ids)
    text = " ".join(s.text for s in segments)
    return store.items.add_task(segments[0].meeting_id, text, **_span(segments))


def move_conclusion(store: Store, conclusion_id: int, new_index: int) -> list[Conclusion]:
    """Put a conclusion at `new_index` (0-based) in its meeting's numbered list."""
    meeting_id = store.items.conclusion(conclusion_id).meeting_id
    ordered = [c.id for c in store.items.conclusions(meeting_id)]
    ordered.remove(conclusion_id)
    ordered.insert(max(0, min(new_index, len(ordered))), conclusion_id)
    with store.db.atomic():
        for position, item_id in enumerate(ordered):
            store.items.update_conclusion(item_id, position=position)
    return store.items.conclusions(meeting_id)


def unit_id(store: Store, name: str | None) -> int | None:
    """The directory's unit for a typed name, added on the fly when new."""
    name = nfc(name).strip()
    return store.units.ensure(name).id if name else None


def update_task(
    store: Store,
    task_id: int,
    *,
    lead_unit: str | None = None,
    coordinating_units: list[str] | None = None,
    **fields: Any,
) -> Task:
    """Edit a task; units are given by name (None leaves them as they are, "" clears the lead)."""
    with store.db.atomic():
        if lead_unit is not None:
            fields["lead_unit_id"] = unit_id(store, lead_unit)
        if "deadline" in fields and fields["deadline"]:
            fields.setdefault("ongoing", False)
        if fields.get("ongoing"):
            fields["deadline"] = None
        if fields:
            store.items.update_task(task_id, **fields)
        if coordinating_units is not None:
            ids = [unit_id(store, n) for n in coordinating_units if nfc(n).strip()]
            store.items.set_coordinators(task_id, [i for i in ids if i is not None])
    return store.items.task(task_id)


def unit_names(store: Store, task: Task) -> tuple[str | None, list[str]]:
    """(lead unit name, coordinating unit names) of a task."""
    names = {u.id: u.name for u in store.units.list()}
    lead = names.get(task.lead_unit_id) if task.lead_unit_id else None
    return lead, [names[i] for i in task.coordinating_unit_ids if i in names]
