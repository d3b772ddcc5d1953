"""A clerk's whole day in the real window (issue 12), on real speech with the real model, the
database read after each step through a second connection (what the clerk did is on disk):
a new meeting with its attendees, two recordings imported into it, transcribed, a segment
corrected, a proposed task accepted and a conclusion tagged by hand, the lead unit changed by
keyboard, progress and completion in the register, the document settings, the conclusion
notice saved as a PDF from its preview, and the interface in English and back."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.i18n import SETTINGS_KEY
from ui.main_window import MainWindow

from .speech_fixtures import clips, concatenate
from .test_ui_unit_fields import pick_from_completion, type_text

pytestmark = pytest.mark.model
RUN_MS = 240_000

TASK_SAID = (
    "Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ rà soát kinh phí sửa chữa trụ sở,"
    " hoàn thành trước ngày 30/6/2025."
)
CONCLUSION_SAID = (
    "Đồng chí Giám đốc kết luận: thống nhất thông qua kế hoạch cải cách hành chính năm 2025."
)
KHDT = "Sở Kế hoạch và Đầu tư"
ATTENDEES = [
    ("Nguyễn Văn An", "Giám đốc", "Sở Tài chính", True),
    ("Trần Thị Bình", "Phó Giám đốc", KHDT, True),
    ("Lê Văn Cường", "Chánh Văn phòng", "Sở Nội vụ", False),
]
ORGANISATION = {
    "issuing_body": "SỞ NỘI VỤ",
    "symbol": "SNV",
    "place": "Bắc Ninh",
    "signer_title": "GIÁM ĐỐC",
    "signer_name": "Nguyễn Văn An",
}


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """The day starts and ends in Vietnamese (see conftest)."""


def click_ok(button: QDialogButtonBox.StandardButton):
    """A stand-in for a dialog's exec(): the clerk presses its OK/Save button (the dialog's own
    accept() runs, with its checks)."""

    def exec_(dialog) -> int:
        dialog.buttons.button(button).click()
        return dialog.result()

    return exec_


def pdf_text(path) -> str:
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
    return " ".join(unicodedata.normalize("NFC", text).split())


def test_a_clerks_day_in_the_window(qtbot, tmp_path, monkeypatch, confirm_new):
    from ui.documents import preview as document_preview
    from ui.meetings import view as meetings_view
    from ui.register.dialogs import CompletionDialog, ProgressDialog

    rows = clips("vi")[:4]  # four short clips, two recordings of two: about 20 s of speech
    recordings = [tmp_path / "phan-1.wav", tmp_path / "phan-2.wav"]
    concatenate(recordings[0], rows[:2])
    concatenate(recordings[1], rows[2:])
    db, ini = tmp_path / "meetings.db", tmp_path / "settings.ini"
    store = Store(db)
    window = MainWindow(Services(store), QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    on_disk = Store(db)  # a second connection: what it reads is on disk
    check = Services(on_disk)

    # 1. A new meeting with its attendees, through the meeting dialog ------------------------
    def fill_and_save(dialog) -> int:
        dialog.title_edit.setText("Giao ban Sở tháng 3")
        dialog.date_check.setChecked(True)
        dialog.date_edit.setDate(QDate(2025, 3, 10))
        dialog.place_edit.setText("Phòng họp số 1")
        dialog.chair_edit.setText("Đồng chí Giám đốc Sở")
        for name, title, unit, present in ATTENDEES:
            dialog.add_attendee(name, title, unit, present)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(meetings_view.MeetingDialog, "exec", fill_and_save)
    window.meetings_view.action_new.trigger()
    (meeting,) = check.meetings.list()
    assert (meeting.title, meeting.date, meeting.chair) == (
        "Giao ban Sở tháng 3", "2025-03-10", "Đồng chí Giám đốc Sở"
    )  # fmt: skip
    people = check.meetings.attendee_rows(meeting.id)
    assert [(p["name"], p["title"], p["unit"], p["present"]) for p in people] == ATTENDEES
    assert confirm_new == [unit for _, _, unit, _ in ATTENDEES]  # each new unit confirmed once
    assert sorted(u.name for u in check.units.list()) == sorted(u for *_, u, _ in ATTENDEES)
    window.open_meeting(meeting.id)
    page = window.meeting_page
    assert page.meeting_id == meeting.id

    # 2. Two recordings imported into this meeting, in order ---------------------------------
    with qtbot.waitSignal(window.importsFinished, timeout=60_000):
        window.import_files(recordings, meeting_id=meeting.id)
    audios = check.meetings.audio(meeting.id)
    assert [a.original_name for a in audios] == ["phan-1.wav", "phan-2.wav"]
    assert all(a.duration > 5 for a in audios)
    assert check.meetings.count() == 1  # no meeting named after a file

    # 3. Transcribed with the real model -----------------------------------------------------
    window.open_meeting(meeting.id)
    page = window.meeting_page
    panel = page.transcription
    panel.job_options = {"window_s": 15}
    panel.start()
    with qtbot.waitSignal(panel.job().finished, timeout=RUN_MS) as ended:
        pass
    assert ended.args[0] is False  # not cancelled
    segments = check.transcript.segments(meeting.id)
    assert len(segments) >= 3 and all(s.text for s in segments)
    assert {s.audio_id for s in segments} == {a.id for a in audios}
    assert all(a.transcription_state == "done" for a in check.meetings.audio(meeting.id))
    view = page.transcript
    assert view.model.rowCount() == len(segments)

    # 4. Two segments corrected in place (Ctrl+Enter saves) ----------------------------------
    for row, said in ((0, TASK_SAID), (1, CONCLUSION_SAID)):
        index = view.model.index(row, 2)
        view.table.setCurrentIndex(index)
        view.table.edit(index)
        qtbot.waitUntil(lambda: view.delegate.open_editor() is not None)
        editor = view.delegate.open_editor()
        editor.setPlainText(said)
        qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda r=row, s=said: check.transcript.segments(meeting.id)[r].text == s)

    # 5. The proposed task accepted; the conclusion tagged by hand from its segment ----------
    suggestions = page.suggestions
    suggestions.refresh()  # (it may refresh by itself after an edit, even in the background)
    page.show_suggestions()
    qtbot.waitUntil(lambda: TASK_SAID in [s.text for s in suggestions.suggestions])
    texts = [s.text for s in suggestions.suggestions]
    suggestions.list.setCurrentRow(texts.index(TASK_SAID))
    suggestions.accept_button.click()
    (task,) = check.items.tasks(meeting.id)
    assert check.items.unit_names(task) == ("Sở Tài chính", ["Sở Nội vụ"])
    assert task.deadline == "2025-06-30" and task.source != "manual"
    assert task.first_segment_id == segments[0].id

    view.table.clearSelection()
    view.table.selectRow(1)
    page.conclusion_action.trigger()
    (conclusion,) = check.items.conclusions(meeting.id)
    assert "cải cách hành chính" in conclusion.text and conclusion.state != "confirmed"
    assert conclusion.first_segment_id == segments[1].id
    suggestions.refresh()  # what was tagged by hand is no longer proposed
    qtbot.waitUntil(
        lambda: not any("cải cách hành chính" in s.text for s in suggestions.suggestions)
    )
    assert not any("cải cách hành chính" in s.text for s in check.proposals.pending(meeting.id))
    page.items.show_conclusions()
    assert page.items.select_conclusion(conclusion.id)
    page.items.conclusion_editor.confirmed_check.click()  # the chair's wording, confirmed
    assert check.items.conclusions(meeting.id)[0].state == "confirmed"

    # 6. The lead unit changed by keyboard: accent-free letters, Down/Up, Enter --------------
    page.items.show_tasks()
    assert page.items.select_task(task.id)
    units_before = sorted(u.name for u in check.units.list())
    pick_from_completion(qtbot, page.items.task_editor.lead_picker, "so ke hoach")
    task = check.items.tasks(meeting.id)[0]
    assert check.items.unit_names(task) == (KHDT, ["Sở Nội vụ"])
    assert sorted(u.name for u in check.units.list()) == units_before  # no "so ke hoach"
    assert page.items.task_editor.lead_picker.text() == KHDT

    # 7. The register: progress reported, then the task marked done --------------------------
    window.sidebar.setCurrentRow(1)
    register = window.tasks_page
    assert window.stack.currentWidget() is register
    assert window.overdue_count() == 1  # due 30/06/2025, not done yet
    assert register.select_task(task.id)
    assert register.selected_row().lead_unit == KHDT

    def report(dialog: ProgressDialog) -> int:
        dialog.date_edit.setDate(QDate(2025, 6, 20))
        dialog.note_edit.setPlainText("Đã rà soát xong hồ sơ dự toán, chờ thẩm định.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(ProgressDialog, "exec", report)
    register.progress_button.click()
    (update,) = check.tasks.updates(task.id)
    assert (update.date, update.note) == (
        "2025-06-20",
        "Đã rà soát xong hồ sơ dự toán, chờ thẩm định.",
    )
    assert update.reporter == KHDT  # the lead unit reports by default

    def done_on(dialog: CompletionDialog) -> int:
        dialog.date_edit.setDate(QDate(2025, 6, 28))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(CompletionDialog, "exec", done_on)
    register.done_button.click()
    assert check.items.tasks(meeting.id)[0].completed_on == "2025-06-28"
    assert check.tasks.status(task.id) == register.selected_row().status  # one rule, GUI and core
    assert check.tasks.overdue_count() == 0
    window.update_overdue_count()
    assert window.overdue_count() == 0 and window.sidebar.item(1).text() == "Nhiệm vụ"

    # 8. The document settings, typed in the Settings page -----------------------------------
    window.sidebar.setCurrentRow(2)
    box = window.settings_page.documents
    for name, text in ORGANISATION.items():
        box.edits[name].setFocus()
        box.edits[name].clear()
        type_text(box.edits[name], text)
    organisation = check.settings.organisation()
    assert {name: getattr(organisation, name) for name in ORGANISATION} == ORGANISATION

    # 9. The conclusion notice, previewed and saved as a PDF ---------------------------------
    window.sidebar.setCurrentRow(0)
    window.open_meeting(meeting.id)
    page = window.meeting_page
    page.notice_action.trigger()
    preview = page.preview
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    assert preview.ok and preview.document.pageCount() >= 1
    target = tmp_path / "thong-bao.pdf"
    monkeypatch.setattr(
        document_preview.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "")
    )
    with qtbot.waitSignal(preview.saved, timeout=60_000):
        preview.save_buttons["pdf"].click()
    preview.reject()
    assert target.read_bytes()[:5] == b"%PDF-"
    text = pdf_text(target)
    assert "thông qua kế hoạch cải cách hành chính năm 2025" in text.lower()
    assert "SỞ NỘI VỤ" in text and "Nguyễn Văn An" in text  # issuing body and signer
    assert "DỰ THẢO" not in text  # a final notice, numbered
    meeting = check.meetings.get(meeting.id)
    assert meeting.document_number and len(on_disk.numbers.for_meeting(meeting.id)) == 1

    # 10. The interface in English, then back in Vietnamese ----------------------------------
    window.language_actions["en"].trigger()
    assert window.sidebar.item(0).text() == "Meetings"
    assert window.sidebar.item(2).text() == "Settings"
    assert page.back_button.text() == "Meeting list"
    assert page.conclusion_action.text() == "Conclusion"
    assert window.settings.value(SETTINGS_KEY) == "en"
    window.language_actions["vi"].trigger()
    assert window.sidebar.item(0).text() == "Cuộc họp"
    assert page.back_button.text() == "Danh sách cuộc họp"
    assert page.conclusion_action.text() == "Kết luận"
    assert window.settings.value(SETTINGS_KEY) == "vi"
    # Nothing stored changed with the language.
    assert check.items.conclusions(meeting.id)[0].state == "confirmed"
    assert check.items.unit_names(check.items.tasks(meeting.id)[0])[0] == KHDT

    window.close()
    on_disk.close()
    store.close()
