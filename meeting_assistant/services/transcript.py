"""Editing a transcript: text, split, merge, speakers, find and replace — each saved at once.

Every edit returns a `Change` (the segment rows before and after it), which the window keeps on
its one undo stack; `Services.undo` / `Services.redo` write it back.
"""

from __future__ import annotations

import json
import re

from ..errors import UserError
from ..models import Segment
from ..store import Change, Store
from ..text import accent_blind_pattern, has_accents, nfc
from .speakers import label_text


def _pattern(find: str, case_sensitive: bool) -> re.Pattern:
    """Accents optional, as everywhere in the app, when the clerk types none ("so tai chinh"
    finds "Sở Tài chính"); typed with accents, or matching case, the text is matched as typed
    ("mà" never finds "ma")."""
    if case_sensitive:
        return re.compile(re.escape(nfc(find)))
    if has_accents(find):
        return re.compile(re.escape(nfc(find)), re.IGNORECASE)
    return re.compile(accent_blind_pattern(find), re.IGNORECASE)


def count_matches(text: str, find_text: str, case_sensitive: bool = False) -> int:
    """How many times `find_text` occurs in `text`, matched as `find` and `replace_all` match."""
    return len(_pattern(find_text, case_sensitive).findall(nfc(text))) if find_text else 0


def match_spans(text: str, find_text: str, case_sensitive: bool = False) -> list[tuple[int, int]]:
    """Where `find_text` occurs in `text` (start, end), matched as `find` and `replace_all`
    match: for highlighting each one and stepping from one to the next."""
    if not find_text:
        return []
    return [m.span() for m in _pattern(find_text, case_sensitive).finditer(nfc(text))]


def _split_time(row: dict, words: list[list], position: int, text: str) -> tuple[float, int]:
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


class TranscriptService:
    """A meeting's transcript: reading it, and the clerk's edits (each one undoable)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # Reading -------------------------------------------------------------------------------

    def segments(self, meeting_id: int) -> list[Segment]:
        return self.store.segments.for_meeting(meeting_id)

    def segment(self, segment_id: int) -> Segment:
        return self.store.segments.get(segment_id)

    def count(self, meeting_id: int) -> int:
        return self.store.segments.count(meeting_id)

    def next_segment_id(self, segment_id: int) -> int | None:
        meeting_id = self.store.segments.get(segment_id).meeting_id
        ordered = [s.id for s in self.store.segments.for_meeting(meeting_id)]
        index = ordered.index(segment_id)
        return ordered[index + 1] if index + 1 < len(ordered) else None

    def find(
        self, meeting_id: int, text: str, case_sensitive: bool = False, speaker: str | None = None
    ) -> list[int]:
        """Ids of the meeting's segments containing `text` (accents optional when typed
        without any, see `_pattern`); only `speaker`'s segments when given."""
        if not text:
            return []
        pattern = _pattern(text, case_sensitive)
        return [
            s.id
            for s in self.segments(meeting_id)
            if (speaker is None or s.speaker == speaker) and pattern.search(s.text)
        ]

    # Edits ---------------------------------------------------------------------------------

    def _edit(self, ids: list[int], apply) -> Change:
        """Run `apply` (which may create segments: it returns their ids) in one transaction,
        recording the rows before and after."""
        snapshots = self.store.snapshots
        before = snapshots.rows("segments", ids)
        with self.store.atomic():
            created = apply() or []
        after = snapshots.rows("segments", sorted(set(ids) | set(created)))
        return Change({"segments": before}, {"segments": after})

    def set_text(self, segment_id: int, text: str) -> Change:
        text = nfc(text).strip()
        current = self.store.segments.get(segment_id)
        if text == current.text:
            return Change()
        if not text:
            raise UserError(
                "Đoạn không được để trống; muốn bỏ đoạn này thì gộp nó với đoạn bên cạnh.",
                "A segment cannot be empty; to drop it, merge it with its neighbour.",
            )

        def apply():
            self.store.segments.update_text(segment_id, text)

        return self._edit([segment_id], apply)

    def replace_one(
        self,
        segment_id: int,
        old: str,
        new: str,
        case_sensitive: bool = False,
        occurrence: int = 0,
    ) -> Change:
        """Replace one occurrence (the `occurrence`-th, from 0) of `old` in one segment, as an
        undoable change; nothing changes when it is not there (any more)."""
        text = self.store.segments.get(segment_id).text
        spans = match_spans(text, old, case_sensitive)
        if not 0 <= occurrence < len(spans):
            return Change()
        start, end = spans[occurrence]
        return self.set_text(segment_id, text[:start] + nfc(new) + text[end:])

    def set_speaker(self, segment_ids: list[int], speaker: str | None) -> Change:
        """Give segments a speaker (None: none). In a diarized meeting a segment given one of
        its speakers ("Người nói 2", or the name given to it) joins that voice, so it follows
        when the voice is named; given anyone else it is the clerk's own choice, which naming
        and re-running diarization leave alone."""
        ids = list(segment_ids)
        if not ids:
            return Change()
        meeting_id = self.store.segments.get(ids[0]).meeting_id
        voices = {
            s["name"] or label_text(s["label"]): s["label"]
            for s in self.store.speakers.speakers(meeting_id)
        }
        snapshots = self.store.snapshots
        tables = ("segments", "segment_speakers")
        before = {t: snapshots.rows(t, ids) for t in tables}
        with self.store.atomic():
            for seg_id in ids:
                self.store.segments.set_fields(seg_id, speaker=speaker)
                label = voices.get(speaker) if speaker else None
                if label is None:
                    self.store.speakers.unlabel_segment(seg_id)
                else:
                    self.store.speakers.label_segment(seg_id, meeting_id, label)
        return Change(before, {t: snapshots.rows(t, ids) for t in tables})

    def split(self, segment_id: int, position: int) -> Change:
        """Split a segment in two at a character position of its text (the cursor)."""
        row = self.store.segments.row(segment_id)
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
            segments = self.store.segments
            segments.set_fields(
                segment_id, text=head, end=at, words=json.dumps(words[:count], ensure_ascii=False)
            )
            new_id = segments.insert_copy(
                row, text=tail, start=at, edited=1,
                words=json.dumps(words[count:], ensure_ascii=False),
            )  # fmt: skip
            return [new_id]

        return self._edit([segment_id], apply)

    def merge_with_next(self, segment_id: int) -> Change:
        """Join a segment and the one after it (same recording) into one."""
        segments = self.store.segments
        first = segments.row(segment_id)
        next_id = self.next_segment_id(segment_id)
        second = segments.row(next_id) if next_id else None
        if second is None or second["audio_id"] != first["audio_id"]:
            raise UserError(
                "Không có đoạn tiếp theo trong cùng tệp ghi âm để gộp.",
                "There is no next segment in the same recording to merge with.",
            )
        text = f"{first['text']} {second['text']}".strip()
        words = json.loads(first["words"] or "[]") + json.loads(second["words"] or "[]")

        def apply():
            segments.set_fields(
                segment_id, text=text, end=second["end"],
                speaker=first["speaker"] or second["speaker"],
                words=json.dumps(words, ensure_ascii=False),
            )  # fmt: skip
            segments.delete(next_id)

        return self._edit([segment_id, next_id], apply)

    def replace_all(
        self,
        meeting_id: int,
        old: str,
        new: str,
        case_sensitive: bool = False,
        speaker: str | None = None,
    ) -> Change:
        """Replace every occurrence in the meeting's transcript (in `speaker`'s segments only,
        when given), as one undoable change."""
        ids = self.find(meeting_id, old, case_sensitive, speaker)
        pattern, new = _pattern(old, case_sensitive), nfc(new)

        def apply():
            for seg_id in ids:
                text = self.store.segments.get(seg_id).text
                replaced = pattern.sub(lambda _m: new, text).strip()
                if replaced and replaced != text:
                    self.store.segments.update_text(seg_id, replaced)

        return self._edit(ids, apply)
