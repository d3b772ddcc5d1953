"""Text helpers for Vietnamese: NFC on the way in, and a diacritic-free fold for search."""

from __future__ import annotations

import unicodedata

_D_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def nfc(text: str | None) -> str:
    """Normalise to NFC: decomposed accents (macOS names, some input methods) print wrongly."""
    return unicodedata.normalize("NFC", text or "")


def fold(text: str | None) -> str:
    """Lower-case, strip every diacritic and fold đ to d ("Kết luận Đảng" -> "ket luan dang").

    `đ` is a letter of its own in Unicode, not d plus a mark, so it needs folding by hand.
    """
    decomposed = unicodedata.normalize("NFD", (text or "").translate(_D_FOLD))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()
