"""A meeting's notice, minutes and transcript, in both layouts, opened again and read back."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from meeting_assistant.documents.export import KINDS, default_format, export_meeting
from meeting_assistant.documents.layout import load_layout
from meeting_assistant.documents.organisation import save_organisation
from meeting_assistant.errors import UserError

from .document_fixtures import (
    LAYOUTS,
    ORGANISATIONS,
    TASKS,
    TITLE,
    TODAY,
    TRICKY,
    docx_text,
    make_meeting,
    pdf_fonts,
    pdf_pages,
    pdf_text,
    task_text,
)

IN_SENTENCE = TITLE  # "Hội nghị Đảng ủy …": a named conference keeps its capital
BASE_14 = {"Courier", "Helvetica", "Times-Roman", "Times-Bold", "Symbol", "ZapfDingbats",
           "Helvetica-Bold", "Times-Italic", "Courier-Bold"}  # fmt: skip


def export(store, meeting_id, kind, fmt, path, layout, **options):
    return export_meeting(store, meeting_id, kind, fmt, path, organisation=ORGANISATIONS[layout],
                          today=TODAY, **options)  # fmt: skip


def assert_embedded_fonts_only(path):
    fonts = pdf_fonts(path)
    assert fonts
    for font in fonts:
        name = str(font["/BaseFont"]).lstrip("/")
        assert name.split("+")[-1] not in BASE_14, name
        if font["/Subtype"] == "/Type0":
            continue  # its descendant font carries the descriptor
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, name


@pytest.mark.parametrize("layout", LAYOUTS)
def test_notice_pdf_shows_what_was_entered_in_the_official_form(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    out = export(store, meeting_id, "notice", "pdf", tmp_path / "tb.pdf", layout)
    assert out == tmp_path / "tb.pdf"
    pages = pdf_pages(out)
    text = " ".join(pages)
    # The title was stored decomposed (NFD); it prints, and extracts, composed, in a sentence
    # without "cuộc họp" doubling the noun it starts with.
    assert "tại " + IN_SENTENCE in text and "cuộc họp Hội nghị" not in text
    assert TRICKY in text  # markup characters print as typed
    for name in TASKS:
        assert task_text(name) in text
    assert "THÔNG BÁO" in text
    if layout == "state":
        assert "Số: 12/TB-SNV" in text
        assert (
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
        )
        # Dated the day it is issued (TODAY), not the day of the meeting.
        assert "Bắc Ninh, ngày 01 tháng 10 năm 2024" in text
        assert "Nơi nhận:" in text and "- Lưu: VT, VP." in text
    else:
        assert "Số 12-TB/TU" in text and "Số: 12" not in text
        assert "ĐẢNG CỘNG SẢN VIỆT NAM" in text and "CỘNG HÒA" not in text
    # Tasks are grouped by their lead unit; deadlines print dd/mm/yyyy.
    assert "Sở Nội vụ:" in text and "Thời hạn: trước ngày 05/10/2024" in text
    assert "Thời hạn: Thường xuyên" in text
    assert "Đơn vị phối hợp: Sở Tài chính" in text
    assert ORGANISATIONS[layout].signer_name in text
    assert ORGANISATIONS[layout].signer_title in text
    assert_embedded_fonts_only(out)
    # Page numbers: none on page 1, then centred at the top.
    assert len(pages) > 1
    assert not pages[0].startswith("1")
    for number, page in enumerate(pages[1:], 2):
        assert page.startswith(str(number))


def test_a_blank_document_number_leaves_room_to_write_it(store, tmp_path):
    meeting_id = make_meeting(store, document_number="")
    text = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "tb.pdf", "state"))
    assert "/TB-SNV" in text and "Số: 12" not in text


def test_the_organisation_saved_in_the_database_is_used_by_default(store, tmp_path):
    save_organisation(store, ORGANISATIONS["party"])
    meeting_id = make_meeting(store)
    out = export_meeting(store, meeting_id, "notice", "pdf", tmp_path / "tb.pdf", today=TODAY)
    assert "Số 12-TB/TU" in pdf_text(out)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_notice_docx_reopens_with_the_conclusions_tasks_font_and_page(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    out = export(store, meeting_id, "notice", "docx", tmp_path / "tb.docx", layout)
    text = docx_text(out)
    assert IN_SENTENCE in text and TRICKY in text
    for name in TASKS:
        assert task_text(name) in text
    assert ("Số: 12/TB-SNV" if layout == "state" else "Số 12-TB/TU") in text
    document = docx.Document(str(out))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(slot)) == "Times New Roman"
    section = document.sections[0]
    page = load_layout(layout).get("page")
    assert abs(section.page_width - Mm(page["size_mm"][0])) < Mm(0.5)
    assert abs(section.page_height - Mm(page["size_mm"][1])) < Mm(0.5)
    assert abs(section.left_margin - Mm(page["margins_mm"]["left"])) < Mm(0.5)
    assert abs(section.top_margin - Mm(page["margins_mm"]["top"])) < Mm(0.5)
    # Page numbers: a PAGE field in the header, and a different (empty) first page.
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


MINUTES_WORDS = {
    "state": {
        "number": "Số: 03/BB-SNV",
        "start": "Thời gian bắt đầu: 08 giờ 00 phút, ngày 10 tháng 9 năm 2024.",
        "attendance": "Số thành viên có mặt: 2/3; vắng mặt: 1",
        "people": ("Thư ký: Phạm Thu Hà", "Chủ trì: Đồng chí Lê Văn Cường"),
        "conclusions": "Kết luận của chủ trì",
        "end": "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 10 tháng 9 năm 2024.",
        "signs": ("THƯ KÝ", "CHỦ TỌA"),
        "archive": "- Lưu: VT, Hồ sơ.",
    },
    "party": {
        "number": "Số 03-BB/TU",
        "start": "Thời gian: bắt đầu vào hồi 08 giờ 00 phút, ngày 10 tháng 9 năm 2024.",
        "attendance": "Có mặt: 2/3 đồng chí; vắng mặt: 1 đồng chí",
        "people": ("Người ghi biên bản: Phạm Thu Hà", "Người chủ trì: Đồng chí Lê Văn Cường"),
        "conclusions": "Kết luận của người chủ trì",
        "end": "Hội nghị kết thúc vào hồi 11 giờ 30 phút, ngày 10 tháng 9 năm 2024.",
        "signs": ("NGƯỜI GHI BIÊN BẢN", "CHỦ TRÌ HỘI NGHỊ"),
        "archive": "- Lưu Văn phòng, hồ sơ hội nghị.",
    },
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("fmt", ["docx", "pdf"])
def test_minutes_follow_the_form_and_can_carry_the_transcript(store, tmp_path, layout, fmt):
    meeting_id = make_meeting(store)
    plain = export(store, meeting_id, "minutes", fmt, tmp_path / f"bb.{fmt}", layout)
    full = export(store, meeting_id, "minutes", fmt, tmp_path / f"bb-full.{fmt}", layout,
                  include_transcript=True)  # fmt: skip
    read = pdf_text if fmt == "pdf" else docx_text
    text, with_transcript = read(plain), read(full)
    words = MINUTES_WORDS[layout]
    assert "BIÊN BẢN" in text and TITLE in text and TRICKY in text
    assert words["number"] in text
    assert words["start"] in text and words["end"] in text
    assert words["attendance"] in text
    assert "Vũ Thị Hoa, Phó Giám đốc, Sở Nội vụ (lý do: ốm)" in text
    assert all(w in text for w in words["people"])
    assert "Các đại biểu thảo luận." in text and "Sơ kết công tác quý III" in text
    assert words["conclusions"] in text
    assert "Đơn vị chủ trì" in text and "Thời hạn" in text
    for name in TASKS:
        assert task_text(name) in text
    assert "nhất trí thông qua" in text
    assert all(w in text for w in words["signs"])
    # The units given tasks receive the minutes; the archive line ends the list.
    assert text.index("- Sở Tài chính;") < text.index(words["archive"])
    assert "Phụ lục" not in text
    assert "Phụ lục NỘI DUNG GHI ÂM" in with_transcript
    assert "(Kèm theo Biên bản số 03" in with_transcript
    assert "Đỗ Minh Đức: [00:00:12] Báo cáo <kết quả> & kiến nghị." in with_transcript
    if fmt == "pdf":
        assert_embedded_fonts_only(full)
        # Mẫu 1.9: no place-and-date line; the Party's form (16-HD/VPTW) has one.
        assert ("Bắc Ninh, ngày 10 tháng 9 năm 2024" in text) == (layout == "party")


def test_transcript_docx_and_plain_formats(store, tmp_path):
    meeting_id = make_meeting(store)
    text = docx_text(export(store, meeting_id, "transcript", "docx", tmp_path / "t.docx", "state"))
    assert "NỘI DUNG GHI ÂM CUỘC HỌP" in text and f"Cuộc họp: {TITLE}" in text
    assert "SỞ NỘI VỤ" in text and "Bản ghi âm: a.ogg (00:00:30)" in text
    assert "chưa được thư ký kiểm tra" in text
    store.meetings.update(meeting_id, transcript_checked=True)
    text = docx_text(export(store, meeting_id, "transcript", "docx", tmp_path / "t.docx", "state"))
    assert "đã được thư ký kiểm tra" in text and "chưa được" not in text
    # The speaker's name heads their turn, the chair marked so.
    assert "Lê Văn Cường (chủ trì): [00:00:00] Khai mạc hội nghị." in text
    assert "Đỗ Minh Đức: [00:00:12] Báo cáo <kết quả> & kiến nghị." in text
    txt = export(store, meeting_id, "transcript", "txt", tmp_path / "t.txt", "state")
    assert txt.read_text(encoding="utf-8").splitlines()[:2] == [
        "Lê Văn Cường (chủ trì):",
        "[00:00:00] Khai mạc hội nghị.",
    ]
    srt = export(store, meeting_id, "transcript", "srt", tmp_path / "t.srt", "state")
    assert "00:00:12,000 --> 00:00:17,000" in srt.read_text(encoding="utf-8")
    vtt = export(store, meeting_id, "transcript", "vtt", tmp_path / "t.vtt", "party")
    assert vtt.read_text(encoding="utf-8").startswith("WEBVTT")


def test_a_meeting_without_transcript_still_gives_a_document(store, tmp_path):
    meeting_id = make_meeting(store, segments=False)
    text = docx_text(export(store, meeting_id, "transcript", "docx", tmp_path / "t.docx", "party"))
    assert "chưa có nội dung ghi âm" in text


@pytest.mark.parametrize(
    ("kind", "fmt"), [("notice", "txt"), ("minutes", "srt"), ("transcript", "pdf"),
                      ("letter", "pdf"), ("memo", "pdf"), ("notice", "")],
)  # fmt: skip
def test_unknown_kind_or_format_is_refused_in_both_languages(store, tmp_path, kind, fmt):
    meeting_id = make_meeting(store)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(UserError) as caught:
        export_meeting(store, meeting_id, kind, fmt, folder / "x", today=TODAY)
    assert caught.value.vi and caught.value.en
    assert list(folder.iterdir()) == []


def test_default_format_follows_the_file_name_else_the_kind():
    assert KINDS == {"notice": ("pdf", "docx"), "minutes": ("docx", "pdf"),
                     "transcript": ("txt", "srt", "vtt", "docx")}  # fmt: skip
    tmp = Path("TB-12.DOCX")
    assert default_format("notice", tmp) == "docx"
    assert default_format("notice", tmp.with_suffix(".txt")) == "pdf"
    assert default_format("minutes", tmp.with_suffix("")) == "docx"
    assert default_format("transcript", tmp.with_suffix(".vtt")) == "vtt"
    assert default_format("report", tmp.with_suffix(".csv")) == "csv"
    assert default_format("memo", tmp) == "docx" and default_format("report", tmp) == "docx"
    with pytest.raises(UserError):
        default_format("letter", tmp)
