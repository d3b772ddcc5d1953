"""Documents from the window: the organisation settings, the preview, saving and printing."""

from __future__ import annotations

import pytest

from meeting_assistant.documents.organisation import load_organisation
from meeting_assistant.services import Services
from meeting_assistant.store import Store
from ui.settings.documents_box import DocumentSettingsBox


@pytest.fixture(autouse=True)
def vietnamese(ui_in_vietnamese):
    """Every test starts and ends in Vietnamese (see conftest)."""


def test_document_settings_are_saved_as_typed(qtbot, store):
    box = DocumentSettingsBox(Services(store))
    qtbot.addWidget(box)
    assert box.layout_choice.currentData() == "state"
    qtbot.keyClicks(box.edits["symbol"], "SNV")
    box.edits["issuing_body"].setText("SỞ NỘI VỤ")
    box.edits["issuing_body"].textEdited.emit("SỞ NỘI VỤ")  # as typed (keyClicks: ASCII only)
    box.layout_choice.setCurrentIndex(1)
    box.layout_choice.activated.emit(1)
    box.due_soon.setValue(10)
    with Store(store.path) as other:  # saved at once, seen by any other connection
        org = load_organisation(other)
        assert (org.layout, org.symbol, org.issuing_body) == ("party", "SNV", "SỞ NỘI VỤ")
        assert other.settings.get_int("followup.due_soon_days", 7) == 10
    again = DocumentSettingsBox(Services(store))
    qtbot.addWidget(again)
    assert again.layout_choice.currentData() == "party"
    assert again.edits["symbol"].text() == "SNV" and again.due_soon.value() == 10
    # Changed elsewhere (the command line, another window): shown again when the page is shown.
    with Store(store.path) as other:
        other.settings.set("org.place", "Bắc Ninh")
    again.show()
    assert again.edits["place"].text() == "Bắc Ninh"


# The preview ----------------------------------------------------------------------------------


@pytest.fixture
def meeting(store):
    from meeting_assistant.documents.organisation import save_organisation

    from .document_fixtures import ORGANISATIONS, make_meeting

    save_organisation(store, ORGANISATIONS["state"])
    return make_meeting(store)


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def test_notice_preview_shows_saves_and_prints(qtbot, store, meeting, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    from ui.documents import actions as document_actions

    preview = document_actions.preview_notice(None, Services(store), meeting)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    assert preview.document.pageCount() >= 1
    assert preview.windowTitle().startswith("Thông báo kết luận — Hội nghị Đảng ủy")
    assert preview.isVisible() and not preview.option.isVisibleTo(preview)
    assert "trang" in preview.pages.text()
    # Saving writes the chosen format where the clerk said; both open.
    pdf = preview.save_to("pdf", tmp_path / "tb.pdf")
    assert "Số: 12/TB-SNV" in pdf_text(pdf)
    docx = preview.save_to("docx", tmp_path / "tb.docx")
    import docx as python_docx

    assert "THÔNG BÁO" in "\n".join(p.text for p in python_docx.Document(str(docx)).paragraphs)
    # Printing sends every page to the printer (here a PDF printer, as a test can have no other).
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.document.pageCount()
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == preview.document.pageCount()
    preview.reject()


def test_minutes_preview_adds_the_transcript_appendix_on_request(qtbot, store, meeting):
    from ui.documents import actions as document_actions

    preview = document_actions.preview_minutes(None, Services(store), meeting)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    # The preview window is open, and it offers the appendix (the notice's preview does not).
    assert preview.isVisible() and preview.option.isVisible()
    assert preview.option.text() == "Kèm toàn văn ghi âm (phụ lục)"
    assert not preview.option.isChecked()
    assert "Phụ lục" not in pdf_text(preview.preview_path)
    preview.option.setChecked(True)  # re-renders
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    assert "Phụ lục" in pdf_text(preview.preview_path)
    preview.reject()


def test_a_failing_save_leaves_the_file_and_says_why(qtbot, store, meeting, tmp_path, monkeypatch):
    from ui.documents import actions as document_actions
    from ui.documents import preview as document_preview

    shown = []
    monkeypatch.setattr(document_preview, "show_error", lambda parent, exc: shown.append(exc))
    preview = document_actions.preview_notice(None, Services(store), meeting)
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: not preview.rendering, timeout=60_000)
    target = tmp_path / "kept.pdf"
    target.write_bytes(b"the clerk's earlier file")
    store.meetings.delete(meeting)  # the meeting went away meanwhile (another window)
    assert preview.save_to("pdf", target) is None
    assert shown and target.read_bytes() == b"the clerk's earlier file"
    preview.reject()


def test_meeting_page_offers_the_documents(qtbot, store, meeting, monkeypatch):
    from ui.documents import actions as document_actions
    from ui.meeting.page import MeetingPage
    from ui.meeting.transcription.worker import TranscriptionManager

    page = MeetingPage(Services(store), TranscriptionManager(store.path))
    qtbot.addWidget(page)
    page.load(meeting)
    texts = [a.text() for a in page.documents_menu.actions()]
    assert texts == ["Thông báo kết luận…", "Biên bản cuộc họp…", "Lưu bản ghi lời…"]
    opened = []
    monkeypatch.setattr(document_actions, "preview_minutes", lambda *a: opened.append(a))
    page.minutes_action.trigger()
    assert opened and opened[0][2] == meeting
