"""The directory of units (Sở, Phòng, Ban …) that tasks are assigned to."""

from __future__ import annotations

from typing import Any

from ..models import Unit
from ..store import Store
from ..store.meetings import KEEP
from ..text import fold, nfc


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

    def id_for(self, name: str | None) -> int | None:
        """The directory's unit id for a typed name (added when new); None for a blank name."""
        name = nfc(name).strip()
        return self.store.units.ensure(name).id if name else None

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
