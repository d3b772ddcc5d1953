"""The command line as tests run it: `meeting_assistant.cli.main` called in this process.

`cli(tmp_path, *args, lang=...)` has the shape of a `subprocess.run` result (.returncode,
.stdout, .stderr), so a test reads as if it ran the command, without starting an interpreter per
call. What a child process would give is kept: the exit code argparse's SystemExit carries,
everything written to stdout/stderr (Python's streams and the file descriptors below them, where
native libraries write), MEETING_ASSISTANT_LANG for that call only, and the core's language reset
afterwards (it is process-global).

Tests where the process itself is the point (Ctrl-C, a kill mid-run, a fresh interpreter, the
installed entry point) start one with `command(db)` instead.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from meeting_assistant.i18n import set_language

LANG_ENV = "MEETING_ASSISTANT_LANG"


class _Stream(io.StringIO):
    """One stream object for every call. Code that keeps a reference to sys.stderr from import
    time (a default argument) then still writes where the next call reads."""

    def take(self) -> str:
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        return text


_OUT, _ERR = _Stream(), _Stream()

with contextlib.redirect_stdout(_OUT), contextlib.redirect_stderr(_ERR):
    from meeting_assistant.cli import build_parser, main  # noqa: F401 - build_parser re-exported


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@contextlib.contextmanager
def _fd_captured(fd: int) -> Iterator[list[str]]:
    """What is written to file descriptor `fd` meanwhile (a native library's messages)."""
    got: list[str] = []
    saved = os.dup(fd)
    with tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), fd)
        try:
            yield got
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            got.append(tmp.read().decode("utf-8", "replace"))


@contextlib.contextmanager
def _env(name: str, value: str | None) -> Iterator[None]:
    before = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = before


def run(argv: list[str], *, lang: str | None = None) -> Done:
    """`meeting-assistant ARGV` in this process, as a child process would have run it."""
    _OUT.take(), _ERR.take()
    set_language(None)  # what an earlier call or test chose does not leak into this one
    code: int | str | None = 0
    sys.stdout.flush(), sys.stderr.flush()
    with (
        _env(LANG_ENV, lang),
        _fd_captured(1) as fd_out,
        _fd_captured(2) as fd_err,
        contextlib.redirect_stdout(_OUT),
        contextlib.redirect_stderr(_ERR),
    ):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as exc:  # argparse: 2 for bad usage, 0 after --help or --version
            code = exc.code
        finally:
            set_language(None)
    err = _ERR.take()
    if isinstance(code, str):  # sys.exit("message"): printed, exit status 1
        err, code = err + code + "\n", 1
    return Done(code or 0, _OUT.take() + "".join(fd_out), err + "".join(fd_err))


def cli(tmp_path: Path, *args, lang: str | None = None) -> Done:
    """`meeting-assistant --db TMP/m.db ARGS`."""
    return run(["--db", str(tmp_path / "m.db"), *args], lang=lang)


def command(db: Path | str) -> list[str]:
    """The command line for a child process: a fresh interpreter running the package."""
    return [sys.executable, "-m", "meeting_assistant", "--db", str(db)]
