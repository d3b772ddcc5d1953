"""`meeting-assistant PATH.mahop`: the app in review mode only, with no database of its own (an
official's laptop has none)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meeting_assistant.paths import private_umask
from ui.i18n import LANGUAGES, SETTINGS_KEY, install_language

from .window import open_review_package


def run_review(path: str | Path, language: str | None = None) -> int:
    private_umask()  # a reply file is the official's alone
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Meeting Assistant")
    saved = str(QSettings().value(SETTINGS_KEY, "vi"))
    install_language(app, language if language in LANGUAGES else saved if saved in LANGUAGES
                     else "vi")  # fmt: skip
    window = open_review_package(None, path)
    if window is None:
        return 1
    return app.exec()
