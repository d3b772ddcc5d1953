"""What the command line prints: JSON for scripts, a line per message for people (stderr)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..i18n import pick


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def tell(text: str) -> None:
    """A message for the person at the terminal: on stderr, so stdout stays for data."""
    print(text, file=sys.stderr, flush=True)


def written(path: Path) -> int:
    tell(pick("Đã ghi {path}", "Wrote {path}", path=str(path)))
    return 0
