"""Re-transcribing over the clerk's own segments, when the clerk chooses to replace them.

By default a re-transcription keeps every segment the clerk edited or that a conclusion or task
points to (`SegmentRepo.delete_from`). With "replace edited" (`retranscribe(...,
replace_edited=True)`, `transcribe --retranscribe --replace-edited`, the checkbox of the window's
"Chép lời lại…") those go too, file by file as each is heard again, and:

- conclusions and tasks keep their own text and audio span (they never read the segments' text
  again); their links, which the database clears when a segment goes (ON DELETE SET NULL), are
  pointed at the new segments said over their span once the file is heard (`ItemRepo.relink`):
  an item never points at a deleted segment, and it stays tagged in the new transcript;
- the whole replacement is one undoable `Change`: undo puts the clerk's segments (and the items'
  links) back and removes the new segments said in their place; redo replaces them again.
  New segments are numbered above the replaced ones, so that undo can give those their own
  numbers back; the replaced segments' diarized voices (segment_speakers) come back with them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..store import Change, Store

LINKS = ["first_segment_id", "last_segment_id"]
ITEM_TABLES = ("conclusions", "tasks")


@dataclass
class ClerksSegments:
    """The segments of a meeting a re-transcription keeps unless told to replace them."""

    total: int = 0  # edited or tagged
    edited: int = 0
    tagged: int = 0  # pointed to by a conclusion or a task (edited or not)


def clerks_segments(store: Store, meeting_id: int) -> ClerksSegments:
    counts = ClerksSegments()
    for audio in store.audio.for_meeting(meeting_id):
        ids = store.segments.clerks(audio.id)
        linked = store.items.linked_segment_ids(audio.id)
        counts.total += len(ids)
        counts.edited += store.segments.edited_count(ids)
        counts.tagged += len(set(ids) & linked)
    return counts


@dataclass
class Replacement:
    """What one re-transcription replaced so far, and the `Change` that undoes it."""

    store: Store
    before: dict[str, list[dict]] = field(default_factory=dict)
    audio_ids: list[int] = field(default_factory=list)
    floor: int | None = None  # new segments are numbered above this

    @property
    def count(self) -> int:
        return len(self.before.get("segments", []))

    def drop(self, audio_id: int, start: float) -> None:
        """Before a file is heard again from `start`: remember its clerk's segments from there
        and its items' links, then delete those segments (inside the run's lock)."""
        ids = self.store.segments.clerks(audio_id, start)
        if not ids:
            return
        snapshots = self.store.snapshots
        self.before.setdefault("segments", []).extend(snapshots.rows("segments", ids))
        # Their diarized voices: the database drops them with the segments (ON DELETE CASCADE).
        voices = snapshots.rows("segment_speakers", ids)
        self.before.setdefault("segment_speakers", []).extend(voices)
        for table, item_ids in self.store.items.linked_to(audio_id).items():
            rows = snapshots.rows(table, item_ids, columns=LINKS)
            self.before.setdefault(table, []).extend(rows)
        self.audio_ids.append(audio_id)
        self.floor = max([self.floor or 0, *ids])
        with self.store.atomic():
            self.store.segments.delete_from(audio_id, start, keep_clerks=False)

    def settle(self, audio_id: int) -> None:
        """After a file's run (done or stopped): its items point at the new segments."""
        if audio_id in self.audio_ids:
            self.store.items.relink(audio_id)

    def change(self) -> Change | None:
        """Undo: the clerk's segments back, the new ones said in their place gone. None when
        nothing was replaced."""
        if not self.count:
            return None
        snapshots = self.store.snapshots
        said = set()
        for audio_id in self.audio_ids:
            spans = [(r["start"], r["end"]) for r in self.before["segments"]
                     if r["audio_id"] == audio_id]  # fmt: skip
            said.update(self.store.segments.said_over(audio_id, spans))
        after: dict[str, list[dict]] = {
            "segments": snapshots.rows("segments", sorted(said)),
            "segment_speakers": snapshots.rows("segment_speakers", sorted(said)),
        }
        for table in ITEM_TABLES:
            if self.before.get(table):
                after[table] = snapshots.capture({table: self.before[table]})[table]
        before = {
            "segments": self.before["segments"],
            "segment_speakers": self.before.get("segment_speakers", []),
        }
        before.update({t: self.before[t] for t in ITEM_TABLES if self.before.get(t)})
        return Change(before, after)
