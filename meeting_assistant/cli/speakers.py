"""`diarize` and `speakers`: who spoke when, and naming the voices."""

from __future__ import annotations

import time
from contextlib import closing

from ..i18n import pick
from ..services import Services
from ..services.speakers import DiarizationFinished
from ..services.transcription import MeetingProgress
from ..text import clock
from .interrupt import stop_on_ctrl_c
from .output import print_json, tell
from .progress import ProgressBar


def _label(value: str) -> int | None:
    digits = "".join(ch for ch in value if ch.isdigit())
    return int(digits) if digits else None


def cmd_diarize(services: Services, args) -> int:
    bar = ProgressBar()
    began = time.monotonic()
    with stop_on_ctrl_c(pick("\nĐang dừng…\n", "\nStopping…\n")) as cancel, closing(bar):
        for event in services.speakers.run(args.meeting, speakers=args.speakers, cancel=cancel):
            if isinstance(event, MeetingProgress):
                bar.update(event)
            elif isinstance(event, DiarizationFinished):
                bar.close()
                if event.cancelled:
                    tell(
                        pick(
                            "Đã dừng; phần đã xử lý được lưu. Chạy lại lệnh này để tiếp tục.",
                            "Stopped; the part done is saved. Run this command again to go on.",
                        )
                    )
                    return 130
                tell(
                    pick(
                        "Xong: {n} người nói trong {t}. Xem và đặt tên: lệnh speakers.",
                        "Done: {n} speakers in {t}. See and name them: the speakers command.",
                        n=event.speakers,
                        t=clock(time.monotonic() - began, millis=False),
                    )
                )
    return 0


def cmd_speakers(services: Services, args) -> int:
    services.meetings.get(args.meeting)
    if args.name:
        label, name = args.name
        number = _label(label)
        if number is None:
            tell(pick("Không hiểu người nói “{l}”.", "Unknown speaker “{l}”.", l=label))
            return 2
        services.speakers.name(args.meeting, number, name or None)
    if args.accept:
        n = services.speakers.accept_proposals(args.meeting)
        tell(pick("Đã nhận {n} tên đề xuất.", "Accepted {n} proposed names.", n=n))
    speakers = services.speakers.speakers(args.meeting)
    if args.json:
        print_json(
            [
                {
                    "label": s.label,
                    "speaker": s.display,
                    "name": s.name,
                    "proposed": s.proposed,
                    "confidence": s.confidence,
                    "seconds": s.seconds,
                    "segments": s.segments,
                    "sample": (
                        {"audio_id": s.sample_audio_id, "start": s.sample_start}
                        if s.sample_audio_id is not None
                        else None
                    ),
                }  # fmt: skip
                for s in speakers
            ]
        )
        return 0
    if not speakers:
        tell(pick("Chưa tìm người nói: chạy lệnh diarize.", "No speakers yet: run diarize."))
        return 0
    for s in speakers:
        line = f"{s.label:>3}  {s.display:<28} {clock(s.seconds, millis=False)}  {s.segments:>4}"
        if s.proposed:
            line += pick(
                "  (đề xuất: {n}, tin cậy {c:.0%})",
                "  (proposed: {n}, confidence {c:.0%})",
                n=s.proposed,
                c=s.confidence or 0,
            )
        print(line)
    return 0


HANDLERS = {"diarize": cmd_diarize, "speakers": cmd_speakers}
