"""Shared makings for the document tests: a meeting with tasks in every status, organisations in
both layouts, and readers for what the PDF and DOCX files hold."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

from meeting_assistant.documents.organisation import Organisation
from meeting_assistant.models import Segment
from meeting_assistant.services import Services

TODAY = dt.date(2024, 10, 1)
LAYOUTS = ("state", "party")
TITLE = "Hội nghị Đảng ủy sơ kết công tác quý III"
TRICKY = "<b>Sở & Ban</b> thống nhất kết luận"

ORGANISATIONS = {
    "state": Organisation(
        layout="state", superior_body="UBND tỉnh Bắc Ninh", issuing_body="Sở Nội vụ",
        symbol="SNV", place="Bắc Ninh", signer_authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC", signer_name="Trần Văn An",
        recipients="UBND tỉnh (để báo cáo);\nCác phòng thuộc Sở", drafting_unit="VP",
        follow_up_unit="Văn phòng Sở", contact_person="đồng chí Phạm Thu Hà, Văn phòng Sở",
        contact_phone="0222 3822 123", address="Số 10 Lý Thái Tổ, thành phố Bắc Ninh",
        phone="0222 3822 100", email="snv@bacninh.gov.vn",
    ),
    "party": Organisation(
        layout="party", issuing_body="Tỉnh ủy Bắc Ninh", symbol="TU", place="Bắc Ninh",
        signer_authority="T/M BAN THƯỜNG VỤ", signer_title="PHÓ BÍ THƯ",
        signer_name="Nguyễn Thị Bình", recipients="Ban Bí thư (để báo cáo)",
        follow_up_unit="Văn phòng Tỉnh ủy", term="2025-2030",
    ),
}  # fmt: skip

# name: (lead, coordinating, deadline, completed, cancelled); statuses on TODAY, soon = 7 days
TASKS = {
    "early": ("Sở Nội vụ", ["Sở Tài chính"], "2024-09-30", "2024-09-20", None),
    "late": ("Sở Nội vụ", [], "2024-09-15", "2024-09-25", None),
    "overdue": ("Sở Tài chính", ["Sở Nội vụ"], "2024-09-25", None, None),
    "progress": ("Văn phòng Tỉnh ủy", [], "2024-12-31", None, None),
    "soon": ("Sở Nội vụ", ["Văn phòng Tỉnh ủy"], "2024-10-05", None, None),
    "ongoing": ("Sở Tài chính", [], None, None, None),
    "cancelled": ("Văn phòng Tỉnh ủy", [], "2024-11-30", None, "2024-09-28"),
}
STATUS_OF = {"early": "done_on_time", "late": "done_late", "overdue": "overdue",
             "progress": "in_progress", "soon": "due_soon", "ongoing": "ongoing",
             "cancelled": "cancelled"}  # fmt: skip


def task_text(name: str) -> str:
    return f"Nhiệm vụ {name}: rà soát quy chế làm việc"


def make_meeting(
    store,
    *,
    document_number: str = "12",
    segments: bool = True,
    drafts: bool = False,
    minutes_number: str = "3",
) -> int:
    """A meeting with attendees (one absent), three confirmed conclusions (one with markup
    characters; left as drafts with `drafts`), the seven tasks of TASKS and a short transcript.
    Its title is stored decomposed (NFD), as an older version or another program might have
    written it."""
    meeting = store.meetings.create(
        "placeholder", date="2024-09-10", start_time="08:00", end_time="11:30",
        place="Hội trường Tỉnh ủy", chair="Đồng chí Lê Văn Cường, Bí thư Tỉnh ủy",
        secretary="Phạm Thu Hà", document_number=document_number,
        minutes_number=minutes_number,
        agenda="Sơ kết công tác quý III", summary="Các đại biểu thảo luận.\nChủ trì kết luận.",
    )  # fmt: skip
    store.db["meetings"].update(meeting.id, {"title": unicodedata.normalize("NFD", TITLE)})
    unit = store.units.ensure("Sở Nội vụ").id
    store.meetings.add_attendee(meeting.id, "Lê Văn Cường", "Bí thư Tỉnh ủy")
    store.meetings.add_attendee(meeting.id, "Đỗ Minh Đức", "Giám đốc", unit)
    store.meetings.add_attendee(meeting.id, "Vũ Thị Hoa", "Phó Giám đốc", unit, False, "ốm")
    state = "draft" if drafts else "confirmed"
    for text in ("Biểu dương các đơn vị đã hoàn thành tốt nhiệm vụ.", TRICKY,
                 "Yêu cầu các đơn vị khẩn trương khắc phục hạn chế."):  # fmt: skip
        store.items.add_conclusion(meeting.id, text, state=state)
    ids = {}
    for name, (lead, coordinating, deadline, done, cancelled) in TASKS.items():
        task = store.items.add_task(meeting.id, task_text(name))
        Services(store).items.update_task(task.id, lead_unit=lead, coordinating_units=coordinating,
                    deadline=deadline, ongoing=deadline is None, completed_on=done,
                    cancelled_on=cancelled)  # fmt: skip
        ids[name] = task.id
    store.items.add_task_update(ids["progress"], "2024-09-20", "Đã xây dựng dự thảo")
    if segments:
        audio = store.audio.add(meeting.id, stored_path="a.ogg", original_name="a.ogg",
                                sha256="x", size_bytes=1, duration=30.0)  # fmt: skip
        for start, speaker, text in (
            (0.0, "Lê Văn Cường", "Khai mạc hội nghị."),
            (12.0, "Đỗ Minh Đức", "Báo cáo <kết quả> & kiến nghị."),
        ):
            store.segments.add(Segment(None, meeting.id, audio.id, start, start + 5, text, speaker))
    return meeting.id


def pdf_pages(path: Path) -> list[str]:
    """Each page's text with white space collapsed (wrapped lines joined by one space)."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def pdf_text(path: Path) -> str:
    return " ".join(pdf_pages(path))


def pdf_fonts(path: Path) -> list[dict]:
    """Every font named in any page's resources (descendant fonts of composite ones too)."""
    from pypdf import PdfReader

    fonts = []
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts.append(font)
            fonts += [d.get_object() for d in font.get("/DescendantFonts", [])]
    return fonts


def docx_text(path: Path) -> str:
    """All text of a DOCX (body paragraphs, then every table cell), white space collapsed."""
    import docx

    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]

    def cells(table):
        for row in table.rows:
            for cell in row.cells:
                yield from (p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    yield from cells(inner)

    for table in document.tables:
        parts += list(cells(table))
    return " ".join(" ".join(parts).split())


def leftovers(folder: Path) -> list[str]:
    """Temporary files an interrupted write could leave."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# Where things stand on a PDF page (pdfplumber) ------------------------------------------------

MM = 72 / 25.4


def pdf_lines(path: Path, page: int = 0, gap: float = 12.0) -> list[dict]:
    """The text lines of a page, top to bottom: words on one baseline (from each character's
    text matrix, so 13 pt and 14 pt text on one line count as one), split where a gap wider
    than `gap` points separates columns. Each line: text, baseline (points from the top of the
    page), x0, x1, and its chars."""
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        p = pdf.pages[page]
        height = p.height
        words = p.extract_words(extra_attrs=["fontname", "size"], return_chars=True)
    rows: dict[float, list[dict]] = {}
    for word in words:
        base = round(height - word["chars"][0]["matrix"][5], 1)
        key = next((k for k in rows if abs(k - base) < 0.6), base)
        rows.setdefault(key, []).append(word)
    lines = []
    for base in sorted(rows):
        group = sorted(rows[base], key=lambda w: w["x0"])
        current: list[dict] = []
        for word in group:
            if current and word["x0"] - current[-1]["x1"] > gap:
                lines.append(_line(base, current))
                current = []
            current.append(word)
        lines.append(_line(base, current))
    return lines


def _line(base: float, words: list[dict]) -> dict:
    return {
        "text": " ".join(w["text"] for w in words),
        "baseline": base,
        "x0": words[0]["x0"],
        "x1": words[-1]["x1"],
        "size": words[0]["size"],
        "chars": [c for w in words for c in w["chars"]],
    }


def find_line(lines: list[dict], text: str) -> dict:
    """The first line that contains `text`."""
    found = [line for line in lines if text in line["text"]]
    assert found, f"no line with {text!r} in {[line['text'] for line in lines]}"
    return found[0]


def centre(line: dict) -> float:
    return (line["x0"] + line["x1"]) / 2


def pdf_page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)
