"""The inside of a sealed review file: a ZIP archive of JSON and media, written whole.

A sealed file is checked to its last byte (sealed.read_sealed) before the archive is opened, so
nothing is ever read from a file that is damaged, cut short or opened with a wrong passphrase.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from ..documents.atomic import atomic_output
from ..errors import UserError
from ..sealed import read_sealed, seal_bytes

# Already compressed: PDFs and Opus gain nothing from deflate.
_STORED_SUFFIXES = (".pdf", ".ogg")


def pack(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            method = zipfile.ZIP_STORED if name.endswith(_STORED_SUFFIXES) else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return out.getvalue()


def unpack(data: bytes) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {name: archive.read(name) for name in archive.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise _unreadable() from exc


def load_json(members: dict[str, bytes], name: str):
    try:
        return json.loads(members[name].decode("utf-8"))
    except (KeyError, ValueError, UnicodeDecodeError) as exc:
        raise _unreadable() from exc


def dump_json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


def write_sealed(path: Path | str, members: dict[str, bytes], kind: str, passphrase: str) -> int:
    """Seal `members` into `path` (all or nothing, owner-only); the file's size in bytes."""
    blob = seal_bytes(pack(members), kind, passphrase)
    with atomic_output(path) as temp:
        temp.write_bytes(blob)
    return len(blob)


def read_members(path: Path | str, kind: str, passphrase: str | None) -> dict[str, bytes]:
    return unpack(read_sealed(path, passphrase, kind))


def _unreadable() -> UserError:
    return UserError(
        "Nội dung tệp không đọc được (tệp được tạo sai cách); không có gì được nhập.",
        "The file's contents cannot be read (it was not made correctly); nothing was imported.",
    )


def check_version(manifest: dict, supported: int) -> None:
    """A later version may add fields (ignored here); a new major format is refused plainly."""
    version = manifest.get("format_version")
    if not isinstance(version, int):
        raise _unreadable()
    if version > supported:
        raise UserError(
            "Tệp được tạo bởi phiên bản mới hơn của Meeting Assistant (định dạng {theirs}; phiên"
            " bản này đọc đến {ours}). Hãy cập nhật ứng dụng.",
            "The file was made by a newer version of Meeting Assistant (format {theirs}; this"
            " version reads up to {ours}). Update the app.",
            theirs=version,
            ours=supported,
        )
