"""The task report for a period (Báo cáo tình hình thực hiện nhiệm vụ được giao): counts per
status as official reports give them, then the follow-up table — as a PDF or a CSV file."""

from __future__ import annotations

import csv
import io

from .blocks import Column, Document, Para, Run, Table
from .content import ReportContent, TaskItem
from .layout import Layout
from .letterhead import closing, header, heading, para, title
from .letterhead import org_recipients as extra_recipients
from .memo import source_text

_R = "documents.report."
# Machine columns after the people's: stable names and ISO dates, for spreadsheets and scripts.
MACHINE_COLUMNS = (
    "task_id",
    "meeting_id",
    "status",
    "deadline_iso",
    "completed_on_iso",
    "cancelled_on_iso",
    "meeting_date_iso",
)


def period_text(layout: Layout, content: ReportContent) -> str:
    start, end = content.date_from, content.date_to
    if start and end:
        return layout.text(
            _R + "period_both", date_from=layout.date(start), date_to=layout.date(end)
        )
    if start:
        return layout.text(_R + "period_from", date_from=layout.date(start))
    if end:
        return layout.text(_R + "period_to", date_to=layout.date(end))
    return layout.get(_R + "period_all")


def summary_rows(layout: Layout, content: ReportContent) -> list[tuple[str, int]]:
    """(label, count) per status in the layout's order, then the total. With
    `in_progress_includes_due_soon`, "in progress within deadline" counts the due-soon tasks
    too, as the official category does, and the due-soon row says so."""
    counts = content.counts
    merged = bool(layout.get(_R + "in_progress_includes_due_soon"))
    rows = []
    for key in layout.get(_R + "summary_order"):
        count = counts.get(key, 0)
        label = layout.status(key)
        if key == "in_progress" and merged:
            count += counts.get("due_soon", 0)
        if key == "due_soon" and merged:
            label = layout.text(_R + "due_soon_label", days=content.due_soon_days)
        rows.append((label, count))
    rows.append((layout.get(_R + "total"), sum(counts.values())))
    return rows


def _percent(layout: Layout, count: int, total: int) -> str:
    value = 100.0 * count / total if total else 0.0
    text = layout.text(_R + "percent_format", value=value)
    return text.replace(".", layout.get(_R + "decimal_separator"))


def _progress(layout: Layout, task: TaskItem) -> str:
    parts = []
    if task.latest_update:
        when, note = task.latest_update
        parts.append(layout.text(_R + "progress", date=layout.date(when), note=note))
    if task.completed_on:
        parts.append(layout.text(_R + "completed", date=layout.date(task.completed_on)))
    if task.cancelled_on:
        parts.append(layout.text(_R + "cancelled", date=layout.date(task.cancelled_on)))
    return "\n".join(parts)


def row_values(layout: Layout, task: TaskItem, number: int, symbol: str) -> dict[str, str]:
    """A task's cells by column key (the layout chooses which columns appear, in what order)."""
    remarks = [layout.get(_R + "key_task")] if task.is_key else []
    if task.note:
        remarks.append(task.note)
    notice_kind = layout.get("documents.notice.kind")
    return {
        "no": str(number),
        "source": source_text(layout, task, _R, notice_kind, symbol),
        "task": task.content,
        "lead": task.lead_unit,
        "coordinating": ", ".join(task.coordinating),
        "deadline": layout.deadline_cell(task.deadline, task.ongoing, task.deadline_text),
        "progress": _progress(layout, task),
        "status": layout.status(task.status),
        "remarks": "\n".join(remarks),
    }


def build_report(content: ReportContent, layout: Layout, org) -> Document:
    c = content
    orientation = layout.get(_R + "orientation")
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_R + "kind"),
            number="",
            orientation=orientation,
            dated=(org.place, c.today),
        )
    ]
    blocks += title(layout, layout.get(_R + "type"), [layout.get(_R + "subject")], spaced=False)
    size = layout.get("body.size")
    blocks.append(Para([Run(period_text(layout, c), italic=True)], size=size, align="center"))
    blocks.append(
        Para(
            [Run(layout.text(_R + "as_of", today=layout.date(c.today)), italic=True)],
            size=size,
            align="center",
            space_after_pt=layout.get("title.space_after_pt"),
        )
    )
    blocks.append(heading(layout, layout.get(_R + "summary_heading")))
    rows = summary_rows(layout, c)
    total = rows[-1][1]
    summary_columns = [
        Column(col["label"], col["weight"], col.get("align", "left"))
        for col in layout.get(_R + "summary_columns")
    ]
    blocks.append(
        Table(
            summary_columns,
            [[label, str(n), _percent(layout, n, total)] for label, n in rows],
            size=layout.get("table.size"),
            width_mm=layout.get(_R + "summary_width_mm"),
            bold_rows={len(rows) - 1},
            space_after_pt=layout.get("title.space_after_pt"),
        )
    )
    blocks.append(heading(layout, layout.get(_R + "detail_heading")))
    if c.tasks:
        spec = layout.get(_R + "columns")
        cols = [Column(col["label"], col["weight"], col.get("align", "left")) for col in spec]
        table_rows = []
        for n, task in enumerate(c.tasks, 1):
            values = row_values(layout, task, n, org.symbol)
            table_rows.append([values.get(col["key"], "") for col in spec])
        blocks.append(
            Table(
                cols,
                table_rows,
                size=layout.get(_R + "table_size"),
                space_after_pt=layout.get("title.space_after_pt"),
            )
        )
    else:
        blocks.append(para(layout, layout.get(_R + "empty"), italic=True))
    blocks.append(para(layout, layout.get(_R + "closing")))
    blocks.append(closing(layout, org, extra_recipients(layout, org), orientation))
    return Document(
        title=f"{layout.get(_R + 'type')} {layout.get(_R + 'subject')}",
        author=org.issuing_body,
        blocks=blocks,
        orientation=orientation,
    )


def _safe(cell: str) -> str:
    """Text that a spreadsheet would take for a formula ("=HYPERLINK(…)") is kept as text."""
    return "'" + cell if cell[:1] in ("=", "+", "@", "\t", "\r") else cell


def report_csv(content: ReportContent, layout: Layout, org) -> str:
    """The follow-up table as CSV text: the layout's columns, then the machine columns."""
    spec = layout.get(_R + "columns")
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([col["label"] for col in spec] + list(MACHINE_COLUMNS))
    for n, task in enumerate(content.tasks, 1):
        values = row_values(layout, task, n, org.symbol)
        human = [_safe(values.get(col["key"], "").replace("\n", "; ")) for col in spec]
        machine = [
            task.id,
            task.meeting.id,
            task.status,
            task.deadline.isoformat() if task.deadline else "",
            task.completed_on.isoformat() if task.completed_on else "",
            task.cancelled_on.isoformat() if task.cancelled_on else "",
            task.meeting.date.isoformat() if task.meeting.date else "",
        ]
        writer.writerow(human + machine)
    return out.getvalue()
