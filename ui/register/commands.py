"""What the clerk does from the register: mark a task done (asking the date), cancel, reopen,
report progress, edit the unit directory, and open the memo and the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
)

from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.services.tasks import TaskService
from ui.changes import changes
from ui.common.errors import show_error
from ui.documents import actions as document_actions
from ui.register.dialogs import CompletionDialog, ProgressDialog
from ui.register.unit_directory import UnitDirectoryDialog

CARDS_IN_ONE_ROW = 880  # the page's width from which the eight counts fit in one row


class RegisterCommands:
    """Command methods of TaskRegisterPage (which provides services, the selection, refresh)."""

    # Commands ------------------------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        self._open_selected_meeting()

    @Slot()
    def _open_selected_meeting(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_meeting.emit(row.task.meeting_id)

    def _target(self, task_id: int | None) -> RegisterRow | None:
        if task_id is not None and task_id != self.selected_task_id():
            self.select_task(task_id)
        return self.selected_row()

    def mark_done(self, task_id: int | None = None) -> bool:
        """Ask for the completion date (today by default) and mark the task done."""
        row = self._target(task_id)
        if row is None:
            return False
        dialog = CompletionDialog(row, self.today(), self._due_soon_days, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        day = dialog.completed_on()
        return self._save(row, lambda tasks: tasks.mark_done(row.task.id, day))

    def cancel_task(self, task_id: int | None = None) -> bool:
        row = self._target(task_id)
        if row is None:
            return False
        return self._save(row, lambda tasks: tasks.cancel(row.task.id, self.today()))

    def reopen_task(self, task_id: int | None = None) -> bool:
        """Undo "done" or "cancelled": the task is open again."""
        row = self._target(task_id)
        if row is None:
            return False
        return self._save(row, lambda tasks: tasks.reopen(row.task.id))

    def _save(self, row: RegisterRow, change: Callable[[TaskService], object]) -> bool:
        try:
            change(self.services.tasks)
        except Exception as error:  # a UserError reads well; anything else is a bug
            show_error(self, error)
            self.refresh()
            return False
        self.refresh()
        self.select_task(row.task.id)  # still listed unless a status filter hides it now
        self.tasksChanged.emit()
        changes().notify_tasks()
        return True

    def add_progress(self, task_id: int | None = None) -> bool:
        """Ask for a progress report (date, reporter, note) and add it to the task's log."""
        row = self._target(task_id)
        if row is None:
            return False
        dialog = ProgressDialog(self.today(), row.lead_unit or "", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        date, note, reporter = dialog.values()
        if not note.strip():
            return False
        try:
            self.services.tasks.add_progress(row.task.id, note, on=date, reporter=reporter)
        except Exception as error:
            show_error(self, error)
            self.refresh()
            return False
        self._show_detail()
        self.tasksChanged.emit()
        changes().notify_tasks()
        return True

    @Slot()
    def edit_units(self) -> None:
        """Open the unit directory; the register shows the new names when it closes."""
        dialog = UnitDirectoryDialog(self.services, self)
        changed: list[bool] = []
        dialog.unitsChanged.connect(lambda: changed.append(True))
        dialog.exec()
        dialog.deleteLater()
        if changed:
            self.refresh()
            self.tasksChanged.emit()
            changes().notify_units()

    # Documents -----------------------------------------------------------------------------

    def memo_unit(self) -> str | None:
        """The unit a memo chases: the one filtered on, else the selected task's lead unit."""
        if self.filter_bar.unit_applied():
            return self.filter_bar.unit_applied()
        row = self.selected_row()
        return row.lead_unit if row is not None else None

    def preview_memo(self, unit: str | None = None) -> None:
        unit = unit or self.memo_unit()
        if not unit:
            names = [u.name for u in self.services.units.list()]
            if not names:
                return
            unit, ok = QInputDialog.getItem(
                self, self.tr("Công văn đôn đốc"), self.tr("Đơn vị được đôn đốc:"), names, 0, False
            )
            if not ok:
                return
        self.preview = document_actions.preview_memo(self, self.services, unit)

    def preview_report(self, period: tuple[dt.date | None, dt.date | None] | None = None) -> None:
        if period is None:
            dialog = document_actions.ReportPeriodDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            period = dialog.period()
        self.preview = document_actions.preview_report(self, self.services, *period)
