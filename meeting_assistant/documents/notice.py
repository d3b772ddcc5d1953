"""The conclusion notice (Thông báo kết luận, symbol TB; Mẫu 1.4 of Nghị định 30/2020, or the
Party's form): the chair's numbered conclusions, then the tasks grouped by lead unit."""

from __future__ import annotations

from .blocks import Document, Spacer
from .content import MeetingContent, TaskItem
from .layout import Layout
from .letterhead import closing, header, heading, para, recipient_line, title
from .letterhead import org_recipients as extra_recipients

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
    line = layout.text(prefix + "task", content=task.content)
    if not line.endswith(_END):
        line += "."
    if task.coordinating:
        line += layout.text(prefix + "coordinating", units=", ".join(task.coordinating))
    deadline = layout.deadline(task.deadline, task.ongoing, task.deadline_text)
    if deadline:
        line += layout.text(prefix + "deadline", deadline=deadline)
    return line


def _by_lead_unit(layout: Layout, tasks: list[TaskItem]) -> list[tuple[str, list[TaskItem]]]:
    """Tasks grouped under their lead unit, units in order of first mention; unassigned last."""
    groups: dict[str, list[TaskItem]] = {}
    for task in tasks:
        groups.setdefault(task.lead_unit, []).append(task)
    ordered = [(unit, items) for unit, items in groups.items() if unit]
    if "" in groups:
        ordered.append((layout.get(_N + "no_lead_unit"), groups[""]))
    return ordered


def units_concerned(content: MeetingContent) -> list[str]:
    """Lead units first, then coordinating units, each once."""
    names = [t.lead_unit for t in content.tasks if t.lead_unit]
    names += [u for t in content.tasks for u in t.coordinating]
    return list(dict.fromkeys(names))


def build_notice(content: MeetingContent, layout: Layout, org) -> Document:
    c = content
    chair = c.chair or layout.get(_N + "chair_default")
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_N + "kind"),
            number=c.document_number,
            dated=(org.place, c.date),
        )
    ]
    subject = (
        layout.text(_N + "subject", chair=c.chair, title=c.title)
        if c.chair
        else layout.text(_N + "subject_no_chair", title=c.title)
    )
    blocks += title(layout, layout.get(_N + "type"), [subject])
    blank = layout.get("blank")
    blocks.append(
        para(
            layout,
            layout.text(
                _N + "intro",
                date=layout.date(c.date),
                place=c.place or blank,
                chair=chair,
                title=c.title,
            ),
        )
    )
    if c.present:
        blocks.append(para(layout, layout.text(_N + "attendees", attendees=_people(layout, c))))
    if c.conclusions or c.tasks:
        blocks.append(para(layout, layout.text(_N + "conclusions_lead", chair=chair)))
    for number, text in enumerate(c.conclusions, 1):
        blocks.append(para(layout, layout.text(_N + "conclusion", n=number, text=text)))
    if c.tasks:
        blocks.append(heading(layout, layout.text(_N + "tasks_heading", n=len(c.conclusions) + 1)))
        markers = layout.get(_N + "sub_markers")
        for index, (unit, tasks) in enumerate(_by_lead_unit(layout, c.tasks)):
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
    blocks.append(para(layout, layout.text(_N + "closing", chair=chair)))
    lines = [recipient_line(layout, u) for u in units_concerned(c)] + extra_recipients(layout, org)
    blocks += [Spacer(6), closing(layout, org, lines)]
    return Document(
        title=f"{layout.get(_N + 'type')} {subject}", author=org.issuing_body, blocks=blocks
    )
