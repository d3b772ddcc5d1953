"""Benchmark: does passing the meeting's vocabulary to Whisper help? Word error rate on the real
Vietnamese dev clips (../shared/audio/dev) with the embedded base model, plain and with a clerk's
glossary given as faster-whisper `hotwords` and as `initial_prompt`, same settings otherwise
(int8 CPU, beam 5, language vi, as transcription runs).

    python benchmarks/vocabulary.py [--limit N] [--threads 2]

The vocabulary feature stays off unless a variant's WER is no worse than plain. Prints figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from transcription import DEV, manifest, normalise  # noqa: E402

# What a clerk would type into the glossary, plus a unit directory's names and attendees.
GLOSSARY = (
    "Chỉ thị 24-CT/TU, chuyển đổi số, Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh, Hội đồng"
    " nhân dân, Sở Nội vụ, Sở Tài chính, Sở Kế hoạch và Đầu tư, Văn phòng UBND, kết luận,"
    " nhiệm vụ, đồng chí Nguyễn Văn Hùng, đồng chí Trần Thị Mai"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="first N Vietnamese clips only")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    if not DEV.is_dir():
        print(f"no dev clips at {DEV}")
        return 1
    import jiwer

    from meeting_assistant.transcription import load_model, resolve_model

    clips = manifest("vi")[: args.limit or None]
    model = load_model(resolve_model("base"), cpu_threads=args.threads)
    variants = {"plain": {}, "hotwords": {"hotwords": GLOSSARY},
                "initial_prompt": {"initial_prompt": GLOSSARY}}  # fmt: skip
    print(f"{len(clips)} Vietnamese clips, embedded base, int8, beam 5, {args.threads} threads")
    for name, extra in variants.items():
        refs, hyps, began = [], [], time.perf_counter()
        for clip in clips:
            segments, _ = model.transcribe(
                str(DEV / clip["file"]), language="vi", beam_size=5, **extra
            )
            hyps.append(normalise(" ".join(s.text for s in segments)))
            refs.append(normalise(clip["transcript"]))
        took = time.perf_counter() - began
        print(f"{name:<15} WER {jiwer.wer(refs, hyps):.3f}   {took:6.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
