"""Keep the interface's English translation in step with the code.

The interface is written in Vietnamese (the source language); English lives in
resources/translations/meeting_assistant_en.ts (Qt Linguist format) and its compiled .qm.

    python scripts/translations.py update    # collect new/changed strings from ui/ into the .ts
    python scripts/translations.py release   # compile the .ts into the .qm the app loads
    python scripts/translations.py missing   # list strings that still need an English text

Translate in Qt Linguist (pyside6-linguist) or any editor, then `release`.
tests/test_translations.py fails while a visible string has no English translation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "meeting_assistant_en.ts"
QM = TS.with_suffix(".qm")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(ts: Path = TS) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [_tool("lupdate"), *sources(), "-source-language", "vi", "-target-language", "en",
         "-no-obsolete", "-locations", "none", "-silent", "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def missing(ts: Path = TS) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished English translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            # Plural messages (%n) keep one text per form in <numerusform> elements.
            texts = (
                [f.text for f in translation.iter("numerusform")] if translation is not None else []
            )
            if translation is not None and not texts:
                texts = [translation.text]
            unfinished = translation is None or translation.get("type") == "unfinished"
            if unfinished or not all((t or "").strip() for t in texts):
                out.append((name, message.findtext("source")))
    return out


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "missing":
        for context, source in missing():
            print(f"{context}\t{source!r}")
    else:
        raise SystemExit(__doc__)
