"""Beside a conclusion or task in the clerk's window: officials' comments merged from review
replies (name, date, verdict), the item marked for attention until the clerk has dealt with it,
and the item's history (the audit log)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.labels import verdict_label
from meeting_assistant.services import Services
from meeting_assistant.text import format_date


class ReviewNotes(QWidget):
    resolved = Signal(str, int)  # kind, id: its comments were dealt with

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._item: tuple[str, int] | None = None
        self.comments = QLabel()
        self.comments.setWordWrap(True)
        self.comments.setTextFormat(Qt.TextFormat.PlainText)
        self.comments.setStyleSheet("background:#FFF1CC; color:#4A3400; padding:6px;")
        self.resolve = QPushButton()
        self.resolve.clicked.connect(self._resolve)
        self.history = QPushButton()
        self.history.clicked.connect(self.show_history)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve)
        buttons.addWidget(self.history)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comments)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.set_item(None, None, None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._render()  # from what was read: the database may be closed by now
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.resolve.setText(self.tr("Đã xử lý ý kiến"))
        self.history.setText(self.tr("Lịch sử…"))

    def set_item(self, services: Services | None, kind: str | None, item_id: int | None) -> None:
        self._services = services
        self._item = (kind, item_id) if services and kind and item_id else None
        self._show()

    def _show(self) -> None:
        self._rows = self._services.review.comments(*self._item) if self._item else []
        self._render()

    def _render(self) -> None:
        rows = getattr(self, "_rows", [])
        self.history.setVisible(self._item is not None)
        open_ = [r for r in rows if not r["resolved_at"]]
        self.comments.setVisible(bool(rows))
        self.resolve.setVisible(bool(open_))
        lines = [self.tr("Ý kiến của người xem xét (cần xem lại):") if open_
                 else self.tr("Ý kiến của người xem xét (đã xử lý):")]  # fmt: skip
        for r in rows:
            lines.append(f"• {format_date(r['commented_at'][:10])} — {r['reviewer']}: "
                         f"{verdict_label(r['verdict'])}. {r['text']}".rstrip())  # fmt: skip
        self.comments.setText("\n".join(lines))

    def _resolve(self) -> None:
        if self._item:
            self._services.review.resolve(*self._item)
            self._show()
            self.resolved.emit(*self._item)

    def show_history(self) -> QDialog | None:
        if not self._item:
            return None
        entries = self._services.history.history(*self._item)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Lịch sử"))
        text = QPlainTextEdit("\n".join(
            f"{e.at.replace('T', ' ')[:16]}  {e.who}: {e.summary}" for e in entries))  # fmt: skip
        text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(640, 360)
        dialog.open()
        return dialog
