"""Screenshots of every page and dialog of the real app, at the screen sizes office laptops have,
with a report of what does not fit.

    python scripts/screenshots.py [--lang vi|en] [--out DIR] [--sizes 1366x768,1280x720]

For each size, the real window runs offscreen (no display needed) on a temporary database, on a
virtual screen of that size, maximised: the empty first start, the meetings list, a meeting
with its transcript, conclusions, tasks (the task editor) and proposals, the meeting page at
the window's default size, the find bar, the recording bar, the task register, the settings
(top and bottom), and every dialog as it opens over the window: new meeting, meeting details,
proposal edit, unit directory, completion date, progress report, report period, the notice,
minutes and memo previews, About and whatever else the Help menu opens. A dialog is drawn where
Qt would place it on that screen, so what lies beyond the screen's edge is cut off as the clerk
would see it. Files: DIR/<size>/NN-name.png, and DIR/<size>/fit.txt (one line per shot: the
window's or dialog's size against the screen, its buttons outside the screen or clipped, buttons
too narrow for their text, a toolbar that overflows into "»", what is hidden there).
The pages' names match the README's images (docs/screenshots), which are taken at 1366x768.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def parse_sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for part in text.split(","):
        width, _, height = part.strip().lower().partition("x")
        sizes.append((int(width), int(height)))
    return sizes


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("vi", "en"), default="vi")
    p.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "all"))
    p.add_argument("--sizes", default="1366x768,1280x720", help="screen sizes, WxH,WxH")
    p.add_argument("--one", help=argparse.SUPPRESS)  # the child run for one size
    args = p.parse_args()
    if args.one:
        width, height = parse_sizes(args.one)[0]
        Shooter(Path(args.out), width, height, args.lang).run()
        return
    # One process per size: the virtual screen's size is fixed when Qt starts.
    for width, height in parse_sizes(args.sizes):
        config = Path(tempfile.mkdtemp(prefix="ma-screen-")) / "screen.json"
        screen = {"name": "Screen", "x": 0, "y": 0, "width": width, "height": height,
                  "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
        config.write_text(json.dumps({"screens": [screen]}))
        env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
        command = [sys.executable, __file__, "--lang", args.lang, "--out", args.out]
        subprocess.run([*command, "--one", f"{width}x{height}"], env=env, check=True)


class Shooter:
    """Takes the screenshots for one screen size, and notes for each what does not fit."""

    def __init__(self, out: Path, width: int, height: int, lang: str) -> None:
        self.size = (width, height)
        self.out = out / f"{width}x{height}"
        self.out.mkdir(parents=True, exist_ok=True)
        self.suffix = "" if lang == "vi" else "-en"
        self.lang = lang
        self.lines: list[str] = []

    # Taking shots ----------------------------------------------------------------------------

    def settle(self, rounds: int = 8) -> None:
        import time

        for _ in range(rounds):
            self.app.processEvents()
            time.sleep(0.02)

    def save(self, name: str, image) -> Path:
        path = self.out / f"{name}{self.suffix}.png"
        image.save(str(path))
        return path

    def page(self, name: str) -> None:
        """The whole window as it is on screen."""
        self.settle()
        path = self.save(name, self.window.grab())
        notes = self.fit_notes(self.window, self.window.pos())
        self.note(name, path, self.window.size(), notes)

    def dialog(
        self, name: str, dialog, wait: Callable[[], bool] | None = None, keep_open=False
    ) -> None:
        """A dialog shown over the window where Qt puts it, clipped to the screen."""
        from PySide6.QtCore import QPoint

        dialog.show()
        self.settle()
        if wait is not None:
            self.wait(wait)
        pos = self.place(dialog)
        dialog.move(pos)
        self.settle(3)
        self.save(name + "-alone", dialog.grab())  # the whole dialog, even what is off screen
        path = self.save(name, self.on_screen(dialog, pos))
        notes = self.fit_notes(dialog, pos)
        self.note(name, path, dialog.size(), notes, QPoint(pos))
        if keep_open:
            return
        dialog.close()
        self.settle(2)

    def modal(self, name: str, open_it: Callable[[], object]) -> None:
        """A dialog that opens modal (exec): shot from inside its event loop, then closed."""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        waiting = [True]

        def shoot() -> None:
            if not waiting[0]:  # it opened without blocking, or not at all
                return
            widget = QApplication.activeModalWidget()
            if widget is None:
                QTimer.singleShot(50, shoot)
                return
            self.dialog(name, widget)

        QTimer.singleShot(100, shoot)
        open_it()
        waiting[0] = False

    def wait(self, done: Callable[[], bool], seconds: float = 30) -> None:
        import time

        end = time.monotonic() + seconds
        while not done() and time.monotonic() < end:
            self.settle(2)

    def place(self, dialog):
        """Where Qt places a dialog: centred over the window, moved to lie on the screen; one
        larger than the screen starts at its top-left corner (the rest is off screen)."""
        from PySide6.QtCore import QPoint

        width, height = self.size
        centre = self.window.geometry().center()
        x = centre.x() - dialog.width() // 2
        y = centre.y() - dialog.height() // 2
        x = max(0, min(x, width - dialog.width()))
        y = max(0, min(y, height - dialog.height()))
        return QPoint(x, y)

    def on_screen(self, dialog, pos):
        """The screen as the clerk sees it: the window, the dialog on top, cut at the edges."""
        from PySide6.QtGui import QColor, QPainter, QPixmap

        width, height = self.size
        screen = QPixmap(width, height)
        screen.fill(QColor("#404040"))
        painter = QPainter(screen)
        painter.drawPixmap(self.window.pos(), self.window.grab())
        painter.fillRect(0, 0, width, height, QColor(0, 0, 0, 60))  # the window behind, dimmed
        painter.drawPixmap(pos, dialog.grab())
        painter.setPen(QColor("#1565C0"))
        painter.drawRect(pos.x(), pos.y(), dialog.width() - 1, dialog.height() - 1)
        painter.end()
        return screen

    # What does not fit -------------------------------------------------------------------------

    def fit_notes(self, top, pos) -> list[str]:
        from PySide6.QtCore import QRect
        from PySide6.QtWidgets import QAbstractButton, QToolBar, QToolButton

        width, height = self.size
        notes = []
        hint = top.minimumSizeHint()
        if hint.width() > width or hint.height() > height:
            notes.append(f"minimum size {hint.width()}x{hint.height()} > screen")
        screen = QRect(0, 0, width, height)
        off, clipped, narrow = [], [], []
        for button in top.findChildren(QAbstractButton):
            if button.window() is not top or not button.isVisibleTo(top):
                continue
            if not button.text().strip():
                continue
            if button.objectName() == "qt_toolbar_ext_button":
                continue
            label = button.text().replace("&", "")
            where = QRect(button.mapTo(top, button.rect().topLeft()) + pos, button.size())
            if not screen.contains(where):
                off.append(label)
            elif button.visibleRegion().boundingRect().size() != button.size():
                clipped.append(label)
            if button.width() < button.sizeHint().width() and not isinstance(button, QToolButton):
                narrow.append(f"{label} {button.width()}<{button.sizeHint().width()}")
        if off:
            notes.append("beyond the screen: " + ", ".join(off))
        if clipped:
            notes.append("clipped (scroll to see, or cut): " + ", ".join(clipped))
        if narrow:
            notes.append("too narrow for their text: " + ", ".join(narrow))
        for bar in top.findChildren(QToolBar):
            extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if bar.isVisibleTo(top) and extension is not None and extension.isVisibleTo(top):
                hidden = [
                    a.text().replace("&", "")
                    for a in bar.actions()
                    if not a.isSeparator()
                    and a.isVisible()
                    and (bar.widgetForAction(a) is None or not bar.widgetForAction(a).isVisible())
                ]
                notes.append(
                    f"toolbar {bar.width()}px wide overflows into »: {', '.join(hidden)}"
                    f" (needs {bar.sizeHint().width()}px)"
                )
        return notes

    def note(self, name: str, path: Path, size, notes: list[str], pos=None) -> None:
        width, height = self.size
        where = f" at {pos.x()},{pos.y()}" if pos is not None else ""
        fits = size.width() <= width and size.height() <= height
        line = f"{name}: {size.width()}x{size.height()}{where} on {width}x{height}"
        line += " fits" if fits and not notes else ""
        line += "".join(f"; {n}" for n in notes) if notes else ""
        if not fits:
            line += "; LARGER THAN THE SCREEN"
        self.lines.append(line)
        print(path, "—", line)

    # The tour --------------------------------------------------------------------------------

    def run(self) -> None:
        tmp = Path(tempfile.mkdtemp(prefix="ma-shots-"))
        os.environ["MEETING_ASSISTANT_DATA"] = str(tmp / "data")
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication

        from meeting_assistant.services import Services
        from meeting_assistant.store import Store
        from ui.i18n import install_language
        from ui.main_window import MainWindow

        self.app = QApplication([])
        self.app.setStyle("Fusion")
        install_language(self.app, self.lang)
        self.store = Store(tmp / "meetings.db")
        self.services = Services(self.store)
        settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(self.services, settings)
        self.default_size = self.window.size()  # what a first start opens at on this screen
        self.window.move(0, 0)
        self.window.resize(*self.size)  # maximised
        self.window.show()
        try:
            self.tour()
        finally:
            (self.out / f"fit{self.suffix}.txt").write_text("\n".join(self.lines) + "\n")
            self.window.close()
            self.store.close()

    def tour(self) -> None:
        from meeting_assistant.services.demo import create_demo_meeting

        store, window = self.store, self.window
        self.page("01-first-start")
        meeting = create_demo_meeting(store)
        for title, date in (("Giao ban công tác tháng 10", "2024-10-07"),
                            ("Hội nghị Ban Chấp hành Đảng bộ Sở", "2024-09-12")):  # fmt: skip
            store.meetings.create(title, date=date)
        window.meetings_view.refresh()
        self.page("02-meetings")
        self.meeting_shots(meeting.id)
        self.meeting_dialogs(meeting.id)
        self.register_shots()
        self.settings_shots()
        self.document_shots(meeting.id)
        self.help_shots()

    def meeting_shots(self, meeting_id: int) -> None:
        window, store = self.window, self.store
        window.open_meeting(meeting_id)
        page = window.meeting_page
        page.transcript.highlight_segment(page.transcript.model.segment_ids()[5])
        page.items.show_conclusions()
        self.page("03-meeting")
        page.items.show_tasks()
        page.items.select_task(store.items.tasks(meeting_id)[0].id)
        self.page("04-task")
        page.show_suggestions()
        self.page("09-suggestions")
        # The window as a first start opens it (not maximised): the toolbar's width.
        window.resize(self.default_size)
        page.items.show_conclusions()
        self.page("03b-meeting-default-size")
        window.resize(*self.size)
        page.transcript.find_action.trigger()
        self.page("03c-find-bar")
        find_bar = getattr(page.transcript, "find_bar", None)
        if find_bar is not None:
            find_bar.hide()
        window.start_recording()
        self.page("08-recording-bar")
        window.recording.hide()

    def meeting_dialogs(self, meeting_id: int) -> None:
        from ui.meeting.suggestions.panel import SuggestionEditDialog
        from ui.meetings.dialog import MeetingDialog

        services = self.services
        self.dialog("10-new-meeting", MeetingDialog(services, None, self.window))
        self.dialog("11-meeting-details", MeetingDialog(services, meeting_id, self.window))
        proposals = services.proposals.pending(meeting_id)
        task = next((s for s in proposals if s.kind == "task"), None)
        if task is None:  # every proposal taken: one from the first task's words
            from meeting_assistant.followup.suggest import Suggestion

            text = self.store.items.tasks(meeting_id)[0].content
            task = Suggestion("task", text, lead_unit="Sở Tài chính", key="shot")
        self.dialog("12-proposal-edit", SuggestionEditDialog(task, services, self.window))
        # The unit picker's two questions: a unit new to the directory, a list of units.
        from ui.common.unit_questions import ask_new_unit, confirm_split

        near = ["Sở Tài nguyên và Môi trường"]
        self.modal("12b-new-unit", lambda: ask_new_unit(self.window, "so tai nguyen", near))
        names = ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"]
        self.modal("12c-unit-list", lambda: confirm_split(self.window, names, names[1:]))

    def register_shots(self) -> None:
        import datetime as dt

        from meeting_assistant.documents.organisation import save_organisation
        from scripts.document_samples import ORGANISATIONS, build_demo
        from ui.documents.actions import ReportPeriodDialog
        from ui.register.dialogs import CompletionDialog, ProgressDialog
        from ui.register.unit_directory import UnitDirectoryDialog

        window, store = self.window, self.store
        self.sample, _later = build_demo(store)
        save_organisation(store, ORGANISATIONS["state"])
        register = window.tasks_page
        register._today = dt.date(2024, 10, 1)  # the sample data's "today"
        window.sidebar.setCurrentRow(1)
        register.select_task(store.items.tasks(self.sample)[2].id)
        self.page("05-register")
        self.dialog("13-unit-directory", UnitDirectoryDialog(self.services, window))
        row = register.selected_row()
        self.dialog("14-completion", CompletionDialog(row, register.today(), 7, window))
        self.dialog("15-progress", ProgressDialog(register.today(), row.lead_unit or "", window))
        self.dialog("16-report-period", ReportPeriodDialog(window))

    def settings_shots(self) -> None:
        window = self.window
        window.sidebar.setCurrentRow(2)
        self.page("06-settings")
        bar = window.settings_scroll.verticalScrollBar()
        if bar.maximum() > 0:  # the page scrolls on this screen: its end too
            bar.setValue(bar.maximum())
            self.page("06b-settings-bottom")
            bar.setValue(0)

    def document_shots(self, meeting_id: int) -> None:
        from ui.documents import actions as document_actions

        window, services = self.window, self.services
        window.open_meeting(meeting_id)  # behind the previews (the sample has no audio file)
        for name, make in (
            ("07-preview", lambda: document_actions.preview_notice(window, services, self.sample)),
            ("17-minutes", lambda: document_actions.preview_minutes(window, services, self.sample)),
            ("18-memo", lambda: document_actions.preview_memo(window, services, self.memo_unit())),
        ):
            preview = make()
            # QPdfView draws its pages in the background once the render is done.
            self.dialog(name, preview, wait=lambda p=preview: not p.rendering, keep_open=True)
            self.settle(30)
            self.save(name, self.on_screen(preview, preview.pos()))
            preview.reject()

    def memo_unit(self) -> str:
        rows = self.services.tasks.register(today=self.window.tasks_page.today())
        return next(r.lead_unit for r in rows if r.lead_unit)

    def help_shots(self) -> None:
        from meeting_assistant.text import fold

        window = self.window
        window.sidebar.setCurrentRow(0)
        for number, action in enumerate(window.help_menu.actions(), start=19):
            if action.isSeparator() or action.menu() is not None:
                continue
            words = fold(action.text().replace("&", "")).lower()
            name = f"{number}-help-" + "-".join(
                "".join(c if c.isalnum() else " " for c in words).split()
            )
            before = {id(w) for w in self.app.topLevelWidgets() if w.isVisible()}
            self.modal(name, action.trigger)
            # A window that opens without blocking (a guide): shot too, then closed.
            for widget in self.app.topLevelWidgets():
                if widget.isVisible() and id(widget) not in before and widget is not window:
                    self.dialog(name, widget)


if __name__ == "__main__":
    main()
