"""The register of document numbers handed out: one row per number, never reused.

A number belongs to an issuing body (its symbol), a kind of document (notice, minutes, memo,
report) and a series (a calendar year for State documents, a term of office for the Party's).
The UNIQUE constraint is the guarantee: two windows asking at once cannot both get number 12.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from ..errors import UserError
from .database import now_iso


@dataclass
class IssuedNumber:
    issuer: str
    kind: str
    series: str
    number: int
    meeting_id: int | None
    issued_on: str


class NumberRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def highest(self, issuer: str, kind: str, series: str) -> int:
        """The highest number registered in the series, 0 if none."""
        return self.db.execute(
            "SELECT coalesce(max(number), 0) FROM document_numbers"
            " WHERE issuer = ? AND kind = ? AND series = ?",
            [issuer, kind, series],
        ).fetchone()[0]

    def holder(self, issuer: str, kind: str, series: str, number: int) -> IssuedNumber | None:
        rows = self._rows(
            "SELECT * FROM document_numbers"
            " WHERE issuer = ? AND kind = ? AND series = ? AND number = ?",
            [issuer, kind, series, number],
        )
        return rows[0] if rows else None

    def register(
        self,
        issuer: str,
        kind: str,
        series: str,
        number: int,
        *,
        meeting_id: int | None,
        issued_on: str,
    ) -> None:
        """Record `number` as taken. A number already given to another document is refused;
        registering the same number again for the same meeting is a no-op."""
        taken = self.holder(issuer, kind, series, number)
        if taken is not None:
            if meeting_id is not None and taken.meeting_id == meeting_id:
                return
            raise UserError(
                "Số {number} đã được cấp cho một văn bản khác trong năm/nhiệm kỳ {series};"
                " mỗi số chỉ dùng một lần.",
                "Number {number} was already given to another document in {series}; a number"
                " is used once only.",
                number=number,
                series=series or "—",
            )
        self.db.execute(
            "INSERT INTO document_numbers"
            " (issuer, kind, series, number, meeting_id, issued_on, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [issuer, kind, series, number, meeting_id, issued_on, now_iso()],
        )

    def for_meeting(self, meeting_id: int) -> list[IssuedNumber]:
        return self._rows(
            "SELECT * FROM document_numbers WHERE meeting_id = ? ORDER BY id", [meeting_id]
        )

    def all(self, issuer: str, kind: str) -> list[IssuedNumber]:
        """Every number of one issuer and kind, in every series."""
        return self._rows(
            "SELECT * FROM document_numbers WHERE issuer = ? AND kind = ?", [issuer, kind]
        )

    def _rows(self, sql: str, params: list) -> list[IssuedNumber]:
        return [
            IssuedNumber(
                r["issuer"], r["kind"], r["series"], r["number"], r["meeting_id"], r["issued_on"]
            )
            for r in self.db.query(sql, params)
        ]
