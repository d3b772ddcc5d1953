"""Suggested conclusions and tasks beside the transcript: proposals the clerk accepts as they
are (Enter), edits then accepts (F2), or dismisses (Delete, undone by Ctrl+Z on the page's one
undo stack). Proposals look different from confirmed items (tinted, italic, labelled "Đề xuất");
decisions are stored by the core, so a dismissed proposal stays dismissed when the transcript is
read again, and is listed again (greyed) only when the clerk asks. The list reads the transcript
again by itself, in the background, shortly after it changes."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.followup.suggest import CONCLUSION, Suggestion
from meeting_assistant.services import Services
from meeting_assistant.services.proposals import Listing
from ui.common.errors import show_error
from ui.common.flow_layout import FlowLayout
from ui.meeting.suggestions.edit_dialog import SuggestionEditDialog
from ui.meeting.undo import ChangeCommand
from ui.operations import Op

PROPOSAL_TINT = QColor("#FFF6DA")  # a light amber: not yet part of the record
PROPOSAL_TEXT = QColor("#4A3B00")
DISMISSED_TINT = QColor("#EEEEEE")  # shown again on request: grey, not for the record
DISMISSED_TEXT = QColor("#6B6B6B")
REFRESH_DELAY_MS = 800  # edits come in bursts (typing, a transcription's segments): one reading
# Proposals whose rule was right less often than this on real text wait behind "Hiện thêm".
SHOW_AT = 0.7


def _date_text(iso: str | None) -> str:
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


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
    countChanged(n) when the number of open proposals changes; readingFinished() when a
    background reading of the transcript has been shown."""

    accepted = Signal(str, int)
    countChanged = Signal(int)
    statusMessage = Signal(str)
    readingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.meeting_id: int | None = None
        self.undo_stack: QUndoStack | None = None
        self._all: list[Suggestion] = []  # every open proposal, in transcript order
        self._dismissed: list[Suggestion] = []  # dismissed ones, listed again on request
        self._order: dict[str, int] = {}  # each proposal's place in the transcript
        self.suggestions: list[Suggestion] = []  # the proposals listed, row for row
        self.hidden: list[Suggestion] = []  # the less sure ones, until "Hiện thêm"
        self.show_all = False
        self._reading = 0  # the latest background reading; older ones are dropped
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.read_in_background)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # the engine reports no progress: it only takes a moment
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(12)
        self.busy_bar.setTextVisible(False)
        self.busy = QWidget()
        busy_row = QHBoxLayout(self.busy)
        busy_row.setContentsMargins(0, 0, 0, 0)
        busy_row.addWidget(self.busy_bar)
        busy_row.addWidget(self.busy_label, 1)
        self.busy.hide()
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
        self.reread_button.clicked.connect(self.read_in_background)
        self.more_button = QPushButton()
        self.more_button.clicked.connect(self.toggle_more)
        self.dismissed_toggle = QCheckBox()
        self.dismissed_toggle.toggled.connect(self._show_dismissed_toggled)
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
        layout.addWidget(self.busy)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.dismissed_toggle)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.retranslate_ui()
        self._show()

    # Loading -------------------------------------------------------------------------------

    def load(
        self,
        services: Services | None,
        meeting_id: int | None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """Show a meeting's proposals; dismissals go on `undo_stack` (the page's)."""
        self.services, self.meeting_id, self.undo_stack = services, meeting_id, undo_stack
        self._refresh_timer.stop()
        self.refresh()

    def refresh(self) -> None:
        """Read the transcript again, now (fast: a two-hour meeting takes a fraction of a
        second): on opening a meeting."""
        self._reading += 1  # a background reading still running is out of date
        self._set_busy(False)
        found = None
        if self.services is not None and self.meeting_id is not None:
            try:
                found = self.services.proposals.listing(self.meeting_id)
            except Exception as exc:
                show_error(self, exc)
        self._apply(found)

    def refresh_later(self) -> None:
        """The transcript changed: read it again once the changes stop coming for a moment."""
        if self.services is not None and self.meeting_id is not None:
            self._refresh_timer.start()

    def read_in_background(self) -> None:
        """Read the transcript again on a worker thread, saying so while it reads."""
        self._refresh_timer.stop()
        if self.services is None or self.meeting_id is None:
            return
        self._reading += 1
        number, meeting_id = self._reading, self.meeting_id
        self._set_busy(True)
        Op(self, self.services, lambda services: services.proposals.listing(meeting_id)).success(
            lambda found: self._read(number, meeting_id, found)
        ).failure(lambda error: self._read_failed(number, error)).run()

    def is_reading(self) -> bool:
        return not self.busy.isHidden() or self._refresh_timer.isActive()

    def _read(self, number: int, meeting_id: int, found) -> None:
        if number != self._reading or meeting_id != self.meeting_id:
            return  # another meeting, or a newer reading is on its way
        self._set_busy(False)
        self._apply(found)
        self.readingFinished.emit()

    def _read_failed(self, number: int, error: BaseException) -> None:
        if number == self._reading:
            self._set_busy(False)
            show_error(self, error)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.reread_button.setEnabled(not busy)

    def _apply(self, found: Listing | None) -> None:
        """Show a new reading, keeping the clerk on the proposal they were at."""
        current = self.current()
        row = self.list.currentRow()
        found = found or Listing([], [])
        self._all, self._dismissed = list(found.pending), list(found.dismissed)
        self._order = found.order
        self._sort()
        if current is not None:
            row = next((i for i, s in enumerate(self.suggestions) if s.key == current.key), row)
        self._show(max(row, 0))

    def _sort(self) -> None:
        """List the sure proposals; keep the others behind "Hiện thêm" unless it was pressed;
        the dismissed ones after them, when the clerk asked to see them."""
        if self.show_all:
            self.suggestions, self.hidden = list(self._all), []
        else:
            self.suggestions = [s for s in self._all if s.confidence >= SHOW_AT]
            self.hidden = [s for s in self._all if s.confidence < SHOW_AT]
        if self.dismissed_toggle.isChecked():
            self.suggestions += self._dismissed

    def toggle_more(self) -> None:
        """ "Hiện thêm" lists the less sure proposals too, in transcript order; pressed again,
        they are put away."""
        current = self.current()
        self.show_all = not self.show_all
        self._resort(current)

    def _show_dismissed_toggled(self, _on: bool) -> None:
        self._resort(self.current())

    def _resort(self, current: Suggestion | None) -> None:
        self._sort()
        row = next((i for i, s in enumerate(self.suggestions) if s is current), 0)
        self._show(row)

    def is_dismissed(self, s: Suggestion) -> bool:
        return any(d is s for d in self._dismissed)

    def _drop(self, row: int) -> None:
        done = self.suggestions.pop(row)
        self._all = [s for s in self._all if s is not done]
        self._dismissed = [s for s in self._dismissed if s is not done]

    def _show(self, row: int = 0) -> None:
        self.list.clear()
        italic = QFont(self.list.font())
        italic.setItalic(True)
        for s in self.suggestions:
            item = QListWidgetItem(self._item_text(s))
            item.setFont(italic)
            dismissed = self.is_dismissed(s)
            item.setBackground(QBrush(DISMISSED_TINT if dismissed else PROPOSAL_TINT))
            item.setForeground(QBrush(DISMISSED_TEXT if dismissed else PROPOSAL_TEXT))
            item.setToolTip(s.text)
            self.list.addItem(item)
        has = bool(self.suggestions)
        self.list.setVisible(has)
        self.empty.setVisible(not has and not self.hidden)
        self.more_button.setVisible(bool(self.hidden) or self.show_all)
        self.dismissed_toggle.setVisible(bool(self._dismissed) or self.dismissed_toggle.isChecked())
        self._retranslate_more()
        if has:
            self.list.setCurrentRow(min(max(row, 0), len(self.suggestions) - 1))
        self._update_buttons()
        self.countChanged.emit(len(self._all))

    def _item_text(self, s: Suggestion) -> str:
        text = self._proposal_text(s)
        if self.is_dismissed(s):
            return self.tr("Đã bỏ qua — {proposal}").format(proposal=text)
        return text

    def _proposal_text(self, s: Suggestion) -> str:
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
        current = self.current()
        for button in (self.accept_button, self.edit_button, self.dismiss_button):
            button.setEnabled(current is not None)
        self._retranslate_dismiss()

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
        """Dismiss the proposal (Delete); on a dismissed one shown again, offer it again."""
        s = self.current()
        if s is None or self.services is None:
            return
        row = self.list.currentRow()
        restoring = self.is_dismissed(s)
        try:
            with self.services.storage_errors():
                if restoring:
                    change = self.services.proposals.restore(self.meeting_id, s)
                else:
                    change = self.services.proposals.dismiss(self.meeting_id, s)
        except Exception as exc:
            show_error(self, exc)
            return
        if restoring:
            self._dismissed = [d for d in self._dismissed if d is not s]
            self._all = self._in_order([*self._all, s])
            text = self.tr("Khôi phục đề xuất")
            self.statusMessage.emit(self.tr("Đã khôi phục đề xuất."))
        else:
            self._drop(row)
            self._dismissed = self._in_order([*self._dismissed, s])
            text = self.tr("Bỏ qua đề xuất")
            self.statusMessage.emit(self.tr("Đã bỏ qua đề xuất — Ctrl+Z để hoàn tác."))
        self._sort()
        self._show(row)
        if self.undo_stack is not None:
            applied = lambda change, undone, s=s, r=restoring: self._decision_applied(s, r, undone)  # noqa: E731
            self.undo_stack.push(ChangeCommand(text, self.services, change, applied))

    def _decision_applied(self, s: Suggestion, restored: bool, undone: bool) -> None:
        """A dismissal (or restoring) undone or redone: the list shows it as it now is, with the
        clerk on that proposal (no reading of the transcript needed)."""
        dismissed_now = restored == undone
        self._dismissed = [d for d in self._dismissed if d.key != s.key]
        self._all = [d for d in self._all if d.key != s.key]
        if dismissed_now:
            self._dismissed = self._in_order([*self._dismissed, s])
        else:
            self._all = self._in_order([*self._all, s])
        self._sort()
        row = next((i for i, d in enumerate(self.suggestions) if d is s), 0)
        self._show(row)
        if not dismissed_now and row < len(self.suggestions):
            self.list.setFocus()

    def _in_order(self, suggestions: list[Suggestion]) -> list[Suggestion]:
        return sorted(suggestions, key=lambda s: self._order.get(s.key, len(self._order)))

    # Language ------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_dismiss(self) -> None:
        current = self.current()
        if current is not None and self.is_dismissed(current):
            self.dismiss_button.setText(self.tr("&Khôi phục"))
            self.dismiss_button.setToolTip(self.tr("Đưa đề xuất đã bỏ qua trở lại danh sách"))
        else:
            self.dismiss_button.setText(self.tr("&Bỏ qua"))
            self.dismiss_button.setToolTip(self.tr("Bỏ qua đề xuất (Delete; Ctrl+Z để hoàn tác)"))

    def _retranslate_more(self) -> None:
        self.dismissed_toggle.setText(
            self.tr("Hiện cả các đề xuất đã bỏ qua ({n})").format(n=len(self._dismissed))
        )
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
        self.empty.setText(
            self.tr("Không còn đề xuất nào. Danh sách tự đọc lại khi bản chép lời thay đổi.")
        )
        self.accept_button.setText(self.tr("&Nhận"))
        self.edit_button.setText(self.tr("&Sửa…"))
        self.edit_button.setToolTip(self.tr("Sửa rồi nhận (F2)"))
        self._retranslate_dismiss()
        self.reread_button.setText(self.tr("Đọc &lại"))
        self.busy_label.setText(self.tr("Đang đọc bản chép lời…"))
        for row, s in enumerate(self.suggestions):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._item_text(s))
