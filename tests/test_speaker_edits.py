"""A segment's speaker changed by hand in a diarized meeting (the demo's four named voices): put
with another voice, it follows that voice when the clerk renames it; given someone else, naming
the voices leaves it alone; undo puts the segment back with its voice."""

from __future__ import annotations

from meeting_assistant.services import Services
from meeting_assistant.services.demo import create_demo_meeting


def test_a_segment_moved_to_another_voice_follows_it(store):
    services = Services(store)
    meeting = create_demo_meeting(store)
    first = services.transcript.segments(meeting.id)[0]  # Nguyễn Tiến Sỹ's, voice 1
    change = services.transcript.set_speaker([first.id], "Nguyễn Văn Phong")  # voice 4
    counts = {s.label: s.segments for s in services.speakers.speakers(meeting.id)}
    assert counts[1] == 1 and counts[4] == 7
    services.speakers.name(meeting.id, 4, "Đồng chí Nguyễn Văn Phong")
    assert services.transcript.segment(first.id).speaker == "Đồng chí Nguyễn Văn Phong"

    services.undo(change)  # (the renaming stays: it was not this change)
    assert services.speakers.label_of(meeting.id)[first.id] == 1
    services.speakers.name(meeting.id, 1, "Ông Nguyễn Tiến Sỹ")
    assert services.transcript.segment(first.id).speaker == "Ông Nguyễn Tiến Sỹ"


def test_a_speaker_typed_by_hand_is_left_alone_by_naming(store):
    services = Services(store)
    meeting = create_demo_meeting(store)
    second = services.transcript.segments(meeting.id)[1]
    change = services.transcript.set_speaker([second.id], "Thư ký Hội nghị")
    assert second.id not in services.speakers.label_of(meeting.id)
    services.speakers.name(meeting.id, 1, "Ông Sỹ")
    assert services.transcript.segment(second.id).speaker == "Thư ký Hội nghị"
    services.undo(change)
    assert services.speakers.label_of(meeting.id)[second.id] == 1
    services.redo(change)
    assert second.id not in services.speakers.label_of(meeting.id)
