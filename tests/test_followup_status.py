"""Task statuses follow the official categories, computed from the dates alone."""

from __future__ import annotations

import datetime as dt

import pytest

from meeting_assistant.followup import status as st
from meeting_assistant.labels import status_label
from meeting_assistant.models import Task

TODAY = dt.date(2024, 10, 1)


def task(deadline=None, done=None, cancelled=None, ongoing=False) -> Task:
    return Task(1, 1, "Rà soát quy chế", deadline=deadline, completed_on=done,
                cancelled_on=cancelled, ongoing=ongoing)  # fmt: skip


@pytest.mark.parametrize(
    ("t", "expected"),
    [
        (task("2024-09-30", done="2024-09-30"), st.DONE_ON_TIME),  # on the deadline day
        (task("2024-09-30", done="2024-09-15"), st.DONE_ON_TIME),
        (task("2024-09-30", done="2024-10-01"), st.DONE_LATE),
        (task("2024-12-31"), st.IN_PROGRESS),
        (task("2024-10-08"), st.DUE_SOON),  # 7 days left
        (task("2024-10-01"), st.DUE_SOON),  # due today: not yet late
        (task("2024-09-30"), st.OVERDUE),
        (task(None, ongoing=True), st.ONGOING),
        (task(None, done="2024-09-01", ongoing=True), st.DONE_ON_TIME),
        (task("2024-09-30", cancelled="2024-09-01"), st.CANCELLED),
    ],
)
def test_status_from_dates(t, expected):
    assert st.task_status(t, today=TODAY) == expected


def test_due_soon_window_is_configurable_and_counts_cover_every_status():
    soon = task("2024-10-10")
    assert st.task_status(soon, today=TODAY) == st.IN_PROGRESS
    assert st.task_status(soon, today=TODAY, due_soon_days=10) == st.DUE_SOON
    counts = st.count_by_status([task("2024-09-30"), task("2024-09-30"), soon], today=TODAY)
    assert counts[st.OVERDUE] == 2 and counts[st.IN_PROGRESS] == 1
    assert set(counts) == set(st.STATUSES) and sum(counts.values()) == 3


def test_labels_in_both_languages():
    from meeting_assistant.i18n import set_language

    set_language("vi")
    try:
        assert status_label(st.OVERDUE) == "Chưa hoàn thành, quá hạn"
        set_language("en")
        assert status_label(st.DONE_LATE) == "Done late"
    finally:
        set_language(None)
