"""The editor of one conclusion: its text (saved after a short idle or on leaving the field)
and whether the chair's wording is confirmed."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QWidget,
)

from meeting_assistant.errors import NotFoundError
from meeting_assistant.models import Conclusion
from meeting_assistant.services import Services
from ui.common.errors import show_error
from ui.common.text_fields import DebouncedText, level_label, text_edit

log = logging.getLogger(__name__)


# The conclusion editor -----------------------------------------------------------------------


class ConclusionEditor(QWidget):
    """The text of one conclusion and whether the chair's wording is confirmed."""

    conclusionChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._conclusion: Conclusion | None = None
        self._saving = False
        self.text_edit = text_edit(4, self, grow=True)
        self._text = DebouncedText(self.text_edit)
        self._text.commit.connect(self._save_text)
        self._text.typed.connect(self._draft)
        self.text_edit.textChanged.connect(self._show_hint)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        palette = self.hint.palette()
        palette.setColor(self.hint.foregroundRole(), Qt.GlobalColor.darkRed)
        self.hint.setPalette(palette)
        self.hint.hide()
        self.confirmed_check = QCheckBox(self)
        self.confirmed_check.toggled.connect(self._save_state)
        self.text_label = QLabel(self)
        self.text_label.setBuddy(self.text_edit)

        probe = QLineEdit()  # the height of a one-line field, as in the task editor
        level_label(self.text_label, probe.sizeHint().height())
        probe.deleteLater()
        # A grid rather than a form, so that the text grows with the room the panel has.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.text_label, 0, 0)
        grid.addWidget(self.text_edit, 0, 1)
        grid.addWidget(self.hint, 1, 1)
        grid.addItem(QSpacerItem(0, 8), 2, 1)
        grid.addWidget(self.confirmed_check, 3, 1)
        grid.setRowStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate_ui()
        self.bind(None, None)

    def retranslate_ui(self) -> None:
        self.text_label.setText(self.tr("&Nội dung:"))
        self.text_edit.setPlaceholderText(self.tr("Nội dung kết luận của chủ trì"))
        self.hint.setText(self.tr("Kết luận không được để trống."))
        self.confirmed_check.setText(self.tr("Đã xác nhận"))
        self.confirmed_check.setToolTip(
            self.tr("Đánh dấu khi nội dung đã được soát lại; bỏ đánh dấu để giữ là bản nháp.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def conclusion_id(self) -> int | None:
        return self._conclusion.id if self._conclusion else None

    def bind(self, services: Services | None, conclusion: Conclusion | None) -> None:
        same = (
            self._conclusion is not None
            and conclusion is not None
            and services is self._services
            and conclusion.id == self._conclusion.id
        )
        if not same:
            self.flush()
        self._services, self._conclusion = services, conclusion
        self.setEnabled(conclusion is not None)
        if conclusion is None:
            self._text.set_text("")
            self._set_checked(False)
            self.hint.hide()
            return
        if not (same and self._text.pending()):
            self._text.set_text(conclusion.text)
        self._set_checked(conclusion.state == "confirmed")
        self._show_hint()

    def flush(self) -> None:
        if self._conclusion is not None:
            self._text.flush()

    def _set_checked(self, checked: bool) -> None:
        with QSignalBlocker(self.confirmed_check):
            self.confirmed_check.setChecked(checked)

    def _show_hint(self) -> None:
        self.hint.setVisible(
            self._conclusion is not None and not self.text_edit.toPlainText().strip()
        )

    def _save(self, **fields: Any) -> bool:
        # A listener of conclusionChanged may ask to flush again: store once, not in a loop.
        if self._services is None or self._conclusion is None or self._saving:
            return False
        self._saving = True
        try:
            try:
                self._conclusion = self._services.items.update_conclusion(
                    self._conclusion.id, **fields
                )
            except NotFoundError:
                return False  # deleted meanwhile (an undo elsewhere): the panel moves on
            except Exception as error:
                show_error(self, error)
                return False
            if "text" in fields:
                self._text.accepted(fields["text"])
            self.conclusionChanged.emit(self._conclusion.id)
            return True
        finally:
            self._saving = False

    def _draft(self, text: str) -> None:
        """Keep each keystroke until the save (a crash before it loses nothing)."""
        if self._services is None or self._conclusion is None:
            return
        try:
            self._services.items.save_draft("conclusion", self._conclusion.id, "text", text)
        except Exception:  # noqa: BLE001 - the save after the idle moment still runs
            log.warning("could not keep the draft of a conclusion", exc_info=True)

    def _save_text(self, text: str) -> None:
        if not text.strip():
            # Never store an empty conclusion; on leaving the field the last text comes back.
            if not self.text_edit.hasFocus():
                self._text.set_text(self._text.saved_text())
                self._show_hint()
            return
        self._save(text=text)

    def _save_state(self, checked: bool) -> None:
        self._save(state="confirmed" if checked else "draft")
