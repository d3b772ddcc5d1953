"""Benchmark: does the GUI thread stay responsive while a meeting is transcribed?

Builds a recording of real Vietnamese speech from ../shared/audio/dev (clips and pauses, about
two minutes unless told), imports it into a temporary database, shows a TranscriptionPanel
(offscreen unless QT_QPA_PLATFORM says otherwise), starts the transcription and meanwhile runs a
10 ms QTimer in the GUI thread, recording the time between its ticks. A tick later than 10 ms
means the event loop could not run: the window would not have repainted or answered a click.

    python benchmarks/gui_responsiveness.py                      # 2 minutes, default threads
    python benchmarks/gui_responsiveness.py --minutes 5 --threads 2
    python benchmarks/gui_responsiveness.py --trace-stalls stalls.txt   # where the stalls are

Prints the machine's cores, wall time, and the gaps between ticks (max, 99th percentile, how many
over 50 and 100 ms) while the model loads and while it transcribes. With --trace-stalls, each
time the GUI thread misses its tick by more than --stall-ms (100 ms), faulthandler writes every
thread's stack to the file (from a C thread that needs no GIL): the worker's frame shows what
held it.
This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import faulthandler
import os
import platform
import shutil
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

from meeting_assistant.services import Services

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "audio" / "dev"
PAUSE_S = 1.2
TICK_MS = 10

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build_speech(minutes: float, out: Path) -> float:
    """Vietnamese dev clips with pauses, repeated to `minutes`; returns the length in seconds."""
    with open(DEV / "manifest.tsv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["language"] == "vi"]
    pause = np.zeros(int(PAUSE_S * 16000), dtype=np.int16).tobytes()
    target, written, i = int(minutes * 60 * 16000), 0, 0
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        while written < target:
            with wave.open(str(DEV / rows[i % len(rows)]["file"])) as clip:
                frames = clip.readframes(clip.getnframes())
            w.writeframes(frames + pause)
            written += len(frames) // 2 + len(pause) // 2
            i += 1
    return written / 16000


def cores() -> str:
    logical = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else logical
    return f"{usable} usable of {logical} logical"


def summary(gaps_ms: list[float]) -> str:
    if not gaps_ms:
        return "no ticks"
    a = np.asarray(gaps_ms)
    return (
        f"ticks {len(a):6d}  max {a.max():7.1f} ms  p99 {np.percentile(a, 99):6.1f} ms"
        f"  p50 {np.percentile(a, 50):5.1f} ms  >50 ms: {int((a > 50).sum()):3d}"
        f"  >100 ms: {int((a > 100).sum()):3d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--threads", type=int, default=0, help="CPU threads (0: the app's)")
    parser.add_argument("--model", default=None, help="model name or folder (default: base)")
    parser.add_argument("--window-s", type=float, default=None)
    parser.add_argument(
        "--switch-interval",
        type=float,
        default=None,
        help="sys.setswitchinterval in seconds (Python's default: 0.005)",
    )
    parser.add_argument("--trace-stalls", type=Path, default=None)
    parser.add_argument(
        "--stall-ms", type=float, default=100.0, help="a gap this long is a stall (traced, listed)"
    )
    args = parser.parse_args()

    if not (DEV / "manifest.tsv").is_file():
        sys.exit(f"real speech clips not found in {DEV}")
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from meeting_assistant.services.importing import import_audio
    from meeting_assistant.store import Store
    from ui.meeting.transcription.panel import TranscriptionPanel
    from ui.meeting.transcription.worker import TranscriptionManager

    app = QApplication.instance() or QApplication(sys.argv)
    work = Path(tempfile.mkdtemp(prefix="gui-bench-"))
    audio = work / "speech.wav"
    seconds = build_speech(args.minutes, audio)
    store = Store(work / "meetings.db")
    meeting, _ = import_audio(store, audio, title="Benchmark")

    manager = TranscriptionManager(store.path)
    panel = TranscriptionPanel(Services(store), meeting.id, manager)
    panel.job_options = {"cpu_threads": args.threads, "window_s": args.window_s}
    panel.model = args.model
    panel.resize(640, 80)
    panel.show()

    trace = open(args.trace_stalls, "w") if args.trace_stalls else None
    loading: list[float] = []
    running: list[float] = []
    stalls: list[tuple[float, float, str]] = []
    state = {"phase": "loading", "last": 0.0, "t0": 0.0, "segments": 0, "outcome": None}

    def tick() -> None:
        now = time.perf_counter()
        gap = (now - state["last"]) * 1000
        state["last"] = now
        (loading if state["phase"] == "loading" else running).append(gap)
        if gap > args.stall_ms:
            stalls.append((now - state["t0"], gap, state["phase"]))
        if trace:
            faulthandler.dump_traceback_later(args.stall_ms / 1000, repeat=False, file=trace)

    def on_progress(*_args) -> None:
        state["phase"] = "transcribing"

    def on_segment(_segment_id: int) -> None:
        state["segments"] += 1

    def on_end(*result) -> None:
        state["outcome"] = result
        app.quit()

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)

    state["t0"] = state["last"] = time.perf_counter()
    timer.start()
    panel.start()
    job = panel.job()
    job.progress.connect(on_progress)
    job.segmentAdded.connect(on_segment)
    job.finished.connect(on_end)
    job.failed.connect(on_end)
    QTimer.singleShot(2000, lambda: panel.grab().save(str(work / "panel.png")))
    app.exec()
    wall = time.perf_counter() - state["t0"]
    timer.stop()
    if trace:
        faulthandler.cancel_dump_traceback_later()
        trace.close()

    print(f"machine     {platform.machine()}, {platform.python_version()}, cores: {cores()}")
    print(f"audio       {seconds:.0f} s of Vietnamese speech; threads {args.threads or 'default'}")
    print(f"switch      sys.getswitchinterval() = {sys.getswitchinterval() * 1000:.1f} ms")
    print(f"outcome     {state['outcome']}; {state['segments']} segments")
    print(f"wall        {wall:.1f} s (real-time factor {wall / seconds:.3f})")
    print(f"loading     {summary(loading)}")
    print(f"transcribe  {summary(running)}")
    print(f"all         {summary(loading + running)}")
    for at, gap, phase in sorted(stalls, key=lambda s: -s[1])[:8]:
        print(f"  stall {gap:6.0f} ms at {at:6.1f} s ({phase})")
    store.close()
    # Keep only the picture of the panel mid-run.
    audio.unlink()
    for name in ("meetings.db", "meetings.db-wal", "meetings.db-shm"):
        (work / name).unlink(missing_ok=True)
    shutil.rmtree(work / "meetings-media", ignore_errors=True)
    print(f"panel grab  {work / 'panel.png'}")


if __name__ == "__main__":
    main()
