"""The text cut into clauses (sentence marks, cue words, and where Whisper left no mark, before a
unit that opens a new instruction), each classified, then joined where one instruction spans
several: a heading and its point, a list of units told one thing, a task and its colon.
"""

from __future__ import annotations

import bisect
import re

from ..deadlines import deadline_ends
from ..sentences import _LEADERS, bound_run, split_clauses
from ..units import Mention
from .cues import (
    ACTION,
    ACTION_VERB,
    ADDRESS_TAIL,
    ADDRESSEE_GAP,
    CHAIR_HEADS,
    CONCLUSION_CUE,
    CUT_GAP,
    DEADLINE_OPENS,
    DEADLINE_START,
    GOES_ON,
    HARD_GAP,
    LIST_GAP,
    NEGATIVE_END,
    OBJECT_BEFORE,
    OPENERS,
    PAST_AFTER,
    PERIOD,
    PHOI_HOP,
    SUBJECT_VERB,
    TASK_CUE,
    WEAK_OBJECT,
)
from .reader import sentence_between
from .suggestion import CONCLUSION, TASK, Clause
from .tasks import TaskRules


class ClauseRules(TaskRules):
    """The clauses of the whole text, classified in order."""

    def clauses(self) -> list[Clause]:
        clauses = self._join_headings([Clause(a, e) for a, e in self._split()])
        self._read: list[Clause] = []
        previous_task: Clause | None = None
        since = 99
        for c in clauses:
            self.classify(c)
            self._read.append(c)
            if c.kind is None and previous_task is not None and since <= 2:
                self._maybe_inherit(c, previous_task)
            elif (
                c.kind == TASK
                and c.lead is None
                and previous_task is not None
                and since <= 1
                and previous_task.lead is not None
                and not sentence_between(self.low, previous_task.end, c.start)
            ):
                # "Giao Sở Công Thương chủ trì … . Trình UBND tỉnh trước ngày 10/8": the same lead.
                c.lead, c.inherit = previous_task.lead, True
                c.shape = "task.inherit"
            if c.kind == TASK:
                previous_task, since = c, 0
            else:
                since += 1
                if c.kind == CONCLUSION:
                    previous_task = None
        out: list[Clause] = []
        for c in clauses:
            previous = out[-1] if out else None
            if (
                c.kind is None
                and previous is not None
                and previous.kind == CONCLUSION
                and TASK_CUE.match(self.low, c.start)
                and not HARD_GAP.search(self.low, previous.end, c.start)
            ):
                # "Chưa thống nhất thông qua đề án …, đề nghị hoàn thiện thêm": the request
                # names no one; it belongs to the conclusion it follows.
                previous.end = c.end
                continue
            if (
                previous is not None
                and previous.kind == TASK
                and c.kind is None
                and ":" in self.low[previous.end : c.start]
                and not re.search(r"[.!?\n]", self.low[previous.end : c.start])
            ):
                # "giao Giám đốc các Sở: | Nội vụ, Tài chính … theo dõi, đôn đốc …": the colon
                # opens the content of the task.
                previous.end = c.end
                continue
            if (
                c.kind == TASK
                and previous is not None
                and previous.kind == TASK
                and c.lead is not None
                and previous.lead is not None
                and self._only_addressees(previous)
                and not re.search(r"[.!?\n]", self.low[previous.end : c.start])
            ):
                # "chỉ đạo thủ trưởng các sở, ban ngành …; | Chủ tịch UBND các huyện … khẩn
                # trương …": several units told one thing, the first named leads.
                previous.end = c.end
                previous.coordinating += c.coordinating
                continue
            if (
                c.kind == TASK
                and previous is not None
                and previous.kind == TASK
                and c.lead is not None
                and c.lead.start <= c.start + 1
                and self._ends_with_coordinators(previous)
                and not HARD_GAP.search(self.low, previous.end, c.start)
            ):
                # "Công an tỉnh chủ trì, phối hợp với BCH Quân sự tỉnh, | Sở Giao thông vận tải
                # xây dựng …": the unit that seemed to open a clause ends the coordinators' list.
                previous.coordinating += [
                    m for m in [c.lead, *c.coordinating] if m.key != previous.lead.key
                ]
                previous.end = c.end
                continue
            out.append(c)
        return out

    def _join_headings(self, clauses: list[Clause]) -> list[Clause]:
        """ "2. Sở Y tế (cơ quan thường trực …): | khẩn trương …": a unit heading its point
        before a colon is the subject of what follows it."""
        out: list[Clause] = []
        i = 0
        while i < len(clauses):
            c = clauses[i]
            if i + 1 < len(clauses) and ":" in self.low[c.end : clauses[i + 1].start]:
                om = OPENERS.match(self.low, c.start, c.end)
                pos = om.end() if om else c.start
                x = self.mention_at(pos)
                rest = self.low[x.end : c.end] if x is not None else "?"
                if x is not None and re.fullmatch(r"\s*(?:\([^()]*\)?)?\s*", rest):
                    out.append(Clause(c.start, clauses[i + 1].end))
                    i += 2
                    continue
            out.append(c)
            i += 1
        return out

    def _only_addressees(self, c: Clause) -> bool:
        """Whether the task `c` names only who is told, nothing to do: "… chỉ đạo thủ trưởng
        các sở, ban ngành, đơn vị sự nghiệp công lập trực thuộc UBND tỉnh"."""
        if not TASK_CUE.search(self.low, c.start, c.lead.start):
            return False
        inside = self.mentions_in(c.lead.start, c.end)
        if not inside or ACTION_VERB.search(self.low, c.lead.start, c.end):
            return False
        tail = self.low[inside[-1].end : c.end]
        tail = re.sub(r"^\s*,?\s*(?:(?:trực thuộc|thuộc|của|và)\s*)?", "", tail)
        return len(tail.split()) <= 6 and ";" in self.low[c.end : c.end + 3]

    def _ends_with_coordinators(self, c: Clause) -> bool:
        """Whether the task `c` ends on "phối hợp với [units]" with nothing for them to do."""
        found = list(PHOI_HOP.finditer(self.low, c.start, c.end))
        if not found or c.lead is None:
            return False
        tail = self.low[found[-1].end() : c.end]
        words = [w for w in re.findall(r"\w+", tail)]
        return len(words) <= 12 and not ACTION_VERB.search(tail)

    def _split(self) -> list[tuple[int, int]]:
        """Clauses at sentence marks and cue words (`split_clauses`), and, where Whisper left no
        mark, before a unit that opens a new instruction ("… trước ngày 20/10 | phòng tài nguyên
        và môi trường khẩn trương …") and after a deadline that a unit follows."""
        spans = split_clauses(self.low, bound=False)
        ends = deadline_ends(self.fld)
        out: list[tuple[int, int]] = []
        for a, e in spans:
            cuts: list[int] = []
            for x in self.mentions_in(a, e):
                if x.start <= a:
                    continue
                cut = self._new_subject(x, a, e, ends)
                if cut is not None and cut > a and (not cuts or cut > cuts[-1]):
                    cuts.append(cut)
            for end in ends[bisect.bisect_right(ends, a) : bisect.bisect_left(ends, e)]:
                # After a deadline, Whisper's run goes on with the next speaker or point:
                # "… chậm nhất ngày 15/11 | tại hội nghị đại diện xã …".
                nm = re.match(r"[\s,]*(\w+)", self.low[end:e])
                opening = DEADLINE_OPENS.match(self.low, a, end)
                if opening and opening.end() == end:
                    continue  # "Trong tháng 9, Chi bộ tiếp tục …": the deadline opens the task
                if nm and nm.group(1) not in GOES_ON and not SUBJECT_VERB.match(self.low, end):
                    period = PERIOD.search(self.low, max(a, end - 40), end)
                    if period and PAST_AFTER.match(self.low, end, e):
                        # "… việc thực hiện | trong 6 tháng toàn huyện đã kết nạp …": a period
                        # before a past result opens the report; it is no deadline.
                        cuts.append(period.start())
                    else:
                        cuts.append(end + nm.start(1))
            for m in NEGATIVE_END.finditer(self.low, a, e):
                # "… thuê thêm trụ sở chưa đồng ý | năm qua sở đã tham mưu …": a refusal that
                # closes its clause, then a report of what was done.
                if not WEAK_OBJECT.match(self.low, m.end()) and PAST_AFTER.match(
                    self.low, m.end(), e
                ):
                    nm = re.match(r"[\s,]*", self.low[m.end() : e])
                    cuts.append(m.end() + nm.end())
            cuts.sort()
            start = a
            for cut in cuts:
                while cut < e and not self.low[cut].isalnum():
                    cut += 1
                end = cut
                while end > start and not (
                    self.low[end - 1].isalnum() or self.low[end - 1] in ")%"
                ):
                    end -= 1
                if end > start:
                    out.extend(bound_run(self.low, start, end))
                start = cut
            out.extend(bound_run(self.low, start, e))
        return out

    def _in_coordinator_list(self, x: Mention, a: int) -> bool:
        """Whether `x` ends a list after "phối hợp với" ("phối hợp với Sở Tài chính, Sở Kế
        hoạch và Đầu tư rà soát …"): the last coordinator, whose verb is the lead's."""
        found = list(PHOI_HOP.finditer(self.low, a, x.start))
        if not found:
            return False
        pos = found[-1].end()
        for y in self.mentions_in(pos, x.start):
            if y.start < pos or y is x or y.start >= x.start:
                continue
            if not LIST_GAP.match(self.low[pos : y.start]):
                return False
            pos = y.end
        return bool(LIST_GAP.match(self.low[pos : x.start]))

    def _in_subject_list(self, x: Mention, a: int) -> bool:
        """Whether `x` follows the units that open the clause ("sở kế hoạch và đầu tư | sở xây
        dựng phối hợp …"): several subjects, not a new clause."""
        pos = a
        lm = _LEADERS.match(self.low, a, x.start)
        if lm:
            pos = lm.end()
        om = OPENERS.match(self.low, pos, x.start)  # "1 các sở ban ngành …": a point's number
        if om and self.mention_at(om.end()) is not None:
            pos = om.end()
        for y in self.mentions_in(pos, x.start):
            if y.start < pos or self.low[pos : y.start].strip(" ,;-&") not in ("", "và"):
                return False
            pos = y.end
        return pos > a and self.low[pos : x.start].strip(" ,;-&") in ("", "và")

    def _in_addressee_list(self, x: Mention, a: int) -> bool:
        """Whether `x` is one of several units told together ("đề nghị các cơ quan, đơn vị,
        UBND các huyện, thành phố tiếp tục …"): the list runs from the cue to `x`."""
        found = list(TASK_CUE.finditer(self.low, max(a, x.start - 160), x.start))
        if not found:
            return False
        pos = found[-1].end()
        for y in self.mentions_in(pos, x.start):
            if not ADDRESSEE_GAP.match(self.low[pos : y.start]) and not LIST_GAP.match(
                self.low[pos : y.start]
            ):
                return False
            pos = y.end
        return bool(LIST_GAP.match(self.low[pos : x.start])) and pos > found[-1].end()

    def _new_subject(self, x: Mention, a: int, e: int, ends: list[int]) -> int | None:
        """Where a new clause starts at unit `x`, or None when `x` belongs to the clause."""
        low = self.low
        tail = ADDRESS_TAIL.search(low, max(a, x.start - 30), x.start)
        cut = tail.start() if tail else x.start
        while cut > a and low[cut - 1] in " ,":
            cut -= 1
        if cut <= a:
            return None
        if self._in_coordinator_list(x, a) or self._in_addressee_list(x, a):
            return None
        if self._in_subject_list(x, a):
            return None
        if OPENERS.fullmatch(low, a, cut) or OPENERS.fullmatch(low, a, x.start):
            return None  # "Trong tháng 9, | Chi bộ …": only an opener before the unit
        before = low[max(a, cut - 30) : cut]
        i = bisect.bisect_right(ends, cut) - 1
        after_deadline = i >= 0 and not low[ends[i] : cut].strip(" ,")
        if after_deadline:
            opening = DEADLINE_OPENS.match(low, a, ends[i])
            if opening and opening.end() == ends[i]:
                after_deadline = False  # "Trong tháng 9, | Chi bộ …": the deadline opens the task
        if not after_deadline and OBJECT_BEFORE.search(before):
            return None
        if after_deadline and x.start - ends[i] <= 30:
            return cut
        end = x.end
        nxt = self.mention_at_gap(end, e)
        if nxt is not None:
            end = nxt.end
        if end >= e:
            return None
        pos = CUT_GAP.match(low, end, e).end()
        sv = SUBJECT_VERB.match(low, pos, e)
        verb = sv or ((tail or not x.generic) and ACTION_VERB.match(low, pos, e))
        if not verb and x.head in CHAIR_HEADS and not x.generic:
            # "… đồng chí Bí thư kết luận | Ban Thường vụ Huyện ủy ghi nhận …": the chair's body
            # opening a judgement starts a new clause.
            verb = CONCLUSION_CUE.match(low, pos, e)
        if not verb:
            return None
        # Something must follow the verb, and not just a deadline ("… các cấp thực hiện thường
        # xuyên" ends the clause before; it does not start one).
        rest = low[verb.end() : e]
        if len(rest.split()) < 3 or DEADLINE_START.match(self.fld, verb.end(), e):
            return None
        return cut

    def _maybe_inherit(self, c: Clause, previous: Clause) -> None:
        """ "Đồng thời, tiếp tục rà soát …" after a task goes on with the same lead unit."""
        body = self.low[c.start : c.end]
        lm = _LEADERS.match(body)
        if not lm or not lm.group().strip():
            return
        if ACTION.match(body, lm.end()):
            c.kind, c.lead, c.inherit = TASK, previous.lead, True
            c.cues, c.shape = [lm.group().strip(" ,")], "task.inherit"
            c.coordinating = self._coordinating(
                c.start, c.end, self.mentions_in(c.start, c.end), c.lead
            )
