"""Start the desktop application: `run_app()` (what `meeting-assistant` with no command calls) or
`python -m ui.app [--db PATH] [--lang vi|en]`."""

from __future__ import annotations

import argparse
import multiprocessing
import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meeting_assistant.errors import StorageError
from meeting_assistant.paths import APP_NAME, default_db_path
from meeting_assistant.store import Store
from meeting_assistant.transcribing import recover_interrupted

from .errors import show_error
from .i18n import LANGUAGES, SETTINGS_KEY, install_language
from .main_window import MainWindow


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    # QSettings() with no arguments finds its file through these two names.
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setStyle("Fusion")  # the same look on every clerk's machine
    return app


def run_app(db: str | None = None, language: str | None = None) -> int:
    """Open the main window on the database `db` (the default one if None) and run until it is
    closed. `language` ("vi"/"en") overrides the one saved in the settings. Returns the exit
    code: 0, or 1 when the database cannot be opened."""
    app = _application()
    settings = QSettings()
    saved = str(settings.value(SETTINGS_KEY, "vi"))
    lang = language if language in LANGUAGES else saved if saved in LANGUAGES else "vi"
    install_language(app, lang)

    try:
        store = Store(db or default_db_path())
    except StorageError as exc:
        show_error(None, exc)
        return 1
    try:
        # Runs left "running" by a crash: mark them interrupted so they can be resumed.
        interrupted = recover_interrupted(store)
        window = MainWindow(store, settings)
        window.show()
        if interrupted:
            window.show_interrupted(interrupted)
        return app.exec()
    finally:
        store.close()


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # first: in a frozen build a child process stops here
    parser = argparse.ArgumentParser(prog="python -m ui.app", description="Meeting Assistant")
    parser.add_argument("--db", help="database file")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    args = parser.parse_args(argv)
    return run_app(db=args.db, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
