"""Settings for the documents the clerk prints: the layout standard, the issuing organisation,
the signer, and the due-soon window of the task register. Every change is saved at once."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from meeting_assistant.documents.organisation import Organisation
from meeting_assistant.services import Services
from meeting_assistant.settings import DUE_SOON_RANGE
from ui.changes import changes
from ui.common.errors import show_error

# The text fields, in the order the form shows them.
TEXT_FIELDS = (
    "superior_body", "issuing_body", "symbol", "drafting_unit", "place",
    "signer_authority", "signer_title", "signer_name", "follow_up_unit",
    "contact_person", "contact_phone", "address", "phone", "email", "term",
)  # fmt: skip


class DocumentSettingsBox(QGroupBox):
    """changed() after any setting is saved (a preview open elsewhere may want to refresh)."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        organisation = services.settings.organisation()
        self.layout_choice = QComboBox()
        self.layout_choice.addItem("", "state")
        self.layout_choice.addItem("", "party")
        self.layout_choice.activated.connect(lambda _i: self._save())
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMinimumWidth(360)
            edit.textEdited.connect(lambda _t: self._save())
            self.edits[name] = edit
        self.recipients = QPlainTextEdit()
        self.recipients.setFixedHeight(72)
        self.recipients.setTabChangesFocus(True)
        self.recipients.textChanged.connect(self._recipients_changed)
        self.due_soon = QSpinBox()
        self.due_soon.setRange(*DUE_SOON_RANGE)
        self._show(organisation)
        self.due_soon.valueChanged.connect(self._save_due_soon)

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        rows = [("layout", self.layout_choice)]
        rows += [(name, self.edits[name]) for name in TEXT_FIELDS]
        rows += [("recipients", self.recipients), ("due_soon", self.due_soon)]
        for name, field in rows:
            label = QLabel()
            label.setBuddy(field)
            self.labels[name] = label
            form.addRow(label, field)
        self.retranslate_ui()

    def _show(self, organisation: Organisation) -> None:
        self.layout_choice.setCurrentIndex(max(0, self.layout_choice.findData(organisation.layout)))
        for name, edit in self.edits.items():
            edit.setText(getattr(organisation, name))
        self.recipients.setPlainText(organisation.recipients)
        with QSignalBlocker(self.due_soon):
            self.due_soon.setValue(self.services.settings.due_soon_days)

    def reload(self) -> None:
        """Show what the database holds now (another window or the command line may have
        changed it); nothing is saved by this."""
        self._show(self.services.settings.organisation())

    def showEvent(self, event) -> None:
        if not any(edit.hasFocus() for edit in self.edits.values()):
            self.reload()
        super().showEvent(event)

    def organisation(self) -> Organisation:
        return Organisation(
            layout=self.layout_choice.currentData(),
            recipients=self.recipients.toPlainText(),
            **{name: edit.text() for name, edit in self.edits.items()},
        )

    def _save(self) -> None:
        try:
            with self.services.storage_errors():
                self.services.settings.save_organisation(self.organisation())
        except Exception as exc:  # a full disk or a locked file: say so, keep the form
            show_error(self, exc)
            return
        self.changed.emit()
        changes().notify_settings()

    def _recipients_changed(self) -> None:
        # Programmatic changes (setPlainText at start-up) are not edits: only save typed ones.
        if self.recipients.hasFocus():
            self._save()

    def _save_due_soon(self, days: int) -> None:
        try:
            with self.services.storage_errors():
                self.services.settings.set_due_soon_days(days)
        except Exception as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        changes().notify_settings()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Văn bản và theo dõi nhiệm vụ"))
        self.layout_choice.setItemText(0, self.tr("Nhà nước (Nghị định 30/2020/NĐ-CP)"))
        self.layout_choice.setItemText(
            1, self.tr("Đảng (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW)")
        )
        texts = {
            "layout": self.tr("&Thể thức văn bản:"),
            "superior_body": self.tr("Cơ quan chủ q&uản:"),
            "issuing_body": self.tr("Cơ quan &ban hành:"),
            "symbol": self.tr("&Ký hiệu cơ quan:"),
            "place": self.tr("Địa &danh (dòng ngày tháng):"),
            "signer_authority": self.tr("&Quyền hạn ký (TM., KT., …):"),
            "signer_title": self.tr("&Chức vụ người ký:"),
            "signer_name": self.tr("&Họ tên người ký:"),
            "drafting_unit": self.tr("Đơn vị soạn thảo (viết tắt):"),
            "follow_up_unit": self.tr("Đơn vị theo dõi, đôn đốc:"),
            "contact_person": self.tr("Người liên hệ:"),
            "contact_phone": self.tr("Điện thoại người liên hệ:"),
            "address": self.tr("Địa chỉ cơ quan:"),
            "phone": self.tr("Điện thoại cơ quan:"),
            "email": self.tr("Thư điện tử:"),
            "term": self.tr("Nhiệm kỳ (văn bản Đảng):"),
            "recipients": self.tr("&Nơi nhận thêm (mỗi dòng một nơi):"),
            "due_soon": self.tr("Báo “sắp đến hạn” trước (ngày):"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        self.edits["superior_body"].setPlaceholderText(self.tr("VD: UBND TỈNH BẮC NINH"))
        self.edits["issuing_body"].setPlaceholderText(self.tr("VD: SỞ NỘI VỤ"))
        self.edits["symbol"].setPlaceholderText(self.tr("VD: SNV (Số: 12/TB-SNV)"))
        self.edits["place"].setPlaceholderText(self.tr("VD: Bắc Ninh"))
        self.edits["signer_authority"].setPlaceholderText(self.tr("VD: KT. GIÁM ĐỐC"))
        self.edits["signer_title"].setPlaceholderText(self.tr("VD: PHÓ GIÁM ĐỐC"))
        self.edits["drafting_unit"].setPlaceholderText(self.tr("VD: VP (Số: 05/SNV-VP)"))
        self.edits["follow_up_unit"].setPlaceholderText(self.tr("VD: Văn phòng Sở"))
        self.edits["term"].setPlaceholderText(self.tr("VD: 2025-2030"))
