"""Text helpers: NFC on the way in, a diacritic-free fold for search, and the one home of the
date and clock formats the app shows (dd/mm/yyyy, ISO, 01:02:03)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str | None) -> str:
    """Normalise to NFC: decomposed accents (macOS names, some input methods) print wrongly."""
    return unicodedata.normalize("NFC", text or "")


def readable_name(name: str) -> str:
    """A file name as text that can be stored and shown: bytes in no known encoding (Python's
    lone surrogates) become "�"."""
    return nfc(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def fold(text: str | None) -> str:
    """Lower-case, strip every diacritic and fold đ to d ("Kết luận Đảng" -> "ket luan dang").

    `đ` is a letter of its own in Unicode, not d plus a mark, so it needs folding by hand.
    """
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_D_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def _letter_variants() -> dict[str, str]:
    """Each unaccented letter and every precomposed letter that folds to it ("a": "aàáạảã…")."""
    variants: dict[str, set[str]] = {}
    # Basic Latin, Latin-1, Extended-A/B (ă, â, ê, ô, ơ, ư, đ), Latin Extended Additional (ạ, ế).
    letters = [*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
    for code in letters:
        ch = chr(code)
        base = fold(ch)
        if len(base) == 1 and "a" <= base <= "z":
            variants.setdefault(base, set()).update({ch, ch.lower(), ch.upper()})
    return {base: "".join(sorted(chars)) for base, chars in variants.items()}


_VARIANTS = _letter_variants()


def accent_blind_pattern(text: str) -> str:
    """A regular expression (for re.IGNORECASE) matching `text` whatever accents the matched
    words carry: "so tai chinh" matches "Sở Tài chính". For text typed without accents."""
    return "".join(
        f"[{re.escape(_VARIANTS[ch])}]" if ch in _VARIANTS else re.escape(ch)
        for ch in nfc(text).lower()
    )


def has_accents(text: str) -> bool:
    """Whether the text carries a Vietnamese accent or đ (then it is meant as typed)."""
    return fold(text) != nfc(text).lower()


# Dates and clock times ----------------------------------------------------------------------


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """An ISO date (the first ten characters of a date or timestamp), or None when blank."""
    if value is None or isinstance(value, dt.date):
        return value
    value = value.strip()
    return dt.date.fromisoformat(value[:10]) if value else None


def iso_date(value: str | dt.date | None) -> str | None:
    """The ISO text of a date, or None when blank."""
    day = parse_date(value)
    return day.isoformat() if day else None


def format_date(value: str | dt.date | None) -> str:
    """dd/mm/yyyy, as Vietnamese documents and screens write a date; "" when blank (and text
    that is not a date as it is)."""
    try:
        day = parse_date(value)
    except ValueError:
        return str(value)
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def clock(seconds: float, sep: str = ",", millis: bool = True) -> str:
    """00:01:02,345 (SubRip), 00:01:02.345 (WebVTT) or 00:01:02."""
    ms = int(round(max(0.0, seconds) * 1000))
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}" if millis else f"{h:02d}:{m:02d}:{s:02d}"


def short_clock(seconds: float) -> str:
    """01:02 under an hour, 1:01:02 from an hour on (elapsed recording time)."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )


def _name_words(text: str | None) -> list[str]:
    return "".join(c if c.isalnum() else " " for c in fold(text)).split()


def names_person(text: str | None, name: str | None) -> bool:
    """Whether `text` (a meeting's chair as typed: "Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy") names
    the person called `name` ("Lê Văn Cường"): the name's words appear together in it, accents and
    case ignored. A one-word name must be the whole text ("An" is not in "Trần Văn Anh")."""
    words, within = _name_words(name), _name_words(text)
    if not words or not within:
        return False
    if len(words) == 1:
        return within == words
    n = len(words)
    return any(within[i : i + n] == words for i in range(len(within) - n + 1))
