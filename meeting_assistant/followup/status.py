"""A task's status, as official reports count it, computed — never typed by hand.

Báo cáo 1270/BC-TCTTTg (2017) counts four categories, still in use: done on time, done late,
in progress within the deadline, in progress overdue. The app adds three a clerk needs: due soon
(a warning window before the deadline), ongoing ("thường xuyên": no deadline by design) and
cancelled. Keys are stable English words (the command line and JSON use them).
"""

from __future__ import annotations

import datetime as dt

from ..models import Task

DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
IN_PROGRESS = "in_progress"
OVERDUE = "overdue"
DUE_SOON = "due_soon"
ONGOING = "ongoing"
CANCELLED = "cancelled"

STATUSES = (DONE_ON_TIME, DONE_LATE, IN_PROGRESS, DUE_SOON, OVERDUE, ONGOING, CANCELLED)
DEFAULT_DUE_SOON_DAYS = 7
# The setting that holds the clerk's own due-soon window.
DUE_SOON_KEY = "followup.due_soon_days"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def task_status(
    task: Task, today: dt.date | None = None, due_soon_days: int = DEFAULT_DUE_SOON_DAYS
) -> str:
    """The status of `task` on `today`. A deadline day itself is still within the deadline."""
    today = today or dt.date.today()
    deadline, completed = _date(task.deadline), _date(task.completed_on)
    if task.cancelled_on:
        return CANCELLED
    if completed is not None:
        return DONE_LATE if deadline is not None and completed > deadline else DONE_ON_TIME
    if deadline is None:
        # "Thường xuyên" and a task whose deadline was never set are both open-ended.
        return ONGOING
    if today > deadline:
        return OVERDUE
    if (deadline - today).days <= due_soon_days:
        return DUE_SOON
    return IN_PROGRESS


def count_by_status(
    tasks: list[Task], today: dt.date | None = None, due_soon_days: int = DEFAULT_DUE_SOON_DAYS
) -> dict[str, int]:
    """How many tasks fall in each status (every status present, zero included)."""
    counts = dict.fromkeys(STATUSES, 0)
    for task in tasks:
        counts[task_status(task, today, due_soon_days)] += 1
    return counts
