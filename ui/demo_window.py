"""The demo meeting's window: the whole application, on a database of its own beside the real
one, so a newcomer can try everything (edit, tag, the register, documents) and none of it counts
in real work: the register, the sidebar's overdue count, reports, memos and the unit directory
of the main window never see the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent

from meeting_assistant.services import Services
from ui.main_window import MainWindow


class DemoWindow(MainWindow):
    """Emits `closed` once it is closed (its database closed with it)."""

    closed = Signal()
    geometry_key, state_key = "demo/geometry", "demo/state"

    def __init__(self, services: Services, settings, parent=None) -> None:
        super().__init__(services, settings, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Closed once the window and its pages are gone: none of them reads a closed database.
        self.destroyed.connect(services.close)

    @Slot()
    def open_demo_meeting(self) -> None:
        self.build_demo_meeting()  # made once in the demo database, then reopened

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.setWindowTitle(self.tr("Meeting Assistant — Cuộc họp mẫu (dữ liệu thử, để riêng)"))

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()
