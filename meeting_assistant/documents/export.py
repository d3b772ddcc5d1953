"""The documents a clerk issues, written in one call each: the command line and the window call
exactly these.

    export_meeting(store, 12, "notice", "pdf", Path("TB-12.pdf"))
    export_memo(store, "Sở Tài chính", Path("don-doc.docx"))
    export_report(store, Path("bao-cao.pdf"), "pdf", date_from=date(2024, 7, 1))

Everything a document shows is read from the store first (a missing meeting or unit fails before
any file is touched) and checked (`checks.check_ready`): a document that lacks its signer, its
issuing body or confirmed conclusions is refused with an `IncompleteDocumentError` listing what
is missing, unless `allow_draft` — then it prints with blanks and is marked "DỰ THẢO". With
`assign_number` a final document without a number gets the next one of its series, registered
in the same transaction as the file is written. Files go through `atomic_output`: a target is
replaced whole or not at all. The layout (Nhà nước or Đảng) comes from the organisation's
settings unless one is given; a meeting may name its own issuing body and signer.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.platypus.doctemplate import LayoutError

from ..errors import UserError
from ..followup.status import DEFAULT_DUE_SOON_DAYS
from .atomic import atomic_output
from .blocks import Document, Para, Run
from .checks import Problem, check_ready
from .content import day, meeting_content, memo_content, report_content
from .docx_render import render_docx
from .layout import Layout, load_layout
from .memo import build_memo
from .minutes import build_minutes
from .notice import build_notice
from .numbering import issue_free_number, issue_number
from .organisation import Organisation, load_organisation
from .pdf_render import render_pdf
from .report import build_report, report_csv
from .transcript import render as render_transcript
from .transcript_doc import build_transcript

# A meeting's documents and their formats, the default first.
KINDS: dict[str, tuple[str, ...]] = {
    "notice": ("pdf", "docx"),
    "minutes": ("docx", "pdf"),
    "transcript": ("txt", "srt", "vtt", "docx"),
}
# The documents that span meetings.
OTHER_KINDS: dict[str, tuple[str, ...]] = {
    "memo": ("pdf", "docx"),
    "report": ("pdf", "csv", "docx"),
}


_KIND_NAMES = {
    "notice": ("thông báo kết luận", "conclusion notice"),
    "minutes": ("biên bản", "minutes"),
    "transcript": ("bản ghi lời", "transcript"),
    "memo": ("công văn đôn đốc", "follow-up letter"),
    "report": ("báo cáo", "report"),
}


def _formats(kind: str, kinds: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    kinds = kinds or {**KINDS, **OTHER_KINDS}
    if kind not in kinds:
        raise UserError(
            "Không có loại văn bản “{kind}”. Chọn một trong: {known}.",
            "There is no document kind “{kind}”. Use one of: {known}.",
            kind=kind,
            known=", ".join(kinds),
        )
    return kinds[kind]


def _check(kind: str, fmt: str, kinds: dict[str, tuple[str, ...]] | None = None) -> str:
    formats = _formats(kind, kinds)
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in formats:
        vi, en = _KIND_NAMES.get(kind, (kind, kind))
        raise UserError(
            "Không xuất được {what_vi} dạng “{fmt}”. Các dạng có thể: {known}.",
            "A {what_en} cannot be written as “{fmt}”. Possible formats: {known}.",
            what_vi=vi,
            what_en=en,
            fmt=fmt,
            known=", ".join(formats),
        )
    return fmt


def default_format(kind: str, out: Path) -> str:
    """The format the file name asks for ("TB-12.docx" → docx) if the kind has it, else the
    kind's usual one."""
    formats = _formats(kind)
    suffix = Path(out).suffix.lower().lstrip(".")
    return suffix if suffix in formats else formats[0]


def _settings(
    store, organisation: Organisation | None, today: dt.date | None, due_soon_days: int | None
) -> tuple[Organisation, dt.date, int]:
    org = organisation if organisation is not None else load_organisation(store)
    soon = DEFAULT_DUE_SOON_DAYS if due_soon_days is None else due_soon_days
    return org, today or dt.date.today(), soon


def _write_text(out: Path, text: str, *, bom: bool = False) -> None:
    with atomic_output(out) as temp:
        temp.write_text(text, encoding="utf-8-sig" if bom else "utf-8", newline="")


def _marked(doc: Document, layout: Layout, problems: list[Problem]) -> Document:
    """A document made in spite of blocking problems says "DỰ THẢO" at the top of page 1."""
    if any(p.blocking for p in problems):
        d = layout.get("draft")
        mark = Para(
            [Run(d["text"], bold=bool(d.get("bold", True)))],
            size=d["size"],
            align="right",
            space_after_pt=2,
        )
        doc.blocks.insert(0, mark)
    return doc


def _render(doc: Document, layout: Layout, fmt: str, out: Path) -> None:
    with atomic_output(out) as temp:
        try:
            (render_pdf if fmt == "pdf" else render_docx)(doc, layout, temp)
        except LayoutError as exc:  # one block taller than a page: nothing can place it
            raise UserError(
                "Không dàn trang được văn bản: có một nội dung quá dài để nằm trên một trang"
                " (ví dụ một tên đơn vị hay một đoạn văn không có dấu cách). Hãy sửa nội dung"
                " đó rồi thử lại.",
                "The document cannot be laid out: one piece of it is too long to fit on a page"
                " (a unit name, or a paragraph without spaces, for instance). Shorten it and"
                " try again.",
            ) from exc


def export_meeting(
    store,
    meeting_id: int,
    kind: str,
    fmt: str,
    out: Path,
    *,
    organisation: Organisation | None = None,
    include_transcript: bool = False,
    today: dt.date | None = None,
    allow_draft: bool = False,
    assign_number: bool = False,
    issued_on: dt.date | None = None,
    due_soon_days: int | None = None,
) -> Path:
    """Write a meeting's conclusion notice (pdf/docx), minutes (docx/pdf; `include_transcript`
    adds the transcript as an appendix when there is one) or transcript (txt/srt/vtt/docx) to
    `out`. The notice is dated `issued_on`, else the meeting's notice date, else `today`."""
    fmt = _check(kind, fmt, KINDS)
    out = Path(out)
    if kind == "transcript" and fmt != "docx":
        chair = store.meetings.get(meeting_id).chair
        text = render_transcript(
            fmt,
            store.segments.for_meeting(meeting_id),
            store.audio.for_meeting(meeting_id),
            chair,
        )
        _write_text(out, text)
        return out
    org, today, soon = _settings(store, organisation, today, due_soon_days)
    meeting = store.meetings.get(meeting_id)
    own = org.for_meeting(meeting)
    problems = check_ready(store, meeting_id, kind, organisation=org, allow_draft=allow_draft)
    layout = load_layout(own.layout)
    issued = issued_on or day(meeting.notice_date) or today
    with store.atomic():  # a number given here is kept only if the file is written
        if assign_number and not allow_draft and kind in ("notice", "minutes"):
            issue_number(
                store,
                meeting_id,
                kind,
                on=issued if kind == "notice" else (day(meeting.date) or today),
                organisation=org,
            )
            if kind == "notice" and not meeting.notice_date:
                # Issued today: printed again later, it keeps this date.
                store.meetings.update(meeting_id, notice_date=issued.isoformat())
            problems = [p for p in problems if p.code != "number"]
        content = meeting_content(
            store,
            meeting_id,
            today=today,
            due_soon_days=soon,
            transcript=kind == "transcript" or include_transcript,
        )
        if kind == "notice":
            doc = build_notice(content, layout, own, issued_on=issued)
        elif kind == "minutes":
            doc = build_minutes(content, layout, own, include_transcript=include_transcript)
        else:
            doc = build_transcript(content, layout, own)
        _render(_marked(doc, layout, problems), layout, fmt, out)
    return out


def export_memo(
    store,
    unit: str,
    out: Path,
    fmt: str | None = None,
    *,
    organisation: Organisation | None = None,
    today: dt.date | None = None,
    due_soon_days: int | None = None,
    report_within_days: int | None = None,
    allow_draft: bool = False,
    assign_number: bool = False,
) -> Path:
    """Write a follow-up letter (PDF or DOCX; by default what the file name says) asking `unit`
    to act on its overdue and due-soon tasks. A unit not in the directory, or one with nothing
    to chase, is a UserError."""
    out = Path(out)
    fmt = _check("memo", fmt or default_format("memo", out))
    org, today, soon = _settings(store, organisation, today, due_soon_days)
    layout = load_layout(org.layout)
    content = memo_content(store, unit, today=today, due_soon_days=soon)
    problems = check_ready(store, None, "memo", organisation=org, allow_draft=allow_draft)
    days = report_within_days or layout.get("documents.memo.report_within_days")
    with store.atomic():
        number = (
            issue_free_number(store, "memo", on=today, organisation=org)
            if assign_number and not allow_draft
            else ""
        )
        doc = build_memo(content, layout, org, report_within_days=days, number=number)
        _render(_marked(doc, layout, problems), layout, fmt, out)
    return out


def export_report(
    store,
    out: Path,
    fmt: str,
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    organisation: Organisation | None = None,
    today: dt.date | None = None,
    due_soon_days: int | None = None,
    allow_draft: bool = False,
    assign_number: bool = False,
) -> Path:
    """Write the report on tasks assigned at meetings held in [date_from, date_to] (inclusive,
    either end open), their status as of `today`: a PDF or DOCX, or a CSV (UTF-8 with BOM, for
    Excel; a CSV has no signature and is never refused)."""
    fmt = _check("report", fmt)
    out = Path(out)
    org, today, soon = _settings(store, organisation, today, due_soon_days)
    layout = load_layout(org.layout)
    content = report_content(
        store, date_from=date_from, date_to=date_to, today=today, due_soon_days=soon
    )
    if fmt == "csv":
        _write_text(out, report_csv(content, layout, org), bom=True)
        return out
    problems = check_ready(store, None, "report", organisation=org, allow_draft=allow_draft)
    with store.atomic():
        number = (
            issue_free_number(store, "report", on=today, organisation=org)
            if assign_number and not allow_draft
            else ""
        )
        doc = build_report(content, layout, org, number=number)
        _render(_marked(doc, layout, problems), layout, fmt, out)
    return out
