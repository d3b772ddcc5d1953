"""The wrong data a clerk could store through the unit fields (issue 12), each as it was found:
the lead unit replaced by a coordinator, a comma-separated list stored as one unit, and Enter on
a completion storing the accent-free letters that were typed. The same two widgets serve the
task editor and the proposal dialog, so both are walked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent

from meeting_assistant.errors import UserError
from meeting_assistant.followup.suggest import Suggestion
from meeting_assistant.services import Services
from meeting_assistant.services.demo import create_demo_meeting
from ui.common import unit_picker
from ui.meeting.items import task_editor
from ui.meeting.items.task_editor import TaskEditor
from ui.meeting.suggestions import edit_dialog as suggestions_panel
from ui.meeting.suggestions.edit_dialog import SuggestionEditDialog

TNMT = "Sở Tài nguyên và Môi trường"


@pytest.fixture
def errors(monkeypatch):
    """Messages the clerk would have seen (a dialog would block the test)."""
    shown: list[str] = []
    for module in (task_editor, suggestions_panel):
        monkeypatch.setattr(module, "show_error", lambda parent, e: shown.append(str(e)))
    return shown


@pytest.fixture
def services(store):
    services = Services(store)
    create_demo_meeting(store)
    services.units.ensure(TNMT)
    return services


@pytest.fixture
def editor(qtbot, services):
    meeting = services.meetings.list()[0]
    task = services.items.tasks(meeting.id)[2]  # no coordinating units yet
    widget = TaskEditor()
    qtbot.addWidget(widget)
    widget.set_task(services, task.id)
    widget.resize(460, 640)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_task(None, None)


def type_text(widget, text):
    """Key by key, as a clerk types (QTest.keyClicks knows only ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def stored(services, editor):
    return services.items.unit_names(services.items.task(editor.task_id()))


def directory(services):
    return sorted(u.name for u in services.units.list())


def pick_from_completion(qtbot, field, typed):
    """Type, then Down and Enter in the pop-up, as a clerk does with the keyboard."""
    field.setFocus()
    field.selectAll()
    type_text(field, typed)
    popup = field.completer().popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.currentIndex().isValid())
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Up)  # back to the best match, as the clerk meant
    qtbot.keyClick(popup, Qt.Key.Key_Return)


# 1. The lead unit never changes except by the clerk's choice --------------------------------


def test_new_coordinators_never_replace_the_lead(qtbot, services, editor, confirm_new, errors):
    pick_from_completion(qtbot, editor.lead_picker, "tai nguyen")
    assert stored(services, editor)[0] == TNMT

    for name in ("Sở Xây dựng", "Ban Quản lý các khu công nghiệp"):  # new to the directory
        editor.coordinator_edit.setFocus()
        type_text(editor.coordinator_edit, name)
        qtbot.keyClick(editor.coordinator_edit, Qt.Key.Key_Return)
    assert confirm_new == ["Sở Xây dựng", "Ban Quản lý các khu công nghiệp"]
    assert editor.lead_picker.text() == TNMT
    assert stored(services, editor) == (TNMT, ["Sở Xây dựng", "Ban Quản lý các khu công nghiệp"])

    # The next edit elsewhere in the task (and leaving the editor) keeps the lead.
    editor.content_edit.setFocus()
    type_text(editor.content_edit, " Báo cáo kết quả.")
    editor.flush()
    assert stored(services, editor)[0] == TNMT
    assert editor.lead_picker.text() == TNMT
    assert errors == []


def test_a_unit_is_never_both_lead_and_coordinator(qtbot, services, editor, confirm_new, errors):
    editor.lead_picker.setText(TNMT)
    editor.lead_picker.commit()
    editor.coordinator_edit.setText("so tai nguyen va moi truong")
    editor.add_coordinator_button.click()
    assert stored(services, editor) == (TNMT, [])
    assert len(errors) == 1 and "chủ trì" in errors[0]

    # Choosing a coordinator as the lead moves it: it stops coordinating, in one change.
    editor.coordinator_edit.setText("Sở Nội vụ")
    editor.add_coordinator_button.click()
    assert stored(services, editor) == (TNMT, ["Sở Nội vụ"])
    editor.lead_picker.setText("Sở Nội vụ")
    editor.lead_picker.commit()
    assert stored(services, editor) == ("Sở Nội vụ", [])
    assert editor.chip_names() == []


def test_the_service_refuses_a_lead_that_also_coordinates(services):
    task = services.items.tasks(services.meetings.list()[0].id)[2]
    with pytest.raises(UserError, match="chủ trì"):
        services.items.update_task(task.id, lead_unit=TNMT, coordinating_units=[TNMT])
    assert services.items.unit_names(services.items.task(task.id))[0] != TNMT


# 2. Lists of units become separate units, shown before they are saved -----------------------


@pytest.mark.parametrize(
    "text, units",
    [
        ("Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh",
         ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"]),
        ("Sở Tài chính; Sở Nội vụ;", ["Sở Tài chính", "Sở Nội vụ"]),
        ("Sở Tài chính và Kho bạc Nhà nước tỉnh", ["Sở Tài chính", "Kho bạc Nhà nước tỉnh"]),
        ("Sở Tài chính\nCông an tỉnh", ["Sở Tài chính", "Công an tỉnh"]),
        (TNMT, [TNMT]),  # "và" inside one unit's name
        ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),  # one name
        ("UBND các huyện, thị xã; Công an tỉnh", ["UBND các huyện, thị xã", "Công an tỉnh"]),
        ("Phòng Bưu chính, Viễn thông và Công nghệ thông tin",  # "Viễn" is not "Viện"
         ["Phòng Bưu chính, Viễn thông và Công nghệ thông tin"]),
        ("so tai chinh, kho bac nha nuoc", ["so tai chinh", "kho bac nha nuoc"]),
    ],
)  # fmt: skip
def test_split_names(services, text, units):
    assert services.units.split_names(text) == units


def test_a_unit_whose_name_has_a_comma_stays_one_unit(services):
    task = services.items.tasks(services.meetings.list()[0].id)[0]
    services.items.update_task(task.id, lead_unit="Sở Văn hóa, Thể thao và Du lịch")
    assert services.items.unit_names(services.items.task(task.id))[0] == (
        "Sở Văn hóa, Thể thao và Du lịch"
    )
    assert services.units.split_names("so van hoa, the thao va du lich; Sở Nội vụ") == [
        "so van hoa, the thao va du lich",
        "Sở Nội vụ",
    ]


def test_a_pasted_list_in_the_proposal_dialog_becomes_separate_units(
    qtbot, services, monkeypatch, confirm_new, errors
):
    shown = []

    def confirm(parent, names, new):
        shown.append((names, new))
        return names

    monkeypatch.setattr(unit_picker, "confirm_split", confirm)
    meeting = services.meetings.list()[0]
    proposal = Suggestion("task", "Rà soát quy hoạch sử dụng đất.", lead_unit=TNMT, key="k1")
    dialog = SuggestionEditDialog(proposal, services)
    qtbot.addWidget(dialog)
    field = dialog.coordinating.field
    field.setFocus()
    field.setText("Sở Kế hoạch và Đầu tư, Kho bạc Nhà nước tỉnh")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The clerk saw the split (and which units are new) before anything was stored.
    assert shown == [(["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"],
                      ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"])]  # fmt: skip
    assert dialog.coordinating.units() == ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"]
    assert "Kho bạc Nhà nước tỉnh" not in directory(services)  # not until accepted

    task = services.proposals.accept(meeting.id, proposal, **dialog.edits())
    lead, coordinators = services.items.unit_names(task)
    assert (lead, coordinators) == (TNMT, ["Sở Kế hoạch và Đầu tư", "Kho bạc Nhà nước tỉnh"])
    assert not any("," in name for name in directory(services))
    assert errors == []


def test_a_list_typed_as_the_lead_is_refused_with_a_message(qtbot, services, editor, errors):
    before = stored(services, editor)
    editor.lead_picker.setText("Sở Tài chính, Kho bạc Nhà nước tỉnh")
    assert not editor.lead_picker.commit()
    assert stored(services, editor) == before
    assert len(errors) == 1 and "nhiều đơn vị" in errors[0]
    assert "Sở Tài chính, Kho bạc Nhà nước tỉnh" not in directory(services)


def test_the_service_refuses_a_list_as_one_new_unit(services):
    task = services.items.tasks(services.meetings.list()[0].id)[0]
    with pytest.raises(UserError, match="nhiều đơn vị"):
        services.items.update_task(task.id, coordinating_units=["Sở Tài chính, Sở Nội vụ"])
    assert "Sở Tài chính, Sở Nội vụ" not in directory(services)


# 3. Enter on a completion chooses that unit; a new unit only when the clerk confirms --------


def test_down_and_enter_on_the_completion_choose_the_directory_unit(qtbot, services, editor):
    units_before = directory(services)
    pick_from_completion(qtbot, editor.lead_picker, "so tai nguyen")
    assert stored(services, editor)[0] == TNMT
    assert editor.lead_picker.text() == TNMT
    assert directory(services) == units_before  # no "so tai nguyen" added


def test_enter_on_a_partial_name_asks_and_adds_nothing_unless_confirmed(
    qtbot, services, editor, monkeypatch
):
    asked = []
    monkeypatch.setattr(
        unit_picker, "ask_new_unit", lambda parent, typed, near: asked.append((typed, near))
    )  # the clerk answers "Sửa lại"
    before, units_before = stored(services, editor), directory(services)
    editor.lead_picker.setText("so tai ngu")
    editor.lead_picker.completer().popup().hide()
    assert not editor.lead_picker.commit()
    assert asked == [("so tai ngu", [TNMT])]  # the near unit was offered
    assert stored(services, editor) == before
    assert directory(services) == units_before
    # Leaving the field never adds it either.
    editor.flush()
    assert stored(services, editor) == before and directory(services) == units_before
