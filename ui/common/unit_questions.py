"""The two questions the unit pickers ask a clerk: a name the directory does not have (one of
the near units, a new unit, or back to the field), and a typed or pasted list of units shown
before it is added."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def literal(name: str) -> str:
    """A name on a button or check box, where "&" marks a shortcut key: shown as typed."""
    return name.replace("&", "&&")


def ask_new_unit(parent: QWidget, typed: str, candidates: list[str]) -> str | None:
    """A name the directory does not have: one of the near units, the typed name as a new unit
    (added to the directory), or nothing (None: the clerk goes back to the field)."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnitPicker", "Đơn vị chưa có trong danh mục"))
    box.setText(
        QCoreApplication.translate("UnitPicker", "“{name}” chưa có trong danh mục đơn vị.").format(
            name=typed
        )
    )
    if candidates:
        box.setInformativeText(
            QCoreApplication.translate("UnitPicker", "Có phải bạn muốn chọn một đơn vị sẵn có?")
        )
    uses = {
        box.addButton(
            QCoreApplication.translate("UnitPicker", "Chọn “{name}”").format(name=literal(c)),
            QMessageBox.ButtonRole.AcceptRole,
        ): c
        for c in candidates[:3]
    }  # fmt: skip
    new = box.addButton(
        QCoreApplication.translate("UnitPicker", "Thêm đơn vị mới “{name}”").format(
            name=literal(typed)
        ),
        QMessageBox.ButtonRole.YesRole,
    )
    back = box.addButton(
        QCoreApplication.translate("UnitPicker", "Sửa lại"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(next(iter(uses), back) if candidates else back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    if clicked is new:
        return typed
    return uses.get(clicked)


def confirm_split(parent: QWidget, names: list[str], new: list[str]) -> list[str] | None:
    """A typed or pasted list of units, shown before it is added: the units (None: the clerk
    goes back to the field). `new` are the names not yet in the directory."""
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("UnitPicker", "Thêm nhiều đơn vị"))
    marked = "\n".join(
        f"• {n}"
        + (
            QCoreApplication.translate("UnitPicker", " (mới, sẽ thêm vào danh mục)")
            if n in new
            else ""
        )
        for n in names
    )
    box.setText(
        QCoreApplication.translate("UnitPicker", "Nội dung vừa nhập gồm {n} đơn vị:").format(
            n=len(names)
        )
    )
    box.setInformativeText(marked)
    add = box.addButton(
        QCoreApplication.translate("UnitPicker", "Thêm {n} đơn vị").format(n=len(names)),
        QMessageBox.ButtonRole.AcceptRole,
    )
    back = box.addButton(
        QCoreApplication.translate("UnitPicker", "Sửa lại"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(add)
    box.setEscapeButton(back)
    box.exec()
    return names if box.clickedButton() is add else None
