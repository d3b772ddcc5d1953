"""A text indexed for the rules: its three views (as written, lower case, folded), the units it
names, and where its sentences start. The rules (tasks, conclusions, subjects, clauses) are mixins
over this index; `assembly.Reader` puts them together.
"""

from __future__ import annotations

import bisect
import re

from ...models import Unit
from ..sentences import views
from ..units import Gazetteer, Mention
from .cues import (
    ADDRESSEE_GAP,
    ATTENDANCE,
    CHAIR_HEADS,
    CHAIR_TITLE,
    CUE_WORDS,
    NARRATED,
    NUMBERING,
    OPENERS,
    QUOTES,
    SENT_TO,
    STAMP,
)


def sentence_between(low: str, a: int, b: int) -> bool:
    """Whether a sentence ends between `a` and `b` (the dot of a point's number "1." does not
    count, the full stop after "… ngày 15/4/2024." does)."""
    return bool(re.search(r"[.!?\n]", NUMBERING.sub(" ", low[a:b])))


class TextIndex:
    def __init__(self, text: str, units: list[Unit] | None, context: str = "") -> None:
        self.text, self.low, self.fld = views(text)
        self.gazetteer = Gazetteer(units)
        self.mentions = self.gazetteer.find(self.text, self.low, self.fld)
        ctx = list(self.mentions)
        if context:
            t, lo, fl = views(context)
            ctx += self.gazetteer.find(t, lo, fl)
        self.gazetteer.resolve_bare(self.mentions, ctx)
        self._head_verb = ""
        self._starts = [m.start for m in self.mentions]

    def mentions_in(self, a: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, e)
        return self.mentions[i:j]

    def mention_ending_at(self, pos: int, a: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, pos) - 1
        if i >= 0:
            m = self.mentions[i]
            if m.end <= pos and not self.low[m.end : pos].strip(" ,"):
                return m
        return None

    # -- one clause
    def mention_at(self, pos: int) -> Mention | None:
        i = bisect.bisect_left(self._starts, pos)
        if i < len(self.mentions) and self.mentions[i].start == pos:
            return self.mentions[i]
        return None

    def mention_at_gap(self, end: int, e: int) -> Mention | None:
        """A unit after `end` joined by "trực thuộc / thuộc / của": the owner of the one before."""
        i = bisect.bisect_left(self._starts, end)
        if i < len(self.mentions):
            m = self.mentions[i]
            gap = self.low[end : m.start]
            if m.end <= e and len(gap) <= 14 and gap.strip(" ,") in ("trực thuộc", "thuộc", "của"):
                return m
            if m.end <= e and not gap.strip(" ,") and self.low[end - 8 : end].endswith("thuộc"):
                return m
        return None

    def _sentence_start(self, a: int) -> int | None:
        """Where the sentence holding `a` starts, looking back at most 240 characters."""
        lo = max(0, a - 240)
        head = self.low[lo:a]
        cut = max(head.rfind("."), head.rfind("!"), head.rfind("?"), head.rfind("\n"))
        if cut >= 0:
            pos = lo + cut + 1
        elif lo == 0:
            pos = 0
        else:
            return None
        while pos < a and not self.low[pos].isalnum():
            pos += 1
        return pos

    def _stamped(self, a: int) -> bool:
        """Whether the sentence holding `a` opens with a news report's time stamp."""
        start = self._sentence_start(a)
        if start is None or start >= a:
            return False
        return bool(STAMP.match(self.low, start, a) or ATTENDANCE.match(self.low, start, a))

    def _previous_kind(self, a: int) -> str | None:
        """The kind of the clause just before `a` in the same sentence ("" when neither), or None
        when `a` opens its sentence."""
        read = getattr(self, "_read", [])
        if not read:
            return None
        last = read[-1]
        if re.search(r"[.!?\n]", self.low[last.end : a]):
            return None
        return last.kind or ""

    def _addressee_after(self, pos: int, e: int) -> bool:
        x = next((m for m in self.mentions_in(pos, min(e, pos + 40))), None)
        return x is not None and bool(ADDRESSEE_GAP.match(self.low[pos : x.start]))

    def _sent_to(self, a: int) -> Mention | None:
        """The units a document was sent to, before the request it makes: "… có văn bản gửi
        [các Khu quản lý đường bộ, …] | yêu cầu đẩy nhanh …"."""
        start = self._sentence_start(a)
        if start is None:
            return None
        found = None
        for m in SENT_TO.finditer(self.low, start, a):
            found = m
        if found is None:
            return None
        x = self.mention_at(found.end())
        return x if x is not None and x.end <= a else None

    def _chair_speaks_before(self, a: int) -> bool:
        """Whether only the chair (a title, a name, a chair body) stands between the start of the
        sentence and `a`: "Đồng chí Nguyễn Thị Bé Hai, Bí thư Đảng ủy phường …, | yêu cầu …"."""
        start = self._sentence_start(a)
        if start is None or start >= a:
            return False
        return self._chair_only(start, a)

    def _chair_only(self, start: int, a: int) -> bool:
        """Whether `low[start:a]` names only the chair: "đồng chí Bí thư Tỉnh ủy", "ông Nguyễn
        Khắc Định", "Bí thư Thành ủy, Chủ tịch HĐND thành phố Lê Văn Thành"."""
        head = self.low[start:a]
        if not head.strip(" ,"):
            return False
        if len(head.split()) > 30 or CUE_WORDS.search(head) or NARRATED.search(head):
            return False
        if CHAIR_TITLE.search(head) or re.search(r"(?<!\w)(?:đồng chí|ông|bà)(?!\w)", head):
            return True
        last = self.mention_ending_at(a - len(head) + len(head.rstrip(" ,")), start)
        return last is not None and last.head in CHAIR_HEADS

    def _opens_sentence(self, a: int) -> bool:
        """Whether position `a` starts the text or follows a sentence mark (a bullet between)."""
        head = self.low[max(0, a - 8) : a]
        if a <= 8 and not head.strip(QUOTES + " "):
            return True
        head = head.rstrip(" \t-–•+" + QUOTES)
        if head and head[-1] in ".!?;:\n":
            return True
        start = self._sentence_start(a)
        return start is not None and start < a and bool(OPENERS.fullmatch(self.low, start, a))
