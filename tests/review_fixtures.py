"""A meeting worth reviewing: real audio, conclusions and tasks with spans, a progress log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .audio_fixtures import write_tone

PASSPHRASE = "mật khẩu của hội nghị 2026"


def review_meeting(services, tmp_path: Path, *, seconds: float = 40.0) -> dict:
    audio_path = write_tone(tmp_path / "hop.wav", seconds=seconds, rate=16000, channels=1)
    meeting, audio = services.importing.import_audio(audio_path, title="Hội nghị giao ban quý IV")
    services.meetings.update(meeting.id, date="2026-11-20", chair="Đồng chí Chủ tịch")
    span = {"audio_id": audio.id}
    c1 = services.items.add_conclusion(
        meeting.id, "Thống nhất kế hoạch chuyển đổi số năm 2027", **span, span_start=2.0,
        span_end=6.0,
    )  # fmt: skip
    c2 = services.items.add_conclusion(meeting.id, "Giao Văn phòng tổng hợp ý kiến")
    late = services.items.add_task(
        meeting.id, "Xây dựng đề án chuyển đổi số", lead_unit="Sở Thông tin và Truyền thông",
        coordinating_units=["Sở Tài chính"], deadline="2026-11-25", conclusion_id=c1.id,
        **span, span_start=10.0, span_end=15.0,
    )  # fmt: skip
    open_ = services.items.add_task(
        meeting.id, "Rà soát thủ tục hành chính", lead_unit="Văn phòng UBND tỉnh",
        deadline="2027-03-01",
    )  # fmt: skip
    services.tasks.add_progress(open_.id, "Đã rà soát 40 thủ tục", on="2026-11-28",
                                reporter="Văn phòng")  # fmt: skip
    return {"meeting": meeting, "audio": audio, "conclusions": [c1, c2],
            "tasks": [late, open_], "today": dt.date(2026, 12, 2)}  # fmt: skip
