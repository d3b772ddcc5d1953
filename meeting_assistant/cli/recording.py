"""Commands about sound inputs and recording a meeting live."""

from __future__ import annotations

import time

from ..i18n import pick
from ..services import Services
from ..text import short_clock
from .interrupt import stop_on_ctrl_c
from .output import print_json, tell

REPORT_EVERY_S = 5.0


def cmd_devices(services: Services, args) -> int:
    devices = services.devices()
    if args.json:
        print_json([d.to_dict() for d in devices])
        return 0
    if not devices:
        tell(pick("Không tìm thấy thiết bị thu âm nào.", "No sound input was found."))
    for d in devices:
        default = pick("  (mặc định)", "  (default)") if d.default else ""
        print(f"{d.index:>3}  {d.name}  [{d.channels} ch]{default}")
    return 0


def cmd_record(services: Services, args) -> int:
    # Choosing a recogniser only means something for the transcript made while recording.
    args.live_transcribe = args.live_transcribe or args.engine is not None
    session = services.recording_session(
        meeting_id=args.meeting,
        title=args.title,
        device=args.device,
        live_transcribe=args.live_transcribe,
        model=args.model,
        language=args.language,
        engine=args.engine,
    )
    # First Ctrl-C: stop and finalise the recording. A second one: stop at once (the file
    # stays readable and is repaired at the next start).
    with stop_on_ctrl_c() as stop:
        try:
            session.start()
            print(session.meeting_id, flush=True)
            tell(
                pick(
                    "Đang ghi âm vào cuộc họp số {id} (Ctrl-C để dừng)…",
                    "Recording into meeting {id} (Ctrl-C stops)…",
                    id=session.meeting_id,
                )
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
                            t=short_clock(session.transcribed_until),
                        )
                        if args.live_transcribe
                        else ""
                    )
                    tell(pick("Đã ghi {t}", "Recorded {t}", t=short_clock(session.elapsed)) + live)
            session.stop()
            stopped = time.monotonic()
            if session.error is not None:
                raise session.error
            tell(
                pick(
                    "Đã ghi âm {t} vào cuộc họp số {id}.",
                    "Recorded {t} into meeting {id}.",
                    t=short_clock(session.elapsed),
                    id=session.meeting_id,
                )
            )
            if args.live_transcribe:
                tell(pick("Đang chép lời phần cuối…", "Transcribing the tail…"))
                session.wait_transcribed()
                if session.transcription_error is not None:
                    raise session.transcription_error
                tell(
                    pick(
                        "Bản chép lời hoàn tất {s:.1f} giây sau khi dừng ghi âm.",
                        "Transcript complete {s:.1f} seconds after the recording stopped.",
                        s=time.monotonic() - stopped,
                    )
                )
        finally:
            session.stop()
    return 0


HANDLERS = {"devices": cmd_devices, "record": cmd_record}
