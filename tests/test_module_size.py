"""Small modules: no Python module of the application (meeting_assistant/ and ui/) is over 500
lines; a longer one is split by responsibility, as the developers' guide asks."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 500


def _lines(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f)


def test_no_module_is_over_500_lines():
    modules = [p for d in ("meeting_assistant", "ui") for p in (ROOT / d).rglob("*.py")]
    assert len(modules) > 50  # the walk found the application, not an empty folder
    over = {str(p.relative_to(ROOT)): n for p in modules if (n := _lines(p)) > LIMIT}
    assert not over, f"modules over {LIMIT} lines (split them by responsibility): {over}"
