"""The window's "Chép lời lại…": the clerk's segments kept unless "Thay cả các đoạn đã sửa" is
ticked; ticked, the dialog says how many go and that Ctrl+Z brings them back, and it does."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from meeting_assistant.services import Services
from meeting_assistant.services.replacing import ClerksSegments
from meeting_assistant.store import Store
from meeting_assistant.transcription import viet_asr
from ui.main_window import MainWindow
from ui.meeting.transcription.retranscribe import RetranscribeDialog

from .speech_fixtures import clips, concatenate

ENGINE = "viet-asr" if viet_asr.available() else "whisper"
EDITED = "Đoạn thư ký đã sửa tay."
SHOTS = os.environ.get("MEETING_ASSISTANT_SHOTS")  # a folder: save the screenshots there


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def test_the_clerks_segments_are_kept_unless_the_box_is_ticked(qtbot):
    dialog = RetranscribeDialog("viet-asr (tiếng Việt)", ClerksSegments(3, 1, 2))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.replace_box.isChecked() and not dialog.replace_edited()
    assert "Giữ nguyên 3 đoạn" in dialog.detail.text()
    assert ok.text() == "Chép lời lại"
    dialog.replace_box.setChecked(True)
    assert dialog.replace_edited()
    detail = dialog.detail.text()
    assert "thay 3 đoạn" in detail and "1 đoạn đã sửa" in detail and "2 đoạn gắn" in detail
    assert "hoàn tác" in detail.lower() and "giữ nguyên nội dung" in detail
    assert ok.text() == "Chép lời lại và thay 3 đoạn"

    nothing = RetranscribeDialog("Whisper — base", ClerksSegments())
    qtbot.addWidget(nothing)
    assert not nothing.replace_box.isEnabled()


@pytest.mark.model
def test_replacing_from_the_window_is_one_undo_step(qtbot, tmp_path):
    audio = tmp_path / "hop.wav"
    concatenate(audio, clips("vi")[:3])
    store = Store(tmp_path / "m.db")
    services = Services(store)
    meeting, _ = services.importing.import_audio(audio)
    list(services.transcription.run(meeting.id, engine=ENGINE, language="vi"))
    first = services.transcript.segments(meeting.id)[0]
    services.transcript.set_text(first.id, EDITED)

    from PySide6.QtCore import QSettings

    window = MainWindow(services, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_meeting(meeting.id)
    page = window.meeting_page
    panel = page.transcription
    box = panel.choice.model_box
    wanted = "viet-asr|" if ENGINE == "viet-asr" else "whisper|base"
    box.setCurrentIndex(max(0, box.findData(wanted)))
    seen = {}

    def answer() -> None:
        dialog = panel.retranscribe_dialog
        assert not dialog.replace_box.isChecked()  # off by default
        dialog.replace_box.setChecked(True)
        seen["detail"] = dialog.detail.text()
        if SHOTS:
            qtbot.wait(50)
            from PySide6.QtGui import QPainter

            shot, box = window.grab(), dialog.grab()
            dialog.grab().save(os.path.join(SHOTS, "retranscribe-dialog.png"))
            painter = QPainter(shot)  # the dialog where it opens, over the 1366×768 window
            painter.drawPixmap((shot.width() - box.width()) // 2, 180, box)
            painter.end()
            shot.save(os.path.join(SHOTS, "retranscribe-window.png"))
        dialog.accept()

    QTimer.singleShot(200, answer)
    panel.ask_retranscribe()
    assert "thay 1 đoạn" in seen["detail"]
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=180_000)

    def shown() -> list[str]:
        model = page.transcript.model
        return [model.segment(r).text for r in range(model.rowCount())]

    assert EDITED not in shown()
    assert page.undo_stack.undoText() == "Thay các đoạn đã sửa"
    page.undo_stack.undo()
    assert EDITED in shown()
    assert services.transcript.segment(first.id).text == EDITED
    page.undo_stack.redo()
    assert EDITED not in shown()
    window.close()
