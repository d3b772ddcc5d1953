"""The Settings page: the interface language, the database in use, the speech models and the
documents' settings, encryption at rest."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from meeting_assistant.services import Services
from ui.encryption.settings_box import EncryptionBox
from ui.i18n import current_language
from ui.settings.documents_box import DocumentSettingsBox
from ui.settings.models_box import SpeechModelsBox
from ui.settings.vocabulary_box import VocabularyBox


class SettingsPage(QWidget):
    """Preferences applied at once. languageChosen(code) when the clerk picks a language."""

    languageChosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        # Each language is named in itself, so these names are never translated.
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.show_language(current_language())
        self.language.activated.connect(
            lambda i: self.languageChosen.emit(self.language.itemData(i))
        )
        # Read-only field rather than a label: a long path scrolls instead of widening the window.
        self.database = QLineEdit(str(services.path))
        self.database.setReadOnly(True)
        self.database.setMinimumWidth(320)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.database_label = QLabel()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.language_label, self.language)
        form.addRow(self.database_label, self.database)
        self.documents = DocumentSettingsBox(services)
        self.speech_models = SpeechModelsBox(services)
        self.vocabulary = VocabularyBox(services)
        self.encryption = EncryptionBox(services)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.speech_models)
        layout.addWidget(self.vocabulary)
        layout.addWidget(self.documents)
        layout.addWidget(self.encryption)
        layout.addStretch()
        self.retranslate_ui()

    def show_language(self, lang: str) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.language_label.setText(self.tr("&Ngôn ngữ giao diện:"))
        self.database_label.setText(self.tr("Tệp dữ liệu:"))
