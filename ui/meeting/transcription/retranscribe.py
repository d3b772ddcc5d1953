"""The "Chép lời lại…" question: transcribe the whole meeting again, keeping the clerk's own
segments (edited, or tagged as a conclusion or task), or, ticked, replacing them too.

Ticking "Thay cả các đoạn đã sửa" makes the dialog say how many of the clerk's segments go, that
conclusions and tasks keep their text, and that Ctrl+Z puts the segments back; the button then
says so too, so the clerk confirms what is replaced in the same place it was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from meeting_assistant.services.replacing import ClerksSegments


class RetranscribeDialog(QDialog):
    """`exec()` accepted: re-transcribe; `replace_edited()`: the clerk's segments go too."""

    def __init__(self, recogniser: str, kept: ClerksSegments, parent: QWidget | None = None):
        super().__init__(parent)
        self.kept = kept
        self.setWindowTitle(self.tr("Chép lời lại"))
        self.question = QLabel(
            self.tr(
                "Chép lời lại cả cuộc họp bằng %1? Các đoạn chưa sửa được thay bằng bản chép mới."
            ).replace("%1", recogniser)  # fmt: skip
        )
        self.replace_box = QCheckBox(self.tr("&Thay cả các đoạn đã sửa"))
        self.replace_box.setEnabled(kept.total > 0)
        self.detail = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for label in (self.question, self.detail):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.replace_box)
        layout.addWidget(self.detail)
        layout.addWidget(self.buttons)
        self.replace_box.toggled.connect(self._update)
        self.setMinimumWidth(520)
        self._update()

    def replace_edited(self) -> bool:
        return self.replace_box.isChecked()

    @Slot()
    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        k = self.kept
        if not k.total:
            self.detail.setText(self.tr("Cuộc họp này chưa có đoạn nào đã sửa hoặc đã gắn kết luận,"
                                        " nhiệm vụ."))  # fmt: skip
            ok.setText(self.tr("Chép lời lại"))
        elif self.replace_edited():
            self.detail.setText(
                self.tr(
                    "Sẽ thay %n đoạn của thư ký bằng bản chép mới (%1 đoạn đã sửa, %2 đoạn gắn với"
                    " kết luận, nhiệm vụ). Kết luận, nhiệm vụ giữ nguyên nội dung và đoạn ghi âm."
                    " Có thể hoàn tác (Ctrl+Z) sau khi chép xong.",
                    None,
                    k.total,
                )
                .replace("%1", str(k.edited))
                .replace("%2", str(k.tagged))
            )
            ok.setText(self.tr("Chép lời lại và thay %n đoạn", None, k.total))
        else:
            self.detail.setText(
                self.tr("Giữ nguyên %n đoạn đã sửa hoặc đã gắn kết luận, nhiệm vụ.", None, k.total)
            )
            ok.setText(self.tr("Chép lời lại"))
        self.adjustSize()  # the longer text and button fit at once, not clipped
