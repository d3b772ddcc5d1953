"""Typed access to the settings kept in the database (the one place that knows their keys)."""

from __future__ import annotations

from .documents.organisation import Organisation, load_organisation, save_organisation
from .errors import UserError
from .followup.status import DEFAULT_DUE_SOON_DAYS
from .i18n import LANGUAGE_KEY, SUPPORTED
from .store import Store
from .text import nfc
from .transcription import EMBEDDED_NAME, list_models

DUE_SOON_KEY = "followup.due_soon_days"
DUE_SOON_RANGE = (1, 90)
# How many days a follow-up letter gives the unit to report back (blank: the layout's).
MEMO_REPORT_DAYS_KEY = "followup.memo_report_days"
# How many daily automatic backups are kept (0: none are made).
BACKUP_KEEP_KEY = "backup.keep"
BACKUP_KEEP_DEFAULT = 3
BACKUP_KEEP_RANGE = (0, 60)

# The speech model used when a meeting has none chosen (a name from `models`).
DEFAULT_MODEL_KEY = "transcription.default_model"
# The clerk's glossary (one term a line) and whether the meeting's vocabulary is given to Whisper.
GLOSSARY_KEY = "transcription.glossary"
VOCABULARY_KEY = "transcription.vocabulary"


class Settings:
    """The clerk's settings: the due-soon window and the organisation that issues documents."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def due_soon_days(self) -> int:
        days = self.store.settings.get_int(DUE_SOON_KEY, DEFAULT_DUE_SOON_DAYS)
        low, high = DUE_SOON_RANGE
        return days if low <= days <= high else DEFAULT_DUE_SOON_DAYS

    def set_due_soon_days(self, days: int) -> None:
        low, high = DUE_SOON_RANGE
        if not low <= int(days) <= high:
            raise UserError(
                "Số ngày “sắp đến hạn” phải từ {low} đến {high}.",
                "The due-soon window must be {low} to {high} days.",
                low=low,
                high=high,
            )
        self.store.settings.set(DUE_SOON_KEY, int(days))

    @property
    def default_model(self) -> str:
        """The default speech model; the embedded base when the chosen one is gone."""
        name = self.store.settings.get(DEFAULT_MODEL_KEY) or EMBEDDED_NAME
        if name != EMBEDDED_NAME and name not in {m.name for m in list_models()}:
            return EMBEDDED_NAME
        return name

    def set_default_model(self, name: str) -> None:
        self.store.settings.set(DEFAULT_MODEL_KEY, name)

    @property
    def glossary(self) -> list[str]:
        """The clerk's terms for the recogniser ("Chỉ thị 24-CT/TU", "chuyển đổi số"), NFC."""
        text = nfc(self.store.settings.get(GLOSSARY_KEY) or "")
        return [t for t in (line.strip() for line in text.splitlines()) if t]

    def set_glossary(self, text: str) -> None:
        self.store.settings.set(GLOSSARY_KEY, nfc(text).strip())

    @property
    def use_vocabulary(self) -> bool:
        """Off unless the clerk turns it on: on the dev clips it changed WER by 0.002."""
        return self.store.settings.get(VOCABULARY_KEY) == "1"

    def set_use_vocabulary(self, on: bool) -> None:
        self.store.settings.set(VOCABULARY_KEY, "1" if on else "0")

    @property
    def memo_report_days(self) -> int | None:
        days = self.store.settings.get_int(MEMO_REPORT_DAYS_KEY, 0)
        return days if days > 0 else None

    @property
    def backups_kept(self) -> int:
        kept = self.store.settings.get_int(BACKUP_KEEP_KEY, BACKUP_KEEP_DEFAULT)
        low, high = BACKUP_KEEP_RANGE
        return kept if low <= kept <= high else BACKUP_KEEP_DEFAULT

    def set_backups_kept(self, count: int) -> None:
        low, high = BACKUP_KEEP_RANGE
        if not low <= int(count) <= high:
            raise UserError(
                "Số bản sao lưu tự động giữ lại phải từ {low} đến {high}.",
                "The number of automatic backups kept must be {low} to {high}.",
                low=low,
                high=high,
            )
        self.store.settings.set(BACKUP_KEEP_KEY, int(count))

    @property
    def language(self) -> str | None:
        """The interface language chosen in the app ("vi", "en"), None until one is."""
        lang = self.store.settings.get(LANGUAGE_KEY)
        return lang if lang in SUPPORTED else None

    def set_language(self, lang: str) -> None:
        if lang not in SUPPORTED:
            raise ValueError(f"unsupported language: {lang}")
        self.store.settings.set(LANGUAGE_KEY, lang)

    def organisation(self) -> Organisation:
        return load_organisation(self.store)

    def save_organisation(self, organisation: Organisation) -> None:
        with self.store.atomic():
            save_organisation(self.store, organisation)
