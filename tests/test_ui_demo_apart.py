"""The demo meeting stays apart from real work: it opens in its own window on its own database,
so its tasks never count in the register, the sidebar's overdue count, reports or memos, and its
units never enter the real directory."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from meeting_assistant.services import Services
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def test_opening_the_demo_leaves_the_real_register_and_units_alone(qtbot, store, tmp_path):
    services = Services(store)
    real = store.meetings.create("Giao ban tháng 6")
    task = store.items.add_task(real.id, "Báo cáo tiến độ giải ngân vốn đầu tư công")
    services.items.update_task(task.id, lead_unit="Sở Tài chính", deadline="2024-08-01")
    today = dt.date(2025, 1, 15)  # after the demo's deadlines too: each would count if mixed in
    before = (
        [r.task.id for r in services.tasks.register(today=today)],
        services.tasks.overdue_count(today=today),
        sorted(u.name for u in services.units.list()),
        [m.id for m in services.meetings.list()],
    )
    assert before[1] == 1 and before[2] == ["Sở Tài chính"]

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.tasks_page.today = lambda: today
    window.update_overdue_count()
    assert window.overdue_count() == 1
    window.action_demo.trigger()
    demo = window.demo_window
    with qtbot.waitSignal(demo.meetingOpened, timeout=30_000) as opened:
        pass
    assert demo.isVisible() and "mẫu" in demo.windowTitle()
    demo_meeting = demo.services.meetings.get(opened.args[0])
    assert "mẫu" in demo_meeting.title
    assert len(demo.services.items.tasks(demo_meeting.id)) == 3  # the demo is whole, over there
    assert demo.services.path != services.path

    after = (
        [r.task.id for r in services.tasks.register(today=today)],
        services.tasks.overdue_count(today=today),
        sorted(u.name for u in services.units.list()),
        [m.id for m in services.meetings.list()],
    )
    assert after == before
    window.update_overdue_count()
    assert window.overdue_count() == 1  # the sidebar counts only real tasks
    assert "Sở Thông tin và Truyền thông" not in services.units.names().values()

    # Opened again: the same demo window and meeting, nothing added to the real database.
    window.action_demo.trigger()
    with qtbot.waitSignal(demo.meetingOpened, timeout=30_000) as again:
        pass
    assert window.demo_window is demo and again.args == opened.args
    assert store.meetings.count() == 1
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: window.demo_window is None)


def test_an_older_versions_demo_among_real_meetings_can_be_taken_out(
    qtbot, store, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    from meeting_assistant.services.demo import create_demo_meeting

    old = create_demo_meeting(store)  # as an older version did: in the real database
    real = store.meetings.create("Giao ban tháng 6")
    services = Services(store)
    assert services.demo_meeting_here().id == old.id
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(
        QMessageBox, "clickedButton",
        lambda box: next(b for b in box.buttons() if "Xóa" in b.text()),
    )  # fmt: skip
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.show()
    window.action_demo.trigger()
    assert len(asked) == 1 and f"(số {old.id})" in asked[0]
    assert [m.id for m in services.meetings.list()] == [real.id]  # the real ones stay
    assert services.tasks.register() == []  # the demo's tasks no longer count
    with qtbot.waitSignal(window.demo_window.meetingOpened, timeout=30_000) as opened:
        pass
    assert "mẫu" in window.demo_window.services.meetings.get(opened.args[0]).title
    window.action_demo.trigger()
    assert len(asked) == 1  # asked once
    window.close()
    qtbot.waitUntil(lambda: window.demo_window is None)
