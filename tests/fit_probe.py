"""Opens the window, its pages and the large dialogs on a screen of the size given, and prints
(as JSON) what a clerk would see cut off. Run by tests/test_ui_fit.py in a process of its own,
since the offscreen screen's size is fixed when Qt starts.

    python tests/fit_probe.py 1366x768 OUT_DIR
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

WIDTH, HEIGHT = map(int, sys.argv[1].split("x"))
OUT = Path(sys.argv[2])
_screen = OUT / "screen.json"
_screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": WIDTH,
    "height": HEIGHT, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ["MEETING_ASSISTANT_DATA"] = tempfile.mkdtemp(prefix="ma-fit-")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QToolButton, QWidget  # noqa: E402

from meeting_assistant.services import Services  # noqa: E402
from meeting_assistant.services.demo import create_demo_meeting  # noqa: E402
from meeting_assistant.store import Store  # noqa: E402
from ui.documents import actions as document_actions  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.meetings.dialog import MeetingDialog  # noqa: E402

app = QApplication([])
app.setStyle("Fusion")
install_language(app, "vi")
store = Store(OUT / "meetings.db")
services = Services(store)
window = MainWindow(services, QSettings(str(OUT / "settings.ini"), QSettings.Format.IniFormat))
window.show()
report: dict = {}


def settle() -> None:
    for _ in range(6):
        app.processEvents()


def on_screen(widget: QWidget) -> bool:
    return widget.screen().availableGeometry().contains(widget.frameGeometry())


def shown(button: QWidget) -> bool:
    """Visible, not clipped away by a scroll area, and inside its window."""
    top = button.window()
    where = button.mapTo(top, button.rect().topLeft())
    inside = top.rect().contains(where) and top.rect().contains(where + button.rect().bottomRight())
    return button.isVisible() and not button.visibleRegion().isEmpty() and inside


settle()
report["window"] = on_screen(window)
meeting = create_demo_meeting(store)
window.meetings_view.refresh()
window.open_meeting(meeting.id)
settle()
window.grab().save(str(OUT / "meeting.png"))
overflow = window.meeting_page.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
report["toolbar overflows"] = overflow is not None and overflow.isVisible()

window._show_sidebar_page(1)
window.tasks_page.select_task(store.items.tasks(meeting.id)[0].id)
settle()
window.grab().save(str(OUT / "register.png"))
detail = window.tasks_page.detail
report["register buttons"] = all(
    shown(b) for b in (detail.done_button, detail.cancel_button, detail.open_button)
)

dialog = MeetingDialog(services, parent=window)
dialog.show()
settle()
dialog.grab().save(str(OUT / "meeting-dialog.png"))
report["meeting dialog"] = on_screen(dialog) and all(shown(b) for b in dialog.buttons.buttons())
dialog.reject()

preview = document_actions.preview_notice(window, Services(store), meeting.id)
settle()
preview.grab().save(str(OUT / "preview.png"))
report["preview"] = on_screen(preview) and shown(preview.print_button)
preview.reject()
print(json.dumps(report))
window.close()
store.close()
