"""Plain records the core hands around. No behaviour beyond conversion from database rows."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import Any


def _from_row(cls, row: dict[str, Any]):
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in row.items() if k in names})


@dataclass
class Meeting:
    id: int
    title: str
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    place: str | None = None
    chair: str | None = None
    secretary: str | None = None
    organisation: str | None = None
    document_number: str | None = None
    agenda: str | None = None
    summary: str | None = None
    language: str = "vi"
    state: str = "new"
    created_at: str = ""
    updated_at: str = ""
    # What the meeting's documents print instead of the organisation's settings, when set.
    issuing_body: str | None = None
    issuing_symbol: str | None = None
    signer_authority: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    notice_date: str | None = None  # the notice's issue date (YYYY-MM-DD); blank: the export day
    minutes_number: str | None = None
    secrecy: str | None = None  # "" | "mat" | "toi_mat" | "tuyet_mat"
    transcript_checked: bool = False

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Meeting:
        meeting = _from_row(cls, row)
        meeting.transcript_checked = bool(meeting.transcript_checked)
        return meeting


# Meeting states, in the order a meeting usually goes through them.
MEETING_STATES = ("new", "audio", "transcribing", "interrupted", "transcribed", "concluded")


@dataclass
class Unit:
    id: int
    name: str
    abbreviation: str | None = None
    parent_id: int | None = None

    from_row = classmethod(_from_row)


@dataclass
class Attendee:
    id: int
    meeting_id: int
    name: str
    title: str | None = None
    unit_id: int | None = None
    present: bool = True
    note: str | None = None
    position: int = 0

    from_row = classmethod(_from_row)


@dataclass
class AudioFile:
    id: int
    meeting_id: int
    stored_path: str
    original_name: str
    sha256: str
    size_bytes: int
    duration: float
    sample_rate: int | None = None
    channels: int | None = None
    codec: str | None = None
    source: str = "import"
    status: str = "ready"
    transcription_state: str = "pending"
    transcribed_until: float = 0.0
    transcription_model: str | None = None
    transcription_language: str | None = None
    position: int = 0
    created_at: str = ""
    damaged_from: float | None = None
    expected_duration: float | None = None
    # Not stored: set on what an import returns when it put back a missing or damaged copy.
    reattached: bool = False

    from_row = classmethod(_from_row)


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float = 1.0


@dataclass
class Segment:
    id: int | None
    meeting_id: int
    audio_id: int
    start: float
    end: float
    text: str
    speaker: str | None = None
    words: list[Word] = field(default_factory=list)
    edited: bool = False
    avg_logprob: float | None = None
    no_speech_prob: float | None = None

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Segment:
        seg = _from_row(cls, {**row, "words": []})
        seg.words = [Word(*w) for w in json.loads(row.get("words") or "[]")]
        seg.edited = bool(row.get("edited"))
        return seg


@dataclass
class Conclusion:
    id: int
    meeting_id: int
    text: str
    position: int = 0
    state: str = "draft"
    first_segment_id: int | None = None
    last_segment_id: int | None = None
    audio_id: int | None = None
    span_start: float | None = None
    span_end: float | None = None
    source: str = "manual"

    from_row = classmethod(_from_row)


@dataclass
class Task:
    id: int
    meeting_id: int
    content: str
    conclusion_id: int | None = None
    position: int = 0
    lead_unit_id: int | None = None
    deadline: str | None = None
    ongoing: bool = False
    deadline_text: str | None = None
    is_key: bool = False
    completed_on: str | None = None
    cancelled_on: str | None = None
    note: str | None = None
    first_segment_id: int | None = None
    last_segment_id: int | None = None
    audio_id: int | None = None
    span_start: float | None = None
    span_end: float | None = None
    source: str = "manual"
    coordinating_unit_ids: list[int] = field(default_factory=list)

    from_row = classmethod(_from_row)


@dataclass
class TaskUpdate:
    id: int
    task_id: int
    date: str
    note: str
    reporter: str | None = None

    from_row = classmethod(_from_row)


@dataclass
class SearchHit:
    kind: str  # segment | conclusion | task
    id: int
    meeting_id: int
    meeting_title: str
    text: str
    start: float | None = None
    end: float | None = None
    speaker: str | None = None  # who said it (a conclusion's or task's: its first segment's)
