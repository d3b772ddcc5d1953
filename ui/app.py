"""The composition root of the desktop app: the Qt application, the database and its services,
the error hook and the log file. `run_app()` is what the launcher calls with no command.
"""

from __future__ import annotations

import argparse
import gc
import logging
import logging.handlers
import multiprocessing
import platform
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, qVersion
from PySide6.QtWidgets import QApplication

from meeting_assistant import __version__
from meeting_assistant.errors import UserError
from meeting_assistant.paths import APP_NAME, data_dir, default_db_path, private_umask
from meeting_assistant.services import Services, encryption
from ui.common.errors import show_error, show_unexpected
from ui.documents.preview import clean_leftover_previews
from ui.encryption import restart
from ui.encryption.restart import run_conversion
from ui.encryption.unlock_dialog import unlock_at_start
from ui.i18n import LANGUAGES, SETTINGS_KEY, install_language
from ui.main_window import MainWindow
from ui.operations import runner

log = logging.getLogger("meeting_assistant")
LOG_NAME = "meeting-assistant.log"


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    # QSettings() with no arguments finds its file through these two names.
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setStyle("Fusion")  # the same look on every clerk's machine
    use_translated_dialogs()
    return app


def use_translated_dialogs() -> None:
    """Qt's own file dialog rather than the system's: its labels and buttons come from our
    translations (resources/translations/qtbase_vi.qm), so a Vietnamese clerk never meets
    "Look in / File name / Cancel" on an English Windows."""
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)


def open_log() -> logging.Handler | None:
    """A rotating log file in the data folder (the frozen app has no console). It records what
    went wrong, never what was said in a meeting."""
    folder = data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for name in ("meeting_assistant", "ui"):
        logger = logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    # What a support request needs first; no user name, no meeting, no path.
    log.info(
        "Meeting Assistant %s started (%s, Python %s, Qt %s)",
        __version__, platform.platform(terse=True), platform.python_version(), qVersion(),
    )  # fmt: skip
    return handler


def install_excepthook() -> None:
    """An error nobody caught is written to the log and shown in a dialog, instead of
    vanishing (no console) or killing the window."""

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        show_unexpected(QApplication.activeWindow(), error, data_dir() / LOG_NAME)

    sys.excepthook = hook


def run_app(db: str | None = None, language: str | None = None) -> int:
    """Open the main window on the database `db` (the default one if None) and run until it is
    closed. `language` ("vi"/"en") overrides the one saved in the settings. Returns the exit
    code: 0, or 1 when the database cannot be opened."""
    private_umask()  # what the app creates is the clerk's alone
    app = _application()
    open_log()
    install_excepthook()
    clean_leftover_previews()
    settings = QSettings()
    saved = str(settings.value(SETTINGS_KEY, "vi"))
    lang = language if language in LANGUAGES else saved if saved in LANGUAGES else "vi"
    install_language(app, lang)

    db_path = Path(db or default_db_path()).expanduser()
    while True:
        # Encrypted at rest: the passphrase first (Cancel quits, touching nothing), then a
        # conversion a crash cut short is finished before anything opens the database.
        if not unlock_at_start(db_path):
            return 0
        encryption.remove_plain_copies(db_path)  # decrypted copies a crash left behind
        if encryption.needs_resume(db_path):
            run_conversion(lambda progress: encryption.resume(db_path, progress))
        try:
            services = Services.open(db_path)
        except UserError as exc:
            show_error(None, exc)
            return 1
        try:
            window = MainWindow(services, settings)  # repairs what the last run left, and says so
            window.show()
            window.start_daily_care()  # the quick check at start, and the day's backup
            code = app.exec()
        finally:
            services.close()
            encryption.remove_plain_copies(db_path)  # no player or decoder reads them now
        conversion = restart.take()  # the Settings box turned encryption on or off
        if conversion is None:
            return code
        runner().wait()  # no background job may hold the database during the conversion
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()  # no page of the old window may keep a connection open
        run_conversion(conversion)


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # first: in a frozen build a child process stops here
    parser = argparse.ArgumentParser(prog="python -m ui.app", description="Meeting Assistant")
    parser.add_argument("--db", help="database file")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    args = parser.parse_args(argv)
    return run_app(db=args.db, language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
