"""One test per rule a records officer checks (issue 13), on both layouts, read from where things
stand on the produced PDF (pdfplumber) and from the DOCX's own properties (python-docx)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn

from meeting_assistant.documents.checks import IncompleteDocumentError
from meeting_assistant.documents.export import export_meeting, export_memo, export_report
from meeting_assistant.documents.layout import load_layout
from meeting_assistant.models import Segment
from meeting_assistant.services import Services

from .document_fixtures import (
    LAYOUTS,
    MM,
    ORGANISATIONS,
    TODAY,
    centre,
    docx_text,
    find_line,
    make_meeting,
    pdf_lines,
    pdf_page_count,
    pdf_pages,
    pdf_text,
    task_text,
)

A4_W, A4_H = 210 * MM, 297 * MM


def export(store, meeting_id, kind, fmt, path, layout, org=None, **options):
    return export_meeting(
        store,
        meeting_id,
        kind,
        fmt,
        path,
        today=TODAY,
        organisation=org or ORGANISATIONS[layout],
        **options,
    )


def org_with(layout: str, **changes):
    return dataclasses.replace(ORGANISATIONS[layout], **changes)


def number_and_date(lines, layout):
    number = find_line(lines, "Số")
    date = find_line(lines, "ngày")
    heading = find_line(lines, "CỘNG HÒA XÃ HỘI" if layout == "state" else "ĐẢNG CỘNG SẢN VIỆT NAM")
    return number, date, heading


# 1. "Số …" and the date line on one line, whatever the length of the issuing body ------------

ISSUERS = (
    "Sở Nội vụ",
    "Sở Thông tin và Truyền thông",
    "Ban Quản lý các khu công nghiệp và khu chế xuất tỉnh Bắc Ninh",
    "Trung tâm Phát triển quỹ đất và Quản lý hạ tầng các khu công nghiệp, khu kinh tế tỉnh",
    "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Bắc Ninh, Trung tâm Hành chính"
    " công và Quản lý hạ tầng",
)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_number_and_date_line_share_a_line_for_names_of_one_to_five_lines(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    heights = set()
    for index, issuer in enumerate(ISSUERS):
        org = org_with(layout, issuing_body=issuer, superior_body="")
        out = export(store, meeting_id, "notice", "pdf", tmp_path / f"tb{index}.pdf", layout, org)
        lines = pdf_lines(out)
        number, date, heading = number_and_date(lines, layout)
        issuing = [
            line
            for line in lines
            if line["baseline"] < number["baseline"]
            and line["x1"] < A4_W / 2
            and line["text"] not in ("*",)
        ]
        heights.add(len(issuing))
        assert abs(number["baseline"] - date["baseline"]) < 0.5, issuer
        # The date centred under the national (Party) heading, the number under the body.
        assert abs(centre(date) - centre(heading)) < 1.5
        assert abs(centre(number) - centre(issuing[0])) < 2.0
        document = docx.Document(
            str(
                export(
                    store, meeting_id, "notice", "docx", tmp_path / f"tb{index}.docx", layout, org
                )
            )
        )
        row = document.tables[0].rows[1]
        texts = [cell.text for cell in row.cells]
        assert texts[0].startswith("Số") and "ngày" in texts[-1]
    assert heights == {1, 2, 3, 4, 5}


# 2. Numbers below 10 padded -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("layout", "expected"), [("state", "Số: 05/TB-SNV"), ("party", "Số 05-TB/TU")]
)
def test_numbers_below_ten_get_a_leading_zero(store, tmp_path, layout, expected):
    meeting_id = make_meeting(store, document_number="5")
    assert expected in pdf_text(
        export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout)
    )
    assert expected in docx_text(
        export(store, meeting_id, "notice", "docx", tmp_path / "a.docx", layout)
    )


# 3. PDF margins are the layout's margins ------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_and_tables_stand_inside_the_layouts_margins_exactly(store, tmp_path, layout):
    import pdfplumber

    margins = load_layout(layout).get("page.margins_mm")
    left, right = margins["left"] * MM, A4_W - margins["right"] * MM
    top, bottom = margins["top"] * MM, A4_H - margins["bottom"] * MM
    out = export(store, make_meeting(store), "minutes", "pdf", tmp_path / "bb.pdf", layout)
    with pdfplumber.open(out) as pdf:
        page = pdf.pages[0]
        xs = [x for edge in page.edges for x in (edge["x0"], edge["x1"])]
        words = page.extract_words()
    # The task table spans the text column exactly: neither narrower nor sticking out.
    assert min(xs) == pytest.approx(left, abs=0.5) and max(xs) == pytest.approx(right, abs=0.5)
    assert min(w["x0"] for w in words) >= left - 0.5
    assert max(w["x1"] for w in words) <= right + 0.5
    lines = pdf_lines(out)
    first = [line for line in lines if line["baseline"] == lines[0]["baseline"]]
    assert lines[0]["baseline"] - max(line["size"] for line in first) == pytest.approx(top, abs=0.5)
    assert find_line(lines, "Địa điểm")["x0"] == pytest.approx(left + 12.7 * MM, abs=0.5)
    assert max(line["baseline"] for line in lines) < bottom
    section = docx.Document(
        str(
            export(
                store,
                make_meeting(store, segments=False),
                "minutes",
                "docx",
                tmp_path / "bb.docx",
                layout,
            )
        )
    ).sections[0]
    assert section.left_margin.pt == pytest.approx(left, abs=0.1)
    assert section.right_margin.pt == pytest.approx(margins["right"] * MM, abs=0.1)


# 4. No page holds only "Nơi nhận" or only the signature --------------------------------------


def _closing_pages(path, closing_words: str, signer: str) -> list[tuple[bool, bool, bool]]:
    out = []
    for page in pdf_pages(path):
        out.append(("Nơi nhận" in page, signer in page, closing_words in page))
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("kind", ["notice", "minutes"])
def test_the_closing_the_signature_and_recipients_stay_on_one_page(store, tmp_path, layout, kind):
    org = ORGANISATIONS[layout]
    # The notice's signer, the minutes' secretary's title (their names are on page 1 too).
    signer = (
        org.signer_name
        if kind == "notice"
        else load_layout(layout).get("documents.minutes.secretary_sign")
    )
    closing = "Trên đây là kết luận" if kind == "notice" else "kết thúc vào"
    meeting_id = make_meeting(store, segments=False)
    moved = 0
    for extra in range(16):  # the end of the text walks down a page, line by line
        task = store.items.add_task(meeting_id, f"Nhiệm vụ bổ sung {extra}: rà soát quy chế")
        Services(store).items.update_task(task.id, lead_unit="Sở Nội vụ", deadline="2024-12-31")
        out = export(store, meeting_id, kind, "pdf", tmp_path / f"x{extra}.pdf", layout)
        pages = _closing_pages(out, closing, signer)
        holder = [i for i, (to, signed, _) in enumerate(pages) if to or signed]
        assert len(holder) == 1, (extra, pages)
        assert pages[holder[0]] == (True, True, True), (extra, pages)
        moved += holder[0] > 0 and "Nhiệm vụ bổ sung" not in pdf_pages(out)[holder[0]]
    document = docx.Document(
        str(export(store, meeting_id, kind, "docx", tmp_path / "x.docx", layout))
    )
    closing_paragraph = next(p for p in document.paragraphs if closing in p.text)
    assert closing_paragraph.paragraph_format.keep_with_next
    if kind == "minutes":  # signatures and recipients share one row, which cannot split
        row = next(t.rows[0] for t in document.tables if "Nơi nhận" in t.rows[0].cells[0].text)
        assert any(w in row.cells[0].text for w in ("THƯ KÝ", "NGƯỜI GHI BIÊN BẢN"))
        assert row._tr.trPr.find(qn("w:cantSplit")) is not None


# 5. Minutes -----------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_minutes_signatures_carry_the_name_only_on_one_line(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    store.meetings.update(
        meeting_id,
        chair="Đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy, Chủ tịch Hội đồng"
        " nhân dân Thành phố",
        secretary="Bà Phạm Thu Hà - Chuyên viên Văn phòng",
    )
    out = export(store, meeting_id, "minutes", "pdf", tmp_path / "bb.pdf", layout)
    last = pdf_lines(out, pdf_page_count(out) - 1)
    role = find_line(last, "THƯ KÝ" if layout == "state" else "NGƯỜI GHI BIÊN BẢN")
    below = [line for line in last if line["baseline"] > role["baseline"]]
    names = [line["text"] for line in below[:2]]
    assert names == ["Phạm Thu Hà", "Nguyễn Văn Phong"]
    assert below[0]["baseline"] == below[1]["baseline"]  # side by side, one line each
    words = "Cuộc họp kết thúc vào 11 giờ 30 phút, ngày 10 tháng 9 năm 2024"
    if layout == "party":
        words = "Hội nghị kết thúc vào hồi 11 giờ 30 phút, ngày 10 tháng 9 năm 2024"
    assert words in pdf_text(out)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_minutes_print_no_heading_with_nothing_under_it(store, tmp_path, layout):
    meeting = store.meetings.create(
        "Họp giao ban",
        date="2024-09-10",
        start_time="08:00",
        end_time="09:00",
        place="Phòng họp",
        chair="Lê Văn A",
        secretary="Trần Thị B",
    )
    text = pdf_text(
        export(store, meeting.id, "minutes", "pdf", tmp_path / "bb.pdf", layout, allow_draft=True)
    )
    for heading in ("Thành phần", "Nội dung", "Kết luận của", "Phân công"):
        assert heading not in text
    assert "Chủ trì" in text or "Người chủ trì" in text


def _long_transcript(store, meeting_id, n=90):
    audio = store.audio.add(
        meeting_id,
        stored_path="b.ogg",
        original_name="b.ogg",
        sha256="y",
        size_bytes=1,
        duration=900.0,
    )
    for i in range(n):
        store.segments.add(
            Segment(
                None,
                meeting_id,
                audio.id,
                i * 10.0,
                i * 10.0 + 8,
                f"Đoạn phát biểu số {i} về kết quả thực hiện nhiệm vụ.",
                "Đỗ Minh Đức",
            )
        )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_transcript_appendix_follows_the_appendix_rule(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    _long_transcript(store, meeting_id)
    out = export(
        store, meeting_id, "minutes", "pdf", tmp_path / "bb.pdf", layout, include_transcript=True
    )
    pages = pdf_pages(out)
    start = next(i for i, p in enumerate(pages) if p.startswith("Phụ lục"))
    lines = pdf_lines(out, start)
    label, name = lines[0], lines[1]
    # The "(Kèm theo …)" line, wrapped or not: up to its closing bracket (a speaker's name may
    # follow it on the next line).
    wrapped = [lines[2]["text"]]
    while not wrapped[-1].endswith(")"):
        wrapped.append(lines[2 + len(wrapped)]["text"])
    attached = {**lines[2], "text": " ".join(wrapped)}
    assert label["text"] == "Phụ lục" and "Bold" in label["chars"][0]["fontname"]
    assert name["text"] == name["text"].upper() and "GHI ÂM" in name["text"]
    code = "03/BB-SNV" if layout == "state" else "03-BB/TU"
    issuer = ORGANISATIONS[layout].issuing_body
    assert attached["text"] == (
        f"(Kèm theo Biên bản số {code} ngày 10 tháng 9 năm 2024 của {issuer})"
    )
    assert "Italic" in attached["chars"][0]["fontname"]
    # Its pages are numbered on their own: none on its first page, then 2, 3 …
    assert len(pages) - start >= 2
    assert not pages[start].split()[0].isdigit()
    assert pages[start + 1].startswith("2 ")
    document = docx.Document(
        str(
            export(
                store,
                meeting_id,
                "minutes",
                "docx",
                tmp_path / "b.docx",
                layout,
                include_transcript=True,
            )
        )
    )
    assert len(document.sections) == 2
    appendix = document.sections[1]._sectPr
    assert appendix.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    assert appendix.find(qn("w:titlePg")) is not None


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_no_transcript_no_appendix(store, tmp_path, fmt):
    meeting_id = make_meeting(store, segments=False)
    plain = export(store, meeting_id, "minutes", fmt, tmp_path / f"a.{fmt}", "state")
    asked = export(
        store, meeting_id, "minutes", fmt, tmp_path / f"b.{fmt}", "state", include_transcript=True
    )
    read = pdf_text if fmt == "pdf" else docx_text
    assert "Phụ lục" not in read(asked)
    if fmt == "pdf":
        assert pdf_page_count(asked) == pdf_page_count(plain)
    else:
        assert len(docx.Document(str(asked)).sections) == 1


# 6. The follow-up letter ----------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_letter_symbol_subject_contact_and_addressee(store, tmp_path, layout):
    make_meeting(store)
    out = export_memo(
        store,
        "Sở Tài chính",
        tmp_path / "cv.pdf",
        organisation=ORGANISATIONS[layout],
        today=TODAY,
        assign_number=True,
    )
    lines = pdf_lines(out)
    number = find_line(lines, "Số")
    assert number["text"] == ("Số: 01/SNV-VP" if layout == "state" else "Số 01-CV/TU")
    subject = find_line(lines, "đôn đốc" if layout == "state" else "Đôn đốc")
    # "V/v" 6 pt under the number: between the two line boxes, 6 pt.
    number_leading = number["size"] * 1.15
    gap = (subject["baseline"] - subject["size"]) - (
        number["baseline"] - number["size"] + number_leading
    )
    assert gap == pytest.approx(6, abs=0.3)
    assert find_line(lines, "Kính gửi")["text"] == "Kính gửi: Sở Tài chính"  # no stray "."
    closing = next(p for p in pdf_pages(out) if "Nơi nhận" in p)  # the request stays with it
    assert "Đề nghị Sở Tài chính khẩn trương" in closing
    text = pdf_text(out)
    to = (
        "về Sở Nội vụ (qua Văn phòng Sở)"
        if layout == "state"
        else ("về Tỉnh ủy Bắc Ninh (qua Văn phòng Tỉnh ủy)")
    )
    assert to in text
    if layout == "state":  # ô 13: contact and address at the foot of page 1, under a rule
        contact = find_line(lines, "Người liên hệ")
        assert contact["text"] == (
            "Người liên hệ: đồng chí Phạm Thu Hà, Văn phòng Sở, điện thoại: 0222 3822 123."
        )
        assert contact["baseline"] > A4_H * 0.85 and contact["size"] == 11
        assert "Địa chỉ: Số 10 Lý Thái Tổ" in find_line(lines, "Địa chỉ")["text"]
        document = docx.Document(
            str(
                export_memo(
                    store,
                    "Sở Tài chính",
                    tmp_path / "cv.docx",
                    organisation=ORGANISATIONS[layout],
                    today=TODAY,
                )
            )
        )
        footer = " ".join(p.text for p in document.sections[0].first_page_footer.paragraphs)
        assert "Người liên hệ: đồng chí Phạm Thu Hà" in footer
        vv = next(
            p
            for t in document.tables
            for c in t._cells
            for p in c.paragraphs
            if p.text.startswith("V/v")
        )
        assert vv.paragraph_format.space_before.pt == 6


# 7. The conclusion notice ---------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_notice_is_dated_the_day_it_is_issued(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    text = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout))
    assert "Bắc Ninh, ngày 01 tháng 10 năm 2024" in text  # TODAY, not 10/09 (the meeting)
    assert "Ngày 10/09/2024, tại Hội trường Tỉnh ủy" in text
    store.meetings.update(meeting_id, notice_date="2024-09-12")
    text = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "b.pdf", layout))
    assert "Bắc Ninh, ngày 12 tháng 9 năm 2024" in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_notice_says_who_follows_up_by_when_and_marks_key_tasks(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    key = store.items.tasks(meeting_id)[0]
    Services(store).items.update_task(key.id, is_key=True)
    text = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout))
    unit = ORGANISATIONS[layout].follow_up_unit
    # The latest deadline of the tasks still open: 31/12/2024.
    assert (
        f"báo cáo kết quả thực hiện về {unit} trước ngày 31/12/2024; {unit} theo dõi, đôn đốc"
    ) in text
    assert f"{task_text('early')} (nhiệm vụ trọng tâm)." in text


@pytest.mark.parametrize("layout", LAYOUTS)
def test_notice_wording_reads_naturally(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    store.meetings.update(
        meeting_id, title="Họp giao ban tháng 9", chair="Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy"
    )
    text = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout))
    assert "cuộc họp Họp" not in text and "cuộc họp giao ban tháng 9" in text
    assert "Kết luận của đồng chí Lê Văn Cường, Bí thư Tỉnh ủy tại cuộc họp giao ban" in text
    assert ", Đồng chí" not in text and "của Đồng chí" not in text
    closing = "đề nghị các cơ quan, đơn vị liên quan biết, thực hiện"
    # Nghị định 30 ends the text "./."; the Party's rules end it with a full stop.
    assert closing + ("./." if layout == "state" else ". ") in text


@pytest.mark.parametrize("allow_draft", [False, True])
def test_a_notice_of_a_meeting_with_nothing_concluded_is_refused(store, tmp_path, allow_draft):
    meeting = store.meetings.create("Họp giao ban", date="2024-09-10", chair="Lê Văn A")
    with pytest.raises(IncompleteDocumentError) as caught:
        export(
            store, meeting.id, "notice", "pdf", tmp_path / "a.pdf", "state", allow_draft=allow_draft
        )
    assert "không có gì để thông báo" in str(caught.value)
    assert [p.code for p in caught.value.problems] == ["nothing_to_report"]
    assert "nothing to announce" in caught.value.problems[0].en
    assert not (tmp_path / "a.pdf").exists()


# 8. "Nơi nhận" --------------------------------------------------------------------------------


def test_archive_line_names_the_drafting_unit_and_minutes_reach_the_task_units(store, tmp_path):
    meeting_id = make_meeting(store)
    notice = pdf_lines(export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", "state"), 1)
    assert find_line(notice, "Lưu:")["text"] == "- Lưu: VT, VP."
    assert find_line(notice, "Lưu:")["size"] == 11
    assert "Bold" in find_line(notice, "Nơi nhận")["chars"][0]["fontname"]
    minutes = pdf_text(export(store, meeting_id, "minutes", "pdf", tmp_path / "b.pdf", "state"))
    tail = minutes[minutes.index("Nơi nhận:") :]
    for unit in ("Sở Nội vụ", "Sở Tài chính", "Văn phòng Tỉnh ủy"):
        assert f"- {unit};" in tail
    assert "- Các phòng thuộc Sở; - Lưu: VT, Hồ sơ." in tail


# 9. The Party's signature: title not bold, name bold -----------------------------------------


@pytest.mark.parametrize(("layout", "title_bold"), [("state", True), ("party", False)])
def test_signature_weights(store, tmp_path, layout, title_bold):
    meeting_id = make_meeting(store)
    org = ORGANISATIONS[layout]
    out = export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout)
    lines = pdf_lines(out, pdf_page_count(out) - 1)

    def bold(text):
        return all("Bold" in c["fontname"] for c in find_line(lines, text)["chars"])

    assert bold(org.signer_authority) and bold(org.signer_name)
    assert bold(org.signer_title) == title_bold
    document = docx.Document(
        str(export(store, meeting_id, "notice", "docx", tmp_path / "a.docx", layout))
    )
    runs = {
        r.text: r.bold
        for t in document.tables
        for c in t._cells
        for p in c.paragraphs
        for r in p.runs
    }
    assert bool(runs[org.signer_title]) == title_bold and runs[org.signer_name]


# 10. Line breaks ------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_names_break_between_their_parts_and_status_words_stay_whole(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    org = org_with(layout, issuing_body="Sở Thông tin và Truyền thông", superior_body="")
    lines = pdf_lines(export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout, org))
    top = [line["text"] for line in lines if line["x1"] < A4_W / 2][:2]
    if layout == "state":
        assert top == ["SỞ THÔNG TIN", "VÀ TRUYỀN THÔNG"]
    else:
        assert "THÔNG" not in top[-1:] and " ".join(top).startswith("SỞ THÔNG TIN")
    document = docx.Document(
        str(export(store, meeting_id, "notice", "docx", tmp_path / "a.docx", layout, org))
    )
    assert (
        document.tables[0].rows[0].cells[0].paragraphs[0].text.split("\n")[0] == (lines[0]["text"])
    )
    out = export_report(
        store, tmp_path / "bc.pdf", "pdf", organisation=ORGANISATIONS[layout], today=TODAY
    )
    for page in range(pdf_page_count(out)):
        texts = [line["text"] for line in pdf_lines(out, page, gap=4)]
        assert not any(t.endswith(("hoàn", "Chưa", "thực")) for t in texts), texts
        assert not any(t.startswith(("thành", "hạn,")) for t in texts), texts


# 11. The report -------------------------------------------------------------------------------


def _big_meeting(store, tasks=300):
    units = [store.units.ensure(f"Phòng chuyên môn số {i}").id for i in range(1, 13)]
    meeting = store.meetings.create(
        "Hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ trọng tâm 6 tháng"
        " cuối năm 2024 của Sở Thông tin và Truyền thông",
        date="2024-07-19",
        document_number="7",
    )
    with store.db.atomic():
        for i in range(tasks):
            store.items.add_task(
                meeting.id,
                f"Nhiệm vụ {i + 1}: " + "rà soát, hoàn thiện và báo cáo kết quả"
                " thực hiện " * (1 + i % 3),
                lead_unit_id=units[i % 12],
                deadline=(dt.date(2024, 8, 1) + dt.timedelta(days=(i * 7) % 200)).isoformat(),
                completed_on="2024-08-20" if i % 4 == 0 else None,
                cancelled_on="2024-09-01" if i % 25 == 0 else None,
            )
    return meeting.id


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_300_task_report_is_grouped_counted_per_unit_and_short(store, tmp_path, layout):
    _big_meeting(store)
    out = export_report(
        store, tmp_path / "bc.pdf", "pdf", organisation=ORGANISATIONS[layout], today=TODAY
    )
    pages = pdf_pages(out)
    assert len(pages) < 25
    text = " ".join(pages)
    assert text.count("cuối năm 2024 của Sở Thông tin và Truyền thông (Thông báo số 07") == 1
    # 25 tasks each; unit 1's first one (task 1) is cancelled and not counted.
    assert "Phòng chuyên môn số 1 24 24 0 0 0 100,0" in text
    assert "TÌNH HÌNH THỰC HIỆN THEO ĐƠN VỊ CHỦ TRÌ" in text
    assert "ĐÁNH GIÁ CHUNG" in text and "KIẾN NGHỊ, ĐỀ XUẤT" in text
    assert "Tổng số (không kể nhiệm vụ đã hủy) 288 100,0" in text  # 12 cancelled
    # The closing and the signature share the last page.
    assert "Trên đây là báo cáo" in pages[-1] and ORGANISATIONS[layout].signer_name in pages[-1]


def test_an_empty_report_is_one_page_and_the_csv_joins_progress_notes(store, tmp_path):
    out = export_report(
        store, tmp_path / "bc.pdf", "pdf", organisation=ORGANISATIONS["state"], today=TODAY
    )
    assert pdf_page_count(out) == 1
    meeting_id = make_meeting(store)
    task = store.items.tasks(meeting_id)[3]  # "progress": one update already
    store.items.add_task_update(task.id, "2024-09-28", "Đã trình lãnh đạo Sở.")
    csv_text = export_report(
        store, tmp_path / "bc.csv", "csv", today=TODAY, organisation=ORGANISATIONS["state"]
    ).read_text("utf-8-sig")
    assert "20/09/2024: Đã xây dựng dự thảo; 28/09/2024: Đã trình lãnh đạo Sở" in csv_text


# 12. The transcript document ------------------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_transcript_docx_names_its_body_meeting_recording_and_reliability(store, tmp_path, layout):
    meeting_id = make_meeting(store)
    text = docx_text(export(store, meeting_id, "transcript", "docx", tmp_path / "t.docx", layout))
    assert ORGANISATIONS[layout].issuing_body.upper() in text
    assert "Hội nghị Đảng ủy sơ kết công tác quý III" in text
    assert "Bản ghi âm: a.ogg (00:00:30)" in text
    assert "do máy tự động chuyển từ bản ghi âm, chưa được" in text
    store.meetings.update(meeting_id, transcript_checked=True)
    text = docx_text(export(store, meeting_id, "transcript", "docx", tmp_path / "t.docx", layout))
    assert "đã được" in text and "chưa được" not in text


# DOCX as good as PDF; the secrecy mark -------------------------------------------------------


@pytest.mark.parametrize("layout", LAYOUTS)
def test_memo_and_report_as_docx_match_the_pdf(store, tmp_path, layout):
    make_meeting(store)
    org = ORGANISATIONS[layout]
    for name, write in (
        (
            "cv",
            lambda fmt: export_memo(
                store, "Sở Nội vụ", tmp_path / f"cv.{fmt}", organisation=org, today=TODAY
            ),
        ),
        (
            "bc",
            lambda fmt: export_report(
                store, tmp_path / f"bc.{fmt}", fmt, organisation=org, today=TODAY
            ),
        ),
    ):
        pdf, word = pdf_text(write("pdf")), docx_text(write("docx"))
        for probe in (
            org.signer_name,
            "Nơi nhận:",
            task_text("overdue"),
            "Chưa hoàn thành, quá hạn",
        ):
            assert probe in word and probe in pdf, (name, probe)
        document = docx.Document(str(tmp_path / f"{name}.docx"))
        table = next(
            t
            for t in document.tables
            if t.style.name == "Table Grid" and "Nhiệm vụ" in [c.text for c in t.rows[0].cells]
        )
        widths = [int(col.get(qn("w:w"))) / 20 for col in table._tbl.tblGrid]
        section = document.sections[0]
        frame = (section.page_width - section.left_margin - section.right_margin) / 12700
        assert sum(widths) == pytest.approx(frame, abs=1.5)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(("level", "word"), [("mat", "MẬT"), ("toi_mat", "TỐI MẬT")])
def test_a_secret_meeting_prints_its_mark_under_the_number(store, tmp_path, layout, level, word):
    import pdfplumber

    meeting_id = make_meeting(store)
    plain = pdf_text(export(store, meeting_id, "notice", "pdf", tmp_path / "p.pdf", layout))
    assert "MẬT" not in plain
    store.meetings.update(meeting_id, secrecy=level)
    out = export(store, meeting_id, "notice", "pdf", tmp_path / "a.pdf", layout)
    lines = pdf_lines(out)
    mark, number = find_line(lines, word), find_line(lines, "Số")
    assert mark["text"] == word and mark["baseline"] > number["baseline"]
    assert abs(centre(mark) - centre(number)) < 2
    assert all("Bold" in c["fontname"] for c in mark["chars"])
    with pdfplumber.open(out) as pdf:
        frames = [
            r
            for r in pdf.pages[0].rects
            if r["x0"] < mark["x0"] < r["x1"] and r["top"] < mark["baseline"] < r["bottom"]
        ]
    assert len(frames) == 2  # the stamp's double border
    document = docx.Document(
        str(export(store, meeting_id, "minutes", "docx", tmp_path / "a.docx", layout))
    )
    cell = document.tables[0].rows[1].cells[0]
    stamp = next(p for p in cell.paragraphs if p.text == word)
    border = stamp._p.pPr.find(qn("w:pBdr")).find(qn("w:top"))
    assert border.get(qn("w:val")) == "double"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
@pytest.mark.parametrize("layout", LAYOUTS)
def test_word_breaks_the_notice_where_the_pdf_does(store, tmp_path, layout):
    """The DOCX opened in LibreOffice (Times New Roman metrics, as Word) has the PDF's lines."""
    meeting_id = make_meeting(store)
    pdf = export(store, meeting_id, "notice", "pdf", tmp_path / "tb.pdf", layout)
    word = export(store, meeting_id, "notice", "docx", tmp_path / "tb.docx", layout)
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "lo"),
            str(word),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    converted = tmp_path / "lo" / "tb.pdf"

    def lines(path):  # every line but the page numbers (the pages may break apart)
        found = [line["text"] for p in range(pdf_page_count(path)) for line in pdf_lines(path, p)]
        return [text for text in found if not text.isdigit()]

    assert lines(converted) == lines(pdf)
