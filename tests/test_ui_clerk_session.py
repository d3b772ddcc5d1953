"""A clerk's whole session in the real window, on a real recording with the real model:
import, transcribe (cancel, resume), edit/split/merge/undo, tag two conclusions and three tasks
with units and deadlines, then restart the app and find everything as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings, Qt

from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.main_window import MainWindow

from .speech_fixtures import clips, concatenate

pytestmark = pytest.mark.model
RUN_MS = 240_000


def open_window(db, settings_path, qtbot) -> tuple[MainWindow, Store]:
    store = Store(db)
    window = MainWindow(Services(store), QSettings(str(settings_path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    return window, store


def test_a_clerks_session_survives_a_restart(qtbot, tmp_path, monkeypatch):
    from ui.common import unit_picker

    # A new unit is added once the clerk confirms it: here, the clerk always does.
    monkeypatch.setattr(unit_picker, "ask_new_unit", lambda parent, typed, near: typed)
    audio = tmp_path / "hop-giao-ban.wav"
    concatenate(audio, clips("vi")[:12])
    db, settings = tmp_path / "meetings.db", tmp_path / "settings.ini"
    window, store = open_window(db, settings, qtbot)

    # Import by the menu (the file dialog answers with our recording).
    monkeypatch.setattr(
        "ui.meetings.importing.QFileDialog.getOpenFileNames", lambda *a, **k: ([str(audio)], "")
    )
    with qtbot.waitSignal(window.importsFinished, timeout=60_000):
        window.choose_and_import()
    meeting_id = store.meetings.list()[0].id
    window.open_meeting(meeting_id)
    page = window.meeting_page

    # Transcribe, cancel part-way, resume to the end.
    panel = page.transcription
    panel.job_options = {"window_s": 15}
    panel.start()
    qtbot.waitUntil(lambda: store.segments.count(meeting_id) >= 2, timeout=RUN_MS)
    job = panel.job()
    panel.cancel()
    with qtbot.waitSignal(job.finished, timeout=RUN_MS) as ended:
        pass
    assert ended.args[0] is True  # cancelled
    assert store.audio.for_meeting(meeting_id)[0].transcription_state == "interrupted"
    assert panel.start_button.isEnabled()
    panel.start()
    with qtbot.waitSignal(panel.job().finished, timeout=RUN_MS) as ended:
        pass
    assert ended.args[0] is False
    view = page.transcript
    rows = view.model.rowCount()
    assert rows == store.segments.count(meeting_id) >= 6

    # Edit a segment in place, split one, merge two, undo the merge.
    first = view.model.segment(0)
    index = view.model.index(0, 2)
    view.table.setCurrentIndex(index)
    view.table.edit(index)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    editor = view.delegate.open_editor()
    editor.setPlainText("Khách sạn Thống Nhất")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: store.segments.get(first.id).text == "Khách sạn Thống Nhất")
    view.table.edit(index)
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    editor = view.delegate.open_editor()
    cursor = editor.textCursor()
    cursor.setPosition(len("Khách sạn"))
    editor.setTextCursor(cursor)
    view.split_action.trigger()
    assert view.model.rowCount() == rows + 1
    view.table.setCurrentIndex(view.model.index(2, 2))
    view.table.selectRow(2)
    view.merge_action.trigger()
    assert view.model.rowCount() == rows
    page.undo_stack.undo()
    assert view.model.rowCount() == rows + 1
    texts_after_edits = [s.text for s in store.segments.for_meeting(meeting_id)]

    # Tag two conclusions and three tasks from selected segments.
    for row in (3, 4):
        view.table.selectRow(row)
        page.conclusion_action.trigger()
    deadlines = [QDate(2025, 6, 30), None, QDate(2025, 9, 15)]
    for row, lead, deadline in zip(
        (5, 6, 7), ("Sở Nội vụ", "Văn phòng Thành ủy", "Sở Tài chính"), deadlines, strict=True
    ):
        view.table.selectRow(row)
        page.task_action.trigger()
        task_editor = page.items.task_editor
        task_editor.lead_picker.setText(lead)
        task_editor.lead_picker.commit()
        if deadline is None:
            task_editor.ongoing_radio.click()
        else:
            task_editor.date_edit.setDate(deadline)
            task_editor.date_radio.click()
    tasks = store.items.tasks(meeting_id)
    assert len(store.items.conclusions(meeting_id)) == 2 and len(tasks) == 3
    assert [t.deadline for t in tasks] == ["2025-06-30", None, "2025-09-15"]
    assert tasks[1].ongoing
    assert all(t.span_start is not None for t in tasks)

    # Restart: a new window on the same database shows everything as it was left.
    window.close()
    store.close()
    window, store = open_window(db, settings, qtbot)
    window.open_meeting(meeting_id)
    page = window.meeting_page
    assert [s.text for s in store.segments.for_meeting(meeting_id)] == texts_after_edits
    assert page.transcript.model.rowCount() == rows + 1
    assert page.items.tabs.tabText(0).endswith("(2)") and page.items.tabs.tabText(1).endswith("(3)")
    names = {u.id: u.name for u in store.units.list()}
    leads = [names[t.lead_unit_id] for t in store.items.tasks(meeting_id)]
    assert leads == ["Sở Nội vụ", "Văn phòng Thành ủy", "Sở Tài chính"]
    assert store.meetings.overview()[0]["display_state"] == "concluded"
    window.close()
    store.close()
