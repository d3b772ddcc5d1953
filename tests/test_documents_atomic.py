"""A document is written whole or not at all: a failure leaves the old file byte for byte and no
temporary file behind, and says what the clerk can do."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from meeting_assistant.documents import export as export_module
from meeting_assistant.documents.atomic import atomic_output
from meeting_assistant.documents.export import export_meeting, export_report
from meeting_assistant.errors import NotFoundError, UserError

from .document_fixtures import ORGANISATIONS, TODAY, leftovers, make_meeting

OLD = b"%PDF-1.4 the clerk's earlier, signed copy"


@pytest.fixture
def target(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "thong-bao.pdf"
    path.write_bytes(OLD)
    return path


def test_success_replaces_the_target_readable_by_its_owner_only(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("old")
    with atomic_output(path) as temp:
        assert temp.parent == path.parent and temp != path
        temp.write_text("new")
        assert path.read_text() == "old"  # nothing visible until the end
    assert path.read_text() == "new"
    assert leftovers(tmp_path) == []
    if os.name == "posix":  # a confidential document is the clerk's alone, whatever the umask
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_failure_while_writing_leaves_the_target_untouched(target):
    with pytest.raises(RuntimeError), atomic_output(target) as temp:
        temp.write_bytes(b"half a document")
        raise RuntimeError("renderer bug")
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_a_full_disk_is_a_message_and_the_target_stays(target, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserError) as caught, atomic_output(target) as temp:
        temp.write_bytes(b"new")
    assert "đầy" in str(caught.value) and "full" in caught.value.en
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_no_permission_to_write_the_folder(target, monkeypatch):
    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", denied)
    with pytest.raises(UserError) as caught, atomic_output(target):
        pass
    assert "quyền" in str(caught.value) and "permission" in caught.value.en
    assert target.read_bytes() == OLD


def test_missing_folder_and_folder_as_target_are_messages(tmp_path):
    with pytest.raises(UserError) as caught, atomic_output(tmp_path / "no" / "such.pdf"):
        pass
    assert "không tồn tại" in str(caught.value)
    with pytest.raises(UserError), atomic_output(tmp_path):
        pass


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_export_into_a_read_only_folder(store, target):
    meeting_id = make_meeting(store)
    target.parent.chmod(0o555)
    try:
        with pytest.raises(UserError):
            export_meeting(store, meeting_id, "notice", "pdf", target,
                           organisation=ORGANISATIONS["state"], today=TODAY)  # fmt: skip
    finally:
        target.parent.chmod(0o755)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_unknown_meeting_leaves_the_target_untouched(store, target):
    with pytest.raises(NotFoundError):
        export_meeting(store, 999, "notice", "pdf", target, today=TODAY)
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_renderer_failing_mid_write_leaves_the_target_untouched(store, target, monkeypatch, fmt):
    meeting_id = make_meeting(store)
    name = "render_pdf" if fmt == "pdf" else "render_docx"
    real = getattr(export_module, name)

    def half_then_fail(doc, layout, path):
        real(doc, layout, path)
        path.write_bytes(path.read_bytes()[:100])
        raise RuntimeError("crashed half way")

    monkeypatch.setattr(export_module, name, half_then_fail)
    with pytest.raises(RuntimeError):
        export_meeting(store, meeting_id, "minutes", fmt, target,
                       organisation=ORGANISATIONS["party"], today=TODAY)  # fmt: skip
    assert target.read_bytes() == OLD
    assert leftovers(target.parent) == []


def test_a_failing_csv_write_leaves_the_target_untouched(store, target, monkeypatch):
    make_meeting(store)
    csv_target = target.with_suffix(".csv")
    csv_target.write_bytes(OLD)

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(UserError) as caught:
        export_report(store, csv_target, "csv", today=TODAY)
    assert "Input/output error" in str(caught.value)
    assert csv_target.read_bytes() == OLD
    assert leftovers(target.parent) == []
