"""The suggestion engine on real conference text it was not tuned on: the held-out part of
tests/data/suggestions_real.json (whole source sites set aside, labelled before the engine read
them), written and spoken. The floors are the figures reached when the part was first measured,
less a small margin, so a change that loses ground on real text fails here.

Figures when introduced (held-out, 202 sentences, written / spoken): task P 0.87 / 0.93,
R 0.80 / 0.81, conclusion P 0.94 / 0.88, R 0.79 / 0.79, lead unit 0.77 / 0.75, deadline 0.69 /
0.73; the engine before the change scored task R 0.52, lead 0.66 / 0.64, deadline 0.42 on the
same sentences.
"""

from __future__ import annotations

import pytest

from .real_eval import ITEMS, evaluate, site, split

FLOORS = {
    "held": {
        "task_p": 0.82, "task_r": 0.75, "conclusion_p": 0.83, "conclusion_r": 0.74,
        "lead": 0.70, "deadline": 0.64,
    },
    "dev": {
        "task_p": 0.88, "task_r": 0.86, "conclusion_p": 0.92, "conclusion_r": 0.80,
        "lead": 0.86, "deadline": 0.80,
    },
}  # fmt: skip


def test_the_corpus_is_real_and_split_by_site():
    published = [i for i in ITEMS if "form" not in i]
    assert len(published) >= 400
    assert len({site(i["src"]) for i in ITEMS}) >= 60
    assert all(i["src"].startswith("http") and i["date"] for i in ITEMS)
    held_sites = {site(i["src"]) for i in split("held")}
    dev_sites = {site(i["src"]) for i in split("dev")}
    assert held_sites and not held_sites & dev_sites  # no source in both parts
    assert 0.3 <= len(split("held")) / len(ITEMS) <= 0.45
    assert {i["k"] for i in split("held")} == {"task", "conclusion", "neither"}


@pytest.mark.parametrize("part", ["held", "dev"])
@pytest.mark.parametrize("form", ["written", "spoken"])
def test_real_text_keeps_its_figures(part, form):
    score = evaluate(split(part), form)
    figures = score.figures()
    low = {k: round(v, 2) for k, v in figures.items() if v < FLOORS[part][k]}
    assert not low and score.errors == 0, (low, score.misses[:20])
