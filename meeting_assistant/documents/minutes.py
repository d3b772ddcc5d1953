"""The minutes (Biên bản, symbol BB; Mẫu 1.9 of Nghị định 30/2020): no place-and-date line; start
time, place, attendees, chair, secretary, content, the chair's conclusions, the task table, end
time; the secretary signs left and the chair right. Optionally the transcript as an appendix."""

from __future__ import annotations

import re

from .blocks import Column, Columns, Document, PageBreak, Para, Run, Spacer, Table
from .content import MeetingContent, TranscriptLine
from .layout import MM, Layout
from .letterhead import header, heading, para, paragraphs, recipients, signature, title
from .letterhead import org_recipients as extra_recipients
from .transcript import clock

_M = "documents.minutes."
_CLOCK = re.compile(r"^\s*(\d{1,2})[:hg.]\s*(\d{2})")


def clock_time(layout: Layout, value: str) -> str:
    """ "14:00" → "14 giờ 00"; blank → "… giờ …"; anything else as typed."""
    blank = layout.get("blank")
    if not value:
        return layout.text(_M + "time", h=blank, m=blank)
    match = _CLOCK.match(value)
    return layout.text(_M + "time", h=match[1], m=match[2]) if match else value


def transcript_line(layout: Layout, line: TranscriptLine, prefix: str) -> str:
    time = clock(line.start, millis=False)
    if line.speaker:
        return layout.text(prefix + "line", time=time, speaker=line.speaker, text=line.text)
    return layout.text(prefix + "line_no_speaker", time=time, text=line.text)


def transcript_paragraphs(layout: Layout, lines: list[TranscriptLine], prefix: str) -> list:
    """One left-aligned paragraph per segment ("[00:01:05] Speaker: text"), in the size the
    layout gives under `prefix` (the minutes' appendix, the transcript document)."""
    size = layout.get(prefix + "size")
    return [
        para(layout, transcript_line(layout, line, prefix), size=size, indent=False,
             align="left", after=3)
        for line in lines
    ]  # fmt: skip


def columns(layout: Layout, key: str) -> list[Column]:
    return [Column(c["label"], c["weight"], c.get("align", "left")) for c in layout.get(key)]


def _people(layout: Layout, content: MeetingContent) -> list:
    item = _M + "attendee_item"
    out = [heading(layout, layout.get(_M + "attendees_heading"))]
    for p in content.present:
        text = (
            layout.text(_M + "attendee_with_role", name=p.name, role=p.role) if p.role else p.name
        )
        out.append(para(layout, layout.text(item, text=text), after=0))
    total = len(content.present) + len(content.absent)
    if total:
        out.append(
            para(
                layout,
                layout.text(
                    _M + "attendance",
                    present=len(content.present),
                    total=total,
                    absent=len(content.absent),
                ),
                before=layout.get("body.space_after_pt"),
            )
        )
    if content.absent:
        out.append(para(layout, layout.get(_M + "absent_heading"), keep=True, after=0))
        for p in content.absent:
            text = (
                layout.text(_M + "attendee_with_role", name=p.name, role=p.role)
                if p.role
                else p.name
            )
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


def build_minutes(
    content: MeetingContent, layout: Layout, org, *, include_transcript: bool = False
) -> Document:
    c = content
    blank = layout.get("blank")
    day = layout.date(c.date)
    blocks: list = [header(layout, org, kind=layout.get(_M + "kind"), number=c.document_number)]
    blocks += title(layout, layout.get(_M + "type"), [c.title])
    blocks.append(
        para(layout, layout.text(_M + "start", time=clock_time(layout, c.start_time), date=day))
    )
    blocks.append(para(layout, layout.text(_M + "place", place=c.place or blank)))
    blocks += _people(layout, c)
    blocks.append(para(layout, layout.text(_M + "chair", chair=c.chair or blank)))
    blocks.append(para(layout, layout.text(_M + "secretary", secretary=c.secretary or blank)))
    blocks.append(heading(layout, layout.get(_M + "content_heading")))
    if c.agenda:
        blocks.append(para(layout, layout.get(_M + "agenda_heading"), italic=True, keep=True))
        blocks += paragraphs(layout, c.agenda)
    if c.summary:
        blocks.append(para(layout, layout.get(_M + "summary_heading"), italic=True, keep=True))
        blocks += paragraphs(layout, c.summary)
    if c.conclusions:
        blocks.append(heading(layout, layout.get(_M + "conclusions_heading")))
        blocks += [
            para(layout, layout.text(_M + "conclusion", n=n, text=text))
            for n, text in enumerate(c.conclusions, 1)
        ]
    if c.tasks:
        blocks.append(heading(layout, layout.get(_M + "tasks_heading")))
        blocks.append(_task_table(layout, c))
    blocks.append(
        para(layout, layout.text(_M + "end", time=clock_time(layout, c.end_time), date=day))
    )
    blocks.append(para(layout, layout.get(_M + "read_out")))
    frame_mm = layout.frame_width_pt() / MM
    sign_mm = min(layout.get("signature.width_mm"), frame_mm / 2)
    blocks.append(Spacer(6))
    blocks.append(
        Columns(
            [sign_mm, frame_mm - 2 * sign_mm, sign_mm],
            [
                signature(layout, [layout.get(_M + "secretary_sign")], c.secretary),
                [],
                signature(layout, [layout.get(_M + "chair_sign")], c.chair),
            ],
            space_after_pt=layout.get("title.space_after_pt"),
        )
    )
    left_mm = layout.get("recipients.width_mm")
    blocks.append(
        Columns(
            [left_mm, frame_mm - left_mm],
            [recipients(layout, extra_recipients(layout, org), _M + "archive"), []],
        )
    )
    if include_transcript:
        blocks.append(PageBreak())
        blocks.append(
            Para(
                [Run(layout.get(_M + "appendix_title"), bold=True)],
                size=layout.get("title.subject_size"),
                align="center",
                space_after_pt=layout.get("title.space_after_pt"),
            )
        )
        blocks += transcript_paragraphs(layout, c.transcript, _M + "appendix_")
    return Document(
        title=f"{layout.get(_M + 'type')} {c.title}", author=org.issuing_body, blocks=blocks
    )
