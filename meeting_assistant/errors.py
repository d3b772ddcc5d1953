"""Errors a person should read: each carries a message for the clerk in Vietnamese and English.

Anything that is not a UserError is a bug and may show a traceback; a UserError never should.
"""

from __future__ import annotations

from .i18n import pick


class UserError(Exception):
    """An error caused by input or circumstances the user can act on."""

    def __init__(self, vi: str, en: str, **params: object) -> None:
        self.vi = vi
        self.en = en
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return pick(self.vi, self.en, **self.params)

    def __str__(self) -> str:
        return self.message


class AudioError(UserError):
    """An audio file cannot be read, is empty, or is not audio."""


class DamagedAudioError(AudioError):
    """A recording that breaks off or decodes shorter than it says: `readable_s` seconds of it
    can be read; importing them takes the clerk's consent."""

    def __init__(self, vi: str, en: str, *, readable_s: float, **params: object) -> None:
        self.readable_s = readable_s
        super().__init__(vi, en, **params)


class DuplicateAudioError(UserError):
    """The same recording (same checksum) was already imported."""

    def __init__(self, vi: str, en: str, *, meeting_id: int, audio_id: int, **params: object):
        self.meeting_id = meeting_id
        self.audio_id = audio_id
        super().__init__(vi, en, meeting_id=meeting_id, audio_id=audio_id, **params)


class NotFoundError(UserError):
    """A meeting, task or other record the user named does not exist."""


class ModelError(UserError):
    """A Whisper model is missing or unusable."""


class StorageError(UserError):
    """The database or the data folder cannot be written (full disk, permissions)."""


class TranscriptionCancelled(Exception):
    """Raised inside the engine when the user cancels; the stored state stays resumable."""
