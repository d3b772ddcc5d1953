"""The command line as a clerk or a script uses it: output, exit codes, one-line errors.

Commands run in this process (tests/cli_helpers.py); a child process only where the process is
the point: stopping it with Ctrl-C or a kill, and the installed entry point itself.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .audio_fixtures import write_tone
from .cli_helpers import cli, command
from .speech_fixtures import clip_path, clips, concatenate, normalise, wer


def test_new_show_and_meetings(tmp_path):
    details = ["--date", "2024-07-19", "--place", "Hà Nội", "--chair", "Đồng chí Bí thư"]
    done = cli(tmp_path, "new", "--title", "Hội nghị Ban Thường vụ", *details)
    assert done.returncode == 0, done.stderr
    meeting_id = int(done.stdout.strip())
    shown = json.loads(cli(tmp_path, "show", str(meeting_id), "--json").stdout)
    assert shown["title"] == "Hội nghị Ban Thường vụ"
    assert shown["place"] == "Hà Nội" and shown["chair"] == "Đồng chí Bí thư"
    assert shown["counts"] == {"segments": 0, "conclusions": 0, "tasks": 0}
    text = cli(tmp_path, "show", str(meeting_id)).stdout
    assert "Hội nghị Ban Thường vụ" in text and "2024-07-19" in text
    listed = json.loads(cli(tmp_path, "meetings", "--json").stdout)
    assert [m["id"] for m in listed] == [meeting_id]
    assert "Hội nghị Ban Thường vụ" in cli(tmp_path, "meetings").stdout


def test_the_installed_command_and_python_m_exit_as_main_says(tmp_path):
    """The real entry points, in child processes: the console script and `python -m`."""
    beside = Path(sys.executable).with_name("meeting-assistant")
    script = str(beside) if beside.exists() else shutil.which("meeting-assistant")
    if script is None:
        pytest.skip("the meeting-assistant console script is not installed")
    db = tmp_path / "m.db"
    made = subprocess.run([script, "--db", str(db), "new", "--title", "Họp giao ban"],
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert json.loads(cli(tmp_path, "show", made.stdout.strip(), "--json").stdout)["title"] == (
        "Họp giao ban"
    )
    missing = subprocess.run([*command(db), "show", "42"], capture_output=True, text=True,
                             timeout=120)  # fmt: skip
    assert missing.returncode == 1 and missing.stderr.startswith("Lỗi:")
    assert "Traceback" not in missing.stderr


def test_bad_usage_exits_2_and_user_errors_exit_1_with_one_line(tmp_path):
    assert cli(tmp_path, "new", "--date", "2024-01-01").returncode == 2  # no --title
    assert cli(tmp_path, "new", "--title", "x", "--date", "19/07/2024").returncode == 2
    assert cli(tmp_path, "frobnicate").returncode == 2
    missing = cli(tmp_path, "show", "42")
    assert missing.returncode == 1
    assert missing.stderr.strip().count("\n") == 0 and "42" in missing.stderr
    assert "Traceback" not in missing.stderr
    english = cli(tmp_path, "show", "42", lang="en")
    assert english.stderr.startswith("Error: There is no meeting number 42")


def test_refused_files_leave_the_meeting_count_unchanged(tmp_path):
    good = write_tone(tmp_path / "good.mp3", seconds=2.0, fmt="mp3")
    assert cli(tmp_path, "import", str(good)).returncode == 0
    fake = tmp_path / "notes.mp3"
    fake.write_text("Biên bản cuộc họp, không phải âm thanh\n", encoding="utf-8")
    corrupt = tmp_path / "broken.m4a"
    data = bytearray(write_tone(tmp_path / "src.m4a", seconds=4.0, fmt="m4a").read_bytes())
    data[len(data) // 3 : 2 * len(data) // 3] = os.urandom(len(data) // 3)
    corrupt.write_bytes(bytes(data))
    empty = tmp_path / "empty.wav"
    empty.write_bytes(b"")
    for bad in (fake, corrupt, empty):
        done = cli(tmp_path, "import", str(bad))
        assert done.returncode == 1, (bad, done.stderr)
        assert bad.name in done.stderr and "Traceback" not in done.stderr
        assert done.stderr.strip().count("\n") == 0
    again = cli(tmp_path, "import", str(good))
    assert again.returncode == 1 and "1" in again.stderr
    assert len(json.loads(cli(tmp_path, "meetings", "--json").stdout)) == 1


def test_models_lists_the_embedded_model(tmp_path):
    models = json.loads(cli(tmp_path, "models", "--json").stdout)
    base = next(m for m in models if m["name"] == "base")
    assert base["embedded"] is True and base["size_mb"] > 100
    missing = cli(tmp_path, "transcribe", "1", "--model", str(tmp_path / "nowhere"))
    assert missing.returncode == 1


@pytest.mark.model
def test_import_transcribe_search_and_export(tmp_path):
    row = next(r for r in clips("vi") if r["file"].endswith("R029.wav"))  # "kết luận trên …"
    done = cli(tmp_path, "import", str(clip_path(row)), "--title", "Họp giao ban")
    assert done.returncode == 0, done.stderr
    meeting = done.stdout.strip()
    done = cli(tmp_path, "transcribe", meeting)
    assert done.returncode == 0, done.stderr
    assert "100%" in done.stderr
    for query in ("kết luận", "ket luan", "KET LUAN"):
        hits = json.loads(cli(tmp_path, "search", query, "--json").stdout)
        assert [h["meeting_id"] for h in hits] == [int(meeting)], query
    srt = cli(tmp_path, "transcript", meeting, "--format", "srt").stdout
    assert srt.startswith("1\n00:00:00,") and " --> " in srt
    vtt = cli(tmp_path, "transcript", meeting, "--format", "vtt").stdout
    assert vtt.startswith("WEBVTT")
    segments = json.loads(cli(tmp_path, "transcript", meeting, "--format", "json").stdout)
    assert normalise(" ".join(s["text"] for s in segments)) == row["transcript"]
    assert segments[0]["words"]
    shown = json.loads(cli(tmp_path, "show", meeting, "--json").stdout)
    assert shown["state"] == "transcribed"
    assert shown["audio_files"][0]["transcription_state"] == "done"
    assert shown["counts"]["segments"] == len(segments)


def _segments(db):
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, start, text FROM segments ORDER BY start").fetchall()


@pytest.mark.model
@pytest.mark.parametrize("how", ["kill", "ctrl-c"])
def test_transcription_stopped_midway_resumes_where_it_stopped(tmp_path, how):
    rows = clips("vi")[:14]
    audio = tmp_path / "meeting.wav"
    reference = concatenate(audio, rows)
    assert cli(tmp_path, "import", str(audio)).returncode == 0
    db = tmp_path / "m.db"
    cmd = [*command(db), "transcribe", "1", "--window", "20"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 240
    while len(_segments(db)) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert proc.poll() is None, "finished before it could be stopped"
    if how == "kill":
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    else:
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 130 and "Traceback" not in err
    before = _segments(db)
    shown = json.loads(cli(tmp_path, "show", "1", "--json").stdout)
    assert shown["state"] == "interrupted"
    until = shown["audio_files"][0]["transcribed_until"]
    assert 0 < until < shown["duration"]
    assert shown["audio_files"][0]["transcription_state"] == "interrupted"

    done = cli(tmp_path, "transcribe", "1", "--window", "20")
    assert done.returncode == 0, done.stderr
    after = _segments(db)
    # What was stored before is kept as it was (same rows), and the rest follows it.
    assert after[: len(before)] == before
    assert all(start >= until - 0.05 for _id, start, _t in after[len(before) :])
    assert wer(reference, " ".join(t for _i, _s, t in after)) < 0.45
    shown = json.loads(cli(tmp_path, "show", "1", "--json").stdout)
    assert shown["state"] == "transcribed"
