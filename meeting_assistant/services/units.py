"""The directory of units (Sở, Phòng, Ban …) that tasks are assigned to."""

from __future__ import annotations

import re
from typing import Any

from ..errors import UserError
from ..followup.units import HEADS
from ..models import Unit
from ..store import Store
from ..store.meetings import KEEP
from ..text import fold, nfc

_LIST_SEPARATORS = re.compile(r"(\s*[,;\n]+\s*)")
_AND = re.compile(r"\s+(?:và|va|cùng|&)\s+", re.IGNORECASE)
_HEADS = sorted({nfc(h).lower() for h in HEADS}, key=len, reverse=True)
_FOLDED_HEADS = sorted({fold(h) for h in HEADS}, key=len, reverse=True)


def starts_with_head(name: str) -> bool:
    """Whether a name begins as a unit's name does: Sở, Ban, UBND, Kho bạc … Case is ignored;
    accents too, but only when the name is typed without them ("so tai chinh"): written with
    them, "Viễn thông" is not "Viện"."""
    lowered = nfc(name).lower().strip()
    if lowered.isascii():
        heads, lowered = _FOLDED_HEADS, fold(lowered)
    else:
        heads = _HEADS
    return any(lowered == h or lowered.startswith(h + " ") for h in heads)


def match_rank(typed: str, name: str, abbreviation: str | None = None) -> int | None:
    """How well a unit matches what was typed (0 best), accents and case ignored, or None:
    0 the name or abbreviation starts with it ("so noi" → "Sở Nội vụ", "vptu"); 1 it contains
    it ("thanh uy" → "Văn phòng Thành ủy"); 2 every typed word starts a word of the name ("ke
    hoach dau tu" → "Sở Kế hoạch và Đầu tư")."""
    words = fold(typed).split()
    if not words:
        return 0
    keys = [k for k in (fold(name), fold(abbreviation)) if k]
    phrase = " ".join(words)
    if any(key.startswith(phrase) for key in keys):
        return 0
    if any(phrase in key for key in keys):
        return 1
    starts = [w for key in keys for w in key.split()]
    if all(any(s.startswith(word) for s in starts) for word in words):
        return 2
    return None


class UnitService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def list(self) -> list[Unit]:
        """Every unit, in the order a Vietnamese reader expects (accents ignored)."""
        return sorted(self.store.units.list(), key=lambda u: (fold(u.name), u.name))

    def names(self) -> dict[int, str]:
        return {u.id: u.name for u in self.store.units.list()}

    def get(self, unit_id: int) -> Unit:
        return self.store.units.get(unit_id)

    def find(self, typed: str) -> Unit | None:
        """The unit a clerk means by what was typed: its name in any case, without accents, or
        its abbreviation (see UnitRepo.find)."""
        return self.store.units.find(typed)

    def ensure(self, name: str, abbreviation: str | None = None) -> Unit:
        """The unit this name means, added to the directory when new."""
        return self.store.units.ensure(name, abbreviation)

    def matches(self, typed: str, limit: int = 5) -> list[Unit]:
        """The directory's units that match what was typed, best first (see match_rank)."""
        ranked = [
            (rank, i, unit)
            for i, unit in enumerate(self.list())
            if (rank := match_rank(typed, unit.name, unit.abbreviation)) is not None
        ]
        return [unit for _rank, _i, unit in sorted(ranked, key=lambda r: r[:2])[:limit]]

    def resolve(self, typed: str) -> Unit:
        """The one unit a clerk means by a short, accent-free name ("ban to chuc" for "Ban Tổ
        chức Tỉnh ủy"): the exact name or abbreviation, else the only best match (see
        match_rank). Several equally good matches, or none, raise a UserError naming them."""
        exact = self.find(typed)
        if exact is not None:
            return exact
        ranked = [
            (rank, unit)
            for unit in self.list()
            if (rank := match_rank(typed, unit.name, unit.abbreviation)) is not None
        ]
        if not ranked:
            raise UserError(
                "Không có đơn vị “{unit}” trong danh mục.",
                "There is no unit “{unit}” in the directory.",
                unit=nfc(typed),
            )
        best = min(rank for rank, _unit in ranked)
        chosen = [unit for rank, unit in ranked if rank == best]
        if len(chosen) == 1:
            return chosen[0]
        shown = "; ".join(u.name for u in chosen[:8]) + ("; …" if len(chosen) > 8 else "")
        raise UserError(
            "“{unit}” khớp với {n} đơn vị: {names}. Hãy gõ rõ hơn.",
            "“{unit}” matches {n} units: {names}. Type more of the name.",
            unit=nfc(typed),
            n=len(chosen),
            names=shown,
        )

    def split_names(self, text: str) -> list[str]:
        """The units a typed or pasted list names: "Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước
        tỉnh" is two units, "Sở Tài chính và Kho bạc Nhà nước" two, "Sở Tài nguyên và Môi
        trường" one. Semicolons and new lines always separate; a comma separates when what
        follows begins as a unit's name does ("Sở Văn hóa, Thể thao và Du lịch" and "UBND các
        huyện, thị xã" stay one); "và" separates only when each side begins as a unit name does
        and the whole is not a unit of the directory."""
        names: list[str] = []
        for piece in self._comma_pieces(text):
            parts = [p.strip(" .") for p in _AND.split(piece)]
            if (
                len(parts) > 1
                and self.find(piece) is None
                and all(p and starts_with_head(p) for p in parts)
            ):
                names.extend(parts)
            else:
                names.append(piece)
        return list(dict.fromkeys(names))

    def _comma_pieces(self, text: str) -> list[str]:
        pieces: list[str] = []
        glue = False  # the last separator was a comma
        for i, chunk in enumerate(_LIST_SEPARATORS.split(nfc(text))):
            piece = chunk.strip(" .")
            if i % 2:  # a separator
                glue = bool(piece) and set(piece) <= {","} and bool(pieces)
                continue
            if not piece:
                continue
            if glue and not starts_with_head(piece) and self.find(piece) is None:
                pieces[-1] = f"{pieces[-1]}, {piece}"
            else:
                pieces.append(piece)
            glue = False
        return pieces

    def id_for(self, name: str | None) -> int | None:
        """The directory's unit id for a typed name (added when new); None for a blank name.
        A new name that is a list ("Sở Tài chính, Kho bạc Nhà nước") is refused: it would enter
        the directory, "Nơi nhận" and the register as one unit."""
        name = nfc(name).strip()
        if not name:
            return None
        if self.find(name) is None and len(self._comma_pieces(name)) > 1:
            raise UserError(
                "“{name}” gồm nhiều đơn vị: mỗi đơn vị một tên (nhiều đơn vị phối hợp thì nhập"
                " từng đơn vị).",
                "“{name}” names several units: give one name per unit (several coordinating"
                " units are given one by one).",
                name=name,
            )
        return self.store.units.ensure(name).id

    def update(self, unit_id: int, **changes: Any) -> Unit:
        """Rename a unit, or set its abbreviation or parent (see UnitRepo.update)."""
        changes = {k: v for k, v in changes.items()}
        for key in ("abbreviation", "parent_id"):
            changes.setdefault(key, KEEP)
        return self.store.units.update(unit_id, **changes)

    def delete(self, unit_id: int) -> None:
        self.store.units.delete(unit_id)

    def usage_counts(self) -> dict[int, int]:
        return self.store.units.usage_counts()
