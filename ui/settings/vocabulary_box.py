"""Settings → Từ vựng cho nhận dạng: the clerk's glossary, and whether Whisper is given the
meeting's names and terms (off at first: on the dev clips it changed nothing measurable)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from meeting_assistant.services import Services
from ui.common.text_fields import DebouncedText


class VocabularyBox(QGroupBox):
    """Saved as the clerk types (after a short pause) and as the box is ticked."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        settings = services.settings
        self.use = QCheckBox()
        self.use.setChecked(settings.use_vocabulary)
        self.use.toggled.connect(settings.set_use_vocabulary)
        self.glossary = QPlainTextEdit()
        self.glossary.setTabChangesFocus(True)
        self.glossary.setFixedHeight(72)
        self._text = DebouncedText(self.glossary)
        self._text.set_text("\n".join(settings.glossary))
        self._text.commit.connect(settings.set_glossary)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.use)
        layout.addWidget(self.glossary)
        layout.addWidget(self.hint)
        self.retranslate_ui()

    def flush(self) -> None:
        self._text.flush()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Từ vựng cho nhận dạng"))
        self.use.setText(
            self.tr("Cho Whisper biết tên đại biểu, đơn vị và các thuật ngữ dưới đây khi chép lời")
        )
        self.glossary.setPlaceholderText(
            self.tr("Mỗi dòng một thuật ngữ, ví dụ: Chỉ thị 24-CT/TU, chuyển đổi số")
        )
        self.hint.setText(
            self.tr(
                "Tắt sẵn: trên các đoạn ghi âm thử, từ vựng không làm kết quả tốt hơn. Hãy thử bật"
                " với cuộc họp dùng nhiều tên riêng; viet-asr không dùng từ vựng."
            )
        )
