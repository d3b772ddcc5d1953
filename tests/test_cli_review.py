"""The review, history and backup commands as a clerk and an official type them."""

from __future__ import annotations

import json
import subprocess

import pytest

from meeting_assistant.services import Services

from .cli_helpers import cli, command
from .review_fixtures import PASSPHRASE, review_meeting


@pytest.fixture
def setup(tmp_path):
    with Services.open(tmp_path / "m.db") as services:
        data = review_meeting(services, tmp_path)
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return data, pw


def test_package_round_trip_on_the_command_line(tmp_path, setup):
    data, pw = setup
    meeting, (late, _open) = data["meeting"], data["tasks"]
    out = tmp_path / "goi.mahop"
    done = cli(tmp_path, "package", "export", "--meeting", meeting.id, "--out", out,
               "--with-audio", "--passphrase-file", pw)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "1 cuộc họp, 2 kết luận, 2 nhiệm vụ"

    shown = cli(tmp_path, "package", "show", out, "--passphrase-file", pw, "--json")
    body = json.loads(shown.stdout)
    assert body["manifest"]["counts"]["tasks"] == 2
    task = next(i for i in body["items"] if i["ref"] == f"task:{late.id}")
    assert (task["lead_unit"], task["deadline"], task["has_audio"]) == (
        "Sở Thông tin và Truyền thông", "2026-11-25", True)  # fmt: skip
    text = cli(tmp_path, "package", "show", out, "--passphrase-file", pw).stdout
    assert f"task:{late.id}" in text and "Sở Thông tin và Truyền thông" in text

    reply = tmp_path / "tra-loi.mahop-reply"
    for verdict in ("revise", "other"):
        done = cli(tmp_path, "package", "comment", out, "--item", f"task:{late.id}",
                   "--verdict", verdict, "--text", f"Ý kiến {verdict}", "--reviewer",
                   "Đ/c Phạm C", "--reply", reply, "--passphrase-file", pw)  # fmt: skip
        assert done.returncode == 0, done.stderr
    merged = cli(tmp_path, "package", "merge", reply, "--passphrase-file", pw)
    assert (merged.returncode, merged.stdout.strip()) == (0, "2")
    again = cli(tmp_path, "package", "merge", reply, "--passphrase-file", pw)
    assert (again.returncode, again.stdout.strip()) == (0, "0")

    history = json.loads(cli(tmp_path, "history", "task", late.id, "--json").stdout)
    assert [e["action"] for e in history].count("comment") == 2
    assert history[0]["action"] == "create"
    assert "Đ/c Phạm C" in cli(tmp_path, "history", "task", late.id).stdout


def test_an_unknown_item_and_a_wrong_passphrase_are_errors(tmp_path, setup):
    data, pw = setup
    out = tmp_path / "goi.mahop"
    cli(tmp_path, "package", "export", "--meeting", data["meeting"].id, "--out", out,
        "--passphrase-file", pw)  # fmt: skip
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("không phải mật khẩu này", encoding="utf-8")
    done = cli(tmp_path, "package", "show", out, "--passphrase-file", wrong)
    assert done.returncode == 1 and "Sai mật khẩu" in done.stderr
    done = cli(tmp_path, "package", "comment", out, "--item", "task:999", "--verdict", "agree",
               "--text", "", "--reviewer", "B", "--reply", tmp_path / "r", "--passphrase-file",
               pw)  # fmt: skip
    assert done.returncode == 1 and "task:999" in done.stderr
    assert not (tmp_path / "r").exists()
    done = cli(tmp_path, "package", "export", "--out", out, "--passphrase-file", pw)
    assert done.returncode == 1 and "--meeting" in done.stderr


def test_the_passphrase_comes_from_standard_input(tmp_path, setup):
    data, _pw = setup
    out = tmp_path / "goi.mahop"
    base = command(tmp_path / "m.db")
    run = subprocess.run([*base, "package", "export", "--meeting", str(data["meeting"].id),
                          "--out", str(out), "--passphrase-file", "-"],
                         input=PASSPHRASE + "\n", capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    shown = subprocess.run([*base, "package", "show", str(out), "--passphrase-file", "-"],
                           input=PASSPHRASE, capture_output=True, text=True,
                           timeout=120)  # fmt: skip
    assert shown.returncode == 0 and "Rà soát thủ tục hành chính" in shown.stdout


def test_backup_check_restore(tmp_path, setup):
    data, pw = setup
    backup = tmp_path / "sao-luu.mabak"
    done = cli(tmp_path, "backup", "--out", backup, "--passphrase-file", pw)
    assert done.returncode == 0, done.stderr
    assert json.loads(cli(tmp_path, "check", "--json").stdout)["ok"] is True

    cli(tmp_path, "task", "update", data["tasks"][0].id, "--done", "2026-11-30")
    refused = cli(tmp_path, "restore", backup, "--passphrase-file", pw)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    done = cli(tmp_path, "restore", backup, "--passphrase-file", pw, "--yes")
    assert done.returncode == 0, done.stderr
    with Services.open(tmp_path / "m.db") as services:
        assert services.items.task(data["tasks"][0].id).completed_on is None  # as backed up
    aside = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(aside) == 1 and (aside[0] / "m.db").exists()  # what it replaced, kept
    report = json.loads(cli(tmp_path, "check", "--json").stdout)
    assert report["ok"] is True and report["files_checked"] == 1


def test_check_names_an_altered_audio_file(tmp_path, setup):
    data, _pw = setup
    with Services.open(tmp_path / "m.db") as services:
        path = services.meetings.media_path(data["audio"])
    with open(path, "r+b") as handle:
        handle.seek(2000)
        handle.write(b"\x00\x01\x02")
    done = cli(tmp_path, "check")
    assert done.returncode == 1 and data["audio"].stored_path in done.stdout


def test_a_damaged_backup_leaves_the_data_as_it_is(tmp_path, setup):
    data, pw = setup
    backup = tmp_path / "b.mabak"
    assert cli(tmp_path, "backup", "--out", backup).returncode == 0  # not encrypted: checksummed
    blob = bytearray(backup.read_bytes())
    blob[len(blob) // 2] ^= 0x10
    backup.write_bytes(bytes(blob))
    before = (tmp_path / "m.db").stat().st_size
    done = cli(tmp_path, "restore", backup, "--yes")
    assert done.returncode == 1 and "hỏng" in done.stderr
    assert (tmp_path / "m.db").stat().st_size == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".restore-", "m.before"))]


def test_a_daily_backup_once_a_day_keeping_the_last_n(tmp_path, setup):
    import datetime as dt

    from meeting_assistant.services.backup import backups_dir, daily_backup

    with Services.open(tmp_path / "m.db") as services:
        services.settings.set_backups_kept(2)
        store = services._store
        for day in (1, 2, 3):
            assert daily_backup(store, 2, dt.date(2026, 12, day)) is not None
        assert daily_backup(store, 2, dt.date(2026, 12, 3)) is None  # once a day
        kept = sorted(p.name for p in backups_dir(store.path).iterdir())
        assert kept == ["m-2026-12-02.mabak", "m-2026-12-03.mabak"]
        assert services.settings.backups_kept == 2
        assert daily_backup(store, 0) is None


def test_a_backup_with_a_wrong_passphrase_restores_nothing(tmp_path, setup):
    data, pw = setup
    backup = tmp_path / "b.mabak"
    assert cli(tmp_path, "backup", "--out", backup, "--passphrase-file", pw).returncode == 0
    wrong = tmp_path / "wrong"
    wrong.write_text("một mật khẩu khác", encoding="utf-8")
    before = (tmp_path / "m.db").read_bytes()
    done = cli(tmp_path, "restore", backup, "--passphrase-file", wrong, "--yes")
    assert done.returncode == 1 and "Sai mật khẩu" in done.stderr
    assert (tmp_path / "m.db").read_bytes() == before
    done = cli(tmp_path, "restore", backup, "--yes")  # encrypted: a passphrase is needed
    assert done.returncode == 1 and "--passphrase-file" in done.stderr
