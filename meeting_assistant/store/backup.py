"""A consistent copy of a live database (SQLite's online backup API) and its integrity check."""

from __future__ import annotations

from pathlib import Path

from ..vault import DataKeys, keys_for
from .cipher import DatabaseError, connect, is_plain
from .database import BUSY_TIMEOUT_S


def copy_database(source: Path, target: Path) -> None:
    """Copy the database at `source` into a new file `target`, as one snapshot.

    A connection of its own reads the source in one step: in WAL mode that is a consistent
    picture of the last commit, while the window and a recording go on writing. A database
    encrypted at rest gives a copy encrypted with the same key."""
    src = connect(source, timeout=BUSY_TIMEOUT_S)
    try:
        keys = None if is_plain(source) else keys_for(source)
        dst = connect(target, keys=keys, new_encrypted=keys is not None)
        try:
            src.backup(dst, pages=-1)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside
        finally:
            dst.close()
    finally:
        src.close()


def integrity_problems(path: Path, quick: bool = False, keys: DataKeys | None = None) -> list[str]:
    """What SQLite finds wrong with the file ([] when it is sound)."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        conn = connect(path, keys=keys, timeout=BUSY_TIMEOUT_S)
    except DatabaseError as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        rows += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
    except DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def media_rows(path: Path, keys: DataKeys | None = None) -> list[tuple[int, str, str, str]]:
    """(id, stored_path, sha256, status) of every audio file the database at `path` lists."""
    conn = connect(path, keys=keys, timeout=BUSY_TIMEOUT_S)
    try:
        return list(
            conn.execute("SELECT id, stored_path, sha256, status FROM audio_files ORDER BY id")
        )
    finally:
        conn.close()
