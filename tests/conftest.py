"""Test set-up: a private data folder (never the user's), Qt offscreen, and shared fixtures."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Before anything imports the core or Qt: keep tests away from the real user data folder
# (the embedded model is joined once into this folder for the whole session).
_SESSION_DATA = Path(tempfile.mkdtemp(prefix="meeting-assistant-tests-"))
atexit.register(shutil.rmtree, _SESSION_DATA, ignore_errors=True)
os.environ["MEETING_ASSISTANT_DATA"] = str(_SESSION_DATA)
os.environ.pop("MEETING_ASSISTANT_DB", None)
os.environ.pop("MEETING_ASSISTANT_LANG", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"


@pytest.fixture
def core_in_vietnamese():
    """Messages are checked in Vietnamese whatever MEETING_ASSISTANT_LANG says."""
    from meeting_assistant.i18n import set_language

    set_language("vi")
    yield
    set_language(None)


@pytest.fixture
def ui_in_vietnamese(qapp):
    """A UI test starts and ends in Vietnamese, leaving no translator or locale behind.

    Hidden top-level widgets of ours that earlier tests left behind (closed, not deleted) are
    deleted first: a language switch reaches every top-level widget, and a leftover one may hold
    a database that its test has closed."""
    from PySide6.QtCore import QEvent, QLocale
    from PySide6.QtWidgets import QApplication

    from meeting_assistant.i18n import set_language
    from ui import i18n

    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible() and type(widget).__module__.startswith("ui."):
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install_language(qapp, "vi")
    yield
    i18n.install_language(qapp, "vi")
    set_language(None)
    QLocale.setDefault(QLocale.c())


@pytest.fixture(autouse=True)
def whisper_by_default(monkeypatch):
    """Tests written for Whisper keep it when viet-asr is installed; tests of the default
    engine take this away (monkeypatch.delenv)."""
    monkeypatch.setenv("MEETING_ASSISTANT_ENGINE", "whisper")


@pytest.fixture
def store(tmp_path):
    from meeting_assistant.store import Store

    with Store(tmp_path / "meetings.db") as s:
        yield s


@pytest.fixture(scope="session")
def whisper_model():
    """The real embedded Whisper base model, loaded once."""
    from meeting_assistant.transcription import load_model, resolve_model

    return load_model(resolve_model("base"), cpu_threads=2)


@pytest.fixture
def services(store):
    """The use cases over the test's store (the same connection: what they write, it reads)."""
    from meeting_assistant.services import Services

    return Services(store)


@pytest.fixture(autouse=True)
def unit_questions_must_be_answered(request, monkeypatch):
    """A unit question (new unit? split this list?) that a UI test did not expect fails the
    test at once instead of waiting forever for a click offscreen."""
    if "ui" not in request.node.nodeid.split("/")[-1]:
        return
    from ui.common import unit_picker

    def unexpected(*args):
        raise AssertionError(f"unexpected unit question {args[1:]!r}: answer it in the test")

    monkeypatch.setattr(unit_picker, "ask_new_unit", unexpected)
    monkeypatch.setattr(unit_picker, "confirm_split", unexpected)


@pytest.fixture
def confirm_new(monkeypatch, unit_questions_must_be_answered):
    """The clerk answers "add it as a new unit" whenever asked; the names asked about."""
    from ui.common import unit_picker

    asked: list[str] = []
    monkeypatch.setattr(
        unit_picker, "ask_new_unit", lambda parent, typed, near: asked.append(typed) or typed
    )
    return asked
