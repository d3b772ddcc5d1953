"""Every visible string of the interface has an English translation, compiled into the .qm.

The interface is written in Vietnamese; English comes from Qt's translation files. This fails
as soon as someone adds a string to ui/ without translating it (scripts/translations.py says how).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402  (scripts/translations.py)


@pytest.fixture(scope="module")
def fresh_ts(tmp_path_factory) -> Path:
    """The committed .ts, updated with the strings the code has now."""
    ts = tmp_path_factory.mktemp("ts") / translations.TS.name
    shutil.copyfile(translations.TS, ts)
    translations.update(ts)
    return ts


def test_every_interface_string_has_an_english_translation(fresh_ts):
    missing = translations.missing(fresh_ts)
    assert not missing, (
        "untranslated strings (run scripts/translations.py update, translate, release):\n"
        + "\n".join(f"  {c}: {s!r}" for c, s in missing[:40])
    )


def test_committed_translation_file_is_up_to_date(fresh_ts):
    stale = "meeting_assistant_en.ts is stale: run scripts/translations.py update"
    committed = translations.TS.read_text(encoding="utf-8")
    assert fresh_ts.read_text(encoding="utf-8") == committed, stale


def test_compiled_qm_matches_the_ts(tmp_path):
    qm = tmp_path / "en.qm"
    translations.release(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run scripts/translations.py release"


def test_the_app_loads_english(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(translations.QM))
    QCoreApplication.installTranslator(translator)
    try:
        # A string whose English differs from its Vietnamese source: translate() returns the
        # source itself when no translation is found.
        assert QCoreApplication.translate("MainWindow", "&Tệp") == "&File"
        source = _any_message()
        assert QCoreApplication.translate(*source[:2]) == source[2]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&Tệp") == "&Tệp"


def _any_message() -> tuple[str, str, str]:
    import xml.etree.ElementTree as ET

    for context in ET.parse(translations.TS).getroot().iter("context"):
        for message in context.iter("message"):
            text = message.findtext("translation")
            if text and text != message.findtext("source"):
                return context.findtext("name"), message.findtext("source"), text
    raise AssertionError("no translated message found")
