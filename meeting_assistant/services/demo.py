"""A demo meeting, so a newcomer sees the app populated: details, attendees, a transcript in sync
with real (synthetic) audio and its speakers named (the chair among them), two conclusions and
three tasks with units and deadlines.

The audio is espeak-ng speaking the demo text (scripts/make_demo_audio.py); the transcript is
that text with its times, so the demo needs no transcription to be complete.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import UserError
from ..models import Meeting, Segment
from ..paths import resource
from ..store import Store
from .importing import import_audio, sha256_of
from .items import ItemService


def create_demo_meeting(store: Store) -> Meeting:
    """Create the demo meeting, or return the one already there (it is created only once)."""
    audio_file = resource("demo", "demo_meeting.ogg")
    if not audio_file.is_file() or not resource("demo", "demo_meeting.json").is_file():
        raise UserError(
            "Cuộc họp mẫu chưa có trong bản cài đặt này.",
            "The demo meeting is not part of this installation.",
        )
    checksum = sha256_of(audio_file)
    existing = store.audio.by_sha256(checksum)
    if existing is not None:
        return store.meetings.get(existing.meeting_id)
    spec = json.loads(resource("demo", "demo_meeting.json").read_text(encoding="utf-8"))
    try:
        with store.atomic():
            meeting_id = _build(store, spec, audio_file)
    except BaseException:
        # The transaction is undone; its copy of the audio goes too.
        for leftover in (store.media_dir / "audio").glob(f"{checksum[:16]}*"):
            leftover.unlink(missing_ok=True)
        raise
    return store.meetings.get(meeting_id)


def demo_meeting_in(store: Store) -> Meeting | None:
    """The demo meeting, if this database holds it: an older version made it among the real
    meetings, where its tasks count in the register."""
    audio_file = resource("demo", "demo_meeting.ogg")
    if not audio_file.is_file():
        return None
    existing = store.audio.by_sha256(sha256_of(audio_file))
    return store.meetings.get(existing.meeting_id) if existing is not None else None


def _build(store: Store, spec: dict, audio_file: Path) -> int:
    meeting, audio = import_audio(store, audio_file, title=spec["meeting"]["title"])
    store.meetings.update(meeting.id, **spec["meeting"])
    units = {name: store.units.ensure(name, abbreviation) for name, abbreviation in spec["units"]}
    store.meetings.replace_attendees(
        meeting.id,
        [
            {**person, "unit_id": units[person["unit"]].id if person.get("unit") else None}
            for person in spec["attendees"]
        ],
    )
    segments = [
        store.segments.add(
            Segment(None, meeting.id, audio.id, s["start"], s["end"], s["text"],
                    speaker=s.get("speaker")),
            transcribed_until=s["end"],
        )
        for s in spec["segments"]
    ]  # fmt: skip
    store.audio.set_transcription(
        audio.id,
        transcription_state="done",
        transcribed_until=audio.duration,
        transcription_model="demo",
        transcription_language="vi",
    )

    def span(picked: list[int]) -> dict:
        return ItemService.span([segments[i] for i in picked])

    def said(picked: list[int]) -> str:
        return " ".join(segments[i].text for i in picked)

    for picked in spec["conclusions"]:
        store.items.add_conclusion(meeting.id, said(picked), state="confirmed", **span(picked))
    items = ItemService(store)
    for item in spec["tasks"]:
        task = store.items.add_task(meeting.id, said(item["segments"]), **span(item["segments"]))
        items.update_task(
            task.id,
            lead_unit=item["lead"],
            coordinating_units=item["coordinating"],
            deadline=item.get("deadline"),
            ongoing=bool(item.get("ongoing")),
            deadline_text=item.get("deadline_text"),
            is_key=bool(item.get("key")),
        )
    _name_speakers(store, meeting.id, audio.id, segments)
    store.meetings.set_state(meeting.id, "transcribed")
    return meeting.id


def _name_speakers(store: Store, meeting_id: int, audio_id: int, segments: list[Segment]) -> None:
    """The demo's speakers as diarization leaves them once the clerk has named them: "Người
    nói 1…4", each with its attendee's name, its time and a sample to listen to (no voice is
    remembered: espeak-ng's voice is nobody's)."""
    names = list(dict.fromkeys(s.speaker for s in segments if s.speaker))
    rows = []
    for label, name in enumerate(names, 1):
        own = [s for s in segments if s.speaker == name]
        longest = max(own, key=lambda s: s.end - s.start)
        rows.append({
            "label": label, "name": name, "proposed": None, "confidence": None,
            "seconds": round(sum(s.end - s.start for s in own), 1),
            "sample_audio_id": audio_id, "sample_start": longest.start, "embedding": None,
        })  # fmt: skip
    store.speakers.replace_speakers(meeting_id, rows)
    for seg in segments:
        if seg.speaker:
            store.speakers.label_segment(seg.id, meeting_id, names.index(seg.speaker) + 1)
