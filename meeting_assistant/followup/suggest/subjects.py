"""Who acts: the unit before a verb or a cue, the unit that opens a clause, a unit or the speaker
asking upward (not a task), and the units named after "phối hợp với".
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from ..deadlines import find_deadline
from ..sentences import _LEADERS
from ..units import Mention
from .cues import (
    ACTION_VERB,
    ADDRESS,
    CHAIR_HEADS,
    HEAD_GAP,
    HIGHER,
    LIST_GAP,
    OBJECT_BEFORE,
    OPENERS,
    PHOI_HOP,
    PRESIDES,
    REPORTING_VERBS,
    SAID_TWICE,
    SPOKEN_NUMBERING,
    STRONG_SUBJECT,
    SUBJECT_VERB,
    TITLE,
    UPWARD_BEFORE,
)
from .reader import TextIndex

_LEVEL_WORDS = (
    (re.compile(r"(?<!\w)(?:xã|phường|thị trấn|thôn|bản|tổ dân phố)(?!\w)"), 1),
    (re.compile(r"(?<!\w)(?:huyện|quận|thị xã|phòng)(?!\w)"), 2),
    (re.compile(r"(?<!\w)(?:tỉnh|thành phố|tp|sở|thành ủy|tỉnh ủy)(?!\w)"), 3),
)


def unit_level(name: str) -> int:
    """1 commune, 2 district, 3 province, 0 unknown: whom a unit may give work to."""
    low = name.lower()
    for pattern, level in _LEVEL_WORDS:
        if pattern.search(low):
            return level
    return 0


class SubjectRules(TextIndex):
    """The lead unit and the coordinating units of a clause."""

    def _subject_before(self, pos: int, a: int) -> Mention | None:
        """The unit right before `pos` ("Sở Y tế | chỉ đạo"), with "lãnh đạo," between them."""
        low = self.low
        stripped = re.sub(
            r"(?:(?:lãnh đạo|tiếp tục|trực tiếp|tập trung|thường xuyên|cần|phải|khẩn trương|thì|"
            r"(?:chịu|có) trách nhiệm|"
            r"(?:trong|trước|đến|chậm nhất)\s+(?:ngày|tháng|quý|tuần|năm)\s+\w+(?:\s+\w+)?)"
            r"\s*,?\s*)*$",
            "",
            low[a:pos].rstrip(" ,"),
        ).rstrip(" ,")
        return self.mention_ending_at(a + len(stripped), a)

    def _head_subject(self, a: int, e: int) -> Mention | None:
        """A unit that opens the clause and is followed by what it must do: "Phòng Tài nguyên và
        Môi trường khẩn trương …", "các đồng chí Phòng Nội vụ thì tham mưu …", "Các phòng, ban,
        ngành theo chức năng, nhiệm vụ được giao chủ động …"."""
        low = self.low
        while a < e and not low[a].isalnum():
            a += 1
        lm = _LEADERS.match(low, a, e)
        pos = lm.end() if lm else a
        if self.mention_at(pos) is None:
            # "Trên cơ sở đó, các các sở, ngành …": an opener, then a word said twice
            om = OPENERS.match(low, pos, e)
            at = om.end() if om and om.end() < e else pos
            dm = SAID_TWICE.match(low, at, e)
            if dm and self.mention_at(dm.end()) is not None:
                pos = dm.end()
        x = self.mention_at(pos)
        if x is None:  # "Định kỳ hằng tháng, các đơn vị …", "Trong tháng 9 chi bộ …"
            for y in self.mentions_in(pos + 1, min(e, pos + 90)):
                if OPENERS.fullmatch(low, pos, y.start) or SPOKEN_NUMBERING.fullmatch(
                    low, pos, y.start
                ):
                    pos, x = y.start, y
                break
        while x is None:
            am = ADDRESS.match(low, pos, e)
            if not am or am.end() == pos:
                break
            pos = am.end()
            x = self.mention_at(pos)
        if x is None:  # "Thủ trưởng các đơn vị …", "Giám đốc Sở Y tế …": the unit leads
            tm = TITLE.match(low, pos, e)
            x = self.mention_at(tm.end()) if tm else None
        if x is None or x.end > e:
            return None
        end = x.end
        nxt = self.mention_at_gap(end, e)  # "Các cơ quan trực thuộc | UBND huyện | nghiêm túc"
        if nxt is not None:
            end = nxt.end
        # "Sở Kế hoạch và Đầu tư, Sở Xây dựng phối hợp …": several units together, the first leads.
        while True:
            i = bisect.bisect_left(self._starts, end)
            y = self.mentions[i] if i < len(self.mentions) else None
            if y is None or y.end > e or not LIST_GAP.match(low[end : y.start]):
                break
            if y.start - end > 8:
                break
            end = y.end
        gm = HEAD_GAP.match(low, end, e)
        after = gm.end() if gm else end
        verb = SUBJECT_VERB.match(low, after, e) or ACTION_VERB.match(low, after, e)
        if verb is None:
            # "Ban QLDA đầu tư xây dựng các công trình nông nghiệp … khẩn trương …": the name ran
            # on in lower case; a strong verb a few words on still makes the unit its subject.
            sm = STRONG_SUBJECT.search(low, after, min(e, after + 70))
            if sm is None or re.search(
                r"[,;:]|(?<!\w)(?:đã|đang|vừa|được|sẽ|chưa|không)(?!\w)", low[after : sm.start()]
            ):
                return None
            verb = sm
        if verb.group().strip(" ,") in ("đề xuất", "kiến nghị") and HIGHER.match(low, verb.end()):
            return None  # "Sở Nông nghiệp đề xuất UBND tỉnh giao …": asking upward
        if verb.group().strip(" ,") == "chủ trì" and PRESIDES.match(low, verb.end()):
            return None  # "… Lê Văn Thành chủ trì cuộc họp": presiding
        self._head_verb = verb.group().strip(" ,")
        if verb.group() in REPORTING_VERBS and not find_deadline(
            self.text[a:e], dt.date.today(), folded=self.fld[a:e]
        ):
            return None  # "Đoàn kiểm tra làm việc tại Sở", "Sở Xây dựng báo cáo tình hình"
        return x

    def _upward(self, cue_start: int, before: str) -> bool:
        """A unit or the speaker asking upward: "Sở kính đề nghị …", "chúng tôi đề nghị …"."""
        subject = self.mention_ending_at(cue_start, 0)
        if subject is not None:
            # "Huyện kính đề nghị" is the speaker; "… dự án đầu tư xây dựng huyện | đề nghị" is not.
            before = before[: len(before) - (cue_start - subject.start)]
        if subject is not None and OBJECT_BEFORE.search(
            self.low[max(0, subject.start - 30) : subject.start]
        ):
            subject = None  # "… dự án của Ban Quản lý dự án | đề nghị …": not its subject
        if (
            subject is not None
            and subject.head == "văn phòng"
            and re.search(
                r"ubnd|ủy ban nhân dân|tỉnh ủy|thành ủy|chính phủ|hđnd", subject.name.lower()
            )
        ):
            return False  # "Văn phòng UBND tỉnh đề nghị Sở …": the chair's office speaks for it
        if subject is not None and subject.head in CHAIR_HEADS and not subject.generic:
            # "UBND huyện giao …" is the chair; "UBND xã X đề nghị UBND huyện …" asks upward.
            target = next((m for m in self.mentions_in(cue_start, cue_start + 48)), None)
            return target is not None and unit_level(subject.name) < unit_level(target.name)
        if UPWARD_BEFORE.search(before):
            return True
        return subject is not None and not subject.generic

    def _coordinating(
        self, a: int, e: int, mentions: list[Mention], lead: Mention | None
    ) -> list[Mention]:
        out: list[Mention] = []
        for m in PHOI_HOP.finditer(self.low, a, e):
            pos = m.end()
            for x in mentions:
                if x.start < pos:
                    continue
                if not LIST_GAP.match(self.low[pos : x.start]):
                    break
                if (lead is None or x.key != lead.key) and all(x.key != o.key for o in out):
                    out.append(x)
                pos = x.end
        return out

    # -- the whole text
