"""A consistent copy of a live database (SQLite's online backup API) and its integrity check."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .database import BUSY_TIMEOUT_S


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at `source` into a new file `target`, as one snapshot.

    A connection of its own reads the source in one step: in WAL mode that is a consistent
    picture of the last commit, while the window and a recording go on writing."""
    src = sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_S)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(path: Path, quick: bool = False) -> list[str]:
    """What SQLite finds wrong with the file ([] when it is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        rows += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def media_rows(path: Path) -> list[tuple[int, str, str, str]]:
    """(id, stored_path, sha256, status) of every audio file the database at `path` lists."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        return list(
            conn.execute("SELECT id, stored_path, sha256, status FROM audio_files ORDER BY id")
        )
    finally:
        conn.close()
