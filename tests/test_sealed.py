"""Sealed files: every size round-trips; a cut at a chunk boundary, swapped or dropped chunks, a
changed header and a wrong passphrase are each refused before any plain text is given."""

from __future__ import annotations

import io
import os

import pytest

from meeting_assistant import sealed
from meeting_assistant.sealed import (
    SealedFileError,
    SealedWriter,
    WrongPassphraseError,
    open_bytes,
    read_header,
    seal_bytes,
)

CHUNK = 64


@pytest.fixture(autouse=True)
def cheap_scrypt(monkeypatch):
    monkeypatch.setattr(sealed, "SCRYPT_N", 2**10)  # the format keeps N in each header


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * CHUNK + 7])
@pytest.mark.parametrize("passphrase", ["câu mật khẩu dài", None])
def test_every_size_round_trips(size, passphrase):
    data = os.urandom(size)
    blob = seal_bytes(data, "test", passphrase, chunk=CHUNK)
    assert open_bytes(blob, passphrase, "test") == data


def _layout(blob: bytes) -> tuple[int, int]:
    header, raw = read_header(io.BytesIO(blob))
    return len(raw), header["chunk"] + 16


def test_a_file_cut_at_a_chunk_boundary_is_incomplete():
    blob = seal_bytes(os.urandom(3 * CHUNK), "test", "câu mật khẩu dài", chunk=CHUNK)
    start, size = _layout(blob)
    for chunks in (1, 2):  # the third, full-sized chunk is the last one: 3 is the whole file
        with pytest.raises(SealedFileError, match="không trọn vẹn"):
            open_bytes(blob[: start + chunks * size], "câu mật khẩu dài", "test")


def test_swapped_or_dropped_chunks_are_refused():
    blob = seal_bytes(os.urandom(3 * CHUNK), "test", "câu mật khẩu dài", chunk=CHUNK)
    start, size = _layout(blob)
    head, body = blob[:start], blob[start:]
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    for damaged in (parts[1] + parts[0] + parts[2:][0] + b"".join(parts[3:]),
                    parts[0] + b"".join(parts[2:])):  # fmt: skip
        with pytest.raises(SealedFileError):
            open_bytes(head + damaged, "câu mật khẩu dài", "test")


def test_a_changed_header_a_wrong_kind_and_a_wrong_passphrase():
    blob = seal_bytes(b"noi dung", "test", "câu mật khẩu dài", chunk=CHUNK)
    with pytest.raises(WrongPassphraseError):
        open_bytes(blob, "sai", "test")
    with pytest.raises(SealedFileError, match="không phải tệp"):
        open_bytes(blob, "câu mật khẩu dài", "backup")
    changed = blob.replace(b'"format": 1', b'"format": 2')  # the header is every chunk's AAD
    assert changed != blob
    with pytest.raises(SealedFileError, match="bị hỏng"):
        open_bytes(changed, "câu mật khẩu dài", "test")


def test_accents_typed_decomposed_open_the_same_file():
    import unicodedata

    blob = seal_bytes(b"x", "test", "mật khẩu", chunk=CHUNK)
    assert open_bytes(blob, unicodedata.normalize("NFD", "mật khẩu"), "test") == b"x"


def test_a_writer_streams_without_holding_the_whole_file():
    out = io.BytesIO()
    writer = SealedWriter(out, "test", None, chunk=CHUNK)
    for _ in range(100):
        writer.write(b"a" * 33)
        assert len(writer._buffer) <= CHUNK + 33
    writer.close()
    assert open_bytes(out.getvalue(), None, "test") == b"a" * 3300
