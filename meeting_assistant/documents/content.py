"""What each document shows, gathered from the store once and cleaned for printing.

Every string is NFC-normalised (decomposed accents print misplaced in PDFs) and stripped of
control characters (python-docx refuses them, reportlab prints boxes). Renderers get plain
records and never touch the store.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..errors import UserError
from ..followup.status import DUE_SOON, OVERDUE, STATUSES, task_status
from ..models import Task
from ..text import nfc
from .transcript import timeline

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def clean(text: str | None) -> str:
    """NFC, Unix line ends, no control characters, no surrounding white space."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def day(value: str | None) -> dt.date | None:
    """A stored ISO date ("2024-07-19"), or None when blank or not a date."""
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


@dataclass
class Person:
    name: str
    title: str = ""
    unit: str = ""
    note: str = ""

    @property
    def role(self) -> str:
        return ", ".join(part for part in (self.title, self.unit) if part)


@dataclass
class MeetingRef:
    id: int
    title: str
    date: dt.date | None
    number: str


@dataclass
class TaskItem:
    id: int
    content: str
    status: str
    meeting: MeetingRef
    lead_unit: str = ""
    coordinating: list[str] = field(default_factory=list)
    deadline: dt.date | None = None
    ongoing: bool = False
    deadline_text: str = ""
    is_key: bool = False
    completed_on: dt.date | None = None
    cancelled_on: dt.date | None = None
    note: str = ""
    latest_update: tuple[dt.date | None, str] | None = None
    updates: list[tuple[dt.date | None, str]] = field(default_factory=list)  # oldest first
    position: int = 0


@dataclass
class TranscriptLine:
    start: float
    speaker: str
    text: str


@dataclass
class MeetingContent:
    id: int
    title: str
    date: dt.date | None
    start_time: str
    end_time: str
    place: str
    chair: str
    secretary: str
    document_number: str
    agenda: str
    summary: str
    present: list[Person]
    absent: list[Person]
    conclusions: list[str]
    tasks: list[TaskItem]
    transcript: list[TranscriptLine]
    draft_conclusions: int = 0  # conclusions the clerk has not confirmed yet
    notice_date: dt.date | None = None  # the notice's own issue date, when set
    minutes_number: str = ""
    secrecy: str = ""
    transcript_checked: bool = False
    recordings: list[tuple[str, float]] = field(default_factory=list)  # (file name, seconds)
    remarks: list[tuple[str, str]] = field(default_factory=list)  # (speaker, what was said)


@dataclass
class MemoContent:
    unit: str
    today: dt.date
    tasks: list[TaskItem]  # overdue first, then due soon; earliest deadline first within each


@dataclass
class ReportContent:
    today: dt.date
    date_from: dt.date | None
    date_to: dt.date | None
    due_soon_days: int
    tasks: list[TaskItem]
    counts: dict[str, int]


def by_meeting(tasks: list[TaskItem]) -> list[list[TaskItem]]:
    """The tasks in groups, one per source meeting, in order of first appearance."""
    groups: dict[int, list[TaskItem]] = {}
    for task in tasks:
        groups.setdefault(task.meeting.id, []).append(task)
    return list(groups.values())


def by_lead_unit(tasks: list[TaskItem], no_unit: str) -> list[tuple[str, list[TaskItem]]]:
    """The tasks under their lead unit, units in order of first mention; those without a lead
    unit last, under `no_unit`."""
    groups: dict[str, list[TaskItem]] = {}
    for task in tasks:
        groups.setdefault(task.lead_unit, []).append(task)
    ordered = [(unit, items) for unit, items in groups.items() if unit]
    if "" in groups:
        ordered.append((no_unit, groups[""]))
    return ordered


def _unit_names(store) -> dict[int, str]:
    return {u.id: clean(u.name) for u in store.units.list()}


def _meeting_ref(meeting) -> MeetingRef:
    return MeetingRef(
        meeting.id, clean(meeting.title), day(meeting.date), clean(meeting.document_number)
    )


def _task_item(
    store,
    task: Task,
    ref: MeetingRef,
    names: dict[int, str],
    today: dt.date,
    soon: int,
    with_updates: bool = False,
) -> TaskItem:
    updates = (
        [(day(u.date), clean(u.note)) for u in store.items.task_updates(task.id)]
        if with_updates
        else []
    )
    latest = updates[-1] if updates else None
    return TaskItem(
        id=task.id,
        content=clean(task.content),
        status=task_status(task, today, soon),
        meeting=ref,
        lead_unit=names.get(task.lead_unit_id, "") if task.lead_unit_id else "",
        coordinating=[names[i] for i in task.coordinating_unit_ids if i in names],
        deadline=day(task.deadline),
        ongoing=bool(task.ongoing),
        deadline_text=clean(task.deadline_text),
        is_key=bool(task.is_key),
        completed_on=day(task.completed_on),
        cancelled_on=day(task.cancelled_on),
        note=clean(task.note),
        latest_update=latest,
        updates=updates,
        position=task.position,
    )


def transcript_lines(store, meeting_id: int) -> list[TranscriptLine]:
    rows = timeline(store.segments.for_meeting(meeting_id), store.audio.for_meeting(meeting_id))
    return [TranscriptLine(start, clean(seg.speaker), clean(seg.text)) for start, _end, seg in rows]


def remarks(lines: list[TranscriptLine]) -> list[tuple[str, str]]:
    """Each speaker's remarks in the order given: consecutive lines of one speaker joined. Empty
    when no segment has a speaker (the minutes then have no "Ý kiến phát biểu")."""
    out: list[tuple[str, str]] = []
    for line in lines:
        if not line.speaker or not line.text:
            continue
        if out and out[-1][0] == line.speaker:
            out[-1] = (line.speaker, out[-1][1] + " " + line.text)
        else:
            out.append((line.speaker, line.text))
    return out


def meeting_content(
    store, meeting_id: int, *, today: dt.date, due_soon_days: int, transcript: bool = False
) -> MeetingContent:
    """A meeting with its attendees, conclusions and tasks (NotFoundError if there is none)."""
    meeting = store.meetings.get(meeting_id)
    names = _unit_names(store)
    ref = _meeting_ref(meeting)
    present, absent = [], []
    for a in store.meetings.attendees(meeting_id):
        person = Person(
            clean(a.name),
            clean(a.title),
            names.get(a.unit_id, "") if a.unit_id else "",
            clean(a.note),
        )
        (present if a.present else absent).append(person)
    conclusions = store.items.conclusions(meeting_id)
    lines = transcript_lines(store, meeting_id)
    return MeetingContent(
        id=meeting.id,
        title=ref.title,
        date=ref.date,
        start_time=clean(meeting.start_time),
        end_time=clean(meeting.end_time),
        place=clean(meeting.place),
        chair=clean(meeting.chair),
        secretary=clean(meeting.secretary),
        document_number=ref.number,
        agenda=clean(meeting.agenda),
        summary=clean(meeting.summary),
        present=present,
        absent=absent,
        conclusions=[clean(c.text) for c in conclusions],
        tasks=[
            _task_item(store, t, ref, names, today, due_soon_days)
            for t in store.items.tasks(meeting_id)
        ],
        transcript=lines if transcript else [],
        # "Ý kiến phát biểu" once speakers were found (diarize): who spoke is then known.
        remarks=remarks(lines) if store.speakers.speakers(meeting_id) else [],
        draft_conclusions=sum(1 for c in conclusions if c.state != "confirmed"),
        notice_date=day(meeting.notice_date),
        minutes_number=clean(meeting.minutes_number),
        secrecy=clean(meeting.secrecy),
        transcript_checked=bool(meeting.transcript_checked),
        recordings=[
            (clean(a.original_name), a.duration) for a in store.audio.for_meeting(meeting_id)
        ],
    )


def memo_content(store, unit: str, *, today: dt.date, due_soon_days: int) -> MemoContent:
    """The unit's open tasks (as lead or coordinator) that are overdue or due soon."""
    found = store.units.find(unit)
    if found is None:
        raise UserError(
            "Không có đơn vị “{unit}” trong danh mục.",
            "There is no unit “{unit}” in the directory.",
            unit=clean(unit),
        )
    names = _unit_names(store)
    items = []
    for meeting in store.meetings.list():
        ref = _meeting_ref(meeting)
        for task in store.items.tasks(meeting.id):
            if found.id != task.lead_unit_id and found.id not in task.coordinating_unit_ids:
                continue
            item = _task_item(store, task, ref, names, today, due_soon_days)
            if item.status in (OVERDUE, DUE_SOON):
                items.append(item)
    if not items:
        raise UserError(
            "{unit} không có nhiệm vụ nào quá hạn hoặc sắp đến hạn (trong {days} ngày tới):"
            " không có gì cần đôn đốc.",
            "{unit} has no overdue task and none due within {days} days: nothing to chase.",
            unit=clean(found.name),
            days=due_soon_days,
        )
    items.sort(key=lambda t: (t.status != OVERDUE, t.deadline or dt.date.max, t.id))
    return MemoContent(unit=clean(found.name), today=today, tasks=items)


def report_content(
    store,
    *,
    date_from: dt.date | None,
    date_to: dt.date | None,
    today: dt.date,
    due_soon_days: int,
) -> ReportContent:
    """Tasks assigned at meetings held within [date_from, date_to] (either end open), with their
    status on `today`, in meeting order. A meeting without a date counts by the day it was
    entered."""
    if date_from and date_to and date_from > date_to:
        raise UserError(
            "Kỳ báo cáo không hợp lệ: ngày bắt đầu {start} sau ngày kết thúc {end}.",
            "The report period is not valid: it starts on {start}, after its end {end}.",
            start=date_from.isoformat(),
            end=date_to.isoformat(),
        )
    names = _unit_names(store)
    items = []
    for meeting in store.meetings.list():
        held = day(meeting.date) or day(meeting.created_at)
        if (date_from and (held is None or held < date_from)) or (
            date_to and (held is None or held > date_to)
        ):
            continue
        ref = _meeting_ref(meeting)
        items.extend(
            _task_item(store, t, ref, names, today, due_soon_days, with_updates=True)
            for t in store.items.tasks(meeting.id)
        )
    items.sort(key=lambda t: (t.meeting.date or dt.date.min, t.meeting.id, t.position, t.id))
    counts = dict.fromkeys(STATUSES, 0)
    for item in items:
        counts[item.status] += 1
    return ReportContent(today, date_from, date_to, due_soon_days, items, counts)
