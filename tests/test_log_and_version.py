"""The log a clerk can send to support: a rotating file in the data folder that says which version
ran where, and never what was said; `meeting-assistant --version`."""

from __future__ import annotations

import logging
import logging.handlers

from meeting_assistant import __version__

from .cli_helpers import run


def test_version():
    done = run(["--version"])
    assert done.returncode == 0 and __version__ in done.stdout


def test_the_log_file_rotates_in_the_data_folder(tmp_path, monkeypatch):
    from ui.app import LOG_NAME, open_log

    folder = tmp_path / "Thư ký" / "data"
    monkeypatch.setenv("MEETING_ASSISTANT_DATA", str(folder))
    handler = open_log()
    try:
        assert isinstance(handler, logging.handlers.RotatingFileHandler)
        assert handler.maxBytes and handler.backupCount  # never grows without bound
        handler.flush()
        text = (folder / LOG_NAME).read_text(encoding="utf-8")
        assert f"Meeting Assistant {__version__} started" in text
        assert str(tmp_path) not in text and "Thư ký" not in text  # no user name, no path
    finally:
        for name in ("meeting_assistant", "ui"):
            logging.getLogger(name).removeHandler(handler)
        handler.close()
