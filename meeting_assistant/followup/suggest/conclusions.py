"""Whether a clause is the chair's or the meeting's judgement or decision ("ghi nhận", "biểu
dương", "thống nhất …", an assessment by the chair).
"""

from __future__ import annotations

import bisect
import re

from .cues import (
    ASSESSMENT,
    ASSESSOR,
    CHAIR_HEADS,
    CHAIR_SUBJECT,
    CONCLUSION_BOUND,
    CONCLUSION_CUE,
    DECIDING_HEADS,
    STRONG_JUDGEMENT,
    WEAK_CONCLUSION,
    WEAK_OBJECT,
)
from .reader import TextIndex
from .suggestion import Clause


class ConclusionRules(TextIndex):
    """A clause read as a conclusion, with the cue and the rule that made it one."""

    def _conclusion(self, c: Clause) -> bool:
        low, a, e = self.low, c.start, c.end
        for m in CONCLUSION_CUE.finditer(low, a, e):
            before = low[max(a, m.start() - 30) : m.start()]
            strong = STRONG_JUDGEMENT.match(low, m.start())
            if CONCLUSION_BOUND.search(before) and not strong:
                continue
            if (
                not strong
                and re.search(r"(?:đã|đều)\s*$", before)
                and not CHAIR_SUBJECT.search(
                    before[: before.rstrip().rfind(" ") + 1] if "đã" in before else before
                )
                and not self._chair_before(m.start() - len(before) + before.rstrip().rfind(" "))
            ):
                continue
            if m.group() in WEAK_CONCLUSION and not strong:
                initial = len(low[a : m.start()].split()) <= 4
                if not initial and not WEAK_OBJECT.match(low, m.end()):
                    continue
                # "Thống nhất …" opening the clause is the meeting deciding; further in, less sure.
                if initial:
                    c.shape = "conclusion.weak_head"
                elif CHAIR_SUBJECT.search(before):  # "… thì hội nghị thống nhất thông qua …"
                    c.shape = "conclusion.other"
                else:
                    c.shape = "conclusion.weak"
            else:
                c.shape = "conclusion.strong" if strong else "conclusion.other"
            c.cues.append((strong or m).group())
            return True
        for m in ASSESSMENT.finditer(low, a, e):
            # "Nhìn chung …" opening the clause, or an assessment by the chair or the meeting.
            opening = len(low[a : m.start()].split()) <= 3
            if re.search(r"(?:những|các|một số)\s+(?:\w+\s*,?\s*){0,2}$", low[a : m.start()]):
                continue  # "góp ý … những đánh giá, nhận định, số liệu": nouns, not a judgement
            if m.group() == "khẳng định" and re.search(
                r"^[^.;!?]{0,80}?(?<!\w)sẽ(?!\w)", low[m.end() : m.end() + 90]
            ):
                continue  # "khẳng định: … sẽ tập trung …" promises; it judges nothing
            if (m.group() == "nhìn chung" and opening) or ASSESSOR.search(low, a, m.start()):
                c.cues.append(m.group().rstrip(":"))
                c.shape = "conclusion.assessment"
                return True
        return False

    def _chair_before(self, pos: int) -> bool:
        """Whether a chair's body (HĐND, UBND, a Party committee) ends right before `pos`:
        "HĐND thành phố | đã thống nhất …" is the meeting deciding."""
        i = bisect.bisect_left(self._starts, pos) - 1
        if i < 0:
            return False
        m = self.mentions[i]
        gap = self.low[m.end : pos]
        # "Ban Thường vụ Thành ủy | Hà Nội | đã đồng ý": a place's name may stand between.
        return (
            m.end <= pos
            and len(gap.split()) <= 3
            and not re.search(r"[,;:.]", gap)
            and not m.generic
            and (m.head in CHAIR_HEADS or m.head in DECIDING_HEADS)
        )
