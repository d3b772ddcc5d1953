"""The interface language: Qt translators for the UI, and the core's language for its messages.

Vietnamese is the source language written in the code, so Vietnamese needs no translation file;
English comes from `resources/translations/meeting_assistant_en.qm` when it is there, and falls
back to the Vietnamese source silently when it is not.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QKeySequence

from meeting_assistant import i18n as core_i18n
from meeting_assistant.paths import resource

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
SETTINGS_KEY = "ui/language"

# Translators currently installed by us, kept referenced: Qt does not own them, and a
# translator garbage-collected while installed crashes the next translate() call.
_installed: list[QTranslator] = []
_current = "vi"


def current_language() -> str:
    """The language last installed with install_language ("vi" until then)."""
    return _current


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Switch the whole interface to `lang` ("vi" or "en") in place.

    Widgets relabel themselves on the LanguageChange event that follows. Returns whether a
    translation of our own texts was found (False for English without a .qm: Vietnamese shows).
    """
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language: {lang}")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()

    found = False
    if lang != "vi":
        ours = QTranslator()  # kept alive by _installed, freed when dropped from it
        folder = resource("translations")
        if ours.load(f"meeting_assistant_{lang}", str(folder)):
            app.installTranslator(ours)
            _installed.append(ours)
            found = True
        else:
            log.info("no %s translation in %s; showing the Vietnamese source", lang, folder)
    # Qt's own texts (standard buttons, text fields' context menus, file dialogs). Qt ships no
    # Vietnamese, so a qtbase_vi.qm placed beside ours is used when Qt has none.
    qt_base = QTranslator()
    for folder in (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        resource("translations"),
    ):
        if qt_base.load(f"qtbase_{lang}", str(folder)):
            app.installTranslator(qt_base)
            _installed.append(qt_base)
            break

    # Month and day names in calendar pop-ups follow the interface language.
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English)
    )
    core_i18n.set_language(lang)
    _current = lang
    # Installing a translator already announces the change, but switching to a language with no
    # translator (Vietnamese, or English without a .qm) must relabel too: texts built from the
    # core's messages or from the locale change even then.
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    # The application posts the change on to each window; deliver it now, so that everything
    # is relabelled when this returns (callers and tests need not spin the event loop).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return found


def tooltip_with_shortcut(action: QAction) -> None:
    """Give an action the tooltip "Its text (Ctrl+O)", so buttons show the shortcut as menus do."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if shortcut:
        text = QCoreApplication.translate("Shortcuts", "{action} ({shortcut})").format(
            action=text, shortcut=shortcut
        )
    action.setToolTip(text)
