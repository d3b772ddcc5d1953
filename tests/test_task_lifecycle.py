"""One rule for a task's life, whoever applies it: after the same steps, the window's register
and the command line give the same status and the same stored dates."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from meeting_assistant.cli import main
from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.register.dialogs import CompletionDialog
from ui.register.page import TaskRegisterPage

DONE_ON = dt.date.today() - dt.timedelta(days=1)


def _meeting_with_a_task(db) -> int:
    with Store(db) as store:
        meeting = store.meetings.create(
            "Giao ban", date=(DONE_ON - dt.timedelta(days=20)).isoformat()
        )
        services = Services(store)
        deadline = (DONE_ON + dt.timedelta(days=30)).isoformat()
        return services.items.add_task(
            meeting.id, "Rà soát", lead_unit="Sở Nội vụ", deadline=deadline
        ).id


def _state(db, task_id) -> tuple[str, str | None, str | None]:
    with Store(db) as store:
        task = store.items.task(task_id)
        return Services(store).tasks.status(task_id), task.completed_on, task.cancelled_on


def _by_cli(db, task_id, steps: list[str], capsys) -> tuple:
    for step in steps:
        extra = {"cancel": ["--cancel"], "done": ["--done", DONE_ON.isoformat()]}.get(step)
        if step == "reopen":
            continue  # the command line has no reopen: compare the steps it has
        assert main(["--db", str(db), "task", "update", str(task_id), *extra]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "tasks", "--json"]) == 0
    listed = {r["id"]: r for r in json.loads(capsys.readouterr().out)}[task_id]
    state = _state(db, task_id)
    assert listed["status"] == state[0]
    return state


def _by_window(qtbot, db, task_id, steps: list[str], monkeypatch) -> tuple:
    def accept(dialog: CompletionDialog) -> int:
        dialog.date_edit.setDate(QDate(DONE_ON.year, DONE_ON.month, DONE_ON.day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CompletionDialog, "exec", accept)
    with Store(db) as store:
        page = TaskRegisterPage(Services(store))
        qtbot.addWidget(page)
        for step in steps:
            {"cancel": page.cancel_task, "done": page.mark_done, "reopen": page.reopen_task}[step](
                task_id
            )
        page.close()
    return _state(db, task_id)


@pytest.mark.parametrize("steps", [["cancel", "done"], ["done", "cancel"], ["cancel"], ["done"]])
def test_the_window_and_the_command_line_agree(qtbot, tmp_path, capsys, monkeypatch, steps):
    cli_db, gui_db = tmp_path / "cli.db", tmp_path / "gui.db"
    cli_state = _by_cli(cli_db, _meeting_with_a_task(cli_db), steps, capsys)
    gui_state = _by_window(qtbot, gui_db, _meeting_with_a_task(gui_db), steps, monkeypatch)
    assert cli_state == gui_state


def test_done_after_cancel_counts_as_done_and_reopen_clears_both(qtbot, tmp_path, monkeypatch):
    db = tmp_path / "m.db"
    task_id = _meeting_with_a_task(db)
    assert _by_window(qtbot, db, task_id, ["cancel", "done"], monkeypatch) == (
        "done_on_time",
        DONE_ON.isoformat(),
        None,
    )
    assert _by_window(qtbot, db, task_id, ["reopen"], monkeypatch)[1:] == (None, None)


def test_a_completion_before_the_meeting_is_refused_everywhere(tmp_path, capsys):
    db = tmp_path / "m.db"
    task_id = _meeting_with_a_task(db)
    too_early = (DONE_ON - dt.timedelta(days=60)).isoformat()
    assert main(["--db", str(db), "task", "update", str(task_id), "--done", too_early]) == 1
    assert "trước ngày họp" in capsys.readouterr().err
    assert _state(db, task_id)[1] is None
