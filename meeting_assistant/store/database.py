"""Opening the SQLite file: WAL, foreign keys, a busy timeout, and the migrations."""

from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from sqlite_utils import Database

from ..errors import NotFoundError, StorageError
from ..paths import private_dir, private_file
from ..vault import key_file
from . import cipher
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


def _disk_full(path: Path | str) -> bool:
    """Whether the disk holding `path` has (almost) no room left."""
    folder = Path(path).parent
    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


@contextmanager
def storage_errors(path: Path | str):
    """Turn SQLite's low-level failures into a message the clerk can act on."""
    try:
        yield
    except cipher.OperationalError as exc:
        text = str(exc).lower()
        # SQLite says "disk I/O error" when it cannot even create its -shm file on a full disk.
        if "full" in text or ("disk i/o" in text and _disk_full(path)):
            raise StorageError(
                "Ổ đĩa đã đầy, không ghi được dữ liệu vào {path}. Hãy giải phóng dung lượng rồi"
                " thử lại; dữ liệu đã lưu không bị ảnh hưởng.",
                "The disk is full; nothing could be written to {path}. Free some space and try"
                " again; what was already saved is unharmed.",
                path=str(path),
            ) from exc
        if "locked" in text or "busy" in text:
            raise StorageError(
                "Cơ sở dữ liệu {path} đang bận (một cửa sổ hoặc lệnh khác đang ghi). Hãy thử lại"
                " sau ít giây; dữ liệu đã lưu không bị ảnh hưởng.",
                "The database {path} is busy (another window or command is writing). Try again"
                " in a few seconds; what was already saved is unharmed.",
                path=str(path),
            ) from exc
        if "disk i/o" in text:
            raise StorageError(
                "Lỗi đọc/ghi ổ đĩa khi dùng {path}. Kiểm tra ổ đĩa (hoặc thẻ nhớ, ổ mạng) rồi"
                " thử lại; dữ liệu đã lưu không bị ảnh hưởng.",
                "A disk read/write error occurred with {path}. Check the drive (or memory card,"
                " network drive) and try again; what was already saved is unharmed.",
                path=str(path),
            ) from exc
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            raise StorageError(
                "Không mở được cơ sở dữ liệu {path} để ghi. Kiểm tra quyền truy cập thư mục.",
                "Cannot open the database {path} for writing. Check the folder's permissions.",
                path=str(path),
            ) from exc
        raise
    except cipher.DatabaseError as exc:
        if "not a database" in str(exc).lower() and not _looks_plain(path):
            raise StorageError(
                "Tệp {path} không phải cơ sở dữ liệu của Meeting Assistant, đã bị hỏng, hoặc đã"
                " được mã hóa mà thiếu tệp khóa {key} bên cạnh (hãy khôi phục tệp khóa từ bản"
                " sao lưu).",
                "{path} is not a Meeting Assistant database, is damaged, or is encrypted and"
                " its key file {key} beside it is missing (restore the key file from a backup).",
                path=str(path),
                key=key_file(path).name,
            ) from exc
        if "not a database" in str(exc).lower() or "malformed" in str(exc).lower():
            raise StorageError(
                "Tệp {path} không phải cơ sở dữ liệu của Meeting Assistant hoặc đã bị hỏng.",
                "{path} is not a Meeting Assistant database, or it is damaged.",
                path=str(path),
            ) from exc
        raise


def _looks_plain(path: Path | str) -> bool:
    try:
        return cipher.is_plain(Path(path))
    except OSError:
        return True


def _check_target(path: Path | str) -> Path:
    """Refuse what cannot be the app's database: a blank name, a folder, a device, an empty
    file (a database cut to nothing, which SQLite would silently start afresh)."""
    if not str(path).strip():
        raise StorageError(
            "Chưa có tên tệp cơ sở dữ liệu.", "No database file name was given.", path=""
        )
    path = Path(path).expanduser()
    if path.exists():
        if not path.is_file():
            raise StorageError(
                "{path} không phải một tệp cơ sở dữ liệu (đó là thư mục hoặc thiết bị).",
                "{path} is not a database file (it is a folder or a device).",
                path=str(path),
            )
        if path.stat().st_size == 0:
            raise StorageError(
                "Tệp cơ sở dữ liệu {path} rỗng (0 byte): có thể nó đã bị cắt cụt. Hãy khôi phục"
                " từ bản sao lưu; nếu muốn bắt đầu một cơ sở dữ liệu mới, hãy xóa tệp này.",
                "The database file {path} is empty (0 bytes): it may have been cut short."
                " Restore it from a backup; to start a new database, delete this file.",
                path=str(path),
            )
    return path


def _check_schema(db: Database, path: Path) -> None:
    """A database a newer version of the app has upgraded is never written by this one."""
    known = [m.name for m in migrations._migrations]
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        raise StorageError(
            "Cơ sở dữ liệu {path} được tạo bởi một phiên bản mới hơn của Meeting Assistant"
            " (cấu trúc phiên bản {theirs}; phiên bản này chỉ biết đến {ours}). Hãy dùng phiên"
            " bản mới hơn; tệp được giữ nguyên.",
            "The database {path} comes from a newer version of Meeting Assistant (schema"
            " {theirs}; this version knows up to {ours}). Use the newer version; the file is"
            " left as it is.",
            path=str(path),
            theirs=len(known) + len(unknown),
            ours=len(known),
        )


def schema_version() -> int:
    """The schema this version of the app writes: the number of its migrations."""
    return len(migrations._migrations)


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and upgrade the database at `path`.

    The connection belongs to the calling thread; a background worker opens its own.
    """
    path = _check_target(path)
    with storage_errors(path):
        try:
            private_dir(path.parent)
        except OSError as exc:
            raise StorageError(
                "Không tạo được thư mục dữ liệu {path}: {reason}",
                "Cannot create the data folder {path}: {reason}",
                path=str(path.parent),
                reason=exc.strerror or str(exc),
            ) from exc
        new = not path.exists()
        # Implicit transactions (before a write outside atomic()) take the write lock too.
        # Encrypted at rest: SQLCipher with the key unlocked for this path (vault.py).
        conn = cipher.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level="IMMEDIATE")
        try:
            db = AppDatabase(conn, execute_plugins=False)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
            _check_schema(db, path)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA foreign_keys=ON")
            # NORMAL in WAL mode survives a process crash; a power cut may lose the last commit.
            db.execute("PRAGMA synchronous=NORMAL")
            migrations.apply(db)
            if new:
                private_file(path)  # SQLite gives its -wal and -shm files the same mode
        except BaseException:
            conn.close()  # do not keep a damaged file locked (Windows)
            raise
    return db
