"""Where things live: the user's data folder, the database, imported audio, models, resources.

Resource lookup also works in a PyInstaller build, where files sit under sys._MEIPASS.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "MeetingAssistant"
DB_ENV = "MEETING_ASSISTANT_DB"
DATA_ENV = "MEETING_ASSISTANT_DATA"


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


def models_dir() -> Path:
    return data_dir() / "models"


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
