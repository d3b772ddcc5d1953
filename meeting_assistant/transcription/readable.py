"""Readable text from a recogniser that writes lower-case words only (a CTC model): numbers and
dates in digits, known names with their capitals, a capital at the start and a full stop at the
end of each sentence (a segment is a stretch of speech ended by a pause).

Punctuation inside a sentence is left out: no rule here is sure enough of a comma.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .vi_itn import normalise_numbers


def _name_pattern(name: str) -> re.Pattern | None:
    words = name.split()
    if not words:
        return None
    body = r"\s+".join(re.escape(w.lower()) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def capitalise_names(text: str, names: Iterable[str]) -> str:
    """Every known name said in `text` written as the name is written ("sở tài chính" ->
    "Sở Tài chính"). Longer names first, so "Sở Tài chính tỉnh" wins over "Sở Tài chính"."""
    low = text.lower()
    chars = list(text)
    taken = [False] * len(text)
    for name in sorted({unicodedata.normalize("NFC", n.strip()) for n in names}, key=len)[::-1]:
        if len(name) < 3 or name.islower():
            continue  # a lower-case "name" says nothing about capitals
        pattern = _name_pattern(name)
        if pattern is None:
            continue
        for m in pattern.finditer(low):
            if any(taken[m.start() : m.end()]):
                continue
            written = " ".join(name.split())
            if len(written) != m.end() - m.start():
                continue  # spaced differently: leave it
            chars[m.start() : m.end()] = written
            taken[m.start() : m.end()] = [True] * (m.end() - m.start())
    return "".join(chars)


def sentence(text: str) -> str:
    text = " ".join(text.split())
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".?!…:;" else text + "."


def readable(text: str, names: Iterable[str] = ()) -> str:
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    return sentence(capitalise_names(normalise_numbers(text), names))
