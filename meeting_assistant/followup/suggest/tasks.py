"""Whether a clause assigns work: a cue with its addressee ("giao / đề nghị / yêu cầu [unit] …"),
"[unit] chủ trì / cần / phải …", a unit opening the clause with its verb, the chair's
imperative, a duty put on the work; and what is neither (an upward request, a question, an
announcement, a news report's narration).
"""

from __future__ import annotations

import re

from ...text import fold
from ..units import Mention
from ..units.vocabulary import _STOP as NAME_STOPS
from .cues import (
    ACTION,
    ADDRESSEE_GAP,
    ANNOUNCE,
    ANNOUNCES,
    ATTENDANCE,
    BRIEFING,
    CHAIR_HEADS,
    CHAIR_TITLE,
    CLARIFY,
    CONTINUES,
    DATED,
    DEADLINE_LEAD,
    IMPERATIVE,
    INSERTED_DEADLINE,
    MUST_BE_DONE,
    NARRATED,
    NOT_OBJECT,
    NOT_SUBJECT_BEFORE,
    OPENERS,
    PASSIVE_DUTY,
    PAST_NEAR,
    PEOPLE,
    PLACE_ADDRESSEE,
    PRESIDES,
    QUESTION,
    QUOTES,
    REPORT_VERB,
    RESULT,
    STAMP,
    SUBJECT_VERB,
    TASK_BOUND,
    TASK_CUE,
    TOP_CHAIRS,
    TOPIC_GAP,
    UPWARD_ASK,
    WE,
    WILL,
)
from .subjects import SubjectRules, unit_level
from .suggestion import CONCLUSION, TASK, Clause


class TaskRules(SubjectRules):
    """A clause read as a task (its lead unit found) or as a conclusion (see `ConclusionRules`)."""

    def classify(self, c: Clause) -> None:
        low = self.low
        a, e = c.start, c.end
        body = low[a:e]
        if QUESTION.search(body) or (e < len(low) and low[e : e + 2].strip().startswith("?")):
            return
        if ANNOUNCE.search(body) and len(body.split()) <= 16:
            return
        mentions = self.mentions_in(a, e)
        task = self._task(c, mentions)
        if task is None:  # upward request or a clarifying question: neither
            return
        if task:
            c.kind = TASK
            c.coordinating = self._coordinating(a, e, mentions, c.lead)
            return
        c.cues.clear()
        if self._conclusion(c):
            c.kind = CONCLUSION

    def _task(self, c: Clause, mentions: list[Mention]) -> bool | None:
        low, a, e = self.low, c.start, c.end
        lead: Mention | None = None
        cue_found = False
        cue_end: int | None = None
        head_cue = False  # the cue opens the clause: the chair speaking, even with no unit named
        om = OPENERS.match(low, a, e)
        body_start = om.end() if om else a
        # A news report's stamp ("Chiều 29/5, …"): narration, unless a unit is told to act.
        stamped = (
            bool(STAMP.match(low, body_start, e))
            or bool(ATTENDANCE.match(low, body_start, e))
            or self._stamped(a)
        )
        for m in TASK_CUE.finditer(low, a, e):
            before = low[max(0, m.start() - 30) : m.start()]
            sentence_before = low[max(a - 30, 0) : m.start()]
            bound = TASK_BOUND.search(before)
            if (
                bound
                and before.rstrip().endswith(("đã", "vừa", "cũng"))
                and not re.search(r"(?:được|đã được)\s*$", before)
            ):
                # "UBND Tp.HCM đã giao Sở Quy hoạch - Kiến trúc …": a task reported, when the
                # unit told follows at once ("đã giao 833 nhiệm vụ cho …" names none).
                nxt = self.mention_at(m.end() + 1)
                if nxt is not None and nxt.end <= e and not nxt.bare:
                    bound = None
            if bound and not before.rstrip().endswith(("thống nhất", "đồng ý", "nhất trí")):
                continue
            if m.group().startswith("giao") and re.search(r"(?:văn bản|nhiệm vụ|số)\s*$", before):
                continue
            noun = NOT_OBJECT.match(low, m.end())
            if noun and not (noun.group().strip() == "là" and self._addressee_after(m.end(), e)):
                continue  # "đề nghị của Sở …", "yêu cầu đặt ra"; not "đề nghị là các đồng chí ở …"
            if (
                m.group() == "giao"
                and low.startswith(" ban", m.end())
                and (not self.mention_at(m.end() + 1) or BRIEFING.match(low, m.end()))
            ):
                continue  # "hội nghị giao ban", "giao ban công tác": a briefing
            if re.search(r"(?:chịu|có) trách nhiệm(?:\s+trực tiếp)?\s*$", before) and (
                self._subject_before(m.start(), a) is not None
            ):
                continue  # "Bí thư Thành ủy chịu trách nhiệm chỉ đạo …": the one answerable leads
            directs = m.group() in ("chỉ đạo", "lưu ý")
            opens = self._sentence_start(a)
            opens = max(0, m.start() - 80) if opens is None else opens
            ask = UPWARD_ASK.search(low, max(opens, m.start() - 80), m.start())
            if ask and not re.search(
                r"(?<!\w)(?:tham mưu|chủ trì|khẩn trương|phải|cần|nghiên cứu|giao|yêu cầu)(?!\w)",
                low[opens : ask.start()],
            ):
                return None  # "Đề xuất UBND tỉnh giao Sở Tài chính …": asking upward
            if not directs and self._upward(m.start(), sentence_before):
                return None
            target = next(
                (x for x in mentions if x.start >= m.end() and x.start - m.end() <= 40), None
            )
            if target is not None and not ADDRESSEE_GAP.match(low[m.end() : target.start]):
                target = None
            if target is None and not directs:
                target = self._place_after(m.end(), e)
                asker = next((x for x in self.mentions_in(max(0, m.start() - 60), m.start())), None)
                if target is not None and asker is not None:
                    if 0 < unit_level(asker.name) < unit_level(target.name):
                        return None  # "Chủ tịch UBND xã … đề nghị huyện …": asking upward
            if directs:
                # "Sở Y tế chỉ đạo các bệnh viện …": the one who directs leads, unless it is the
                # chair directing a named unit ("UBND tỉnh chỉ đạo Sở Y tế …").
                subject = self._subject_before(m.start(), a)
                if subject is None and low[a : m.start()].rstrip(" ,").endswith(" và"):
                    subject = self._head_subject(a, m.start())
                chair_tells = (
                    subject is not None
                    and subject.head in CHAIR_HEADS
                    and target is not None
                    and (
                        not target.generic
                        or (
                            subject.head in TOP_CHAIRS
                            and unit_level(subject.name) in (0, 3)
                            and "trực thuộc" not in target.name.lower()
                        )
                    )
                )  # "UBND tỉnh Phú Yên chỉ đạo các ban ngành …": the chair directing them
                if subject is not None and not chair_tells:
                    lead, cue_found = subject, True
                    c.cues.append(low[subject.start : m.end()])
                    c.shape = "task.directs"
                    break
            if target is not None:
                if CLARIFY.match(low, target.end):
                    return None
                lead = target
                cue_found = True
                c.cues.append(m.group())
                c.shape = "task.cue_unit"
                break
            if m.group() == "chỉ đạo":
                if ACTION.match(low, m.end()) and CHAIR_TITLE.search(
                    low, max(a, m.start() - 60), m.start()
                ):
                    # "Phó Chủ tịch UBND tỉnh Nguyễn Trúc Sơn chỉ đạo khẩn trương hoàn thành …"
                    cue_found, cue_end, head_cue = True, m.end(), True
                    c.cues.append(m.group())
                    c.shape = "task.chair_order"
                    break
                continue
            after = PEOPLE.match(low, m.end())
            if CLARIFY.match(low, after.end() if after else m.end()):
                return None
            if ACTION.match(low, m.end()):
                cue_found, cue_end = True, m.end()
                head_cue = not low[body_start : m.start()].strip(" ,") or bool(
                    ANNOUNCES.search(low, body_start, m.start())
                )
                if not head_cue and self._chair_only(body_start, m.start()):
                    # "Để hội nghị …, đồng chí Bí thư Tỉnh ủy | yêu cầu thành lập …"
                    head_cue = True
                if not head_cue:
                    subject = self._subject_before(m.start(), a)
                    head_cue = (
                        subject is not None
                        and subject.head in CHAIR_HEADS
                        and not low[body_start : subject.start].strip(" ,")
                    )
                c.cues.append(m.group())
                c.shape = "task.cue_action"
                break
        # "[unit] chủ trì" names the lead outright; "[unit] cần / phải …" makes it the subject.
        for x in mentions if not stamped else ():
            vm = SUBJECT_VERB.match(low, x.end)
            inserted = INSERTED_DEADLINE.match(low, x.end, e) if not vm else None
            if inserted:
                vm = SUBJECT_VERB.match(low, inserted.end())
            topic = TOPIC_GAP.match(low, x.end, e) if not vm else None
            if topic and topic.end() > x.end:
                vm = SUBJECT_VERB.match(low, topic.end(), e)
            if not vm:
                continue
            word = vm.group().strip(" ,")
            if word == "chủ trì" and PRESIDES.match(low, vm.end()):
                continue  # "… chủ trì cuộc họp": presiding
            if word == "lãnh đạo" and (
                self.mention_at(vm.end() + 1) or low.startswith((" các", " một số"), vm.end())
            ):
                continue  # "Thường trực HĐND, lãnh đạo UBND tỉnh": the leaders of, a noun
            if word == "chủ trì" or word.endswith("đầu mối"):
                lead, cue_found = x, True
                c.cues.append(word)
                c.shape = "task.chu_tri"
                break
            if lead is None and not cue_found:
                before = low[max(a, x.start - 20) : x.start]
                if NOT_SUBJECT_BEFORE.search(before) or re.search(
                    r"(?:đã|đang|sẽ|báo cáo|trình|gửi|tham mưu|giúp|thường trực|là cơ quan|là)\s*$",
                    before,
                ):
                    continue
                if word in ("tiếp tục", "rà soát", "hoàn thành", "kịp thời", "sớm", "trực tiếp"):
                    continue  # too common in a unit's own report
                lead, cue_found = x, True
                c.cues.append(word)
                c.shape = "task.subject_verb"
        dated = DATED.search(low, a, e) is not None
        if not cue_found and not stamped and dated:
            for x in mentions:
                if x.start - a <= 60 and WILL.match(low, x.end, e) and not x.bare:
                    before = low[max(a, x.start - 20) : x.start]
                    if NOT_SUBJECT_BEFORE.search(before):
                        continue
                    lead, cue_found = x, True
                    c.cues.append(low[x.end : WILL.match(low, x.end, e).end()].strip(" ,"))
                    c.shape = "task.subject_verb"
                    break
        if not cue_found and not stamped:
            head = self._head_subject(a, e)
            if head is not None:
                lead, cue_found = head, True
                c.cues.append(self._head_verb or head.name)
                c.shape = "task.head_subject"
        if not cue_found and not stamped and self._imperative(c, body_start):
            return True
        if not cue_found and not stamped and dated and self._dated_order(c, body_start):
            return True
        if not cue_found and not stamped:
            pm = PASSIVE_DUTY.search(low, body_start, e)
            if pm and not NARRATED.search(low, body_start, pm.start()):
                # "việc rà soát, bổ sung quy hoạch cán bộ … phải được thực hiện cẩn thận"
                c.cues.append(pm.group("cue"))
                c.shape = "task.passive"
                return True
        if not cue_found:
            return False
        if lead is None:
            # A task must name who does it: "đề nghị các đồng chí …" names the members present;
            # "Yêu cầu hoàn thiện …" opening a sentence is the chair's order to those present;
            # "đề nghị hoàn thiện thêm" after a conclusion names no one (see `clauses`).
            pm = PEOPLE.match(low, cue_end) if cue_end is not None else None
            if pm is None:
                sent = self._sent_to(a)
                if sent is not None:
                    # "… vừa có văn bản gửi các sở, ngành … yêu cầu khẩn trương rà soát …"
                    c.lead = sent
                    c.shape = "task.sent_to"
                    return True
                if (
                    head_cue
                    and not stamped
                    and (self._opens_sentence(a) or self._chair_speaks_before(a))
                ):
                    c.shape = "task.cue_opening"
                    return True
                c.cues.clear()
                return False
            lead = Mention(
                pm.start() + len(pm.group()) - len(pm.group().lstrip()),
                pm.end(),
                "Các đồng chí",
                "cac dong chi",
                generic=True,
            )
        c.lead = lead
        return True

    def _imperative(self, c: Clause, body_start: int) -> bool:
        """A task with no subject: "Tập trung triển khai …", "Đồng thời, rà soát …", "2. Phối hợp
        chặt chẽ với …", opening a sentence (or a point), not narrated ("đã", "được") and not
        the tail of the task before it ("hoàn thành trước ngày 30/9")."""
        low, a, e = self.low, c.start, c.end
        if body_start == a and not self._opens_sentence(a):
            return False
        vm = IMPERATIVE.match(low, body_start, e)
        if vm is not None and vm.group() == "chủ trì" and PRESIDES.match(low, vm.end()):
            return False  # "Chủ trì hội nghị do ông … ": who presided
        if vm is None:
            # "… thì các đồng chí phải nỗ lực …", "chúng ta cần …": those present told to act
            pm = WE.match(low, body_start, e)
            vm = pm and IMPERATIVE.match(low, pm.end(), e)
            if not vm or vm.group() not in ("cần", "phải", "tập trung", "khẩn trương"):
                return False
        rest = low[vm.end() : e]
        if len(rest.split()) < 3 or PAST_NEAR.match(low, body_start, e):
            return False
        if RESULT.search(low, body_start, e):
            return False  # "Tập trung thực hiện sản xuất … đạt hơn 11.700 ha": a result reported
        start = self._sentence_start(a)
        if start is not None and start < a and NARRATED.search(low, start, a):
            return False  # "Toàn huyện đã cứng hóa …; Triển khai xây dựng 19 phòng học"
        if body_start > a and CONTINUES.match(low, a, body_start):
            previous = self._previous_kind(a)
            if previous is not None and previous != TASK:
                return False  # "… được chọn chỉ đạo đại hội điểm; đồng thời, thực hiện thí điểm …"
        if (
            re.match(
                r"\s*(?:nghị quyết|quyết định|kế hoạch|chỉ thị|công văn|thông báo|chương trình|"
                r"văn bản|ý kiến|kết luận|hướng dẫn|chỉ đạo của|luật|nghị định|thông tư)(?!\w)",
                rest,
            )
            and vm.group() == "thực hiện"
        ):
            return False  # "Thực hiện Kế hoạch số …, UBND huyện đã …": a preamble
        body = low[body_start:e]
        if DEADLINE_LEAD.match(body) and len(body.split()) <= 14:
            return False
        c.cues.append(vm.group())
        c.shape = "task.imperative"
        return True

    def _dated_order(self, c: Clause, body_start: int) -> bool:
        """Work due by a date, at a sentence's start with no one named: "Trình UBND tỉnh trước
        ngày 10/8/2018 …", "Số liệu phải được gửi về Bộ Nội vụ trước 30/8." """
        low, a, e = self.low, c.start, c.end
        head = low[max(0, a - 3) : a].rstrip(" " + QUOTES)
        if not (a == 0 or not head or head[-1] in ".!?\n") and body_start == a:
            return False  # after a comma or a semicolon it closes the task before it
        if NARRATED.search(low, body_start, e) or len(low[body_start:e].split()) < 5:
            return False
        vm = REPORT_VERB.match(low, body_start, e)
        if vm is not None and not NOT_OBJECT.match(low, vm.end()):
            c.cues.append(vm.group())
            c.shape = "task.imperative"
            return True
        mm = MUST_BE_DONE.search(low, body_start, e)
        if mm is not None and mm.start() - body_start <= 40:
            c.cues.append(mm.group()[:-1].strip())
            c.shape = "task.passive"
            return True
        return False

    def _place_after(self, pos: int, e: int) -> Mention | None:
        """A commune, district or ward told to act, named by the place alone ("đề nghị huyện
        Hoài Đức triển khai …", "đề nghị xã Hòa Chính cần …"): its name runs to the verb."""
        pm = PLACE_ADDRESSEE.match(self.low, pos, e)
        if pm is None:
            return None
        words = list(re.finditer(r"[^\W\d]+|\d+", self.low[pm.end() : e]))[:5]
        end = None
        for n, w in enumerate(words):
            at = pm.end() + w.start()
            if (
                IMPERATIVE.match(self.low, at, e)
                or SUBJECT_VERB.match(self.low, at - 1, e)
                or ACTION.match(self.low, at, e)
            ):
                if n == 0:
                    return None  # "đề nghị huyện quan tâm …": the place named by no name
                end = pm.end() + words[n - 1].end()
                break
            written = self.text[at : at + 1]
            if n == 0 and written.islower() and not self.text[pm.end() :].islower():
                return None  # "xã hội", "huyện nghèo": not a place's name in written text
            if w.group() in NAME_STOPS:
                return None  # "đề nghị huyện hỗ trợ …": a verb, the place named by no name
        if end is None or end - pm.end() > 30:
            return None
        start = pm.start("place")
        name = self.text[start:end]
        if name.islower():
            place, rest = name.split(" ", 1)
            name = place + " " + rest.title()
        return Mention(start, end, name, fold(name).lower(), generic=False)
