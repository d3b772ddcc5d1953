"""Full-text search over transcripts, conclusions and tasks, blind to Vietnamese diacritics."""

from __future__ import annotations

import re

from sqlite_utils import Database

from ..models import SearchHit
from ..text import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)

# One SELECT per searchable table; each returns the same columns so they can be UNIONed.
_PARTS = {
    "segment": (
        "SELECT 'segment' AS kind, t.id, t.meeting_id, t.text AS text, t.start, t.end,"
        " bm25(segments_fts) AS rank FROM segments_fts"
        " JOIN segments t ON t.rowid = segments_fts.rowid WHERE segments_fts MATCH :q"
    ),
    "conclusion": (
        "SELECT 'conclusion' AS kind, t.id, t.meeting_id, t.text AS text, t.span_start AS start,"
        " t.span_end AS end, bm25(conclusions_fts) AS rank FROM conclusions_fts"
        " JOIN conclusions t ON t.rowid = conclusions_fts.rowid WHERE conclusions_fts MATCH :q"
    ),
    "task": (
        "SELECT 'task' AS kind, t.id, t.meeting_id, t.content AS text, t.span_start AS start,"
        " t.span_end AS end, bm25(tasks_fts) AS rank FROM tasks_fts"
        " JOIN tasks t ON t.rowid = tasks_fts.rowid WHERE tasks_fts MATCH :q"
    ),
}


def fts_query(text: str, prefix: bool = False) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word must appear, any accents.

    Each word is quoted, so FTS5 syntax characters in the input (", *, -, AND …) are literal.
    """
    words = _TOKEN.findall(fold(text))
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


def search(
    db: Database,
    text: str,
    kinds: tuple[str, ...] = ("segment", "conclusion", "task"),
    meeting_id: int | None = None,
    prefix: bool = False,
    limit: int = 200,
) -> list[SearchHit]:
    query = fts_query(text, prefix=prefix)
    if query is None:
        return []
    union = " UNION ALL ".join(_PARTS[k] for k in kinds)
    sql = (
        f"SELECT r.*, m.title AS meeting_title FROM ({union}) r"
        " JOIN meetings m ON m.id = r.meeting_id"
        + (" WHERE r.meeting_id = :meeting_id" if meeting_id is not None else "")
        + " ORDER BY r.rank, m.date DESC, r.start LIMIT :limit"
    )
    rows = db.query(sql, {"q": query, "meeting_id": meeting_id, "limit": limit})
    return [
        SearchHit(
            kind=r["kind"],
            id=r["id"],
            meeting_id=r["meeting_id"],
            meeting_title=r["meeting_title"],
            text=r["text"],
            start=r["start"],
            end=r["end"],
        )
        for r in rows
    ]
