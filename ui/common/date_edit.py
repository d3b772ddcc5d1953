"""A date field that takes a date typed the way it is written: "12/06/2025".

QDateEdit moves on to the month by itself once the day is complete, and then takes the "/" the
clerk types next as "go to the next section", landing in the year: "12/06/2025" became
02/06/2025. Here a separator right after such a move is swallowed, and a separator typed
before the section is complete ("1/6/2025") moves on as the clerk expects.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

SEPARATORS = "/.-"
DATE_FORMAT = "dd/MM/yyyy"


class DateEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(date or QDate.currentDate(), parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self._moved_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS:
            if self._moved_by_itself:
                self._moved_by_itself = False
                event.accept()  # the field already moved to the next part
                return
            self._moved_by_itself = False
            super().keyPressEvent(event)
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_by_itself = bool(text and text.isdigit()) and (
            self.currentSectionIndex() != before
        )

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self._moved_by_itself = False
