"""Benchmark: encryption at rest on a 2-hour meeting: the cost of opening an encrypted database
and of a query on it, the passphrase check at start, the decrypted copy a player or decoder
reads, and the time to turn encryption on and off.

Builds a 2-hour 16 kHz WAV of real Vietnamese speech (the dev clips with pauses, about 230 MB),
imports it and adds SEGMENTS transcript segments, then times the same operations on the plain
and on the encrypted data.

    python benchmarks/encryption_at_rest.py [--minutes 120] [--segments 1500] [--opens 20]

This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
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
TEXT = "Đồng chí Giám đốc Sở Tài chính báo cáo tiến độ giải ngân vốn đầu tư công năm 2026"


def _timed(fn, repeat: int = 1) -> float:
    began = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - began) / repeat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=120.0)
    ap.add_argument("--segments", type=int, default=1500)
    ap.add_argument("--opens", type=int, default=20)
    args = ap.parse_args()

    from meeting_assistant import vault
    from meeting_assistant.models import Segment
    from meeting_assistant.services import encryption
    from meeting_assistant.store import Store

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        audio = tmp / "hop-2-gio.wav"
        build_long(args.minutes, audio)
        db = tmp / "bench.db"
        from meeting_assistant.services import Services

        with Services.open(db) as services:
            meeting, stored = services.importing.import_audio(audio, title="Hội nghị tổng kết")
        with Store(db) as store, store.atomic():
            step = stored.duration / args.segments
            for n in range(args.segments):
                store.segments.add(Segment(None, meeting.id, stored.id, n * step,
                                           (n + 1) * step, f"{TEXT} (đoạn {n})"))  # fmt: skip

        def open_and_query() -> None:
            with Store(db) as store:
                store.search("giải ngân")

        def measure(label: str) -> None:
            opening = _timed(lambda: Store(db).close(), args.opens)
            query = _timed(open_and_query, args.opens)
            print(f"{label}: open {opening * 1000:.1f} ms, open + full-text search "
                  f"{query * 1000:.1f} ms (mean of {args.opens})")  # fmt: skip

        size = stored.size_bytes / 1e6
        print(f"{args.minutes:.0f} min of audio: {size:.0f} MB; {args.segments} segments; database"
              f" {db.stat().st_size / 1e6:.1f} MB")  # fmt: skip
        measure("plain")
        on = encryption.turn_on(db, PASSPHRASE)
        print(f"turn on: {on.seconds:.1f} s ({on.media_files} media file, {size:.0f} MB)")
        vault.register(db, None)
        unlocking = _timed(lambda: vault.unlock(db, PASSPHRASE))
        print(f"passphrase at start (scrypt N=2^17, r=8): {unlocking:.2f} s")
        measure("encrypted")
        path = Store(db).media_dir / stored.stored_path
        first = _timed(lambda: vault.readable_media(db, path))
        again = _timed(lambda: vault.readable_media(db, path))
        print(
            f"decrypted copy for playback/decoding: first {first:.1f} s, then {again * 1000:.1f} ms"
        )
        vault.remove_plain_copies(db)
        off = encryption.turn_off(db, PASSPHRASE)
        print(f"turn off: {off.seconds:.1f} s")


if __name__ == "__main__":
    main()
