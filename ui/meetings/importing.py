"""Bringing recordings in from the main window: File → Import, drag and drop, and the demo
meeting, each one in the background (one at a time: the disk is the bottleneck), with what is
going on in the status bar."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from meeting_assistant.errors import DamagedAudioError
from meeting_assistant.services import Services
from ui.changes import changes
from ui.common.errors import show_error
from ui.operations import Op
from ui.review.actions import ReviewActions

# What File → Import and drag and drop offer; the core decides what it can really read.
AUDIO_SUFFIXES = (
    "wav", "mp3", "m4a", "aac", "ogg", "opus", "flac", "mp4", "mov", "mkv", "webm", "wma",
)  # fmt: skip
LAST_DIR_KEY = "import/last_dir"


def in_name_order(paths: list[str]) -> list[str]:
    """ "phần 2" before "phần 10": recordings of one meeting are usually numbered parts."""

    def key(path: str) -> list:
        name = Path(path).name.casefold()
        return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", name)]

    return sorted(paths, key=key)


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
    """The local files being dragged, in the order the file manager gives them."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]


class ImportActions(ReviewActions):
    """Import methods of MainWindow (which provides services, settings, meetings_view, the busy
    label and bar, and importsFinished)."""

    # Import --------------------------------------------------------------------------------

    def audio_filter(self) -> str:
        patterns = " ".join(f"*.{s}" for s in AUDIO_SUFFIXES)
        return self.tr("Tệp ghi âm và video ({patterns});;Tất cả các tệp (*)").format(
            patterns=patterns
        )

    @Slot()
    def choose_and_import(self) -> None:
        start = str(self.settings.value(LAST_DIR_KEY, str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Nhập tệp ghi âm"), start, self.audio_filter()
        )
        if paths:
            self.settings.setValue(LAST_DIR_KEY, str(Path(paths[0]).parent))
            self.import_files(paths)

    @Slot()
    def choose_and_add_recording(self) -> None:
        """File → Add a recording to this meeting: the files chosen join the open meeting, after
        its recordings, in the order the dialog gives them."""
        meeting_id = self.open_meeting_id()
        if meeting_id is None:
            return
        start = str(self.settings.value(LAST_DIR_KEY, str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Thêm bản ghi âm vào cuộc họp"), start, self.audio_filter()
        )
        if paths:
            self.settings.setValue(LAST_DIR_KEY, str(Path(paths[0]).parent))
            self.import_files(in_name_order(paths), meeting_id=meeting_id)

    @Slot(list)
    def add_recordings(self, paths: list[str]) -> None:
        """Recordings dropped on the meeting page: into that meeting, in the order given."""
        meeting_id = self.open_meeting_id()
        if meeting_id is not None and paths:
            self.import_files(in_name_order(paths), meeting_id=meeting_id)

    def import_files(
        self,
        paths: list[str | Path],
        meeting_id: int | None = None,
        accept_damaged: bool = False,
    ) -> None:
        """Import each file, in the background: into the meeting `meeting_id` (its recordings
        one after another), or each as a new meeting named after it."""
        for path in paths:
            path = Path(path)

            def work(services: Services, p=path) -> int:
                meeting, _audio = services.importing.import_audio(
                    p, meeting_id=meeting_id, accept_damaged=accept_damaged
                )
                return meeting.id

            op = self._start(
                lambda name=path.name: self.tr("Đang nhập “{name}”…").format(name=name),
                work,
                open_after=meeting_id is not None,
            )
            op.path, op.meeting_id = path, meeting_id

    def build_demo_meeting(self) -> None:
        """Make the demo meeting in this window's database (the demo window's own) and open it."""
        self._start(
            lambda: self.tr("Đang tạo cuộc họp mẫu…"),
            lambda services: services.create_demo_meeting().id,  # made once, then reopened
            open_after=True,
        )

    def _start(
        self, describe: Callable[[], str], work: Callable[[Services], int], open_after: bool = False
    ) -> None:
        op = Op(self, self.services, work, describe=describe, queue="import")
        op.open_after = open_after
        op.success(lambda meeting_id, o=op: self._finished(o, meeting_id, None))
        op.failure(lambda error, o=op: self._finished(o, None, error))
        self._jobs.append(op)
        self._update_busy()
        op.run()
        return op

    def _finished(self, job: Op, meeting_id: int | None, error: BaseException | None) -> None:
        self._jobs.remove(job)
        if isinstance(error, DamagedAudioError) and getattr(job, "path", None) is not None:
            self._damaged.append((job, error))
        elif error is not None:
            self._errors.append(error)
        else:
            self._last_imported = meeting_id
        self._update_busy()
        if self._jobs:
            return
        # All done: show the new meeting, then the problems, one after another.
        self.meetings_view.search.clear()
        changes().notify_meetings()
        self.meetings_view.refresh()
        if self._last_imported is not None:
            if job.open_after:
                self.open_meeting(self._last_imported)
            else:
                self.show_meetings()
                self.meetings_view.select_meeting(self._last_imported)
        self._last_imported = None
        errors, self._errors = self._errors, []
        for exc in errors:
            show_error(self, exc)
        damaged, self._damaged = self._damaged, []
        again = [job for job, exc in damaged if self.accept_damaged(exc)]
        for job in again:  # only what the clerk agreed to: the readable part of each
            self.import_files([job.path], meeting_id=job.meeting_id, accept_damaged=True)
        if not again:
            self.importsFinished.emit()

    def accept_damaged(self, error: DamagedAudioError) -> bool:
        """A damaged recording: import the part that can be read? (The clerk decides.)"""
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Tệp ghi âm bị hỏng"))
        box.setText(error.message)
        accept = box.addButton(self.tr("Nhập &phần đọc được"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Không nhập"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is accept

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def _update_busy(self) -> None:
        busy = bool(self._jobs)
        self._busy_label.setVisible(busy)
        self._busy_bar.setVisible(busy)
        if busy:
            text = self._jobs[0].describe()
            if len(self._jobs) > 1:
                text = self.tr("{current} (còn {count} tệp chờ)").format(
                    current=text, count=len(self._jobs) - 1
                )
            self._busy_label.setText(text)

    # Drag and drop: a recording dropped on the window becomes a new meeting, as File → Import
    # does; one dropped on a meeting's page joins that meeting (the page handles it).

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[str]:
        return local_files(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._local_files(event)
        if paths:
            event.acceptProposedAction()
            # A review package dropped on the window opens in review mode; the rest is audio.
            packages = [p for p in paths if p.lower().endswith(".mahop")]
            for path in packages:
                self.open_review(path)
            if len(packages) < len(paths):
                self.import_files([p for p in paths if p not in packages])
