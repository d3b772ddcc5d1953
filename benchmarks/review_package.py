"""Benchmark: review packages for a 2-hour meeting: size with and without audio, export, open
and merge times, and a backup of the same data.

Builds a 2-hour 16 kHz recording of real Vietnamese speech (the dev clips with pauses), imports
it, marks CONCLUSIONS conclusions (40 s spans) and TASKS tasks (25 s spans, a progress report
each), then times `ReviewService.export` (which also renders the notice and minutes PDFs),
`read_package` (scrypt + AES-GCM over the whole file + unzip), a reply of one comment per item
and its merge.

    python benchmarks/review_package.py [--minutes 120] [--conclusions 15] [--tasks 30]

This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.transcription import build_long  # noqa: E402

PASSPHRASE = "mật khẩu đo thời gian 2026"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=120.0)
    ap.add_argument("--conclusions", type=int, default=15)
    ap.add_argument("--tasks", type=int, default=30)
    args = ap.parse_args()

    from meeting_assistant.review import read_package
    from meeting_assistant.review.reply import new_comment, save_comments
    from meeting_assistant.services import Services

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        audio = tmp / "hop-2-gio.wav"
        build_long(args.minutes, audio)
        with Services.open(tmp / "bench.db") as services:
            meeting, stored = services.importing.import_audio(audio, title="Hội nghị tổng kết")
            services.meetings.update(meeting.id, date="2026-11-20", chair="Đồng chí Chủ tịch")
            length = stored.duration
            span = {"audio_id": stored.id}
            for n in range(args.conclusions):
                start = length * (n + 0.5) / (args.conclusions + 1)
                services.items.add_conclusion(
                    meeting.id,
                    f"Kết luận số {n + 1} của hội nghị về"
                    " công tác chuyển đổi số và cải cách hành chính",
                    **span,
                    span_start=start,
                    span_end=start + 40,
                )
            for n in range(args.tasks):
                start = length * (n + 0.3) / (args.tasks + 1)
                task = services.items.add_task(
                    meeting.id,
                    f"Nhiệm vụ số {n + 1}: xây dựng và trình kế hoạch triển khai",
                    lead_unit=f"Sở {['Nội vụ', 'Tài chính', 'Xây dựng', 'Y tế'][n % 4]}",
                    deadline=(dt.date(2026, 11, 20) + dt.timedelta(days=10 * n)).isoformat(),
                    **span,
                    span_start=start,
                    span_end=start + 25,
                )
                services.tasks.add_progress(task.id, "Đã triển khai một phần", on="2026-11-25")
            figures = {}
            for with_audio in (False, True):
                out = tmp / f"goi-{int(with_audio)}.mahop"
                t0 = time.perf_counter()
                result = services.review.export(
                    out, PASSPHRASE, meeting_ids=[meeting.id], with_audio=with_audio
                )
                export_s = time.perf_counter() - t0
                t0 = time.perf_counter()
                package = read_package(out, PASSPHRASE)
                open_s = time.perf_counter() - t0
                comments = [
                    new_comment(i.ref, "revise", "Đề nghị bổ sung", "Đ/c A")
                    for i in package.items()
                ]
                reply = tmp / f"r-{int(with_audio)}.mahop-reply"
                save_comments(reply, package.package_id, comments, PASSPHRASE)
                t0 = time.perf_counter()
                merged = services.review.merge(reply, PASSPHRASE)
                merge_s = time.perf_counter() - t0
                figures[with_audio] = (
                    result,
                    export_s,
                    open_s,
                    merge_s,
                    merged.merged,
                    reply.stat().st_size,
                )
            t0 = time.perf_counter()
            backup = services.backup(tmp / "b.mabak", PASSPHRASE)
            backup_s = time.perf_counter() - t0

    print(f"meeting: {length / 60:.0f} min, {args.conclusions} conclusions, {args.tasks} tasks")
    for with_audio, (result, export_s, open_s, merge_s, merged, reply_size) in figures.items():
        label = "with audio   " if with_audio else "without audio"
        print(
            f"{label}: package {result.size_bytes / 1024:8.0f} KB ({result.clips} clips);"
            f" export {export_s:5.2f} s, open {open_s:5.2f} s, merge of {merged} comments"
            f" {merge_s:5.2f} s (reply {reply_size / 1024:.0f} KB)"
        )
    print(f"backup (encrypted): {backup.size_bytes / 1e6:.0f} MB in {backup_s:.1f} s")


if __name__ == "__main__":
    main()
