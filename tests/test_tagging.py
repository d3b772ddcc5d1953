"""Conclusions and tasks made from selected segments, edited with units from the directory."""

from __future__ import annotations

import pytest

from meeting_assistant.errors import UserError
from meeting_assistant.models import Segment
from meeting_assistant.services import Services


@pytest.fixture
def segments(store):
    m = store.meetings.create("Hội nghị")
    audio = store.audio.add(
        m.id, stored_path="a.wav", original_name="a.wav", sha256="y", size_bytes=1, duration=60.0
    )
    said = ["Thống nhất kết luận", "giao Sở Tài chính chủ trì", "phối hợp với Sở Nội vụ",
            "hoàn thành trước 30/6"]  # fmt: skip
    return m.id, [
        store.segments.add(Segment(None, m.id, audio.id, i * 5.0, i * 5.0 + 4, t)).id
        for i, t in enumerate(said)
    ]


def test_selection_becomes_a_linked_conclusion_and_task(store, segments):
    meeting_id, ids = segments
    conclusion = Services(store).items.conclusion_from_segments([ids[0]])
    task = Services(store).items.task_from_segments([ids[3], ids[1], ids[2]])  # any selection order
    assert conclusion.text == "Thống nhất kết luận"
    assert task.content == "giao Sở Tài chính chủ trì phối hợp với Sở Nội vụ hoàn thành trước 30/6"
    assert (task.span_start, task.span_end) == (5.0, 19.0)
    assert (task.first_segment_id, task.last_segment_id) == (ids[1], ids[3])
    assert store.items.counts(meeting_id) == (1, 1)
    with pytest.raises(UserError):
        Services(store).items.task_from_segments([])


def test_task_units_deadline_and_flags(store, segments):
    _meeting_id, ids = segments
    task = Services(store).items.task_from_segments(ids[1:])
    task = Services(store).items.update_task(
        task.id, lead_unit="Sở Tài chính", coordinating_units=["Sở Nội vụ", "UBND quận"],
        deadline="2025-06-30", is_key=True, note="ưu tiên",
    )  # fmt: skip
    assert Services(store).items.unit_names(task) == ("Sở Tài chính", ["Sở Nội vụ", "UBND quận"])
    assert task.deadline == "2025-06-30" and task.is_key and not task.ongoing
    task = Services(store).items.update_task(task.id, ongoing=True)
    assert task.ongoing and task.deadline is None
    task = Services(store).items.update_task(
        task.id, lead_unit="SỞ TÀI CHÍNH", coordinating_units=[]
    )
    assert Services(store).items.unit_names(task) == ("Sở Tài chính", [])
    assert len(store.units.list()) == 3  # new units were added once each
    log = store.items.audit_log("task", task.id)
    assert any("coordinating_unit_ids" in entry["changes"] for entry in log)


def test_reorder_conclusions_and_undo_a_deletion(store, segments):
    meeting_id, ids = segments
    services = Services(store)
    made = [services.items.conclusion_from_segments([i]) for i in ids[:3]]
    moved = services.items.move_conclusion(made[2].id, 0)
    order = store.items.conclusions(meeting_id)
    assert [c.id for c in order] == [made[2].id, made[0].id, made[1].id]
    deleted = services.items.delete("conclusion", made[0].id)
    assert len(store.items.conclusions(meeting_id)) == 2
    services.undo(deleted)
    assert [c.id for c in store.items.conclusions(meeting_id)] == [c.id for c in order]
    services.undo(moved)
    assert [c.id for c in store.items.conclusions(meeting_id)] == [c.id for c in made]
    task = services.items.task_from_segments([ids[3]])
    services.items.update_task(task.id, coordinating_units=["Sở Nội vụ"])
    coordinators = store.items.task(task.id).coordinating_unit_ids
    deleted = services.items.delete("task", task.id)
    services.undo(deleted)
    restored = store.items.task(task.id)
    assert restored.content == task.content and restored.coordinating_unit_ids == coordinators
    assert store.search("hoan thanh", kinds=("task",))[0].id == task.id


def test_replace_attendees(store, segments):
    meeting_id, _ids = segments
    unit = store.units.ensure("Văn phòng Thành ủy")
    people = store.meetings.replace_attendees(meeting_id, [
        {"name": "Nguyễn Văn A", "title": "Bí thư", "unit_id": unit.id},
        {"name": "  "},
        {"name": "Trần Thị B", "present": False},
    ])  # fmt: skip
    assert [(p.name, p.present) for p in people] == [("Nguyễn Văn A", True), ("Trần Thị B", False)]
    assert store.meetings.replace_attendees(meeting_id, []) == []
