"""What the engine proposes (`Suggestion`), and the clause it is read from (`Clause`)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ...text import fold
from ..units import Mention

CONCLUSION = "conclusion"
TASK = "task"


@dataclass
class Suggestion:
    kind: str  # "conclusion" | "task"
    text: str
    lead_unit: str | None = None
    coordinating_units: list[str] = field(default_factory=list)
    deadline: str | None = None  # YYYY-MM-DD
    deadline_text: str | None = None
    ongoing: bool = False
    start: float | None = None
    end: float | None = None
    first_segment_id: int | None = None
    last_segment_id: int | None = None
    key: str = ""
    cues: list[str] = field(default_factory=list)  # the words that made it a proposal
    confidence: float = 0.0  # in [0, 1]: how often proposals of this shape were right

    def to_dict(self) -> dict:
        out = {
            "kind": self.kind,
            "text": self.text,
            "lead_unit": self.lead_unit,
            "coordinating_units": list(self.coordinating_units),
            "deadline": self.deadline,
            "deadline_text": self.deadline_text,
            "ongoing": self.ongoing,
            "cues": list(self.cues),
            "confidence": self.confidence,
        }
        if self.start is not None:
            out["start"] = self.start
        if self.end is not None:
            out["end"] = self.end
        return out


def suggestion_key(kind: str, text: str) -> str:
    words = " ".join(re.findall(r"\w+", fold(text)))
    return hashlib.sha1(f"{kind}:{words}".encode()).hexdigest()[:16]


@dataclass
class Clause:
    start: int
    end: int
    kind: str | None = None
    lead: Mention | None = None
    coordinating: list[Mention] = field(default_factory=list)
    inherit: bool = False
    cues: list[str] = field(default_factory=list)
    shape: str = ""  # which rule made it: the key of its confidence (see `rule_confidence`)
