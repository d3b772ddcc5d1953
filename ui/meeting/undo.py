"""The meeting page's one undo mechanism: every undoable edit (transcript, conclusions, tasks,
proposals) is a core `Change`, pushed as a `ChangeCommand` on the page's one QUndoStack."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from meeting_assistant.services import Change, Services
from ui.common.errors import show_error

log = logging.getLogger(__name__)

# applied(change, undone): refresh what the change touched (undone: the rows are as before it).
Applied = Callable[[Change, bool], None]


class ChangeCommand(QUndoCommand):
    """One core `Change` on the undo stack. The edit is already saved when it is pushed, so the
    first redo does nothing; later undo/redo write the rows back through the services."""

    def __init__(self, text: str, services: Services, change: Change, applied: Applied) -> None:
        super().__init__(text)
        self._services = services
        self._change = change
        self._applied = applied
        self._first = True

    @property
    def change(self) -> Change:
        return self._change

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._services.redo, undone=False)

    def undo(self) -> None:
        self._run(self._services.undo, undone=True)

    def _run(self, step: Callable[[Change], None], undone: bool) -> None:
        try:
            step(self._change)
        except Exception as exc:  # noqa: BLE001 — shown to the clerk, never a crash
            self.setObsolete(True)
            try:
                show_error(QApplication.activeWindow(), exc)
            except RuntimeError:
                log.error("undo failed", exc_info=exc)
            return
        try:
            self._applied(self._change, undone)
        except RuntimeError:  # the view was closed; the data is saved all the same
            pass
