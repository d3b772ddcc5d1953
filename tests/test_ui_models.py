"""Settings → Mô hình nhận dạng: the clerk sees the embedded base (never removable), adds a second
CTranslate2 model (the base copied under another name), makes it the default, measures it and
removes it; a screenshot of the page at 1366x768."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from meeting_assistant.services import Services
from meeting_assistant.transcription import list_models, resolve_model
from ui.main_window import MainWindow
from ui.operations import runner
from ui.settings import models_box

SHOTS = os.environ.get("MEETING_ASSISTANT_SCREENSHOTS")


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def copied_base(tmp_path):
    folder = tmp_path / "PhoWhisper copy"
    shutil.copytree(Path(resolve_model("base").path), folder, ignore=shutil.ignore_patterns(".*"))
    yield folder
    for info in list_models():
        if not info.embedded:
            shutil.rmtree(info.path, ignore_errors=True)


@pytest.fixture
def window(qtbot, store, tmp_path):
    win = MainWindow(
        Services(store), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win._show_sidebar_page(2)  # Cài đặt, as the clerk clicks it in the side bar
    yield win
    runner().wait()
    win.close()
    win.deleteLater()  # a later language switch must not reach a window on a closed database
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def rows(box) -> list[list[str]]:
    table = box.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]  # fmt: skip


def select(box, name: str) -> None:
    box.table.selectRow([m.name for m in box.models].index(name))


@pytest.mark.model
def test_add_default_measure_and_remove_in_the_window(window, qtbot, copied_base, monkeypatch):
    box = window.settings_page.speech_models
    assert box.title() == "Mô hình nhận dạng"
    assert rows(box)[0][0] == "base (đi kèm)" and "mặc định" in rows(box)[0][4]
    select(box, "base")
    assert not box.remove_button.isEnabled()  # the embedded base cannot be removed
    assert not box.default_button.isEnabled()  # it already is the default

    box.add_path(str(copied_base), "pho-test")
    assert not box.add_button.isEnabled()  # waits while the copy and test decode run
    qtbot.waitUntil(lambda: not box.busy, timeout=120_000)
    assert [r[0] for r in rows(box)] == ["base (đi kèm)", "pho-test"]
    assert box.selected().name == "pho-test" and "vi" in rows(box)[1][2]
    assert rows(box)[1][3] == "chưa đo"

    box.default_button.click()
    assert window.settings_page.speech_models.services.settings.default_model == "pho-test"
    assert "mặc định" in rows(box)[1][4] and rows(box)[0][4] == ""

    box.measure_button.click()
    qtbot.waitUntil(lambda: not box.busy, timeout=300_000)
    assert rows(box)[1][3].startswith("nhanh gấp")
    if SHOTS:
        window.grab().save(str(Path(SHOTS) / "settings-models-1366x768.png"))

    monkeypatch.setattr(
        models_box.QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )
    select(box, "pho-test")
    box.remove_button.click()
    assert [r[0] for r in rows(box)] == ["base (đi kèm)"] and "mặc định" in rows(box)[0][4]


def test_the_page_in_english(window, qapp):
    from ui.i18n import install_language

    install_language(qapp, "en")
    box = window.settings_page.speech_models
    assert box.title() == "Speech models"
    assert box.table.horizontalHeaderItem(3).text() == "Speed"
