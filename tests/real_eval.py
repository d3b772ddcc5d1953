"""The suggestion engine judged on real text: the corpus in tests/data/suggestions_real.json
(sentences copied from public conclusion notices, Party-committee conclusions and news reports of
conferences, each with its source address), read written and spoken.

Figures as the product is judged on its hidden set: each sentence is a task when the engine
proposes a task in it, else a conclusion when it proposes one, else neither; the lead unit and
the deadline are counted over every gold task that names one, a missed task counting as wrong.
The engine runs with no directory, as `meeting-assistant suggest --text … --date … --json` does
on a fresh database.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from meeting_assistant.followup.suggest import suggest_text
from meeting_assistant.followup.units import same_unit
from meeting_assistant.text import fold

from .spoken_form import spoken

DATA = json.loads((Path(__file__).parent / "data" / "suggestions_real.json").read_text("utf-8"))
ITEMS: list[dict] = DATA["items"]
KINDS = ("task", "conclusion")


def site(url: str) -> str:
    host = url.split("//", 1)[-1].split("/", 1)[0].split(":")[0].lower()
    return host[4:] if host.startswith("www.") else host


def split(name: str) -> list[dict]:
    return [i for i in ITEMS if i["split"] == name]


def reading(item: dict, form: str) -> str:
    """The sentence in `form`: "written" (as published), "spoken" (lower case, no marks,
    dates read out as "15 tháng 9"), "words" (numbers in words too). A chair's own words are
    spoken already."""
    if form == "written":
        return item["t"]
    return spoken(item["t"], words=form == "words")


_TITLE = re.compile(
    r"^(?:(?:cac |đong chi |dong chi )?(?:thu truong|giam doc|pho giam doc|chu tich|pho chu tich|"
    r"truong|bo truong|nguoi đung đau|nguoi dung dau|lanh đao|lanh dao|chanh van phong|"
    r"pho bi thu thuong truc|pho bi thu|bi thu|"
    r"cac đong chi|cac dong chi|thanh vien|cac thanh vien)\s+)+"
)


def _bare(name: str | None) -> str:
    key = " ".join(re.sub(r"[^\w\s&]", " ", fold(name or "").lower()).split())
    return _TITLE.sub("", key)


def lead_matches(got: str | None, want: str | None) -> bool:
    """The same unit, with or without a title before it ("Giám đốc Sở Y tế" / "Sở Y tế"), or one
    name the start of the other ("Sở Xây dựng" / "Sở Xây dựng tỉnh")."""
    if not got or not want:
        return False
    if same_unit(got, want):
        return True
    a, b = _bare(got), _bare(want)
    return bool(a) and bool(b) and (a == b or a.startswith(b + " ") or b.startswith(a + " "))


@dataclass
class Score:
    name: str
    n: int = 0
    counts: dict = field(default_factory=dict)
    lead: list = field(default_factory=lambda: [0, 0])
    deadline: list = field(default_factory=lambda: [0, 0])
    misses: list = field(default_factory=list)
    errors: int = 0

    def add(self, k: str, what: str) -> None:
        self.counts[(k, what)] = self.counts.get((k, what), 0) + 1

    def precision(self, k: str) -> float:
        tp, fp = self.counts.get((k, "tp"), 0), self.counts.get((k, "fp"), 0)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, k: str) -> float:
        tp, fn = self.counts.get((k, "tp"), 0), self.counts.get((k, "fn"), 0)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def lead_accuracy(self) -> float:
        return self.lead[0] / self.lead[1] if self.lead[1] else 1.0

    @property
    def deadline_accuracy(self) -> float:
        return self.deadline[0] / self.deadline[1] if self.deadline[1] else 1.0

    def figures(self) -> dict[str, float]:
        return {
            "task_p": self.precision("task"),
            "task_r": self.recall("task"),
            "conclusion_p": self.precision("conclusion"),
            "conclusion_r": self.recall("conclusion"),
            "lead": self.lead_accuracy,
            "deadline": self.deadline_accuracy,
        }


def predict(text: str, day: dt.date):
    try:
        found = suggest_text(text, meeting_date=day)
    except Exception:  # noqa: BLE001 - an engine that fails on a sentence proposes nothing
        return "error", None
    task = next((s for s in found if s.kind == "task"), None)
    if task is not None:
        return "task", task
    if any(s.kind == "conclusion" for s in found):
        return "conclusion", None
    return "neither", None


def evaluate(items: list[dict], form: str, name: str = "") -> Score:
    score = Score(name or form)
    for item in items:
        text = reading(item, form)
        gold = item["k"]
        kind, task = predict(text, dt.date.fromisoformat(item["date"]))
        score.n += 1
        for k in KINDS:
            if kind == k and gold == k:
                score.add(k, "tp")
            elif kind == k:
                score.add(k, "fp")
            elif gold == k:
                score.add(k, "fn")
        if kind == "error":
            score.errors += 1
            kind = "neither"
        if kind != gold:
            score.misses.append(f"{item['id']} [{gold}→{kind}] {text}")
        if gold != "task":
            continue
        if item.get("lead"):
            score.lead[1] += 1
            if task is not None and lead_matches(task.lead_unit, item["lead"]):
                score.lead[0] += 1
            elif task is not None:
                score.misses.append(
                    f"{item['id']} [lead {item['lead']!r} got {task.lead_unit!r}] {text}"
                )
        if item.get("dl"):
            score.deadline[1] += 1
            got = None if task is None else ("ongoing" if task.ongoing else task.deadline)
            if got == item["dl"]:
                score.deadline[0] += 1
            elif task is not None:
                score.misses.append(f"{item['id']} [deadline {item['dl']} got {got}] {text}")
    return score


ROWS = (
    ("task precision", "task_p", 0.85),
    ("task recall", "task_r", 0.85),
    ("conclusion precision", "conclusion_p", 0.75),
    ("conclusion recall", "conclusion_r", 0.70),
    ("lead unit right", "lead", 0.85),
    ("deadline right", "deadline", 0.85),
)


def table(scores: list[Score]) -> str:
    head = f"{'measure':24}" + "".join(f"{s.name:>16}" for s in scores) + f"{'target':>9}"
    lines = [head, "-" * len(head)]
    for label, key, target in ROWS:
        cells = "".join(f"{s.figures()[key]:>16.2f}" for s in scores)
        lines.append(f"{label:24}{cells}{'≥ ' + format(target, '.2f'):>9}")
    lines.append(
        f"{'(tasks with lead/dl)':24}"
        + "".join(f"{f'{s.lead[1]}/{s.deadline[1]}':>16}" for s in scores)
    )
    lines.append(f"{'(engine errors)':24}" + "".join(f"{s.errors:>16}" for s in scores))
    return "\n".join(lines)
