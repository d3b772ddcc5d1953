"""Qt's own dialogs speak Vietnamese: the file dialog (Qt's, not the system's) and the standard
buttons, from the translation the app ships, so a clerk never meets "Look in / File name /
Cancel"; in English they are English again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QWidget,
)

from ui import i18n
from ui.app import use_translated_dialogs

ENGLISH = {"Look in:", "File name:", "Files of type:", "Cancel", "Open", "Save", "Back",
           "Forward", "Parent Directory", "Create New Folder", "Detail View", "List View",
           "Name", "Size", "Type", "Date Modified", "All Files (*)"}  # fmt: skip


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def dialog_texts(dialog: QFileDialog) -> set[str]:
    texts = set()
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.add(widget.text().replace("&", ""))
        texts.add(widget.toolTip())
    header = dialog.findChild(QWidget, "treeView").header()
    model = header.model()
    texts |= {model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())}
    for combo_name in ("fileTypeCombo",):
        combo = dialog.findChild(QWidget, combo_name)
        texts |= {combo.itemText(i) for i in range(combo.count())}
    return {t for t in texts if t}


def test_the_file_dialog_and_standard_buttons_are_vietnamese(qtbot, qapp, tmp_path):
    use_translated_dialogs()
    assert QApplication.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    dialog = QFileDialog(None, "Lưu văn bản", str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    texts = dialog_texts(dialog)
    assert not texts & ENGLISH, texts & ENGLISH
    assert {"Tìm trong:", "Tên tệp:", "Lưu", "Hủy", "Ngày sửa đổi"} <= texts
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )  # fmt: skip
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Hủy", "Đóng"}
    dialog.reject()


def test_in_english_the_file_dialog_is_english(qtbot, qapp, tmp_path):
    i18n.install_language(qapp, "en")
    dialog = QFileDialog(None, "Save", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert {"Look in:", "File name:", "Cancel"} <= dialog_texts(dialog)
    dialog.reject()


# Help ---------------------------------------------------------------------------------------


def test_help_lists_the_shortcuts_and_opens_the_guide_offline(qtbot, qapp, store, tmp_path):
    from PySide6.QtCore import QSettings

    from meeting_assistant.services import Services
    from ui.main_window import MainWindow

    window = MainWindow(
        Services(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    texts = [a.text().replace("&", "") for a in window.help_menu.actions()]
    assert "Phím tắt" in texts and "Hướng dẫn sử dụng" in texts
    window.action_shortcuts.trigger()
    keys = window.help_dialog.keys()
    assert keys["Kết luận"] == "Ctrl+K" and keys["Nhiệm vụ"] == "Ctrl+T"
    assert keys["Lưu báo cáo tiến độ"] == "Ctrl+Enter"
    window.help_dialog.close()

    window.action_guide.trigger()
    guide = window.help_dialog
    assert guide.browser.toPlainText().startswith("Hướng dẫn sử dụng Meeting Assistant")
    assert "12/06/2025" in guide.browser.toPlainText()
    i18n.install_language(qapp, "en")
    assert guide.browser.toPlainText().startswith("Meeting Assistant user guide")
    assert guide.windowTitle() == "User guide"
    guide.close()
