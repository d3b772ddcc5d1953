"""The documents that follow a meeting, for the window and the command line alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..documents import export
from ..store import Store


class DocumentService:
    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def default_format(kind: str, out: Path) -> str:
        return export.default_format(kind, out)

    def export_meeting(
        self, meeting_id: int, kind: str, fmt: str, out: Path, *, include_transcript: bool = False
    ) -> Path:
        """A meeting's notice, minutes or transcript, written whole or not at all."""
        return export.export_meeting(
            self.store, meeting_id, kind, fmt, out, include_transcript=include_transcript
        )

    def export_memo(self, unit: str, out: Path) -> Path:
        return export.export_memo(self.store, unit, out)

    def export_report(
        self,
        out: Path,
        fmt: str,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> Path:
        return export.export_report(self.store, out, fmt, date_from=date_from, date_to=date_to)
