"""The task register: every meeting's tasks in one list, filtered as a clerk follows them up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..errors import UserError
from ..models import Task
from ..store import Store
from ..text import fold
from .status import DEFAULT_DUE_SOON_DAYS, STATUSES, task_status


@dataclass
class RegisterRow:
    task: Task
    status: str
    meeting_title: str
    meeting_date: str | None
    lead_unit: str | None
    coordinating_units: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        t = self.task
        return {
            "id": t.id,
            "meeting_id": t.meeting_id,
            "meeting_title": self.meeting_title,
            "meeting_date": self.meeting_date,
            "content": t.content,
            "lead_unit": self.lead_unit,
            "coordinating_units": self.coordinating_units,
            "deadline": t.deadline,
            "ongoing": t.ongoing,
            "is_key": t.is_key,
            "completed_on": t.completed_on,
            "cancelled_on": t.cancelled_on,
            "status": self.status,
        }


def task_register(
    store: Store,
    *,
    unit: str | None = None,
    status: str | None = None,
    due_within: int | None = None,
    meeting_id: int | None = None,
    key_only: bool = False,
    text: str | None = None,
    deadline_from: dt.date | None = None,
    deadline_to: dt.date | None = None,
    held_from: dt.date | None = None,
    held_to: dt.date | None = None,
    today: dt.date | None = None,
    due_soon_days: int = DEFAULT_DUE_SOON_DAYS,
) -> list[RegisterRow]:
    """Tasks of all meetings (or one), oldest deadline first, with their computed status.

    `unit` matches the lead or a coordinating unit (by name, without accents, or abbreviation);
    `due_within` keeps open tasks whose deadline falls within that many days (overdue included).
    `deadline_from`/`deadline_to` keep tasks with a deadline in that range (inclusive);
    `held_from`/`held_to` keep tasks assigned at meetings held in that range (a report's period).
    """
    today = today or dt.date.today()
    if status is not None and status not in STATUSES:
        raise UserError(
            "Trạng thái không hợp lệ: {status}. Dùng một trong: {known}.",
            "Unknown status: {status}. Use one of: {known}.",
            status=status,
            known=", ".join(STATUSES),
        )
    unit_id = None
    if unit:
        found = store.units.find(unit)
        if found is None:
            raise UserError(
                "Không có đơn vị “{unit}” trong danh mục.",
                "There is no unit “{unit}” in the directory.",
                unit=unit,
            )
        unit_id = found.id
    names = {u.id: u.name for u in store.units.list()}
    meetings = {m.id: m for m in store.meetings.list()}
    words = fold(text).split() if text else []
    rows = []
    for meeting in meetings.values():
        if meeting_id is not None and meeting.id != meeting_id:
            continue
        if not _within(meeting.date, held_from, held_to):
            continue
        for task in store.items.tasks(meeting.id):
            current = task_status(task, today, due_soon_days)
            if status is not None and current != status:
                continue
            if (
                unit_id is not None
                and unit_id != task.lead_unit_id
                and (unit_id not in task.coordinating_unit_ids)
            ):
                continue
            if key_only and not task.is_key:
                continue
            if due_within is not None and not (
                task.deadline
                and not task.completed_on
                and not task.cancelled_on
                and dt.date.fromisoformat(task.deadline) <= today + dt.timedelta(days=due_within)
            ):
                continue
            if (deadline_from or deadline_to) and not (
                task.deadline and _within(task.deadline, deadline_from, deadline_to)
            ):
                continue
            if words and not all(w in fold(task.content) for w in words):
                continue
            rows.append(
                RegisterRow(
                    task=task,
                    status=current,
                    meeting_title=meeting.title,
                    meeting_date=meeting.date,
                    lead_unit=names.get(task.lead_unit_id),
                    coordinating_units=[names[i] for i in task.coordinating_unit_ids if i in names],
                )
            )
    rows.sort(key=lambda r: (r.task.deadline or "9999-99-99", r.meeting_date or "", r.task.id))
    return rows


def _within(day: str | None, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether an ISO date falls in [start, end]; an undated item is only in an open range."""
    if start is None and end is None:
        return True
    if not day:
        return False
    value = dt.date.fromisoformat(day)
    return (start is None or value >= start) and (end is None or value <= end)
