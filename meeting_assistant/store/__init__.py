"""The only place with SQL. `Store` opens one SQLite file and groups the repositories."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..models import SearchHit
from ..paths import media_dir_for
from ..vault import keys_for, readable_media, seal_file
from .audio_files import AudioRepo
from .database import open_database, storage_errors
from .decisions import DecisionRepo
from .drafts import DraftRepo
from .items import ItemRepo
from .meetings import MeetingRepo, UnitRepo
from .numbers import NumberRepo
from .reviews import ReviewRepo
from .search import search as _search
from .segments import SegmentRepo
from .settings import SettingsRepo
from .snapshots import Change, SnapshotRepo
from .speakers import SpeakerRepo


class Store:
    """One database file and the folder of media beside it. Use from one thread only."""

    def __init__(self, path: Path | str) -> None:
        self.db = open_database(path)  # refuses a blank name, a folder, a device, an empty file
        self.path = Path(path).expanduser()
        self.media_dir = media_dir_for(self.path)
        self.meetings = MeetingRepo(self.db)
        self.units = UnitRepo(self.db)
        self.audio = AudioRepo(self.db)
        self.segments = SegmentRepo(self.db)
        self.items = ItemRepo(self.db)
        self.settings = SettingsRepo(self.db)
        self.decisions = DecisionRepo(self.db)
        self.drafts = DraftRepo(self.db)
        self.numbers = NumberRepo(self.db)
        self.snapshots = SnapshotRepo(self.db)
        self.reviews = ReviewRepo(self.db)
        self.speakers = SpeakerRepo(self.db)

    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """One transaction (nested calls are savepoints); it takes the write lock at once, so a
        second writer waits its turn instead of failing."""
        with self.db.atomic():
            yield self

    def media_file(self, stored: str) -> Path:
        """A plain file with a recording's content, to read: the stored file itself, or when
        the data is encrypted at rest a decrypted copy kept in an owner-only folder (vault.py)."""
        return readable_media(self.path, self.media_dir / stored)

    def seal_media(self, stored: str) -> bool:
        """Encrypt a finished recording or import when the data is encrypted at rest."""
        keys = keys_for(self.path)
        path = self.media_dir / stored
        if keys is None or not path.is_file():
            return False
        try:
            return seal_file(path, keys.media)
        except OSError:  # still open elsewhere (Windows), a full disk: sealed at the next start
            return False

    def search(self, text: str, **options) -> list[SearchHit]:
        return _search(self.db, text, **options)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


__all__ = ["Change", "Store", "storage_errors"]
