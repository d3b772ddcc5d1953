"""A document is not made with holes: a notice without a signer or issuing body asks for them and
sends the clerk to Settings or to the meeting's details; draft conclusions are pointed out before
anything is shown; the meeting can set its own signer and issuing body."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from meeting_assistant.documents.organisation import Organisation, save_organisation
from meeting_assistant.services import Services
from ui.documents import actions as document_actions
from ui.documents import holes as holes_module
from ui.meeting.page import MeetingPage
from ui.meeting.transcription.worker import TranscriptionManager
from ui.meetings import dialog as meeting_dialog


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


@pytest.fixture
def meeting(store):
    from .document_fixtures import ORGANISATIONS, make_meeting

    complete = ORGANISATIONS["state"]
    # Everything but the signer: the notice would print "……" where the name goes.
    save_organisation(store, Organisation(**{**complete.__dict__, "signer_name": ""}))
    return make_meeting(store)


@pytest.fixture
def page(qtbot, store, meeting, monkeypatch):
    page = MeetingPage(Services(store), TranscriptionManager(store.path))
    qtbot.addWidget(page)
    page.load(meeting)
    opened = []
    monkeypatch.setattr(document_actions, "preview_notice", lambda *a: opened.append(a))
    page.opened = opened
    return page


def answer(monkeypatch, label: str, seen: list):
    """The clerk reads the question and clicks the button named `label`."""

    def exec_(box: QMessageBox) -> int:
        seen.append((box.text(), box.informativeText(), [b.text() for b in box.buttons()]))
        next(b for b in box.buttons() if b.text().replace("&", "") == label).click()
        return 0

    monkeypatch.setattr(holes_module.QMessageBox, "exec", exec_)


def test_a_notice_without_a_signer_sends_the_clerk_to_settings(qtbot, page, monkeypatch):
    seen: list = []
    answer(monkeypatch, "Mở Cài đặt", seen)
    with qtbot.waitSignal(page.settingsRequested, timeout=1000):
        page.notice_action.trigger()
    assert "họ tên người ký" in seen[0][1]
    assert "Sửa thông tin cuộc họp" in [t.replace("&", "") for t in seen[0][2]]
    assert page.opened == []  # no preview with a blank where the signature goes


def test_the_meeting_can_name_its_own_signer(qtbot, page, store, meeting, monkeypatch):
    seen: list = []
    answer(monkeypatch, "Sửa thông tin cuộc họp", seen)

    def fill_in(dialog: meeting_dialog.MeetingDialog) -> int:
        assert "theo Cài đặt" in dialog.signing_edits["issuing_body"].placeholderText()
        assert "chưa có trong Cài đặt" in dialog.signing_edits["signer_name"].placeholderText()
        dialog.signing_edits["signer_name"].setText("Nguyễn Văn An")
        dialog.signing_edits["signer_authority"].setText("KT. GIÁM ĐỐC")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(meeting_dialog.MeetingDialog, "exec", fill_in)
    page.notice_action.trigger()
    saved = store.meetings.get(meeting)
    assert (saved.signer_name, saved.signer_authority) == ("Nguyễn Văn An", "KT. GIÁM ĐỐC")
    assert len(seen) == 1 and page.opened  # asked once; complete now, so the preview opens
    assert not any(p.blocking for p in Services(store).documents.problems(meeting, "notice"))


def test_draft_conclusions_are_flagged_before_the_preview(qtbot, page, store, meeting,
                                                          monkeypatch):  # fmt: skip
    store.meetings.update(meeting, signer_name="Nguyễn Văn An")
    conclusion = store.items.conclusions(meeting)[0]
    store.items.update_conclusion(conclusion.id, state="draft")
    seen: list = []
    answer(monkeypatch, "Xem kết luận nháp", seen)
    page.notice_action.trigger()
    assert "kết luận ở dạng nháp" in seen[0][1]
    assert page.opened == []
    assert page.items.tabs.currentIndex() == 0  # the conclusions, to confirm them
    answer(monkeypatch, "Xem bản dự thảo", seen)
    page.notice_action.trigger()
    assert page.opened  # the clerk may still look at a draft


def test_absence_reasons_are_kept(qtbot, store, meeting):
    dialog = meeting_dialog.MeetingDialog(Services(store), meeting)
    qtbot.addWidget(dialog)
    rows = dialog.attendee_rows()
    absent = next(r for r in rows if not r["present"])
    assert absent["note"] == "ốm"
    present_row = next(r["row"] for r in rows if r["present"])
    reason = dialog.attendees.item(present_row, meeting_dialog.REASON)
    assert not reason.flags() & reason.flags().ItemIsEditable  # asked only of the absent
    dialog.accept()
    people = Services(store).meetings.attendee_rows(meeting)
    assert [p["note"] for p in people if not p["present"]] == ["ốm"]


def test_print_prints_the_final_notice_or_asks_before_a_draft(qtbot, store, meeting,
                                                               monkeypatch):  # fmt: skip
    from ui.documents.preview import DocumentPreview

    preview = document_actions.preview_notice(None, Services(store), meeting)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=30000)
    asked = []
    monkeypatch.setattr(DocumentPreview, "ask_for_draft", lambda self, exc: asked.append(exc))
    assert preview.printable() is None  # the clerk declined a draft: nothing printed
    assert "họ tên người ký" in asked[0].message
    store.meetings.update(meeting, signer_name="Nguyễn Văn An")
    final = preview.printable()
    assert final is not None and final is not preview.document and final.pageCount() >= 1
    preview.reject()
