"""The engine put together: a `Reader` with every rule, the suggestions it yields, and the public
entry points over a text, transcript segments, or a stored meeting.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ...models import Segment, Unit
from ...text import names_person
from ..deadlines import find_deadline
from ..sentences import clean, views
from ..units.vocabulary import _SECTOR_RE
from .clauses import ClauseRules
from .conclusions import ConclusionRules
from .confidence import rule_confidence
from .cues import (
    DEADLINE_LABEL,
    DEADLINE_LEAD,
    LABEL_AT_END,
)
from .reader import sentence_between
from .suggestion import CONCLUSION, TASK, Suggestion, suggestion_key
from .task_deadlines import opening_deadline


class Reader(ClauseRules, ConclusionRules):
    """A text read by every rule."""


def read_suggestions(reader: Reader, meeting_date: dt.date) -> list[tuple[Suggestion, int, int]]:
    out: list[tuple[Suggestion, int, int]] = []
    clauses = reader.clauses()
    seen: set[str] = set()
    for i, c in enumerate(clauses):
        if c.kind is None:
            continue
        a, e = c.start, c.end
        s = Suggestion(kind=c.kind, text="")
        if c.kind == TASK:
            dl = find_deadline(reader.text[a:e], meeting_date, folded=reader.fld[a:e], events=True)
            if dl is None and i + 1 < len(clauses):
                nxt = clauses[i + 1]
                body = reader.low[nxt.start : nxt.end]
                end = nxt.end
                label = LABEL_AT_END.search(reader.low, a, e)
                gap = reader.low[e : nxt.start]
                if label and nxt.kind is None and not re.search(r"[.!?;\n]", gap):
                    # "…, thời hạn: tháng 01/2026": the label closes the task, its value follows.
                    found = find_deadline(
                        reader.text[label.start() : nxt.end],
                        meeting_date,
                        folded=reader.fld[label.start() : nxt.end],
                        events=True,
                    )
                    if found is not None and len(body.split()) <= 14:
                        dl, e = found, nxt.end
                if dl is None and DEADLINE_LABEL.match(body) and i + 2 < len(clauses):
                    after = clauses[i + 2]
                    gap = reader.low[nxt.end : after.start]
                    if after.kind is None and not re.search(r"[.!?;\n]", gap):
                        end = after.end
                if (
                    dl is None
                    and nxt.kind is None
                    and len(body.split()) <= 14
                    and DEADLINE_LEAD.match(body)
                ):
                    dl = find_deadline(
                        reader.text[nxt.start : end],
                        meeting_date,
                        folded=reader.fld[nxt.start : end],
                        events=True,
                    )
                    if dl is not None:
                        e = end
            j, last = i + 1, e
            while dl is None and j < len(clauses):
                nxt = clauses[j]
                if not (
                    nxt.kind == TASK
                    and nxt.inherit
                    and nxt.lead is c.lead
                    and not sentence_between(reader.low, last, nxt.start)
                ):
                    break
                # "… khẩn trương hoàn thành đề án …; bố trí cán bộ … trước ngày 10/6": one
                # deadline, at the end, closes the points given to the same unit.
                dl = find_deadline(
                    reader.text[nxt.start : nxt.end],
                    meeting_date,
                    folded=reader.fld[nxt.start : nxt.end],
                    events=True,
                )
                j, last = j + 1, nxt.end
            if dl is None:
                dl = opening_deadline(reader, clauses, i, meeting_date)
            if dl is not None:
                s.deadline = dl.date.isoformat() if dl.date else None
                s.deadline_text = dl.text
                s.ongoing = dl.ongoing
            s.lead_unit = _plural(reader, c.lead) if c.lead else None
            s.coordinating_units = [m.name for m in c.coordinating]
        s.cues = [" ".join(w.split()) for w in dict.fromkeys(c.cues) if w.strip()]
        s.confidence = rule_confidence(c, s)
        s.text = clean(reader.text[a:e])
        if not s.text:
            continue
        s.key = suggestion_key(s.kind, s.text)
        if s.key in seen:
            continue
        seen.add(s.key)
        out.append((s, a, e))
    return out


# Heads that "các" makes plural: "các phòng Giáo dục và Đào tạo (các huyện)" is every district's.
_PLURAL_HEADS = {"phòng", "sở", "ban", "trung tâm", "trường", "bệnh viện", "chi cục", "cục", "hội"}


def _plural(reader: Reader, lead) -> str:
    """The lead's name, with the "các" said before it when it names many units of one kind ("các
    phòng Giáo dục và Đào tạo"), not when it opens a list of named ones ("các Sở Y tế, Sở Tài
    chính")."""
    name = lead.name
    words = name.lower().split()
    head = next(
        (h for h in (" ".join(words[:2]), words[0] if words else "") if h in _PLURAL_HEADS), None
    )
    if lead.generic or head is None:
        return name
    low = reader.low
    if not (
        low.startswith("các ", lead.start) or low[max(0, lead.start - 4) : lead.start] == "các "
    ):
        return name
    at = lead.start + 4 if low.startswith("các ", lead.start) else lead.start
    if " ".join(low[at : at + len(name) + 4].split())[: len(name)] != " ".join(words):
        return name  # "các Sở: Nội vụ, Tài chính": a list of sectors, each its own unit
    if _SECTOR_RE.match(reader.fld, lead.end + 1) or _SECTOR_RE.match(reader.fld, lead.end + 2):
        return name  # "các sở nội vụ tài chính": sectors listed after one head
    after = low[lead.end : lead.end + 24]
    if re.match(r"\s*(?:,|và|;)?\s*" + re.escape(head) + r"(?!\w)", after):
        return name
    return "các " + head + name[len(head) :]


def suggest_text(
    text: str,
    *,
    meeting_date: dt.date | None = None,
    units: list[Unit] | None = None,
    context: str = "",
) -> list[Suggestion]:
    """Conclusions and tasks proposed from `text`, in order. `context` (the meeting's title, say)
    helps a bare "Sở" find its name."""
    reader = Reader(text or "", units, context)
    return [s for s, _, _ in read_suggestions(reader, meeting_date or dt.date.today())]


# A diarized transcript tells whose words a conclusion is: the chair's conclusions are what the
# notice is built from; the same wording from another speaker (a report's "đã thống nhất", a
# member's "ghi nhận") is more often an account than a decision. Moved past the panel's 0.7
# line either way, but nothing is dropped.
CHAIR_BOOST = 0.15
OTHER_SPEAKER_DROP = 0.10


def _weigh_by_speaker(s: Suggestion, said: list[Segment], chair: str) -> None:
    """A conclusion the chair said ranks higher, one another named speaker said lower."""
    if s.kind != CONCLUSION:
        return
    speakers = [seg.speaker for seg in said if seg.speaker]
    if not speakers:
        return  # no one named for these segments: as undiarized
    if any(names_person(chair, name) for name in speakers):
        s.confidence = round(min(0.99, s.confidence + CHAIR_BOOST), 2)
    else:
        s.confidence = round(max(0.0, s.confidence - OTHER_SPEAKER_DROP), 2)


def suggest_segments(
    segments: list[Segment],
    *,
    meeting_date: dt.date | None = None,
    units: list[Unit] | None = None,
    context: str = "",
    chair: str | None = None,
) -> list[Suggestion]:
    """The same over transcript segments, joined so that a sentence may span several; each
    suggestion carries its first and last segment and their times. When the segments have
    speakers and `chair` (the meeting's chair) is one of them, conclusions the chair said are
    surer and those another speaker said less sure; otherwise nothing changes."""
    ordered = [s for s in segments if s.text and s.text.strip()]
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    previous_speaker: str | None = None
    for seg in ordered:
        glue = "" if not parts else ("\n" if seg.speaker != previous_speaker else " ")
        pos += len(glue)
        parts.append(glue)
        starts.append(pos)
        piece = views(seg.text.strip())[0]
        parts.append(piece)
        pos += len(piece)
        previous_speaker = seg.speaker
    reader = Reader("".join(parts), units, context)
    # Weighed only once the chair is heard among the speakers: a transcript diarized but not yet
    # named ("Người nói 1", …) cannot tell the chair's words from the others'.
    chair_heard = bool(chair) and any(names_person(chair, seg.speaker) for seg in ordered)
    out: list[Suggestion] = []
    for s, a, e in read_suggestions(reader, meeting_date or dt.date.today()):
        if ordered:
            i = max(0, bisect.bisect_right(starts, a) - 1)
            j = max(0, bisect.bisect_right(starts, max(a, e - 1)) - 1)
            first, last = ordered[i], ordered[j]
            s.first_segment_id, s.last_segment_id = first.id, last.id
            s.start, s.end = first.start, last.end
            if chair_heard:
                _weigh_by_speaker(s, ordered[i : j + 1], chair)
        out.append(s)
    return out


def suggest_meeting(store, meeting_id: int) -> list[Suggestion]:
    """Suggestions for a stored meeting: its segments, its date (today if none), the directory."""
    meeting = store.meetings.get(meeting_id)
    try:
        day = dt.date.fromisoformat(meeting.date) if meeting.date else dt.date.today()
    except ValueError:
        day = dt.date.today()
    return suggest_segments(
        store.segments.for_meeting(meeting_id),
        meeting_date=day,
        units=store.units.list(),
        context=" ".join(x for x in (meeting.title, meeting.place) if x),
        chair=meeting.chair,
    )
