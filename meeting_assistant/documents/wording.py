"""How names and titles read inside a sentence, and where a long name in a header breaks.

- "Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy" is typed at the start of a field; in mid-sentence it
  is "đồng chí Lê Văn Cường, …" ("đồng chí" is a common noun), and a signature prints the name
  alone: "Lê Văn Cường".
- A meeting titled "Họp giao ban tháng 9" is "cuộc họp giao ban tháng 9" in a sentence, never
  "cuộc họp Họp …"; one titled "Hội nghị …" needs no "cuộc họp" before it.
- "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" breaks as "SỞ THÔNG TIN / VÀ TRUYỀN THÔNG", not "… TRUYỀN /
  THÔNG": lines of even length, breaking before the words the layout names ("VÀ", "TỈNH", …).
"""

from __future__ import annotations

import itertools
import re

from .fonts import text_width
from .layout import Layout

_NAME_END = re.compile(r"\s*(?:,|\s[-–—]\s|\()")


def _starts_with(text: str, prefix: str) -> bool:
    return text.casefold().startswith(prefix.casefold()) and (
        len(text) == len(prefix) or not text[len(prefix)].isalnum()
    )


def _honorific(layout: Layout, text: str) -> str | None:
    for word in sorted(layout.get("wording.honorifics"), key=len, reverse=True):
        if _starts_with(text, word):
            return text[: len(word)]
    return None


def in_sentence(layout: Layout, person: str) -> str:
    """A person (the chair) as a sentence names them: the honorific in lower case, and the
    layout's honorific ("đồng chí") added when the field has none."""
    person = person.strip()
    if not person:
        return person
    found = _honorific(layout, person)
    if found is None:
        return f"{layout.get('wording.honorific')} {person}"
    return found.lower() + person[len(found) :]


def at_sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def person_name(layout: Layout, text: str, known: list[str] = ()) -> str:
    """The name alone, for a signature: a known attendee's name found in `text` (the longest),
    else the text without its honorific and without what follows a comma or a dash."""
    text = text.strip()
    folded = text.casefold()
    found = [name for name in known if name and name.casefold() in folded]
    if found:
        return max(found, key=len)
    honorific = _honorific(layout, text)
    if honorific:
        text = text[len(honorific) :].strip()
    return _NAME_END.split(text, maxsplit=1)[0].strip()


def _lower_first(text: str, after: int = 1) -> str:
    """ "Giao ban tháng 9" → "giao ban tháng 9"; "Ban Thường vụ …" stays (a proper name: the
    word after its first `after` words is capitalised too)."""
    words = text.split()
    if len(words) > after and words[after][:1].islower():
        return text[:1].lower() + text[1:]
    return text


def meeting_phrase(layout: Layout, title: str) -> tuple[str, str]:
    """(the meeting as a sentence names it, the noun alone): ("cuộc họp giao ban tháng 9",
    "cuộc họp") for "Họp giao ban tháng 9"; ("hội nghị sơ kết …", "hội nghị") for "Hội nghị sơ
    kết …" (but "Hội nghị Ban Chấp hành …" keeps its capital); ("cuộc họp kiểm tra việc …",
    "cuộc họp") for "Kiểm tra việc …"."""
    title = title.strip()
    for noun in sorted(layout.get("wording.meeting_nouns"), key=len, reverse=True):
        if _starts_with(title, noun):
            # "hội nghị sơ kết …", but "Hội nghị Ban Chấp hành …" (a named conference).
            return _lower_first(title, after=len(noun.split())), noun
    for prefix, noun in layout.get("wording.replace_prefix").items():
        if _starts_with(title, prefix):
            rest = title[len(prefix) :].strip()
            return (f"{noun} {_lower_first(rest)}" if rest else noun), noun
    default = layout.get("wording.meeting_default")
    noun = default.replace("{title}", "").strip()
    return layout.text("wording.meeting_default", title=_lower_first(title)), noun


# Line breaking in headers -------------------------------------------------------------------


def _matches(words: list[str], at: int, phrase: str) -> bool:
    parts = phrase.casefold().split()
    return [w.casefold() for w in words[at : at + len(parts)]] == parts


def _starts(words: list[str], phrases: list[str]) -> set[int]:
    """Where (after the first word) one of `phrases` begins."""
    return {i for i in range(1, len(words)) for p in phrases if _matches(words, i, p)}


_UNPREFERRED = 0.6  # cost of a break that is not before a preferred word, in line widths
_INSIDE_PHRASE = 1.0  # cost of breaking inside a preferred phrase ("THÀNH / PHỐ")
_ALONE = 1.0  # cost of a line holding a single syllable


def balanced_lines(
    layout: Layout, text: str, width_pt: float, size: float, bold: bool = False
) -> str:
    """`text` with line breaks ("\\n") where a header line should break: the fewest lines that
    fit `width_pt`, then the most even ones, breaking before the layout's `break_before` words.
    Text with line breaks of its own is kept as typed."""
    if "\n" in text:
        return text
    family = layout.get("fonts.pdf_family")
    words = text.split()

    def width(ws) -> float:
        return text_width(" ".join(ws), family, size, bold)

    if len(words) < 2 or width(words) <= width_pt:
        return " ".join(words)
    preferred = _starts(words, layout.get("header.break_before"))
    inside: set[int] = set()
    for phrase in layout.get("header.keep_together"):
        for start in _starts(words, [phrase]) | ({0} if _matches(words, 0, phrase) else set()):
            inside.update(range(start + 1, start + len(phrase.split())))
    for phrase in layout.get("header.place_before"):
        for start in _starts(words, [phrase]):
            after = start + len(phrase.split())  # a place name of up to four syllables
            inside.update(range(after + 1, min(after + 4, len(words))))
    best: tuple[float, list[str]] | None = None
    for lines in range(2, min(len(words), 6) + 1):
        for cuts in itertools.combinations(range(1, len(words)), lines - 1):
            bounds = [0, *cuts, len(words)]
            parts = [words[a:b] for a, b in itertools.pairwise(bounds)]
            widths = [width(p) for p in parts]
            if max(widths) > width_pt:
                continue
            cost = (max(widths) - min(widths)) / width_pt
            cost += sum(_UNPREFERRED for c in cuts if c not in preferred)
            cost += sum(_INSIDE_PHRASE for c in cuts if c in inside)
            cost += sum(_ALONE for p in parts if len(p) == 1)
            if best is None or cost < best[0]:
                best = (cost, [" ".join(p) for p in parts])
        if best is not None:
            return "\n".join(best[1])
    return " ".join(words)  # a single word wider than the column: let the renderer wrap it
