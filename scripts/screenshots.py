"""Make the README's screenshots from the real app, so they stay current.

    python scripts/screenshots.py [--lang vi|en] [--out docs/screenshots]

Runs the real window offscreen (no display needed) on a temporary database: the empty first
start, the meetings list, a meeting with its transcript, conclusions and tasks (the demo meeting),
the task editor, the task register (statuses counted on 1 October 2024, the sample data's "today"),
the document settings, a conclusion notice in the preview, and the suggested conclusions and tasks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from meeting_assistant.services import Services

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = p.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ma-shots-"))
    # The office laptop's screen, so dialogs size themselves as they would there.
    screen = tmp / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366,
        "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))  # fmt: skip
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    os.environ["MEETING_ASSISTANT_DATA"] = str(tmp / "data")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from meeting_assistant.services.demo import create_demo_meeting
    from meeting_assistant.store import Store
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    app = QApplication([])
    app.setStyle("Fusion")
    install_language(app, args.lang)
    suffix = "" if args.lang == "vi" else "-en"
    store = Store(tmp / "meetings.db")
    window = MainWindow(
        Services(store), QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    )
    window.resize(1366, 768)  # the office laptop the window is designed for
    window.show()

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")

    shot("01-first-start")
    meeting = create_demo_meeting(store)
    for title, date in (("Giao ban công tác tháng 10", "2024-10-07"),
                        ("Hội nghị Ban Chấp hành Đảng bộ Sở", "2024-09-12")):  # fmt: skip
        store.meetings.create(title, date=date)
    window.meetings_view.refresh()
    shot("02-meetings")
    window.open_meeting(meeting.id)
    page = window.meeting_page
    page.transcript.highlight_segment(page.transcript.model.segment_ids()[5])
    page.items.show_conclusions()
    shot("03-meeting")
    page.items.show_tasks()
    page.items.select_task(store.items.tasks(meeting.id)[0].id)
    shot("04-task")
    # Proposals: the demo meeting's transcript without the items tagged by hand.
    for task in store.items.tasks(meeting.id):
        store.items.delete_task(task.id)
    for conclusion in store.items.conclusions(meeting.id):
        store.items.delete_conclusion(conclusion.id)
    window.open_meeting(meeting.id)
    page.show_suggestions()
    shot("09-suggestions")

    from meeting_assistant.documents.organisation import save_organisation
    from scripts.document_samples import ORGANISATIONS, build_demo
    from ui.documents import actions as document_actions

    sample, _later = build_demo(store)
    save_organisation(store, ORGANISATIONS["state"])
    window.tasks_page._today = dt.date(2024, 10, 1)
    window._show_sidebar_page(1)
    window.tasks_page.select_task(store.items.tasks(sample)[2].id)
    shot("05-register")
    window._show_sidebar_page(2)
    shot("06-settings")
    preview = document_actions.preview_notice(window, Services(store), sample)
    for _ in range(40):  # QPdfView renders its pages in the background
        app.processEvents()
        time.sleep(0.05)
    preview.grab().save(str(out / f"07-preview{suffix}.png"))
    print(out / f"07-preview{suffix}.png")
    preview.reject()
    dialog_shots(app, window, Services(store), sample, out, suffix)
    window.close()
    store.close()


def dialog_shots(app, window, services, meeting_id: int, out: Path, suffix: str) -> None:
    """The dialogs a clerk meets, each at the size it takes on the 1366×768 screen."""
    from ui.documents.report_period import ReportPeriodDialog
    from ui.help import GuideDialog
    from ui.meetings.dialog import MeetingDialog
    from ui.register.memo_dialog import MemoDialog
    from ui.register.task_dialog import TaskEditDialog

    task = services.items.tasks(meeting_id)[0]
    for name, dialog in (
        ("10-meeting-dialog", MeetingDialog(services, meeting_id, window)),
        ("11-task-dialog", TaskEditDialog(services, task.id, "", window)),
        ("12-memo-dialog", MemoDialog(services, services.documents.units_to_chase(), "", window)),
        ("13-report-period", ReportPeriodDialog(window)),
        ("14-guide", GuideDialog(window)),
    ):
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / f"{name}{suffix}.png"))
        print(out / f"{name}{suffix}.png")
        dialog.reject()


if __name__ == "__main__":
    main()
