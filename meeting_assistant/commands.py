"""What each CLI command does, on top of the core. Text output goes to stdout; progress and
messages for people go to stderr."""

from __future__ import annotations

import datetime as dt
import json
import signal
import sys
import threading
import time
from dataclasses import asdict
from pathlib import Path

from .documents.transcript import clock, render
from .errors import UserError
from .followup.register import task_register
from .followup.status import DEFAULT_DUE_SOON_DAYS, DUE_SOON_KEY, task_status
from .followup.status import label as status_label
from .i18n import pick
from .importing import import_audio
from .recording import RecordingSession, recover_recordings
from .store import Store, storage_errors
from .tagging import update_task
from .transcribing import Finished, MeetingProgress, recover_interrupted, transcribe_meeting
from .transcription import list_models

STATE_LABELS = {
    "new": ("mới tạo", "new"),
    "audio": ("có ghi âm, chưa chép lời", "audio only"),
    "transcribing": ("đang chép lời", "transcribing"),
    "interrupted": ("chép lời dở dang", "transcription interrupted"),
    "transcribed": ("đã chép lời", "transcribed"),
    "concluded": ("đã có kết luận", "with conclusions"),
}
AUDIO_STATE_LABELS = {
    "pending": ("chưa chép lời", "not transcribed"),
    "running": ("đang chép lời", "transcribing"),
    "interrupted": ("dở dang tới {at}", "interrupted at {at}"),
    "done": ("đã chép lời", "transcribed"),
}


def _label(table: dict, key: str, **params) -> str:
    vi, en = table.get(key, (key, key))
    return pick(vi, en, **params)


def _print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def run(args, db_path: Path) -> int:
    with Store(db_path) as store, storage_errors(db_path):
        # Any write may meet a full disk: the clerk reads why, what was stored stays.
        for audio in recover_recordings(store):
            print(
                pick(
                    "Đã khôi phục bản ghi âm bị gián đoạn {name} ({dur}) vào cuộc họp số {id}.",
                    "Recovered an interrupted recording {name} ({dur}) into meeting {id}.",
                    name=audio.original_name,
                    dur=_mmss(audio.duration),
                    id=audio.meeting_id,
                ),
                file=sys.stderr,
            )
        recover_interrupted(store)
        handler = globals()[f"cmd_{args.command}"]
        return handler(store, args) or 0


def cmd_new(store: Store, args) -> int:
    meeting = store.meetings.create(
        args.title, date=args.date, place=args.place, chair=args.chair, secretary=args.secretary
    )
    print(meeting.id)
    return 0


def cmd_import(store: Store, args) -> int:
    meeting, audio = import_audio(store, args.audio, meeting_id=args.meeting, title=args.title)
    print(
        pick(
            "Đã nhập {name} ({dur}) vào cuộc họp số {id}.",
            "Imported {name} ({dur}) into meeting {id}.",
            name=audio.original_name,
            dur=clock(audio.duration, millis=False),
            id=meeting.id,
        ),
        file=sys.stderr,
    )
    print(meeting.id)
    return 0


class ProgressBar:
    """One line redrawn in place on a terminal; a line every 5 % when stderr is a file."""

    def __init__(self, stream=sys.stderr) -> None:
        self.stream = stream
        self.tty = stream.isatty()
        self.last_step = -1

    def update(self, p: MeetingProgress) -> None:
        pct = int(p.fraction * 100)
        if not self.tty and pct // 5 == self.last_step:
            return
        self.last_step = pct // 5
        filled = int(p.fraction * 30)
        eta = clock(p.eta_s, millis=False) if p.eta_s is not None else "--:--:--"
        text = pick(
            "[{bar}] {pct:3d}%  {done} / {total}  đã chạy {el}  còn ~{eta}",
            "[{bar}] {pct:3d}%  {done} / {total}  elapsed {el}  left ~{eta}",
            bar="#" * filled + "-" * (30 - filled),
            pct=pct,
            done=clock(p.done_s, millis=False),
            total=clock(p.total_s, millis=False),
            el=clock(p.elapsed_s, millis=False),
            eta=eta,
        )
        self.stream.write(("\r" + text) if self.tty else text + "\n")
        self.stream.flush()

    def close(self) -> None:
        if self.tty and self.last_step >= 0:
            self.stream.write("\n")
            self.stream.flush()


def cmd_transcribe(store: Store, args) -> int:
    cancel = threading.Event()

    def on_interrupt(_signum, _frame):
        # First Ctrl-C: finish the segment in hand and stop cleanly. A second one: stop now.
        cancel.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)
        sys.stderr.write(
            pick(
                "\nĐang dừng sau đoạn hiện tại… (Ctrl-C lần nữa để dừng ngay)\n",
                "\nStopping after the current segment… (Ctrl-C again to stop at once)\n",
            )
        )

    previous = signal.signal(signal.SIGINT, on_interrupt)
    bar = ProgressBar()
    began = time.monotonic()
    try:
        for event in transcribe_meeting(
            store,
            args.meeting,
            model=args.model,
            language=args.language,
            beam_size=args.beam,
            cancel=cancel,
            cpu_threads=args.threads or 0,
            window_s=args.window,
        ):
            if isinstance(event, MeetingProgress):
                bar.update(event)
            elif isinstance(event, Finished):
                bar.close()
                if event.cancelled:
                    print(
                        pick(
                            "Đã dừng; đã lưu {n} đoạn. Chạy lại lệnh này để chép tiếp.",
                            "Stopped; {n} segments saved. Run this command again to continue.",
                            n=event.segments_added,
                        ),
                        file=sys.stderr,
                    )
                    return 130
                total = store.segments.count(args.meeting)
                print(
                    pick(
                        "Xong: {total} đoạn ({n} đoạn mới) trong {t}.",
                        "Done: {total} segments ({n} new) in {t}.",
                        total=total,
                        n=event.segments_added,
                        t=clock(time.monotonic() - began, millis=False),
                    ),
                    file=sys.stderr,
                )
    finally:
        bar.close()
        signal.signal(signal.SIGINT, previous)
    return 0


def cmd_transcript(store: Store, args) -> int:
    store.meetings.get(args.meeting)
    text = render(
        args.format, store.segments.for_meeting(args.meeting), store.audio.for_meeting(args.meeting)
    )
    sys.stdout.write(text)
    return 0


def meeting_summary(store: Store, meeting_id: int) -> dict:
    meeting = store.meetings.get(meeting_id)
    conclusions, tasks = store.items.counts(meeting_id)
    audios = store.audio.for_meeting(meeting_id)
    data = asdict(meeting)
    data["audio_files"] = [
        {
            "id": a.id,
            "original_name": a.original_name,
            "duration": round(a.duration, 3),
            "codec": a.codec,
            "sha256": a.sha256,
            "transcription_state": a.transcription_state,
            "transcribed_until": round(a.transcribed_until, 3),
            "transcription_model": a.transcription_model,
        }
        for a in audios
    ]
    data["duration"] = round(sum(a.duration for a in audios), 3)
    data["counts"] = {
        "segments": store.segments.count(meeting_id),
        "conclusions": conclusions,
        "tasks": tasks,
    }
    return data


def cmd_show(store: Store, args) -> int:
    data = meeting_summary(store, args.meeting)
    if args.json:
        _print_json(data)
        return 0
    rows = [
        (pick("Cuộc họp", "Meeting"), f"#{data['id']} {data['title']}"),
        (pick("Ngày", "Date"), data["date"]),
        (
            pick("Thời gian", "Time"),
            "–".join(t for t in (data["start_time"], data["end_time"]) if t),
        ),
        (pick("Địa điểm", "Place"), data["place"]),
        (pick("Chủ trì", "Chair"), data["chair"]),
        (pick("Thư ký", "Secretary"), data["secretary"]),
        (pick("Trạng thái", "State"), _label(STATE_LABELS, data["state"])),
    ]
    for label, value in rows:
        if value:
            print(f"{label}: {value}")
    print(
        pick("Tệp ghi âm:", "Audio files:")
        if data["audio_files"]
        else pick("Chưa có tệp ghi âm.", "No audio yet.")
    )
    for a in data["audio_files"]:
        state = _label(AUDIO_STATE_LABELS, a["transcription_state"],
                       at=clock(a["transcribed_until"], millis=False))  # fmt: skip
        print(f"  #{a['id']} {a['original_name']}  {clock(a['duration'], millis=False)}  ({state})")
    c = data["counts"]
    print(
        pick(
            "Đoạn: {s}   Kết luận: {c}   Nhiệm vụ: {t}",
            "Segments: {s}   Conclusions: {c}   Tasks: {t}",
            s=c["segments"],
            c=c["conclusions"],
            t=c["tasks"],
        )
    )
    return 0


def cmd_meetings(store: Store, args) -> int:
    meetings = store.meetings.list()
    if args.json:
        _print_json([meeting_summary(store, m.id) for m in meetings])
        return 0
    if not meetings:
        print(
            pick(
                "Chưa có cuộc họp nào. Nhập một tệp ghi âm: meeting-assistant import TỆP",
                "No meetings yet. Import a recording: meeting-assistant import FILE",
            ),
            file=sys.stderr,
        )
        return 0
    for m in meetings:
        duration = sum(a.duration for a in store.audio.for_meeting(m.id))
        print(
            f"{m.id:>4}  {m.date or '----------'}  {clock(duration, millis=False)}  "
            f"{m.title}  [{_label(STATE_LABELS, m.state)}]"
        )
    return 0


KIND_LABELS = {"segment": ("lời", "said"), "conclusion": ("kết luận", "conclusion"),
               "task": ("nhiệm vụ", "task")}  # fmt: skip


def cmd_search(store: Store, args) -> int:
    hits = store.search(args.query)
    if args.json:
        _print_json([asdict(h) for h in hits])
        return 0
    if not hits:
        print(pick("Không tìm thấy.", "Nothing found."), file=sys.stderr)
        return 0
    for h in hits:
        at = f" {clock(h.start, millis=False)}" if h.start is not None else ""
        print(f"#{h.meeting_id}{at} [{_label(KIND_LABELS, h.kind)}] {h.text}")
    return 0


def cmd_conclusion(store: Store, args) -> int:
    store.meetings.get(args.meeting)
    print(store.items.add_conclusion(args.meeting, args.text).id)
    return 0


def cmd_task(store: Store, args) -> int:
    today = dt.date.today().isoformat()
    if args.action == "add":
        store.meetings.get(args.meeting)
        with store.db.atomic():
            task = store.items.add_task(args.meeting, args.content)
            ongoing = args.deadline == "ongoing"
            update_task(
                store, task.id, lead_unit=args.lead, coordinating_units=args.coord,
                deadline=None if ongoing else args.deadline, ongoing=ongoing, is_key=args.key,
            )  # fmt: skip
        print(task.id)
        return 0
    task = store.items.task(args.task)
    if not (args.progress or args.done or args.cancel):
        raise UserError(
            "Cho biết cần cập nhật gì: --progress, --done hoặc --cancel.",
            "Say what to record: --progress, --done or --cancel.",
        )
    with store.db.atomic():
        if args.progress:
            store.items.add_task_update(task.id, today, args.progress, args.reporter)
        if args.done:
            store.items.update_task(task.id, completed_on=args.done)
        if args.cancel:
            store.items.update_task(task.id, cancelled_on=today)
    days = store.settings.get_int(DUE_SOON_KEY, DEFAULT_DUE_SOON_DAYS)
    print(status_label(task_status(store.items.task(task.id), due_soon_days=days)), file=sys.stderr)
    return 0


def cmd_tasks(store: Store, args) -> int:
    rows = task_register(
        store, unit=args.unit, status=args.status, due_within=args.due_within,
        meeting_id=args.meeting, key_only=args.key, text=args.text,
        deadline_from=_day(args.deadline_from), deadline_to=_day(args.deadline_to),
        due_soon_days=store.settings.get_int(DUE_SOON_KEY, DEFAULT_DUE_SOON_DAYS),
    )  # fmt: skip
    if args.json:
        _print_json([r.to_dict() for r in rows])
        return 0
    if not rows:
        print(pick("Không có nhiệm vụ nào.", "No tasks."), file=sys.stderr)
        return 0
    for r in rows:
        deadline = r.task.deadline or (pick("thường xuyên", "ongoing") if r.task.ongoing else "-")
        key = "★" if r.task.is_key else " "
        print(f"{r.task.id:>4} {key} {deadline:<12} {status_label(r.status):<28} "
              f"{r.lead_unit or '-'}: {r.task.content}")  # fmt: skip
    return 0


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _written(path: Path) -> int:
    print(pick("Đã ghi {path}", "Wrote {path}", path=str(path)), file=sys.stderr)
    return 0


def cmd_export(store: Store, args) -> int:
    from .documents.export import default_format, export_meeting

    out = Path(args.out).expanduser()
    fmt = args.format or default_format(args.kind, out)
    export_meeting(
        store, args.meeting, args.kind, fmt, out, include_transcript=args.with_transcript
    )
    return _written(out)


def cmd_memo(store: Store, args) -> int:
    from .documents.export import export_memo

    out = Path(args.out).expanduser()
    export_memo(store, args.unit, out)
    return _written(out)


def cmd_report(store: Store, args) -> int:
    from .documents.export import export_report

    out = Path(args.out).expanduser()
    fmt = "csv" if out.suffix.lower() == ".csv" else "pdf"
    export_report(store, out, fmt, date_from=_day(args.date_from), date_to=_day(args.date_to))
    return _written(out)


def cmd_models(store: Store, args) -> int:
    models = list_models()
    if args.json:
        _print_json([m.to_dict() for m in models])
        return 0
    for m in models:
        note = pick("đi kèm", "embedded") if m.embedded else pick("thư mục", "folder")
        ready = "" if m.ready else pick(" (chuẩn bị khi dùng lần đầu)", " (prepared on first use)")
        print(f"{m.name:<20} {m.size_mb:>8.1f} MB  {note}{ready}  {m.path}")
    return 0


def _mmss(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return (
        f"{hours}:{rest // 60:02d}:{rest % 60:02d}"
        if hours
        else f"{rest // 60:02d}:{rest % 60:02d}"
    )


def cmd_suggest(store: Store, args) -> int:
    from .followup.suggest import suggest_meeting, suggest_segments, suggest_text

    given = [x is not None for x in (args.meeting, args.text, args.text_file)]
    if sum(given) != 1:
        raise UserError(
            "Cho biết một nguồn: số cuộc họp, --text hoặc --text-file.",
            "Give one source: a meeting number, --text or --text-file.",
        )
    day = _day(args.date)
    if args.meeting is not None:
        if day is None:
            found = suggest_meeting(store, args.meeting)
        else:
            meeting = store.meetings.get(args.meeting)
            found = suggest_segments(
                store.segments.for_meeting(args.meeting), meeting_date=day,
                units=store.units.list(), context=meeting.title,
            )  # fmt: skip
    else:
        text = args.text
        if args.text_file is not None:
            try:
                text = Path(args.text_file).expanduser().read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as exc:
                raise UserError(
                    "Không đọc được tệp văn bản {path}: {why}. Cần một tệp văn bản UTF-8.",
                    "Cannot read the text file {path}: {why}. A UTF-8 text file is needed.",
                    path=args.text_file,
                    why=getattr(exc, "strerror", None) or str(exc),
                ) from None
        found = suggest_text(text, meeting_date=day, units=store.units.list())
    if args.json:
        _print_json([s.to_dict() for s in found])
        return 0
    if not found:
        print(pick("Không tìm thấy đề xuất nào.", "No suggestions found."), file=sys.stderr)
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


def cmd_devices(store: Store, args) -> int:
    from .audio.capture import list_devices

    devices = list_devices()
    if args.json:
        _print_json([d.to_dict() for d in devices])
        return 0
    if not devices:
        print(
            pick("Không tìm thấy thiết bị thu âm nào.", "No sound input was found."),
            file=sys.stderr,
        )
    for d in devices:
        default = pick("  (mặc định)", "  (default)") if d.default else ""
        print(f"{d.index:>3}  {d.name}  [{d.channels} ch]{default}")
    return 0


REPORT_EVERY_S = 5.0


def cmd_record(store: Store, args) -> int:
    stop = threading.Event()

    def on_interrupt(_signum, _frame):
        # First Ctrl-C: stop and finalise the recording. A second one: stop at once (the file
        # stays readable and is repaired at the next start).
        stop.set()
        signal.signal(signal.SIGINT, signal.default_int_handler)

    session = RecordingSession(
        store.path,
        meeting_id=args.meeting,
        title=args.title,
        device=args.device,
        live_transcribe=args.live_transcribe,
        model=args.model,
        language=args.language,
    )
    previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        session.start()
        print(session.meeting_id, flush=True)
        print(
            pick(
                "Đang ghi âm vào cuộc họp số {id} (Ctrl-C để dừng)…",
                "Recording into meeting {id} (Ctrl-C stops)…",
                id=session.meeting_id,
            ),
            file=sys.stderr,
            flush=True,
        )
        reported = 0.0
        while session.running and not stop.is_set():
            if args.duration is not None and session.elapsed >= args.duration:
                break
            stop.wait(0.1)
            if session.elapsed - reported >= REPORT_EVERY_S:
                reported = session.elapsed
                live = (
                    pick(
                        "  đã chép lời tới {t}",
                        "  transcribed to {t}",
                        t=_mmss(session.transcribed_until),
                    )
                    if args.live_transcribe
                    else ""
                )
                print(
                    pick("Đã ghi {t}", "Recorded {t}", t=_mmss(session.elapsed)) + live,
                    file=sys.stderr,
                    flush=True,
                )
        session.stop()
        stopped = time.monotonic()
        if session.error is not None:
            raise session.error
        print(
            pick(
                "Đã ghi âm {t} vào cuộc họp số {id}.",
                "Recorded {t} into meeting {id}.",
                t=_mmss(session.elapsed),
                id=session.meeting_id,
            ),
            file=sys.stderr,
            flush=True,
        )
        if args.live_transcribe:
            print(
                pick("Đang chép lời phần cuối…", "Transcribing the tail…"),
                file=sys.stderr,
                flush=True,
            )
            session.wait_transcribed()
            if session.transcription_error is not None:
                raise session.transcription_error
            print(
                pick(
                    "Bản chép lời hoàn tất {s:.1f} giây sau khi dừng ghi âm.",
                    "Transcript complete {s:.1f} seconds after the recording stopped.",
                    s=time.monotonic() - stopped,
                ),
                file=sys.stderr,
            )
    finally:
        signal.signal(signal.SIGINT, previous)
        session.stop()
    return 0
