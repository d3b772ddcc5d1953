"""The demo meeting's window: the whole application, on a database of its own beside the real
one, so a newcomer can try everything (edit, tag, the register, documents) and none of it counts
in real work: the register, the sidebar's overdue count, reports, memos and the unit directory
of the main window never see the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from meeting_assistant.services import Services
from ui.changes import changes
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


def show_demo(window: MainWindow) -> DemoWindow:
    """Show (or bring back) the demo window of `window`, with the demo meeting open; once, offer
    to take out of the real meetings a demo meeting an older version made there."""
    if window.demo_window is None:
        window.demo_window = DemoWindow(window.services.open_demo(), window.settings)
        window.demo_window.closed.connect(lambda: setattr(window, "demo_window", None))
    demo = window.demo_window
    demo.show()
    demo.raise_()
    demo.activateWindow()
    demo.open_demo_meeting()
    if not getattr(window, "_old_demo_asked", False):
        window._old_demo_asked = True
        offer_to_remove_old_demo(window)
    return demo


def offer_to_remove_old_demo(window: MainWindow) -> bool:
    """An older version put the demo among the real meetings (its tasks counted as late work):
    the clerk may delete it there; the demo window has its own copy. True when deleted."""
    old = window.services.demo_meeting_here()
    if old is None:
        return False
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("DemoWindow", "Cuộc họp mẫu trong dữ liệu thật"))
    box.setText(
        QCoreApplication.translate(
            "DemoWindow",
            "Phiên bản trước đã tạo cuộc họp mẫu “{title}” (số {id}) lẫn trong các cuộc họp thật,"
            " nên các nhiệm vụ mẫu được tính vào sổ theo dõi. Cuộc họp mẫu nay có cửa sổ và dữ"
            " liệu riêng.",
        ).format(title=old.title, id=old.id)
    )
    box.setInformativeText(
        QCoreApplication.translate("DemoWindow", "Xóa cuộc họp mẫu cũ khỏi dữ liệu thật?")
    )
    remove = box.addButton(
        QCoreApplication.translate("DemoWindow", "&Xóa khỏi dữ liệu thật"),
        QMessageBox.ButtonRole.YesRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("DemoWindow", "&Giữ lại"), QMessageBox.ButtonRole.NoRole
    )
    box.setDefaultButton(remove)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is not remove:
        return False
    with window.services.storage_errors():
        window.services.meetings.delete(old.id)
    changes().notify_meetings()
    window.meetings_view.refresh()
    window.update_overdue_count()
    return True
