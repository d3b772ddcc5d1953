"""The task editor opened from a register row (double-click or Enter): the same editor as on the
meeting page, storing each change at once; Close (or Escape) finishes what was being typed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from meeting_assistant.services import Services
from meeting_assistant.text import nfc
from ui.common.fit import fit_to_screen, scrolling
from ui.meeting.items.task_editor import TaskEditor


class TaskEditDialog(QDialog):
    """taskChanged(task_id) each time a change is stored."""

    taskChanged = Signal(int)

    def __init__(
        self,
        services: Services,
        task_id: int,
        meeting_title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meeting_title = nfc(meeting_title)
        self.meeting = QLabel()
        self.meeting.setWordWrap(True)
        self.editor = TaskEditor()
        self.editor.set_task(services, task_id)
        self.editor.taskChanged.connect(self.taskChanged)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter belongs to the fields (a unit, a new line)
        layout = QVBoxLayout(self)
        layout.addWidget(self.meeting)
        layout.addWidget(scrolling(self.editor), 1)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        # As tall as the editor needs (the scroll area would spread spare height in its rows).
        needed = self.editor.sizeHint().height() + self.meeting.sizeHint().height()
        fit_to_screen(self, 640, needed + self.buttons.sizeHint().height() + 40)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Sửa nhiệm vụ"))
        self.meeting.setText(self.tr("Cuộc họp: {title}").format(title=self.meeting_title))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đó&ng"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        self.editor.flush()  # text typed a moment ago is stored before the dialog goes
        super().done(result)
