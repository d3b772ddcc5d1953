"""The follow-up letter (công văn đôn đốc; Mẫu 1.5 of Nghị định 30/2020) to one unit: its
overdue and due-soon tasks, each with the meeting and notice it came from, where and by when to
report back, and who to contact (ô 13 at the foot of page 1)."""

from __future__ import annotations

import datetime as dt

from .blocks import Document, Para, Run, Spacer, Table
from .content import MemoContent, TaskItem, by_meeting
from .layout import Layout
from .letterhead import closing, ended, header, kept, para
from .letterhead import org_recipients as extra_recipients
from .minutes import columns

_MEMO = "documents.memo."


def source_text(layout: Layout, task: TaskItem, prefix: str, notice_kind: str, symbol: str) -> str:
    """ "Giao ban tháng 9 (Thông báo số 12/TB-SNV, ngày 01/09/2024)"."""
    m = task.meeting
    code = layout.number_code(m.number, notice_kind, symbol)
    number = layout.text(prefix + "source_number", code=code) if code else ""
    return layout.text(prefix + "source", title=m.title, number=number, date=layout.date(m.date))


def _task_cell(layout: Layout, task: TaskItem, unit: str) -> str:
    if task.lead_unit == unit:
        role = layout.get(_MEMO + "role_lead")
    else:
        role = layout.text(_MEMO + "role_coordinating", lead=task.lead_unit or layout.get("blank"))
    return task.content + layout.text(_MEMO + "role_line", role=role)


def _status_cell(layout: Layout, task: TaskItem, today: dt.date) -> str:
    text = layout.status_cell(task.status)
    if task.deadline and today > task.deadline:
        text += layout.text(_MEMO + "overdue_days", days=(today - task.deadline).days)
    return text


def _task_table(layout: Layout, c: MemoContent, symbol: str) -> Table:
    """The unit's tasks under the meeting (and notice) each came from: a group row names the
    meeting once, however many of its tasks are late."""
    notice_kind = layout.get("documents.notice.kind")
    rows: list[list[str]] = []
    groups: dict[int, int] = {}
    spec = columns(layout, _MEMO + "columns")
    n = 0
    for tasks in by_meeting(c.tasks):
        groups[len(rows)] = 1
        rows.append(
            [source_text(layout, tasks[0], _MEMO, notice_kind, symbol)] + [""] * (len(spec) - 1)
        )
        for task in tasks:
            n += 1
            rows.append(
                [
                    str(n),
                    _task_cell(layout, task, c.unit),
                    layout.deadline_cell(task.deadline, task.ongoing, task.deadline_text),
                    _status_cell(layout, task, c.today),
                ]
            )
    return Table(
        spec,
        rows,
        size=layout.get("table.size"),
        group_rows=groups,
        space_after_pt=layout.get("body.space_after_pt") * 2,
    )


def report_to(org) -> str:
    """Where the unit reports back: the follow-up unit of the issuing body, else the body."""
    if org.follow_up_unit and org.issuing_body:
        return f"{org.issuing_body} (qua {org.follow_up_unit})"
    return org.follow_up_unit or org.issuing_body or "……"


def contact_footer(layout: Layout, org) -> list[Para]:
    """Ô 13: the contact person and phone, the body's address, phone and e-mail (11 pt)."""
    size = layout.get(_MEMO + "footer_size")
    lines = []
    if org.contact_person:
        phone = (
            layout.text(_MEMO + "contact_phone", phone=org.contact_phone)
            if (org.contact_phone)
            else ""
        )
        lines.append(layout.text(_MEMO + "contact", person=org.contact_person, phone=phone))
    if org.address:
        lines.append(
            layout.text(
                _MEMO + "address",
                address=org.address,
                phone=layout.text(_MEMO + "address_phone", phone=org.phone) if org.phone else "",
                email=layout.text(_MEMO + "address_email", email=org.email) if org.email else "",
            )
        )
    return [Para([Run(line)], size=size, align="left") for line in lines]


def build_memo(
    content: MemoContent,
    layout: Layout,
    org,
    *,
    report_within_days: int | None = None,
    number: str = "",
) -> Document:
    c = content
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_MEMO + "kind"),
            number=number,
            subject=layout.get(_MEMO + "subject"),
            dated=(org.place, c.today),
            unit=org.drafting_unit,
        )
    ]
    blocks.append(
        Para(
            [Run(layout.text(_MEMO + "addressee", unit=c.unit))],
            size=layout.get("body.size"),
            align="center",
            space_after_pt=layout.get("title.space_after_pt"),
        )
    )
    blocks.append(
        para(
            layout,
            layout.text(
                _MEMO + "intro", today=layout.date(c.today), unit=c.unit, count=len(c.tasks)
            ),
        )
    )
    blocks.append(_task_table(layout, c, org.symbol))
    days = (
        layout.get(_MEMO + "report_within_days")
        if report_within_days is None
        else report_within_days
    )
    by = c.today + dt.timedelta(days=int(days))
    request = layout.text(
        _MEMO + "request", unit=c.unit, date=layout.date(by), report_to=report_to(org)
    )
    lines = [layout.get("recipients.as_above"), *extra_recipients(layout, org)]
    blocks.append(
        kept(
            para(layout, ended(layout, request, _MEMO + "end_mark")),
            Spacer(6),
            closing(layout, org, lines),
        )
    )
    return Document(
        title=f"{layout.get(_MEMO + 'subject')} — {c.unit}",
        author=org.issuing_body,
        blocks=blocks,
        first_page_footer=contact_footer(layout, org),
    )
