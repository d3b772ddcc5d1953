"""Following tasks up: the register across meetings, and a task's life — done, cancelled,
reopened, progress reported. One rule for the window and the command line:

- done (with its date) clears a cancellation; cancelled (today) clears a completion date;
  reopening clears both. A completion date may not fall before the meeting that gave the task.
"""

from __future__ import annotations

import datetime as dt

from ..errors import UserError
from ..followup.register import RegisterRow, task_register
from ..followup.status import task_status
from ..models import Task, TaskUpdate
from ..settings import Settings
from ..store import Store
from ..text import format_date, nfc, parse_date
from .units import UnitService


class TaskService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.settings = Settings(store)

    def register(self, *, today: dt.date | None = None, **filters) -> list[RegisterRow]:
        """The task register (see followup.register.task_register), with the clerk's due-soon
        window unless one is given."""
        filters.setdefault("due_soon_days", self.settings.due_soon_days)
        if filters.get("unit"):  # "ban to chuc": the one unit meant, or which ones it could be
            filters["unit"] = UnitService(self.store).resolve(filters["unit"]).name
        return task_register(self.store, today=today, **filters)

    def status(self, task_id: int, today: dt.date | None = None) -> str:
        return task_status(self.store.items.task(task_id), today, self.settings.due_soon_days)

    def updates(self, task_id: int) -> list[TaskUpdate]:
        return self.store.items.task_updates(task_id)

    def overdue_count(self, today: dt.date | None = None) -> int:
        return len(self.register(today=today, status="overdue"))

    # The life of a task ----------------------------------------------------------------------

    def mark_done(self, task_id: int, on: dt.date | str) -> Task:
        """Done on `on` (a cancelled task counts as done from then on)."""
        day = parse_date(on)
        task = self.store.items.task(task_id)
        meeting = self.store.meetings.get(task.meeting_id)
        held = parse_date(meeting.date)
        if held is not None and day < held:
            raise UserError(
                "Ngày hoàn thành ({done}) không thể trước ngày họp giao nhiệm vụ ({held}).",
                "The completion date ({done}) cannot be before the meeting that gave the task"
                " ({held}).",
                done=format_date(day),
                held=format_date(held),
            )
        return self._set(task_id, completed_on=day.isoformat(), cancelled_on=None)

    def cancel(self, task_id: int, on: dt.date | str | None = None) -> Task:
        day = parse_date(on) or dt.date.today()
        return self._set(task_id, cancelled_on=day.isoformat(), completed_on=None)

    def reopen(self, task_id: int) -> Task:
        """Undo "done" or "cancelled": the task is open again."""
        return self._set(task_id, completed_on=None, cancelled_on=None)

    def add_progress(
        self,
        task_id: int,
        note: str,
        *,
        on: dt.date | str | None = None,
        reporter: str | None = None,
    ) -> TaskUpdate:
        if not nfc(note).strip():
            raise UserError("Hãy ghi nội dung tiến độ.", "Write what progress was reported.")
        day = parse_date(on) or dt.date.today()
        return self.store.items.add_task_update(task_id, day.isoformat(), note, reporter)

    def _set(self, task_id: int, **fields) -> Task:
        with self.store.atomic():
            return self.store.items.update_task(task_id, **fields)
