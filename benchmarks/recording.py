"""Benchmark: live recording with live transcription, from a `file:` device.

Builds N minutes of real Vietnamese speech (the dev clips with pauses), records it through
`meeting-assistant record --device file:... --live-transcribe` at SPEED times real time in a
child process, samples that process's RSS every second, and prints the peak RSS over time, the
file size per hour of audio, how far the live transcript had got at stop, and the time from the
end of the recording to the complete transcript (printed by the command itself).

    python benchmarks/recording.py --minutes 10 --speed 4
    python benchmarks/recording.py --minutes 240 --speed 60 --no-transcribe   # memory, 4 h

This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.transcription import build_long  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--speed", type=float, default=4.0)
    ap.add_argument("--no-transcribe", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="rec-bench-") as tmp:
        src = Path(tmp) / "speech.wav"
        build_long(args.minutes, src)
        db = Path(tmp) / "m.db"
        cmd = [sys.executable, "-m", "meeting_assistant", "--db", str(db), "record",
               "--device", f"file:{src}", "--title", "benchmark"]  # fmt: skip
        if not args.no_transcribe:
            cmd.append("--live-transcribe")
        env = dict(os.environ, MEETING_ASSISTANT_FILE_DEVICE_SPEED=str(args.speed),
                   MEETING_ASSISTANT_LANG="en")  # fmt: skip
        print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
              f"{psutil.virtual_memory().total / 2**30:.0f} GB; {args.minutes:g} min of speech "
              f"at {args.speed:g}x")  # fmt: skip
        began = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                                cwd=ROOT, text=True)  # fmt: skip
        child = psutil.Process(proc.pid)
        peak, samples = 0, []
        while proc.poll() is None:
            try:
                rss = child.memory_info().rss
            except psutil.NoSuchProcess:
                break
            peak = max(peak, rss)
            samples.append((time.monotonic() - began, rss))
            time.sleep(1.0)
        out, err = proc.communicate()
        wall = time.monotonic() - began
        if proc.returncode != 0:
            print(err)
            sys.exit(proc.returncode)
        wav = next((db.parent / "m-media" / "audio").glob("*.wav"), None) or next(
            db.parent.rglob("rec-*.wav")
        )
        audio_s = (wav.stat().st_size - 44) / 32000
        print(f"recorded {audio_s / 60:.1f} min of audio in {wall:.0f} s wall (with the tail)")
        print(f"file: {wav.stat().st_size / 2**20:.1f} MiB = "
              f"{wav.stat().st_size / audio_s * 3600 / 1e6:.0f} MB per hour")  # fmt: skip
        step = max(1, len(samples) // 10)
        over_time = ", ".join(f"{t:.0f}s {r / 2**20:.0f}" for t, r in samples[::step])
        print(f"RSS over time (MiB): {over_time}")
        print(f"peak RSS: {peak / 2**20:.0f} MiB")
        progress = re.findall(r"Recorded (\S+)  transcribed to (\S+)", err)
        if progress:  # the command's last report before stop (every 5 s of audio)
            print(f"live transcript at stop: {progress[-1][1]} of {progress[-1][0]} recorded")
        tail = re.search(r"complete ([\d.]+) seconds", err)
        if tail:
            print(f"stop -> complete transcript: {tail.group(1)} s")


if __name__ == "__main__":
    main()
