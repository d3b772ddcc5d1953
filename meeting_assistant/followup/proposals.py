"""Suggestions as the clerk works with them: offered, accepted (as is or edited) or dismissed.

A decision is stored by the suggestion's key, so reading the transcript again (after edits, or
after more of a live recording is transcribed) never offers a dismissed or accepted one again.
Accepting makes an ordinary conclusion or task, marked source="suggested" and linked to the
segments (and so the audio) it was read from.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..models import Conclusion, Task
from ..store import Store
from ..store.database import now_iso
from ..tagging import update_task
from ..text import nfc
from .suggest import CONCLUSION, TASK, Suggestion, suggest_meeting

ACCEPTED = "accepted"
DISMISSED = "dismissed"


def decisions(store: Store, meeting_id: int) -> dict[str, str]:
    rows = store.db.query(
        "SELECT key, decision FROM suggestion_decisions WHERE meeting_id = ?", [meeting_id]
    )
    return {r["key"]: r["decision"] for r in rows}


def _tagged(store: Store, meeting_id: int) -> dict[str, set[int]]:
    """Segment ids already covered by the clerk's own conclusions and tasks, by kind."""
    order = [seg.id for seg in store.segments.for_meeting(meeting_id)]
    index = {seg_id: i for i, seg_id in enumerate(order)}
    covered: dict[str, set[int]] = {CONCLUSION: set(), TASK: set()}
    items = [(CONCLUSION, c) for c in store.items.conclusions(meeting_id)]
    items += [(TASK, t) for t in store.items.tasks(meeting_id)]
    for kind, item in items:
        first, last = index.get(item.first_segment_id), index.get(item.last_segment_id)
        if first is not None:
            covered[kind].update(order[first : (last if last is not None else first) + 1])
    return covered


def pending_suggestions(store: Store, meeting_id: int) -> list[Suggestion]:
    """The meeting's suggestions the clerk has not yet accepted or dismissed, nor tagged by hand
    (a conclusion or task already made from the same segments)."""
    decided = decisions(store, meeting_id)
    covered = _tagged(store, meeting_id)
    return [
        s
        for s in suggest_meeting(store, meeting_id)
        if s.key not in decided
        and not ({s.first_segment_id, s.last_segment_id} & covered.get(s.kind, set()))
    ]


def _record(store: Store, meeting_id: int, s: Suggestion, decision: str, item_id=None) -> None:
    store.db.execute(
        "INSERT OR REPLACE INTO suggestion_decisions"
        " (meeting_id, key, decision, kind, item_id, decided_at) VALUES (?, ?, ?, ?, ?, ?)",
        [meeting_id, s.key, decision, s.kind, item_id, now_iso()],
    )


def dismiss(store: Store, meeting_id: int, suggestion: Suggestion) -> None:
    with store.db.atomic():
        _record(store, meeting_id, suggestion, DISMISSED)


def undo_decision(store: Store, meeting_id: int, key: str) -> None:
    """Offer a suggestion again (the undo of a dismissal)."""
    with store.db.atomic():
        store.db.execute(
            "DELETE FROM suggestion_decisions WHERE meeting_id = ? AND key = ?", [meeting_id, key]
        )


def _span(store: Store, s: Suggestion) -> dict[str, Any]:
    if s.first_segment_id is None:
        return {}
    first = store.segments.get(s.first_segment_id)
    return {
        "first_segment_id": s.first_segment_id,
        "last_segment_id": s.last_segment_id,
        "audio_id": first.audio_id,
        "span_start": s.start,
        "span_end": s.end,
    }


def accept(
    store: Store, meeting_id: int, suggestion: Suggestion, **edits: Any
) -> Conclusion | Task:
    """Make the suggestion a conclusion or task; `edits` (text, lead_unit, coordinating_units,
    deadline, deadline_text, ongoing) are what the clerk changed before accepting."""
    s = suggestion
    text = nfc(edits.get("text", s.text)).strip() or s.text
    with store.db.atomic():
        if s.kind == CONCLUSION:
            item = store.items.add_conclusion(
                meeting_id, text, source="suggested", **_span(store, s)
            )
        else:
            item = store.items.add_task(meeting_id, text, source="suggested", **_span(store, s))
            ongoing = bool(edits.get("ongoing", s.ongoing))
            deadline = None if ongoing else edits.get("deadline", s.deadline)
            if deadline:
                dt.date.fromisoformat(deadline)  # a mistyped date fails before anything is kept
            item = update_task(
                store,
                item.id,
                lead_unit=edits.get("lead_unit", s.lead_unit) or "",
                coordinating_units=list(edits.get("coordinating_units", s.coordinating_units)),
                deadline=deadline,
                ongoing=ongoing,
                deadline_text=edits.get("deadline_text", s.deadline_text),
            )
        _record(store, meeting_id, s, ACCEPTED, item.id)
    return item
