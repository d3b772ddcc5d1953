"""Nothing lost and nothing silently missing: each way of losing or dropping data that a
fault-injection run found, checked (concurrency and hostile input have their own files)."""

from __future__ import annotations

import os
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest

from meeting_assistant.errors import DamagedAudioError, StorageError, UserError
from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from meeting_assistant.services.importing import import_audio, sha256_of
from meeting_assistant.services.transcription import resume_prompt, save_segment
from meeting_assistant.store import Store
from meeting_assistant.store.database import storage_errors
from meeting_assistant.transcription import TranscribedSegment

from .audio_fixtures import write_tone
from .cli_helpers import cli

POSIX = os.name == "posix"


def _meeting_with_segments(store):
    tone = write_tone(Path(store.media_dir).parent / "hop.wav", seconds=30.0)
    meeting, audio = import_audio(store, tone)
    ids = [
        store.segments.add(Segment(None, meeting.id, audio.id, t, t + 4.0, f"đoạn {t:.0f}"),
                           transcribed_until=t + 4.0).id
        for t in (0.0, 5.0, 10.0, 15.0, 20.0)
    ]  # fmt: skip
    return meeting, audio, ids


# 2. A stale second run never deletes the clerk's edits nor what an item points to ------------


def test_a_resumed_run_keeps_edited_and_tagged_segments(services, store):
    meeting, audio, ids = _meeting_with_segments(store)
    services.transcript.set_text(ids[3], "đoạn mười lăm đã sửa")
    task = services.items.task_from_segments([ids[4]])
    resume_prompt(store, audio.id, 5.0)  # a run that read its resume point before the edits
    kept = [s.id for s in store.segments.for_audio(audio.id)]
    assert kept == [ids[0], ids[3], ids[4]]  # the untouched ones are heard again
    assert store.segments.get(ids[3]).text == "đoạn mười lăm đã sửa"
    assert store.items.task(task.id).first_segment_id == ids[4]
    # What the engine says again over a kept segment is not stored twice.
    again = TranscribedSegment(15.1, 19.0, "đoạn mười lăm", resume_at=19.0)
    assert save_segment(store, meeting.id, audio.id, again) is None
    fresh = TranscribedSegment(5.0, 9.0, "đoạn năm", resume_at=9.0)
    assert save_segment(store, meeting.id, audio.id, fresh) is not None
    assert store.audio.get(audio.id).transcribed_until == 9.0


# 6. Damaged audio is said, and imported only with consent -----------------------------------


def _truncated(tmp_path: Path) -> Path:
    whole = write_tone(tmp_path / "whole.wav", seconds=10.0)
    cut = tmp_path / "cut.wav"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    return cut


def test_a_truncated_recording_is_refused_then_imported_in_part_with_consent(store, tmp_path):
    cut = _truncated(tmp_path)
    with pytest.raises(DamagedAudioError) as refused:
        import_audio(store, cut)
    assert "bị hỏng từ 00:05" in refused.value.message and "00:10" in refused.value.message
    assert (
        store.meetings.count() == 0
        and not (store.media_dir / "audio").exists()
        or not any((store.media_dir / "audio").iterdir())
    )
    meeting, audio = import_audio(store, cut, accept_damaged=True)
    assert audio.duration == pytest.approx(5.0, abs=0.05)
    assert audio.damaged_from == pytest.approx(5.0, abs=0.05) and audio.expected_duration == 10.0


def test_the_command_line_says_where_the_damage_is(tmp_path):
    cut = _truncated(tmp_path)
    done = cli(tmp_path, "import", str(cut))
    assert done.returncode == 1 and "bị hỏng" in done.stderr
    assert cli(tmp_path, "import", str(cut), "--accept-damaged").returncode == 0


def test_a_damaged_stored_copy_is_reported_not_transcribed_and_the_original_reattaches(
    services, store, tmp_path
):
    tone = write_tone(tmp_path / "hop.wav", seconds=3.0)
    meeting, audio = import_audio(store, tone)
    copy = store.media_dir / audio.stored_path
    data = bytearray(copy.read_bytes())
    data[-100] ^= 0xFF  # bit rot in the app's copy
    copy.write_bytes(bytes(data))
    with pytest.raises(UserError) as refused:
        list(services.transcription.run(meeting.id))
    assert "bị hỏng" in refused.value.message and "nhập lại tệp gốc" in refused.value.message
    again, reattached = import_audio(store, tone)  # the original, matched by its checksum
    assert again.id == meeting.id and reattached.reattached and reattached.id == audio.id
    assert sha256_of(copy) == audio.sha256
    assert store.meetings.count() == 1


# 7. A missing stored copy is not a dead end ---------------------------------------------------


def test_a_missing_copy_is_reattached_to_its_own_meeting(tmp_path):
    tone = write_tone(tmp_path / "hop.wav", seconds=3.0)
    assert cli(tmp_path, "import", str(tone)).returncode == 0
    with Store(tmp_path / "m.db") as store:
        (audio,) = store.audio.for_meeting(1)
        (store.media_dir / audio.stored_path).unlink()
    told = cli(tmp_path, "transcribe", "1")
    assert told.returncode == 1 and "gắn lại vào cuộc họp này" in told.stderr
    done = cli(tmp_path, "import", str(tone))
    assert done.returncode == 0 and "Đã gắn lại" in done.stderr
    with Store(tmp_path / "m.db") as store:
        assert (store.media_dir / audio.stored_path).is_file() and store.meetings.count() == 1


# 9, 11, 12. Errors that read as messages; what must be refused is refused ----------------------


def test_a_disk_io_error_on_a_full_disk_says_the_disk_is_full(monkeypatch, tmp_path):
    from meeting_assistant.store import database

    monkeypatch.setattr(database, "_disk_full", lambda path: True)
    with pytest.raises(StorageError) as full, storage_errors(tmp_path / "m.db"):
        raise sqlite3.OperationalError("disk I/O error")
    assert "đầy" in full.value.message
    monkeypatch.setattr(database, "_disk_full", lambda path: False)
    with pytest.raises(StorageError) as other, storage_errors(tmp_path / "m.db"):
        raise sqlite3.OperationalError("disk I/O error")
    assert "đọc/ghi ổ đĩa" in other.value.message


def test_databases_that_must_not_be_opened(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    for path, words in (("", "Chưa có tên"), (str(empty), "rỗng"), (str(tmp_path), "thư mục")):
        with pytest.raises(StorageError) as refused:
            Store(path)
        assert words in refused.value.message
    assert empty.stat().st_size == 0  # left as it was, for the clerk to restore


def test_a_database_from_a_newer_version_is_never_written(tmp_path):
    db = tmp_path / "m.db"
    Store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('meeting_assistant', 'm999_from_the_future', '2030-01-01')"
        )
    before = db.read_bytes()
    with pytest.raises(StorageError) as refused:
        Store(db)
    assert "phiên bản mới hơn" in refused.value.message
    assert db.read_bytes() == before


def test_live_transcription_with_an_unknown_language_is_refused_before_recording(tmp_path):
    done = cli(tmp_path, "record", "--device", "file:" + str(write_tone(tmp_path / "t.wav")),
               "--live-transcribe", "--language", "xx", "--duration", "1")  # fmt: skip
    assert done.returncode == 1 and "xx" in done.stderr
    with Store(tmp_path / "m.db") as store:
        assert store.meetings.count() == 0  # nothing was made for it


def test_a_task_needs_a_lead_and_a_recording_a_sane_duration(tmp_path):
    assert cli(tmp_path, "new", "--title", "Giao ban").returncode == 0
    done = cli(tmp_path, "task", "add", "1", "--content", "Rà soát", "--lead", "  ")
    assert done.returncode == 1 and "--lead" in done.stderr
    for bad in ("-5", "0", "nan", "inf"):
        assert cli(tmp_path, "record", "--duration", bad).returncode == 2


# 13. What the app creates is its owner's alone ------------------------------------------------


@pytest.mark.skipif(not POSIX, reason="POSIX modes")
def test_database_media_recordings_and_exports_are_owner_only(tmp_path):
    old = os.umask(0o022)  # a usual, permissive umask: the app must not rely on it
    try:
        tone = write_tone(tmp_path / "hop.wav", seconds=2.0)
        data = tmp_path / "data"
        assert cli(data, "import", str(tone)).returncode == 0
        out = tmp_path / "tb.pdf"
        assert cli(data, "export", "1", "--kind", "transcript", "--out", str(out)).returncode == 0
    finally:
        os.umask(old)
    db = data / "m.db"
    with Store(db) as store:
        (audio,) = store.audio.for_meeting(1)
        media = store.media_dir
    for path in (db, media / audio.stored_path, out):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (data, media, media / "audio"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


# 14. Deleting means deleting -------------------------------------------------------------------


def test_deleting_a_meeting_removes_its_audio_text_index_and_history(services, store):
    meeting, audio, ids = _meeting_with_segments(store)
    services.items.add_task(meeting.id, "Nội dung mật", lead_unit="Sở Nội vụ")
    services.items.conclusion_from_segments(ids[:2])
    copy = store.media_dir / audio.stored_path
    assert copy.is_file() and store.search("mat")
    services.meetings.delete(meeting.id)
    assert not copy.exists()
    assert store.search("doan") == [] and store.search("mat") == []
    for table in ("segments", "conclusions", "tasks", "audit_log", "edit_drafts"):
        count = store.snapshots.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert count == 0, table


def test_previews_a_crash_left_behind_are_removed_at_the_next_start(qapp):
    from ui.documents.preview import PREVIEW_PREFIX, clean_leftover_previews

    dead = Path(tempfile.mkdtemp(prefix=f"{PREVIEW_PREFIX}{2**22 + 12345}-"))
    (dead / "preview.pdf").write_bytes(b"%PDF confidential")
    mine = Path(tempfile.mkdtemp(prefix=f"{PREVIEW_PREFIX}{os.getpid()}-"))
    try:
        assert clean_leftover_previews() >= 1
        assert not dead.exists() and mine.exists()
    finally:
        for folder in (dead, mine):
            if folder.exists():
                for f in folder.iterdir():
                    f.unlink()
                folder.rmdir()


# 15. The embedded model is the published one ---------------------------------------------------


def test_the_embedded_model_is_checked_by_its_checksum(tmp_path, monkeypatch):
    from meeting_assistant.errors import ModelError
    from meeting_assistant.transcription import model_registry

    monkeypatch.setenv("MEETING_ASSISTANT_DATA", str(tmp_path))
    model = model_registry.embedded_model_dir() / "model.bin"
    assert sha256_of(model) == model_registry.EMBEDDED_SHA256
    with open(model, "r+b") as f:  # bit rot of one byte, same size
        f.seek(1000)
        byte = f.read(1)
        f.seek(1000)
        f.write(bytes([byte[0] ^ 0xFF]))
    os.utime(model, ns=(1, 1))  # and a new time, as a copy would give it
    model_registry.embedded_model_dir()  # joined again from the packages
    assert sha256_of(model) == model_registry.EMBEDDED_SHA256
    model.unlink()
    monkeypatch.setattr(model_registry, "EMBEDDED_SHA256", "0" * 64)
    with pytest.raises(ModelError) as wrong:
        model_registry.embedded_model_dir()
    assert "SHA-256" in wrong.value.message and not model.exists()
    assert not list(model.parent.glob("model.bin.joining*"))


# 4. A file is done only when its speech is covered ---------------------------------------------


@pytest.mark.model
def test_speech_left_at_the_end_is_heard_again_before_the_file_is_done(tmp_path, monkeypatch):
    from meeting_assistant.services import transcription
    from meeting_assistant.transcription import engines

    from .speech_fixtures import clips, concatenate

    audio_file = tmp_path / "hop.wav"
    concatenate(audio_file, clips("vi")[:4])
    real = engines.transcribe_file
    calls = []

    def stops_early(*args, **kwargs):
        """The engine as it misbehaves: the first pass loses its last segment."""
        calls.append(kwargs.get("start", 0.0))
        events = list(real(*args, **kwargs))
        if len(calls) == 1:
            last = max(i for i, e in enumerate(events) if isinstance(e, TranscribedSegment))
            del events[last]
        yield from events

    monkeypatch.setattr(engines, "transcribe_file", stops_early)
    with Services.open(tmp_path / "m.db") as services:
        meeting, audio = services.importing.import_audio(audio_file)
        list(services.transcription.run(meeting.id, cpu_threads=2))
        segments = services.transcript.segments(meeting.id)
        assert len(calls) == 2 and calls[1] > 0  # the end, heard again on its own
        assert segments[-1].start >= calls[1] - 0.01  # the lost words are back, from that pass
        assert "còi" in segments[-1].text.lower() or "báo" in segments[-1].text.lower()
        assert services.meetings.audio(meeting.id)[0].transcription_state == "done"
        monkeypatch.setattr(engines, "transcribe_file", real)
        assert transcription.uncovered_speech(services._store, audio) is None
