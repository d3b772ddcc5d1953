"""What differs on Windows, run here where the code branches on the system: no POSIX-only call
on the paths the app uses (file modes, process checks, folder fsync), media names stored with
"/" whatever the system, and a restore that Windows refuses (the database is open elsewhere)
leaves the current data as it was, with a message the clerk can act on."""

from __future__ import annotations

import contextlib
import importlib
import os
from pathlib import PurePosixPath, PureWindowsPath

import pytest

from meeting_assistant import paths
from meeting_assistant.documents import atomic
from meeting_assistant.errors import UserError
from meeting_assistant.services import Services
from meeting_assistant.services.importing import stored_name

backup = importlib.import_module("meeting_assistant.services.backup")


@contextlib.contextmanager
def windows(monkeypatch):
    """os.name as on Windows, and the POSIX-only calls it must not make, made to fail. Only
    around the calls under test: pathlib (and pytest) refuse to make new paths meanwhile."""

    def posix_only(*_args, **_kwargs):
        raise AssertionError("a POSIX-only call on Windows")

    with monkeypatch.context() as m:
        m.setattr(os, "chmod", posix_only)
        m.setattr(os, "umask", posix_only)
        m.setattr(os, "kill", posix_only)  # on Windows os.kill(pid, 0) ends the process
        m.setattr(os, "name", "nt")
        yield


def test_media_names_use_slashes_on_every_system():
    media = PureWindowsPath(r"C:\Users\Thư ký Văn phòng\AppData\meetings-media")
    assert stored_name(media / "audio" / "họp giao ban.wav", media) == "audio/họp giao ban.wav"
    posix = PurePosixPath("/home/thu-ky/meetings-media")
    assert stored_name(posix / "audio" / "a.wav", posix) == "audio/a.wav"


def test_private_files_and_folders_without_file_modes(monkeypatch, tmp_path):
    folder, db = tmp_path / "Thư ký Văn phòng" / "dữ liệu", tmp_path / "a.db"
    db.write_bytes(b"x")
    with windows(monkeypatch):
        paths.private_umask()
        paths.private_dir(folder)
        paths.private_file(db)
    assert folder.is_dir() and db.read_bytes() == b"x"


def test_a_document_is_made_durable_without_opening_its_folder(tmp_path, monkeypatch):
    real_open = os.open
    opened = []

    def no_folder_open(path, flags, *args):
        assert not os.path.isdir(path), "Windows cannot open a folder as a file"
        opened.append(path)
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", no_folder_open)
    with windows(monkeypatch):
        atomic._sync_folder(tmp_path)  # after the rename: a folder fsync where POSIX has one
    assert opened == []


def test_leftover_previews_are_told_apart_without_signalling_a_process(monkeypatch, qapp):
    from ui.documents import preview

    with windows(monkeypatch):
        alive = preview._alive(os.getpid())
    assert alive is None  # cannot tell: only day-old folders go


def test_a_restore_windows_refuses_keeps_the_current_data(
    tmp_path, monkeypatch, core_in_vietnamese
):
    db = tmp_path / "Thư ký Văn phòng" / "meetings.db"
    db.parent.mkdir()
    with Services.open(db) as services:
        meeting = services.meetings.create("Họp giao ban")
        services.backup(tmp_path / "sao lưu.mahop")
        services.meetings.create("Họp sau khi sao lưu")
    before = sorted(p.name for p in db.parent.iterdir())
    real_replace = os.replace

    def refused(src, dst):
        if os.fspath(src) == os.fspath(db):  # Windows: another program has the file open
            raise PermissionError(13, "The process cannot access the file", os.fspath(src))
        return real_replace(src, dst)

    monkeypatch.setattr(backup.os, "replace", refused)
    with pytest.raises(UserError) as error:
        backup.restore(db, tmp_path / "sao lưu.mahop", None, confirmed=True)
    assert "đang được mở" in error.value.message and "đóng ứng dụng" in error.value.message
    assert sorted(p.name for p in db.parent.iterdir()) == before  # nothing moved, nothing left
    with Services.open(db) as services:
        titles = [m.title for m in services.meetings.list()]
    assert "Họp sau khi sao lưu" in titles and meeting.title in titles


def test_a_damaged_copy_windows_will_not_replace_is_left_and_explained(
    store, tmp_path, monkeypatch, core_in_vietnamese
):
    from meeting_assistant.services import importing

    from .audio_fixtures import write_tone

    tone = write_tone(tmp_path / "họp giao ban.wav", seconds=2.0)
    _meeting, audio = importing.import_audio(store, tone)
    copy = store.media_dir / audio.stored_path
    damaged = bytearray(copy.read_bytes())
    damaged[-100] ^= 0xFF
    copy.write_bytes(bytes(damaged))
    real_replace = os.replace

    def refused(src, dst):
        if os.fspath(dst) == os.fspath(copy):  # Windows: the player has the file open
            raise PermissionError(13, "The process cannot access the file", os.fspath(dst))
        return real_replace(src, dst)

    monkeypatch.setattr(importing.os, "replace", refused)
    with pytest.raises(UserError) as error:
        importing.import_audio(store, tone)
    assert "đang được mở" in error.value.message and "họp giao ban.wav" in error.value.message
    assert copy.read_bytes() == bytes(damaged)  # as it was, for another try
    assert not list(copy.parent.glob(".incoming-*"))  # no half copy left behind
    monkeypatch.setattr(importing.os, "replace", real_replace)
    importing.import_audio(store, tone)  # closed again: the original reattaches
    assert importing.sha256_of(copy) == audio.sha256
