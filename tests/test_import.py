"""Importing recordings: a copy in the media folder, a meeting and an audio row; refusals leave
nothing behind and never touch the user's file."""

from __future__ import annotations

import hashlib
import os
import shutil
import unicodedata
from pathlib import Path

import numpy as np
import pytest

import meeting_assistant.services.importing as importing
from meeting_assistant.errors import AudioError, DuplicateAudioError, NotFoundError, UserError
from meeting_assistant.services.importing import import_audio
from meeting_assistant.store import Store

from .audio_fixtures import dev_clip, write_tone, write_wav

SECONDS = 1.0
# fmt -> (codec, source sample rate, lossless)
FORMATS = {
    "wav": ("pcm_s16le", 44100, True),
    "mp3": ("mp3", 44100, False),
    "m4a": ("aac", 44100, False),
    "ogg": ("opus", 48000, False),
    "flac": ("flac", 44100, True),
    "mp4": ("aac", 44100, False),  # with a video track, as a phone recording would be
}
# AAC as PyAV writes it keeps its 1024-sample priming frame (about 23 ms).
LOSSY_SLACK = 0.05

TITLE = "Họp giao ban Đảng ủy"  # NFC
NFD_TITLE = unicodedata.normalize("NFD", TITLE)


@pytest.fixture(autouse=True)
def vietnamese(core_in_vietnamese) -> None:
    """Messages are checked in Vietnamese whatever MEETING_ASSISTANT_LANG says."""


@pytest.fixture(scope="module")
def encoded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One small real file per format, named in NFD as macOS would hand it over."""
    folder = tmp_path_factory.mktemp("sources")
    return {
        fmt: write_tone(folder / f"{NFD_TITLE} {fmt}.{fmt}", seconds=SECONDS, fmt=fmt)
        for fmt in FORMATS
    }


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def media_listing(store: Store) -> list[str]:
    """Every file under the media folder, hidden temporary files included."""
    if not store.media_dir.exists():
        return []
    return sorted(
        os.path.relpath(os.path.join(root, name), store.media_dir)
        for root, _dirs, files in os.walk(store.media_dir)
        for name in files
    )


def snapshot(store: Store) -> tuple[int, list[dict], list[str]]:
    rows = list(store.db.query("SELECT * FROM audio_files ORDER BY id"))
    return store.meetings.count(), rows, media_listing(store)


# --- successful imports -------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_import_each_format(store: Store, encoded: dict[str, Path], fmt: str) -> None:
    codec, rate, lossless = FORMATS[fmt]
    src = encoded[fmt]
    before_bytes = src.read_bytes()
    before_stat = src.stat()

    meeting, audio = import_audio(store, src)

    assert meeting.title == f"{TITLE} {fmt}"
    assert unicodedata.is_normalized("NFC", meeting.title)
    assert meeting.state == "audio"
    assert store.meetings.count() == 1
    assert [a.id for a in store.audio.for_meeting(meeting.id)] == [audio.id]
    assert audio.original_name == f"{TITLE} {fmt}.{fmt}"
    assert (audio.codec, audio.sample_rate, audio.channels) == (codec, rate, 2)
    if lossless:
        assert audio.duration == pytest.approx(SECONDS, abs=1e-6)
    else:
        assert audio.duration == pytest.approx(SECONDS, abs=LOSSY_SLACK)
    assert audio.transcription_state == "pending" and audio.transcribed_until == 0.0

    copy = store.media_dir / audio.stored_path
    assert copy.is_file()
    assert copy.resolve().is_relative_to(store.media_dir.resolve())
    assert copy.suffix == f".{fmt}"
    assert sha256(copy) == sha256(src) == audio.sha256
    assert audio.size_bytes == len(before_bytes) == copy.stat().st_size
    assert media_listing(store) == [audio.stored_path]  # no temporary file left beside it

    assert src.read_bytes() == before_bytes, "the user's file is only read"
    assert src.stat().st_mtime_ns == before_stat.st_mtime_ns
    assert store.audio.get(audio.id) == audio


def test_import_with_title(store: Store, encoded: dict[str, Path]) -> None:
    meeting, audio = import_audio(store, encoded["mp3"], title=" Phiên họp thường kỳ ")
    assert meeting.title == "Phiên họp thường kỳ"
    meeting2, _ = import_audio(store, encoded["wav"], title=unicodedata.normalize("NFD", "Kỳ họp"))
    assert meeting2.title == "Kỳ họp"
    assert store.meetings.count() == 2
    assert audio.original_name == f"{TITLE} mp3.mp3"  # the file keeps its own name


def test_import_into_existing_meeting(store: Store, encoded: dict[str, Path]) -> None:
    meeting = store.meetings.create("Kỳ họp thứ 7", date="2024-07-01")
    got, first = import_audio(store, encoded["m4a"], meeting_id=meeting.id)
    assert got.id == meeting.id and got.title == "Kỳ họp thứ 7" and got.state == "audio"
    got, second = import_audio(store, encoded["flac"], meeting_id=meeting.id, title="ignored")
    assert got.title == "Kỳ họp thứ 7"
    assert store.meetings.count() == 1
    assert [a.id for a in store.audio.for_meeting(meeting.id)] == [first.id, second.id]
    assert (first.position, second.position) == (0, 1)
    assert len(media_listing(store)) == 2

    # A meeting being transcribed keeps its state when another part is added.
    store.meetings.set_state(meeting.id, "transcribing")
    got, _ = import_audio(store, encoded["ogg"], meeting_id=meeting.id)
    assert got.state == "transcribing"


def test_upper_case_extension(store: Store, tmp_path: Path) -> None:
    src = write_tone(tmp_path / "GHI_AM.MP3", seconds=SECONDS, fmt="mp3")
    meeting, audio = import_audio(store, src)
    assert meeting.title == "GHI_AM" and audio.original_name == "GHI_AM.MP3"
    assert audio.stored_path.endswith(".mp3")


def test_dev_clip_duration(store: Store) -> None:
    src = dev_clip("clips/vi_vivos_VIVOSSPK01_R029.wav")
    digest = sha256(src)
    meeting, audio = import_audio(store, src)
    assert audio.duration == pytest.approx(3.156, abs=0.01)
    assert meeting.title == "vi_vivos_VIVOSSPK01_R029"
    assert sha256(store.media_dir / audio.stored_path) == digest == sha256(src)


# --- duplicates ---------------------------------------------------------------------------------


def test_same_file_twice_is_refused(store: Store, encoded: dict[str, Path], tmp_path: Path) -> None:
    first_meeting, first_audio = import_audio(store, encoded["wav"])
    other = store.meetings.create("Họp khác")
    before = snapshot(store)

    with pytest.raises(DuplicateAudioError) as caught:
        import_audio(store, encoded["wav"])
    error = caught.value
    assert error.meeting_id == first_meeting.id and error.audio_id == first_audio.id
    assert str(first_meeting.id) in str(error)
    assert f"{TITLE} wav.wav" in str(error)
    assert snapshot(store) == before

    # The same recording under another name, into another meeting: still the same recording.
    renamed = shutil.copy(encoded["wav"], tmp_path / "bản sao.wav")
    with pytest.raises(DuplicateAudioError, match="bản sao.wav") as caught:
        import_audio(store, renamed, meeting_id=other.id)
    assert caught.value.meeting_id == first_meeting.id
    assert snapshot(store) == before
    assert store.audio.for_meeting(other.id) == []


# --- refusals -----------------------------------------------------------------------------------


def _text_as_mp3(folder: Path) -> Path:
    path = folder / "biên bản.mp3"
    path.write_text("Biên bản cuộc họp giao ban\n" * 50, encoding="utf-8")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "trống.m4a"
    path.touch()
    return path


def _missing(folder: Path) -> Path:
    return folder / "không có.mp3"


def _folder(folder: Path) -> Path:
    path = folder / "thư mục.mp3"
    path.mkdir()
    return path


def _zero_length_wav(folder: Path) -> Path:
    return write_wav(folder / "im lặng.wav", np.zeros(0, dtype=np.int16))


def _scrambled(folder: Path, fmt: str) -> Path:
    """A real file with its middle third overwritten: the decoder rejects the damaged frames."""
    path = write_tone(folder / f"hỏng.{fmt}", seconds=2.0, fmt=fmt)
    data = bytearray(path.read_bytes())
    third = len(data) // 3
    data[third : 2 * third] = np.random.default_rng(1).bytes(third)
    path.write_bytes(bytes(data))
    return path


def _truncated_m4a(folder: Path) -> Path:
    """A copy cut short: the index (moov) at the end of the file is lost."""
    path = write_tone(folder / "cắt cụt.m4a", seconds=2.0, fmt="m4a")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


REFUSED = {
    "text-as-mp3": (_text_as_mp3, "không phải tệp âm thanh/video"),
    "empty": (_empty, "trống"),
    "missing": (_missing, "Không tìm thấy"),
    "folder": (_folder, "thư mục"),
    "zero-length-wav": (_zero_length_wav, "0,1 giây"),
    "corrupt-mp3": (lambda f: _scrambled(f, "mp3"), "bị hỏng"),
    "corrupt-m4a": (lambda f: _scrambled(f, "m4a"), "bị hỏng"),
    "truncated-m4a": (_truncated_m4a, "không đọc được"),
}


@pytest.mark.parametrize("case", REFUSED)
def test_refused_inputs_leave_nothing_behind(
    store: Store, encoded: dict[str, Path], tmp_path: Path, case: str
) -> None:
    import_audio(store, encoded["flac"])  # something already there, which must stay as it is
    before = snapshot(store)
    make, words = REFUSED[case]
    folder = tmp_path / "in"
    folder.mkdir()
    src = make(folder)
    src_bytes = src.read_bytes() if src.is_file() else None

    with pytest.raises(AudioError) as caught:
        import_audio(store, src)

    assert src.name in str(caught.value)
    assert words in str(caught.value)
    assert snapshot(store) == before
    if src_bytes is not None:
        assert src.read_bytes() == src_bytes


def test_unknown_meeting_is_refused_before_copying(store: Store, encoded: dict[str, Path]) -> None:
    before = snapshot(store)
    with pytest.raises(NotFoundError, match="999"):
        import_audio(store, encoded["mp3"], meeting_id=999)
    assert snapshot(store) == before
    assert not store.media_dir.exists()
    # Even for a file that is not there: the meeting is checked first.
    with pytest.raises(NotFoundError):
        import_audio(store, encoded["mp3"].with_name("nowhere.mp3"), meeting_id=999)


def test_file_growing_during_import(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recording still being written: the copy differs from what was checked, so it is
    refused and the half-copied file removed."""
    src = write_tone(tmp_path / "đang ghi.wav", seconds=SECONDS, fmt="wav")
    real_probe = importing.probe

    def probe_then_grow(path):
        info = real_probe(path)
        with open(path, "ab") as out:
            out.write(b"\x00" * 4096)
        return info

    monkeypatch.setattr(importing, "probe", probe_then_grow)
    with pytest.raises(AudioError, match="đang ghi.wav"):
        import_audio(store, src)
    assert snapshot(store) == (0, [], [])


def test_failure_after_copy_removes_the_copy(store: Store, encoded: dict[str, Path]) -> None:
    """The copy is in place before the rows are written: a refusal there removes it again."""
    with pytest.raises(UserError):
        import_audio(store, encoded["ogg"], title="   ")  # a blank title: no meeting is made
    assert snapshot(store) == (0, [], [])
    meeting, _ = import_audio(store, encoded["ogg"])  # and the file can then be imported
    assert meeting.title == f"{TITLE} ogg"


def test_database_failure_rolls_back_and_removes_copy(
    store: Store, encoded: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_add(*args, **kwargs):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(store.audio, "add", broken_add)
    with pytest.raises(RuntimeError):
        import_audio(store, encoded["ogg"])
    assert snapshot(store) == (0, [], [])


def test_full_disk_is_reported_and_leaves_nothing(
    store: Store, encoded: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from meeting_assistant.errors import StorageError
    from meeting_assistant.services import importing

    before = snapshot(store)
    real_fdopen = importing.os.fdopen

    class FullDisk:
        """A file that fills the disk after the first megabyte-sized write."""

        def __init__(self, fd: int, mode: str) -> None:
            self.inner = real_fdopen(fd, mode)

        def write(self, block: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str):
            return getattr(self.inner, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> None:
            self.inner.close()

    monkeypatch.setattr(importing.os, "fdopen", FullDisk)
    with pytest.raises(StorageError) as raised:
        import_audio(store, encoded["mp3"])
    assert "đầy" in raised.value.message  # "the disk is full", in the clerk's language
    assert snapshot(store) == before
