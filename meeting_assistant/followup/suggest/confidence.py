"""How sure a proposal is: the measured precision of the rule that made it."""

from __future__ import annotations

import functools
import json

from ...paths import resource
from .suggestion import TASK, Clause, Suggestion

# Confidence by the rule that made the proposal, as measured on real text (see
# scripts/calibrate_suggestions.py, which writes resources/suggestions/confidence.json from the
# development part of tests/data/suggestions_real.json). These values stand in when it is absent.
_BASE_CONFIDENCE = {
    "task.cue_unit": 0.95, "task.chu_tri": 0.95, "task.directs": 0.85, "task.subject_verb": 0.85,
    "task.head_subject": 0.8, "task.cue_action": 0.75, "task.cue_opening": 0.75,
    "task.chair_order": 0.7, "task.inherit": 0.7, "task.imperative": 0.75, "task.sent_to": 0.75,
    "task.passive": 0.7,
    "conclusion.strong": 0.9, "conclusion.other": 0.8, "conclusion.weak": 0.5,
    "conclusion.weak_head": 0.7,
    "conclusion.assessment": 0.75,
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def confidence_table() -> dict[str, float]:
    """The measured precision of each rule, from the shipped calibration file."""
    table = dict(_BASE_CONFIDENCE)
    try:
        data = json.loads(resource("suggestions", "confidence.json").read_text("utf-8"))
        table.update({k: float(v["confidence"]) for k, v in data["shapes"].items()})
    except (OSError, ValueError, KeyError, TypeError):
        pass  # a missing or damaged file leaves the built-in values
    return table


def rule_confidence(c: Clause, s: Suggestion) -> float:
    """How often a proposal made by this rule was right on real text; a task that states its
    deadline is a little surer, one that names no unit a little less."""
    value = confidence_table().get(c.shape, 0.5)
    if s.kind == TASK:
        if s.lead_unit is None and c.shape not in ("task.imperative", "task.cue_opening"):
            value -= 0.05
        if s.deadline or s.ongoing:
            value += 0.03
    return round(min(0.99, max(0.0, value)), 2)  # a rule is never certain
