"""The minutes (Biên bản, symbol BB; Mẫu 1.9 of Nghị định 30/2020, or the Party's form of
Hướng dẫn 16-HD/VPTW): start time, place, attendees, chair, secretary, content, the chair's
conclusions, the task table, end time; the secretary signs left and the chair right, each with
the name alone. Optionally the transcript as an appendix (Phụ lục I, Mục III.1), numbered on its
own pages — and left out, not printed empty, when there is no transcript."""

from __future__ import annotations

from ..text import names_person
from .blocks import Appendix, Column, Columns, Document, Para, Rule, Run, Spacer, Table
from .content import MeetingContent, TranscriptLine
from .layout import MM, Layout
from .letterhead import (
    ended,
    header,
    heading,
    kept,
    para,
    paragraphs,
    recipient_line,
    recipients,
    signature,
    title,
)
from .letterhead import org_recipients as extra_recipients
from .notice import units_concerned
from .transcript import clock
from .wording import person_name

_M = "documents.minutes."


def transcript_line(layout: Layout, line: TranscriptLine, prefix: str) -> str:
    time = clock(line.start, millis=False)
    if line.speaker:
        return layout.text(prefix + "line", time=time, speaker=line.speaker, text=line.text)
    return layout.text(prefix + "line_no_speaker", time=time, text=line.text)


def speaker_blocks(lines: list[TranscriptLine]) -> list[tuple[str, list[TranscriptLine]]]:
    """Consecutive lines of one speaker, as (speaker, lines): a block per turn ("" for lines
    with no speaker)."""
    blocks: list[tuple[str, list[TranscriptLine]]] = []
    for line in lines:
        if blocks and blocks[-1][0] == (line.speaker or ""):
            blocks[-1][1].append(line)
        else:
            blocks.append((line.speaker or "", [line]))
    return blocks


def transcript_paragraphs(
    layout: Layout, lines: list[TranscriptLine], prefix: str, chair: str = ""
) -> list:
    """The transcript in the size the layout gives under `prefix` (the minutes' appendix, the
    transcript document): one left-aligned paragraph per segment ("[00:01:05] text"), and the
    speaker's name in bold once at the start of each of their turns ("(chủ trì)" after the
    chair's). With no speaker at all, one line per segment as before diarization."""
    size = layout.get(prefix + "size")

    def line_para(line: TranscriptLine, text: str) -> Para:
        return para(layout, text, size=size, indent=False, align="left", after=3)

    if not any(line.speaker for line in lines):
        return [line_para(line, transcript_line(layout, line, prefix)) for line in lines]
    out: list = []
    for speaker, block in speaker_blocks(lines):
        if speaker:
            key = "speaker_chair" if names_person(chair, speaker) else "speaker"
            out.append(
                para(
                    layout,
                    layout.text(prefix + key, speaker=speaker),
                    bold=True,
                    size=size,
                    indent=False,
                    align="left",
                    before=6 if out else 0,
                    after=2,
                    keep=True,  # a name never ends a page without its first line
                )
            )
        for line in block:
            time = clock(line.start, millis=False)
            out.append(
                line_para(line, layout.text(prefix + "line_no_speaker", time=time, text=line.text))
            )
    return out


def columns(layout: Layout, key: str) -> list[Column]:
    return [
        Column(c["label"], c["weight"], c.get("align", "left"), bool(c.get("keep_lines")))
        for c in layout.get(key)
    ]


def _person(layout: Layout, p) -> str:
    return layout.text(_M + "attendee_with_role", name=p.name, role=p.role) if p.role else p.name


def _people(layout: Layout, content: MeetingContent) -> list:
    """ "Thành phần tham dự:" with the people under it — nothing at all when none is entered."""
    item = _M + "attendee_item"
    total = len(content.present) + len(content.absent)
    if not total:
        return []
    out = [heading(layout, layout.get(_M + "attendees_heading"))]
    out += [
        para(layout, layout.text(item, text=_person(layout, p)), after=0) for p in content.present
    ]
    out.append(
        para(
            layout,
            layout.text(
                _M + "attendance",
                present=len(content.present),
                total=total,
                absent=len(content.absent),
            ),
            before=layout.get("body.space_after_pt") if content.present else 0,
        )
    )
    if content.absent:
        out.append(para(layout, layout.get(_M + "absent_heading"), keep=True, after=0))
        for p in content.absent:
            text = _person(layout, p)
            if p.note:
                text += layout.text(_M + "absent_reason", note=p.note)
            out.append(para(layout, layout.text(item, text=text), after=0))
        out.append(Spacer(layout.get("body.space_after_pt")))
    return out


def _task_table(layout: Layout, content: MeetingContent) -> Table:
    rows = []
    for number, task in enumerate(content.tasks, 1):
        text = task.content
        if task.coordinating:
            text += layout.text(_M + "coordinating", units=", ".join(task.coordinating))
        deadline = layout.deadline_cell(task.deadline, task.ongoing, task.deadline_text)
        rows.append([str(number), text, task.lead_unit, deadline])
    return Table(columns(layout, _M + "task_columns"), rows, size=layout.get("table.size"))


def _content(layout: Layout, c: MeetingContent) -> list:
    """ "Nội dung cuộc họp:" and what is under it: agenda, summary, conclusions, tasks."""
    body: list = []
    if c.agenda:
        body.append(para(layout, layout.get(_M + "agenda_heading"), italic=True, keep=True))
        body += paragraphs(layout, c.agenda)
    if c.summary:
        body.append(para(layout, layout.get(_M + "summary_heading"), italic=True, keep=True))
        body += paragraphs(layout, c.summary)
    if c.remarks:
        body.append(para(layout, layout.get(_M + "remarks_heading"), italic=True, keep=True))
        body += [
            para(layout, layout.text(_M + "remark", speaker=who, text=text))
            for who, text in c.remarks
        ]
    if c.conclusions:
        body.append(heading(layout, layout.get(_M + "conclusions_heading")))
        body += [
            para(layout, layout.text(_M + "conclusion", n=n, text=text))
            for n, text in enumerate(c.conclusions, 1)
        ]
    if c.tasks:
        body.append(heading(layout, layout.get(_M + "tasks_heading")))
        body.append(_task_table(layout, c))
    return [heading(layout, layout.get(_M + "content_heading")), *body] if body else []


def signatures(layout: Layout, org, c: MeetingContent) -> Columns:
    """THƯ KÝ (or NGƯỜI GHI BIÊN BẢN) left, CHỦ TỌA (CHỦ TRÌ HỘI NGHỊ) right, names only;
    "Nơi nhận" under the left one. One row, which no page break can split: the recipients never
    stand on a page of their own, in Word either."""
    frame_mm = layout.frame_width_pt() / MM
    sign_mm = min(layout.get("signature.width_mm"), frame_mm / 2)
    known = [p.name for p in c.present + c.absent]
    secretary = signature(
        layout, layout.get(_M + "secretary_sign"), "", person_name(layout, c.secretary, known)
    )
    chair = signature(
        layout, layout.get(_M + "chair_sign"), "", person_name(layout, c.chair, known)
    )
    lines = [recipient_line(layout, u) for u in units_concerned(c)] + extra_recipients(layout, org)
    to = recipients(layout, lines, layout.get(_M + "archive"))
    left = [*secretary, Spacer(layout.get("title.space_after_pt")), *to]
    return Columns([sign_mm, frame_mm - 2 * sign_mm, sign_mm], [[left, [], chair]])


def appendix(layout: Layout, org, c: MeetingContent, number_code: str) -> list:
    """The transcript as "Phụ lục" (Phụ lục I, Mục III.1 and Mẫu 2.1): its label, its upper-case
    title, "(Kèm theo Biên bản số … ngày … của …)", a short rule, then the lines."""
    if not c.transcript:
        return []
    issuer = org.issuing_body or layout.get("blank")
    when = layout.date_words(c.date)
    note = layout.text(_M + "appendix_attached", code=number_code, date=when, issuer=issuer)
    return [
        Appendix(),
        Para(
            [Run(layout.get(_M + "appendix_label"), bold=True)],
            size=layout.get(_M + "appendix_label_size"),
            align="center",
        ),
        Para(
            [Run(layout.get(_M + "appendix_title"), bold=True)],
            size=layout.get(_M + "appendix_title_size"),
            align="center",
        ),
        Para([Run(note, italic=True)], size=layout.get(_M + "appendix_note_size"), align="center"),
        Rule(
            layout.get("title.rule.length_mm") * MM
            if "length_mm" in layout.get("title.rule")
            else 30 * MM,
            layout.get("header.rule_width_pt"),
            space_after_pt=12,
        ),
        *transcript_paragraphs(layout, c.transcript, _M + "appendix_", c.chair),
    ]


def build_minutes(
    content: MeetingContent, layout: Layout, org, *, include_transcript: bool = False
) -> Document:
    c = content
    blank = layout.get("blank")
    kind = layout.get(_M + "kind")
    when = layout.date_words(c.date)
    dated = (org.place, c.date) if layout.get(_M + "dated") else None
    blocks: list = [
        header(layout, org, kind=kind, number=c.minutes_number, dated=dated, secrecy=c.secrecy)
    ]
    blocks += title(layout, layout.get(_M + "type"), [c.title])
    blocks.append(
        para(layout, layout.text(_M + "start", time=layout.clock(c.start_time), date=when))
    )
    blocks.append(para(layout, layout.text(_M + "place", place=c.place or blank)))
    blocks += _people(layout, c)
    blocks.append(para(layout, layout.text(_M + "chair", chair=c.chair or blank)))
    blocks.append(para(layout, layout.text(_M + "secretary", secretary=c.secretary or blank)))
    blocks += _content(layout, c)
    end = para(layout, layout.text(_M + "end", time=layout.clock(c.end_time), date=when))
    read_out = para(layout, ended(layout, layout.get(_M + "read_out"), _M + "end_mark"))
    blocks.append(kept(end, read_out, Spacer(6), signatures(layout, org, c)))
    if include_transcript:
        code = layout.number_code(c.minutes_number, kind, org.symbol, room=True)
        blocks += appendix(layout, org, c, code)
    return Document(
        title=f"{layout.get(_M + 'type')} {c.title}", author=org.issuing_body, blocks=blocks
    )
