"""The meetings list and the meeting details dialog, as the clerk uses them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from meeting_assistant.services import Services
from ui.meetings import view as meetings_view
from ui.meetings.dialog import NAME, PRESENT, TITLE, UNIT, MeetingDialog
from ui.meetings.view import MeetingsModel, MeetingsView


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def view(qtbot, store):
    widget = MeetingsView(Services(store))
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(view: MeetingsView, row: int, column: int) -> str:
    return view.proxy.index(row, column).data()


def add_audio(store, meeting_id: int, seconds: float, sha: str) -> None:
    store.audio.add(
        meeting_id, stored_path=f"audio/{sha}.wav", original_name=f"{sha}.wav", sha256=sha,
        size_bytes=1, duration=seconds,
    )  # fmt: skip


def save_button(dialog: MeetingDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


# The list -----------------------------------------------------------------------------------


def test_list_is_newest_first_with_vietnamese_dates_durations_and_states(view, store):
    old = store.meetings.create("Họp Chi bộ tháng 5", date="2024-05-02")
    new = store.meetings.create("Giao ban tháng 9", date="2024-09-10")
    mid = store.meetings.create("Hội nghị Ban Thường vụ", date="2024-07-19")
    add_audio(store, mid.id, 3723.4, "a" * 64)
    store.meetings.set_state(mid.id, "interrupted")
    store.meetings.set_state(old.id, "transcribed")
    store.items.add_conclusion(new.id, "Thống nhất kết luận")
    view.refresh()

    assert view.meeting_ids() == [new.id, mid.id, old.id]
    assert [cell(view, r, MeetingsModel.DATE) for r in range(3)] == [
        "10/09/2024", "19/07/2024", "02/05/2024",
    ]  # fmt: skip
    assert cell(view, 1, MeetingsModel.DURATION) == "1:02:03"
    assert cell(view, 0, MeetingsModel.DURATION) == "—"
    assert [cell(view, r, MeetingsModel.STATE) for r in range(3)] == [
        "Đã có kết luận", "Chép lời dở dang", "Đã chép lời",
    ]  # fmt: skip
    headers = [view.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Ngày", "Tên cuộc họp", "Thời lượng", "Trạng thái"]


def test_every_state_has_a_vietnamese_label():
    assert [meetings_view.state_label(s) for s in meetings_view.MEETING_STATES] == [
        "Mới tạo", "Chỉ có ghi âm", "Đang chép lời", "Chép lời dở dang", "Đã chép lời",
        "Đã có kết luận",
    ]  # fmt: skip


def test_a_meeting_without_a_date_shows_the_day_it_was_entered(view, store):
    store.meetings.create("ghi-am-01")
    view.refresh()
    shown = cell(view, 0, MeetingsModel.DATE)
    assert len(shown) == 10 and shown[2] == shown[5] == "/"
    tooltip = view.proxy.index(0, MeetingsModel.DATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "ngày tạo" in tooltip


def test_search_ignores_accents_and_hides_the_others(qtbot, view, store):
    wanted = store.meetings.create("Hội nghị Ban Chấp hành Đảng bộ", date="2024-07-01")
    store.meetings.create("Giao ban Sở Nội vụ", date="2024-07-02")
    view.refresh()
    assert len(view.meeting_ids()) == 2

    qtbot.keyClicks(view.search, "hoi nghi")
    qtbot.waitUntil(lambda: view.meeting_ids() == [wanted.id])
    assert view.table.isVisible()

    view.search.setText("dang bo")  # đ is folded to d
    qtbot.waitUntil(lambda: view.meeting_ids() == [wanted.id])

    view.search.setText("không có cuộc nào")
    qtbot.waitUntil(lambda: view.no_match.isVisible())
    assert not view.table.isVisible() and "không có cuộc nào" in view.no_match.text()
    assert not view.empty_panel.isVisible()  # meetings exist: this is not the welcome panel

    view.search.clear()
    qtbot.waitUntil(lambda: len(view.meeting_ids()) == 2)
    assert view.table.isVisible()


def test_double_click_and_enter_open_the_meeting(qtbot, view, store):
    meeting = store.meetings.create("Họp Ban Thường vụ", date="2024-07-19")
    view.refresh()
    rect = view.table.visualRect(view.proxy.index(0, MeetingsModel.TITLE))
    with qtbot.waitSignal(view.openRequested) as opened:
        # A real double click: press and release, then the second press arrives as a dblclick.
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [meeting.id]
    view.select_meeting(meeting.id)
    view.table.setFocus()
    with qtbot.waitSignal(view.openRequested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [meeting.id]


def test_edit_and_delete_follow_the_selection(view, store):
    meeting = store.meetings.create("Giao ban")
    view.refresh()
    assert not view.action_edit.isEnabled() and not view.action_delete.isEnabled()
    view.select_meeting(meeting.id)
    assert view.action_edit.isEnabled() and view.action_delete.isEnabled()


def test_delete_asks_first_and_says_what_goes(qtbot, view, store, monkeypatch):
    meeting = store.meetings.create("Họp Chi bộ")
    keep = store.meetings.create("Giao ban")
    view.refresh()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    view.select_meeting(meeting.id)
    assert view.delete_meeting() is False  # the box was closed without choosing Delete
    assert store.meetings.count() == 2
    text = shown[0].text() + " " + shown[0].informativeText()
    for words in ("Họp Chi bộ", "chép lời", "kết luận", "nhiệm vụ", "ghi âm", "xóa hẳn"):
        assert words in text

    monkeypatch.setattr(meetings_view, "confirm_delete", lambda parent, title: True)
    with qtbot.waitSignal(view.meetingsChanged):
        assert view.delete_meeting(meeting.id)
    assert [m.id for m in store.meetings.list()] == [keep.id]
    assert view.meeting_ids() == [keep.id]


# The dialog ---------------------------------------------------------------------------------


def fill_attendee(dialog: MeetingDialog, name: str, title: str, unit: str, present=True) -> None:
    dialog.add_button.click()  # as the clerk does: a new row, then typing into its cells
    row = dialog.attendees.rowCount() - 1
    dialog.attendees.item(row, NAME).setText(name)
    dialog.attendees.item(row, TITLE).setText(title)
    dialog.attendees.item(row, UNIT).setText(unit)
    state = Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
    dialog.attendees.item(row, PRESENT).setCheckState(state)


def test_creating_a_meeting_with_attendees_and_a_new_unit(qtbot, store, confirm_new):
    store.units.ensure("Văn phòng Thành ủy")
    dialog = MeetingDialog(Services(store))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Cuộc họp mới"
    assert not save_button(dialog).isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title_edit, "   ")
    assert not save_button(dialog).isEnabled()  # blanks are no title
    dialog.title_edit.setText("Hội nghị Ban Thường vụ Thành ủy")  # (keyClicks: ASCII only)
    assert save_button(dialog).isEnabled()
    dialog.date_edit.setDate(QDate(2024, 7, 19))
    dialog.start_check.setChecked(True)
    dialog.start_edit.setTime(QTime(14, 0))
    dialog.place_edit.setText("Hội trường A, Hà Nội")
    dialog.chair_edit.setText("Đồng chí Bí thư")
    dialog.secretary_edit.setText("Nguyễn Thu Hà")
    dialog.organisation_edit.setText("Thành ủy Hà Nội")
    dialog.number_edit.setText("15-TB/TU")
    fill_attendee(dialog, "Nguyễn Văn An", "Chánh Văn phòng", "văn phòng thành ủy")
    unit_cell = dialog.attendees.model().index(0, UNIT)
    delegate = dialog.attendees.itemDelegateForColumn(UNIT)
    editor = delegate.createEditor(dialog.attendees.viewport(), None, unit_cell)
    matches = editor.completer().model()
    matches.set_text("THANH UY")  # anywhere in the name, any case, accents optional
    assert matches.index(0, 0).data() == "Văn phòng Thành ủy"
    fill_attendee(dialog, "Trần Thị Bình", "Giám đốc", "Sở Nội vụ", present=False)
    dialog.add_button.click()  # a row left blank is not an attendee

    save_button(dialog).click()
    assert dialog.result() == MeetingDialog.DialogCode.Accepted

    meeting = store.meetings.get(dialog.meeting_id)
    assert meeting.title == "Hội nghị Ban Thường vụ Thành ủy"
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-07-19", "14:00", None)
    assert meeting.place == "Hội trường A, Hà Nội" and meeting.document_number == "15-TB/TU"
    assert meeting.chair == "Đồng chí Bí thư" and meeting.organisation == "Thành ủy Hà Nội"
    units = {u.name: u.id for u in store.units.list()}
    assert set(units) == {"Văn phòng Thành ủy", "Sở Nội vụ"}  # the existing one reused
    assert confirm_new == ["Sở Nội vụ"]  # the new one added once the clerk confirmed it
    people = store.meetings.attendees(meeting.id)
    assert [(p.name, p.title, p.unit_id, p.present) for p in people] == [
        ("Nguyễn Văn An", "Chánh Văn phòng", units["Văn phòng Thành ủy"], True),
        ("Trần Thị Bình", "Giám đốc", units["Sở Nội vụ"], False),
    ]


def test_a_partial_unit_name_is_never_stored_as_a_new_unit(qtbot, store, monkeypatch):
    from ui.common import unit_picker

    store.units.ensure("Sở Tài nguyên và Môi trường")
    asked = []

    def answer(parent, typed, near):  # the clerk takes the unit offered
        asked.append((typed, near))
        return near[0]

    monkeypatch.setattr(unit_picker, "ask_new_unit", answer)
    dialog = MeetingDialog(Services(store))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Giao ban")
    fill_attendee(dialog, "Lê Văn C", "Giám đốc", "so tai nguyen")
    save_button(dialog).click()
    assert asked == [("so tai nguyen", ["Sở Tài nguyên và Môi trường"])]
    assert [u.name for u in store.units.list()] == ["Sở Tài nguyên và Môi trường"]
    person = store.meetings.attendees(dialog.meeting_id)[0]
    assert store.units.get(person.unit_id).name == "Sở Tài nguyên và Môi trường"


def test_editing_a_meeting_shows_and_saves_its_details(qtbot, store):
    unit = store.units.ensure("Sở Nội vụ")
    meeting = store.meetings.create(
        "Giao ban", date="2024-07-19", start_time="08:00", end_time="11:30", chair="Giám đốc"
    )
    store.meetings.replace_attendees(
        meeting.id,
        [{"name": "Lê Văn C", "title": "Phó Giám đốc", "unit_id": unit.id},
         {"name": "Phạm Thị D", "present": False}],
    )  # fmt: skip
    dialog = MeetingDialog(Services(store), meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sửa thông tin cuộc họp"
    assert dialog.title_edit.text() == "Giao ban"
    assert dialog.date_edit.date().toString("dd/MM/yyyy") == "19/07/2024"
    assert dialog.end_check.isChecked() and dialog.end_edit.time().toString("HH:mm") == "11:30"
    assert [r["name"] for r in dialog.attendee_rows()] == ["Lê Văn C", "Phạm Thị D"]
    assert dialog.attendee_rows()[0]["unit"] == "Sở Nội vụ"
    assert dialog.attendee_rows()[1]["present"] is False

    dialog.title_edit.setText("Giao ban tuần 30")
    dialog.end_check.setChecked(False)
    dialog.chair_edit.clear()
    dialog.attendees.selectRow(0)
    dialog.remove_button.click()
    save_button(dialog).click()

    saved = store.meetings.get(meeting.id)
    assert saved.title == "Giao ban tuần 30"
    assert (saved.start_time, saved.end_time, saved.chair) == ("08:00", None, None)
    assert [p.name for p in store.meetings.attendees(meeting.id)] == ["Phạm Thị D"]


def test_an_attendee_row_without_a_name_is_not_dropped_silently(qtbot, store):
    dialog = MeetingDialog(Services(store))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Họp")
    fill_attendee(dialog, "", "Trưởng phòng", "Phòng Tổ chức")
    save_button(dialog).click()
    assert dialog.result() != MeetingDialog.DialogCode.Accepted
    assert "dòng 1" in dialog.problem.text()
    assert store.meetings.count() == 0 and store.units.list() == []


def test_new_meeting_from_the_list_is_shown_and_selected(qtbot, view, store, monkeypatch):
    def fill_and_accept(dialog):
        dialog.title_edit.setText("Họp khẩn")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(meetings_view.MeetingDialog, "exec", fill_and_accept)
    view.search.setText("giao ban")  # a search that would hide the new meeting
    with qtbot.waitSignal(view.meetingsChanged):
        view.action_new.trigger()
    (meeting,) = store.meetings.list()
    assert view.meeting_ids() == [meeting.id] and view.selected_meeting_id() == meeting.id
    assert view.search.text() == ""


def test_agenda_and_summary_for_the_minutes_are_saved(qtbot, store):
    meeting = store.meetings.create("Giao ban", agenda="Đánh giá tháng 9")
    dialog = MeetingDialog(Services(store), meeting.id)
    qtbot.addWidget(dialog)
    assert dialog.agenda_edit.toPlainText() == "Đánh giá tháng 9"
    summary = "Các đơn vị báo cáo tiến độ.\nÝ kiến thảo luận: <3 & hơn"
    dialog.summary_edit.setPlainText(summary)
    dialog.agenda_edit.clear()
    save_button(dialog).click()
    saved = store.meetings.get(meeting.id)
    assert saved.summary == summary and saved.agenda is None
