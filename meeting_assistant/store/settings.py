"""Settings kept in the database, so they travel with the meetings they describe."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from ..text import nfc


class SettingsRepo:
    """Text values by key. Keys are dotted names ("org.issuing_body", "followup.due_soon_days")."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        rows = list(self.db.query("SELECT value FROM settings WHERE key = ?", [key]))
        return rows[0]["value"] if rows and rows[0]["value"] is not None else default

    def get_int(self, key: str, default: int) -> int:
        try:
            return int(self.get(key, str(default)))
        except (TypeError, ValueError):
            return default

    def set(self, key: str, value: str | int | None) -> None:
        text = None if value is None else nfc(str(value))
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, text],
            )

    def with_prefix(self, prefix: str) -> dict[str, str]:
        """Every setting under `prefix` ("org."), keyed without it."""
        rows = self.db.query(
            "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ?", [len(prefix), prefix]
        )
        return {r["key"][len(prefix) :]: r["value"] for r in rows if r["value"] is not None}


def peek_setting(db_path: Path | str, key: str) -> str | None:
    """One setting read without opening the database for writing (no migration, no lock), or
    None: the command line's language, before it has even parsed its arguments."""
    path = Path(db_path).expanduser()
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError):
        return None
    return row[0] if row else None
