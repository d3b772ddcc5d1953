"""One bus for "the data changed": whoever stores a change says what changed; pages that show
it refresh themselves. No page wires itself to another.

    changes().tasks_changed.connect(self.refresh)
    changes().notify_tasks()
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal


class ChangeBus(QObject):
    meetings_changed = Signal()  # a meeting added, deleted, renamed, transcribed …
    meeting_changed = Signal(int)  # one meeting's details, transcript or items
    tasks_changed = Signal()  # any task: the register and the overdue count
    units_changed = Signal()  # the unit directory
    settings_changed = Signal()  # the organisation, the due-soon window

    def notify_meeting(self, meeting_id: int) -> None:
        """A meeting's contents changed; its tasks may have too (listeners of meeting_changed
        that count tasks coalesce: a meeting page saves in bursts)."""
        self.meeting_changed.emit(meeting_id)
        self.meetings_changed.emit()

    def notify_meetings(self) -> None:
        self.meetings_changed.emit()
        self.tasks_changed.emit()

    def notify_tasks(self) -> None:
        self.tasks_changed.emit()

    def notify_units(self) -> None:
        self.units_changed.emit()
        self.tasks_changed.emit()

    def notify_settings(self) -> None:
        self.settings_changed.emit()
        self.tasks_changed.emit()


_bus: ChangeBus | None = None


def changes() -> ChangeBus:
    """The application's bus (one per QApplication)."""
    global _bus
    if _bus is None or _bus.parent() is not QCoreApplication.instance():
        _bus = ChangeBus(QCoreApplication.instance())
    return _bus
