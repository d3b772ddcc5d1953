"""Backups of the whole data (database + media folder), restoring one, and checking the data.

A backup is one sealed file (sealed.py: encrypted with a passphrase, or only checksummed) around
a tar stream: `manifest.json`, `database.sqlite` (a snapshot by SQLite's online backup API, so
it is consistent while the window is open and a recording runs) and `media/…` (every audio file
the snapshot lists). Memory stays flat: the stream is sealed chunk by chunk.

A restore reads and checks the whole file into a folder beside the database first (every
chunk's tag, then `PRAGMA integrity_check` and each media file's SHA-256); only then is the
current data moved aside (kept, in a folder named after the restore) and the backup put in its
place. If anything fails on the way, the current data is put back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import shutil
import tarfile
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

from .. import __version__
from ..documents.atomic import atomic_output
from ..errors import UserError
from ..paths import media_dir_for, private_dir
from ..sealed import SealedReader, SealedWriter, open_source
from ..store import Store
from ..store.backup import copy_database, integrity_problems, media_rows
from ..store.database import schema_version
from ..vault import DataKeys, derive_keys, is_encrypted, key_file, keys_for, plain_sha256, register

BACKUP_KIND = "backup"
BACKUP_SUFFIX = ".mabak"
_DB_NAME = "database.sqlite"
_KEY_NAME = _DB_NAME + ".key"  # the key file of data encrypted at rest (salt, no secret)


@dataclass
class BackupResult:
    path: Path
    media_files: int
    size_bytes: int
    encrypted: bool


@dataclass
class CheckReport:
    database: list[str] = field(default_factory=list)  # what integrity_check says is wrong
    missing: list[str] = field(default_factory=list)  # media files the database lists, absent
    altered: list[str] = field(default_factory=list)  # present, but not the SHA-256 recorded
    files_checked: int = 0

    @property
    def ok(self) -> bool:
        return not (self.database or self.missing or self.altered)

    def to_dict(self) -> dict:
        return {**asdict(self), "ok": self.ok}


# Check ---------------------------------------------------------------------------------------


def check_data(
    db_path: Path, *, quick: bool = False, media_dir: Path | None = None,
    keys: DataKeys | None = None,
) -> CheckReport:  # fmt: skip
    """The database's integrity and every media file against its SHA-256 (of its content,
    decrypted when the data is encrypted at rest). The quick form (at start) runs quick_check
    and looks only that each file is there."""
    db_path = Path(db_path)
    media_dir = media_dir or media_dir_for(db_path)
    keys = keys or keys_for(db_path)
    report = CheckReport(database=integrity_problems(db_path, quick=quick, keys=keys))
    if report.database:
        return report
    for _id, stored, sha, status in media_rows(db_path, keys=keys):
        if status == "recording":
            continue  # still being written: its checksum is known only when it stops
        path = media_dir / stored
        report.files_checked += 1
        if not path.is_file():
            report.missing.append(stored)
        elif not quick and _content_sha(path, keys) != sha:
            report.altered.append(stored)
    return report


# Backup --------------------------------------------------------------------------------------


def _content_sha(path: Path, keys: DataKeys | None) -> str | None:
    try:
        return plain_sha256(path, keys.media if keys else None)
    except UserError:  # a sealed file that fails its tags (damaged, or another key)
        return None


def backup(store: Store, out: Path | str, passphrase: str | None = None) -> BackupResult:
    """Data encrypted at rest stays so in the backup: the database snapshot is encrypted with
    the same key, media files are copied sealed, and the key file goes with them."""
    out = Path(out)
    with tempfile.TemporaryDirectory(prefix=".backup-", dir=store.path.parent) as folder:
        snapshot = Path(folder) / _DB_NAME
        copy_database(store.path, snapshot)
        media = [
            (stored, store.media_dir / stored)
            for _i, stored, _s, _st in media_rows(snapshot, keys_for(store.path))
        ]
        media = [(stored, path) for stored, path in media if path.is_file()]
        manifest = {
            "format_version": 1, "kind": "meeting-assistant-backup",
            "made_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "app_version": __version__, "schema_version": schema_version(),
            "database": store.path.name, "media_files": len(media),
            "encrypted_at_rest": is_encrypted(store.path),
        }  # fmt: skip
        with atomic_output(out) as temp, open(temp, "wb") as raw:
            sealed = SealedWriter(raw, BACKUP_KIND, passphrase)
            with tarfile.open(fileobj=sealed, mode="w|") as archive:
                _add_bytes(archive, "manifest.json", json.dumps(manifest).encode("utf-8"))
                archive.add(snapshot, arcname=_DB_NAME)
                if is_encrypted(store.path):
                    archive.add(key_file(store.path), arcname=_KEY_NAME)
                for stored, path in media:
                    archive.add(path, arcname=f"media/{stored}")
            sealed.close()
        return BackupResult(out, len(media), out.stat().st_size, passphrase is not None)


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    archive.addfile(info, io.BytesIO(data))


def backups_dir(db_path: Path) -> Path:
    """Where the daily automatic backups go: beside the database, owner-only."""
    return db_path.with_name(db_path.stem + "-backups")


def daily_backup(store: Store, keep: int, today: dt.date | None = None) -> BackupResult | None:
    """The day's automatic backup, once a day the app is used, keeping the last `keep` (older
    ones removed after the new one is complete). None when today's exists or `keep` is 0.

    Not sealed with a passphrase (none is asked for it): it lies in the same owner-only folder
    as the database it copies, and its checksums still catch damage. Data encrypted at rest
    stays encrypted in it (see backup())."""
    if keep <= 0:
        return None
    today = today or dt.date.today()
    folder = private_dir(backups_dir(store.path))
    target = folder / f"{store.path.stem}-{today.isoformat()}{BACKUP_SUFFIX}"
    if target.exists():
        return None
    result = backup(store, target)
    made = sorted(folder.glob(f"{store.path.stem}-????-??-??{BACKUP_SUFFIX}"))
    for old in made[:-keep]:
        with contextlib.suppress(OSError):
            old.unlink()
    return result


# Restore -------------------------------------------------------------------------------------


@dataclass
class RestoreResult:
    media_files: int
    kept_aside: Path | None  # where the data it replaced now is


def restore(
    db_path: Path | str, backup_file: Path | str, passphrase: str | None, *, confirmed: bool
) -> RestoreResult:
    db_path = Path(db_path).expanduser()
    media_dir = media_dir_for(db_path)
    if db_path.exists() and not confirmed:
        raise UserError(
            "Khôi phục sẽ thay dữ liệu hiện có ({path}); dữ liệu hiện có được giữ lại bên cạnh."
            " Hãy xác nhận (thêm --yes) để tiếp tục.",
            "Restoring replaces the current data ({path}); the current data is kept aside."
            " Confirm (add --yes) to go on.",
            path=str(db_path),
        )
    private_dir(db_path.parent)
    staging = Path(tempfile.mkdtemp(prefix=".restore-", dir=db_path.parent))
    try:
        count = _unpack(Path(backup_file), passphrase, staging)
        staged_db, staged_media = staging / _DB_NAME, staging / "media"
        keys = _staged_keys(db_path, staging / _KEY_NAME, passphrase)
        report = check_data(staged_db, media_dir=staged_media, keys=keys)
        if not report.ok:
            raise UserError(
                "Bản sao lưu không đạt kiểm tra ({what}); dữ liệu hiện có được giữ nguyên.",
                "The backup fails its check ({what}); the current data is left as it is.",
                what="; ".join(report.database + report.missing + report.altered)[:300],
            )
        previous = keys_for(db_path)
        aside = _move_aside(db_path, media_dir) if db_path.exists() else None
        try:
            os.replace(staged_db, db_path)
            if staged_media.exists():
                os.replace(staged_media, media_dir)
            if keys is not None:
                os.replace(staging / _KEY_NAME, key_file(db_path))
            register(db_path, keys)
            Store(db_path).close()  # opens, upgrades an older backup's schema
        except BaseException:
            _put_back(db_path, media_dir, aside)
            register(db_path, previous)
            raise
        return RestoreResult(count, aside)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _staged_keys(db_path: Path, staged_key: Path, passphrase: str | None) -> DataKeys | None:
    """The keys of a backup of data encrypted at rest: the current data's when it is the same
    key file, else the ones the restore's passphrase gives with the backup's key file."""
    if not staged_key.is_file():
        return None
    current = key_file(db_path)
    if keys_for(db_path) and current.is_file() and current.read_bytes() == staged_key.read_bytes():
        return keys_for(db_path)
    if passphrase is None:
        raise UserError(
            "Dữ liệu trong bản sao lưu được mã hóa bằng một mật khẩu dữ liệu khác: hãy cho mật"
            " khẩu đó (--passphrase-file). Dữ liệu hiện có được giữ nguyên.",
            "The backup's data is encrypted with another data passphrase: give that passphrase"
            " (--passphrase-file). The current data is left as it is.",
        )
    return derive_keys(staged_key, passphrase)


def _unpack(path: Path, passphrase: str | None, target: Path) -> int:
    """Extract the backup into `target`, checking every chunk and each member's name; the
    number of media files. Raises before anything outside `target` is touched."""
    source = open_source(path)
    media = 0
    with source:
        reader = SealedReader(source, passphrase, BACKUP_KIND)
        try:
            with tarfile.open(fileobj=reader, mode="r|") as archive:
                for member in archive:
                    name = PurePosixPath(member.name)
                    safe = not name.is_absolute() and ".." not in name.parts
                    if not safe or not (member.isfile() or member.isdir()):
                        raise tarfile.TarError(member.name)
                    if member.isfile() and name.parts[0] == "media":
                        media += 1
                    archive.extract(member, target, filter="data")
            reader.drain()  # the tar's end is not the file's: check the last chunk too
        except tarfile.TarError as exc:
            raise UserError(
                "Tệp không phải bản sao lưu hợp lệ; dữ liệu hiện có được giữ nguyên.",
                "The file is not a valid backup; the current data is left as it is.",
            ) from exc
    if not (target / _DB_NAME).is_file():
        raise UserError(
            "Bản sao lưu không có cơ sở dữ liệu; dữ liệu hiện có được giữ nguyên.",
            "The backup holds no database; the current data is left as it is.",
        )
    return media


def _move_aside(db_path: Path, media_dir: Path) -> Path:
    """Move the current data into a folder beside it. Where a file cannot be moved (Windows
    refuses to rename a file another program has open: the window, a running command), what was
    moved goes back and the clerk is told to close the app first."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = private_dir(db_path.with_name(f"{db_path.stem}.before-restore-{stamp}"))
    moved: list[Path] = []
    try:
        for path in _db_files(db_path) + [media_dir]:
            if path.exists():
                os.replace(path, aside / path.name)
                moved.append(path)
    except PermissionError as exc:
        for path in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(aside / path.name, path)
        with contextlib.suppress(OSError):
            aside.rmdir()
        raise UserError(
            "Không thay được dữ liệu hiện có: {path} đang được mở (cửa sổ ứng dụng hoặc một lệnh"
            " khác). Hãy đóng ứng dụng rồi khôi phục lại; dữ liệu hiện có được giữ nguyên.",
            "The current data cannot be replaced: {path} is open (the app's window or another"
            " command). Close the app, then restore again; the current data is left as it is.",
            path=str(exc.filename or db_path),
        ) from exc
    return aside


def _put_back(db_path: Path, media_dir: Path, aside: Path | None) -> None:
    for path in _db_files(db_path) + [media_dir]:
        with contextlib.suppress(OSError):
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
    if aside is None:
        return
    for path in _db_files(db_path) + [media_dir]:
        if (aside / path.name).exists():
            os.replace(aside / path.name, path)
    with contextlib.suppress(OSError):
        aside.rmdir()


def _db_files(db_path: Path) -> list[Path]:
    return [db_path, db_path.with_name(db_path.name + "-wal"),
            db_path.with_name(db_path.name + "-shm"), key_file(db_path)]  # fmt: skip
