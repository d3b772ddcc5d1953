"""Benchmark: plain faster-whisper, our Whisper pipeline (and its settings), and viet-asr.

In one run, for each configuration: WER and CER (raw, and after number normalisation on both
sides, so "hai mươi" and "20" count as the same), wall time, real-time factor and peak RSS, on
the Vietnamese dev clips (../shared/audio/dev, pooled) and on a meeting-like file built from
them (benchmarks/meeting_audio.py: pauses, room noise, reverberation, levels).

    python benchmarks/engines.py                         # every configuration, 10-minute file
    python benchmarks/engines.py --minutes 60 --configs ours viet-asr
    python benchmarks/engines.py --skip-meeting          # the dev clips only

Each configuration runs in a fresh process, so its peak RSS is its own. A script that prints
figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from meeting_audio import DEV, build_meeting, manifest  # noqa: E402

# name -> Options overrides for our pipeline (None: plain faster-whisper / viet-asr)
CONFIGS: dict[str, dict | None] = {
    "plain": None,
    # faster-whisper's own VAD and no conditioning, no windows: what our pipeline adds beyond it
    "plain-vad-nocond": None,
    "ours-before": {"condition_on_previous_text": True, "vad_filter": False},
    "ours-nocond": {"condition_on_previous_text": False, "vad_filter": False},
    "ours-vad": {"condition_on_previous_text": True, "vad_filter": True},
    "ours-vad-nocond": {"condition_on_previous_text": False, "vad_filter": True},
    "ours-vad-nocond-words": {  # Whisper's own word alignment (the default before)
        "condition_on_previous_text": False,
        "vad_filter": True,
        "word_timestamps": True,
    },
    "ours-vad1000-200": {"vad_min_silence_ms": 1000, "vad_pad_ms": 200},
    "ours-one-worker": {},  # the defaults, one decoding at a time on all the threads
    "ours-beam1": {"beam_size": 1},
    "ours": {},  # the defaults the product ships
    "viet-asr": None,
}


def normalise(text: str, numbers: bool = False) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = " ".join(re.sub(r"[^\w\s]", " ", text).split())
    if numbers:
        from meeting_assistant.transcription.vi_itn import normalise_numbers

        text = " ".join(re.sub(r"[^\w\s]", " ", normalise_numbers(text)).split())
    return text


def scores(refs: list[str], hyps: list[str]) -> dict:
    import jiwer

    out = {}
    for key, numbers in (("raw", False), ("num", True)):
        r = [normalise(x, numbers) or "-" for x in refs]
        h = [normalise(x, numbers) for x in hyps]
        out[f"wer_{key}"] = jiwer.wer(r, h)
        out[f"cer_{key}"] = jiwer.cer(r, h)
    return out


# --- the worker: one configuration, in a child process ---------------------------------------


def _recognise(config: str, threads: int, beam: int):
    """A function path -> text for one configuration."""
    from meeting_assistant.audio import probe

    if config == "viet-asr":
        from meeting_assistant.transcription.viet_asr import VietAsrEngine

        engine = VietAsrEngine(cpu_threads=threads)

        def run(path: str) -> str:
            events = engine.transcribe(path, probe(path).duration)
            return " ".join(e.text for e in events if hasattr(e, "text"))

        return run
    from faster_whisper import WhisperModel

    from meeting_assistant.transcription import (
        Options,
        TranscribedSegment,
        load_model,
        resolve_model,
        transcribe_file,
    )

    if config == "ours-one-worker" or CONFIGS[config] is None:
        model = WhisperModel(resolve_model("base").path, device="cpu", compute_type="int8",
                             cpu_threads=threads, local_files_only=True)  # fmt: skip
    else:
        model = load_model(resolve_model("base"), cpu_threads=threads)  # the product's loader
    if CONFIGS[config] is None:
        lean = {"vad_filter": True, "condition_on_previous_text": False}
        extra = lean if config == "plain-vad-nocond" else {}

        def run(path: str) -> str:
            segments, _ = model.transcribe(path, language="vi", beam_size=beam, **extra)
            return " ".join(s.text.strip() for s in segments)

        return run
    options = Options(language="vi", **{"beam_size": beam, **CONFIGS[config]})

    def run(path: str) -> str:
        events = transcribe_file(model, path, probe(path).duration, options=options)
        return " ".join(e.text for e in events if isinstance(e, TranscribedSegment))

    return run


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def worker(config: str, audio: str | None, threads: int, beam: int) -> dict:
    """Wall time and CPU time (all threads) of the transcription alone, not the model's loading.
    On a shared machine the CPU time moves less with the others' load than the wall time."""
    run = _recognise(config, threads, beam)
    hyps, began, cpu = [], time.monotonic(), _cpu_s()
    if audio:
        hyps.append(run(audio))
    else:
        hyps = [run(str(DEV / row["file"])) for row in manifest("vi")]
    return {"wall": time.monotonic() - began, "cpu": _cpu_s() - cpu, "hyps": hyps}


def spawn(config: str, threads: int, beam: int, audio: str | None = None) -> dict:
    cmd = [sys.executable, __file__, "--worker", config, "--threads", str(threads),
           "--beam", str(beam)] + (["--audio", audio] if audio else [])  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(config: str, where: str, seconds: float, refs: list[str], r: dict) -> str:
    s = scores(refs, r["hyps"])
    return (f"{config:<24} {where:<10} {s['wer_raw']:>6.3f} {s['wer_num']:>6.3f} "
            f"{s['cer_raw']:>6.3f} {s['cer_num']:>6.3f} {r['wall']:>7.0f}s {r['cpu']:>7.0f}s "
            f"{r['wall'] / seconds:>6.3f} {r['peak_rss_mb']:>6.0f} MB")  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, default=10.0)
    p.add_argument("--seed", type=int, default=17, help="which meeting-like file to build")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--configs", nargs="+", default=list(CONFIGS), choices=list(CONFIGS))
    p.add_argument("--repeat", type=int, default=1, help="interleaved rounds (median ratio)")
    p.add_argument("--skip-clips", action="store_true")
    p.add_argument("--skip-meeting", action="store_true")
    p.add_argument("--worker", choices=list(CONFIGS), help=argparse.SUPPRESS)
    p.add_argument("--audio", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        result = worker(args.worker, args.audio, args.threads, args.beam)
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result, ensure_ascii=False))
        return
    if not DEV.is_dir():
        raise SystemExit(f"needs the dev speech clips in {DEV}")
    rows = manifest("vi")
    clip_s = sum(float(r["duration_seconds"]) for r in rows)
    print(
        f"machine: {os.cpu_count()} cores (shared); threads={args.threads}, beam={args.beam},"
        f" Whisper base int8; dev clips: {len(rows)} vi, {clip_s / 60:.1f} min",
        flush=True,
    )
    print(f"{'configuration':<24} {'audio':<10} {'WER':>6} {'WER#':>6} {'CER':>6} {'CER#':>6}"
          f" {'wall':>8} {'CPU':>8} {'RTF':>6} {'peak RSS':>9}", flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        meeting = Path(tmp) / "meeting.wav"
        reference = "" if args.skip_meeting else build_meeting(args.minutes, meeting, seed=args.seed)
        walls: dict[tuple[str, str], list[float]] = {}
        cpus: dict[tuple[str, str], list[float]] = {}
        loads = []
        # Interleaved: every configuration once, then again, so a change in the machine's load
        # (it is shared) falls on all of them alike; the ratios are per round, then the median.
        for round_ in range(args.repeat):
            loads.append(os.getloadavg()[0])
            print(f"-- round {round_ + 1}/{args.repeat}, load average {loads[-1]:.2f}", flush=True)
            for config in args.configs:
                if not args.skip_clips:
                    r = spawn(config, args.threads, args.beam)
                    walls.setdefault((config, "dev clips"), []).append(r["wall"])
                    cpus.setdefault((config, "dev clips"), []).append(r["cpu"])
                    refs = [x["transcript"] for x in rows]
                    print(line(config, "dev clips", clip_s, refs, r), flush=True)
                if not args.skip_meeting:
                    r = spawn(config, args.threads, args.beam, str(meeting))
                    where = f"{args.minutes:g} min"
                    walls.setdefault((config, where), []).append(r["wall"])
                    cpus.setdefault((config, where), []).append(r["cpu"])
                    print(line(config, where, args.minutes * 60, [reference], r), flush=True)
        print(f"load average at each round: {', '.join(f'{x:.2f}' for x in loads)}")
        print_ratios("wall", walls)
        print_ratios("CPU", cpus)


def print_ratios(what: str, times: dict[tuple[str, str], list[float]]) -> None:
    """Each configuration's time relative to plain faster-whisper's in the same round: median."""
    for (config, where), runs in times.items():
        base = times.get(("plain", where))
        if not base or config == "plain":
            continue
        ratios = sorted(t / b for t, b in zip(runs, base, strict=False))
        print(f"{config:<24} {where:<10} {what} / plain: median {statistics.median(ratios):.2f}"
              f"  (rounds: {', '.join(f'{x:.2f}' for x in ratios)})")  # fmt: skip


if __name__ == "__main__":
    main()
