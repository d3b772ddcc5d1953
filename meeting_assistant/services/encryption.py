"""Turning encryption at rest on and off: the database (SQLCipher) and its media folder.

Nothing may hold the database open while it is converted (the window closes its connection
first; a command runs alone). The order makes every crash recoverable with the passphrase:

- on: the key file is written first (its `target` says "encrypted"), then each media file is
  sealed in place (a temporary file and one rename each), then the database is exported into
  a new encrypted file that must open and pass integrity_check with every table's row count
  unchanged; only then does it replace the plain one (one rename: the plain file is gone).
- off: the key file's target becomes "plain", the database is exported into a plain file,
  checked the same way and swapped, the media files are opened in place (each checked whole
  first), and the key file is removed last.

While the key file is there the passphrase is asked for at start; a database and media files
left half-way (plain or sealed) are both readable then, and `resume` finishes the job.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..paths import media_dir_for, private_file
from ..store import Store, cipher
from ..store.backup import integrity_problems, media_rows
from ..vault import (
    DataKeys,
    derive_keys,
    is_encrypted,
    is_sealed,
    key_file,
    keys_for,
    new_key_file,
    register,
    remove_plain_copies,
    seal_file,
    unlock,
    unseal_file,
)

Progress = Callable[[int, int], None]  # (files done, files in all)


@dataclass
class ConversionResult:
    encrypted: bool  # the state the data is in now
    media_files: int  # files converted
    seconds: float


def status(db_path: Path) -> dict:
    """What `encryption status` and the Settings box show."""
    db_path = Path(db_path)
    return {
        "encrypted": is_encrypted(db_path) and _target(db_path) == "encrypted",
        "database_encrypted": db_path.exists() and not cipher.is_plain(db_path),
        "pending": is_encrypted(db_path) and not _finished(db_path),
        "available": cipher.available(),
        "key_file": str(key_file(db_path)),
    }


def _target(db_path: Path) -> str:
    try:
        return json.loads(key_file(db_path).read_text(encoding="utf-8")).get("target", "encrypted")
    except (OSError, ValueError):
        return "encrypted"


def _set_target(db_path: Path, target: str) -> None:
    path = key_file(db_path)
    info = json.loads(path.read_text(encoding="utf-8"))
    info["target"] = target
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(info), encoding="utf-8")
    private_file(temp)
    os.replace(temp, path)


def _finished(db_path: Path) -> bool:
    """Whether the database is in the state its key file says (media are checked on resume)."""
    return cipher.is_plain(db_path) == (_target(db_path) == "plain")


MIN_LENGTH = 8  # a shorter passphrase is refused: scrypt slows guessing, it does not stop it


def turn_on(db_path: Path, passphrase: str, progress: Progress | None = None) -> ConversionResult:
    """Encrypt the plain data at `db_path` with `passphrase` (the clerk has confirmed that a lost
    passphrase loses the data)."""
    db_path = Path(db_path)
    if len(passphrase) < MIN_LENGTH:
        raise UserError(
            "Mật khẩu dữ liệu cần ít nhất {n} ký tự; chưa mã hóa gì.",
            "The data passphrase needs at least {n} characters; nothing was encrypted.",
            n=MIN_LENGTH,
        )
    if not cipher.available():
        raise cipher._unavailable()
    if is_encrypted(db_path):
        raise UserError("Dữ liệu đã được mã hóa.", "The data is already encrypted.")
    if not db_path.is_file():
        raise UserError("Không có cơ sở dữ liệu {path}.", "There is no database {path}.",
                        path=str(db_path))  # fmt: skip
    cipher.ensure_alone(db_path)  # before the key file: a refusal leaves nothing behind
    keys = new_key_file(key_file(db_path), passphrase)
    register(db_path, keys)
    return resume(db_path, progress)


def turn_off(db_path: Path, passphrase: str, progress: Progress | None = None) -> ConversionResult:
    """Decrypt the data at `db_path` (the passphrase is checked first: a wrong one changes
    nothing)."""
    db_path = Path(db_path)
    if not is_encrypted(db_path):
        raise UserError("Dữ liệu chưa được mã hóa.", "The data is not encrypted.")
    keys = unlock(db_path, passphrase)
    cipher.ensure_alone(db_path, None if cipher.is_plain(db_path) else keys)
    _set_target(db_path, "plain")
    return resume(db_path, progress)


def resume(db_path: Path, progress: Progress | None = None) -> ConversionResult:
    """Bring the database and every media file to the state the key file says (unlocked)."""
    db_path = Path(db_path)
    keys = keys_for(db_path)
    if keys is None:
        raise UserError("Dữ liệu chưa được mở khóa.", "The data is not unlocked.")
    cipher.ensure_alone(db_path, None if cipher.is_plain(db_path) else keys)
    began = time.perf_counter()
    if _target(db_path) == "encrypted":
        count = _convert_media(db_path, keys, seal=True, progress=progress)
        if cipher.is_plain(db_path):
            _convert_database(db_path, None, keys)
        encrypted = True
    else:
        if not cipher.is_plain(db_path):
            _convert_database(db_path, keys, None)
        count = _convert_media(db_path, keys, seal=False, progress=progress)
        remove_plain_copies(db_path)
        key_file(db_path).unlink()
        register(db_path, None)
        encrypted = False
    return ConversionResult(encrypted, count, time.perf_counter() - began)


def needs_resume(db_path: Path) -> bool:
    """A conversion a crash cut short (the window and the command line finish it at start)."""
    db_path = Path(db_path)
    return is_encrypted(db_path) and (
        not _finished(db_path) or _target(db_path) == "plain" or _plain_media(db_path)
    )


def _plain_media(db_path: Path) -> bool:
    keys = keys_for(db_path)
    return any(not is_sealed(path) for path in _media_files(db_path, keys))


def _media_files(db_path: Path, keys: DataKeys | None) -> list[Path]:
    """The finished media files the database lists (a recording still running stays plain)."""
    media_dir = media_dir_for(db_path)
    rows = media_rows(db_path, keys=None if cipher.is_plain(db_path) else keys)
    paths = [media_dir / stored for _i, stored, _sha, state in rows if state != "recording"]
    return [p for p in paths if p.is_file()]


def _convert_media(db_path: Path, keys: DataKeys, *, seal: bool, progress: Progress | None) -> int:
    files = _media_files(db_path, keys)
    done = 0
    for index, path in enumerate(files):
        changed = seal_file(path, keys.media) if seal else unseal_file(path, keys.media)
        done += changed
        if progress is not None:
            progress(index + 1, len(files))
    return done


def _convert_database(db_path: Path, source: DataKeys | None, target: DataKeys | None) -> None:
    """Export the database into a new file encrypted with `target` (None: plain), check it,
    and put it in the place of the old one."""
    before = cipher.row_counts(db_path, source, checkpoint=True)
    temp = db_path.with_name(db_path.name + ".converting")
    temp.unlink(missing_ok=True)
    try:
        cipher.export(db_path, temp, source_key=source, target_key=target)
        private_file(temp)
        problems = integrity_problems(temp, keys=target)
        if problems or cipher.row_counts(temp, target) != before:
            raise UserError(
                "Bản chuyển đổi không đạt kiểm tra ({what}); dữ liệu được giữ nguyên.",
                "The converted copy fails its check ({what}); the data is left as it was.",
                what="; ".join(problems)[:200] or "row counts",
            )
        for suffix in ("-wal", "-shm"):  # checkpointed and closed: nothing in them
            with contextlib.suppress(FileNotFoundError):
                os.unlink(db_path.with_name(db_path.name + suffix))
        os.replace(temp, db_path)
    finally:
        temp.unlink(missing_ok=True)


def seal_finished_media(store: Store) -> int:
    """Seal the media files a crash left plain (an import or a recording that had just ended,
    a conversion cut short), when the data is encrypted at rest; how many."""
    keys = keys_for(store.path)
    if keys is None or _target(store.path) != "encrypted":
        return 0
    rows = media_rows(store.path, keys=keys)
    return sum(store.seal_media(stored) for _i, stored, _s, state in rows if state != "recording")


def check_passphrase(db_path: Path, passphrase: str) -> DataKeys:
    """The keys, if `passphrase` is the data's (nothing is registered nor changed)."""
    return derive_keys(key_file(db_path), passphrase)
