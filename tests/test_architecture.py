"""The shape of the code, checked: the contracts of pyproject.toml (lint-imports), SQL only in
the store, and a window that reaches the data only through the services."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SQL = re.compile(
    r"\.(execute|executemany|executescript|query)\(|\b(SELECT|INSERT INTO|DELETE FROM)\b"
)
REPOSITORIES = re.compile(
    r"\b_?store\.(meetings|units|audio|segments|items|settings|decisions|snapshots|db|search)\b"
)


def _sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ROOT / folder).rglob("*.py"))


def test_import_contracts_hold():
    tool = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    done = subprocess.run(
        [tool, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_sql_lives_only_in_the_store():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _sources("meeting_assistant", "ui")
        if "store" not in path.relative_to(ROOT).parts
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert not offenders, "SQL outside meeting_assistant/store:\n" + "\n".join(offenders)


def test_the_window_never_uses_a_repository():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in _sources("ui")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if REPOSITORIES.search(line) or re.search(r"\._store\b", line)
    ]
    assert not offenders, "ui/ reads or writes through the store:\n" + "\n".join(offenders)


def test_the_checks_would_see_a_violation():
    """The patterns above match what they are meant to catch (so the tests can fail)."""
    assert SQL.search('db.execute("SELECT 1")') and SQL.search("rows = db.query(sql)")
    assert REPOSITORIES.search("self.store.items.delete_task(1)")
    assert not REPOSITORIES.search("self.services.items.delete(kind, 1)")
