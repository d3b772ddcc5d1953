"""The follow-up letter (công văn đôn đốc) to one unit: its overdue and due-soon tasks, each with
the meeting and notice it came from, and a date by which to report back."""

from __future__ import annotations

import datetime as dt

from .blocks import Document, Para, Run, Spacer, Table
from .content import MemoContent, TaskItem
from .layout import Layout
from .letterhead import closing, header, para
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
    text = layout.status(task.status)
    if task.deadline and today > task.deadline:
        text += layout.text(_MEMO + "overdue_days", days=(today - task.deadline).days)
    return text


def build_memo(
    content: MemoContent, layout: Layout, org, *, report_within_days: int | None = None
) -> Document:
    c = content
    notice_kind = layout.get("documents.notice.kind")
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_MEMO + "kind"),
            number="",
            subject=layout.get(_MEMO + "subject"),
            dated=(org.place, c.today),
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
    rows = [
        [
            str(n),
            source_text(layout, t, _MEMO, notice_kind, org.symbol),
            _task_cell(layout, t, c.unit),
            layout.deadline_cell(t.deadline, t.ongoing, t.deadline_text),
            _status_cell(layout, t, c.today),
        ]
        for n, t in enumerate(c.tasks, 1)
    ]
    blocks.append(
        Table(
            columns(layout, _MEMO + "columns"),
            rows,
            size=layout.get("table.size"),
            space_after_pt=layout.get("body.space_after_pt") * 2,
        )
    )
    days = (
        layout.get(_MEMO + "report_within_days")
        if report_within_days is None
        else report_within_days
    )
    by = c.today + dt.timedelta(days=int(days))
    blocks.append(para(layout, layout.text(_MEMO + "request", unit=c.unit, date=layout.date(by))))
    lines = [layout.get("recipients.as_above"), *extra_recipients(layout, org)]
    blocks += [Spacer(6), closing(layout, org, lines)]
    return Document(
        title=f"{layout.get(_MEMO + 'subject')} — {c.unit}", author=org.issuing_body, blocks=blocks
    )
