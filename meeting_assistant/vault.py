"""Encryption at rest (optional, off by default): the keys of an encrypted database and its media.

One passphrase, asked for at start, gives two keys through scrypt (the same cost as sealed files:
128 MiB, about half a second): the database's, handed to SQLCipher as a raw key (so SQLCipher's
own PBKDF2 is not run again on every connection a worker thread opens), and the media folder's
(AES-256-GCM, each file sealed in 1 MiB chunks as sealed.py does, under the chunk counter and a
"last" flag, so a flipped byte, a swap or a cut is refused).

The salt and a key check value live in a small file beside the database, `meetings.db.key`
(JSON, nothing secret in it): its presence says the data is encrypted, the check value tells a
wrong passphrase from a damaged file. It must travel with the database (backups carry it).

Keys are kept in this process only (`unlock` registers them by database path): a worker thread
that opens its own connection finds them there; they are never written anywhere.
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import hmac
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import UserError
from .paths import private_dir, private_file
from .sealed import (
    CHUNK,
    MAGIC,
    SCRYPT_N,
    SCRYPT_P,
    SCRYPT_R,
    SealedReader,
    SealedWriter,
    _b64,
    _passphrase_bytes,
    _unb64,
)

KEY_SUFFIX = ".key"
MEDIA_KIND = "media"
_FORMAT = 1
_CHECK_LABEL = b"meeting-assistant data key check"


class LockedError(UserError):
    """The data is encrypted and its passphrase has not been given."""


class WrongDataPassphraseError(UserError):
    pass


@dataclass(frozen=True)
class DataKeys:
    database: bytes  # SQLCipher's raw key
    media: bytes  # AES-256-GCM key of the media files


_UNLOCKED: dict[str, DataKeys] = {}


def _where(db_path: Path | str) -> str:
    return str(Path(db_path).expanduser().resolve())


def key_file(db_path: Path | str) -> Path:
    return Path(f"{Path(db_path).expanduser()}{KEY_SUFFIX}")  # a blank name has no key


def is_encrypted(db_path: Path | str) -> bool:
    """Whether the data at `db_path` is (being) encrypted at rest: its key file is there."""
    return key_file(db_path).is_file()


def _derive(passphrase: str, info: dict) -> tuple[DataKeys, str]:
    kdf = info["kdf"]
    material = Scrypt(
        salt=_unb64(kdf["salt"]), length=96, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
    ).derive(_passphrase_bytes(passphrase))
    check = _b64(hmac.new(material[64:], _CHECK_LABEL, hashlib.sha256).digest()[:16])
    return DataKeys(material[:32], material[32:64]), check


def _read_key_file(path: Path) -> dict:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if info.get("format") != _FORMAT or info["kdf"]["name"] != "scrypt":
            raise ValueError
        return info
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(
            "Tệp khóa {path} bị hỏng hoặc không đọc được: không mở được dữ liệu đã mã hóa."
            " Hãy khôi phục tệp này từ bản sao lưu.",
            "The key file {path} is damaged or unreadable: the encrypted data cannot be opened."
            " Restore this file from a backup.",
            path=str(path),
        ) from exc


def new_key_file(target: Path, passphrase: str) -> DataKeys:
    """Write a key file with a fresh salt for `passphrase` (owner-only) at `target`."""
    if not passphrase:
        raise UserError("Mật khẩu không được để trống.", "The passphrase must not be empty.")
    kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
    kdf["salt"] = _b64(os.urandom(16))
    info = {"format": _FORMAT, "kdf": kdf, "cipher": "sqlcipher4+AES-256-GCM"}
    keys, info["check"] = _derive(passphrase, info)
    temp = target.with_name(target.name + ".tmp")
    with open(temp, "w", encoding="utf-8") as out:
        private_file(temp)
        json.dump(info, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, target)
    return keys


def derive_keys(key_path: Path, passphrase: str) -> DataKeys:
    """The keys the passphrase gives with this key file; a wrong passphrase is refused."""
    info = _read_key_file(key_path)
    keys, check = _derive(passphrase, info)
    if not hmac.compare_digest(check, str(info.get("check"))):
        raise WrongDataPassphraseError(
            "Sai mật khẩu dữ liệu: không mở được. Dữ liệu không bị thay đổi; hãy nhập lại.",
            "Wrong data passphrase: nothing was opened, and nothing was changed. Try again.",
        )
    return keys


def unlock(db_path: Path | str, passphrase: str) -> DataKeys:
    """Check the passphrase of the encrypted data at `db_path` and keep its keys (this process)."""
    keys = derive_keys(key_file(db_path), passphrase)
    _UNLOCKED[_where(db_path)] = keys
    return keys


def register(db_path: Path | str, keys: DataKeys | None) -> None:
    if keys is None:
        _UNLOCKED.pop(_where(db_path), None)
    else:
        _UNLOCKED[_where(db_path)] = keys


def keys_for(db_path: Path | str) -> DataKeys | None:
    return _UNLOCKED.get(_where(db_path))


def required_keys(db_path: Path | str) -> DataKeys | None:
    """The keys of the data at `db_path`: None when it is not encrypted, LockedError when it is
    and no passphrase was given."""
    keys = keys_for(db_path)
    if keys is None and is_encrypted(db_path):
        raise LockedError(
            "Dữ liệu {path} được mã hóa: cần mật khẩu dữ liệu để mở (trên dòng lệnh:"
            " --data-passphrase-file TỆP, hoặc - để đọc từ đầu vào chuẩn).",
            "The data {path} is encrypted: its data passphrase is needed to open it (on the"
            " command line: --data-passphrase-file FILE, or - to read standard input).",
            path=str(db_path),
        )
    return keys


# Media files ---------------------------------------------------------------------------------


def is_sealed(path: Path) -> bool:
    """Whether a media file is stored encrypted (it starts as a sealed file does)."""
    try:
        with open(path, "rb") as source:
            return source.read(6) == MAGIC[:6]
    except OSError:
        return False


def _rewrite(path: Path, write) -> None:
    """Replace `path` by what `write(source, out)` makes of it: a temporary file beside it,
    synced, then one rename (a crash leaves the old file or the new one, never half)."""
    temp = path.with_name(f".{path.name}.converting")
    with open(path, "rb") as source, open(temp, "wb") as out:
        private_file(temp)
        write(source, out)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


def seal_file(path: Path, key: bytes) -> bool:
    """Encrypt a plain media file in place; False when it already was."""
    if is_sealed(path):
        return False

    def write(source, out) -> None:
        sealed = SealedWriter(out, MEDIA_KIND, None, raw_key=key)
        shutil.copyfileobj(source, sealed, CHUNK)
        sealed.close()

    _rewrite(path, write)
    return True


def unseal_file(path: Path, key: bytes) -> bool:
    """Decrypt a sealed media file in place (every chunk checked first); False when plain."""
    if not is_sealed(path):
        return False
    plain = path.with_name(f".{path.name}.checking")
    try:
        copy_plain(path, key, plain)  # the whole file checked before the sealed one goes
        private_file(plain)
        os.replace(plain, path)
    finally:
        plain.unlink(missing_ok=True)
    return True


def copy_plain(path: Path, key: bytes, target: Path) -> None:
    """Decrypt the sealed media file `path` into `target` (a damaged chunk: SealedFileError)."""
    with open(path, "rb") as source, open(target, "wb") as out:
        private_file(target)
        shutil.copyfileobj(SealedReader(source, None, MEDIA_KIND, raw_key=key), out, CHUNK)


def plain_sha256(path: Path, key: bytes | None) -> str:
    """The SHA-256 of a media file's content (decrypted when it is sealed)."""
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        stream = source
        if key is not None and is_sealed(path):
            stream = SealedReader(source, None, MEDIA_KIND, raw_key=key)
        while block := stream.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def plain_dir(db_path: Path | str) -> Path:
    """Where decrypted copies of media files are kept while the app reads them: owner-only,
    beside the database, emptied when the data is closed and at the next start."""
    db_path = Path(db_path).expanduser()
    return db_path.with_name(db_path.stem + "-plain")


_MADE_HERE: set[Path] = set()  # this process's own folders of decrypted copies


def _remove_own_copies() -> None:
    for folder in _MADE_HERE:
        shutil.rmtree(folder, ignore_errors=True)


atexit.register(_remove_own_copies)


def _own_folder(db_path: Path | str) -> Path:
    """This process's folder of decrypted copies, removed when the process ends: a command run
    from a terminal leaves no plain copy behind, and never removes the window's."""
    folder = private_dir(plain_dir(db_path) / f"p{os.getpid()}")
    _MADE_HERE.add(folder)
    return folder


def readable_media(db_path: Path | str, path: Path) -> Path:
    """A plain file with the content of the media file `path`: the file itself when it is not
    encrypted, else a decrypted copy (made once per version of the file, in plain_dir)."""
    keys = keys_for(db_path)
    if keys is None or not path.is_file() or not is_sealed(path):
        return path
    folder = _own_folder(db_path)
    stat = path.stat()
    tag = hashlib.sha256(f"{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()[:20]
    suffix = path.suffix  # the decoders go by it
    copy = folder / f"{tag}{suffix}"
    if not copy.is_file():
        fd, temp = tempfile.mkstemp(dir=folder, prefix=".part-")
        os.close(fd)
        try:
            copy_plain(path, keys.media, Path(temp))
            os.replace(temp, copy)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temp)
    return copy


def remove_plain_copies(db_path: Path | str) -> None:
    shutil.rmtree(plain_dir(db_path), ignore_errors=True)
