"""The main window as the clerk meets it: menus and sidebar in Vietnamese, switching language in
place, remembered geometry, the welcome panel, importing by drag and drop or File → Import."""

from __future__ import annotations

import shutil
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QMimeData,
    QPoint,
    QPointF,
    QSettings,
    Qt,
    QTranslator,
    QUrl,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from meeting_assistant import i18n as core_i18n
from meeting_assistant.errors import AudioError, DuplicateAudioError, StorageError
from meeting_assistant.services import Services
from meeting_assistant.services.transcription import recover_interrupted
from ui import app as ui_app
from ui import i18n, main_window, startup_notices
from ui.main_window import MainWindow
from ui.meetings import importing as meetings_importing

from .audio_fixtures import write_tone


def plain(text: str) -> str:
    """A label as shown: mnemonic ampersands dropped."""
    return text.replace("&", "")


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors(monkeypatch):
    """Errors the window would show in a dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(main_window, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(meetings_importing, "show_error", lambda parent, exc: shown.append(exc))
    monkeypatch.setattr(startup_notices, "show_error", lambda parent, exc: shown.append(exc))
    return shown


@pytest.fixture
def window(qtbot, store, settings):
    win = MainWindow(Services(store), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=30_000)


def menu_titles(win: MainWindow) -> list[str]:
    return [plain(a.text()) for a in win.menuBar().actions()]


def menu_texts(menu) -> list[str]:
    return [plain(a.text()) for a in menu.actions() if not a.isSeparator()]


def sidebar_texts(win: MainWindow) -> list[str]:
    return [win.sidebar.item(r).text() for r in range(win.sidebar.count())]


def drop(win: MainWindow, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide marks the only constructor there is deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
    QApplication.sendEvent(win, enter)
    assert enter.isAccepted(), "the window refuses the drag"
    event = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(win, event)


# Menus and language -------------------------------------------------------------------------


def test_window_opens_with_vietnamese_menus_and_shortcuts(window):
    assert window.windowTitle() == "Meeting Assistant"
    assert menu_titles(window) == ["Tệp", "Xem", "Trợ giúp"]
    assert menu_texts(window.file_menu) == [
        "Ghi âm cuộc họp…", "Nhập tệp ghi âm…", "Thêm bản ghi âm vào cuộc họp này…",
        "Cuộc họp mới…", "Mở cuộc họp mẫu",
        "Mở gói xem xét…", "Xuất gói xem xét cho lãnh đạo…", "Nhập phản hồi xem xét…", "Thoát",
    ]  # fmt: skip
    shortcuts = {plain(a.text()): a.shortcut().toString() for a in window.file_menu.actions()}
    assert shortcuts["Nhập tệp ghi âm…"] == "Ctrl+O"
    assert shortcuts["Cuộc họp mới…"] == "Ctrl+N"
    assert shortcuts["Thoát"] == "Ctrl+Q"
    assert shortcuts["Ghi âm cuộc họp…"] == "Ctrl+R"
    assert shortcuts["Thêm bản ghi âm vào cuộc họp này…"] == "Ctrl+Shift+O"
    assert window.meetings_view.action_import.toolTip() == "Nhập tệp ghi âm… (Ctrl+O)"
    assert menu_texts(window.language_menu) == ["Tiếng Việt", "English"]
    assert window.language_actions["vi"].isChecked()
    assert menu_texts(window.help_menu) == ["Hướng dẫn sử dụng", "Phím tắt", "Giới thiệu"]
    assert sidebar_texts(window) == ["Cuộc họp", "Nhiệm vụ", "Cài đặt"]


class EchoTranslator(QTranslator):
    """Marks every translated text, so a test sees which labels were read again."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return "EN:" + source

    def isEmpty(self):  # an "empty" translator is installed without telling the widgets
        return False


def test_a_new_translator_relabels_everything_in_place(qapp, qtbot, window, store):
    store.meetings.create("Hội nghị", date="2024-07-19")
    window.meetings_view.refresh()
    window.meetings_view.search.setText("hội")  # work in progress that must survive
    translator = EchoTranslator()
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: all(t.startswith("EN:") for t in menu_titles(window)))
        assert all(t.startswith("EN:") for t in menu_texts(window.file_menu))
        assert all(t.startswith("EN:") for t in sidebar_texts(window))
        view = window.meetings_view
        assert view.search.placeholderText().startswith("EN:")
        assert view.model.headerData(0, Qt.Orientation.Horizontal).startswith("EN:")
        assert view.empty_title.text().startswith("EN:")
        assert view.search.text() == "hội"
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: menu_titles(window) == ["Tệp", "Xem", "Trợ giúp"])
    assert sidebar_texts(window) == ["Cuộc họp", "Nhiệm vụ", "Cài đặt"]


def _lrelease() -> str:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    found = shutil.which("pyside6-lrelease") or str(beside_python)
    if not Path(found).exists():
        pytest.skip("pyside6-lrelease is not installed")
    return found


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context><name>MainWindow</name>
<message><source>&amp;Tệp</source><translation>&amp;File</translation></message>
<message><source>Cuộc họp</source><translation>Meetings</translation></message>
</context>
</TS>
"""


def test_choosing_english_uses_the_qm_file_and_is_remembered(
    qtbot, window, settings, tmp_path, monkeypatch
):
    folder = tmp_path / "translations"
    folder.mkdir()
    (folder / "en.ts").write_text(TS, encoding="utf-8")
    qm = folder / "meeting_assistant_en.qm"
    subprocess.run([_lrelease(), str(folder / "en.ts"), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "File")
    assert sidebar_texts(window)[0] == "Meetings"
    assert sidebar_texts(window)[1] == "Nhiệm vụ"  # not in this .qm: the source shows
    assert settings.value("ui/language") == "en"
    assert window.language_actions["en"].isChecked()
    assert window.settings_page.language.currentData() == "en"
    assert core_i18n.current_language() == "en"  # the core's error messages follow

    window.settings_page.language.setCurrentIndex(0)
    window.settings_page.language.activated.emit(0)  # as a click on "Tiếng Việt" does
    qtbot.waitUntil(lambda: menu_titles(window)[0] == "Tệp")
    assert settings.value("ui/language") == "vi"
    assert window.language_actions["vi"].isChecked()


def test_english_without_a_qm_file_falls_back_to_vietnamese(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "resource", lambda *parts: tmp_path.joinpath(*parts))
    assert i18n.install_language(qapp, "en") is False
    assert QApplication.translate("MainWindow", "&Tệp") == "&Tệp"
    assert i18n.current_language() == "en"


# Geometry and pages -------------------------------------------------------------------------


def test_geometry_is_saved_and_restored(qtbot, store, settings, tmp_path):
    first = MainWindow(Services(store), settings)
    qtbot.addWidget(first)
    first.show()
    # Not the default size, yet within the offscreen screen (800×800) and the window's minimum.
    width = max(760, first.minimumSizeHint().width() + 4)
    assert width < 800
    first.resize(width, 520)
    qtbot.waitUntil(lambda: first.size().width() == width)
    first.close()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert again.value("window/geometry") is not None
    second = MainWindow(Services(store), again)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (width, 520)


def test_default_size_fits_the_screen(qtbot, window):
    available = window.screen().availableGeometry()
    assert window.width() <= min(1200, available.width())
    assert window.height() <= min(780, available.height())
    assert window.width() >= min(1000, int(available.width() * 0.8))


def test_empty_state_then_the_table(qtbot, window, store):
    view = window.meetings_view
    assert view.empty_panel.isVisible() and not view.table.isVisible()
    assert view.empty_title.text() == "Chưa có cuộc họp nào"
    store.meetings.create("Giao ban tuần")
    window.show_meetings()
    assert view.table.isVisible() and not view.empty_panel.isVisible()
    assert view.meeting_ids() == [store.meetings.list()[0].id]


def test_open_meeting_shows_its_page_and_the_page_can_be_replaced(qtbot, window, store):
    meeting = store.meetings.create("Hội nghị Ban Thường vụ")
    with qtbot.waitSignal(window.meetingOpened) as opened:
        window.open_meeting(meeting.id)
    assert opened.args == [meeting.id]
    assert window.stack.currentWidget() is window.meeting_page
    assert window.meeting_page.title.text() == "Hội nghị Ban Thường vụ"
    assert window.sidebar.currentRow() == 0  # the meeting belongs to "Cuộc họp"
    rect = window.sidebar.visualItemRect(window.sidebar.item(0))
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.meetings_view  # a click goes back to the list
    window.open_meeting(meeting.id)

    class Page(main_window.QWidget):
        backRequested = main_window.Signal()
        statusMessage = main_window.Signal(str)

        def __init__(self):
            super().__init__()
            self.calls: list = []
            self.may_close = False

        def load(self, meeting_id: int) -> None:
            self.calls.append(("load", meeting_id))

        def flush(self) -> None:
            self.calls.append("flush")

        def confirm_close(self) -> bool:
            return self.may_close

    page = Page()
    window.set_meeting_page(page)
    assert window.stack.currentWidget() is page  # it replaced the page being shown
    window.open_meeting(meeting.id)
    assert page.calls == ["flush", ("load", meeting.id)]  # it was showing: leave, then load
    page.statusMessage.emit("Đã lưu")
    assert window.statusBar().currentMessage() == "Đã lưu"
    page.backRequested.emit()
    assert window.stack.currentWidget() is window.meetings_view
    assert page.calls[-1] == "flush"  # typed text is saved before leaving the meeting

    register = main_window.QLabel("sổ nhiệm vụ")
    window.set_tasks_page(register)
    window.sidebar.setCurrentRow(1)
    assert window.stack.currentWidget() is register

    window.open_meeting(meeting.id)
    window.close()
    assert window.isVisible()  # the page said no (a transcription is running, say)
    page.may_close = True
    window.close()
    assert not window.isVisible()


# Import -------------------------------------------------------------------------------------


def test_dropping_a_recording_imports_it_as_a_new_meeting(qtbot, window, store, tmp_path, errors):
    audio = write_tone(tmp_path / "Giao ban tháng 7.wav", 1.0)
    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        drop(window, audio)
        assert window.is_busy() and window._busy_bar.isVisible()  # decoding is not on this thread
    assert errors == []
    (meeting,) = store.meetings.list()
    assert meeting.title == "Giao ban tháng 7"
    assert window.meetings_view.table.isVisible()
    assert window.meetings_view.selected_meeting_id() == meeting.id
    assert not window._busy_bar.isVisible()

    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        drop(window, audio)  # the same recording again
    assert len(errors) == 1 and isinstance(errors[0], DuplicateAudioError)
    assert store.meetings.count() == 1


def test_dropping_a_file_that_is_not_audio_shows_an_error(qtbot, window, store, tmp_path, errors):
    notes = tmp_path / "ghi-chu.wav"
    notes.write_text("không phải âm thanh", encoding="utf-8")
    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        drop(window, notes)
    assert len(errors) == 1 and isinstance(errors[0], AudioError)
    assert store.meetings.count() == 0
    assert window.meetings_view.empty_panel.isVisible()


def test_file_import_uses_the_same_path_and_remembers_the_folder(
    qtbot, window, store, settings, tmp_path, monkeypatch, errors
):
    audio = write_tone(tmp_path / "hop.mp3", 1.0, fmt="mp3")
    asked = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return [str(audio)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(fake_dialog))
    with qtbot.waitSignal(window.importsFinished, timeout=30_000):
        window.meetings_view.action_import.trigger()
    assert "*.m4a" in asked[0] and "*.mkv" in asked[0]
    assert [m.title for m in store.meetings.list()] == ["hop"]
    assert settings.value("import/last_dir") == str(tmp_path)
    assert errors == []


def test_demo_meeting_when_its_files_are_missing_or_present(
    qtbot, window, store, monkeypatch, errors, tmp_path
):
    from meeting_assistant.services import demo

    real_resource = demo.resource
    monkeypatch.setattr(demo, "resource", lambda *parts: tmp_path / "missing" / parts[-1])
    window.action_demo.trigger()
    demo_window = window.demo_window
    with qtbot.waitSignal(demo_window.importsFinished, timeout=30_000):
        pass
    assert errors and "cuộc họp mẫu" in errors[0].message.lower()
    errors.clear()

    monkeypatch.setattr(demo, "resource", real_resource)
    with qtbot.waitSignal(demo_window.meetingOpened, timeout=30_000) as opened:
        window.meetings_view.empty_demo_button.click()
    assert window.demo_window is demo_window  # one demo window, brought back
    assert "cuộc họp mẫu" in demo_window.services.meetings.get(opened.args[0]).title
    assert demo_window.stack.currentWidget() is demo_window.meeting_page
    assert store.meetings.count() == 0  # not in the real database
    assert errors == []
    demo_window.close()
    qtbot.waitUntil(lambda: window.demo_window is None)


def test_interrupted_transcriptions_are_named_in_the_status_bar(qtbot, window, store, tmp_path):
    from meeting_assistant.services.importing import import_audio

    meeting, audio = import_audio(store, write_tone(tmp_path / "a.wav", 1.0), title="Họp Chi bộ")
    store.audio.set_transcription(audio.id, transcription_state="running")
    window.show_interrupted(recover_interrupted(store))
    assert window._notice.isVisible()
    assert "“Họp Chi bộ”" in window._notice.text()


# Start-up -----------------------------------------------------------------------------------


def test_run_app_says_why_a_damaged_database_cannot_be_opened(qapp, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(ui_app, "show_error", lambda parent, exc: shown.append(exc))
    damaged = tmp_path / "meetings.db"
    damaged.write_bytes(b"this is not a database" * 100)
    assert ui_app.run_app(db=str(damaged), language="vi") == 1
    assert len(shown) == 1 and isinstance(shown[0], StorageError)


def test_run_app_opens_the_window_and_names_interrupted_transcriptions(qapp, tmp_path, monkeypatch):
    from meeting_assistant.services.importing import import_audio
    from meeting_assistant.store import Store

    db = tmp_path / "meetings.db"
    with Store(db) as store:
        _, audio = import_audio(store, write_tone(tmp_path / "a.wav", 1.0), title="Họp Chi bộ")
        store.audio.set_transcription(audio.id, transcription_state="running")  # then a crash
    ini = tmp_path / "settings.ini"
    monkeypatch.setattr(
        ui_app, "QSettings", lambda: QSettings(str(ini), QSettings.Format.IniFormat)
    )
    seen = {}

    def look_then_close(app):
        # Instead of a real event loop (after app.exec() has quit once, pytest-qt's later tests
        # see no timers fire): look at the window, then close it as the clerk would.
        (win,) = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["notice"] = win._notice.text()
        seen["rows"] = win.meetings_view.meeting_ids()
        win.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look_then_close)
    assert ui_app.run_app(db=str(db), language="vi") == 0
    assert "“Họp Chi bộ”" in seen["notice"] and len(seen["rows"]) == 1
    assert QSettings(str(ini), QSettings.Format.IniFormat).value("window/geometry") is not None
