"""Commands about conclusions, tasks, suggestions and the documents that follow a meeting."""

from __future__ import annotations

from pathlib import Path

from ..errors import UserError
from ..i18n import pick
from ..labels import status_label
from ..services import Services
from ..text import parse_date
from .output import print_json, tell, written


def cmd_conclusion(services: Services, args) -> int:
    print(services.items.add_conclusion(args.meeting, args.text).id)
    return 0


def cmd_task(services: Services, args) -> int:
    if args.action == "add":
        if not args.lead.strip():
            raise UserError(
                "Cho biết đơn vị chủ trì (--lead): một nhiệm vụ cần người chịu trách nhiệm.",
                "Name the lead unit (--lead): a task needs someone responsible for it.",
            )
        ongoing = args.deadline == "ongoing"
        task = services.items.add_task(
            args.meeting, args.content, lead_unit=args.lead, coordinating_units=args.coord,
            deadline=None if ongoing else args.deadline, ongoing=ongoing, is_key=args.key,
        )  # fmt: skip
        print(task.id)
        return 0
    task = services.items.task(args.task)
    if not (args.progress or args.done or args.cancel):
        raise UserError(
            "Cho biết cần cập nhật gì: --progress, --done hoặc --cancel.",
            "Say what to record: --progress, --done or --cancel.",
        )
    tasks = services.tasks
    with services.storage_errors():
        if args.progress:
            tasks.add_progress(task.id, args.progress, reporter=args.reporter)
        if args.cancel:
            tasks.cancel(task.id)
        if args.done:
            tasks.mark_done(task.id, args.done)
    tell(status_label(tasks.status(task.id)))
    return 0


def cmd_tasks(services: Services, args) -> int:
    rows = services.tasks.register(
        unit=args.unit, status=args.status, due_within=args.due_within,
        meeting_id=args.meeting, key_only=args.key, text=args.text,
        deadline_from=parse_date(args.deadline_from), deadline_to=parse_date(args.deadline_to),
    )  # fmt: skip
    if args.json:
        print_json([r.to_dict() for r in rows])
        return 0
    if not rows:
        tell(pick("Không có nhiệm vụ nào.", "No tasks."))
        return 0
    for r in rows:
        deadline = r.task.deadline or (pick("thường xuyên", "ongoing") if r.task.ongoing else "-")
        key = "★" if r.task.is_key else " "
        print(f"{r.task.id:>4} {key} {deadline:<12} {status_label(r.status):<28} "
              f"{r.lead_unit or '-'}: {r.task.content}")  # fmt: skip
    return 0


def cmd_export(services: Services, args) -> int:
    out = Path(args.out).expanduser()
    fmt = args.format or services.documents.default_format(args.kind, out)
    services.documents.export_meeting(
        args.meeting, args.kind, fmt, out, include_transcript=args.with_transcript,
        draft=args.draft, number=args.number,
    )  # fmt: skip
    return written(out)


def cmd_memo(services: Services, args) -> int:
    out = Path(args.out).expanduser()
    unit = services.units.resolve(args.unit).name  # "so tai chinh": the one unit meant
    services.documents.export_memo(unit, out, draft=args.draft, number=args.number)
    return written(out)


def cmd_report(services: Services, args) -> int:
    out = Path(args.out).expanduser()
    services.documents.export_report(
        out, services.documents.default_format("report", out),
        date_from=parse_date(args.date_from), date_to=parse_date(args.date_to),
        draft=args.draft, number=args.number,
    )  # fmt: skip
    return written(out)


MAX_TEXT_BYTES = 5_000_000  # far more than a day of meetings' transcripts


def _too_long() -> UserError:
    return UserError(
        "Văn bản quá dài (quá {n} MB); hãy chia nhỏ.",
        "The text is too long (over {n} MB); split it up.",
        n=MAX_TEXT_BYTES // 1_000_000,
    )


def _read_text_file(name: str) -> str:
    path = Path(name).expanduser()
    try:
        if not path.is_file():
            raise OSError(0, pick("không phải tệp văn bản thường", "not a regular file"))
        with open(path, "rb") as f:
            data = f.read(MAX_TEXT_BYTES + 1)
        if len(data) > MAX_TEXT_BYTES:
            raise _too_long()
        return data.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(
            "Không đọc được tệp văn bản {path}: {why}. Cần một tệp văn bản UTF-8.",
            "Cannot read the text file {path}: {why}. A UTF-8 text file is needed.",
            path=name,
            why=getattr(exc, "strerror", None) or str(exc),
        ) from None


def cmd_suggest(services: Services, args) -> int:
    from ..followup.suggest import suggest_text

    given = [x is not None for x in (args.meeting, args.text, args.text_file)]
    if sum(given) != 1:
        raise UserError(
            "Cho biết một nguồn: số cuộc họp, --text hoặc --text-file.",
            "Give one source: a meeting number, --text or --text-file.",
        )
    day = parse_date(args.date)
    if args.meeting is not None:
        found = services.proposals.suggestions(args.meeting, meeting_date=day)
    else:
        text = args.text if args.text_file is None else _read_text_file(args.text_file)
        if len(text.encode("utf-8", "replace")) > MAX_TEXT_BYTES:
            raise _too_long()
        found = suggest_text(text, meeting_date=day, units=services.units.list())
    if args.json:
        print_json([s.to_dict() for s in found])
        return 0
    if not found:
        tell(pick("Không tìm thấy đề xuất nào.", "No suggestions found."))
    for s in found:
        task = s.kind == "task"
        kind = pick("Nhiệm vụ", "Task") if task else pick("Kết luận", "Conclusion")
        print(f"[{kind}] {s.text}")
        if task:
            when = pick("thường xuyên", "ongoing") if s.ongoing else (s.deadline or "-")
            coord = ", ".join(s.coordinating_units) or "-"
            print(
                f"    {pick('chủ trì', 'lead')}: {s.lead_unit or '-'}; "
                f"{pick('phối hợp', 'coordinating')}: {coord}; {pick('hạn', 'deadline')}: {when}"
            )
    return 0


HANDLERS = {
    "conclusion": cmd_conclusion,
    "task": cmd_task,
    "tasks": cmd_tasks,
    "export": cmd_export,
    "memo": cmd_memo,
    "report": cmd_report,
    "suggest": cmd_suggest,
}
