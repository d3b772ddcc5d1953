"""The task report for a period (Báo cáo tình hình thực hiện nhiệm vụ được giao): counts per
status as official reports give them (cancelled tasks counted apart, outside the percentages),
counts per lead unit, the follow-up table grouped under the meeting each task came from, and
sections the clerk fills in (assessment, proposals) — as a PDF, a DOCX or a CSV file."""

from __future__ import annotations

import csv
import io

from ..followup.status import (
    CANCELLED,
    DONE_LATE,
    DONE_ON_TIME,
    DUE_SOON,
    IN_PROGRESS,
    ONGOING,
    OVERDUE,
)
from .blocks import Column, Document, Para, Run, Table
from .content import ReportContent, TaskItem, by_lead_unit, by_meeting
from .fonts import text_width
from .layout import MM, Layout
from .letterhead import closing, ended, header, heading, kept, para, title
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


def active_total(content: ReportContent) -> int:
    """The tasks the percentages are of: all but the cancelled ones."""
    return sum(n for key, n in content.counts.items() if key != CANCELLED)


def summary_rows(layout: Layout, content: ReportContent) -> list[tuple[str, int, bool]]:
    """(label, count, has a percentage) per status in the layout's order, the total of the
    tasks still counted, then the cancelled ones (no percentage). With
    `in_progress_includes_due_soon`, "in progress within deadline" counts the due-soon tasks
    too, as the official category does, and the due-soon row says so."""
    counts = content.counts
    merged = bool(layout.get(_R + "in_progress_includes_due_soon"))
    rows = []
    for key in layout.get(_R + "summary_order"):
        if key == CANCELLED:
            continue
        count = counts.get(key, 0)
        label = layout.status(key)
        if key == IN_PROGRESS and merged:
            count += counts.get(DUE_SOON, 0)
        if key == DUE_SOON and merged:
            label = layout.text(_R + "due_soon_label", days=content.due_soon_days)
        rows.append((label, count, True))
    rows.append((layout.get(_R + "total"), active_total(content), True))
    rows.append((layout.get(_R + "cancelled_row"), counts.get(CANCELLED, 0), False))
    return rows


def percent(layout: Layout, count: int, total: int) -> str:
    value = 100.0 * count / total if total else 0.0
    text = layout.text(_R + "percent_format", value=value)
    return text.replace(".", layout.get(_R + "decimal_separator"))


def unit_rows(layout: Layout, content: ReportContent) -> list[dict[str, str]]:
    """Per lead unit (cancelled tasks left out): how many tasks, how many done, in progress,
    overdue, ongoing, and the share done; units with the most tasks first."""
    units: dict[str, dict[str, int]] = {}
    for task in content.tasks:
        if task.status == CANCELLED:
            continue
        name = task.lead_unit or layout.get(_R + "no_lead_unit")
        row = units.setdefault(
            name, dict.fromkeys(("total", "done", "in_progress", "overdue", "ongoing"), 0)
        )
        row["total"] += 1
        if task.status in (DONE_ON_TIME, DONE_LATE):
            row["done"] += 1
        elif task.status in (IN_PROGRESS, DUE_SOON):
            row["in_progress"] += 1
        elif task.status == OVERDUE:
            row["overdue"] += 1
        elif task.status == ONGOING:
            row["ongoing"] += 1
    ordered = sorted(units.items(), key=lambda item: (-item[1]["total"], item[0]))
    return [
        {
            "unit": name,
            **{k: str(v) for k, v in counts.items()},
            "rate": percent(layout, counts["done"], counts["total"]),
        }
        for name, counts in ordered
    ]


def _progress(layout: Layout, task: TaskItem, everything: bool = False) -> list[str]:
    """The latest progress entry (every entry, oldest first, with `everything`), then the day
    it was completed or cancelled."""
    updates = task.updates if everything else ([task.latest_update] if task.latest_update else [])
    parts = [
        layout.text(_R + "progress", date=layout.date(when), note=note.rstrip(" .;"))
        for when, note in updates
    ]
    if everything and task.completed_on:
        parts.append(layout.text(_R + "completed", date=layout.date(task.completed_on)))
    if everything and task.cancelled_on:
        parts.append(layout.text(_R + "cancelled", date=layout.date(task.cancelled_on)))
    return parts


def _status_cell(layout: Layout, task: TaskItem) -> str:
    """The status, and under it the day the task was done or cancelled: "(20/09/2024)"."""
    text = layout.status_cell(task.status)
    when = task.completed_on or task.cancelled_on
    return text + layout.text(_R + "status_date", date=layout.date(when)) if when else text


def row_values(
    layout: Layout, task: TaskItem, number: int, symbol: str, *, csv_text: bool = False
) -> dict[str, str]:
    """A task's cells by column key (the layout chooses which columns appear, in what order).
    For a CSV file every progress entry is joined on one line; a PDF cell shows the latest."""
    remarks = [layout.get(_R + "key_task")] if task.is_key and csv_text else []
    if task.note:
        remarks.append(task.note)
    notice_kind = layout.get("documents.notice.kind")
    progress = _progress(layout, task, everything=csv_text)
    joiner = layout.get(_R + "progress_separator") if csv_text else "\n"
    return {
        "no": str(number),
        "source": source_text(layout, task, _R, notice_kind, symbol),
        "task": task.content,
        "lead": task.lead_unit,
        "coordinating": ", ".join(task.coordinating),
        "deadline": layout.deadline_cell(task.deadline, task.ongoing, task.deadline_text),
        "progress": joiner.join(progress),
        "status": layout.status(task.status) if csv_text else _status_cell(layout, task),
        "remarks": ("; " if csv_text else "\n").join(remarks),
    }


def _columns(spec: list[dict]) -> list[Column]:
    return [
        Column(c["label"], c["weight"], c.get("align", "left"), bool(c.get("keep_lines")))
        for c in spec
    ]


def _detail_table(layout: Layout, content: ReportContent, symbol: str) -> Table:
    """Tasks under the meeting they came from ("Kiểm tra … (Thông báo số 12/TB-SNV, ngày …)")
    and, within it, under their lead unit ("Văn phòng Sở (5 nhiệm vụ)"): each named once, not
    in every row, which keeps 300 tasks to a readable number of pages. A key task says so in
    its own cell; the remarks column is left out when no task has a note."""
    spec = [c for c in layout.get(_R + "columns") if c["key"] != "lead"]
    if not any(t.note for t in content.tasks):
        spec = [c for c in spec if c["key"] != "remarks"]
    rows: list[list[str]] = []
    groups: dict[int, int] = {}
    notice_kind = layout.get("documents.notice.kind")
    n = 0
    for tasks in by_meeting(content.tasks):
        groups[len(rows)] = 1
        source = source_text(layout, tasks[0], _R, notice_kind, symbol)
        rows.append([layout.text(_R + "group", source=source)] + [""] * (len(spec) - 1))
        for unit, items in by_lead_unit(tasks, layout.get(_R + "no_lead_unit")):
            groups[len(rows)] = 2
            rows.append(
                [layout.text(_R + "unit_group", unit=unit, count=len(items))]
                + [""] * (len(spec) - 1)
            )
            for task in items:
                n += 1
                values = row_values(layout, task, n, symbol)
                if task.is_key:
                    values["task"] += layout.get(_R + "key_task_in_cell")
                rows.append([values.get(col["key"], "") for col in spec])
    return Table(
        _columns(spec),
        rows,
        size=layout.get(_R + "table_size"),
        group_rows=groups,
        space_after_pt=layout.get("title.space_after_pt"),
        padding_pt=layout.get(_R + "table_padding_pt"),
    )


def _fill_lines(layout: Layout, orientation: str) -> list[Para]:
    """Dotted lines the clerk writes the assessment on (or types over in Word)."""
    size = layout.get("body.size")
    family = layout.get("fonts.pdf_family")
    room = layout.frame_width_pt(orientation) - 2
    dots = max(1, int(room // text_width("…", family, size)))
    return [
        Para([Run("…" * dots)], size=size, align="left", space_after_pt=2)
        for _ in range(int(layout.get(_R + "fill_lines")))
    ]


def summary_blocks(layout: Layout, c: ReportContent) -> list:
    """Section I: the count and share of each status (cancelled tasks apart)."""
    rows = summary_rows(layout, c)
    total = active_total(c)
    no_percent = layout.get(_R + "no_percent")
    return [
        heading(layout, layout.get(_R + "summary_heading")),
        Table(
            _columns(layout.get(_R + "summary_columns")),
            [
                [label, str(n), percent(layout, n, total) if has else no_percent]
                for label, n, has in rows
            ],
            size=layout.get("table.size"),
            width_mm=layout.get(_R + "summary_width_mm"),
            bold_rows={len(rows) - 2},
            space_after_pt=layout.get("title.space_after_pt"),
        ),
    ]


def build_report(content: ReportContent, layout: Layout, org, *, number: str = "") -> Document:
    c = content
    orientation = layout.get(_R + "orientation")
    blocks: list = [
        header(
            layout,
            org,
            kind=layout.get(_R + "kind"),
            number=number,
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
    if not c.tasks:  # nothing to count, detail or assess: one sentence says so
        blocks.append(para(layout, layout.get(_R + "empty"), italic=True))
    else:
        blocks += summary_blocks(layout, c)
        spec = layout.get(_R + "units_columns")
        blocks.append(heading(layout, layout.get(_R + "units_heading")))
        blocks.append(
            Table(
                _columns(spec),
                [[row[col["key"]] for col in spec] for row in unit_rows(layout, c)],
                size=layout.get("table.size"),
                width_mm=min(
                    layout.get(_R + "units_width_mm"), layout.frame_width_pt(orientation) / MM
                ),
                space_after_pt=layout.get("title.space_after_pt"),
            )
        )
        blocks.append(heading(layout, layout.get(_R + "detail_heading")))
        blocks.append(_detail_table(layout, c, org.symbol))
        for key in ("assessment_heading", "proposals_heading"):
            blocks.append(heading(layout, layout.get(_R + key)))
            blocks += _fill_lines(layout, orientation)
    last = para(
        layout,
        ended(layout, layout.get(_R + "closing"), _R + "end_mark"),
        before=layout.get("body.space_after_pt"),
    )
    blocks.append(kept(last, closing(layout, org, extra_recipients(layout, org), orientation)))
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
    """The follow-up table as CSV text: the layout's CSV columns (the source meeting in every
    row, every progress entry on one line), then the machine columns."""
    spec = layout.get(_R + "csv_columns")
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow([col["label"] for col in spec] + list(MACHINE_COLUMNS))
    for n, task in enumerate(content.tasks, 1):
        values = row_values(layout, task, n, org.symbol, csv_text=True)
        human = [_safe(" ".join(values.get(col["key"], "").split())) for col in spec]
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
