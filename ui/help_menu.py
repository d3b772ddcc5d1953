"""The Help menu of the main window: the user guide, the keyboard shortcuts and About."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from meeting_assistant import __version__
from ui.help import GuideDialog, ShortcutsDialog


class HelpActions:
    """Mixed into the main window (a QMainWindow)."""

    def _build_help_menu(self) -> None:
        self.help_menu = self.menuBar().addMenu("")
        self.action_guide = QAction(self)
        self.action_guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.action_guide.triggered.connect(lambda: self._open_help(GuideDialog(self)))
        self.action_shortcuts = QAction(self)
        self.action_shortcuts.triggered.connect(lambda: self._open_help(ShortcutsDialog(self)))
        self.help_menu.addAction(self.action_guide)
        self.help_menu.addAction(self.action_shortcuts)
        self.help_menu.addSeparator()
        self.action_about = QAction(self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.triggered.connect(self.show_about)
        self.help_menu.addAction(self.action_about)

    # Help ----------------------------------------------------------------------------------

    def _open_help(self, dialog) -> None:
        self.help_dialog = dialog  # kept for tests; non-modal, beside the work
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # About ---------------------------------------------------------------------------------

    @Slot()
    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu Meeting Assistant"),
            self.tr(
                "<h3>Meeting Assistant {version}</h3><p>Ghi âm, chép lời tiếng Việt và theo dõi"
                " kết luận, nhiệm vụ của các cuộc họp.</p><p>Mọi dữ liệu được xử lý ngay trên máy"
                " này, không gửi ra ngoài.</p>"
            ).format(version=__version__),
        )
