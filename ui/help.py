"""Trợ giúp: the keyboard shortcuts (read from the window's own actions, so the list never goes
stale) and a short user guide that ships with the app (resources/help/guide_vi.html and
guide_en.html), shown offline in the current language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.paths import resource
from ui.common.fit import fit_to_screen
from ui.i18n import current_language

# Keys a table or field handles itself (no QAction holds them), worth knowing all the same.
BUILT_IN = (
    ("Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Phát từ đoạn đang chọn; mở nhiệm vụ trong sổ")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Lưu báo cáo tiến độ")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Đóng hộp thoại hoặc thanh tìm kiếm")),
)


def _plain(text: str) -> str:
    """A menu text without its mnemonic, shortcut column or trailing ellipsis."""
    text = text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip(".").strip()


def shortcuts(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) of every action in the window with a shortcut, by name, no repeats."""
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        name = _plain(action.text())
        if keys and name and name not in seen:
            seen[name] = keys
    return sorted(seen.items(), key=lambda item: item[0].casefold())


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.table = QTableWidget(0, 2)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        built_in = [(QCoreApplication.translate("ShortcutsDialog", w), k) for k, w in BUILT_IN]
        rows = shortcuts(window) + built_in
        for what, keys in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Phím tắt"))
        self.table.setHorizontalHeaderLabels([self.tr("Việc"), self.tr("Phím")])
        fit_to_screen(self, 560, 620)

    def keys(self) -> dict[str, str]:
        return {
            self.table.item(r, 0).text(): self.table.item(r, 1).text()
            for r in range(self.table.rowCount())
        }


def guide_path(language: str | None = None):
    language = language or current_language()
    path = resource("help", f"guide_{language}.html")
    return path if path.exists() else resource("help", "guide_vi.html")


class GuideDialog(QDialog):
    """The user guide in the interface language; switching language shows the other one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the machine
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.show_guide()
        fit_to_screen(self, 760, 700)

    def show_guide(self) -> None:
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser.setHtml(guide_path().read_text(encoding="utf-8"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_guide()
        super().changeEvent(event)
