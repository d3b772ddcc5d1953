"""The task register page as the clerk uses it: counts that match a count by hand, filters,
marking a task done on a chosen date, progress reports, colours, the sidebar's overdue count and
the unit directory."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialog

from meeting_assistant.errors import UserError
from meeting_assistant.followup.register import task_register
from meeting_assistant.followup.status import (
    CANCELLED,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    ONGOING,
    OVERDUE,
    count_by_status,
)
from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.register import commands as register_commands
from ui.register import page as register_ui
from ui.register import unit_directory
from ui.register.dialogs import CompletionDialog, ProgressDialog
from ui.register.model import ROW_COLOURS, RegisterModel
from ui.register.page import TaskRegisterPage
from ui.register.unit_directory import UnitDirectoryDialog

TODAY = dt.date(2024, 10, 1)


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def errors(monkeypatch):
    """Errors the page or the directory would show in a dialog."""
    shown: list[BaseException] = []
    for module in (register_ui, register_commands, unit_directory):
        monkeypatch.setattr(module, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def made(store):
    """Two meetings' tasks on TODAY (1 October 2024): every status, two of them overdue."""
    giao_ban = store.meetings.create("Giao ban tháng 9", date="2024-09-01")
    btv = store.meetings.create("Hội nghị Ban Thường vụ Thành ủy", date="2024-09-20")
    store.units.ensure("Sở Thông tin và Truyền thông", abbreviation="TT&TT")
    tasks = {}
    for name, meeting, content, lead, coords, deadline, extra in (
        ("on time", giao_ban, "Rà soát biên chế công chức", "Sở Nội vụ", [], "2024-09-30",
         {"completed_on": "2024-09-28"}),
        ("late", giao_ban, "Lập dự toán ngân sách năm 2025", "Sở Tài chính",
         ["Sở Kế hoạch và Đầu tư"], "2024-09-15", {"completed_on": "2024-09-25"}),
        ("overdue", giao_ban, "Báo cáo tiến độ giải ngân vốn đầu tư công",
         "Sở Kế hoạch và Đầu tư", [], "2024-09-25", {"is_key": True}),
        ("cancelled", giao_ban, "Tổ chức hội thảo du lịch", "Sở Văn hóa và Thể thao", [],
         "2024-09-10", {"cancelled_on": "2024-09-05"}),
        ("soon", btv, "Hoàn thiện đề án chuyển đổi số", "Sở Thông tin và Truyền thông",
         ["Sở Nội vụ"], "2024-10-05", {"is_key": True}),
        ("later", btv, "Tổng kết công tác năm 2024", "Văn phòng Thành ủy", [], "2024-12-31", {}),
        ("ongoing", btv, "Theo dõi tình hình an ninh trật tự", "Công an thành phố", [], None, {}),
        ("overdue 2", btv, "Trình phương án sắp xếp đơn vị hành chính", "Sở Nội vụ", [],
         "2024-09-28", {}),
    ):  # fmt: skip
        task = store.items.add_task(meeting.id, content)
        Services(store).items.update_task(task.id, lead_unit=lead, coordinating_units=coords,
                    deadline=deadline, ongoing=deadline is None, **extra)  # fmt: skip
        tasks[name] = task.id
    tasks["giao ban"], tasks["btv"] = giao_ban.id, btv.id
    return tasks


@pytest.fixture
def page(qtbot, store, made):
    widget = TaskRegisterPage(Services(store), today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(page) -> set[int]:
    return set(page.task_ids())


def accept_with_date(day: QDate):
    """A stand-in for CompletionDialog.exec: the clerk picks `day` and confirms."""

    def exec_(dialog: CompletionDialog) -> int:
        dialog.date_edit.setDate(day)
        accept_with_date.outcome = dialog.outcome.text()
        return QDialog.DialogCode.Accepted

    return exec_


# Counts -------------------------------------------------------------------------------------


def test_summary_counts_match_a_count_by_hand(qtbot, page, store, made):
    by_hand = {DONE_ON_TIME: 1, DONE_LATE: 1, IN_PROGRESS: 1, OVERDUE: 2, DUE_SOON: 1,
               ONGOING: 1, CANCELLED: 1, "total": 8}  # fmt: skip
    assert page.counts() == by_hand
    tasks = [r.task for r in task_register(store, today=TODAY)]
    assert count_by_status(tasks, today=TODAY) == {k: v for k, v in by_hand.items() if k in
                                                   page.cards and k != "total"}  # fmt: skip
    assert page.model.rowCount() == 8
    # The four official categories come first, in the order reports use.
    grid = page.summary
    places = {grid.getItemPosition(i)[:2]: grid.itemAt(i).widget().key for i in range(8)}
    assert [places[p] for p in sorted(places)] == [
        DONE_ON_TIME, DONE_LATE, IN_PROGRESS, OVERDUE, DUE_SOON, ONGOING, CANCELLED, "total",
    ]  # fmt: skip
    assert page.cards[OVERDUE].text() == "Chưa hoàn thành, quá hạn"

    # Clicking a count shows those tasks; clicking it again (or the total) shows all.
    qtbot.mouseClick(page.cards[OVERDUE], Qt.MouseButton.LeftButton)
    assert shown(page) == {made["overdue"], made["overdue 2"]}
    assert page.cards[OVERDUE].isChecked() and not page.cards["total"].isChecked()
    assert page.status_combo.currentData() == OVERDUE
    assert page.counts() == by_hand  # the figures do not change with the status shown
    qtbot.mouseClick(page.cards[OVERDUE], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 8
    qtbot.mouseClick(page.cards[CANCELLED], Qt.MouseButton.LeftButton)
    assert shown(page) == {made["cancelled"]}
    qtbot.mouseClick(page.cards["total"], Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 8 and page.cards["total"].isChecked()


def test_the_table_shows_the_register_columns(page, made):
    model = page.proxy
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn",
                       "Tình trạng", "Cuộc họp"]  # fmt: skip
    rows = {
        model.index(r, 0).data(RegisterModel.IdRole): [
            model.index(r, c).data() for c in range(model.columnCount())
        ]
        for r in range(model.rowCount())
    }
    assert rows[made["late"]][1:] == [
        "Lập dự toán ngân sách năm 2025", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "15/09/2024",
        "Đã hoàn thành quá hạn", "Giao ban tháng 9",
    ]  # fmt: skip
    assert rows[made["ongoing"]][4] == "Thường xuyên"
    # STT numbers the rows as shown, whichever column sorts them.
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        str(n) for n in range(1, 9)
    ]
    page.table.sortByColumn(RegisterModel.CONTENT, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        str(n) for n in range(1, 9)
    ]
    assert model.index(0, 1).data() == "Báo cáo tiến độ giải ngân vốn đầu tư công"


# Filters ------------------------------------------------------------------------------------


def test_filters(qtbot, page, made):
    # A unit typed without accents matches it as lead or as coordinating unit.
    page.set_unit_filter("so noi vu")
    assert page.unit_picker.text() == "Sở Nội vụ"  # the directory's spelling
    assert shown(page) == {made["on time"], made["soon"], made["overdue 2"]}
    assert page.counts()["total"] == 3 and page.counts()[OVERDUE] == 1
    page.set_unit_filter("TT&TT")  # an abbreviation
    assert shown(page) == {made["soon"]}
    page.set_unit_filter("Sở không có")
    assert page.model.rowCount() == 0
    assert page.no_match.isVisible()
    assert "Không có đơn vị “Sở không có” trong danh mục" in page.no_match.text()
    page.unit_picker.clear()  # the field's clear button
    assert page.model.rowCount() == 8

    page.status_combo.setCurrentIndex(page.status_combo.findData(DUE_SOON))
    page.status_combo.activated.emit(page.status_combo.currentIndex())
    assert shown(page) == {made["soon"]}
    assert page.cards[DUE_SOON].isChecked()
    page.clear_filters()

    page.key_check.setChecked(True)
    assert shown(page) == {made["overdue"], made["soon"]}
    page.key_check.setChecked(False)

    page.search.setText("giai ngan")  # without accents
    qtbot.waitUntil(lambda: shown(page) == {made["overdue"]})
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)

    # Due within 7 days: open tasks with a deadline up to 8 October, the overdue ones included.
    page.due_spin.setValue(7)
    page.due_check.setChecked(True)
    assert shown(page) == {made["overdue"], made["soon"], made["overdue 2"]}
    page.due_check.setChecked(False)

    page.from_date.setDate(QDate(2024, 9, 20))
    page.to_date.setDate(QDate(2024, 9, 30))
    page.from_check.setChecked(True)
    page.to_check.setChecked(True)
    assert shown(page) == {made["on time"], made["overdue"], made["overdue 2"]}
    page.clear_filters()

    page.meeting_combo.setCurrentIndex(page.meeting_combo.findData(made["btv"]))
    page.meeting_combo.activated.emit(page.meeting_combo.currentIndex())
    assert shown(page) == {made["soon"], made["later"], made["ongoing"], made["overdue 2"]}
    assert page.meeting_combo.currentText() == "20/09/2024 · Hội nghị Ban Thường vụ Thành ủy"
    page.clear_filters()
    assert page.model.rowCount() == 8 and not page.no_match.isVisible()


def test_an_empty_register_says_how_to_add_tasks(qtbot, tmp_path):
    with Store(tmp_path / "empty.db") as store:
        page = TaskRegisterPage(Services(store), today=TODAY)
        qtbot.addWidget(page)
        page.show()
        assert page.no_match.isVisible() and "Ctrl+T" in page.no_match.text()
        assert page.counts()["total"] == 0


# Status changes -------------------------------------------------------------------------------


def test_marking_done_asks_for_the_date_and_persists(qtbot, page, store, made, monkeypatch):
    # Overdue since 25 September, done on 30 September: done late.
    monkeypatch.setattr(CompletionDialog, "exec", accept_with_date(QDate(2024, 9, 30)))
    assert page.select_task(made["overdue"])
    with qtbot.waitSignal(page.tasksChanged):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    assert accept_with_date.outcome == "Sẽ được tính là: Đã hoàn thành quá hạn."
    assert page.selected_task_id() == made["overdue"]
    assert page.detail_values["status"].text() == "Đã hoàn thành quá hạn, ngày 30/09/2024"
    assert not page.done_button.isEnabled() and page.reopen_button.isEnabled()

    # Due on 5 October, done today: on time.
    monkeypatch.setattr(CompletionDialog, "exec", accept_with_date(QDate(2024, 10, 1)))
    assert page.mark_done(made["soon"])
    assert accept_with_date.outcome == "Sẽ được tính là: Đã hoàn thành đúng hạn."
    counts = page.counts()
    assert (counts[DONE_LATE], counts[DONE_ON_TIME], counts[OVERDUE], counts[DUE_SOON]) == (
        2, 2, 1, 0,
    )  # fmt: skip

    # A date before the meeting cannot be chosen: it becomes the meeting's date.
    monkeypatch.setattr(CompletionDialog, "exec", accept_with_date(QDate(2024, 8, 1)))
    assert page.mark_done(made["later"])

    # Cancelling the dialog changes nothing.
    monkeypatch.setattr(CompletionDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert not page.mark_done(made["overdue 2"])

    with Store(store.path) as again:
        assert again.items.task(made["overdue"]).completed_on == "2024-09-30"
        assert again.items.task(made["soon"]).completed_on == "2024-10-01"
        assert again.items.task(made["later"]).completed_on == "2024-09-20"
        assert again.items.task(made["overdue 2"]).completed_on is None
        statuses = {r.task.id: r.status for r in task_register(again, today=TODAY)}
    assert statuses[made["overdue"]] == DONE_LATE
    assert statuses[made["soon"]] == DONE_ON_TIME


def test_the_completion_dialog_defaults_to_today(qtbot, page, made):
    page.select_task(made["overdue"])
    dialog = CompletionDialog(page.selected_row(), TODAY, 7, page)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.date() == QDate(2024, 10, 1)
    assert dialog.date_edit.minimumDate() == QDate(2024, 9, 1)  # the meeting's date
    assert dialog.deadline_value.text() == "25/09/2024"
    dialog.date_edit.setDate(QDate(2024, 9, 24))
    assert dialog.outcome.text() == "Sẽ được tính là: Đã hoàn thành đúng hạn."


def test_cancel_and_reopen(qtbot, page, store, made):
    assert page.cancel_task(made["overdue 2"])
    assert store.items.task(made["overdue 2"]).cancelled_on == "2024-10-01"
    assert page.counts()[CANCELLED] == 2 and page.counts()[OVERDUE] == 1
    assert page.reopen_button.isEnabled() and not page.cancel_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert store.items.task(made["overdue 2"]).cancelled_on is None
    assert page.reopen_task(made["on time"])  # undo "done" too
    task = store.items.task(made["on time"])
    assert task.completed_on is None and task.cancelled_on is None
    # Due on 30 September and open again on 1 October: overdue.
    assert page.counts()[OVERDUE] == 3 and page.counts()[DONE_ON_TIME] == 0


def test_progress_reports_are_saved_and_listed_newest_first(qtbot, page, store, made, monkeypatch):
    page.select_task(made["overdue"])
    assert page.progress_entries() == [] and page.progress_empty.isVisible()
    reports = iter(
        [
            (QDate(2024, 9, 26), "", "Đã tổng hợp số liệu giải ngân của các chủ đầu tư"),
            (QDate(2024, 9, 30), "Ông Trần Văn Bình", "Dự kiến trình UBND ngày 05/10"),
        ]
    )

    def exec_(dialog: ProgressDialog) -> int:
        assert dialog.date_edit.date() == QDate(2024, 10, 1)  # today by default
        assert dialog.reporter_edit.text() == "Sở Kế hoạch và Đầu tư"  # the lead unit
        day, reporter, note = next(reports)
        dialog.date_edit.setDate(day)
        dialog.reporter_edit.setText(reporter)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        dialog.note_edit.setPlainText(note)
        assert dialog.buttons.button(dialog.buttons.StandardButton.Save).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProgressDialog, "exec", exec_)
    qtbot.mouseClick(page.progress_button, Qt.MouseButton.LeftButton)
    assert page.add_progress()
    assert page.progress_entries() == [
        ("30/09/2024", "Ông Trần Văn Bình", "Dự kiến trình UBND ngày 05/10"),
        ("26/09/2024", "", "Đã tổng hợp số liệu giải ngân của các chủ đầu tư"),
    ]
    with Store(store.path) as again:
        saved = again.items.task_updates(made["overdue"])
    assert [(u.date, u.reporter) for u in saved] == [
        ("2024-09-26", None), ("2024-09-30", "Ông Trần Văn Bình"),
    ]  # fmt: skip
    page.select_task(made["soon"])
    assert page.progress_entries() == []


def test_a_task_deleted_meanwhile_shows_the_error(page, store, made, errors):
    page.select_task(made["later"])
    store.items.delete_task(made["later"])
    assert not page.cancel_task()
    assert isinstance(errors[0], UserError)
    assert made["later"] not in page.task_ids()


# Colours ----------------------------------------------------------------------------------------


def contrast(one, other) -> float:
    """The WCAG contrast ratio of two colours."""

    def luminance(colour) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_rows_are_coloured_by_status(page, made):
    def row_data(task_id, role, column=1):
        for r in range(page.proxy.rowCount()):
            if page.proxy.index(r, 0).data(RegisterModel.IdRole) == task_id:
                return page.proxy.index(r, column).data(role)
        raise AssertionError(task_id)

    background, foreground = ROW_COLOURS[OVERDUE]
    assert row_data(made["overdue"], Qt.ItemDataRole.BackgroundRole) == background
    assert row_data(made["overdue"], Qt.ItemDataRole.ForegroundRole) == foreground
    assert contrast(background, foreground) >= 4.5  # readable (WCAG AA)
    assert contrast(*ROW_COLOURS[DUE_SOON]) >= 4.5
    assert row_data(made["soon"], Qt.ItemDataRole.BackgroundRole) == ROW_COLOURS[DUE_SOON][0]
    assert row_data(made["later"], Qt.ItemDataRole.BackgroundRole) is None
    quiet = page.palette().color(page.palette().ColorRole.PlaceholderText)
    for done in ("on time", "late", "cancelled"):
        assert row_data(made[done], Qt.ItemDataRole.ForegroundRole) == quiet
    assert row_data(made["cancelled"], Qt.ItemDataRole.FontRole).strikeOut()


# Language ---------------------------------------------------------------------------------------


def test_switching_language_relabels_without_reading_the_database(qapp, page, made, monkeypatch):
    from ui import i18n

    page.select_task(made["overdue"])

    def no_reads(*args, **kwargs):
        raise AssertionError("a language switch must not read the database")

    monkeypatch.setattr(page.services.tasks, "register", no_reads)
    monkeypatch.setattr(page.services.tasks, "updates", no_reads)
    i18n.install_language(qapp, "en")  # the core's status names follow at once
    assert page.cards[OVERDUE].text() == "Overdue"
    assert page.status_combo.itemText(page.status_combo.findData(DONE_LATE)) == "Done late"
    assert page.detail_values["status"].text() == "Overdue"
    statuses = {page.proxy.index(r, 5).data() for r in range(page.proxy.rowCount())}
    assert "Overdue" in statuses and "Chưa hoàn thành, quá hạn" not in statuses
    assert page.counts()[OVERDUE] == 2
    i18n.install_language(qapp, "vi")
    assert page.cards[OVERDUE].text() == "Chưa hoàn thành, quá hạn"


# The window -----------------------------------------------------------------------------------


def test_the_sidebar_shows_the_overdue_count(qtbot, store, tmp_path):
    from ui.main_window import MainWindow

    today = dt.date.today()
    meeting = store.meetings.create("Giao ban", date=(today - dt.timedelta(days=30)).isoformat())
    late = store.items.add_task(meeting.id, "Nộp báo cáo quý",
                                deadline=(today - dt.timedelta(days=3)).isoformat())  # fmt: skip
    store.items.add_task(meeting.id, "Chuẩn bị hội nghị",
                         deadline=(today + dt.timedelta(days=30)).isoformat())  # fmt: skip
    window = MainWindow(
        Services(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    assert window.sidebar.item(1).text() == "Nhiệm vụ (1 quá hạn)"
    assert isinstance(window.tasks_page, TaskRegisterPage)

    window.sidebar.setCurrentRow(1)
    page = window.tasks_page
    assert window.stack.currentWidget() is page
    assert page.counts()[OVERDUE] == 1
    page.select_task(late.id)
    page.cancel_task()
    assert window.sidebar.item(1).text() == "Nhiệm vụ"

    # A task that falls overdue while a meeting is open counts once the clerk moves on.
    page.reopen_task(late.id)
    with qtbot.waitSignal(window.meetingOpened):
        page.open_button.click()
    assert window.stack.currentWidget() is window.meeting_page
    assert window.meeting_page.items.current_task_id() == late.id  # the task is selected
    assert window.sidebar.item(1).text() == "Nhiệm vụ (1 quá hạn)"
    Services(store).items.update_task(late.id, completed_on=today.isoformat())
    window.sidebar.setCurrentRow(1)
    assert window.sidebar.item(1).text() == "Nhiệm vụ"
    assert page.counts()[DONE_LATE] == 1  # the page read the register again when shown


# The unit directory ---------------------------------------------------------------------------


@pytest.fixture
def directory(qtbot, store, made):
    dialog = UnitDirectoryDialog(Services(store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def cell(dialog, name: str, column: int):
    return dialog.table.item(dialog.unit_names().index(name), column)


def test_the_directory_lists_units_with_their_task_counts(directory):
    names = directory.unit_names()
    assert names[:3] == ["Công an thành phố", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ"]
    assert cell(directory, "Sở Nội vụ", directory.TASKS).text() == "3"
    assert cell(directory, "Sở Kế hoạch và Đầu tư", directory.TASKS).text() == "2"
    assert cell(directory, "Sở Thông tin và Truyền thông", directory.ABBREVIATION).text() == "TT&TT"
    directory.filter_edit.setText("so noi")
    visible = [n for r, n in enumerate(names) if not directory.table.isRowHidden(r)]
    assert visible == ["Sở Nội vụ"]


def test_the_directory_adds_and_edits_in_place(qtbot, directory, store, errors):
    with qtbot.waitSignal(directory.unitsChanged):
        directory.new_name.setText("Sở Y tế")
        qtbot.keyClick(directory.new_name, Qt.Key.Key_Return)
    assert "Sở Y tế" in directory.unit_names()
    assert directory.selected_unit_id() == store.units.find("Sở Y tế").id
    directory.new_name.setText("so y te")  # already there: selected, not added twice
    directory.add_unit()
    assert directory.unit_names().count("Sở Y tế") == 1

    unit_id = store.units.find("Sở Văn hóa và Thể thao").id
    cell(directory, "Sở Văn hóa và Thể thao", directory.NAME).setText("Sở Văn hóa, Thể thao")
    cell(directory, "Sở Văn hóa, Thể thao", directory.ABBREVIATION).setText("SVHTT")
    qtbot.waitUntil(lambda: store.units.get(unit_id).abbreviation == "SVHTT")
    assert store.units.get(unit_id).name == "Sở Văn hóa, Thể thao"
    qtbot.waitUntil(lambda: "Sở Văn hóa, Thể thao" in directory.unit_names())

    # A name another unit has is refused with the core's message, and the cell shows the old one.
    cell(directory, "Sở Y tế", directory.NAME).setText("SỞ NỘI VỤ")
    assert "Danh mục đã có đơn vị “Sở Nội vụ”" in errors[-1].message
    qtbot.waitUntil(lambda: directory.unit_names().count("Sở Y tế") == 1)


def test_the_parent_list_leaves_out_the_unit_and_those_under_it(qtbot, directory, store):
    city = store.units.ensure("UBND thành phố")
    home = store.units.find("Sở Nội vụ")
    store.units.update(home.id, parent_id=city.id)
    directory.reload()
    parents = [u.name for u in directory.possible_parents(city.id)]
    assert "UBND thành phố" not in parents and "Sở Nội vụ" not in parents
    assert "Sở Tài chính" in parents
    assert cell(directory, "Sở Nội vụ", directory.PARENT).text() == "UBND thành phố"
    # Choosing a parent in the cell's list saves it at once.
    item = cell(directory, "Sở Tài chính", directory.PARENT)
    item.setData(unit_directory.PARENT_ROLE, city.id)
    qtbot.waitUntil(lambda: cell(directory, "Sở Tài chính", directory.PARENT).text()
                    == "UBND thành phố")  # fmt: skip
    assert store.units.find("Sở Tài chính").parent_id == city.id


def test_deleting_a_unit_in_use_is_refused(directory, store, errors, monkeypatch):
    monkeypatch.setattr(UnitDirectoryDialog, "_confirm_delete", lambda self, name: True)
    home = store.units.find("Sở Nội vụ")
    assert not directory.delete_unit(home.id)
    assert "đang chủ trì 2 nhiệm vụ" in errors[-1].message
    assert "Sở Nội vụ" in directory.unit_names()
    spare = store.units.ensure("Ban Dân vận")
    directory.reload()
    assert directory.select_unit(spare.id)
    assert directory.delete_unit()
    assert "Ban Dân vận" not in directory.unit_names()
    with pytest.raises(UserError):
        store.units.get(spare.id)


def test_the_register_opens_the_directory_and_shows_new_names(page, store, made, monkeypatch):
    def exec_(dialog: UnitDirectoryDialog) -> int:
        unit = store.units.find("Sở Kế hoạch và Đầu tư")
        dialog.select_unit(unit.id)
        dialog.table.item(dialog.table.currentRow(), dialog.NAME).setText("Sở Tài chính - Kế hoạch")
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(UnitDirectoryDialog, "exec", exec_)
    page.units_button.click()
    page.select_task(made["overdue"])
    assert page.detail_values["lead"].text() == "Sở Tài chính - Kế hoạch"
