"""A clerk's Windows profile often has spaces and Vietnamese letters
("C:\\Users\\Thư ký Văn phòng"): the whole core - database, imported audio, the joined model, a
transcription, the documents, the model manager - works with a data folder whose path contains
them."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from meeting_assistant.paths import data_dir, default_db_path, models_dir

from .cli_helpers import run

DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "audio" / "dev" / "clips"
CLIP = DEV / "vi_vivos_VIVOSSPK01_R003.wav"


@pytest.fixture
def clerk_folder(tmp_path, monkeypatch):
    folder = tmp_path / "Users" / "Thư ký Văn phòng" / "AppData" / "Meeting Assistant"
    monkeypatch.setenv("MEETING_ASSISTANT_DATA", str(folder))
    monkeypatch.delenv("MEETING_ASSISTANT_DB", raising=False)
    return folder


def ok(*args) -> str:
    done = run(list(args))
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_core_in_a_vietnamese_folder_with_spaces(clerk_folder, tmp_path):
    assert data_dir() == clerk_folder and default_db_path().parent == clerk_folder
    meeting = ok("new", "--title", "Họp giao ban", "--date", "2025-03-04").strip()
    recording = tmp_path / "Bản ghi âm" / "họp giao ban.ogg"
    recording.parent.mkdir()
    shutil.copyfile(Path(__file__).resolve().parent.parent / "resources/demo/demo_meeting.ogg",
                    recording)  # fmt: skip
    ok("import", recording, "--meeting", meeting)
    assert any((clerk_folder / "meetings-media").rglob("*.ogg"))
    ok("conclusion", "add", meeting, "--text", "Thống nhất đẩy mạnh chuyển đổi số.")
    out = clerk_folder / "Văn bản" / "biên bản.docx"
    out.parent.mkdir()
    ok("export", meeting, "--kind", "minutes", "--draft", "--out", out)
    text = "\n".join(p.text for p in docx.Document(out).paragraphs)
    assert "chuyển đổi số" in text and "Họp giao ban" in text.replace(
        "HỌP GIAO BAN", "Họp giao ban"
    )
    ok("export", meeting, "--kind", "notice", "--draft", "--out", clerk_folder / "thông báo.pdf")
    assert (clerk_folder / "thông báo.pdf").stat().st_size > 0
    # A backup into that folder, restored into another one of the same kind: all comes back.
    archive = clerk_folder / "Sao lưu" / "bản sao lưu tháng 3.mahop"
    archive.parent.mkdir()
    ok("backup", "--out", archive)
    other = tmp_path / "Users" / "Phó Văn phòng" / "dữ liệu họp.db"
    ok("--db", other, "restore", archive)
    shown = ok("--db", other, "show", meeting)
    assert "Họp giao ban" in shown and "họp giao ban.ogg" in shown and "Kết luận: 1" in shown
    ok("--db", other, "check")  # the database sound, every audio file matching its SHA-256
    assert any((other.parent / "dữ liệu họp-media").rglob("*.ogg"))


@pytest.mark.model
@pytest.mark.skipif(not CLIP.is_file(), reason="needs ../shared/audio/dev")
def test_transcribing_and_the_model_manager_in_that_folder(clerk_folder):
    meeting = ok("new", "--title", "Họp thử").strip()
    ok("import", CLIP, "--meeting", meeting)
    ok("transcribe", meeting)  # joins the embedded model into the Vietnamese path first
    assert (models_dir() / "whisper-base" / "model.bin").is_file()
    assert "công nghiệp phát triển" in ok("transcript", meeting, "--format", "txt")
    added = ok("models", "add", models_dir() / "whisper-base", "--name", "bản sao 2").strip()
    assert added == "ban-sao-2" and (models_dir() / added / "model.bin").is_file()
    assert added in ok("models")
