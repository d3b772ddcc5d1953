"""The documents a clerk prints, opened from the window: each builds a preview whose render
function calls the core's exporters (which write atomically and normalise the text)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from meeting_assistant.text import fold, nfc
from ui.common.errors import show_error
from ui.documents.preview import DocumentPreview


def file_stem(*parts: str) -> str:
    """A file name without accents or characters that Windows refuses: "thong-bao-ket-luan-12"."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(" ".join(p for p in parts if p)).lower())
    return words.strip("-")[:80] or "van-ban"


def _open(preview: DocumentPreview) -> DocumentPreview:
    preview.open()  # the document appears when it is rendered
    return preview


def preview_notice(parent: QWidget, services: Services, meeting_id: int) -> DocumentPreview:
    meeting = services.meetings.get(meeting_id)

    def render(services: Services, fmt: str, out: Path, _option: bool, draft: bool) -> None:
        services.documents.export_meeting(
            meeting_id, "notice", fmt, out, draft=draft, number=not draft
        )

    def title() -> str:
        return QCoreApplication.translate("DocumentActions", "Thông báo kết luận — {title}").format(
            title=nfc(meeting.title)
        )

    return _open(
        DocumentPreview(
            services, title, render,
            file_stem("thong bao ket luan", meeting.date or "", meeting.title),
            formats=("pdf", "docx"), parent=parent,
        )
    )  # fmt: skip


def preview_minutes(parent: QWidget, services: Services, meeting_id: int) -> DocumentPreview:
    meeting = services.meetings.get(meeting_id)

    def render(services: Services, fmt: str, out: Path, with_transcript: bool, draft) -> None:
        services.documents.export_meeting(
            meeting_id,
            "minutes",
            fmt,
            out,
            include_transcript=with_transcript,
            draft=draft,
            number=not draft,
        )

    def title() -> str:
        return QCoreApplication.translate("DocumentActions", "Biên bản — {title}").format(
            title=nfc(meeting.title)
        )

    def option() -> str:
        return QCoreApplication.translate("DocumentActions", "Kèm toàn văn ghi âm (phụ lục)")

    return _open(
        DocumentPreview(
            services, title, render,
            file_stem("bien ban", meeting.date or "", meeting.title),
            formats=("docx", "pdf"), option_text=option,
            parent=parent,
        )
    )  # fmt: skip


def preview_memo(parent: QWidget, services: Services, unit: str) -> DocumentPreview:
    def render(services: Services, fmt: str, out: Path, _option: bool, draft: bool) -> None:
        services.documents.export_memo(unit, out, fmt, draft=draft, number=not draft)

    def title() -> str:
        return QCoreApplication.translate("DocumentActions", "Công văn đôn đốc — {unit}").format(
            unit=unit
        )

    return _open(
        DocumentPreview(
            services, title, render,
            file_stem("don doc", unit, dt.date.today().isoformat()), formats=("pdf", "docx"),
            parent=parent,
        )
    )  # fmt: skip


def preview_report(
    parent: QWidget, services: Services, date_from: dt.date | None, date_to: dt.date | None
) -> DocumentPreview:
    def render(services: Services, fmt: str, out: Path, _option: bool, draft: bool) -> None:
        services.documents.export_report(
            out, fmt, date_from=date_from, date_to=date_to, draft=draft, number=not draft
        )

    period = "-".join(d.isoformat() for d in (date_from, date_to) if d)

    def title() -> str:
        return QCoreApplication.translate("DocumentActions", "Báo cáo tình hình thực hiện nhiệm vụ")

    return _open(
        DocumentPreview(
            services, title, render,
            file_stem("bao cao nhiem vu", period or dt.date.today().isoformat()),
            formats=("pdf", "docx", "csv"), parent=parent,
        )
    )  # fmt: skip


TRANSCRIPT_FORMATS = ("docx", "txt", "srt", "vtt")


def save_transcript(parent: QWidget, services: Services, meeting_id: int) -> Path | None:
    """Ask where, then write the transcript in the format the chosen filter names."""
    meeting = services.meetings.get(meeting_id)
    filters = {
        "docx": QCoreApplication.translate("DocumentActions", "Tài liệu Word (*.docx)"),
        "txt": QCoreApplication.translate("DocumentActions", "Văn bản thuần (*.txt)"),
        "srt": QCoreApplication.translate("DocumentActions", "Phụ đề SubRip (*.srt)"),
        "vtt": QCoreApplication.translate("DocumentActions", "Phụ đề WebVTT (*.vtt)"),
    }
    start = str(Path.home() / (file_stem("ban ghi loi", meeting.date or "", meeting.title)))
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("DocumentActions", "Lưu bản ghi lời"),
        start + ".docx",
        ";;".join(filters.values()),
    )
    if not chosen:
        return None
    path = Path(chosen)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in TRANSCRIPT_FORMATS:
        fmt = next((f for f, text in filters.items() if text == chosen_filter), "docx")
        path = path.with_name(path.name + "." + fmt)
    try:
        services.documents.export_meeting(meeting_id, "transcript", fmt, path)
    except Exception as exc:
        show_error(parent, exc)
        return None
    return path


class ReportPeriodDialog(QDialog):
    """The period a task report covers: meetings held from … to … (either end may stay open)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QDate.currentDate()
        self.from_check = QCheckBox()
        self.from_edit = QDateEdit(QDate(today.year(), 1, 1))
        self.to_check = QCheckBox()
        self.to_edit = QDateEdit(today)
        form = QFormLayout()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            check.setChecked(True)
            check.toggled.connect(edit.setEnabled)
            form.addRow(check, edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Kỳ báo cáo"))
        self.from_check.setText(self.tr("Cuộc họp từ ngày"))
        self.to_check.setText(self.tr("đến ngày"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Xem báo cáo"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            return edit.date().toPython() if check.isChecked() else None

        return day(self.from_check, self.from_edit), day(self.to_check, self.to_edit)
