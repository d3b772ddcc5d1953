"""What each command does, through the services. Text output goes to stdout; progress and
messages for people go to stderr. Commands about tasks and documents are in followup.py, those
about sound inputs and recording in recording.py."""

from __future__ import annotations

import sys
import time
from contextlib import closing
from dataclasses import asdict
from functools import partial
from pathlib import Path

from ..documents.transcript import render
from ..i18n import pick
from ..labels import audio_state_label, kind_label, meeting_state_label
from ..services import Services
from ..services.transcription import Finished, MeetingProgress
from ..store import Store, storage_errors
from ..text import clock, short_clock
from . import encryption, followup, recording, review, speakers
from .interrupt import stop_on_ctrl_c
from .output import print_json, tell
from .progress import ProgressBar


def run(args, db_path: Path) -> int:
    if args.command == "encryption":
        return encryption.cmd_encryption(args, db_path)
    alone = review.standalone(args, db_path)
    if alone is None or args.command == "restore":
        encryption.unlock_data(args, db_path)  # encrypted at rest: the data passphrase first
    if alone is not None:
        return alone() or 0
    with Store(db_path) as store, storage_errors(db_path):
        # Any write may meet a full disk: the clerk reads why, what was stored stays.
        services = Services(store)
        for audio in services.recover().recordings:
            tell(
                pick(
                    "Đã khôi phục bản ghi âm bị gián đoạn {name} ({dur}) vào cuộc họp số {id}.",
                    "Recovered an interrupted recording {name} ({dur}) into meeting {id}.",
                    name=audio.original_name,
                    dur=short_clock(audio.duration),
                    id=audio.meeting_id,
                )
            )
        handler = HANDLERS[args.command]
        return handler(services, args) or 0


def cmd_new(services: Services, args) -> int:
    meeting = services.meetings.create(
        args.title, date=args.date, place=args.place, chair=args.chair, secretary=args.secretary
    )
    print(meeting.id)
    return 0


def cmd_import(services: Services, args) -> int:
    meeting, audio = services.importing.import_audio(
        args.audio, meeting_id=args.meeting, title=args.title, accept_damaged=args.accept_damaged
    )
    if audio.reattached:
        tell(
            pick(
                "Đã gắn lại bản ghi âm {name} vào cuộc họp số {id} (bản sao cũ bị mất hoặc hỏng).",
                "Re-attached the recording {name} to meeting {id} (its copy was missing or"
                " damaged).",
                name=audio.original_name,
                id=meeting.id,
            )
        )
    else:
        tell(
            pick(
                "Đã nhập {name} ({dur}) vào cuộc họp số {id}.",
                "Imported {name} ({dur}) into meeting {id}.",
                name=audio.original_name,
                dur=clock(audio.duration, millis=False),
                id=meeting.id,
            )
        )
    print(meeting.id)
    return 0


def cmd_transcribe(services: Services, args) -> int:
    stopping = pick(
        "\nĐang dừng sau đoạn hiện tại… (Ctrl-C lần nữa để dừng ngay)\n",
        "\nStopping after the current segment… (Ctrl-C again to stop at once)\n",
    )
    bar = ProgressBar()
    began = time.monotonic()
    with stop_on_ctrl_c(stopping) as cancel, closing(bar):
        service = services.transcription
        run = service.run
        if args.retranscribe:
            run = partial(service.retranscribe, replace_edited=args.replace_edited)
        events = run(
            args.meeting, model=args.model, language=args.language, beam_size=args.beam,
            cancel=cancel, cpu_threads=args.threads or 0, window_s=args.window,
            engine=args.engine, vocabulary=args.vocabulary,
        )  # fmt: skip
        for event in events:
            if isinstance(event, MeetingProgress):
                bar.update(event)
            elif isinstance(event, Finished):
                bar.close()
                if event.replaced is not None:
                    tell(
                        pick(
                            "Đã thay {n} đoạn của thư ký (đã sửa hoặc đã gắn kết luận, nhiệm vụ);"
                            " kết luận, nhiệm vụ giữ nguyên nội dung.",
                            "Replaced {n} of the clerk's segments (edited or tagged); conclusions"
                            " and tasks keep their text.",
                            n=len(event.replaced.before["segments"]),
                        )
                    )
                if event.cancelled:
                    tell(
                        pick(
                            "Đã dừng; đã lưu {n} đoạn. Chạy lại lệnh này để chép tiếp.",
                            "Stopped; {n} segments saved. Run this command again to continue.",
                            n=event.segments_added,
                        )
                    )
                    return 130
                tell(
                    pick(
                        "Xong: {total} đoạn ({n} đoạn mới) trong {t}.",
                        "Done: {total} segments ({n} new) in {t}.",
                        total=services.transcript.count(args.meeting),
                        n=event.segments_added,
                        t=clock(time.monotonic() - began, millis=False),
                    )
                )
    return 0


def cmd_transcript(services: Services, args) -> int:
    meeting = services.meetings.get(args.meeting)
    text = render(
        args.format,
        services.transcript.segments(args.meeting),
        services.meetings.audio(args.meeting),
        meeting.chair,
    )
    sys.stdout.write(text)
    return 0


def cmd_show(services: Services, args) -> int:
    data = services.meetings.summary(args.meeting)
    if args.json:
        print_json(data)
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
        (pick("Trạng thái", "State"), meeting_state_label(data["state"])),
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
        state = audio_state_label(
            a["transcription_state"], at=clock(a["transcribed_until"], millis=False)
        )
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


def cmd_meetings(services: Services, args) -> int:
    meetings = services.meetings.list()
    if args.json:
        print_json([services.meetings.summary(m.id) for m in meetings])
        return 0
    if not meetings:
        tell(
            pick(
                "Chưa có cuộc họp nào. Nhập một tệp ghi âm: meeting-assistant import TỆP",
                "No meetings yet. Import a recording: meeting-assistant import FILE",
            )
        )
        return 0
    for m in meetings:
        duration = sum(a.duration for a in services.meetings.audio(m.id))
        print(
            f"{m.id:>4}  {m.date or '----------'}  {clock(duration, millis=False)}  "
            f"{m.title}  [{meeting_state_label(m.state)}]"
        )
    return 0


def cmd_search(services: Services, args) -> int:
    hits = services.meetings.search(args.query, speaker=args.speaker)
    if args.json:
        print_json([asdict(h) for h in hits])
        return 0
    if not hits:
        tell(pick("Không tìm thấy.", "Nothing found."))
        return 0
    for h in hits:
        at = f" {clock(h.start, millis=False)}" if h.start is not None else ""
        who = f"{h.speaker}: " if h.speaker else ""
        print(f"#{h.meeting_id}{at} [{kind_label(h.kind)}] {who}{h.text}")
    return 0


def cmd_models(services: Services, args) -> int:
    if getattr(args, "model_action", None):
        from .models import run_action

        return run_action(services, args)
    models = services.models()
    if args.json:
        print_json([m.to_dict() for m in models])
        return 0
    for m in models:
        if m.engine != "whisper":
            ready = "" if m.ready else pick(" (chưa cài: pip install '.[vi]')", " (not installed)")
            where = pick("trong gói viet-asr", "in the viet-asr package")
            print(f"{m.name:<20} {m.engine:<9} {m.size_mb:>8.1f} MB  {where}{ready}  {m.path}")
            continue
        note = pick("đi kèm", "embedded") if m.embedded else pick("thư mục", "folder")
        ready = "" if m.ready else pick(" (chuẩn bị khi dùng lần đầu)", " (prepared on first use)")
        print(f"{m.name:<20} {m.engine:<9} {m.size_mb:>8.1f} MB  {note}{ready}  {m.path}")
    return 0


HANDLERS = {
    "new": cmd_new,
    "import": cmd_import,
    "transcribe": cmd_transcribe,
    "transcript": cmd_transcript,
    "show": cmd_show,
    "meetings": cmd_meetings,
    "search": cmd_search,
    "models": cmd_models,
    **followup.HANDLERS,
    **recording.HANDLERS,
    **review.HANDLERS,
    **speakers.HANDLERS,
}
