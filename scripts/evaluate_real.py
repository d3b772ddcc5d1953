"""The suggestion engine on real conference text (tests/data/suggestions_real.json): the table of
the issue for the development part and the held-out part, written, spoken ("15 tháng 9") and with
numbers in words. Run from the repository root: `.venv/bin/python scripts/evaluate_real.py`
prints the development part; `--held` adds the held-out part (for reporting, never for tuning);
`-v` lists the misses."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.real_eval import ITEMS, evaluate, site, split, table  # noqa: E402


def main() -> None:
    dev, held = split("dev"), split("held")
    sites = {site(i["src"]) for i in ITEMS}
    print(
        f"Corpus: {len(ITEMS)} sentences ({sum('form' not in i for i in ITEMS)} as published, "
        f"{sum(i.get('form') == 'chair' for i in ITEMS)} as a chair speaks), "
        f"{len({i['src'] for i in ITEMS})} pages, {len(sites)} sites; "
        f"dev {len(dev)}, held out {len(held)}.\n"
    )
    scores = []
    parts = [("dev", dev)] + ([("held", held)] if "--held" in sys.argv else [])
    for name, items in parts:
        for form in ("written", "spoken", "words"):
            scores.append(evaluate(items, form, f"{name} {form}"))
    print(table(scores))
    if "-v" in sys.argv:
        for s in scores:
            if s.name.startswith("held") and "--held" not in sys.argv:
                continue
            for miss in s.misses:
                print(f"  {s.name}: {miss}")


if __name__ == "__main__":
    main()
