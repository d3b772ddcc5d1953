"""Importing a recording: validate it, copy it into the app's media folder, record it.

The user's file is only read. A failed import leaves nothing behind: no meeting, no row, no file.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from pathlib import Path, PurePath

from ..audio import probe
from ..audio.decode import check_file
from ..errors import AudioError, DamagedAudioError, DuplicateAudioError, StorageError, UserError
from ..models import AudioFile, Meeting
from ..paths import private_dir
from ..store import Store
from ..store import cipher as sql_errors
from ..text import readable_name, short_clock
from ..vault import keys_for, plain_sha256

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


def _place(tmp: Path, final: Path) -> bool:
    """Move the checked copy to its final name; True when this run created that file. Two
    imports of one recording at once both get here: only one creates it, and the other's
    clean-up must not remove it."""
    try:
        os.link(tmp, final)  # fails if the file exists: nothing of another run is replaced
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        return False
    except OSError:  # no hard links (a FAT drive): the same, with a tiny window
        if final.exists():
            tmp.unlink(missing_ok=True)
            return False
        os.replace(tmp, final)
        return True
    tmp.unlink(missing_ok=True)
    return True


def stored_name(path: PurePath, media_dir: PurePath) -> str:
    """How the database names a file of the media folder: relative, with "/" on every system,
    so that a data folder (or a backup of it) made on Windows opens on Linux and back."""
    return path.relative_to(media_dir).as_posix()


def _duplicate(name: str, existing: AudioFile) -> DuplicateAudioError:
    return DuplicateAudioError(
        "Tệp {name} đã được nhập vào cuộc họp số {meeting_id} rồi.",
        "{name} was already imported into meeting {meeting_id}.",
        name=name,
        meeting_id=existing.meeting_id,
        audio_id=existing.id,
    )


def stored_copy_ok(store: Store, audio: AudioFile) -> bool:
    """Whether the app's copy of a recording is there and still what was imported."""
    path = store.media_dir / audio.stored_path
    if not path.is_file():
        return False
    if audio.sha256.startswith("recording-") or "-rec" in audio.sha256:
        return True  # a recording's checksum is made at its end, not an import's
    try:
        keys = keys_for(store.path)
        return plain_sha256(path, keys.media if keys else None) == audio.sha256
    except OSError:
        return False


def _reattach(store: Store, src: Path, existing: AudioFile, checksum: str) -> AudioFile:
    """The original of a recording whose stored copy went missing or was damaged: put a fresh
    copy in place, for the same meeting (nothing else changes)."""
    target = store.media_dir / existing.stored_path
    private_dir(target.parent)
    try:
        tmp, copied = _copy_with_hash(src, target.parent)
    except OSError as exc:
        raise _disk_error(exc, target.parent) from exc
    if copied != checksum:
        tmp.unlink(missing_ok=True)
        raise _changed(src)
    try:
        os.replace(tmp, target)
    except PermissionError as exc:  # Windows: the damaged copy is open (the player, a program)
        tmp.unlink(missing_ok=True)
        raise UserError(
            "Không thay được bản sao hỏng của “{name}”: tệp đang được mở (trình phát của cuộc họp"
            " hoặc một chương trình khác). Hãy mở cuộc họp khác hoặc đóng chương trình đó, rồi"
            " nhập lại.",
            "The damaged copy of “{name}” cannot be replaced: it is open (the meeting's player or"
            " another program). Open another meeting or close that program, then import again.",
            name=existing.original_name,
        ) from exc
    store.seal_media(existing.stored_path)
    audio = store.audio.get(existing.id)
    audio.reattached = True
    return audio


def _changed(src: Path) -> AudioError:
    return AudioError(
        "Tệp {name} thay đổi trong khi đang nhập. Hãy đợi ghi xong rồi nhập lại.",
        "{name} changed while it was being imported. Wait until it is complete and import it"
        " again.",
        name=readable_name(src.name),
    )


def import_audio(
    store: Store,
    path: str | Path,
    meeting_id: int | None = None,
    title: str | None = None,
    accept_damaged: bool = False,
) -> tuple[Meeting, AudioFile]:
    """Attach a recording to a meeting (an existing one, or a new one named `title` or after
    the file). Raises AudioError, DuplicateAudioError or StorageError, leaving nothing behind.

    A damaged file (it decodes shorter than it says it is, or breaks off) raises
    DamagedAudioError unless `accept_damaged`: then what can be read is imported. The original
    of a recording whose stored copy is missing or damaged is re-attached to its meeting."""
    src = Path(path).expanduser()
    if meeting_id is not None:
        store.meetings.get(meeting_id)  # NotFoundError before any work
    check_file(src)  # missing, a folder, empty, unreadable: the right AudioError
    try:
        checksum = sha256_of(src)
    except OSError as exc:
        raise AudioError(
            "Không đọc được tệp “{name}”: {why}.",
            "The file “{name}” cannot be read: {why}.",
            name=readable_name(src.name),
            why=exc.strerror or str(exc),
        ) from exc
    existing = store.audio.by_sha256(checksum)
    if existing is not None:
        if not stored_copy_ok(store, existing):
            audio = _reattach(store, src, existing, checksum)
            return store.meetings.get(audio.meeting_id), audio
        raise _duplicate(readable_name(src.name), existing)
    info = probe(src)
    if info.damaged_from is not None and not accept_damaged:
        raise damaged_error(src, info)

    audio_dir = store.media_dir / "audio"
    try:
        private_dir(audio_dir)
        tmp, copied_sum = _copy_with_hash(src, audio_dir)
    except OSError as exc:
        raise _disk_error(exc, audio_dir) from exc
    final = audio_dir / f"{checksum[:16]}{src.suffix.lower()}"
    created = False
    try:
        if copied_sum != checksum:
            raise _changed(src)
        created = _place(tmp, final)
        try:
            with store.atomic():
                if meeting_id is None:
                    meeting = store.meetings.create(title or readable_name(src.stem))
                else:
                    meeting = store.meetings.get(meeting_id)
                audio = store.audio.add(
                    meeting.id,
                    stored_path=stored_name(final, store.media_dir),
                    original_name=readable_name(src.name),
                    sha256=checksum,
                    size_bytes=final.stat().st_size,
                    duration=info.duration,
                    sample_rate=info.sample_rate,
                    channels=info.channels,
                    codec=info.codec,
                    damaged_from=info.damaged_from,
                    expected_duration=info.expected_duration,
                )
                if meeting.state in ("new", "transcribed", "concluded"):
                    store.meetings.set_state(meeting.id, "audio")
        except sql_errors.IntegrityError:
            # The same recording imported at this very moment by another window or command.
            winner = store.audio.by_sha256(checksum)
            if winner is None:
                raise
            raise _duplicate(readable_name(src.name), winner) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        if created:  # only what this run made; another run's copy is the stored recording
            final.unlink(missing_ok=True)
        raise
    store.seal_media(audio.stored_path)  # when the data is encrypted at rest
    return store.meetings.get(meeting.id), audio


def damaged_error(src: Path, info) -> DamagedAudioError:
    readable = short_clock(round(info.damaged_from))
    if info.expected_duration:
        return DamagedAudioError(
            "Tệp “{name}” bị hỏng từ {at}: chỉ đọc được {readable} trên tổng số {total}. Hãy lấy"
            " lại bản gốc; hoặc, nếu đồng ý, chỉ nhập phần đọc được.",
            "The file “{name}” is damaged from {at} on: only {readable} of {total} can be read."
            " Get the original again; or, if you agree, import only the part that can be read.",
            name=readable_name(src.name), at=readable, readable=readable,
            total=short_clock(info.expected_duration), readable_s=info.damaged_from,
        )  # fmt: skip
    return DamagedAudioError(
        "Tệp “{name}” bị hỏng hoặc bị cắt cụt: chỉ đọc được {readable} đầu. Hãy lấy lại bản gốc;"
        " hoặc, nếu đồng ý, chỉ nhập phần đọc được.",
        "The file “{name}” is damaged or cut short: only its first {readable} can be read. Get"
        " the original again; or, if you agree, import only the part that can be read.",
        name=readable_name(src.name), readable=readable, readable_s=info.damaged_from,
    )  # fmt: skip


class ImportService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def import_audio(
        self,
        path: str | Path,
        meeting_id: int | None = None,
        title: str | None = None,
        accept_damaged: bool = False,
    ) -> tuple[Meeting, AudioFile]:
        """See `import_audio`."""
        return import_audio(
            self.store, path, meeting_id=meeting_id, title=title, accept_damaged=accept_damaged
        )
