"""The chosen item in review mode: its whole text, deadline, progress log, audio, and the
official's comment with a verdict (đồng ý / đề nghị sửa / ý kiến khác)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.labels import kind_label, status_label, verdict_label
from meeting_assistant.review import VERDICTS, PackageItem
from meeting_assistant.text import format_date


class ItemDetail(QWidget):
    comment_given = Signal(object, str, str, str)  # item, verdict, text, reviewer
    play_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: PackageItem | None = None
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.play = QPushButton()
        self.play.clicked.connect(lambda: self.item and self.play_requested.emit(self.item))
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.meta)
        layout.addWidget(self.play, 0, Qt.AlignmentFlag.AlignLeft)

        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.reviewer = QLineEdit()
        self.verdicts = QButtonGroup(self)
        row = QHBoxLayout()
        self.verdict_buttons = {}
        for index, verdict in enumerate(VERDICTS):
            button = QRadioButton()
            self.verdicts.addButton(button, index)
            self.verdict_buttons[verdict] = button
            row.addWidget(button)
        self.verdict_buttons["agree"].setChecked(True)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(110)
        self.save = QPushButton()
        self.save.clicked.connect(self._give)
        self.given = QLabel()
        self.given.setWordWrap(True)
        self.given.setTextFormat(Qt.TextFormat.PlainText)
        self.reviewer_label, self.verdict_label, self.text_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.reviewer_label, self.reviewer)
        form.addRow(self.verdict_label, row)
        form.addRow(self.text_label, self.text)
        form.addRow("", self.save)
        form.addRow("", self.given)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.retranslate_ui()
        self.show_item(None, [])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.play.setText(self.tr("▶  Nghe đoạn ghi âm"))
        self.box.setTitle(self.tr("Ý kiến của người xem xét"))
        self.reviewer_label.setText(self.tr("Người góp ý:"))
        self.verdict_label.setText(self.tr("Ý kiến:"))
        self.text_label.setText(self.tr("Nội dung:"))
        self.reviewer.setPlaceholderText(self.tr("Họ tên, chức vụ"))
        self.save.setText(self.tr("Ghi ý kiến"))
        for verdict, button in self.verdict_buttons.items():
            button.setText(verdict_label(verdict))

    def show_item(self, item: PackageItem | None, mine: list[dict]) -> None:
        self.item = item
        self.box.setEnabled(item is not None)
        self.play.setVisible(bool(item and item.clip))
        if item is None:
            self.heading.setText(self.tr("Chọn một kết luận hoặc nhiệm vụ để xem và góp ý."))
            self.body.clear(), self.meta.clear(), self.given.clear()
            return
        self.heading.setText(f"{kind_label(item.kind).capitalize()} {item.number} — "
                             f"{item.meeting_title}")  # fmt: skip
        self.body.setText(item.text)
        lines = []
        if item.kind == "task":
            deadline = self.tr("thường xuyên") if item.ongoing else format_date(item.deadline)
            lines.append(self.tr("Chủ trì: {unit}").format(unit=item.lead_unit or "—"))
            if item.coordinating_units:
                lines.append(self.tr("Phối hợp: {units}").format(
                    units=", ".join(item.coordinating_units)))  # fmt: skip
            lines.append(self.tr("Thời hạn: {d}").format(d=deadline))
            lines.append(self.tr("Trạng thái (ngày xuất gói): {s}").format(
                s=status_label(item.status)))  # fmt: skip
            for update in item.progress:
                lines.append(self.tr("Tiến độ {d}: {note}").format(
                    d=format_date(update.get("date")), note=update.get("note", "")))  # fmt: skip
        self.meta.setText("\n".join(lines))
        self.given.setText("\n".join(
            f"• {verdict_label(c['verdict'])} — {c['reviewer']}: {c['text']}" for c in mine
        ))  # fmt: skip

    def _give(self) -> None:
        if self.item is None:
            return
        verdict = VERDICTS[max(0, self.verdicts.checkedId())]
        self.comment_given.emit(self.item, verdict, self.text.toPlainText(),
                                self.reviewer.text())  # fmt: skip
