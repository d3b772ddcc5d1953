"""Which units a follow-up memo goes to: one unit (from the directory, never a new one), or every
unit with an overdue or due-soon task at once, one memo each, into a folder."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services import Services
from ui.common.fit import fit_to_screen
from ui.common.unit_picker import UnitPicker

ONE, ALL = "one", "all"


class MemoDialog(QDialog):
    """After Accepted: `choice` is ONE (memo to `unit()`) or ALL (one memo per unit in
    `to_chase`, as `format()`)."""

    def __init__(
        self, services: Services, to_chase: list[str], unit: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.to_chase = to_chase
        self.choice = ONE
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(to_chase)
        self.list.currentTextChanged.connect(lambda name: name and self.picker.set_unit(name))
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_one())
        self.picker = UnitPicker(allow_new=False)
        self.picker.set_services(services)
        self.picker.set_unit(unit or (to_chase[0] if to_chase else ""))
        self.picker.returnPressed.connect(self._accept_one)
        self.format_combo = QComboBox()
        self.format_combo.addItem("PDF", "pdf")
        self.format_combo.addItem("DOCX (Word)", "docx")
        self.unit_label = QLabel()
        self.unit_label.setBuddy(self.picker)
        self.format_label = QLabel()
        self.format_label.setBuddy(self.format_combo)
        form = QFormLayout()
        form.addRow(self.unit_label, self.picker)
        form.addRow(self.format_label, self.format_combo)

        self.buttons = QDialogButtonBox()
        self.one_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.all_button = QPushButton()
        self.buttons.addButton(self.all_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.all_button.setEnabled(bool(to_chase))
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.one_button.clicked.connect(self._accept_one)
        self.all_button.clicked.connect(self._accept_all)
        self.cancel_button.clicked.connect(self.reject)
        self.one_button.setAutoDefault(False)  # Enter in the picker chooses the unit first

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        fit_to_screen(self, 560, 440)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Công văn đôn đốc"))
        self.intro.setText(
            self.tr("{n} đơn vị có nhiệm vụ quá hạn hoặc sắp đến hạn:").format(n=len(self.to_chase))
        )
        self.unit_label.setText(self.tr("Đơn &vị:"))
        self.format_label.setText(self.tr("Định dạng khi đôn đốc tất cả:"))
        self.one_button.setText(self.tr("&Xem công văn"))
        self.all_button.setText(self.tr("Đôn đốc &tất cả ({n})…").format(n=len(self.to_chase)))
        self.cancel_button.setText(self.tr("&Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def unit(self) -> str:
        return self.picker.unit()

    def format(self) -> str:
        return self.format_combo.currentData()

    def _accept_one(self) -> None:
        if self.picker.pending() and not self.picker.commit():
            return  # the field says the name is not in the directory
        if self.picker.unit():
            self.choice = ONE
            self.accept()

    def _accept_all(self) -> None:
        self.choice = ALL
        self.accept()


def tell_nothing_to_chase(parent: QWidget, unit: str = "") -> None:
    """Nothing overdue or due soon: news, not a fault (an information icon, not a warning)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("MemoDialog", "Công văn đôn đốc"))
    if unit:
        text = QCoreApplication.translate(
            "MemoDialog", "{unit} không có nhiệm vụ nào quá hạn hoặc sắp đến hạn."
        ).format(unit=unit)
    else:
        text = QCoreApplication.translate(
            "MemoDialog", "Không đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn."
        )
    box.setText(text + "\n" + QCoreApplication.translate("MemoDialog", "Không có gì cần đôn đốc."))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(
        QCoreApplication.translate("MemoDialog", "Đóng")
    )
    box.exec()
