"""The language the core speaks to people in (errors, CLI messages).

Vietnamese is the default; English is chosen with MEETING_ASSISTANT_LANG=en, the CLI's --lang, or
by the UI when the clerk switches language. Messages keep both texts side by side at the place they
are raised, so no catalogue drifts away from the code.
"""

from __future__ import annotations

import os

SUPPORTED = ("vi", "en")
# The interface language the clerk chose in the app, kept in the database's settings so that the
# command line speaks it too (MEETING_ASSISTANT_LANG and --lang still come first).
LANGUAGE_KEY = "ui.language"
_language: str | None = None


def current_language() -> str:
    if _language:
        return _language
    env = os.environ.get("MEETING_ASSISTANT_LANG", "").strip().lower()[:2]
    return env if env in SUPPORTED else "vi"


def set_language(lang: str | None) -> None:
    """Set the language for the rest of the process (None goes back to the environment/default)."""
    global _language
    if lang is not None and lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang}")
    _language = lang


def pick(vi: str, en: str, **params: object) -> str:
    """Return the text in the current language, formatted with params."""
    text = en if current_language() == "en" else vi
    return text.format(**params) if params else text
