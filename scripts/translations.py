"""Keep the interface's English translation in step with the code.

The interface is written in Vietnamese (the source language); English lives in
resources/translations/meeting_assistant_en.ts (Qt Linguist format) and its compiled .qm.

    python scripts/translations.py update    # collect new/changed strings from ui/ into the .ts
    python scripts/translations.py release   # compile the .ts into the .qm the app loads
    python scripts/translations.py missing   # list strings that still need an English text
    python scripts/translations.py fill F    # English texts from F: context<TAB>source<TAB>text

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


def _known(ts: Path) -> dict[str, str]:
    """Finished translations by source text, from any context (a text keeps its translation
    when its code moves to another class)."""
    if not ts.exists():
        return {}
    known: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            continue
        known.setdefault(message.findtext("source"), translation.text)
    return known


def update(ts: Path = TS) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    known = _known(ts)
    _lupdate(ts)
    carried = [
        (context.findtext("name"), message.findtext("source"), known[message.findtext("source")])
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") == "unfinished"
        and message.findtext("source") in known
    ]
    if carried:
        fill(carried, ts)


def _lupdate(ts: Path) -> None:
    subprocess.run(
        [_tool("lupdate"), *sources(), "-source-language", "vi", "-target-language", "en",
         "-no-obsolete", "-locations", "none", "-silent", "-ts", str(ts)],
        cwd=ROOT, check=True,
    )  # fmt: skip


# Vietnamese for Qt's own texts (file dialog, standard buttons, context menus), kept by hand.
QT_VI = ROOT / "resources" / "translations" / "qtbase_vi.ts"


def release(ts: Path = TS, qm: Path = QM) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    if ts == TS and QT_VI.exists():
        qt_qm = str(QT_VI.with_suffix(".qm"))
        command = [_tool("lrelease"), "-silent", str(QT_VI), "-qm", qt_qm]
        subprocess.run(command, cwd=ROOT, check=True)


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


def fill(rows: list[tuple[str, str, str]], ts: Path = TS) -> int:
    """Write the English `text` of each (context, source, text) into the .ts; returns how many
    messages were found and filled."""
    tree = ET.parse(ts)
    wanted = {(c, src): text for c, src, text in rows}
    done = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            text = wanted.get((name, message.findtext("source")))
            if text is None:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = text
            translation.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    _lupdate(ts)  # back to lupdate's own layout, so the committed file stays stable
    return done


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "fill":
        lines = Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()
        rows = [tuple(line.split("\t", 2)) for line in lines if line.count("\t") >= 2]
        print(f"filled {fill(rows)} of {len(rows)}")
    elif command == "missing":
        for context, source in missing():
            print(f"{context}\t{source!r}")
    else:
        raise SystemExit(__doc__)
