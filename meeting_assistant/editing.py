"""Editing a transcript: text, split, merge, speakers, find and replace — each saved at once.

Every edit returns a `Change`: the segment rows before and after it. Undo writes the "before"
rows back (and removes rows the edit created); redo writes the "after" rows. That one mechanism
serves every kind of edit, so the UI's undo stack stays a thin wrapper.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from .errors import UserError
from .store import Store
from .store.database import now_iso
from .text import fold, nfc

Row = dict[str, Any]


@dataclass
class Change:
    before: list[Row] = field(default_factory=list)
    after: list[Row] = field(default_factory=list)

    @property
    def segment_ids(self) -> list[int]:
        return sorted({r["id"] for r in self.before} | {r["id"] for r in self.after})

    def __bool__(self) -> bool:
        return self.before != self.after


def _rows(store: Store, ids: list[int]) -> list[Row]:
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return list(store.db.query(f"SELECT * FROM segments WHERE id IN ({marks}) ORDER BY id", ids))


def _write(store: Store, rows: list[Row], remove: set[int]) -> None:
    with store.db.atomic():
        for seg_id in remove:
            store.db.execute("DELETE FROM segments WHERE id = ?", [seg_id])
        for row in rows:
            exists = store.db.execute("SELECT 1 FROM segments WHERE id = ?", [row["id"]]).fetchone()
            if exists:
                # An UPDATE, never INSERT OR REPLACE: replacing would delete the row first and
                # unlink conclusions and tasks that point at it.
                store.db["segments"].update(row["id"], {k: v for k, v in row.items() if k != "id"})
            else:
                store.db["segments"].insert(row)


def undo(store: Store, change: Change) -> None:
    created = {r["id"] for r in change.after} - {r["id"] for r in change.before}
    _write(store, change.before, created)


def redo(store: Store, change: Change) -> None:
    removed = {r["id"] for r in change.before} - {r["id"] for r in change.after}
    _write(store, change.after, removed)


def _edit(store: Store, ids: list[int], apply) -> Change:
    """Run `apply` (which may create ids: it returns them) in one transaction, recording rows."""
    before = _rows(store, ids)
    with store.db.atomic():
        created = apply() or []
    return Change(before, _rows(store, sorted(set(ids) | set(created))))


def set_text(store: Store, segment_id: int, text: str) -> Change:
    text = nfc(text).strip()
    current = store.segments.get(segment_id)
    if text == current.text:
        return Change()
    if not text:
        raise UserError(
            "Đoạn không được để trống; muốn bỏ đoạn này thì gộp nó với đoạn bên cạnh.",
            "A segment cannot be empty; to drop it, merge it with its neighbour.",
        )

    def apply():
        store.segments.update_text(segment_id, text)

    return _edit(store, [segment_id], apply)


def set_speaker(store: Store, segment_ids: list[int], speaker: str | None) -> Change:
    speaker = nfc(speaker).strip() or None

    def apply():
        for seg_id in segment_ids:
            store.db["segments"].update(seg_id, {"speaker": speaker, "updated_at": now_iso()})

    return _edit(store, list(segment_ids), apply)


def _split_time(row: Row, words: list[list], position: int, text: str) -> tuple[float, int]:
    """Where in time, and after how many words, the text splits at character `position`.

    When the text still matches its words (unedited), the split falls where the first word of
    the second part begins; otherwise the time is shared out by characters."""
    joined = "".join(w[2] for w in words)
    if words and joined.strip() == text:
        lead = len(joined) - len(joined.lstrip())
        offset = 0
        for index, word in enumerate(words):
            # Where this word's first letter is, counted in the segment's (stripped) text.
            letter_at = offset + len(word[2]) - len(word[2].lstrip()) - lead
            if index > 0 and letter_at >= position:
                return float(word[0]), index
            offset += len(word[2])
    share = position / max(1, len(text))
    at = row["start"] + (row["end"] - row["start"]) * share
    count = sum(1 for w in words if w[1] <= at)
    return at, count


def split(store: Store, segment_id: int, position: int) -> Change:
    """Split a segment in two at a character position of its text (the cursor)."""
    row = store.db["segments"].get(segment_id)
    text = row["text"]
    head, tail = text[:position].rstrip(), text[position:].strip()
    if not head or not tail:
        raise UserError(
            "Đặt con trỏ vào giữa đoạn để tách (không phải ở đầu hay cuối đoạn).",
            "Put the cursor inside the segment to split it (not at its start or end).",
        )
    words = json.loads(row["words"] or "[]")
    at, count = _split_time(row, words, position, text)
    at = min(max(at, row["start"]), row["end"])

    def apply():
        stamp = now_iso()
        store.db["segments"].update(
            segment_id,
            {"text": head, "search_text": fold(head), "end": at, "edited": 1,
             "words": json.dumps(words[:count], ensure_ascii=False), "updated_at": stamp},
        )  # fmt: skip
        new_id = store.db["segments"].insert(
            {**{k: v for k, v in row.items() if k != "id"},
             "text": tail, "search_text": fold(tail), "start": at, "edited": 1,
             "words": json.dumps(words[count:], ensure_ascii=False),
             "created_at": stamp, "updated_at": stamp}
        ).last_pk  # fmt: skip
        return [new_id]

    return _edit(store, [segment_id], apply)


def next_segment_id(store: Store, segment_id: int) -> int | None:
    ordered = [s.id for s in store.segments.for_meeting(store.segments.get(segment_id).meeting_id)]
    index = ordered.index(segment_id)
    return ordered[index + 1] if index + 1 < len(ordered) else None


def merge_with_next(store: Store, segment_id: int) -> Change:
    """Join a segment and the one after it (same recording) into one."""
    first = store.db["segments"].get(segment_id)
    next_id = next_segment_id(store, segment_id)
    second = store.db["segments"].get(next_id) if next_id else None
    if second is None or second["audio_id"] != first["audio_id"]:
        raise UserError(
            "Không có đoạn tiếp theo trong cùng tệp ghi âm để gộp.",
            "There is no next segment in the same recording to merge with.",
        )
    text = f"{first['text']} {second['text']}".strip()
    words = json.loads(first["words"] or "[]") + json.loads(second["words"] or "[]")

    def apply():
        store.db["segments"].update(
            segment_id,
            {"text": text, "search_text": fold(text), "end": second["end"], "edited": 1,
             "speaker": first["speaker"] or second["speaker"],
             "words": json.dumps(words, ensure_ascii=False), "updated_at": now_iso()},
        )  # fmt: skip
        store.db.execute("DELETE FROM segments WHERE id = ?", [next_id])

    return _edit(store, [segment_id, next_id], apply)


def _pattern(find: str, case_sensitive: bool) -> re.Pattern:
    return re.compile(re.escape(nfc(find)), 0 if case_sensitive else re.IGNORECASE)


def find(store: Store, meeting_id: int, text: str, case_sensitive: bool = False) -> list[int]:
    """Ids of the meeting's segments containing `text` (exactly as typed, accents included)."""
    if not text:
        return []
    pattern = _pattern(text, case_sensitive)
    return [s.id for s in store.segments.for_meeting(meeting_id) if pattern.search(s.text)]


def count_matches(text: str, find_text: str, case_sensitive: bool = False) -> int:
    """How many times `find_text` occurs in `text`, matched as `find` and `replace_all` match."""
    return len(_pattern(find_text, case_sensitive).findall(nfc(text))) if find_text else 0


def replace_all(
    store: Store, meeting_id: int, old: str, new: str, case_sensitive: bool = False
) -> Change:
    """Replace every occurrence in the meeting's transcript, as one undoable change."""
    ids = find(store, meeting_id, old, case_sensitive)
    pattern, new = _pattern(old, case_sensitive), nfc(new)

    def apply():
        for seg_id in ids:
            text = store.db["segments"].get(seg_id)["text"]
            replaced = pattern.sub(lambda _m: new, text).strip()
            if replaced and replaced != text:
                store.segments.update_text(seg_id, replaced)

    return _edit(store, ids, apply)
