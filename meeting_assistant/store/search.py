"""Full-text search over transcripts, conclusions and tasks, blind to Vietnamese diacritics; a
speaker filter keeps what one speaker said (their segments, and the conclusions and tasks marked
from them), the name matched blind to diacritics too."""

from __future__ import annotations

import re

from sqlite_utils import Database

from ..models import SearchHit
from ..text import fold

_TOKEN = re.compile(r"\w+", re.UNICODE)

# One SELECT per searchable table; each returns the same columns so they can be UNIONed.
# A conclusion's or task's speaker is that of the segment it was marked from.
_SOURCE_SPEAKER = "(SELECT s.speaker FROM segments s WHERE s.id = t.first_segment_id) AS speaker"
_PARTS = {
    "segment": (
        "SELECT 'segment' AS kind, t.id, t.meeting_id, t.text AS text, t.start, t.end,"
        " t.speaker AS speaker,"
        " bm25(segments_fts) AS rank FROM segments_fts"
        " JOIN segments t ON t.rowid = segments_fts.rowid WHERE segments_fts MATCH :q"
    ),
    "conclusion": (
        "SELECT 'conclusion' AS kind, t.id, t.meeting_id, t.text AS text, t.span_start AS start,"
        f" t.span_end AS end, {_SOURCE_SPEAKER},"
        " bm25(conclusions_fts) AS rank FROM conclusions_fts"
        " JOIN conclusions t ON t.rowid = conclusions_fts.rowid WHERE conclusions_fts MATCH :q"
    ),
    "task": (
        "SELECT 'task' AS kind, t.id, t.meeting_id, t.content AS text, t.span_start AS start,"
        f" t.span_end AS end, {_SOURCE_SPEAKER},"
        " bm25(tasks_fts) AS rank FROM tasks_fts"
        " JOIN tasks t ON t.rowid = tasks_fts.rowid WHERE tasks_fts MATCH :q"
    ),
}


def speaker_matches(name: str | None, wanted: str | None) -> bool:
    """Whether the speaker `name` is the one asked for: every word of `wanted` is one of the
    name's words, accents and case ignored ("nguyen van an", "An" find "Nguyễn Văn An"; "An"
    does not find "Trần Văn Anh", nor "Người nói 1" find "Người nói 12")."""
    words = _TOKEN.findall(fold(wanted))
    if not words or not name:
        return False
    own = set(_TOKEN.findall(fold(name)))
    return all(w in own for w in words)


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
    speaker: str | None = None,
) -> list[SearchHit]:
    """What holds every word of `text` (accents optional), best first; only what `speaker` said
    when given (see `speaker_matches`)."""
    query = fts_query(text, prefix=prefix)
    if query is None:
        return []
    union = " UNION ALL ".join(_PARTS[k] for k in kinds)
    where = []
    if meeting_id is not None:
        where.append("r.meeting_id = :meeting_id")
    if speaker is not None and speaker.strip():
        db.conn.create_function("speaker_matches", 2, speaker_matches, deterministic=True)
        where.append("speaker_matches(r.speaker, :speaker)")
    sql = (
        f"SELECT r.*, m.title AS meeting_title FROM ({union}) r"
        " JOIN meetings m ON m.id = r.meeting_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY r.rank, m.date DESC, r.start LIMIT :limit"
    )
    params = {"q": query, "meeting_id": meeting_id, "speaker": speaker, "limit": limit}
    rows = db.query(sql, params)
    return [
        SearchHit(
            kind=r["kind"],
            id=r["id"],
            meeting_id=r["meeting_id"],
            meeting_title=r["meeting_title"],
            text=r["text"],
            start=r["start"],
            end=r["end"],
            speaker=r["speaker"],
        )
        for r in rows
    ]
