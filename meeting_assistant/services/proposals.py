"""Suggestions as the clerk works with them: offered, accepted (as is or edited) or dismissed.

A decision is stored by the suggestion's key, so reading the transcript again (after edits, or
after more of a live recording is transcribed) never offers a dismissed or accepted one again.
Accepting makes an ordinary conclusion or task, marked source="suggested" and linked to the
segments (and so the audio) it was read from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..followup.suggest import CONCLUSION, TASK, Suggestion, suggest_meeting, suggest_segments
from ..models import Conclusion, Task
from ..store import Change, Store
from ..text import nfc
from .items import ItemService

ACCEPTED = "accepted"
DISMISSED = "dismissed"


@dataclass
class Listing:
    """What the window lists: pending and dismissed suggestions, and every suggestion's place
    in the transcript (`order`: key -> rank), to put one back where it was."""

    pending: list[Suggestion]
    dismissed: list[Suggestion]
    order: dict[str, int] = field(default_factory=dict)


class ProposalService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.items = ItemService(store)

    def suggestions(self, meeting_id: int, meeting_date: dt.date | None = None) -> list[Suggestion]:
        """Everything the engine reads in a meeting's transcript, decided or not; deadlines count
        from `meeting_date` (default: the meeting's date, or today)."""
        if meeting_date is None:
            return suggest_meeting(self.store, meeting_id)
        meeting = self.store.meetings.get(meeting_id)
        return suggest_segments(
            self.store.segments.for_meeting(meeting_id), meeting_date=meeting_date,
            units=self.store.units.list(), context=meeting.title, chair=meeting.chair,
        )  # fmt: skip

    def decisions(self, meeting_id: int) -> dict[str, str]:
        return self.store.decisions.for_meeting(meeting_id)

    def _tagged(self, meeting_id: int) -> dict[str, set[int]]:
        """Segment ids already covered by the clerk's own conclusions and tasks, by kind."""
        order = [seg.id for seg in self.store.segments.for_meeting(meeting_id)]
        index = {seg_id: i for i, seg_id in enumerate(order)}
        covered: dict[str, set[int]] = {CONCLUSION: set(), TASK: set()}
        items = [(CONCLUSION, c) for c in self.store.items.conclusions(meeting_id)]
        items += [(TASK, t) for t in self.store.items.tasks(meeting_id)]
        for kind, item in items:
            first, last = index.get(item.first_segment_id), index.get(item.last_segment_id)
            if first is not None:
                covered[kind].update(order[first : (last if last is not None else first) + 1])
        return covered

    def pending(self, meeting_id: int) -> list[Suggestion]:
        """The meeting's suggestions the clerk has not yet accepted or dismissed, nor tagged by
        hand (a conclusion or task already made from the same segments)."""
        return self.listing(meeting_id).pending

    def listing(self, meeting_id: int) -> Listing:
        """One reading of the transcript: the pending suggestions (see `pending`) and those the
        clerk dismissed (to be shown again on request), each in transcript order."""
        decided = self.decisions(meeting_id)
        covered = self._tagged(meeting_id)
        pending, dismissed, order = [], [], {}
        for s in suggest_meeting(self.store, meeting_id):
            order[s.key] = len(order)
            if decided.get(s.key) == DISMISSED:
                dismissed.append(s)
            elif s.key not in decided and not (
                {s.first_segment_id, s.last_segment_id} & covered.get(s.kind, set())
            ):
                pending.append(s)
        return Listing(pending, dismissed, order)

    def dismiss(self, meeting_id: int, suggestion: Suggestion) -> Change:
        """Dismiss a suggestion; the change offers it again when undone."""
        return self._decide(
            meeting_id,
            suggestion,
            lambda: self.store.decisions.record(
                meeting_id, suggestion.key, DISMISSED, suggestion.kind
            ),
        )

    def restore(self, meeting_id: int, suggestion: Suggestion) -> Change:
        """Offer a dismissed suggestion again; the change dismisses it again when undone."""
        return self._decide(
            meeting_id, suggestion, lambda: self.store.decisions.forget(meeting_id, suggestion.key)
        )

    def _decide(self, meeting_id: int, suggestion: Suggestion, write) -> Change:
        key = (meeting_id, suggestion.key)
        before = self.store.snapshots.rows("suggestion_decisions", [key])
        write()
        after = self.store.snapshots.rows("suggestion_decisions", [key])
        return Change({"suggestion_decisions": before}, {"suggestion_decisions": after})

    def undo_decision(self, meeting_id: int, key: str) -> None:
        """Offer a suggestion again (the undo of a dismissal)."""
        self.store.decisions.forget(meeting_id, key)

    def _span(self, s: Suggestion) -> dict[str, Any]:
        if s.first_segment_id is None:
            return {}
        first = self.store.segments.get(s.first_segment_id)
        return {
            "first_segment_id": s.first_segment_id,
            "last_segment_id": s.last_segment_id,
            "audio_id": first.audio_id,
            "span_start": s.start,
            "span_end": s.end,
        }

    def accept(self, meeting_id: int, suggestion: Suggestion, **edits: Any) -> Conclusion | Task:
        """Make the suggestion a conclusion or task; `edits` (text, lead_unit, coordinating_units,
        deadline, deadline_text, ongoing) are what the clerk changed before accepting."""
        s = suggestion
        text = nfc(edits.get("text", s.text)).strip() or s.text
        with self.store.atomic():
            if s.kind == CONCLUSION:
                item = self.store.items.add_conclusion(
                    meeting_id, text, source="suggested", **self._span(s)
                )
            else:
                ongoing = bool(edits.get("ongoing", s.ongoing))
                deadline = None if ongoing else edits.get("deadline", s.deadline)
                if deadline:
                    dt.date.fromisoformat(deadline)  # a mistyped date fails before anything is kept
                item = self.store.items.add_task(
                    meeting_id, text, source="suggested", **self._span(s)
                )
                lead = edits.get("lead_unit", s.lead_unit) or ""
                lead_unit = self.items.units.find(lead) if lead else None
                coordinating = [
                    name
                    for name in edits.get("coordinating_units", s.coordinating_units)
                    if not (lead_unit and self.items.units.find(name) == lead_unit)
                    and name.strip() != lead.strip()
                ]  # one unit, one role: the lead is not also a coordinator
                item = self.items.update_task(
                    item.id,
                    lead_unit=lead,
                    coordinating_units=coordinating,
                    deadline=deadline,
                    ongoing=ongoing,
                    deadline_text=edits.get("deadline_text", s.deadline_text),
                )
            self.store.decisions.record(meeting_id, s.key, ACCEPTED, s.kind, item.id)
        return item
