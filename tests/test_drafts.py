"""Typing is never lost: a crash in the half second before the editor saves keeps every
keystroke, and the next start saves it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from meeting_assistant.services import Services
from meeting_assistant.store import Store

TYPED = "Rà soát toàn bộ quy chế làm việc của Sở"


def test_a_crash_right_after_typing_keeps_the_text(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as store:
        meeting = store.meetings.create("Giao ban")
        task = store.items.add_task(meeting.id, "Rà soát")
        conclusion = store.items.add_conclusion(meeting.id, "Thống nhất")
    # A window types into the task and the conclusion, then dies before any save (SIGKILL).
    script = textwrap.dedent(f"""
        import os, signal
        from PySide6.QtWidgets import QApplication

        def type_into(edit, text):  # one character at a time, as a keyboard (QTest is ASCII)
            for ch in text:
                edit.textCursor().insertText(ch)
        from meeting_assistant.services import Services
        from ui.meeting.items.panel import ItemsPanel
        app = QApplication([])
        services = Services.open({str(db)!r})
        panel = ItemsPanel()
        panel.load(services, {meeting.id}, None)
        panel.show()
        panel.select_task({task.id})
        editor = panel.task_editor.content_edit
        editor.setFocus()
        editor.selectAll()
        editor.textCursor().removeSelectedText()
        type_into(editor, {TYPED!r})
        panel.select_conclusion({conclusion.id})
        conclusion_edit = panel.conclusion_editor.text_edit
        conclusion_edit.moveCursor(conclusion_edit.textCursor().MoveOperation.End)
        type_into(conclusion_edit, " kết luận")
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], env=env, timeout=120)
    assert done.returncode != 0  # killed, not finished
    with Store(db) as store:
        assert store.items.task(task.id).content == "Rà soát"  # the save never happened
        recovered = Services(store).recover().drafts
        assert ("task", task.id) in recovered
        assert store.items.task(task.id).content == TYPED
        assert store.items.conclusion(conclusion.id).text.endswith("kết luận")
        assert store.drafts.all() == []  # kept once, then gone
        assert Services(store).recover().drafts == []


def test_a_saved_edit_leaves_no_draft_and_a_deleted_item_drops_its_draft(services, store):
    meeting = store.meetings.create("Giao ban")
    task = store.items.add_task(meeting.id, "Rà soát")
    services.items.save_draft("task", task.id, "content", "Rà soát lại")
    services.items.update_task(task.id, content="Rà soát lại")
    assert store.drafts.all() == []
    services.items.save_draft("task", task.id, "note", "ghi chú")
    services.items.delete("task", task.id)
    assert services.recover().drafts == []
