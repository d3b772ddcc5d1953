"""The conclusion notice (Thông báo kết luận, symbol TB; Mẫu 1.4 of Nghị định 30/2020, or the
Party's form): the chair's numbered conclusions, the tasks grouped by lead unit (key tasks
marked), who follows them up and by when. Dated the day it is issued, not the day of the
meeting."""

from __future__ import annotations

import datetime as dt

from .blocks import Document, Spacer
from .content import MeetingContent, TaskItem, by_lead_unit
from .layout import Layout
from .letterhead import closing, ended, header, heading, kept, para, recipient_line, title
from .letterhead import org_recipients as extra_recipients
from .wording import at_sentence_start, in_sentence, meeting_phrase

_N = "documents.notice."
_END = (".", ";", ":", "!", "?", "…")


def _people(layout: Layout, content: MeetingContent) -> str:
    names = [
        layout.text(_N + "attendee_with_role", name=p.name, role=p.role)
        if p.role
        else layout.text(_N + "attendee", name=p.name)
        for p in content.present
    ]
    return layout.get(_N + "attendee_separator").join(names)


def task_sentence(layout: Layout, task: TaskItem, prefix: str = _N) -> str:
    content = task.content.rstrip(" .;")
    if task.is_key and layout.get(prefix + "key_task"):
        content += layout.get(prefix + "key_task")
    line = layout.text(prefix + "task", content=content)
    if not line.endswith(_END):
        line += "."
    if task.coordinating:
        line += layout.text(prefix + "coordinating", units=", ".join(task.coordinating))
    deadline = layout.deadline(task.deadline, task.ongoing, task.deadline_text)
    if deadline:
        line += layout.text(prefix + "deadline", deadline=deadline)
    return line


def units_concerned(content: MeetingContent) -> list[str]:
    """Lead units first, then coordinating units, each once."""
    names = [t.lead_unit for t in content.tasks if t.lead_unit]
    names += [u for t in content.tasks for u in t.coordinating]
    return list(dict.fromkeys(names))


def report_by(content: MeetingContent) -> dt.date | None:
    """The day the units report back by: the latest dated deadline of the open tasks."""
    dates = [
        t.deadline for t in content.tasks if t.deadline and not (t.completed_on or t.cancelled_on)
    ]
    return max(dates) if dates else None


def follow_up_sentence(layout: Layout, org, content: MeetingContent, chair: str) -> str | None:
    """ "Các cơ quan, đơn vị … báo cáo kết quả thực hiện về Văn phòng Sở trước ngày …; Văn
    phòng Sở theo dõi, đôn đốc, tổng hợp, báo cáo …": who follows up, by when."""
    unit = getattr(org, "follow_up_unit", "")
    if not unit or not content.tasks:
        return None
    by = report_by(content)
    if by is None:
        return layout.text(_N + "follow_up_no_date", unit=unit, chair=chair)
    return layout.text(_N + "follow_up", unit=unit, chair=chair, date=layout.date(by))


def build_notice(
    content: MeetingContent, layout: Layout, org, *, issued_on: dt.date | None = None
) -> Document:
    """`issued_on`: the notice's date line (the meeting's notice date, else the export day)."""
    c = content
    chair = in_sentence(layout, c.chair) if c.chair else layout.get(_N + "chair_default")
    meeting, noun = meeting_phrase(layout, c.title)
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_N + "kind"),
            number=c.document_number,
            dated=(org.place, issued_on),
            secrecy=c.secrecy,
        )
    ]
    subject = (
        layout.text(_N + "subject", chair=chair, meeting=meeting, title=c.title)
        if c.chair
        else layout.text(_N + "subject_no_chair", meeting=meeting, title=c.title)
    )
    blocks += title(layout, layout.get(_N + "type"), [subject])
    blank = layout.get("blank")
    words = {"chair": chair, "meeting": meeting, "meeting_short": noun, "title": c.title}
    blocks.append(
        para(
            layout,
            layout.text(_N + "intro", date=layout.date(c.date), place=c.place or blank, **words),
        )
    )
    if c.present:
        blocks.append(
            para(layout, layout.text(_N + "attendees", attendees=_people(layout, c), **words))
        )
    if c.conclusions or c.tasks:
        lead = layout.text(_N + "conclusions_lead", **words)
        blocks.append(para(layout, at_sentence_start(lead)))
    for number, text in enumerate(c.conclusions, 1):
        blocks.append(para(layout, layout.text(_N + "conclusion", n=number, text=text)))
    if c.tasks:
        blocks.append(heading(layout, layout.text(_N + "tasks_heading", n=len(c.conclusions) + 1)))
        markers = layout.get(_N + "sub_markers")
        groups = by_lead_unit(c.tasks, layout.get(_N + "no_lead_unit"))
        for index, (unit, tasks) in enumerate(groups):
            marker = markers[index] if index < len(markers) else str(index + 1)
            blocks.append(
                para(
                    layout,
                    layout.text(_N + "unit_heading", marker=marker, unit=unit),
                    bold=True,
                    keep=True,
                )
            )
            blocks += [para(layout, task_sentence(layout, t)) for t in tasks]
    follow_up = follow_up_sentence(layout, org, c, chair)
    last = para(layout, ended(layout, layout.text(_N + "closing", **words), _N + "end_mark"))
    lines = [recipient_line(layout, u) for u in units_concerned(c)] + extra_recipients(layout, org)
    blocks.append(
        kept(
            para(layout, follow_up) if follow_up else None,
            last,
            Spacer(6),
            closing(layout, org, lines),
        )
    )
    return Document(
        title=f"{layout.get(_N + 'type')} {subject}", author=org.issuing_body, blocks=blocks
    )
