"""Which SQLite opens a database file: the standard library's for a plain one, SQLCipher's
(`sqlcipher3-wheels`, the `secure` extra) for one encrypted at rest (vault.py has its keys).

sqlcipher3 is a DB-API module like sqlite3 (sqlite-utils, BEGIN IMMEDIATE, savepoints, the
backup API and FTS5 all work on its connections) but its exceptions are its own classes: code
that catches a SQLite error catches the tuples below, never sqlite3's classes alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import UserError
from ..vault import DataKeys, required_keys

try:  # the optional `secure` extra
    import sqlcipher3
except ImportError:  # pragma: no cover - the test extra installs it
    sqlcipher3 = None

_MODULES = (sqlite3,) + ((sqlcipher3,) if sqlcipher3 is not None else ())
Error = tuple(m.Error for m in _MODULES)
DatabaseError = tuple(m.DatabaseError for m in _MODULES)
OperationalError = tuple(m.OperationalError for m in _MODULES)
IntegrityError = tuple(m.IntegrityError for m in _MODULES)

_PLAIN_HEADER = b"SQLite format 3\x00"


def available() -> bool:
    """Whether this installation can encrypt a database (SQLCipher is installed)."""
    return sqlcipher3 is not None


def _unavailable() -> UserError:
    return UserError(
        "Bản cài đặt này không có SQLCipher nên không mở được dữ liệu mã hóa. Hãy cài bản đầy"
        " đủ (pip install 'meeting-assistant[secure]').",
        "This installation has no SQLCipher, so it cannot open encrypted data. Install the"
        " full one (pip install 'meeting-assistant[secure]').",
    )


def is_plain(path: Path) -> bool:
    """Whether the file is an unencrypted SQLite database (or not there yet, or empty)."""
    try:
        with open(path, "rb") as source:
            head = source.read(len(_PLAIN_HEADER))
    except FileNotFoundError:
        return True
    return not head or head == _PLAIN_HEADER


def _key_pragma(key: bytes) -> str:
    return f"PRAGMA key = \"x'{key.hex()}'\""  # a raw key: SQLCipher runs no KDF of its own


def connect(path: Path | str, *, keys: DataKeys | None = None, new_encrypted: bool = False,
            **options):  # fmt: skip
    """A DB-API connection to the database at `path`, with its key when it is encrypted.

    The keys are the ones unlocked for `path` unless given. A plain file opens with sqlite3
    even when keys are known (a conversion cut short by a crash leaves the database plain and
    the media sealed: both stay readable). A file that does not exist yet is created encrypted
    only when `new_encrypted`."""
    file = Path(path)
    if is_plain(file) and not (new_encrypted and not file.exists()):
        return sqlite3.connect(str(path), **options)
    keys = keys or required_keys(file)  # LockedError when encrypted and locked
    if keys is None:  # not encrypted by us: sqlite3 says what it is ("not a database")
        return sqlite3.connect(str(path), **options)
    if sqlcipher3 is None:
        raise _unavailable()
    conn = sqlcipher3.connect(str(path), **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print to stderr
        conn.execute(_key_pragma(keys.database))
    except BaseException:
        conn.close()
        raise
    return conn


def export(source: Path, target: Path, *, source_key: DataKeys | None,
           target_key: DataKeys | None) -> None:  # fmt: skip
    """Copy the database `source` into the new file `target`, encrypting or decrypting it on
    the way (SQLCipher's sqlcipher_export: every table, index, trigger, FTS table and view)."""
    if sqlcipher3 is None:
        raise _unavailable()
    conn = sqlcipher3.connect(str(source))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute(_key_pragma(source_key.database))
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        key = f"x'{target_key.database.hex()}'" if target_key is not None else ""
        conn.execute("ATTACH DATABASE ? AS target KEY ?", [str(target), key])
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def row_counts(path: Path, keys: DataKeys | None, *, checkpoint: bool = False) -> dict[str, int]:
    """Every table's number of rows (a conversion must keep them all); `checkpoint` first moves
    what the -wal file holds into the database file."""
    conn = connect(path, keys=keys, timeout=10)
    try:
        if checkpoint:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )]  # fmt: skip
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def ensure_alone(path: Path, keys: DataKeys | None = None) -> None:
    """Refuse to convert a database another window or command has open: leaving WAL mode needs
    every other connection closed, so SQLite itself says whether this one is alone."""
    conn = connect(path, keys=keys, timeout=0.5)
    try:
        conn.execute("PRAGMA journal_mode=DELETE").fetchall()
    except OperationalError as exc:
        raise UserError(
            "Cơ sở dữ liệu {path} đang mở ở một cửa sổ hoặc lệnh khác (hoặc đang ghi âm). Hãy"
            " đóng chúng rồi thử lại; dữ liệu không bị thay đổi.",
            "The database {path} is open in another window or command (or a recording runs)."
            " Close them and try again; nothing was changed.",
            path=str(path),
        ) from exc
    finally:
        conn.close()
