"""Importing a recording: validate it, copy it into the app's media folder, record it.

The user's file is only read. A failed import leaves nothing behind: no meeting, no row, no file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path

from ..audio import probe
from ..errors import AudioError, DuplicateAudioError, StorageError
from ..models import AudioFile, Meeting
from ..store import Store
from ..text import nfc

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as src:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def _disk_error(exc: OSError, folder: Path) -> StorageError:
    if exc.errno == errno.ENOSPC:
        return StorageError(
            "Ổ đĩa chứa {path} đã đầy; tệp chưa được nhập. Hãy giải phóng dung lượng rồi thử lại.",
            "The disk holding {path} is full; the file was not imported. Free some space and try"
            " again.",
            path=str(folder),
        )
    return StorageError(
        "Không ghi được vào thư mục dữ liệu {path}: {reason}",
        "Cannot write to the data folder {path}: {reason}",
        path=str(folder),
        reason=exc.strerror or str(exc),
    )


def _copy_with_hash(src: Path, dest_dir: Path) -> tuple[Path, str]:
    """Copy to a temporary file in dest_dir, hashing what was actually written."""
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=dest_dir, prefix=".incoming-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            for block in iter(lambda: inp.read(CHUNK), b""):
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, digest.hexdigest()


def import_audio(
    store: Store,
    path: str | Path,
    meeting_id: int | None = None,
    title: str | None = None,
) -> tuple[Meeting, AudioFile]:
    """Attach a recording to a meeting (an existing one, or a new one named `title` or after
    the file). Raises AudioError, DuplicateAudioError or StorageError, leaving nothing behind."""
    src = Path(path).expanduser()
    if meeting_id is not None:
        store.meetings.get(meeting_id)  # NotFoundError before any work
    if not src.is_file():
        probe(src)  # raises the right AudioError for missing files and folders
    checksum = sha256_of(src)
    existing = store.audio.by_sha256(checksum)
    if existing is not None:
        raise DuplicateAudioError(
            "Tệp {name} đã được nhập vào cuộc họp số {meeting_id} rồi.",
            "{name} was already imported into meeting {meeting_id}.",
            name=nfc(src.name),
            meeting_id=existing.meeting_id,
            audio_id=existing.id,
        )
    info = probe(src)

    audio_dir = store.media_dir / "audio"
    try:
        audio_dir.mkdir(parents=True, exist_ok=True)
        tmp, copied_sum = _copy_with_hash(src, audio_dir)
    except OSError as exc:
        raise _disk_error(exc, audio_dir) from exc
    final = audio_dir / f"{checksum[:16]}{src.suffix.lower()}"
    try:
        if copied_sum != checksum:
            raise AudioError(
                "Tệp {name} thay đổi trong khi đang nhập. Hãy đợi ghi xong rồi nhập lại.",
                "{name} changed while it was being imported. Wait until it is complete and"
                " import it again.",
                name=nfc(src.name),
            )
        os.replace(tmp, final)
        with store.atomic():
            if meeting_id is None:
                meeting = store.meetings.create(title or nfc(src.stem))
            else:
                meeting = store.meetings.get(meeting_id)
            audio = store.audio.add(
                meeting.id,
                stored_path=str(final.relative_to(store.media_dir)),
                original_name=nfc(src.name),
                sha256=checksum,
                size_bytes=final.stat().st_size,
                duration=info.duration,
                sample_rate=info.sample_rate,
                channels=info.channels,
                codec=info.codec,
            )
            if meeting.state in ("new", "transcribed", "concluded"):
                store.meetings.set_state(meeting.id, "audio")
    except BaseException:
        tmp.unlink(missing_ok=True)
        final.unlink(missing_ok=True)
        raise
    return store.meetings.get(meeting.id), audio


class ImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def import_audio(
        self, path: str | Path, meeting_id: int | None = None, title: str | None = None
    ) -> tuple[Meeting, AudioFile]:
        """See `import_audio`."""
        return import_audio(self.store, path, meeting_id=meeting_id, title=title)
