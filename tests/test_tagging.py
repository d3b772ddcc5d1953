"""Conclusions and tasks made from selected segments, edited with units from the directory."""

from __future__ import annotations

import pytest

from meeting_assistant import tagging
from meeting_assistant.errors import UserError
from meeting_assistant.models import Segment


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
    conclusion = tagging.conclusion_from_segments(store, [ids[0]])
    task = tagging.task_from_segments(store, [ids[3], ids[1], ids[2]])  # any selection order
    assert conclusion.text == "Thống nhất kết luận"
    assert task.content == "giao Sở Tài chính chủ trì phối hợp với Sở Nội vụ hoàn thành trước 30/6"
    assert (task.span_start, task.span_end) == (5.0, 19.0)
    assert (task.first_segment_id, task.last_segment_id) == (ids[1], ids[3])
    assert store.items.counts(meeting_id) == (1, 1)
    with pytest.raises(UserError):
        tagging.task_from_segments(store, [])


def test_task_units_deadline_and_flags(store, segments):
    _meeting_id, ids = segments
    task = tagging.task_from_segments(store, ids[1:])
    task = tagging.update_task(
        store, task.id, lead_unit="Sở Tài chính", coordinating_units=["Sở Nội vụ", "UBND quận"],
        deadline="2025-06-30", is_key=True, note="ưu tiên",
    )  # fmt: skip
    assert tagging.unit_names(store, task) == ("Sở Tài chính", ["Sở Nội vụ", "UBND quận"])
    assert task.deadline == "2025-06-30" and task.is_key and not task.ongoing
    task = tagging.update_task(store, task.id, ongoing=True)
    assert task.ongoing and task.deadline is None
    task = tagging.update_task(store, task.id, lead_unit="SỞ TÀI CHÍNH", coordinating_units=[])
    assert tagging.unit_names(store, task) == ("Sở Tài chính", [])
    assert len(store.units.list()) == 3  # new units were added once each
    log = store.items.audit_log("task", task.id)
    assert any("coordinating_unit_ids" in entry["changes"] for entry in log)


def test_reorder_conclusions_and_undo_a_deletion(store, segments):
    meeting_id, ids = segments
    made = [tagging.conclusion_from_segments(store, [i]) for i in ids[:3]]
    order = tagging.move_conclusion(store, made[2].id, 0)
    assert [c.id for c in order] == [made[2].id, made[0].id, made[1].id]
    kept = store.items.row("conclusions", made[0].id)
    store.items.delete_conclusion(made[0].id)
    assert len(store.items.conclusions(meeting_id)) == 2
    store.items.restore_conclusion(kept)
    assert [c.id for c in store.items.conclusions(meeting_id)] == [c.id for c in order]
    task = tagging.task_from_segments(store, [ids[3]])
    tagging.update_task(store, task.id, coordinating_units=["Sở Nội vụ"])
    row, coordinators = (
        store.items.row("tasks", task.id),
        store.items.task(task.id).coordinating_unit_ids,
    )
    store.items.delete_task(task.id)
    restored = store.items.restore_task(row, coordinators)
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
