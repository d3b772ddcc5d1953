"""Benchmark: speaker diarization error rate, speed and memory on meetings built from real voices.

Builds multi-speaker "meetings" from ../shared/audio/speakers (nine Vietnamese voices) and
../shared/audio/dev (a VIVOS speaker and an English speaker): turns of 2-30 s drawn from each
voice's material, gaps of 0.3-1.5 s, room-like noise (pink-ish, -45 dBFS) and level changes of
up to +/-8 dB per turn. Eleven real voices exist; the 12-speaker meeting adds a twelfth made by
lowering one voice's pitch by 4 semitones (said so in its figures). The truth (who speaks when)
is known, so the diarization error rate (DER, 0.25 s collar, overlaps none) is exact.

    python benchmarks/diarization.py                   # 4, 8, 12 speakers x seeds 1-3, 10 min
    python benchmarks/diarization.py --seeds 11 12 13  # the held-out builds (never tuned on)
    python benchmarks/diarization.py --memory --lengths 10 30 60   # RTF and peak RSS per length

DER: each count is built from several seeds (other voices, turns, cuts and levels) and reported as
mean and worst, with the count estimated and given. Seeds 1-3 were used while tuning the
diarization; 11-13 are held out: look at them only to report, never to tune.
Memory: each length is built to a WAV file first, then diarized in a subprocess of its own
(psutil samples its resident memory every 0.1 s; VmHWM is its exact peak), so the figure is the
pipeline's alone and one length's run does not inherit another's heap.

Each voice has only 9-14 s (VIVOS: 3 min) of material, so long meetings repeat it with other
cuts, noise and levels: an easier test than real meetings, where voices vary more.
This is a script that prints figures, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from meeting_assistant.diarization import VoiceEncoder, cluster, embed_file  # noqa: E402
from meeting_assistant.diarization.cluster import adjacency  # noqa: E402
from meeting_assistant.diarization.metrics import der  # noqa: E402
from meeting_assistant.diarization.turns import turns_from_windows  # noqa: E402

SHARED = ROOT.parent / "shared" / "audio"
SR = 16000


def _read(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert w.getframerate() == SR and w.getnchannels() == 1
        return np.frombuffer(w.readframes(w.getnframes()), np.int16).astype(np.float32) / 32768


def _pitch_down(x: np.ndarray, semitones: float = 4.0) -> np.ndarray:
    """A lower voice: resample slower (pitch and tempo down) - a different-sounding speaker."""
    factor = 2 ** (semitones / 12)
    idx = np.arange(0, len(x) - 1, 1 / factor)
    return np.interp(idx, np.arange(len(x)), x).astype(np.float32)


def voices() -> dict[str, np.ndarray]:
    found = {}
    for path in sorted((SHARED / "speakers").glob("*.wav")):
        found[path.stem] = _read(path)
    dev = sorted((SHARED / "dev" / "clips").glob("*.wav"))
    vivos = [p for p in dev if "VIVOS" in p.name]
    lj = [p for p in dev if "ljspeech" in p.name]
    if vivos:
        found["vivos01"] = np.concatenate([_read(p) for p in vivos])
    if lj:
        found["ljspeech"] = np.concatenate([_read(p) for p in lj])
    return found


def _voiced(turn: np.ndarray, frame_s: float = 0.05) -> list[tuple[float, float]]:
    """Where the clean turn has voice (frames within 35 dB of its loudest, pauses under 0.3 s
    bridged): the truth counts a speaker's pauses as silence, as a human annotator would."""
    n = int(frame_s * SR)
    frames = turn[: len(turn) // n * n].reshape(-1, n)
    level = 10 * np.log10(np.mean(frames.astype(np.float64) ** 2, axis=1) + 1e-12)
    voiced = level > level.max() - 35
    spans, start = [], None
    for i, v in enumerate(list(voiced) + [False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            if spans and (start - spans[-1][1]) * frame_s < 0.3:
                spans[-1] = (spans[-1][0], i)
            else:
                spans.append((start, i))
            start = None
    return [(a * frame_s, b * frame_s) for a, b in spans]


def build_meeting(n_speakers: int, minutes: float, seed: int):
    """(samples, truth turns) of a meeting of `n_speakers` voices lasting about `minutes`."""
    rng = np.random.default_rng(seed)
    pool = voices()
    names = list(pool)
    if n_speakers > len(names):
        base = names[0]
        pool[base + "_low"] = _pitch_down(pool[base])
        names.append(base + "_low")
    chosen = list(rng.choice(names, size=n_speakers, replace=False))
    total = int(minutes * 60 * SR)
    parts, truth, t = [], [], 0
    previous = None
    while t < total:
        who = rng.choice([c for c in chosen if c != previous]) if len(chosen) > 1 else chosen[0]
        previous = who
        material = pool[who]
        length = int(rng.uniform(2, 30) * SR)
        begin = int(rng.integers(0, len(material)))
        turn = np.resize(np.roll(material, -begin), length)  # loops the voice's material
        turn = turn * (10 ** (rng.uniform(-8, 8) / 20))
        gap = np.zeros(int(rng.uniform(0.3, 1.5) * SR), np.float32)
        parts += [turn.astype(np.float32), gap]
        truth += [(t / SR + a, t / SR + b, who) for a, b in _voiced(turn)]
        t += length + len(gap)
    audio = np.concatenate(parts)
    noise = np.cumsum(rng.normal(0, 1, len(audio))).astype(np.float32)
    noise -= np.convolve(noise, np.ones(400) / 400, mode="same")  # a rumble without drift
    noise *= (10 ** (-45 / 20)) / max(float(np.std(noise)), 1e-9)
    audio = np.clip(audio + noise, -1, 1)
    return audio, truth


def write_wav(path: Path, audio: np.ndarray) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((audio * 32767).astype(np.int16).tobytes())


class PeakRSS:
    """Samples this process's resident memory every 0.1 s."""

    def __init__(self):
        import psutil

        self.proc, self.peak, self.stop = psutil.Process(), 0, threading.Event()

    def __enter__(self):
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def _run(self):
        while not self.stop.wait(0.1):
            self.peak = max(self.peak, self.proc.memory_info().rss)

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def embed(path: Path) -> tuple[list, np.ndarray, dict]:
    """The windows and embeddings of one WAV, a chunk at a time as the service reads it."""
    encoder = VoiceEncoder()
    start, cpu = time.perf_counter(), time.process_time()
    windows, embeddings = [], []
    for chunk in embed_file(path, encoder):
        windows += chunk.windows
        embeddings.append(chunk.embeddings)
    took = {"embed": time.perf_counter() - start, "embed_cpu": time.process_time() - cpu}
    return windows, np.concatenate(embeddings), took


def label(windows: list, embeddings: np.ndarray, speakers: int | None, took: dict) -> dict:
    """Clustering and turns; the figures include the embedding's time `took`."""
    start, cpu = time.perf_counter(), time.process_time()
    labels, _ = cluster(embeddings, speakers=speakers, adjacent=adjacency(windows))
    turns = turns_from_windows(windows, labels)
    return {
        "turns": [(t.start, t.end, t.speaker) for t in turns],
        "windows": len(windows),
        "wall": took["embed"] + time.perf_counter() - start,
        "embed": took["embed"],
        "cpu": took["embed_cpu"] + time.process_time() - cpu,
    }


def run(n_speakers: int, minutes: float, seed: int, hints: list[bool]) -> list[float]:
    """DER of one built meeting, embedded once, clustered with the count estimated / given."""
    audio, truth = build_meeting(n_speakers, minutes, seed)
    duration = len(audio) / SR
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "meeting.wav"
        write_wav(path, audio)
        del audio
        windows, embeddings, took = embed(path)
    rates = []
    for hint in hints:
        out = label(windows, embeddings, n_speakers if hint else None, took)
        score = der(truth, out["turns"])
        found = len({t[2] for t in out["turns"]})
        print(
            f"speakers={n_speakers:2d} seed={seed:3d} hint={'yes' if hint else 'no '} "
            f"minutes={duration / 60:5.1f} found={found:2d} DER={score.rate * 100:5.1f}% "
            f"(miss {score.missed / score.total * 100:.1f}"
            f" fa {score.false_alarm / score.total * 100:.1f} conf "
            f"{score.confusion / score.total * 100:.1f}) RTF={out['wall'] / duration:.3f} "
            f"(embed {out['embed'] / duration:.3f}; CPU seconds/s {out['cpu'] / duration:.3f})",
            flush=True,
        )
        rates.append(score.rate)
    return rates


def child(path: str) -> int:
    """--child: diarize one file and print its figures as JSON (run by memory())."""
    with PeakRSS() as rss:
        windows, embeddings, took = embed(Path(path))
        out = label(windows, embeddings, None, took)
    out.pop("turns")
    out["peak_rss_mb"] = rss.peak / 2**20
    # VmHWM: this process image's own peak (ru_maxrss would keep the parent's, from the fork).
    status = Path("/proc/self/status")
    hwm = (
        [ln for ln in status.read_text().splitlines() if ln.startswith("VmHWM")]
        if (status.exists())
        else []
    )
    out["hwm_mb"] = int(hwm[0].split()[1]) / 1024 if hwm else rss.peak / 2**20
    print(json.dumps(out))
    return 0


def memory(lengths: list[float], n_speakers: int, seed: int) -> None:
    for minutes in lengths:
        audio, _ = build_meeting(n_speakers, minutes, seed)
        duration = len(audio) / SR
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "meeting.wav"
            write_wav(path, audio)
            del audio
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(path)],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
        out = json.loads(done.stdout.strip().splitlines()[-1])
        load = " ".join(f"{x:.1f}" for x in os.getloadavg())
        print(
            f"minutes={duration / 60:5.1f} speakers={n_speakers} windows={out['windows']} "
            f"RTF={out['wall'] / duration:.3f} (embed {out['embed'] / duration:.3f}; CPU "
            f"seconds/s {out['cpu'] / duration:.3f}) peakRSS={out['peak_rss_mb']:.0f}MB "
            f"(VmHWM {out['hwm_mb']:.0f}MB) load average {load}",
            flush=True,
        )


def summary(rates: dict[tuple[int, bool], list[float]]) -> None:
    print("speakers  count      DER mean  DER worst  builds")
    for (n, hint), values in sorted(rates.items()):
        mean, worst = np.mean(values) * 100, max(values) * 100
        given = "given    " if hint else "estimated"
        print(f"{n:8d}  {given}  {mean:7.1f}%  {worst:8.1f}%  {len(values)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speakers", type=int, nargs="*", default=[4, 8, 12])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2, 3])
    parser.add_argument("--hint", action="store_true", help="also run with the count given")
    parser.add_argument("--only-hint", action="store_true", help="only with the count given")
    parser.add_argument("--memory", action="store_true", help="RTF and peak memory per length")
    parser.add_argument("--lengths", type=float, nargs="*", default=[10, 30, 60])
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child)
    if not (SHARED / "speakers").is_dir():
        print(f"no voices at {SHARED / 'speakers'}", file=sys.stderr)
        return 1
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}")
    if args.memory:
        memory(args.lengths, args.speakers[0] if len(args.speakers) == 1 else 8, args.seeds[0])
        return 0
    rates: dict[tuple[int, bool], list[float]] = {}
    for n in args.speakers:
        hints = [False] * (not args.only_hint) + [True] * (args.hint or args.only_hint)
        for seed in args.seeds:
            for hint, rate in zip(hints, run(n, args.minutes, seed, hints), strict=True):
                rates.setdefault((n, hint), []).append(rate)
    summary(rates)
    return 0


if __name__ == "__main__":
    sys.exit(main())
