"""The conclusions and tasks panel on the demo meeting: what a clerk sees, and that every change
reaches the store (text after its idle moment), deletions undo, clicks ask for playback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QKeyEvent, QUndoStack

from meeting_assistant.services import Services
from meeting_assistant.services.demo import create_demo_meeting
from ui.common.unit_picker import FoldFilterProxy, UnitDirectoryModel
from ui.meeting.items import conclusion_editor, task_editor
from ui.meeting.items import panel as items_panel
from ui.meeting.items.delegate import (
    BADGE_ROLE,
    DEADLINE_ROLE,
    ID_ROLE,
    KEY_ROLE,
    LEAD_ROLE,
    NUMBER_ROLE,
)
from ui.meeting.items.panel import ItemsPanel


@pytest.fixture(autouse=True)
def no_error_dialogs(monkeypatch):
    """A dialog would block the test: record what would have been shown instead."""
    shown = []
    monkeypatch.setattr(items_panel, "show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(task_editor, "show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr(conclusion_editor, "show_error", lambda parent, error: shown.append(error))
    yield shown
    assert not shown, f"unexpected error dialogs: {shown}"


@pytest.fixture
def demo(store):
    return create_demo_meeting(store)


@pytest.fixture
def undo_stack():
    return QUndoStack()


@pytest.fixture
def make_panel(qtbot, store):
    made = []

    def make(meeting_id, undo_stack):
        widget = ItemsPanel()
        qtbot.addWidget(widget)
        widget.resize(420, 700)
        widget.load(Services(store), meeting_id, undo_stack)
        widget.show()
        qtbot.waitExposed(widget)
        made.append(widget)
        return widget

    yield make
    for widget in made:  # the store closes after this test; the widgets go a little later
        widget.load(None, None, None)


@pytest.fixture
def panel(make_panel, demo, undo_stack):
    return make_panel(demo.id, undo_stack)


def rows(view, role):
    return [view.item(r).data(role) for r in range(view.count())]


def conclusion_ids(store, meeting_id):
    return [c.id for c in store.items.conclusions(meeting_id)]


def task_named(store, meeting_id, index):
    return store.items.tasks(meeting_id)[index]


def lead_and_coordinators(store, task_id):
    return Services(store).items.unit_names(store.items.task(task_id))


# Showing ---------------------------------------------------------------------------------------


def test_lists_numbered_conclusions_and_tasks_with_units_and_deadlines(panel, store, demo):
    assert panel.tabs.tabText(0) == "Kết luận (2)"
    assert panel.tabs.tabText(1) == "Nhiệm vụ (3)"
    assert rows(panel.conclusion_list, NUMBER_ROLE) == [1, 2]
    texts = rows(panel.conclusion_list, Qt.ItemDataRole.DisplayRole)
    assert texts[0].startswith("1. Ghi nhận") and texts[1].startswith("2. Biểu dương")
    assert rows(panel.conclusion_list, BADGE_ROLE) == ["Đã xác nhận", "Đã xác nhận"]

    assert rows(panel.task_list, NUMBER_ROLE) == [1, 2, 3]
    assert rows(panel.task_list, LEAD_ROLE) == [
        "Sở Thông tin và Truyền thông",
        "Sở Thông tin và Truyền thông",
        "Văn phòng Thành ủy",
    ]
    assert rows(panel.task_list, DEADLINE_ROLE) == ["30/09/2024", "Thường xuyên", "15/12/2024"]
    assert rows(panel.task_list, KEY_ROLE) == [True, False, False]
    assert "30/09/2024" in panel.task_list.item(0).data(Qt.ItemDataRole.DisplayRole)

    # The first item of each list is selected and shown in its editor.
    first_task = task_named(store, demo.id, 0)
    assert panel.current_task_id() == first_task.id
    assert panel.task_editor.content_edit.toPlainText() == first_task.content
    assert panel.task_editor.lead_picker.text() == "Sở Thông tin và Truyền thông"
    assert panel.task_editor.chip_names() == ["Sở Nội vụ"]
    assert panel.task_editor.date_radio.isChecked()
    assert panel.task_editor.date_edit.date() == QDate(2024, 9, 30)
    assert panel.task_editor.key_check.isChecked()
    assert "trước ngày 30 tháng 9 năm 2024" in panel.task_editor.said_label.text()


def test_empty_meeting_says_how_to_add_items(make_panel, store):
    meeting = store.meetings.create("Họp giao ban")
    widget = make_panel(meeting.id, QUndoStack())
    assert widget.tabs.tabText(0) == "Kết luận (0)"
    assert widget.conclusion_stack.currentIndex() == 1
    assert widget.task_stack.currentIndex() == 1
    assert "Ctrl+K" in widget.conclusion_empty.text()
    assert widget.task_empty.text().startswith("Chưa có nhiệm vụ.")
    assert not widget.delete_conclusion_action.isEnabled()


# Conclusions -----------------------------------------------------------------------------------


def test_move_second_conclusion_to_first_persists_and_undoes(panel, store, demo, undo_stack):
    first, second = conclusion_ids(store, demo.id)
    panel.select_conclusion(second)
    assert panel.move_up_action.isEnabled() and not panel.move_down_action.isEnabled()
    with qtbot_signal(panel, "itemsChanged"):
        panel.move_up_action.trigger()
    assert conclusion_ids(store, demo.id) == [second, first]
    assert rows(panel.conclusion_list, ID_ROLE) == [second, first]
    assert rows(panel.conclusion_list, NUMBER_ROLE) == [1, 2]
    assert panel.current_conclusion_id() == second  # the moved one stays selected

    undo_stack.undo()
    assert conclusion_ids(store, demo.id) == [first, second]


def test_alt_down_moves_the_selected_conclusion(panel, qtbot, store, demo):
    first, second = conclusion_ids(store, demo.id)
    panel.select_conclusion(first)
    panel.activateWindow()
    panel.conclusion_list.setFocus()
    qtbot.waitUntil(panel.conclusion_list.hasFocus)
    qtbot.keyClick(panel.conclusion_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert conclusion_ids(store, demo.id) == [second, first]
    assert "Alt+Down" in panel.move_down_action.toolTip()


def test_dropping_a_conclusion_in_the_list_reorders_the_store(panel, qtbot, store, demo):
    first, second = conclusion_ids(store, demo.id)
    # What the list does on an internal drag-and-drop: move the row in its model.
    model = panel.conclusion_list.model()
    assert model.moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: conclusion_ids(store, demo.id) == [second, first])
    assert rows(panel.conclusion_list, ID_ROLE) == [second, first]


def test_conclusion_text_is_stored_after_the_idle_delay(panel, qtbot, store, demo):
    first = conclusion_ids(store, demo.id)[0]
    panel.select_conclusion(first)
    editor = panel.conclusion_editor.text_edit
    editor.setFocus()
    editor.setPlainText("Ghi nhận kết quả bước đầu của Sở.")
    assert store.items.conclusion(first).text != "Ghi nhận kết quả bước đầu của Sở."
    with qtbot.waitSignal(panel.itemsChanged, timeout=3000):
        pass
    assert store.items.conclusion(first).text == "Ghi nhận kết quả bước đầu của Sở."
    assert "Ghi nhận kết quả bước đầu" in panel.conclusion_list.item(0).data(
        Qt.ItemDataRole.DisplayRole
    )


def test_saving_while_typing_keeps_the_text_and_cursor_as_typed(panel, qtbot, store, demo):
    first = conclusion_ids(store, demo.id)[0]
    panel.select_conclusion(first)
    editor = panel.conclusion_editor.text_edit
    editor.setFocus()
    editor.selectAll()
    type_text(editor, "Ghi nhận ")  # a pause after a word: the store keeps it without the space
    with qtbot.waitSignal(panel.itemsChanged, timeout=3000):
        pass
    assert store.items.conclusion(first).text == "Ghi nhận"
    assert editor.toPlainText() == "Ghi nhận "
    assert editor.textCursor().position() == len("Ghi nhận ")
    type_text(editor, "kết quả")
    panel.flush()
    assert store.items.conclusion(first).text == "Ghi nhận kết quả"


def test_conclusion_text_is_stored_on_leaving_the_field(panel, store, demo):
    first = conclusion_ids(store, demo.id)[0]
    panel.select_conclusion(first)
    panel.conclusion_editor.text_edit.setPlainText("Thống nhất kết luận.")
    panel.flush()  # what leaving the field (or closing the window) does
    assert store.items.conclusion(first).text == "Thống nhất kết luận."


def test_a_page_refreshing_on_every_change_does_not_save_twice(panel, store, demo):
    panel.itemsChanged.connect(panel.refresh)  # what a page may well do
    first = conclusion_ids(store, demo.id)[0]
    panel.select_conclusion(first)
    panel.conclusion_editor.text_edit.setPlainText("Thống nhất kết luận.")
    panel.flush()
    task = task_named(store, demo.id, 0)
    task_updates_before = len(store.items.audit_log("task", task.id))
    panel.select_task(task.id)
    # (Not its coordinator Sở Nội vụ: choosing it would also take it off the coordinators.)
    panel.task_editor.lead_picker.setText("Văn phòng Thành ủy")
    panel.task_editor.content_edit.setPlainText("Rà soát quy chế làm việc.")
    panel.flush()

    updates = [e for e in store.items.audit_log("conclusion", first) if e["action"] == "update"]
    assert len(updates) == 1
    assert store.items.task(task.id).content == "Rà soát quy chế làm việc."
    assert lead_and_coordinators(store, task.id)[0] == "Văn phòng Thành ủy"
    # One entry for the content, one for the lead unit.
    assert len(store.items.audit_log("task", task.id)) == task_updates_before + 2


def test_an_item_deleted_elsewhere_while_being_edited_is_let_go(panel, store, demo):
    first, second = conclusion_ids(store, demo.id)
    panel.select_conclusion(first)
    panel.conclusion_editor.text_edit.setPlainText("Đang gõ dở")
    task = task_named(store, demo.id, 0)
    panel.select_task(task.id)
    panel.task_editor.note_edit.setPlainText("Đang gõ dở")
    store.items.delete_conclusion(first)  # e.g. the page undoing the conclusion's creation
    store.items.delete_task(task.id)
    panel.refresh()  # no error dialog (the autouse fixture checks), the next items are shown
    assert rows(panel.conclusion_list, ID_ROLE) == [second]
    assert panel.current_conclusion_id() == second
    assert panel.current_task_id() != task.id


def test_empty_conclusion_is_never_stored(panel, store, demo):
    first = conclusion_ids(store, demo.id)[0]
    before = store.items.conclusion(first).text
    panel.select_conclusion(first)
    panel.conclusion_editor.text_edit.setPlainText("   ")
    assert panel.conclusion_editor.hint.isVisibleTo(panel)
    panel.flush()
    assert store.items.conclusion(first).text == before
    assert panel.conclusion_editor.text_edit.toPlainText() == before


def test_confirming_a_conclusion(panel, store, demo):
    first = conclusion_ids(store, demo.id)[0]
    panel.select_conclusion(first)
    panel.conclusion_editor.confirmed_check.setChecked(False)
    assert store.items.conclusion(first).state == "draft"
    assert panel.conclusion_list.item(0).data(BADGE_ROLE) == "Nháp"
    panel.conclusion_editor.confirmed_check.setChecked(True)
    assert store.items.conclusion(first).state == "confirmed"


def test_deleting_a_conclusion_undoes_with_its_links(panel, store, demo, undo_stack):
    first, second = conclusion_ids(store, demo.id)
    task = task_named(store, demo.id, 0)
    store.items.update_task(task.id, conclusion_id=first)
    panel.select_conclusion(first)
    panel.delete_conclusion_action.trigger()
    assert conclusion_ids(store, demo.id) == [second]
    assert panel.tabs.tabText(0) == "Kết luận (1)"
    assert panel.status_label.text() == "Đã xóa — Ctrl+Z để hoàn tác"

    undo_stack.undo()
    assert conclusion_ids(store, demo.id) == [first, second]
    assert store.items.task(task.id).conclusion_id == first
    assert panel.current_conclusion_id() == first


# Tasks -----------------------------------------------------------------------------------------


def test_new_lead_unit_typed_freely_is_stored_and_added_to_the_directory(
    panel, qtbot, store, demo, confirm_new
):
    task = task_named(store, demo.id, 0)
    panel.show_tasks()
    panel.select_task(task.id)
    line = panel.task_editor.lead_picker
    line.setFocus()
    line.selectAll()
    type_text(line, "Sở Kế hoạch và Đầu tư")
    assert lead_and_coordinators(store, task.id)[0] == "Sở Thông tin và Truyền thông"  # not yet
    with qtbot.waitSignal(panel.itemsChanged):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert lead_and_coordinators(store, task.id)[0] == "Sở Kế hoạch và Đầu tư"
    assert confirm_new == ["Sở Kế hoạch và Đầu tư"]  # added only once the clerk said so
    assert "Sở Kế hoạch và Đầu tư" in [u.name for u in store.units.list()]
    assert panel.task_list.item(0).data(LEAD_ROLE) == "Sở Kế hoạch và Đầu tư"


def test_lead_unit_typed_without_accents_or_as_abbreviation_is_the_directory_unit(
    panel, store, demo
):
    task = task_named(store, demo.id, 2)
    panel.select_task(task.id)
    editor = panel.task_editor
    units_before = len(store.units.list())
    editor.lead_picker.setText("so noi vu")
    editor.lead_picker.commit()
    assert lead_and_coordinators(store, task.id)[0] == "Sở Nội vụ"
    editor.lead_picker.setText("VPTU")
    editor.lead_picker.commit()
    assert lead_and_coordinators(store, task.id)[0] == "Văn phòng Thành ủy"
    assert editor.lead_picker.text() == "Văn phòng Thành ủy"
    assert len(store.units.list()) == units_before


def test_enter_in_the_suggestions_takes_the_highlighted_unit(panel, qtbot, store, demo):
    task = task_named(store, demo.id, 2)
    panel.show_tasks()
    panel.select_task(task.id)
    editor = panel.task_editor
    units_before = len(store.units.list())

    editor.coordinator_edit.setFocus()
    type_text(editor.coordinator_edit, "tuyen giao")
    popup = editor.coordinator_edit.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().isValid())
    assert editor.coordinator_edit.text() == "tuyen giao"  # what was typed stays as typed
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert lead_and_coordinators(store, task.id)[1] == ["Ban Tuyên giáo Thành ủy"]

    line = editor.lead_picker
    line.setFocus()
    line.selectAll()
    type_text(line, "noi vu")
    popup = editor.lead_picker.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().isValid())
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert lead_and_coordinators(store, task.id)[0] == "Sở Nội vụ"
    assert editor.lead_picker.text() == "Sở Nội vụ"
    assert len(store.units.list()) == units_before  # no "noi vu" in the directory


def test_unit_completion_ignores_case_and_accents(store, demo):
    directory = UnitDirectoryModel()
    directory.reload(Services(store))
    proxy = FoldFilterProxy()
    proxy.setSourceModel(directory)

    def matches(text):
        proxy.set_text(text)
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    assert matches("van phong") == ["Văn phòng Thành ủy"]
    # Whole phrase first, then names that merely have the words.
    assert matches("THANH UY") == [
        "Ban Tuyên giáo Thành ủy",
        "Văn phòng Thành ủy",
        "Ủy ban nhân dân Thành phố",
    ]
    assert matches("uy ban")[0] == "Ủy ban nhân dân Thành phố"
    assert matches("tt&tt") == ["Sở Thông tin và Truyền thông"]
    assert matches("vptu") == ["Văn phòng Thành ủy"]
    assert matches("sở") == ["Sở Nội vụ", "Sở Thông tin và Truyền thông"]
    assert matches("thong truyen") == ["Sở Thông tin và Truyền thông"]
    assert matches("tai chinh") == []
    assert len(matches("")) == len(store.units.list())


def test_add_and_remove_coordinating_units(panel, qtbot, store, demo, confirm_new):
    task = task_named(store, demo.id, 2)  # no coordinating units yet
    panel.show_tasks()
    panel.select_task(task.id)
    editor = panel.task_editor
    assert editor.chip_names() == []

    editor.coordinator_edit.setFocus()
    type_text(editor.coordinator_edit, "Sở Tài chính")
    qtbot.keyClick(editor.coordinator_edit, Qt.Key.Key_Return)
    editor.coordinator_edit.setText("ban tuyen giao thanh uy")
    editor.add_coordinator_button.click()
    assert lead_and_coordinators(store, task.id)[1] == ["Sở Tài chính", "Ban Tuyên giáo Thành ủy"]
    assert editor.chip_names() == ["Sở Tài chính", "Ban Tuyên giáo Thành ủy"]
    qtbot.waitUntil(lambda: editor.coordinator_edit.text() == "")

    editor.coordinator_edit.setText("Sở tài chính")  # already there: nothing changes
    editor.add_coordinator_button.click()
    assert lead_and_coordinators(store, task.id)[1] == ["Sở Tài chính", "Ban Tuyên giáo Thành ủy"]

    editor.chip("Sở Tài chính").remove_button.click()
    assert lead_and_coordinators(store, task.id)[1] == ["Ban Tuyên giáo Thành ủy"]
    chip = editor.chip("Ban Tuyên giáo Thành ủy")
    chip.setFocus()
    qtbot.keyClick(chip, Qt.Key.Key_Delete)
    assert lead_and_coordinators(store, task.id)[1] == []
    assert editor.chip_names() == []


def test_deadline_switches_between_date_ongoing_and_none(panel, qtbot, store, demo):
    task = task_named(store, demo.id, 1)  # "thường xuyên"
    panel.show_tasks()
    panel.select_task(task.id)
    editor = panel.task_editor
    assert editor.ongoing_radio.isChecked() and not editor.date_edit.isEnabled()
    assert "thường xuyên" in editor.said_label.text()

    editor.date_edit.setDate(QDate(2025, 6, 30))
    editor.date_radio.click()
    stored = store.items.task(task.id)
    assert (stored.deadline, stored.ongoing) == ("2025-06-30", False)
    assert panel.task_list.item(1).data(DEADLINE_ROLE) == "30/06/2025"

    editor.date_edit.setDate(QDate(2025, 7, 15))  # saved after the idle delay
    qtbot.waitUntil(lambda: store.items.task(task.id).deadline == "2025-07-15")

    editor.ongoing_radio.click()
    stored = store.items.task(task.id)
    assert (stored.deadline, stored.ongoing) == (None, True)
    assert panel.task_list.item(1).data(DEADLINE_ROLE) == "Thường xuyên"

    editor.no_deadline_radio.click()
    stored = store.items.task(task.id)
    assert (stored.deadline, stored.ongoing) == (None, False)
    assert panel.task_list.item(1).data(DEADLINE_ROLE) == "Chưa có thời hạn"


def test_toggle_key_task(panel, store, demo):
    task = task_named(store, demo.id, 1)
    panel.select_task(task.id)
    panel.task_editor.key_check.click()
    assert store.items.task(task.id).is_key is True
    assert panel.task_list.item(1).data(KEY_ROLE) is True
    panel.task_editor.key_check.click()
    assert store.items.task(task.id).is_key is False


def test_task_content_and_note_are_stored_after_the_idle_delay(panel, qtbot, store, demo):
    task = task_named(store, demo.id, 2)
    panel.select_task(task.id)
    editor = panel.task_editor
    editor.content_edit.setPlainText("Theo dõi, tổng hợp kết quả thực hiện.")
    editor.note_edit.setPlainText("Báo cáo bằng văn bản")
    qtbot.waitUntil(lambda: store.items.task(task.id).note == "Báo cáo bằng văn bản")
    qtbot.waitUntil(
        lambda: store.items.task(task.id).content == "Theo dõi, tổng hợp kết quả thực hiện."
    )
    editor.content_edit.setPlainText("")
    panel.flush()
    assert store.items.task(task.id).content == "Theo dõi, tổng hợp kết quả thực hiện."


def test_delete_task_then_undo_brings_it_back_with_its_id_and_units(
    panel, qtbot, store, demo, undo_stack
):
    task = task_named(store, demo.id, 0)
    before = lead_and_coordinators(store, task.id)
    panel.show_tasks()
    panel.select_task(task.id)
    panel.task_list.setFocus()
    with qtbot.waitSignal(panel.statusMessage) as status:
        panel.delete_task_action.trigger()
    assert status.args == ["Đã xóa — Ctrl+Z để hoàn tác"]
    assert task.id not in [t.id for t in store.items.tasks(demo.id)]
    assert panel.tabs.tabText(1) == "Nhiệm vụ (2)"
    assert task.id not in rows(panel.task_list, ID_ROLE)

    undo_stack.undo()
    restored = store.items.task(task.id)
    assert restored.content == task.content
    assert restored.coordinating_unit_ids == task.coordinating_unit_ids
    assert lead_and_coordinators(store, task.id) == before
    assert rows(panel.task_list, ID_ROLE)[0] == task.id
    assert panel.current_task_id() == task.id

    undo_stack.redo()
    assert task.id not in [t.id for t in store.items.tasks(demo.id)]


def test_del_key_in_the_task_list_deletes(panel, qtbot, store, demo):
    task = task_named(store, demo.id, 2)
    panel.show_tasks()
    panel.select_task(task.id)
    panel.activateWindow()
    panel.task_list.setFocus()
    qtbot.waitUntil(panel.task_list.hasFocus)
    qtbot.keyClick(panel.task_list, Qt.Key.Key_Delete)
    assert task.id not in [t.id for t in store.items.tasks(demo.id)]


def test_clicking_a_task_asks_to_play_where_it_was_said(panel, qtbot, store, demo):
    task = task_named(store, demo.id, 1)
    panel.show_tasks()
    view = panel.task_list
    rect = view.visualItemRect(view.item(1))
    with qtbot.waitSignal(panel.playSpanRequested) as played:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert played.args == [task.audio_id, task.span_start, task.span_end]
    assert panel.current_task_id() == task.id


# Language --------------------------------------------------------------------------------------


class FakeEnglish(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return "EN:" + source

    def isEmpty(self):
        return False


def test_language_change_relabels(panel, qtbot):
    translator = FakeEnglish()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.task_editor.lead_label.text().startswith("EN:"))
        assert panel.task_editor.lead_label.text() == "EN:Đơn vị &chủ trì:"
        assert panel.tabs.tabText(0) == "EN:Kết luận (2)"
        assert panel.delete_task_action.text() == "EN:Xóa"
        assert panel.task_list.item(1).data(DEADLINE_ROLE) == "EN:Thường xuyên"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.tabs.tabText(0) == "Kết luận (2)")


# Helpers ---------------------------------------------------------------------------------------


def type_text(widget, text):
    """Type `text` key by key (QTest.keyClicks only knows ASCII; Vietnamese needs Unicode)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


class qtbot_signal:
    """Assert that `signal_name` of `obj` is emitted inside the block (no waiting needed)."""

    def __init__(self, obj, signal_name):
        self._signal = getattr(obj, signal_name)
        self.count = 0

    def _hit(self, *args):
        self.count += 1

    def __enter__(self):
        self._signal.connect(self._hit)
        return self

    def __exit__(self, *exc):
        self._signal.disconnect(self._hit)
        if exc[0] is None:
            assert self.count, "signal not emitted"
