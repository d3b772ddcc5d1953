"""Measure how often each suggestion rule is right on real text, and write the figures the app
shows as each proposal's confidence (resources/suggestions/confidence.json).

Reads only the development part of tests/data/suggestions_real.json (never the held-out part),
in its three forms (written, spoken, numbers in words). A proposal counts as right when the
sentence it came from is labelled with the same kind (a conclusion in a sentence labelled by its
task is not counted either way). The confidence of a rule is its smoothed
precision, (right + 1) / (n + 2), so a rule seen a few times stays modest.
Run from the repository root: `.venv/bin/python scripts/calibrate_suggestions.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from meeting_assistant.followup.suggest import Reader, read_suggestions  # noqa: E402
from tests.real_eval import reading, split  # noqa: E402

OUT = ROOT / "resources" / "suggestions" / "confidence.json"


def main() -> None:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in split("dev"):
        day = dt.date.fromisoformat(item["date"])
        for form in ("written", "spoken", "words"):
            reader = Reader(reading(item, form), None)
            clauses = {(c.start, c.end): c for c in reader.clauses()}
            for s, a, e in read_suggestions(reader, day):
                c = clauses.get((a, e)) or next(
                    (c for (ca, ce), c in clauses.items() if ca == a), None
                )
                shape = c.shape if c is not None else ""
                if not shape or (s.kind == "conclusion" and item["k"] == "task"):
                    continue  # a sentence labelled by its task may hold a real conclusion too
                counts[shape][0] += item["k"] == s.kind
                counts[shape][1] += 1
    shapes = {
        shape: {"right": r, "n": n, "confidence": round((r + 1) / (n + 2), 2)}
        for shape, (r, n) in sorted(counts.items())
    }
    data = {
        "about": "precision of each suggestion rule on the development part of "
        "tests/data/suggestions_real.json, written by scripts/calibrate_suggestions.py",
        "shapes": shapes,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", "utf-8")
    for shape, v in shapes.items():
        print(f"{shape:24} {v['right']:>4}/{v['n']:<4} {v['confidence']:.2f}")


if __name__ == "__main__":
    main()
