"""The use cases of the app: the only API the window and the command line write through.

`Services(store)` groups them over one open database, as Anki's Collection does: meetings,
importing, transcription, transcript edits, conclusions and tasks, the task register, units,
proposals, documents, settings. Edits that the window can undo return a `Change`; `undo` and
`redo` write it back, so there is one undo mechanism for every kind of edit.

A Services object, like its Store, belongs to the thread that opened it; background work opens
its own (`Services.open(path)`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..models import AudioFile, Meeting
from ..paths import demo_db_path
from ..settings import Settings
from ..store import Change, Store, storage_errors
from ..transcription import ModelInfo
from .backup import BackupResult, CheckReport, backup, check_data, daily_backup
from .demo import create_demo_meeting, demo_meeting_in
from .documents import DocumentService
from .encryption import seal_finished_media
from .history import HistoryService
from .importing import ImportService
from .items import ItemService
from .meetings import MeetingService
from .proposals import ProposalService
from .recording import RecordingSession, recover_recordings
from .review import ReviewService
from .speakers import SpeakerService
from .speech_models import SpeechModelService
from .tasks import TaskService
from .transcript import TranscriptService
from .transcription import TranscriptionService
from .units import UnitService

if TYPE_CHECKING:
    from ..audio.capture import InputDevice


@dataclass
class Recovered:
    """What the last run left unfinished and this start repaired or marked for resume."""

    recordings: list[AudioFile]  # cut short by a crash, repaired and kept
    transcriptions: list[AudioFile]  # stopped part-way, offered for resume
    drafts: list[tuple[str, int]] = field(default_factory=list)  # typing saved after a crash


class Services:
    def __init__(self, store: Store) -> None:
        self._store = store
        self.meetings = MeetingService(store)
        self.importing = ImportService(store)
        self.transcription = TranscriptionService(store)
        self.transcript = TranscriptService(store)
        self.speakers = SpeakerService(store)
        self.items = ItemService(store)
        self.tasks = TaskService(store)
        self.units = UnitService(store)
        self.proposals = ProposalService(store)
        self.documents = DocumentService(store)
        self.settings = Settings(store)
        self.review = ReviewService(store)
        self.history = HistoryService(store)
        self.speech_models = SpeechModelService(store)

    @classmethod
    def open(cls, path: Path | str) -> Services:
        return cls(Store(path))

    @property
    def path(self) -> Path:
        """The database file (a background job opens its own Services on it)."""
        return self._store.path

    @property
    def media_dir(self) -> Path:
        return self._store.media_dir

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def storage_errors(self):
        """A context in which SQLite's low-level failures read as messages for the clerk."""
        return storage_errors(self._store.path)

    # Undo --------------------------------------------------------------------------------

    def undo(self, change: Change) -> None:
        """Put back the rows as they were before `change` (keeping what was changed since,
        outside the undo stack, for redo)."""
        snapshots = self._store.snapshots
        change.after = snapshots.capture(change.after)
        snapshots.write(change.before, change.after)

    def redo(self, change: Change) -> None:
        snapshots = self._store.snapshots
        change.before = snapshots.capture(change.before)
        snapshots.write(change.after, change.before)

    # Start-up ----------------------------------------------------------------------------

    def recover(self) -> Recovered:
        """At every start: repair recordings a crash cut short, and mark transcriptions that
        stopped part-way as interrupted (so they are offered for resume)."""
        recordings = recover_recordings(self._store)
        seal_finished_media(self._store)  # encrypted at rest: what a crash left plain
        drafts = self.items.recover_drafts()
        return Recovered(recordings, self.transcription.recover_interrupted(), drafts)

    def backup(self, out: Path | str, passphrase: str | None = None) -> BackupResult:
        """The database and its media in one file (see services/backup.py), while in use."""
        return backup(self._store, out, passphrase)

    def daily_backup(self) -> BackupResult | None:
        """Once a day the app is used: a backup beside the database, the last N kept."""
        return daily_backup(self._store, self.settings.backups_kept)

    def check(self, *, quick: bool = False) -> CheckReport:
        """integrity_check and every media file against its SHA-256 (quick: at start)."""
        return check_data(self.path, quick=quick, media_dir=self.media_dir)

    def create_demo_meeting(self) -> Meeting:
        """The demo meeting in this database: call it on `open_demo()`'s Services, never on the
        real one (the demo's tasks and units would mix with real work)."""
        return create_demo_meeting(self._store)

    def demo_meeting_here(self) -> Meeting | None:
        """The demo meeting, when an older version made it in this (real) database."""
        return demo_meeting_in(self._store)

    def open_demo(self) -> Services:
        """The demo's own database, beside this one (created on first use)."""
        return Services.open(demo_db_path(self.path))

    @staticmethod
    def models() -> list[ModelInfo]:
        """Every engine's models (engine, name, ready): Whisper's, then viet-asr's."""
        from ..transcription.engines import all_models

        return all_models()

    @staticmethod
    def devices() -> list[InputDevice]:
        """The sound inputs (microphones) this machine has; [] when it has none."""
        from ..audio.capture import list_devices

        return list_devices()

    def recording_session(self, **options) -> RecordingSession:
        """A live recording into this database (see RecordingSession for the options)."""
        return RecordingSession(self.path, **options)


__all__ = ["Change", "Recovered", "Services"]
