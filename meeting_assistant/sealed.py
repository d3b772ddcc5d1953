"""Sealed files: what leaves the clerk's computer (review packages, replies, backups), encrypted
with a passphrase and checked whole before anything is read from it.

Layout of a sealed file:

    MAGIC (8 bytes) | header length (4 bytes, big-endian) | header (JSON) | chunks …

The header says what the file is (`kind`), how its key is derived (scrypt, with a fresh random
salt per file) and the random 7-byte nonce prefix of this file. The body is cut into chunks of at
most `chunk` bytes, each sealed on its own with AES-256-GCM (16-byte tag) under the nonce
prefix + a 4-byte counter + a 1-byte "last chunk" flag: the STREAM construction (Hoang,
Reyhanitabar, Rogaway, Vizár 2015, used by age and Tink). So a flipped byte fails its chunk's
tag, chunks cannot be swapped, and a file cut short (no "last" chunk) is refused as incomplete.
The header is the associated data of every chunk, so changing it is refused too. Memory stays
flat: a backup of many gigabytes is sealed and opened one chunk at a time.

A file may also be sealed without a passphrase (`cipher: none`, for backups the clerk chose not
to encrypt): chunks are then plain text with an HMAC-SHA256 tag in the same places, which still
catches damage and truncation.

A wrong passphrase and a damaged file both fail the tags; a short key check value in the
header (an HMAC under a second derived key) tells the two apart, so the message says which.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import json
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import UserError
from .i18n import pick
from .text import nfc

MAGIC = b"MASEAL\x00\x01"
FORMAT_VERSION = 1
CHUNK = 1 << 20  # 1 MiB of plain text per chunk
TAG = 16
NONCE_PREFIX = 7
# scrypt cost: 2**17 x 8 x 128 bytes = 128 MiB and about half a second on an office PC, as
# OWASP recommends for passphrases. Kept in each file's header, so later versions may raise it
# and still open older files.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_MAX_HEADER = 64 * 1024
_CHECK_LABEL = b"meeting-assistant key check"


class SealedFileError(UserError):
    """A sealed file cannot be opened: wrong passphrase, damaged, cut short, or not one."""


class WrongPassphraseError(SealedFileError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _passphrase_bytes(passphrase: str) -> bytes:
    # The same words typed on Windows, macOS or with another input method must give the same
    # key: Vietnamese accents may arrive composed or decomposed.
    return nfc(passphrase).encode("utf-8")


def _derive(passphrase: str, kdf: dict) -> tuple[bytes, bytes]:
    """(encryption key, key-check key) from the passphrase and the header's KDF settings."""
    if kdf.get("name") != "scrypt":
        raise _damaged()
    material = Scrypt(
        salt=_unb64(kdf["salt"]), length=64, n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"])
    ).derive(_passphrase_bytes(passphrase))
    return material[:32], material[32:]


def raw_check_key(key: bytes) -> bytes:
    """The key-check key of a file sealed under a raw key (the data's own, encryption at rest):
    a wrong key is told from a damaged file as with a passphrase."""
    return hmac.new(key, _CHECK_LABEL, hashlib.sha256).digest()


def _check_value(check_key: bytes) -> str:
    return _b64(hmac.new(check_key, _CHECK_LABEL, hashlib.sha256).digest()[:16])


def _damaged() -> SealedFileError:
    return SealedFileError(
        "Tệp bị hỏng, không trọn vẹn hoặc đã bị sửa đổi (không khớp mã kiểm tra); không có gì"
        " được đọc từ tệp. Hãy xin gửi lại tệp gốc.",
        "The file is damaged, incomplete or has been altered (its check codes do not match);"
        " nothing was read from it. Ask for the original file again.",
    )


def _truncated() -> SealedFileError:
    return SealedFileError(
        "Tệp không trọn vẹn (bị cắt ngắn, có thể do sao chép dở dang); không có gì được đọc từ"
        " tệp. Hãy sao chép lại tệp gốc.",
        "The file is incomplete (cut short, perhaps by an unfinished copy); nothing was read"
        " from it. Copy the original file again.",
    )


def _not_sealed(kind: str | None = None) -> SealedFileError:
    return SealedFileError(
        "Đây không phải tệp của Meeting Assistant ({what}).",
        "This is not a Meeting Assistant file ({what}).",
        what=kind or "?",
    )


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", counter) + (b"\x01" if last else b"\x00")


class _Sealer:
    """Seals or opens one chunk: AES-256-GCM, or an HMAC tag when there is no passphrase."""

    def __init__(self, header_bytes: bytes, key: bytes | None, prefix: bytes) -> None:
        self.aad = header_bytes
        self.prefix = prefix
        self.aead = AESGCM(key) if key is not None else None
        # Keyless integrity: the key is public (derived from the header), the tag still tells
        # a damaged or truncated file.
        self.mac_key = None if key is not None else hashlib.sha256(b"mac" + header_bytes).digest()

    def seal(self, counter: int, data: bytes, last: bool) -> bytes:
        nonce = _nonce(self.prefix, counter, last)
        if self.aead is not None:
            return self.aead.encrypt(nonce, data, self.aad)
        return data + hmac.new(self.mac_key, nonce + data, hashlib.sha256).digest()[:TAG]

    def open(self, counter: int, blob: bytes, last: bool) -> bytes:
        nonce = _nonce(self.prefix, counter, last)
        if self.aead is not None:
            return self.aead.decrypt(nonce, blob, self.aad)
        data, tag = blob[:-TAG], blob[-TAG:]
        expected = hmac.new(self.mac_key, nonce + data, hashlib.sha256).digest()[:TAG]
        if not hmac.compare_digest(tag, expected):
            raise InvalidTag()
        return data


class SealedWriter(io.RawIOBase):
    """A write-only stream that seals what is written to `out`; `close()` writes the last
    chunk (a file is complete only then). Does not close `out`."""

    def __init__(
        self,
        out: BinaryIO,
        kind: str,
        passphrase: str | None,
        *,
        chunk: int = CHUNK,
        public: dict | None = None,
        raw_key: bytes | None = None,
    ) -> None:
        super().__init__()
        self.out = out
        self.chunk = chunk
        header: dict = {"format": FORMAT_VERSION, "kind": kind, "chunk": chunk}
        prefix = os.urandom(NONCE_PREFIX)
        header["nonce"] = _b64(prefix)
        key = None
        if raw_key is not None:  # the data's own key (no KDF per file: it was derived once)
            key = raw_key
            header.update(cipher="AES-256-GCM", kdf={"name": "raw"},
                          check=_check_value(raw_check_key(raw_key)))  # fmt: skip
        elif passphrase is not None:
            kdf = {"name": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P}
            kdf["salt"] = _b64(os.urandom(16))
            key, check_key = _derive(passphrase, kdf)
            header.update(cipher="AES-256-GCM", kdf=kdf, check=_check_value(check_key))
        else:
            header["cipher"] = "none"
        header.update(public or {})
        body = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8")
        header_bytes = MAGIC + struct.pack(">I", len(body)) + body
        out.write(header_bytes)
        self._sealer = _Sealer(header_bytes, key, prefix)
        self._buffer = bytearray()
        self._counter = 0
        self.plain_bytes = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        self._buffer += data
        self.plain_bytes += len(data)
        # Keep at least one byte back: the last chunk is only known at close.
        while len(self._buffer) > self.chunk:
            self._emit(bytes(self._buffer[: self.chunk]), last=False)
            del self._buffer[: self.chunk]
        return len(data)

    def _emit(self, data: bytes, last: bool) -> None:
        self.out.write(self._sealer.seal(self._counter, data, last))
        self._counter += 1

    def close(self) -> None:
        if not self.closed:
            self._emit(bytes(self._buffer), last=True)
            self._buffer.clear()
            self.out.flush()
        super().close()


def read_header(source: BinaryIO) -> tuple[dict, bytes]:
    """The header of a sealed file (and its raw bytes), read from the start of `source`."""
    magic = source.read(len(MAGIC))
    if len(magic) < len(MAGIC) or magic[:6] != MAGIC[:6]:
        raise _not_sealed()
    if magic != MAGIC:
        raise SealedFileError(
            "Tệp được tạo bởi phiên bản mới hơn của Meeting Assistant; hãy cập nhật ứng dụng.",
            "The file was made by a newer version of Meeting Assistant; update the app.",
        )
    size_bytes = source.read(4)
    if len(size_bytes) < 4:
        raise _truncated()
    (size,) = struct.unpack(">I", size_bytes)
    if size > _MAX_HEADER:
        raise _damaged()
    body = source.read(size)
    if len(body) < size:
        raise _truncated()
    try:
        header = json.loads(body.decode("utf-8"))
        if not isinstance(header, dict) or int(header["chunk"]) < 1:
            raise ValueError
        _unb64(header["nonce"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _damaged() from None
    return header, magic + size_bytes + body


def _cannot_read(path: Path, exc: OSError | None = None) -> UserError:
    return UserError(
        "Không đọc được tệp {path}: {why}",
        "Cannot read the file {path}: {why}",
        path=str(path),
        why=(exc.strerror or str(exc)) if exc else pick("không phải một tệp thường",
                                                          "not a regular file"),
    )  # fmt: skip


def open_source(path: Path | str) -> BinaryIO:
    """The file at `path` opened for reading; a folder, a device or a missing file is a
    UserError (a device such as /dev/zero would never end)."""
    path = Path(path)
    try:
        if not path.is_file():
            if not path.exists():
                raise FileNotFoundError(2, pick("không có tệp này", "no such file"))
            raise _cannot_read(path)
        return open(path, "rb")
    except OSError as exc:
        raise _cannot_read(path, exc) from exc


def needs_passphrase(path: Path | str) -> bool:
    """Whether the sealed file at `path` is encrypted (a passphrase is asked for)."""
    with open_source(path) as source:
        header, _ = read_header(source)
    return header.get("cipher") != "none"


def open_chunks(
    source: BinaryIO, passphrase: str | None, kind: str, *, raw_key: bytes | None = None
) -> Iterator[bytes]:
    """The plain text of a sealed stream, chunk by chunk, each checked before it is given.

    Raises SealedFileError when the file is not of `kind`, the passphrase is wrong or missing,
    a chunk is damaged, or the file ends before its last chunk (or goes on after it). A caller
    that must not act on part of a file reads to the end before acting."""
    header, header_bytes = read_header(source)
    if header.get("kind") != kind:
        raise _not_sealed(kind)
    key = None
    raw = isinstance(header.get("kdf"), dict) and header["kdf"].get("name") == "raw"
    if header.get("cipher") == "AES-256-GCM" and raw:
        if raw_key is None or not hmac.compare_digest(
            _check_value(raw_check_key(raw_key)), str(header.get("check"))
        ):
            raise WrongPassphraseError(
                "Tệp được mã hóa bằng khóa của một cơ sở dữ liệu khác (hoặc chưa mở khóa).",
                "The file is encrypted with another database's key (or it is still locked).",
            )
        key = raw_key
    elif header.get("cipher") == "AES-256-GCM":
        if passphrase is None:
            raise WrongPassphraseError(
                "Tệp này được mã hóa: cần mật khẩu để mở.",
                "This file is encrypted: its passphrase is needed to open it.",
            )
        try:
            key, check_key = _derive(passphrase, header["kdf"])
        except (KeyError, TypeError, ValueError):
            raise _damaged() from None
        if not hmac.compare_digest(_check_value(check_key), str(header.get("check"))):
            raise WrongPassphraseError(
                "Sai mật khẩu: không mở được tệp. Hãy hỏi người gửi đúng mật khẩu.",
                "Wrong passphrase: the file cannot be opened. Ask the sender for the right one.",
            )
    elif header.get("cipher") != "none":
        raise _damaged()
    sealer = _Sealer(header_bytes, key, _unb64(header["nonce"]))
    size = int(header["chunk"]) + TAG
    counter = 0
    blob = source.read(size)
    while True:
        if len(blob) < TAG:
            raise _truncated()
        following = source.read(size) if len(blob) == size else b""
        last = not following
        try:
            data = sealer.open(counter, blob, last)
        except InvalidTag:
            # A full chunk with nothing after it: the last one was cut away (or it is damaged).
            raise (_truncated() if last and len(blob) == size else _damaged()) from None
        yield data
        if last:
            return
        counter += 1
        blob = following


class SealedReader(io.RawIOBase):
    """A read-only stream over the plain text of a sealed file (for tarfile's stream mode)."""

    def __init__(
        self, source: BinaryIO, passphrase: str | None, kind: str, *, raw_key: bytes | None = None
    ) -> None:
        super().__init__()
        self._chunks = open_chunks(source, passphrase, kind, raw_key=raw_key)
        self._buffer = b""
        self.finished = False  # the last chunk was read and checked

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while not self._buffer and not self.finished:
            try:
                self._buffer = next(self._chunks)
            except StopIteration:
                self.finished = True
        n = min(len(target), len(self._buffer))
        target[:n] = self._buffer[:n]
        self._buffer = self._buffer[n:]
        return n

    def drain(self) -> None:
        """Read (and check) to the end of the file."""
        while self.read(CHUNK):
            pass


def seal_bytes(data: bytes, kind: str, passphrase: str | None, **options) -> bytes:
    out = io.BytesIO()
    writer = SealedWriter(out, kind, passphrase, **options)
    writer.write(data)
    writer.close()
    return out.getvalue()


def open_bytes(blob: bytes, passphrase: str | None, kind: str) -> bytes:
    """The whole plain text of a sealed file, checked to its last byte before it is returned."""
    return b"".join(open_chunks(io.BytesIO(blob), passphrase, kind))


def read_sealed(path: Path | str, passphrase: str | None, kind: str) -> bytes:
    path = Path(path)
    with open_source(path) as source:
        try:
            blob = source.read()
        except OSError as exc:
            raise _cannot_read(path, exc) from exc
    return open_bytes(blob, passphrase, kind)
