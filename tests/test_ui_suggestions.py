"""Proposals beside the transcript: accepting three and dismissing two takes five keystrokes,
and the result survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from meeting_assistant.models import Segment
from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.meeting.page import MeetingPage
from ui.meeting.transcription.worker import TranscriptionManager

SPEECH = (
    "tôi xin kết luận như sau",
    "thống nhất đánh giá của đoàn kiểm tra",
    "biểu dương văn phòng sở đã chuẩn bị chu đáo",
    "giao sở nội vụ chủ trì phối hợp với sở tài chính rà soát quy chế làm việc trước ngày 30/6",
    "đề nghị thanh tra sở kiểm tra việc thực hiện quy chế dân chủ trong tháng 9",
    "yêu cầu văn phòng sở tổng hợp báo cáo kết quả thường xuyên",
)


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def make(store) -> int:
    meeting = store.meetings.create("Giao ban", date="2025-05-20")
    audio = store.audio.add(meeting.id, stored_path="a.wav", original_name="a.wav", sha256="x",
                            size_bytes=1, duration=80.0)  # fmt: skip
    for i, text in enumerate(SPEECH):
        store.segments.add(Segment(None, meeting.id, audio.id, i * 10.0, i * 10.0 + 9, text))
    return meeting.id


def page_for(qtbot, store, meeting_id) -> MeetingPage:
    page = MeetingPage(Services(store), TranscriptionManager(store.path))
    qtbot.addWidget(page)
    page.load(meeting_id)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_five_keystrokes_then_a_restart(qtbot, tmp_path):
    path = tmp_path / "m.db"
    store = Store(path)
    meeting = make(store)
    page = page_for(qtbot, store, meeting)
    panel = page.suggestions
    assert len(panel.suggestions) == 5
    assert page.items.tabs.tabText(page.suggestions_tab) == "Đề xuất (5)"
    first = panel.list.item(0)
    assert first.font().italic() and first.text().startswith("Đề xuất")  # unlike confirmed items
    page.show_suggestions()
    keys = [Qt.Key.Key_Return, Qt.Key.Key_Delete, Qt.Key.Key_Return, Qt.Key.Key_Delete,
            Qt.Key.Key_Return]  # fmt: skip
    for key in keys:
        qtbot.keyClick(panel.list, key)
    assert panel.suggestions == []
    assert page.items.tabs.tabText(page.suggestions_tab) == "Đề xuất (0)"
    conclusions, tasks = store.items.conclusions(meeting), store.items.tasks(meeting)
    assert len(conclusions) + len(tasks) == 3
    assert all(item.source == "suggested" and item.span_start is not None
               for item in conclusions + tasks)  # fmt: skip
    page.close()
    store.close()

    with Store(path) as again:  # a restart: nothing is offered twice, the items are kept
        page = page_for(qtbot, again, meeting)
        assert page.suggestions.suggestions == []
        assert len(again.items.conclusions(meeting)) + len(again.items.tasks(meeting)) == 3
        page.close()


def test_edit_then_accept(qtbot, store, monkeypatch, confirm_new):
    from ui.meeting.suggestions import panel as suggestions_panel

    meeting = make(store)
    page = page_for(qtbot, store, meeting)
    panel = page.suggestions
    row = next(i for i, s in enumerate(panel.suggestions) if s.lead_unit == "Sở Nội vụ")
    panel.list.setCurrentRow(row)

    def edited(dialog):
        dialog.lead.setText("Sở Nội vụ")
        dialog.lead.commit()
        dialog.coordinating.add(["Sở Tài chính", "Văn phòng Sở"])
        dialog.ongoing.setChecked(True)
        return suggestions_panel.QDialog.DialogCode.Accepted

    monkeypatch.setattr(suggestions_panel.SuggestionEditDialog, "exec", edited)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    task = store.items.tasks(meeting)[0]
    assert task.ongoing and task.deadline is None
    names = {u.id: u.name for u in store.units.list()}
    assert sorted(names[i] for i in task.coordinating_unit_ids) == ["Sở Tài chính", "Văn phòng Sở"]
    assert page.items.tabs.tabText(1) == "Nhiệm vụ (1)"
    page.close()


def open_editor(page: MeetingPage, qtbot, row: int):
    view = page.transcript
    view.table.setCurrentIndex(view.model.index(row, 0))
    view.edit_current()
    qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
    return view.delegate.open_editor()


def test_the_list_reads_the_transcript_again_by_itself(qtbot, store):
    meeting = make(store)
    page = page_for(qtbot, store, meeting)
    panel = page.suggestions
    page.show_suggestions()
    assert len(panel.suggestions) == 5 and not panel.busy.isVisible()
    # What the clerk sees when a reading starts (a quick reading may be over before a poll).
    shown_while_reading = []
    set_busy = panel._set_busy

    def noting(busy: bool) -> None:
        set_busy(busy)
        if busy:
            shown_while_reading.append((panel.busy.isVisible(), panel.busy_label.text()))

    panel._set_busy = noting
    # The praise (row 2) becomes a task: no "Đọc lại" pressed, the list follows.
    editor = open_editor(page, qtbot, 2)
    editor.setPlainText("giao sở y tế chủ trì xây dựng kế hoạch phòng chống dịch trước ngày 15/8")
    with qtbot.waitSignal(panel.readingFinished, timeout=20_000):
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert "sở y tế" in store.segments.for_meeting(meeting)[2].text
        assert panel.is_reading()
    assert shown_while_reading  # said while it reads
    assert set(shown_while_reading) == {(True, "Đang đọc bản chép lời…")}
    assert not panel.busy.isVisible()
    assert any(s.lead_unit == "Sở Y tế" for s in panel.suggestions)
    assert page.items.tabs.tabText(page.suggestions_tab) == f"Đề xuất ({len(panel._all)})"
    page.close()


def test_a_dismissed_proposal_comes_back_with_ctrl_z_or_on_request(qtbot, store):
    meeting = make(store)
    page = page_for(qtbot, store, meeting)
    panel = page.suggestions
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.show_suggestions()
    panel.list.setCurrentRow(1)
    dismissed = panel.current()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert dismissed.key not in [s.key for s in panel.suggestions]
    assert page.items.tabs.tabText(page.suggestions_tab) == "Đề xuất (4)"
    assert Services(store).proposals.decisions(meeting) == {dismissed.key: "dismissed"}

    # Ctrl+Z on the proposals list: the page's one undo stack gives it back, selected.
    assert page.undo_stack.undoText() == "Bỏ qua đề xuất"
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.current().key == dismissed.key and panel.list.currentRow() == 1
    assert page.items.tabs.tabText(page.suggestions_tab) == "Đề xuất (5)"
    assert Services(store).proposals.decisions(meeting) == {}
    qtbot.keyClick(panel.list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo
    assert Services(store).proposals.decisions(meeting) == {dismissed.key: "dismissed"}
    assert len(panel.suggestions) == 4

    # Shown again on request: greyed, marked, and Delete (now "Khôi phục") offers it again.
    assert panel.dismissed_toggle.isVisible()
    assert panel.dismissed_toggle.text() == "Hiện cả các đề xuất đã bỏ qua (1)"
    panel.dismissed_toggle.setChecked(True)
    row = next(i for i, s in enumerate(panel.suggestions) if s.key == dismissed.key)
    assert panel.list.item(row).text().startswith("Đã bỏ qua — Đề xuất")
    panel.list.setCurrentRow(row)
    assert panel.dismiss_button.text().replace("&", "") == "Khôi phục"
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert Services(store).proposals.decisions(meeting) == {}
    assert page.items.tabs.tabText(page.suggestions_tab) == "Đề xuất (5)"
    assert not panel.list.item(panel.list.currentRow()).text().startswith("Đã bỏ qua")
    assert not panel.dismissed_toggle.isChecked() or panel.dismissed_toggle.text().endswith("(0)")
    page.close()
