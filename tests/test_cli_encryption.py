"""Encryption at rest on the command line: on (after the warning is confirmed), every command
with --data-passphrase-file, a wrong or missing passphrase refused, off again."""

from __future__ import annotations

import json

import pytest

from meeting_assistant import vault
from meeting_assistant.services import Services
from meeting_assistant.store import cipher

from .cli_helpers import cli

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")


@pytest.fixture
def data(tmp_path):
    with Services.open(tmp_path / "m.db") as services:
        services.meetings.create("Hội nghị tổng kết công tác năm")
    pw = tmp_path / "pw.txt"
    pw.write_text("mật khẩu dữ liệu\n", encoding="utf-8")
    yield tmp_path, pw
    vault._UNLOCKED.clear()


def _new_start():
    vault._UNLOCKED.clear()  # each command is a new process: nothing unlocked yet


def test_encryption_on_the_command_line(data):
    tmp_path, pw = data
    short = tmp_path / "short.txt"
    short.write_text("ngắn\n", encoding="utf-8")
    refused = cli(tmp_path, "encryption", "on", "--passphrase-file", short, "--yes")
    assert refused.returncode == 1 and "ít nhất 8 ký tự" in refused.stderr
    assert not vault.is_encrypted(tmp_path / "m.db")  # the same rule as the window's dialog
    refused = cli(tmp_path, "encryption", "on", "--passphrase-file", pw)
    assert refused.returncode == 1 and "quên mật khẩu là mất" in refused.stderr
    assert not vault.is_encrypted(tmp_path / "m.db")  # nothing done without --yes

    done = cli(tmp_path, "encryption", "on", "--passphrase-file", pw, "--yes")
    assert done.returncode == 0, done.stderr
    _new_start()
    status = json.loads(cli(tmp_path, "encryption", "status", "--json").stdout)
    assert status["encrypted"] and status["database_encrypted"] and not status["pending"]

    _new_start()
    locked = cli(tmp_path, "meetings")  # no terminal, no passphrase file
    assert locked.returncode == 1 and "--data-passphrase-file" in locked.stderr
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("không phải\n", encoding="utf-8")
    _new_start()
    refused = cli(tmp_path, "meetings", "--data-passphrase-file", wrong)
    assert refused.returncode == 1 and "Sai mật khẩu dữ liệu" in refused.stderr
    _new_start()
    listed = cli(tmp_path, "meetings", "--data-passphrase-file", pw)
    assert listed.returncode == 0 and "Hội nghị tổng kết" in listed.stdout

    _new_start()
    off = cli(tmp_path, "encryption", "off", "--passphrase-file", pw)
    assert off.returncode == 0, off.stderr
    _new_start()
    assert "Hội nghị tổng kết" in cli(tmp_path, "meetings").stdout
