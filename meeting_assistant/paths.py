"""Where things live: the user's data folder, the database, imported audio, models, resources.

Resources (fonts, layouts, translations, demo, word lists) have one source, the top-level
resources/ folder, which setup.py ships as the package data meeting_assistant/resources: they are
found through importlib.resources in a wheel, an sdist install or a PyInstaller build (build.spec
puts them at the same place), and in the source checkout itself.
"""

from __future__ import annotations

import contextlib
import os
import sys
from importlib import resources as importlib_resources
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "MeetingAssistant"
DB_ENV = "MEETING_ASSISTANT_DB"
DATA_ENV = "MEETING_ASSISTANT_DATA"


# What the app creates is its owner's alone: meetings are confidential. (Windows keeps a user's
# profile folder private by its own permissions; these modes apply where POSIX modes exist.)
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def private_umask() -> None:
    """Files and folders created from now on are readable by their owner only (entry points
    call this first: exports, recordings and SQLite's -wal/-shm files included)."""
    if os.name == "posix":
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as an owner-only folder; an existing one of ours is
    made owner-only too."""
    missing = []
    folder = path
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):  # each one made here is owner-only, not only the last
        folder.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(folder, PRIVATE_DIR_MODE)
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_DIR_MODE)
        except OSError:
            pass  # a folder we may use but do not own (a shared drive): leave its mode
    return path


def private_file(path: Path) -> Path:
    """Make an existing file owner-only (where POSIX modes exist)."""
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_FILE_MODE)
        except OSError:
            pass
    return path


def data_dir() -> Path:
    """The per-user folder for the database, audio and models (MEETING_ASSISTANT_DATA overrides)."""
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    override = os.environ.get(DB_ENV)
    return Path(override) if override else data_dir() / "meetings.db"


def media_dir_for(db_path: Path) -> Path:
    """Audio copied into the app lives beside its database, so the two move together."""
    return db_path.with_name(db_path.stem + "-media")


def demo_db_path(db_path: Path) -> Path:
    """The demo meeting's own database, beside the real one: its tasks and units never mix with
    real work (register, reminders, reports, memos, the unit directory)."""
    return db_path.with_name(db_path.stem + "-demo" + db_path.suffix)


def models_dir() -> Path:
    return data_dir() / "models"


def resources_dir() -> Path:
    packaged = Path(str(importlib_resources.files("meeting_assistant"))) / "resources"
    if packaged.is_dir():  # an installed wheel or sdist, or a PyInstaller build
        return packaged
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:  # a build from an older build.spec that put resources/ at the top
        return Path(frozen) / "resources"
    # The source checkout (and an editable install of it): the top-level resources/ folder.
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
