"""Benchmark: our windowed pipeline against plain faster-whisper, same model and settings.

Builds long recordings from the real Vietnamese speech in ../shared/audio/dev (clips concatenated
with pauses, to each length asked for), transcribes each with both pipelines in a fresh process,
and prints wall time, real-time factor, peak RSS and word error rate. Also prints the WER on the
individual Vietnamese and English dev clips.

    python benchmarks/transcription.py                     # 60 and 180 minutes
    python benchmarks/transcription.py --minutes 10 --threads 2

Each run is a separate process, so peak RSS is that run's alone (ru_maxrss of the child).
This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "audio" / "dev"
PAUSE_S = 1.2


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def wer(reference: str, hypothesis: str) -> float:
    import jiwer

    return jiwer.wer(normalise(reference), normalise(hypothesis))


def manifest(language: str) -> list[dict]:
    with open(DEV / "manifest.tsv", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f, delimiter="\t") if r["language"] == language]


def build_long(minutes: float, out: Path) -> str:
    """Write a 16 kHz WAV of Vietnamese clips and pauses; return its reference transcript."""
    rows = manifest("vi")
    clips = []
    for r in rows:
        with wave.open(str(DEV / r["file"])) as w:
            clips.append(np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16))
    pause = np.zeros(int(PAUSE_S * 16000), dtype=np.int16)
    target, written, i, words = int(minutes * 60 * 16000), 0, 0, []
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        while written < target:
            clip = clips[i % len(clips)]
            w.writeframes(clip.tobytes() + pause.tobytes())
            written += len(clip) + len(pause)
            words.append(rows[i % len(rows)]["transcript"])
            i += 1
    return " ".join(words)


# --- workers: run in a child process each --------------------------------------------------


def worker_plain(audio: str, threads: int, beam: int, language: str) -> dict:
    from faster_whisper import WhisperModel

    from meeting_assistant.transcription import resolve_model

    model = WhisperModel(resolve_model("base").path, device="cpu", compute_type="int8",
                         cpu_threads=threads, local_files_only=True)  # fmt: skip
    began = time.monotonic()
    segments, _ = model.transcribe(audio, language=language, beam_size=beam, word_timestamps=True)
    text = " ".join(s.text.strip() for s in segments)
    return {"wall": time.monotonic() - began, "text": text}


def worker_ours(audio: str, threads: int, beam: int, language: str) -> dict:
    from meeting_assistant.services.importing import import_audio
    from meeting_assistant.services.transcription import transcribe_meeting
    from meeting_assistant.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        meeting, _ = import_audio(store, audio)
        began = time.monotonic()
        for _event in transcribe_meeting(
            store, meeting.id, language=language, beam_size=beam, cpu_threads=threads
        ):
            pass
        wall = time.monotonic() - began
        text = " ".join(s.text for s in store.segments.for_meeting(meeting.id))
    return {"wall": wall, "text": text}


def worker_clips(pipeline: str, threads: int, beam: int) -> dict:
    """WER on each dev clip, per language, for one pipeline."""
    from faster_whisper import WhisperModel

    from meeting_assistant.audio import probe
    from meeting_assistant.transcription import (
        Options,
        TranscribedSegment,
        resolve_model,
        transcribe_file,
    )

    model = WhisperModel(resolve_model("base").path, device="cpu", compute_type="int8",
                         cpu_threads=threads, local_files_only=True)  # fmt: skip
    out = {}
    for language in ("vi", "en"):
        refs, hyps = [], []
        for row in manifest(language):
            path = str(DEV / row["file"])
            if pipeline == "plain":
                segments, _ = model.transcribe(path, language=language, beam_size=beam,
                                               word_timestamps=True)  # fmt: skip
                text = " ".join(s.text.strip() for s in segments)
            else:
                events = transcribe_file(
                    model,
                    path,
                    probe(path).duration,
                    options=Options(language=language, beam_size=beam),
                )
                text = " ".join(e.text for e in events if isinstance(e, TranscribedSegment))
            refs.append(normalise(row["transcript"]))
            hyps.append(normalise(text))
        import jiwer

        out[language] = jiwer.wer(refs, hyps)
    return out


def child(args) -> None:
    sys.path.insert(0, str(ROOT))
    if args.worker == "clips":
        result = worker_clips(args.pipeline, args.threads, args.beam)
    else:
        fn = worker_plain if args.worker == "plain" else worker_ours
        result = fn(args.audio, args.threads, args.beam, "vi")
    result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(result, ensure_ascii=False))


def spawn(*extra: str, threads: int, beam: int) -> dict:
    cmd = [sys.executable, __file__, "--threads", str(threads), "--beam", str(beam), *extra]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker failed: {' '.join(cmd)}\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--minutes", type=float, nargs="+", default=[60, 180])
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--beam", type=int, default=5)
    p.add_argument("--pipelines", nargs="+", default=["ours", "plain"])
    p.add_argument("--skip-clips", action="store_true")
    p.add_argument("--worker", choices=["ours", "plain", "clips"], help=argparse.SUPPRESS)
    p.add_argument("--pipeline", help=argparse.SUPPRESS)
    p.add_argument("--audio", help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.worker:
        child(args)
        return
    if not DEV.is_dir():
        raise SystemExit(f"needs the dev speech clips in {DEV}")

    print(f"machine: {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
          f"{platform.processor() or platform.machine()}; threads={args.threads}, "
          f"beam={args.beam}, model=base int8", flush=True)  # fmt: skip
    print(f"{'pipeline':<8} {'audio':>8} {'wall':>9} {'RTF':>6} {'peak RSS':>9} {'WER':>6}",
          flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for minutes in args.minutes:
            audio = Path(tmp) / f"long-{minutes:g}min.wav"
            reference = build_long(minutes, audio)
            for pipeline in args.pipelines:
                r = spawn("--worker", pipeline, "--audio", str(audio),
                          threads=args.threads, beam=args.beam)  # fmt: skip
                print(f"{pipeline:<8} {minutes:>5g} min {r['wall']:>8.0f}s "
                      f"{r['wall'] / (minutes * 60):>6.3f} {r['peak_rss_mb']:>6.0f} MB "
                      f"{wer(reference, r['text']):>6.3f}", flush=True)  # fmt: skip
            audio.unlink()
    if not args.skip_clips:
        print("\nword error rate on the individual dev clips (NFC, lower case, no punctuation):")
        for pipeline in args.pipelines:
            r = spawn("--worker", "clips", "--pipeline", pipeline,
                      threads=args.threads, beam=args.beam)  # fmt: skip
            print(f"{pipeline:<8} vi {r['vi']:.3f}   en {r['en']:.3f}", flush=True)


if __name__ == "__main__":
    main()
