"""The demo meeting a newcomer opens: complete, in sync with its audio, created once."""

from __future__ import annotations

from meeting_assistant.audio import probe
from meeting_assistant.services import Services
from meeting_assistant.services.demo import create_demo_meeting


def test_demo_meeting_is_complete_and_created_once(store):
    meeting = create_demo_meeting(store)
    assert "mẫu" in meeting.title and meeting.date == "2024-07-19"
    audio = store.audio.for_meeting(meeting.id)[0]
    assert audio.transcription_state == "done"
    segments = store.segments.for_meeting(meeting.id)
    assert len(segments) == 10 and all(s.speaker for s in segments)
    assert segments[-1].end <= probe(store.media_dir / audio.stored_path).duration
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    conclusions, tasks = store.items.conclusions(meeting.id), store.items.tasks(meeting.id)
    assert len(conclusions) == 2 and len(tasks) == 3
    assert Services(store).items.unit_names(tasks[0]) == (
        "Sở Thông tin và Truyền thông",
        ["Sở Nội vụ"],
    )
    assert [t.deadline for t in tasks] == ["2024-09-30", None, "2024-12-15"]
    assert tasks[1].ongoing and tasks[0].is_key
    attendees = store.meetings.attendees(meeting.id)
    assert sum(not a.present for a in attendees) == 1
    assert store.meetings.overview()[0]["display_state"] == "concluded"
    assert create_demo_meeting(store).id == meeting.id
    assert store.meetings.count() == 1
    assert store.meetings.matching("chi thi 24") == [meeting.id]


def test_demo_meeting_shows_its_speakers_named(store):
    """A newcomer sees diarization's result: four speakers, each named, the chair among them."""
    meeting = create_demo_meeting(store)
    speakers = Services(store).speakers.speakers(meeting.id)
    assert [s.name for s in speakers] == [
        "Nguyễn Tiến Sỹ", "Phùng Thị Hồng Hà", "Nguyễn Việt Hùng", "Nguyễn Văn Phong"
    ]  # fmt: skip
    assert sum(s.segments for s in speakers) == 10 and all(s.seconds > 0 for s in speakers)
    assert "Nguyễn Văn Phong" in meeting.chair
    sample = Services(store).speakers.sample(meeting.id, 4)
    assert sample is not None and sample[1] >= 36.0  # the chair's own voice
