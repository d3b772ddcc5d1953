"""Opening the SQLite file: WAL, foreign keys, a busy timeout, and the migrations."""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from ..errors import NotFoundError, StorageError
from .migrations import migrations

BUSY_TIMEOUT_S = 10


# What each table's rows are called when one is missing: (Vietnamese, English).
_NAMES = {
    "meetings": ("cuộc họp", "meeting"),
    "audio_files": ("tệp âm thanh", "audio file"),
    "segments": ("đoạn", "segment"),
    "conclusions": ("kết luận", "conclusion"),
    "tasks": ("nhiệm vụ", "task"),
}


class AppDatabase(Database):
    """sqlite-utils' Database whose transactions take the write lock when they begin.

    A deferred transaction that reads before it writes cannot wait for another writer (SQLite
    reports "database is locked" at once, whatever the busy timeout): BEGIN IMMEDIATE waits."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        if self.conn.in_transaction:
            savepoint = f"sp_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.conn.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.rollback()
                raise


def fetch_row(db: Database, table: str, row_id: int) -> dict:
    """The row with this id, or a NotFoundError that names what is missing."""
    rows = list(db.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]))
    if not rows:
        what_vi, what_en = _NAMES[table]
        raise NotFoundError(
            "Không có {what_vi} số {id}.",
            "There is no {what_en} number {id}.",
            what_vi=what_vi,
            what_en=what_en,
            id=row_id,
        )
    return rows[0]


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@contextmanager
def storage_errors(path: Path | str):
    """Turn SQLite's low-level failures into a message the clerk can act on."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "full" in text:
            raise StorageError(
                "Ổ đĩa đã đầy, không ghi được dữ liệu vào {path}. Hãy giải phóng dung lượng rồi"
                " thử lại; dữ liệu đã lưu không bị ảnh hưởng.",
                "The disk is full; nothing could be written to {path}. Free some space and try"
                " again; what was already saved is unharmed.",
                path=str(path),
            ) from exc
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            raise StorageError(
                "Không mở được cơ sở dữ liệu {path} để ghi. Kiểm tra quyền truy cập thư mục.",
                "Cannot open the database {path} for writing. Check the folder's permissions.",
                path=str(path),
            ) from exc
        raise
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
            raise StorageError(
                "Tệp {path} không phải cơ sở dữ liệu của Meeting Assistant hoặc đã bị hỏng.",
                "{path} is not a Meeting Assistant database, or it is damaged.",
                path=str(path),
            ) from exc
        raise


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and upgrade the database at `path`.

    The connection belongs to the calling thread; a background worker opens its own.
    """
    path = Path(path)
    with storage_errors(path):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(
                "Không tạo được thư mục dữ liệu {path}: {reason}",
                "Cannot create the data folder {path}: {reason}",
                path=str(path.parent),
                reason=exc.strerror or str(exc),
            ) from exc
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        try:
            db = AppDatabase(conn, execute_plugins=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            # NORMAL in WAL mode survives a process crash; a power cut may lose the last commit.
            db.execute("PRAGMA synchronous=NORMAL")
            migrations.apply(db)
        except BaseException:
            conn.close()  # do not keep a damaged file locked (Windows)
            raise
    return db
