"""Drop the stock phrases Whisper is known to invent on silence or music."""

from __future__ import annotations

import re
from functools import lru_cache

from ..paths import resource
from ..text import fold

_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)
# A phrase must make up at least this share of a segment's letters for the segment to be dropped.
MIN_SHARE = 0.5


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", fold(text)).strip()


@lru_cache(maxsize=1)
def known_phrases() -> tuple[str, ...]:
    lines = resource("hallucinations.txt").read_text(encoding="utf-8").splitlines()
    return tuple(_norm(line) for line in lines if line.strip() and not line.startswith("#"))


def is_hallucination(text: str) -> bool:
    norm = _norm(text)
    if not norm:
        return True  # nothing but punctuation or "..." is never speech worth keeping
    # Several stock phrases often come together, so measure what is left once all are removed.
    rest = norm
    for phrase in known_phrases():
        rest = rest.replace(phrase, " ")
    if rest == norm:
        return False
    letters = len(norm.replace(" ", ""))
    return len(rest.replace(" ", "")) < (1 - MIN_SHARE) * letters
