"""Report how the suggestion engine does on the labelled set, and how fast it reads a long
transcript. Run from the repository root: `.venv/bin/python scripts/evaluate_suggestions.py`.

Prints precision and recall per kind, lead-unit and deadline accuracy for the written and the
Whisper-like forms (and for the held-out sets), the share of tasks found in one continuous
Whisper-like paragraph, then the time to read a two-hour
transcript (~20,000 words) made by repeating realistic meeting speech. `-v` lists the misses.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from meeting_assistant.followup.suggest import suggest_text  # noqa: E402
from tests.suggestion_eval import (  # noqa: E402
    DIRECTORY,
    ITEMS,
    evaluate,
    forms,
    held_out_forms,
    paragraph_report,
    table,
    whisper_form,
)


def long_transcript(words: int = 20_000) -> str:
    """Meeting speech, Whisper-like (no marks, lower case), repeated to `words` words."""
    speech = " ".join(whisper_form(item["t"]) for item in ITEMS)
    filler = (
        "à thì là về cái việc này thì ừ chúng ta cũng đã bàn nhiều lần rồi các đồng chí ạ "
        "tình hình chung thì cơ bản ổn định nhưng mà vẫn còn một số tồn tại hạn chế "
    )
    block = (speech + " " + filler).split()
    out: list[str] = []
    while len(out) < words:
        out.extend(block)
    return " ".join(out[:words])


def main() -> None:
    reports = [evaluate(name, pairs) for name, pairs in forms().items()]
    held = [evaluate(name, pairs) for name, pairs in held_out_forms().items()]
    print(f"Labelled set: {len(ITEMS)} items, each read as written and Whisper-like.\n")
    print(table(reports + held))
    if "-v" in sys.argv:
        for r in reports + held:
            for miss in r.misses:
                print(f"  {r.name}: {miss}")
    right, total, notes = paragraph_report()
    print(
        f"\nWhisper-like paragraph (one run, no marks, fillers): {right}/{total} tasks found with"
        f" the right lead unit ({right / total:.0%}; target ≥ 85%)."
    )
    if "-v" in sys.argv:
        for note in notes:
            print(f"  paragraph: {note}")
    text = long_transcript()
    suggest_text(text[:2000], meeting_date=dt.date(2024, 7, 19), units=DIRECTORY)  # warm-up
    runs = []
    for _ in range(3):
        t0 = time.perf_counter()
        found = suggest_text(text, meeting_date=dt.date(2024, 7, 19), units=DIRECTORY)
        runs.append(time.perf_counter() - t0)
    print(
        f"\nTiming: a two-hour transcript ({len(text.split()):,} words, {len(text):,} characters)"
        f" suggested in {min(runs) * 1000:.0f} ms (best of 3; {len(found)} suggestions)."
    )


if __name__ == "__main__":
    main()
