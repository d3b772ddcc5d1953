"""The documents that follow a meeting, for the window and the command line alike.

A document is made final (checked for holes, numbered) or as a draft (blanks to fill by hand,
marked "DỰ THẢO", never numbered); the preview is always a draft. What is missing is listed by
`problems` so the window can send the clerk where to fix it.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..documents import export
from ..documents.checks import Problem, missing_for
from ..documents.content import memo_content
from ..documents.numbering import record_number
from ..errors import UserError
from ..settings import Settings
from ..store import Store
from ..text import fold


class DocumentService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.settings = Settings(store)

    @staticmethod
    def default_format(kind: str, out: Path) -> str:
        return export.default_format(kind, out)

    def problems(self, meeting_id: int | None, kind: str) -> list[Problem]:
        """What the document still lacks (blocking or not), each saying where to set it."""
        return missing_for(self.store, meeting_id, kind)

    def export_meeting(
        self,
        meeting_id: int,
        kind: str,
        fmt: str,
        out: Path,
        *,
        include_transcript: bool = False,
        draft: bool = False,
        number: bool = False,
    ) -> Path:
        """A meeting's notice, minutes or transcript, written whole or not at all. A final one
        (not `draft`) is refused while it has holes; `number` gives it the next number."""
        return export.export_meeting(
            self.store, meeting_id, kind, fmt, out, include_transcript=include_transcript,
            allow_draft=draft, assign_number=number, due_soon_days=self.settings.due_soon_days,
        )  # fmt: skip

    def export_memo(
        self, unit: str, out: Path, fmt: str | None = None, *, draft: bool = False,
        number: bool = False,
    ) -> Path:  # fmt: skip
        return export.export_memo(
            self.store, unit, out, fmt, due_soon_days=self.settings.due_soon_days,
            report_within_days=self.settings.memo_report_days, allow_draft=draft,
            assign_number=number,
        )  # fmt: skip

    def units_to_chase(self, today: dt.date | None = None) -> list[str]:
        """The units (in directory order) with an overdue or due-soon task, as lead or
        coordinator: those a follow-up memo goes to."""
        today = today or dt.date.today()
        names = []
        for unit in self.store.units.list():
            try:
                memo_content(
                    self.store, unit.name, today=today, due_soon_days=self.settings.due_soon_days
                )
            except UserError:  # nothing to chase
                continue
            names.append(unit.name)
        return names

    def export_memos(
        self, folder: Path, fmt: str = "pdf", *, draft: bool = False, number: bool = False
    ) -> list[Path]:
        """One follow-up memo per unit with something to chase, written into `folder` (made if
        need be) as "don-doc-<unit>.<fmt>"; nothing to chase anywhere is a UserError. Each
        final memo takes the next number."""
        units = self.units_to_chase()
        if not units:
            raise UserError(
                "Không đơn vị nào có nhiệm vụ quá hạn hoặc sắp đến hạn: không có gì cần đôn đốc.",
                "No unit has an overdue or due-soon task: nothing to chase.",
            )
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                "Không tạo được thư mục {path}: {why}.",
                "Cannot create the folder {path}: {why}.",
                path=str(folder), why=exc.strerror or str(exc),
            ) from None  # fmt: skip
        written = []
        for unit in units:
            out = folder / f"{memo_file_stem(unit)}.{fmt}"
            written.append(self.export_memo(unit, out, fmt, draft=draft, number=number))
        return written

    def export_report(
        self,
        out: Path,
        fmt: str,
        *,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        draft: bool = False,
        number: bool = False,
    ) -> Path:
        return export.export_report(
            self.store, out, fmt, date_from=date_from, date_to=date_to,
            due_soon_days=self.settings.due_soon_days, allow_draft=draft, assign_number=number,
        )  # fmt: skip

    def record_number(self, meeting_id: int, kind: str, number: str, on: dt.date) -> None:
        """A number the clerk typed for a meeting's notice or minutes (refused if used)."""
        with self.store.atomic():
            record_number(self.store, meeting_id, kind, number, on=on)


def memo_file_stem(unit: str) -> str:
    """A memo's file name, without accents or characters that Windows refuses."""
    words = re.sub(r"[^a-z0-9]+", "-", fold(unit).lower()).strip("-")
    return "don-doc-" + (words[:70] or "don-vi")
