"""Encryption at rest: the database (SQLCipher) and the media folder, turned on and off with a
passphrase; nothing lost, nothing readable on disk, a wrong passphrase or a flipped byte refused."""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile

import pytest

from meeting_assistant import vault
from meeting_assistant.errors import UserError
from meeting_assistant.models import Segment
from meeting_assistant.paths import media_dir_for
from meeting_assistant.sealed import MAGIC, SealedFileError
from meeting_assistant.services import Services, encryption
from meeting_assistant.services.backup import restore
from meeting_assistant.store import Store, cipher

from .audio_fixtures import write_tone

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")

PASSPHRASE = "Mật khẩu dữ liệu của Văn phòng 2026"
SECRET_WORD = "Hoàngxanhbiếc"  # in a conclusion and the transcript: never plain on disk


@pytest.fixture(autouse=True)
def forget_keys():
    yield
    vault._UNLOCKED.clear()


def _dump(db_path) -> dict:
    """Every row of every table, as the database holds it."""
    conn = cipher.connect(db_path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%_fts%' ORDER BY name")]  # fmt: skip
        return {t: sorted(map(repr, conn.execute(f'SELECT * FROM "{t}"'))) for t in tables}
    finally:
        conn.close()


def _media(db_path) -> dict[str, bytes]:
    folder = media_dir_for(db_path)
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*.wav")}


def _data_files(db_path):
    return [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name) and p.is_file()]


@pytest.fixture
def data(tmp_path):
    db_path = tmp_path / "data" / "meetings.db"
    with Services.open(db_path) as services:
        meeting, audio = services.importing.import_audio(
            write_tone(tmp_path / "hop.wav", seconds=6, rate=16000, channels=1), title="Giao ban"
        )
        services.importing.import_audio(
            write_tone(tmp_path / "hai.wav", seconds=3, rate=8000, channels=1),
            meeting_id=meeting.id,
        )
        services.items.add_conclusion(meeting.id, f"Thống nhất phương án {SECRET_WORD}")
        services.items.add_task(meeting.id, f"Triển khai {SECRET_WORD}", lead_unit="Sở Tài chính")
    with Store(db_path) as store:  # what Whisper heard
        store.segments.add(Segment(None, meeting.id, audio.id, 0.0, 2.5,
                                   f"Đồng chí Chủ tịch nói về dự án {SECRET_WORD}"))  # fmt: skip
    return db_path


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_turning_on_and_off_keeps_every_row_and_every_byte(data):
    rows, media = _dump(data), _media(data)
    assert all(not v.startswith(MAGIC) for v in media.values())

    result = encryption.turn_on(data, PASSPHRASE)
    assert result.encrypted and result.media_files == 2
    assert not cipher.is_plain(data) and vault.is_encrypted(data)
    secret = SECRET_WORD.encode("utf-8")
    for path in _data_files(data):  # the database, its -wal and its key file
        assert secret not in path.read_bytes(), path
    sealed = _media(data)
    assert all(v.startswith(MAGIC) for v in sealed.values())  # on disk, encrypted
    if os.name == "posix":
        assert {_mode(p) for p in _data_files(data)} == {0o600}
        assert _mode(media_dir_for(data)) == 0o700
        assert {_mode(p) for p in media_dir_for(data).rglob("*.wav")} == {0o600}

    assert _dump(data) == rows  # opened with the key unlocked by turn_on
    with Services.open(data) as services:
        meeting = services.meetings.list()[0]
        for audio in services.meetings.audio(meeting.id):
            copy = services.meetings.media_path(audio)  # what playback and decoders read
            assert copy.read_bytes() == media[audio.stored_path]
            assert copy.parent.parent == vault.plain_dir(data)  # this process's own folder
            if os.name == "posix":
                assert _mode(copy.parent) == 0o700 and _mode(copy) == 0o600
        assert services.check().ok  # SHA-256 of the decrypted content
        assert services.meetings.search(SECRET_WORD)  # full-text search still works

    vault.register(data, None)  # a new start: locked until the passphrase is given
    with pytest.raises(vault.LockedError):
        Services.open(data)
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in _data_files(data)}
    with pytest.raises(vault.WrongDataPassphraseError):
        vault.unlock(data, "sai mật khẩu")
    with pytest.raises(vault.WrongDataPassphraseError):
        encryption.turn_off(data, "sai mật khẩu")
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in _data_files(data)} == before

    result = encryption.turn_off(data, PASSPHRASE)
    assert not result.encrypted and result.media_files == 2
    assert cipher.is_plain(data) and not vault.is_encrypted(data)
    assert _dump(data) == rows and _media(data) == media
    assert not vault.plain_dir(data).exists()
    with Services.open(data) as services:
        assert services.check().ok


def test_a_flipped_byte_in_an_encrypted_media_file_is_refused(data):
    encryption.turn_on(data, PASSPHRASE)
    path = next(media_dir_for(data).rglob("*.wav"))
    blob = bytearray(path.read_bytes())
    blob[len(blob) // 2] ^= 0x01
    path.write_bytes(bytes(blob))
    with pytest.raises(SealedFileError) as caught:
        vault.readable_media(data, path)
    assert "altered" in caught.value.en  # "damaged, incomplete or has been altered"
    with Services.open(data) as services:
        assert services.check().altered == [str(path.relative_to(media_dir_for(data)))]
    with pytest.raises(SealedFileError):  # turning off stops before anything is replaced
        encryption.turn_off(data, PASSPHRASE)
    assert path.read_bytes() == bytes(blob)


def test_a_backup_of_encrypted_data_stays_encrypted_and_restores(data, tmp_path):
    rows = _dump(data)
    encryption.turn_on(data, PASSPHRASE)
    with Services.open(data) as services:
        made = services.backup(tmp_path / "sao.mabak")  # no backup passphrase: only checksummed
    assert SECRET_WORD.encode() not in made.path.read_bytes()
    with Services.open(data) as services:
        services.items.add_conclusion(services.meetings.list()[0].id, "Ghi sau khi sao lưu")
    restore(data, made.path, None, confirmed=True)
    assert _dump(data) == rows and vault.is_encrypted(data)
    # Another computer (no key unlocked): the data passphrase opens the backup's data.
    vault.register(data, None)
    target = tmp_path / "other" / "meetings.db"
    with pytest.raises(UserError):
        restore(target, made.path, None, confirmed=True)
    restore(target, made.path, PASSPHRASE, confirmed=True)
    assert _dump(target) == rows


def test_a_conversion_cut_short_is_finished_at_the_next_start(data, monkeypatch):
    rows, media = _dump(data), _media(data)

    def crash(*_args, **_kw):
        raise KeyboardInterrupt  # the power goes after the media, before the database

    monkeypatch.setattr(encryption, "_convert_database", crash)
    with pytest.raises(KeyboardInterrupt):
        encryption.turn_on(data, PASSPHRASE)
    monkeypatch.undo()
    assert cipher.is_plain(data) and vault.is_encrypted(data)
    vault.register(data, None)
    vault.unlock(data, PASSPHRASE)
    assert encryption.needs_resume(data)
    with Services.open(data) as services:  # readable half-way: plain database, sealed media
        audio = services.meetings.audio(services.meetings.list()[0].id)[0]
        assert services.meetings.media_path(audio).read_bytes() == media[audio.stored_path]
    encryption.resume(data)
    assert not cipher.is_plain(data) and not encryption.needs_resume(data)
    assert _dump(data) == rows


def test_a_recording_is_plain_while_it_runs_and_sealed_at_recovery(data):
    encryption.turn_on(data, PASSPHRASE)
    with Services.open(data) as services:
        meeting = services.meetings.list()[0]
        audio = services.meetings.audio(meeting.id)[0]
        # What a crash after an import (or a recording's end) leaves: a finished file, plain.
        path = media_dir_for(data) / audio.stored_path
        plain = vault.readable_media(data, path).read_bytes()
        path.write_bytes(plain)
        services.recover()
        assert path.read_bytes().startswith(MAGIC)
        assert services.check().ok


def test_a_backup_tar_of_encrypted_data_carries_its_key_file(data, tmp_path):
    encryption.turn_on(data, PASSPHRASE)
    with Services.open(data) as services:
        made = services.backup(tmp_path / "b.mabak")
    from meeting_assistant.sealed import SealedReader, open_source

    with open_source(made.path) as source:
        with tarfile.open(fileobj=SealedReader(source, None, "backup"), mode="r|") as archive:
            names = [m.name for m in archive]
    assert "database.sqlite.key" in names


def test_review_package_audio_spans_are_cut_from_encrypted_recordings(tmp_path):
    from meeting_assistant.review import read_package

    from .review_fixtures import PASSPHRASE as PACKAGE_PASSPHRASE
    from .review_fixtures import review_meeting

    db_path = tmp_path / "r" / "meetings.db"
    with Services.open(db_path) as services:
        data = review_meeting(services, tmp_path)
    encryption.turn_on(db_path, PASSPHRASE)
    out = tmp_path / "goi.mahop"
    with Services.open(db_path) as services:
        services.review.export(out, PACKAGE_PASSPHRASE, meeting_ids=[data["meeting"].id],
                               with_audio=True, today=data["today"])  # fmt: skip
    package = read_package(out, PACKAGE_PASSPHRASE)
    clips = {i.ref: package.clip(i) for i in package.items() if i.clip}
    assert set(clips) == {f"conclusion:{data['conclusions'][0].id}",
                          f"task:{data['tasks'][0].id}"}  # fmt: skip
    assert all(blob.startswith(b"OggS") for blob in clips.values())  # decoded, cut, encoded


def test_data_open_elsewhere_is_not_converted(data):
    before = {p.name: p.read_bytes() for p in _data_files(data)}
    with Services.open(data):  # the window, or a command, has it open
        with pytest.raises(UserError) as caught:
            encryption.turn_on(data, PASSPHRASE)
        assert "open in another window" in caught.value.en
        assert not vault.is_encrypted(data)
    assert cipher.is_plain(data)
    assert before.keys() <= {p.name for p in _data_files(data)}


def test_a_missing_key_file_is_named(data):
    encryption.turn_on(data, PASSPHRASE)
    vault.register(data, None)
    vault.key_file(data).rename(data.with_name("elsewhere.key"))
    with pytest.raises(UserError) as caught:
        Services.open(data)
    assert "meetings.db.key" in caught.value.message and "tệp khóa" in caught.value.message


def test_a_command_leaves_no_decrypted_copy_behind(data):
    """A command run from a terminal (its own process) reads recordings through decrypted
    copies; when it ends, none of them is left on disk in plain."""
    import subprocess
    import sys

    encryption.turn_on(data, PASSPHRASE)
    script = (
        "import sys; from meeting_assistant import vault; from meeting_assistant.services import"
        " Services\n"
        "vault.unlock(sys.argv[1], sys.argv[2])\n"
        "with Services.open(sys.argv[1]) as s:\n"
        "    m = s.meetings.list()[0]\n"
        "    copies = [s.meetings.media_path(a) for a in s.meetings.audio(m.id)]\n"
        "    assert all(c.is_file() for c in copies)\n"
        "    print(len(copies))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(data), PASSPHRASE], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) == 2  # both of the meeting's recordings were read through plain copies
    left = [p for p in vault.plain_dir(data).rglob("*") if p.is_file()]
    assert left == []
