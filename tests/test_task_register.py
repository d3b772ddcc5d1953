"""The task register across meetings, from the core and the command line; counts match by hand."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from meeting_assistant.errors import UserError
from meeting_assistant.followup.register import task_register
from meeting_assistant.followup.status import count_by_status
from meeting_assistant.services import Services

from .cli_helpers import cli

TODAY = dt.date(2024, 10, 1)


@pytest.fixture
def tasks(store):
    first = store.meetings.create("Giao ban tháng 9", date="2024-09-01")
    second = store.meetings.create("Hội nghị Đảng ủy", date="2024-09-20")
    made = {}
    for meeting, name, lead, coords, deadline, done in (
        (first, "on time", "Sở Nội vụ", [], "2024-09-30", "2024-09-29"),
        (first, "late", "Sở Nội vụ", ["Sở Tài chính"], "2024-09-15", "2024-09-20"),
        (first, "overdue", "Sở Tài chính", [], "2024-09-25", None),
        (second, "soon", "Văn phòng Thành ủy", ["Sở Nội vụ"], "2024-10-05", None),
        (second, "later", "Sở Tài chính", [], "2024-12-31", None),
        (second, "ongoing", "Sở Nội vụ", [], None, None),
    ):
        task = store.items.add_task(meeting.id, f"Nhiệm vụ {name}")
        Services(store).items.update_task(task.id, lead_unit=lead, coordinating_units=coords,
                    deadline=deadline, ongoing=deadline is None, completed_on=done)  # fmt: skip
        made[name] = task.id
    return first.id, second.id, made


def ids(rows):
    return [r.task.id for r in rows]


def test_statuses_and_counts_match_a_count_by_hand(store, tasks):
    _first, _second, made = tasks
    rows = task_register(store, today=TODAY)
    assert {r.task.id: r.status for r in rows} == {
        made["on time"]: "done_on_time", made["late"]: "done_late",
        made["overdue"]: "overdue", made["soon"]: "due_soon",
        made["later"]: "in_progress", made["ongoing"]: "ongoing",
    }  # fmt: skip
    counts = count_by_status([r.task for r in rows], today=TODAY)
    assert counts == {"done_on_time": 1, "done_late": 1, "in_progress": 1, "due_soon": 1,
                      "overdue": 1, "ongoing": 1, "cancelled": 0}  # fmt: skip


def test_filters(store, tasks):
    first, second, made = tasks
    # A unit is found as lead or as coordinator, typed without accents.
    assert set(ids(task_register(store, unit="so noi vu", today=TODAY))) == {
        made["on time"], made["late"], made["soon"], made["ongoing"]
    }  # fmt: skip
    assert ids(task_register(store, status="overdue", today=TODAY)) == [made["overdue"]]
    assert set(ids(task_register(store, due_within=7, today=TODAY))) == {
        made["overdue"], made["soon"]
    }  # fmt: skip
    assert set(ids(task_register(store, meeting_id=second, today=TODAY))) == {
        made["soon"], made["later"], made["ongoing"]
    }  # fmt: skip
    assert ids(task_register(store, text="nhiem vu later", today=TODAY)) == [made["later"]]
    with pytest.raises(UserError):
        task_register(store, unit="Sở không có")
    with pytest.raises(UserError):
        task_register(store, status="finished")
    assert set(ids(task_register(store, meeting_id=first, today=TODAY))) == {
        made["on time"], made["late"], made["overdue"]
    }  # fmt: skip


def test_deadline_and_period_ranges(store, tasks):
    _first, _second, made = tasks
    september = {"deadline_from": dt.date(2024, 9, 15), "deadline_to": dt.date(2024, 9, 30)}
    # Both ends are inclusive; a task with no deadline is outside any deadline range.
    assert set(ids(task_register(store, **september, today=TODAY))) == {
        made["on time"], made["late"], made["overdue"]
    }  # fmt: skip
    assert ids(task_register(store, deadline_from=dt.date(2024, 12, 31), today=TODAY)) == [
        made["later"]
    ]
    # A report's period picks tasks by the date of the meeting that assigned them.
    held = task_register(store, held_from=dt.date(2024, 9, 10), held_to=dt.date(2024, 9, 30),
                         today=TODAY)  # fmt: skip
    assert set(ids(held)) == {made["soon"], made["later"], made["ongoing"]}
    assert task_register(store, held_to=dt.date(2024, 8, 31), today=TODAY) == []


def test_cli_adds_updates_and_lists_tasks(tmp_path):
    assert cli(tmp_path, "new", "--title", "Giao ban", "--date", "2024-09-01").stdout.strip() == "1"
    assert cli(tmp_path, "conclusion", "add", "1", "--text", "Thống nhất").returncode == 0
    units = ["--lead", "Sở Nội vụ", "--coord", "Sở Tài chính"]
    added = cli(tmp_path, "task", "add", "1", "--content", "Rà soát quy chế", *units,
                "--deadline", "2024-09-30", "--key")  # fmt: skip
    assert added.returncode == 0, added.stderr
    task_id = added.stdout.strip()
    assert cli(tmp_path, "task", "add", "1", "--content", "Tuyên truyền", "--lead", "Sở TT&TT",
               "--deadline", "ongoing").returncode == 0  # fmt: skip
    done = cli(tmp_path, "task", "update", task_id, "--progress", "Đã xong", "--done", "2024-10-05")
    assert done.returncode == 0 and "quá hạn" in done.stderr
    listed = json.loads(cli(tmp_path, "tasks", "--unit", "so tai chinh", "--json").stdout)
    assert [(t["content"], t["status"], t["coordinating_units"]) for t in listed] == [
        ("Rà soát quy chế", "done_late", ["Sở Tài chính"])
    ]
    ongoing = json.loads(cli(tmp_path, "tasks", "--status", "ongoing", "--json").stdout)
    assert [t["lead_unit"] for t in ongoing] == ["Sở TT&TT"]
    assert cli(tmp_path, "tasks", "--status", "nonsense").returncode == 2
    assert cli(tmp_path, "task", "add", "1", "--content", "x", "--lead", "y",
               "--deadline", "30/6").returncode == 2  # fmt: skip
    shown = json.loads(cli(tmp_path, "show", "1", "--json").stdout)
    assert shown["counts"]["conclusions"] == 1 and shown["counts"]["tasks"] == 2
