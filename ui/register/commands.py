"""What the clerk does from the register: mark a task done (asking the date), cancel, reopen,
report progress, edit the unit directory, and open the memo and the report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    Slot,
)
from PySide6.QtWidgets import QDialog, QFileDialog

from meeting_assistant.followup.register import RegisterRow
from meeting_assistant.services.tasks import TaskService
from ui.changes import changes
from ui.common.errors import show_error
from ui.documents import actions as document_actions
from ui.documents.report_period import ReportPeriodDialog
from ui.register.dialogs import CompletionDialog, ProgressDialog
from ui.register.memo_dialog import ALL, MemoDialog, tell_nothing_to_chase
from ui.register.task_dialog import TaskEditDialog
from ui.register.unit_directory import UnitDirectoryDialog

CARDS_IN_ONE_ROW = 880  # the page's width from which the eight counts fit in one row


class RegisterCommands:
    """Command methods of TaskRegisterPage (which provides services, the selection, refresh)."""

    # Commands ------------------------------------------------------------------------------

    def _row_activated(self, index: QModelIndex) -> None:
        self.edit_task()

    def edit_task(self, task_id: int | None = None) -> TaskEditDialog | None:
        """The task editor for the selected task (double-click or Enter on its row); the
        register shows each change as it is stored."""
        row = self._target(task_id)
        if row is None:
            return None
        dialog = TaskEditDialog(self.services, row.task.id, row.meeting_title, self)
        dialog.taskChanged.connect(lambda _id: self._task_edited(row.task.id))
        self.task_dialog = dialog
        dialog.open()
        return dialog

    def _task_edited(self, task_id: int) -> None:
        self.refresh()
        self.select_task(task_id)
        self.tasksChanged.emit()
        changes().notify_tasks()

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
        """A memo to `unit` straight away; without one, ask which unit (the one filtered on or
        selected first) or every unit with something to chase."""
        to_chase = self.services.documents.units_to_chase(self.today())
        if not to_chase:
            tell_nothing_to_chase(self.window())
            return
        if unit is None:
            dialog = MemoDialog(self.services, to_chase, self.memo_unit() or "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            if dialog.choice == ALL:
                self.write_all_memos(dialog.format())
                return
            unit = dialog.unit()
        if unit not in to_chase:
            tell_nothing_to_chase(self.window(), unit)
            return
        self.preview = document_actions.preview_memo(self, self.services, unit)

    def write_all_memos(self, fmt: str = "pdf", folder: str | None = None) -> list:
        """One final, numbered memo per unit with something to chase, into a folder the clerk
        chooses; the status bar says how many were written and where."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Thư mục lưu các công văn đôn đốc"), str(Path.home())
            )
            if not folder:
                return []
        try:
            written = self.services.documents.export_memos(Path(folder), fmt, number=True)
        except Exception as error:  # a missing signer, a full disk: the message says which
            show_error(self, error)
            return []
        self.statusMessage.emit(
            self.tr("Đã lưu {n} công văn đôn đốc vào {folder}").format(
                n=len(written), folder=folder
            )
        )
        return written

    def preview_report(self, period: tuple[dt.date | None, dt.date | None] | None = None) -> None:
        if period is None:
            dialog = ReportPeriodDialog(self, self.today())
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            period = dialog.period()
        self.preview = document_actions.preview_report(self, self.services, *period)
