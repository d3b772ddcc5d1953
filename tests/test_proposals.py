"""Suggestions as the clerk works with them: accept (as is or edited), dismiss, and both survive
reading the transcript again and reopening the database."""

from __future__ import annotations

from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from meeting_assistant.store import Store

SPEECH = (
    "ừ thì tôi xin kết luận như sau",
    "thống nhất đánh giá của đoàn kiểm tra về kết quả thực hiện chỉ thị",
    "giao sở nội vụ chủ trì phối hợp với sở tài chính rà soát quy chế làm việc",
    "hoàn thành trước ngày 30/6/2025",
    "biểu dương văn phòng sở đã chuẩn bị chu đáo hội nghị",
)


def make(store):
    meeting = store.meetings.create("Giao ban", date="2025-05-20")
    store.units.ensure("Sở Nội vụ")
    audio = store.audio.add(meeting.id, stored_path="a.wav", original_name="a.wav", sha256="x",
                            size_bytes=1, duration=60.0)  # fmt: skip
    for i, text in enumerate(SPEECH):
        store.segments.add(Segment(None, meeting.id, audio.id, i * 10.0, i * 10.0 + 9, text))
    return meeting.id


def test_accept_and_dismiss_stick(tmp_path):
    path = tmp_path / "m.db"
    with Store(path) as store:
        meeting = make(store)
        offered = Services(store).proposals.pending(meeting)
        kinds = sorted(s.kind for s in offered)
        assert kinds == ["conclusion", "conclusion", "task"]
        task = next(s for s in offered if s.kind == "task")
        assert task.lead_unit == "Sở Nội vụ" and task.deadline == "2025-06-30"
        made = Services(store).proposals.accept(meeting, task, coordinating_units=["Sở Tài chính"])
        assert made.source == "suggested" and made.deadline == "2025-06-30"
        assert made.first_segment_id is not None and made.span_start == 20.0
        assert made.lead_unit_id == store.units.find("Sở Nội vụ").id
        praise = next(s for s in offered if "biểu dương" in s.text.lower())
        Services(store).proposals.dismiss(meeting, praise)
        # Edited wording elsewhere in the transcript: what was decided is not offered again.
        first = store.segments.for_meeting(meeting)[0]
        store.segments.update_text(first.id, "tôi xin kết luận như sau")
    with Store(path) as store:
        left = Services(store).proposals.pending(meeting)
        assert [s.kind for s in left] == ["conclusion"] and "thống nhất" in left[0].text.lower()
        Services(store).proposals.undo_decision(meeting, praise.key)
        assert len(Services(store).proposals.pending(meeting)) == 2
        assert len(store.items.tasks(meeting)) == 1  # accepting made exactly one task


def test_an_edited_deadline_that_is_no_date_keeps_nothing(store):
    import pytest

    from meeting_assistant.errors import UserError

    meeting = make(store)
    task = next(s for s in Services(store).proposals.pending(meeting) if s.kind == "task")
    with pytest.raises((ValueError, UserError)):
        Services(store).proposals.accept(meeting, task, deadline="30/6")
    assert store.items.tasks(meeting) == []
    assert task.key in {s.key for s in Services(store).proposals.pending(meeting)}


def test_cli_suggest_from_text_file_and_meeting(tmp_path):
    import json

    from .cli_helpers import cli

    text = tmp_path / "kl.txt"
    text.write_text(
        "\ufeffGiao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát quy chế làm việc, hoàn"
        " thành trước ngày 30/6. Biểu dương Văn phòng Sở.",
        encoding="utf-8",
    )
    done = cli(tmp_path, "suggest", "--text-file", str(text), "--date", "2025-05-20", "--json")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert [s["kind"] for s in found] == ["task", "conclusion"]
    assert found[0]["lead_unit"] == "Sở Nội vụ" and found[0]["deadline"] == "2025-06-30"
    assert found[0]["coordinating_units"] == ["Sở Tài chính"] and "start" not in found[0]
    assert set(found[0]) == {"kind", "text", "lead_unit", "coordinating_units", "deadline",
                             "deadline_text", "ongoing", "cues", "confidence"}  # fmt: skip

    with Store(tmp_path / "m.db") as store:
        meeting = make(store)
    found = json.loads(cli(tmp_path, "suggest", str(meeting), "--json").stdout)
    task = next(s for s in found if s["kind"] == "task")
    assert task["start"] == 20.0 and task["end"] >= 29.0 and task["deadline"] == "2025-06-30"
    missing = cli(tmp_path, "suggest", "--text-file", str(tmp_path / "none.txt"))
    assert missing.returncode == 1 and "none.txt" in missing.stderr
    assert cli(tmp_path, "suggest").returncode == 1


def test_what_the_clerk_tagged_by_hand_is_not_proposed_again(store):

    meeting = make(store)
    segments = store.segments.for_meeting(meeting)
    Services(store).items.task_from_segments(
        [segments[2].id, segments[3].id]
    )  # the "giao sở nội vụ" task
    kinds = sorted(s.kind for s in Services(store).proposals.pending(meeting))
    assert kinds == ["conclusion", "conclusion"]
