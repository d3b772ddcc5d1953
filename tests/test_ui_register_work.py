"""Work a clerk does from the register: filter by a unit without ever adding one, edit a task
from its row, chase every late unit at once, pick a report period in one click, and hear
"nothing to chase" as news rather than as a fault."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from meeting_assistant.documents.organisation import save_organisation
from ui.documents.report_period import ReportPeriodDialog, period_of
from ui.register import memo_dialog
from ui.register.memo_dialog import MemoDialog

from . import test_ui_task_register as _register
from .document_fixtures import ORGANISATIONS
from .test_ui_task_register import TODAY, shown

# The register tests' fixtures: two meetings' tasks on TODAY, and the page showing them.
made, page, vietnamese = _register.made, _register.page, _register.vietnamese


def test_the_unit_filter_never_adds_a_unit(qtbot, page, store, made):
    before = [u.name for u in store.units.list()]
    assert page.unit_picker.allow_new is False
    page.unit_picker.setFocus()
    page.unit_picker.setText("Phòng Hoàn Toàn Mới")  # (keyClicks takes ASCII only)
    qtbot.keyClick(page.unit_picker, Qt.Key.Key_Return)
    page.unit_picker.clearFocus()
    assert [u.name for u in store.units.list()] == before
    assert page.model.rowCount() == 0 and page.no_match.isVisible()
    page.set_unit_filter("so noi vu")
    assert page.unit_picker.text() == "Sở Nội vụ"
    assert shown(page) == {made["on time"], made["soon"], made["overdue 2"]}


def test_enter_on_a_row_opens_the_task_editor_and_saves_there(qtbot, page, store, made):
    page.select_task(made["overdue"])
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.task_dialog
    assert dialog.isVisible() and dialog.editor.task_id() == made["overdue"]
    assert "Giao ban tháng 9" in dialog.meeting.text()
    dialog.editor.key_check.setChecked(False)
    assert store.items.task(made["overdue"]).is_key is False
    dialog.editor.content_edit.setPlainText("Báo cáo giải ngân vốn đầu tư công quý III")
    dialog.reject()  # closing stores what was typed a moment ago
    assert store.items.task(made["overdue"]).content == "Báo cáo giải ngân vốn đầu tư công quý III"
    page.select_task(made["overdue"])
    assert page.selected_row().task.content.endswith("quý III")


def test_chasing_every_late_unit_writes_one_memo_each(qtbot, page, store, made, tmp_path,
                                                       monkeypatch):  # fmt: skip
    save_organisation(store, ORGANISATIONS["state"])
    to_chase = page.services.documents.units_to_chase(TODAY)
    assert {"Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Thông tin và Truyền thông"} <= set(to_chase)
    assert "Văn phòng Thành ủy" not in to_chase  # due 31 December: nothing to chase yet

    def choose_all(dialog: MemoDialog) -> int:
        assert dialog.all_button.isEnabled()
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("docx"))
        dialog._accept_all()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemoDialog, "exec", choose_all)
    monkeypatch.setattr(memo_dialog.QMessageBox, "exec", lambda box: pytest_fail(box.text()))
    folder = tmp_path / "don-doc"
    folder.mkdir()
    from ui.register import commands

    monkeypatch.setattr(commands.QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    messages = []
    page.statusMessage.connect(messages.append)
    page.preview_memo()
    written = sorted(p.name for p in folder.iterdir())
    assert len(written) == len(page.services.documents.units_to_chase())
    assert "don-doc-so-noi-vu.docx" in written
    assert messages and str(len(written)) in messages[-1]


def pytest_fail(text):
    raise AssertionError(f"unexpected message: {text}")


def test_nothing_to_chase_is_news_with_an_information_icon(qtbot, page, store, made,
                                                            monkeypatch):  # fmt: skip
    seen = []
    monkeypatch.setattr(
        memo_dialog.QMessageBox, "exec", lambda box: seen.append((box.icon(), box.text()))
    )
    page.preview_memo("Văn phòng Thành ủy")  # its one task is due on 31 December
    assert seen and seen[0][0] == QMessageBox.Icon.Information
    assert "Văn phòng Thành ủy" in seen[0][1] and "Không có gì cần đôn đốc" in seen[0][1]
    assert page.preview is None or not page.preview.isVisible()


def test_memo_dialog_picks_only_directory_units(qtbot, page, made):
    dialog = MemoDialog(page.services, ["Sở Nội vụ"], "", page)
    qtbot.addWidget(dialog)
    assert dialog.picker.allow_new is False and dialog.unit() == "Sở Nội vụ"
    dialog.list.setCurrentRow(0)
    assert dialog.unit() == "Sở Nội vụ"


def test_report_periods_in_one_click(qtbot):
    day = dt.date(2025, 8, 14)
    assert period_of("month", day) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))
    assert period_of("quarter", day) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert period_of("half", day) == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
    assert period_of("half", day, -1) == (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    assert period_of("year", day, -1) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert period_of("quarter", dt.date(2025, 2, 1), -1) == (dt.date(2024, 10, 1),
                                                              dt.date(2024, 12, 31))  # fmt: skip
    dialog = ReportPeriodDialog(today=day)
    qtbot.addWidget(dialog)
    dialog.period_buttons["quarter"].click()
    assert dialog.period() == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    dialog.earlier.click()
    assert dialog.from_edit.date() == QDate(2025, 4, 1)
    assert dialog.period() == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))
    dialog.period_buttons["half"].click()
    assert dialog.period() == (dt.date(2025, 7, 1), dt.date(2025, 12, 31))
