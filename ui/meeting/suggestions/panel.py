"""Suggested conclusions and tasks beside the transcript: proposals the clerk accepts as they
are (Enter), edits then accepts (F2), or dismisses (Delete). Proposals look different from
confirmed items (tinted, italic, labelled "Đề xuất"); decisions are stored by the core, so a
dismissed proposal stays dismissed when the transcript is read again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.errors import UserError
from meeting_assistant.followup.suggest import CONCLUSION, Suggestion
from meeting_assistant.services import Services
from ui.common.date_edit import DateEdit
from ui.common.errors import show_error
from ui.common.flow_layout import FlowLayout
from ui.common.unit_picker import UnitListPicker, UnitPicker

PROPOSAL_TINT = QColor("#FFF6DA")  # a light amber: not yet part of the record
PROPOSAL_TEXT = QColor("#4A3B00")
# Proposals whose rule was right less often than this on real text wait behind "Hiện thêm".
SHOW_AT = 0.7


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


class SuggestionEditDialog(QDialog):
    """Edit a proposal before accepting it: its text and, for a task, units and deadline."""

    def __init__(
        self, suggestion: Suggestion, services: Services, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.suggestion = suggestion
        self.services = services
        self.text = QPlainTextEdit(suggestion.text)
        self.text.setTabChangesFocus(True)
        # The same unit fields as the task editor: units of the directory, a new one only when
        # the clerk confirms it, a pasted list split into units and shown first.
        self.lead = UnitPicker(self)
        self.lead.set_services(services)
        self.lead.set_unit(suggestion.lead_unit or "")
        self.coordinating = UnitListPicker(self)
        self.coordinating.set_services(services)
        self.coordinating.set_units(list(suggestion.coordinating_units))
        self.coordinating.excluded = lambda: [self.lead.unit()]
        self.coordinating.refused.connect(
            lambda message: show_error(self, UserError(message, message))
        )
        self.has_deadline = QCheckBox()
        self.deadline = DateEdit()
        self.deadline.setDisplayFormat("dd/MM/yyyy")
        self.deadline.setCalendarPopup(True)
        if suggestion.deadline:
            day = dt.date.fromisoformat(suggestion.deadline)
            self.deadline.setDate(QDate(day.year, day.month, day.day))
            self.has_deadline.setChecked(True)
        else:
            self.deadline.setDate(QDate.currentDate())
            self.deadline.setEnabled(False)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.ongoing = QCheckBox()
        self.ongoing.setChecked(suggestion.ongoing)
        self.ongoing.toggled.connect(lambda on: self.has_deadline.setEnabled(not on))
        self.has_deadline.setEnabled(not suggestion.ongoing)
        self.labels = {name: QLabel() for name in ("text", "lead", "coordinating", "deadline")}
        form = QFormLayout()
        form.addRow(self.labels["text"], self.text)
        is_task = suggestion.kind != CONCLUSION
        if is_task:
            when = QHBoxLayout()
            when.addWidget(self.has_deadline)
            when.addWidget(self.deadline)
            when.addWidget(self.ongoing)
            when.addStretch()
            form.addRow(self.labels["lead"], self.lead)
            form.addRow(self.labels["coordinating"], self.coordinating)
            form.addRow(self.labels["deadline"], when)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(560, 320 if is_task else 220)

    def edits(self) -> dict:
        values: dict = {"text": self.text.toPlainText()}
        if self.suggestion.kind != CONCLUSION:
            self.lead.keep_if_known()
            values["lead_unit"] = self.lead.unit()
            values["coordinating_units"] = self.coordinating.units()
            values["ongoing"] = self.ongoing.isChecked()
            values["deadline"] = (
                self.deadline.date().toString("yyyy-MM-dd")
                if self.has_deadline.isChecked() and not self.ongoing.isChecked()
                else None
            )
        return values

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        if self.suggestion.kind == CONCLUSION:
            self.setWindowTitle(self.tr("Sửa rồi nhận đề xuất kết luận"))
        else:
            self.setWindowTitle(self.tr("Sửa rồi nhận đề xuất nhiệm vụ"))
        self.labels["text"].setText(self.tr("&Nội dung:"))
        self.labels["lead"].setText(self.tr("Đơn vị &chủ trì:"))
        self.labels["coordinating"].setText(self.tr("Đơn vị &phối hợp:"))
        self.labels["deadline"].setText(self.tr("Thời hạn:"))
        self.coordinating.field.setPlaceholderText(
            self.tr("Thêm đơn vị rồi nhấn Enter (dán được cả danh sách)")
        )
        self.coordinating.add_button.setText(self.tr("Thêm"))
        self.has_deadline.setText(self.tr("Có &hạn"))
        self.ongoing.setText(self.tr("&Thường xuyên"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Nhận"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Hủy"))


class _Keys(QObject):
    """Enter accepts, F2 edits then accepts, Delete dismisses: one keystroke each."""

    def __init__(self, panel: SuggestionsPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.panel.accept_current()
                return True
            if key == Qt.Key.Key_F2:
                self.panel.edit_current()
                return True
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.panel.dismiss_current()
                return True
        return False


class SuggestionsPanel(QWidget):
    """accepted(kind, item_id) after a proposal became a conclusion or task;
    countChanged(n) when the number of open proposals changes; playSpanRequested like the items
    panel, so a proposal can be heard before it is accepted."""

    accepted = Signal(str, int)
    countChanged = Signal(int)
    statusMessage = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.meeting_id: int | None = None
        self._all: list[Suggestion] = []  # every open proposal, in transcript order
        self.suggestions: list[Suggestion] = []  # the proposals listed, row for row
        self.hidden: list[Suggestion] = []  # the less sure ones, until "Hiện thêm"
        self.show_all = False
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(False)
        self.list.setSpacing(3)  # proposals apart from each other, not one block of text
        self.list.installEventFilter(_Keys(self))
        self.list.itemDoubleClicked.connect(lambda _i: self.edit_current())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.accept_button = QPushButton()
        self.accept_button.clicked.connect(self.accept_current)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.edit_current)
        self.dismiss_button = QPushButton()
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.reread_button = QPushButton()
        self.reread_button.clicked.connect(self.refresh)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.toggle_more)
        # A flow of buttons: the panel stays narrow beside the transcript on a small screen.
        buttons = FlowLayout()
        for button in (
            self.accept_button,
            self.edit_button,
            self.dismiss_button,
            self.reread_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.retranslate_ui()
        self._show()

    # Loading -------------------------------------------------------------------------------

    def load(self, services: Services | None, meeting_id: int | None) -> None:
        self.services, self.meeting_id = services, meeting_id
        self.refresh()

    def refresh(self) -> None:
        """Read the transcript again (fast: a two-hour meeting takes a fraction of a second)."""
        found: list[Suggestion] = []
        if self.services is not None and self.meeting_id is not None:
            try:
                found = self.services.proposals.pending(self.meeting_id)
            except Exception as exc:
                show_error(self, exc)
        self._all = found
        self._sort()
        self._show()

    def _sort(self) -> None:
        """List the sure proposals; keep the others behind "Hiện thêm" unless it was pressed."""
        if self.show_all:
            self.suggestions, self.hidden = list(self._all), []
        else:
            self.suggestions = [s for s in self._all if s.confidence >= SHOW_AT]
            self.hidden = [s for s in self._all if s.confidence < SHOW_AT]

    def toggle_more(self) -> None:
        """ "Hiện thêm" lists the less sure proposals too, in transcript order; pressed again,
        they are put away."""
        current = self.current()
        self.show_all = not self.show_all
        self._sort()
        row = next((i for i, s in enumerate(self.suggestions) if s is current), 0)
        self._show(row)

    def _drop(self, row: int) -> None:
        done = self.suggestions.pop(row)
        self._all = [s for s in self._all if s is not done]

    def _show(self, row: int = 0) -> None:
        self.list.clear()
        italic = QFont(self.list.font())
        italic.setItalic(True)
        for s in self.suggestions:
            item = QListWidgetItem(self._item_text(s))
            item.setFont(italic)
            item.setBackground(QBrush(PROPOSAL_TINT))
            item.setForeground(QBrush(PROPOSAL_TEXT))
            item.setToolTip(s.text)
            self.list.addItem(item)
        has = bool(self.suggestions)
        self.list.setVisible(has)
        self.empty.setVisible(not has and not self.hidden)
        self.more_button.setVisible(bool(self.hidden) or self.show_all)
        self._retranslate_more()
        if has:
            self.list.setCurrentRow(min(max(row, 0), len(self.suggestions) - 1))
        self._update_buttons()
        self.countChanged.emit(len(self.suggestions) + len(self.hidden))

    def _item_text(self, s: Suggestion) -> str:
        if s.kind == CONCLUSION:
            head = self.tr("Đề xuất kết luận")
            return f"{head}: {s.text}\n   {self._why(s)}"
        head = self.tr("Đề xuất nhiệm vụ")
        lines = [f"{head}: {s.text}"]
        details = []
        if s.lead_unit:
            details.append(self.tr("Chủ trì: {unit}").format(unit=s.lead_unit))
        if s.coordinating_units:
            details.append(
                self.tr("Phối hợp: {units}").format(units=", ".join(s.coordinating_units))
            )
        if s.ongoing:
            details.append(self.tr("Thường xuyên"))
        elif s.deadline:
            details.append(self.tr("Hạn: {date}").format(date=_date_text(s.deadline)))
        if details:
            lines.append("   " + " · ".join(details))
        lines.append("   " + self._why(s))
        return "\n".join(lines)

    def _why(self, s: Suggestion) -> str:
        """Why it was proposed and how often such proposals were right: "Vì: “giao”, “chủ trì”
        · độ tin cậy 96%"."""
        cues = ", ".join(f"“{cue}”" for cue in s.cues) or "—"
        return self.tr("Vì: {cues} · độ tin cậy {percent}%").format(
            cues=cues, percent=round(s.confidence * 100)
        )

    def _update_buttons(self) -> None:
        has = self.current() is not None
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(has)

    def current(self) -> Suggestion | None:
        row = self.list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    # Decisions -----------------------------------------------------------------------------

    def accept_current(self, edits: dict | None = None) -> int | None:
        s = self.current()
        if s is None or self.services is None:
            return None
        row = self.list.currentRow()
        try:
            with self.services.storage_errors():
                item = self.services.proposals.accept(self.meeting_id, s, **(edits or {}))
        except Exception as exc:
            show_error(self, exc)
            return None
        self._drop(row)
        self._show(row)
        self.accepted.emit(s.kind, item.id)
        self.statusMessage.emit(
            self.tr("Đã nhận đề xuất thành kết luận.")
            if s.kind == CONCLUSION
            else self.tr("Đã nhận đề xuất thành nhiệm vụ.")
        )
        return item.id

    def edit_current(self) -> int | None:
        s = self.current()
        if s is None:
            return None
        dialog = SuggestionEditDialog(s, self.services, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.accept_current(dialog.edits())

    def dismiss_current(self) -> None:
        s = self.current()
        if s is None or self.services is None:
            return
        row = self.list.currentRow()
        try:
            with self.services.storage_errors():
                self.services.proposals.dismiss(self.meeting_id, s)
        except Exception as exc:
            show_error(self, exc)
            return
        self._drop(row)
        self._show(row)
        self.statusMessage.emit(self.tr("Đã bỏ qua đề xuất."))

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_more(self) -> None:
        if self.show_all:
            self.more_button.setText(self.tr("Ẩn các đề xuất ít chắc chắn"))
        else:
            self.more_button.setText(
                self.tr("Hiện thêm ({n} đề xuất ít chắc chắn)").format(n=len(self.hidden))
            )

    def retranslate_ui(self) -> None:
        self._retranslate_more()
        self.hint.setText(
            self.tr("Đề xuất đọc từ bản chép lời. Enter: nhận · F2: sửa rồi nhận · Delete: bỏ qua")
        )
        self.empty.setText(self.tr("Không còn đề xuất nào. Sau khi sửa bản chép lời, bấm Đọc lại."))
        self.accept_button.setText(self.tr("&Nhận"))
        self.edit_button.setText(self.tr("&Sửa…"))
        self.edit_button.setToolTip(self.tr("Sửa rồi nhận (F2)"))
        self.dismiss_button.setText(self.tr("&Bỏ qua"))
        self.reread_button.setText(self.tr("Đọc &lại"))
        for row, s in enumerate(self.suggestions):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(s))
