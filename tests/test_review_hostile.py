"""Hostile files and passphrases for the package, reply and backup commands: always a message
(exit code 1), never a traceback, a hang, or a change to the data."""

from __future__ import annotations

import os

import pytest

from meeting_assistant.services import Services

from .cli_helpers import cli
from .review_fixtures import PASSPHRASE, review_meeting


@pytest.fixture
def files(tmp_path):
    with Services.open(tmp_path / "m.db") as services:
        review_meeting(services, tmp_path)
    (tmp_path / "empty.mahop").write_bytes(b"")
    (tmp_path / "random.mahop").write_bytes(os.urandom(5000))
    (tmp_path / "folder.mahop").mkdir()
    (tmp_path / "pw").write_text(PASSPHRASE, encoding="utf-8")
    (tmp_path / "blank-pw").write_text("\n", encoding="utf-8")
    (tmp_path / "latin1-pw").write_bytes("mật khẩu".encode("utf-16"))
    return tmp_path


BAD = ["missing.mahop", "empty.mahop", "random.mahop", "folder.mahop", "/dev/zero", "/dev/null"]


@pytest.mark.parametrize("bad", BAD)
@pytest.mark.parametrize("command", [
    ["package", "show", "{f}", "--passphrase-file", "{pw}"],
    ["package", "merge", "{f}", "--passphrase-file", "{pw}"],
    ["package", "comment", "{f}", "--item", "task:1", "--verdict", "agree", "--text", "",
     "--reviewer", "B", "--reply", "{tmp}/r", "--passphrase-file", "{pw}"],
    ["restore", "{f}", "--passphrase-file", "{pw}", "--yes"],
])  # fmt: skip
def test_bad_files_are_messages(files, command, bad):
    path = bad if bad.startswith("/") else str(files / bad)
    before = (files / "m.db").read_bytes()
    args = [a.format(f=path, pw=files / "pw", tmp=files) for a in command]
    done = cli(files, *args)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert "Traceback" not in done.stderr and done.stderr.startswith("Lỗi:")
    assert (files / "m.db").read_bytes() == before or command[0] != "restore"


@pytest.mark.parametrize("pw", ["blank-pw", "latin1-pw", "missing-pw", "folder.mahop"])
def test_bad_passphrase_files_are_messages(files, pw):
    done = cli(files, "package", "export", "--meeting", "1", "--out", files / "x.mahop",
               "--passphrase-file", files / pw)  # fmt: skip
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert not (files / "x.mahop").exists()


@pytest.mark.parametrize("out", ["folder.mahop", "/dev/null", "nowhere/x.mahop"])
def test_bad_outputs_are_messages(files, out):
    target = out if out.startswith("/") else str(files / out)
    for args in (["package", "export", "--meeting", "1", "--out", target, "--passphrase-file",
                  files / "pw"], ["backup", "--out", target]):  # fmt: skip
        done = cli(files, *args)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    with Services.open(files / "m.db") as services:
        # A package that could not be written is not remembered as exported.
        assert services._store.db.execute("SELECT count(*) FROM review_packages").fetchone()[0] == 0


def test_the_launcher_opens_a_package_in_review_mode(tmp_path):
    from ui.launcher import review_file

    package = tmp_path / "Gói Quý IV.mahop"
    package.write_bytes(b"x")
    assert review_file([str(package)]) == (str(package), None)
    assert review_file(["--lang", "en", str(package)]) == (str(package), "en")
    assert review_file([str(tmp_path / "missing.mahop")]) is None  # the CLI says what is wrong
    assert review_file(["package", "show", str(package)]) is None
