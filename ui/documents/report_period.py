"""The period a task report covers: meetings held from … to … (either end may stay open), with
one-click periods: this month, quarter, half-year or year, and the one before or after."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.date_edit import DateEdit

MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def period_of(kind: str, day: dt.date, step: int = 0) -> tuple[dt.date, dt.date]:
    """The month, quarter, half-year or year holding `day`, moved `step` periods later (or
    earlier, when negative): first and last day, inclusive."""
    months = MONTHS[kind]
    index = (day.year * 12 + day.month - 1) // months + step
    first = index * months
    start = dt.date(first // 12, first % 12 + 1, 1)
    after = first + months
    end = dt.date(after // 12, after % 12 + 1, 1) - dt.timedelta(days=1)
    return start, end


class ReportPeriodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.today = today or dt.date.today()
        self._kind = "year"
        self._step = 0
        self.from_check = QCheckBox()
        self.from_edit = DateEdit()
        self.to_check = QCheckBox()
        self.to_edit = DateEdit()
        form = QFormLayout()
        for check, edit in ((self.from_check, self.from_edit), (self.to_check, self.to_edit)):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
            check.setChecked(True)
            check.toggled.connect(edit.setEnabled)
            form.addRow(check, edit)
        self.period_buttons: dict[str, QPushButton] = {}
        quick = QHBoxLayout()
        self.earlier = QToolButton()
        self.earlier.setText("◀")
        self.earlier.clicked.connect(lambda: self.choose(self._kind, self._step - 1))
        quick.addWidget(self.earlier)
        for kind in MONTHS:
            button = QPushButton()
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, k=kind: self.choose(k))
            self.period_buttons[kind] = button
            quick.addWidget(button)
        self.later = QToolButton()
        self.later.setText("▶")
        self.later.clicked.connect(lambda: self.choose(self._kind, self._step + 1))
        quick.addWidget(self.later)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(quick)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.choose("year")

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Kỳ báo cáo"))
        self.from_check.setText(self.tr("Cuộc họp từ ngày"))
        self.to_check.setText(self.tr("đến ngày"))
        names = {"month": self.tr("&Tháng"), "quarter": self.tr("&Quý"),
                 "half": self.tr("&6 tháng"), "year": self.tr("&Năm")}  # fmt: skip
        for kind, text in names.items():
            self.period_buttons[kind].setText(text)
        self.earlier.setToolTip(self.tr("Kỳ trước"))
        self.later.setToolTip(self.tr("Kỳ sau"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Xem báo cáo"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def choose(self, kind: str, step: int = 0) -> None:
        """One click: the period of that kind holding today (`step` periods away)."""
        self._kind, self._step = kind, step
        start, end = period_of(kind, self.today, step)
        self.from_check.setChecked(True)
        self.to_check.setChecked(True)
        self.from_edit.setDate(QDate(start))
        self.to_edit.setDate(QDate(end))

    def period(self) -> tuple[dt.date | None, dt.date | None]:
        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            return edit.date().toPython() if check.isChecked() else None

        return day(self.from_check, self.from_edit), day(self.to_check, self.to_edit)
