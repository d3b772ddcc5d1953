"""A document as it will print: the core renders a PDF into a temporary folder (in the
background: a 300-task report takes a while), QtPdf shows it, and the clerk saves it (PDF or
DOCX) where they choose or sends it to the system print dialog."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.documents.checks import IncompleteDocumentError
from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.operations import Op

# render(services, fmt, out_path, option_checked, draft) writes the document; the core writes
# atomically. The preview is a draft (blanks, "DỰ THẢO"), rendered on a worker thread with its
# own services; a save is final (checked, numbered) unless the clerk chooses a draft.
Render = Callable[[Services, str, Path, bool, bool], object]


PREVIEW_PREFIX = "meeting-assistant-preview-"
STALE_PREVIEW_S = 24 * 3600


def _alive(pid: int) -> bool | None:
    """Whether process `pid` runs (None: cannot tell on this system)."""
    if os.name != "posix":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def clean_leftover_previews() -> int:
    """Remove preview folders a crashed run left in the temporary folder (a confidential
    document should not lie there); returns how many. A folder of a running app is kept."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(PREVIEW_PREFIX + "*"):
        try:
            pid = int(folder.name[len(PREVIEW_PREFIX) :].split("-")[0])
        except ValueError:
            pid = -1
        alive = _alive(pid) if pid > 0 else False
        if alive is None:  # no way to ask: only clearly stale ones
            alive = time.time() - folder.stat().st_mtime < STALE_PREVIEW_S
        if pid == os.getpid() or alive:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    return removed


class DocumentPreview(QDialog):
    """rendered(ok) each time the preview has been drawn (False: it failed, and said why);
    saved(path) after the document is written where the clerk chose."""

    saved = Signal(str)
    rendered = Signal(bool)

    def __init__(
        self,
        services: Services,
        title: str | Callable[[], str],
        render: Render,
        suggested_name: str,
        formats: tuple[str, ...] = ("pdf",),
        option_text: str | Callable[[], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Given as functions, the title and the option are worded again on a language switch.
        self._title = title if callable(title) else (lambda: title)
        self._option_text = option_text if callable(option_text) else (lambda: option_text or "")
        self.setWindowTitle(self._title())
        self.services = services
        self.render = render
        self.rendering = False
        self.ok = False
        self._closed = False
        self.suggested_name = suggested_name
        self.formats = formats
        self._folder = tempfile.TemporaryDirectory(prefix=f"{PREVIEW_PREFIX}{os.getpid()}-")
        self.preview_path = Path(self._folder.name) / "preview.pdf"

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.pages = QLabel()
        # An option that changes the document (the minutes' transcript appendix) re-renders it.
        self.option = QCheckBox(self._option_text())
        self.option.setVisible(bool(option_text))
        self.option.toggled.connect(lambda _on: self.refresh())
        self.save_buttons: dict[str, QPushButton] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.option)
        buttons.addWidget(self.pages)
        buttons.addStretch()
        for fmt in formats:
            button = QPushButton()
            button.clicked.connect(lambda _c=False, f=fmt: self.save_as(f))
            self.save_buttons[fmt] = button
            buttons.addWidget(button)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=lambda: self.save_as(formats[0]))

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.resize(900, 1000)
        self.refresh()

    # Rendering -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Render the preview again (after an option or a setting changed), in the background;
        `rendered` says when it is shown."""
        self.rendering = True
        self._show_page_count()
        self.document.close()
        option = self.option.isChecked()
        Op(
            self, self.services,
            lambda services: self.render(services, "pdf", self.preview_path, option, True),
        ).success(lambda _result: self._rendered(None)).failure(self._rendered).run()  # fmt: skip

    def _rendered(self, error: BaseException | None) -> None:
        self.rendering = False
        if self._closed:  # closed while it rendered: nothing to show, nothing to say
            return
        if error is not None:
            self.ok = False
            show_error(self, error)
            self.rendered.emit(False)
            if not self.document.pageCount():  # nothing to show: the preview closes
                self.reject()
            return
        self.document.load(str(self.preview_path))
        self.ok = self.document.status() == QPdfDocument.Status.Ready
        self._show_page_count()
        self.rendered.emit(self.ok)

    def _show_page_count(self) -> None:
        if self.rendering:
            self.pages.setText(self.tr("Đang tạo bản xem trước…"))
        else:
            self.pages.setText(self.tr("{n} trang").format(n=self.document.pageCount()))

    # Saving and printing -------------------------------------------------------------------

    def save_as(self, fmt: str) -> Path | None:
        filters = {
            "pdf": self.tr("Tài liệu PDF (*.pdf)"),
            "docx": self.tr("Tài liệu Word (*.docx)"),
            "csv": self.tr("Bảng tính CSV (*.csv)"),
        }
        start = str(Path.home() / f"{self.suggested_name}.{fmt}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu văn bản"), start, filters[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        return self.save_to(fmt, path)

    def save_to(self, fmt: str, path: Path, draft: bool = False) -> Path | None:
        """Write the document (final unless `draft`). A final one that still has holes says
        what is missing and offers to save a draft instead."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.render(self.services, fmt, path, self.option.isChecked(), draft)
        except IncompleteDocumentError as exc:
            QGuiApplication.restoreOverrideCursor()
            if any(p.always for p in exc.problems) or not self.ask_for_draft(exc):
                return None
            return self.save_to(fmt, path, draft=True)
        except Exception as exc:
            QGuiApplication.restoreOverrideCursor()
            show_error(self, exc)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.saved.emit(str(path))
        return path

    def ask_for_draft(self, error: IncompleteDocumentError) -> bool:
        """The document lacks what is listed: save it as a draft (blanks, "DỰ THẢO")?"""
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Văn bản còn thiếu thông tin"))
        box.setText(error.message)
        draft = box.addButton(self.tr("Lưu bản &dự thảo"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Hủy"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is draft

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print every page (or the chosen range) at the printer's resolution; returns pages."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        if first == 0:  # no range chosen: everything
            first, last = 1, count
        painter = QPainter()
        if not painter.begin(printer):
            show_error(self, RuntimeError(self.tr("Không mở được máy in.")))
            return 0
        printed = 0
        try:
            for number in range(first - 1, min(last, count)):
                if printed:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(number)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = self.document.render(
                    number, QSize(int(size.width() * scale), int(size.height() * scale))
                )
                painter.drawImage(0, 0, image)
                printed += 1
        finally:
            painter.end()
        return printed

    # Language and clean-up -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        names = {
            "pdf": self.tr("Lưu &PDF…"),
            "docx": self.tr("Lưu &DOCX…"),
            "csv": self.tr("Lưu &CSV…"),
        }
        for fmt, button in self.save_buttons.items():
            button.setText(names[fmt])
        self.print_button.setText(self.tr("&In…"))
        self.close_button.setText(self.tr("Đó&ng"))
        self.setWindowTitle(self._title())
        self.option.setText(self._option_text())
        self._show_page_count()

    def done(self, result: int) -> None:
        self._closed = True
        self.document.close()
        super().done(result)
        self._folder.cleanup()
