"""Before a notice or minutes is shown: what it still lacks, and where to fill it in.

A document is not made with holes: a missing signer or issuing body sends the clerk to Settings
or to the meeting's details (where the meeting can set its own), and conclusions still in draft
are pointed out before anything is printed. The clerk may still look at a draft ("DỰ THẢO").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from meeting_assistant.documents.checks import Problem
from meeting_assistant.services import Services

PREVIEW, SETTINGS, MEETING, CONCLUSIONS, CANCEL = (
    "preview", "settings", "meeting", "conclusions", "cancel",
)  # fmt: skip


def holes(services: Services, meeting_id: int, kind: str) -> list[Problem]:
    """The blocking problems of the meeting's `kind` document that the clerk can fill in."""
    return [p for p in services.documents.problems(meeting_id, kind) if p.blocking]


def ask_about_holes(parent: QWidget, services: Services, meeting_id: int, kind: str) -> str:
    """PREVIEW when nothing is missing (or the clerk wants to see the draft anyway), else where
    the clerk chose to go: SETTINGS, MEETING, CONCLUSIONS, or CANCEL."""
    problems = holes(services, meeting_id, kind)
    if not problems:
        return PREVIEW
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DocumentHoles", "Văn bản còn thiếu thông tin"))
    box.setText(
        QCoreApplication.translate("DocumentHoles", "Văn bản chưa thể ban hành khi còn thiếu:")
    )
    box.setInformativeText("\n".join(f"• {p.message}" for p in problems))
    buttons = {}
    fields = {p.field.split(".")[0] for p in problems}
    if "org" in fields:
        buttons[SETTINGS] = box.addButton(
            QCoreApplication.translate("DocumentHoles", "Mở &Cài đặt"),
            QMessageBox.ButtonRole.ActionRole,
        )
    if "org" in fields or "meeting" in fields:
        buttons[MEETING] = box.addButton(
            QCoreApplication.translate("DocumentHoles", "Sửa &thông tin cuộc họp"),
            QMessageBox.ButtonRole.ActionRole,
        )
    if "conclusions" in fields and any(p.code == "draft_conclusions" for p in problems):
        buttons[CONCLUSIONS] = box.addButton(
            QCoreApplication.translate("DocumentHoles", "Xem &kết luận nháp"),
            QMessageBox.ButtonRole.ActionRole,
        )
    if not any(p.always for p in problems):
        buttons[PREVIEW] = box.addButton(
            QCoreApplication.translate("DocumentHoles", "Xem bản &dự thảo"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    buttons[CANCEL] = box.addButton(
        QCoreApplication.translate("DocumentHoles", "&Hủy"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(buttons.get(MEETING) or buttons.get(SETTINGS) or buttons[CANCEL])
    box.exec()
    clicked = box.clickedButton()
    return next((key for key, button in buttons.items() if button is clicked), CANCEL)
