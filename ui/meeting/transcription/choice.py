"""Which recogniser, model and language a meeting is transcribed with (issues 12 and 17).

The list holds every engine's ready models (Whisper's, and viet-asr where the `.[vi]` extra is
installed); viet-asr only knows Vietnamese, so it is offered for Vietnamese only. The default is
the service's default engine for the meeting's language (viet-asr for Vietnamese, where it is
installed: it makes fewer than half of Whisper base's errors on the dev clips).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from meeting_assistant.services import Services

LANGUAGES = ("vi", "en")


class RecogniserChoice(QWidget):
    """Engine + model in one list, language in another. `choice()` -> (engine, model, language).

    `changed()` whenever the clerk picks something else."""

    changed = Signal()

    def __init__(self, services: Services, language: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        # The embedded Whisper model is prepared on first use: offered before that too.
        self._models = [m for m in services.models() if m.ready or (m.embedded and m.path)]
        self.model_label = QLabel()
        self.model_box = QComboBox()
        self.language_label = QLabel()
        self.language_box = QComboBox()
        for code in LANGUAGES:
            self.language_box.addItem(code, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language or "vi")))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.model_label)
        row.addWidget(self.model_box)
        row.addWidget(self.language_label)
        row.addWidget(self.language_box)
        self.model_label.setBuddy(self.model_box)
        self.language_label.setBuddy(self.language_box)
        self.language_box.currentIndexChanged.connect(self._on_language)
        self.model_box.currentIndexChanged.connect(self.changed)
        self.retranslate_ui()

    def choice(self) -> tuple[str, str | None, str]:
        engine, _, model = (self.model_box.currentData() or "whisper|").partition("|")
        return engine, model or None, self.language_box.currentData()

    def retranslate_ui(self) -> None:
        self.model_label.setText(self.tr("&Bộ nhận dạng:"))
        self.language_label.setText(self.tr("&Ngôn ngữ:"))
        names = {"vi": self.tr("Tiếng Việt"), "en": self.tr("Tiếng Anh")}
        for i in range(self.language_box.count()):
            self.language_box.setItemText(i, names[self.language_box.itemData(i)])
        self.model_box.setToolTip(
            self.tr(
                "viet-asr: mô hình tiếng Việt, nhanh và ít lỗi hơn; viết số bằng chữ số, không có"
                " dấu câu giữa câu. Whisper: mọi ngôn ngữ, có dấu câu."
            )
        )
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @Slot()
    def _on_language(self) -> None:
        self._fill(reset=True)
        self.changed.emit()

    def _fill(self, reset: bool = False) -> None:
        """The models offered for the language chosen; the default engine's first."""
        language = self.language_box.currentData()
        kept = None if reset else self.model_box.currentData()
        with QSignalBlocker(self.model_box):  # refilled, not changed by the clerk
            self.model_box.clear()
            for m in self._models:
                if m.engine == "viet-asr" and language != "vi":
                    continue
                label = (
                    self.tr("viet-asr (tiếng Việt)")
                    if m.engine == "viet-asr"
                    else self.tr("Whisper — %1").replace("%1", m.name)
                )
                self.model_box.addItem(
                    label, f"{m.engine}|{m.name if m.engine == 'whisper' else ''}"
                )
            default = self.services.transcription.default_engine(language)
            index = next(
                (i for i in range(self.model_box.count()) if self.model_box.itemData(i) == kept),
                next(
                    (
                        i
                        for i in range(self.model_box.count())
                        if self.model_box.itemData(i).split("|")[0] == default
                    ),
                    0,
                ),
            )
            self.model_box.setCurrentIndex(index)
