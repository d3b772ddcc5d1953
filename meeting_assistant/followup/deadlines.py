"""Deadline phrases of Vietnamese meetings, resolved against the meeting date.

"trước 15/7", "trước ngày 30/6/2025", "chậm nhất ngày 30 tháng 6", "trong tháng 9",
"trong quý III/2024", "cuối năm nay", "6 tháng đầu năm", "trong 10 ngày làm việc", "tuần sau",
spoken numbers ("ba mươi tháng sáu") and the open-ended "thường xuyên", "kịp thời", "hằng tháng".

Matching runs on folded text (no accents, đ→d) of the same length as the original, so the span
found gives back the speaker's own words.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..text import fold


@dataclass(frozen=True)
class Deadline:
    date: dt.date | None  # None when ongoing
    ongoing: bool
    text: str  # the original words, e.g. "trước ngày 30/6"
    start: int = 0  # character span in the text searched
    end: int = 0


# --- numbers, in digits or spoken -------------------------------------------------------------

_DIGIT_WORDS = {
    "khong": 0, "linh": 0, "le": 0, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4,
    "nam": 5, "lam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9,
}  # fmt: skip
_NUMW = r"(?:khong|linh|le|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|muoi|tram|nghin|ngan)"
_SPOKEN = rf"{_NUMW}(?:\s+{_NUMW})*"


def spoken_number(words: str) -> int | None:
    """'hai mươi lăm' -> 25, 'hai nghìn không trăm hai mươi lăm' -> 2025, '2025' -> 2025."""
    words = fold(words).strip()
    if words.isdigit():
        return int(words)
    tokens = words.split()
    if not tokens:
        return None
    if all(t in _DIGIT_WORDS for t in tokens) and len(tokens) >= 3:  # "hai không hai lăm"
        return int("".join(str(_DIGIT_WORDS[t]) for t in tokens))
    total, current = 0, None
    for t in tokens:
        if t in ("nghin", "ngan"):
            total += (1 if current is None else current) * 1000
            current = None
        elif t == "tram":
            total += (1 if current is None else current) * 100
            current = None
        elif t == "muoi":
            # "mười" = 10, "hai mươi" = 20
            current = current * 10 if current else 10
        elif t in _DIGIT_WORDS:
            current = (current or 0) + _DIGIT_WORDS[t]
        else:
            return None
    return total + (current or 0)


_NUM = rf"(?:\d{{1,2}}|{_SPOKEN})"
_MONTH = r"(?:\d{1,2}|muoi mot|muoi hai|gieng|chap|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi)"
_YEAR = rf"(?:\d{{4}}|\d{{2}}|{_SPOKEN})"
_SEP = r"\s*[/.\-]\s*"
_B = r"(?<![\w/])"  # a word start (not inside a number like 24-CT/TU)
_E = r"(?![\w/])"

_PREFIX = (
    r"(?:truoc|cham nhat(?:\s+la)?(?:\s+vao)?(?:\s+truoc)?|han chot(?:\s+la)?|han cuoi(?:\s+la)?"
    r"|thoi han(?:\s+la|\s+den|\s+truoc)?|den het|den|trong|vao"
    # a label ("thời gian hoàn thành: ngày 20/12") or "hoàn thành ngày 20/12"
    r"|(?:thoi gian hoan thanh|thoi gian thuc hien|han hoan thanh|thoi han)\s*:(?:\s+vao)?"
    r"|thoi gian hoan thanh(?:\s+vao)?|hoan thanh(?:\s+vao)?)"
)
_DATE = (
    rf"(?:ngay\s+)?(?:(?:mung|mong)\s+)?(?P<d>{_NUM})"
    rf"(?:{_SEP}|\s+thang\s+)(?P<m>{_MONTH})"
    rf"(?:(?:{_SEP}|\s+nam\s+)(?P<y>{_YEAR}))?"
)
_Q = r"(?P<q>iv|iii|ii|i|[1-4]|mot|hai|ba|bon|tu)"
_Y_OPT = rf"(?:(?:\s*/\s*|\s+nam\s+)(?P<y>{_YEAR}))?"
_MPRE = (
    r"(?P<pre>trong|truoc|cuoi|het|den het|den cuoi|cham nhat(?:\s+la)?(?:\s+trong|\s+cuoi)?"
    r"|ngay trong|dau|giua"
    # a label right before the month: "thời hạn: tháng 01/2026", "hoàn thành quý I/2026"
    r"|(?:thoi gian hoan thanh|thoi gian thuc hien|han hoan thanh|thoi han)\s*:?|hoan thanh|xong)"
)

# An hour before the day: "trước 14 giờ, ngày 05/12/2017", "trước 17h00 ngày 12/5".
_HOUR = (
    rf"(?:(?:\d{{1,2}}|{_SPOKEN})\s*(?:gio|h)(?:\s*(?:\d{{2}}|{_SPOKEN})(?:\s*phut|')?)?"
    r"(?:\s+(?:sang|chieu|toi))?\s*,?\s+)"
)
# "từ ngày 30/01 đến ngày 24/4": a period the work covers, not the day it is due.
_PERIOD_FROM = re.compile(
    r"(?<!\w)tu\s+(?:ngay\s+)?[\d/.\-]{1,10}(?:\s+thang\s+\d{1,2})?\s*[-–,]?\s*$"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(rf"{_B}{_PREFIX}\s+{_HOUR}?{_DATE}{_E}")),
    (
        "month",
        re.compile(
            rf"{_B}{_MPRE}\s+thang\s+(?P<m>{_MONTH})"
            # "trong tháng 6 và tháng 7": the last month named closes the span
            rf"(?:\s*(?:,|va|den|-)\s*(?:thang\s+)?(?P<m2>{_MONTH})(?![\w/]))?{_Y_OPT}{_E}"
        ),
    ),
    # not "trong tháng vừa qua / trước / qua": the month gone by
    (
        "this_month",
        re.compile(rf"{_B}(?:trong|cuoi|het)\s+thang(?:\s+nay)?{_E}(?!\s+(?:vua\s+qua|qua|truoc))"),
    ),
    ("next_month", re.compile(rf"{_B}(?:trong\s+|cuoi\s+)?thang\s+(?:sau|toi){_E}")),
    ("quarter", re.compile(rf"{_B}{_MPRE}\s+quy\s+{_Q}{_Y_OPT}{_E}")),
    ("quarter", re.compile(rf"{_B}quy\s+{_Q}\s*/\s*(?P<y>\d{{4}}){_E}")),
    ("this_quarter", re.compile(rf"{_B}(?:trong|cuoi|het)\s+quy\s+nay{_E}")),
    ("next_quarter", re.compile(rf"{_B}(?:trong\s+|cuoi\s+)?quy\s+(?:sau|toi){_E}")),
    (
        "half",
        re.compile(
            rf"{_B}(?:6|sau)\s+thang\s+(?P<h>dau|cuoi)\s+nam(?:\s+(?P<y>\d{{4}}|{_SPOKEN}))?{_E}"
        ),
    ),
    (
        "this_year",
        re.compile(rf"{_B}(?:cuoi|trong|het|truoc het|den het|ngay trong)\s+nam\s+nay{_E}"),
    ),
    ("year", re.compile(rf"{_B}(?:cuoi|trong|het|den het)\s+nam\s+(?P<y>\d{{4}}|{_SPOKEN}){_E}")),
    # "đến cuối năm", "từ nay đến cuối năm": the end of the meeting's year (not "những tháng
    # cuối năm", a season, nor "cuối năm học")
    (
        "this_year",
        re.compile(rf"{_B}(?:den|truoc|cham nhat(?:\s+la)?|den het)\s+cuoi\s+nam{_E}(?!\s+hoc)"),
    ),
    ("next_year", re.compile(rf"{_B}(?:trong|cuoi)\s+nam\s+(?:sau|toi){_E}")),
    (
        "relative",
        re.compile(
            rf"{_B}(?:trong|trong vong|trong thoi han|thoi han|trong thoi gian|sau|truoc)"
            rf"\s+(?P<n>\d{{1,3}}|{_SPOKEN})\s+(?P<u>ngay lam viec|ngay|tuan|thang){_E}"
        ),
    ),
    ("next_week", re.compile(rf"{_B}(?:trong\s+|cuoi\s+|truoc\s+)?tuan\s+(?:sau|toi){_E}")),
    ("this_week", re.compile(rf"{_B}(?:trong|cuoi)\s+tuan\s+nay{_E}")),
    ("tomorrow", re.compile(rf"{_B}(?:trong\s+)?ngay\s+mai{_E}")),
    ("today", re.compile(rf"{_B}(?:trong|ngay trong)\s+(?:ngay\s+)?hom\s+nay{_E}")),
]
_BARE_DATE = re.compile(rf"{_B}{_DATE}{_E}")
_ONGOING = re.compile(
    rf"{_B}(?:thuong xuyen|kip thoi|lien tuc|dinh ky|hang (?:ngay|tuan|thang|quy|nam))"
    rf"(?:\s+(?:va\s+)?(?:lien tuc|kip thoi|dinh ky))?{_E}"
)
# An event with no date of its own ("trước Tết Nguyên đán", "trước kỳ họp"): its words are kept,
# no date is invented.
_EVENT = re.compile(
    rf"{_B}(?:truoc|trong dip|dip|truoc va trong|truoc va sau|truoc khi dien ra)\s+"
    r"(?:tet(?:\s+nguyen dan|\s+duong lich|\s+(?:at|binh|dinh) \w+)?|ky hop(?:\s+(?:thuong le|"
    r"chuyen de|cuoi nam|giua nam))?(?:\s+(?:cua\s+)?hdnd(?:\s+tinh|\s+huyen)?)?|dai hoi\s+\w+)"
    rf"{_E}"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EVERY = re.compile(r"\s*,?\s*(?:hang|hàng)\s+(?:nam|thang|quy|tuan)(?!\w)")


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_number(words: str) -> int | None:
    words = words.strip()
    special = {"gieng": 1, "chap": 12}
    value = special.get(words) or spoken_number(words)
    return value if value and 1 <= value <= 12 else None


def _year_number(words: str | None) -> int | None:
    if not words:
        return None
    value = spoken_number(words)
    if value is None:
        return None
    return value + 2000 if value < 100 else value


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _working_days(day: dt.date, n: int) -> dt.date:
    while n > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    return day


def _friday(day: dt.date, weeks_ahead: int) -> dt.date:
    return day + dt.timedelta(days=4 - day.weekday() + 7 * weeks_ahead)


def _resolve(kind: str, m: re.Match[str], ref: dt.date, text: str) -> dt.date | None:  # noqa: C901
    g = m.groupdict()
    if kind == "next_month" and "sáu" in text[m.start() : m.end()].lower():
        kind, g = "month", {"pre": "trong", "m": "6"}  # "tháng sáu" is June, not "tháng sau"
    elif g.get("m") == "sau" and "sáu" not in text[m.start() : m.end()].lower():
        return None  # "tháng sau" is next month, not June
    year = _year_number(g.get("y"))
    try:
        if kind == "date":
            day = spoken_number(g["d"])
            month = _month_number(g["m"])
            if not day or not month:
                return None
            found = dt.date(year or ref.year, month, day)
            return found.replace(year=found.year + 1) if year is None and found < ref else found
        if kind == "month":
            month = _month_number(g.get("m2") or g["m"])
            if not month:
                return None
            pre = g["pre"]
            y = year or ref.year
            if year is None and month < ref.month:
                y += 1
            if pre == "truoc":
                return _last_day(y, month) - dt.timedelta(days=calendar.monthrange(y, month)[1])
            if pre == "dau":
                return dt.date(y, month, 10)
            if pre == "giua":
                return dt.date(y, month, 15)
            return _last_day(y, month)
        if kind == "this_month":
            return _last_day(ref.year, ref.month)
        if kind == "next_month":
            nxt = _add_months(ref.replace(day=1), 1)
            return _last_day(nxt.year, nxt.month)
        if kind == "quarter":
            q = g["q"]
            quarter = _ROMAN.get(q) or spoken_number(q)
            if not quarter or not 1 <= quarter <= 4:
                return None
            y = year or ref.year
            if year is None and quarter < (ref.month - 1) // 3 + 1:
                y += 1
            if g.get("pre") == "truoc":
                quarter -= 1
                if quarter == 0:
                    return dt.date(y - 1, 12, 31)
            return _last_day(y, quarter * 3)
        if kind in ("this_quarter", "next_quarter"):
            quarter = (ref.month - 1) // 3 + (2 if kind == "next_quarter" else 1)
            y = ref.year + (quarter - 1) // 4
            return _last_day(y, ((quarter - 1) % 4 + 1) * 3)
        if kind == "half":
            if year is not None and not 1990 <= year <= 2100:
                year = None
            return dt.date(
                year or ref.year, 6 if g["h"] == "dau" else 12, 30 if g["h"] == "dau" else 31
            )
        if kind == "this_year":
            return dt.date(ref.year, 12, 31)
        if kind == "year":
            if year is not None and not 1990 <= year <= 2100:
                return None  # "trong năm năm tới" is a span, not the year 5
            return dt.date(year or ref.year, 12, 31)
        if kind == "next_year":
            return dt.date(ref.year + 1, 12, 31)
        if kind == "relative":
            if text[m.start("n") : m.end("n")].lower() in ("từ", "tư"):
                return None  # "trước từ ngày 5": "từ" is "from", not the number four
            n = spoken_number(g["n"])
            if not n:
                return None
            unit = g["u"]
            if unit == "ngay lam viec":
                return _working_days(ref, n)
            if unit == "ngay":
                return ref + dt.timedelta(days=n)
            if unit == "tuan":
                return ref + dt.timedelta(weeks=n)
            return _add_months(ref, n)
        if kind == "next_week":
            return _friday(ref, 1)
        if kind == "this_week":
            return _friday(ref, 0)
        if kind == "tomorrow":
            return ref + dt.timedelta(days=1)
        if kind == "today":
            return ref
    except ValueError:  # 31/2 and the like
        return None
    return None


def _folded(text: str) -> str:
    folded = fold(text)
    if len(folded) != len(text):  # a character that does not fold one-to-one
        folded = "".join((fold(c) or " ")[:1] for c in text)
    return folded


def find_deadline(
    text: str,
    meeting_date: dt.date | None = None,
    *,
    folded: str | None = None,
    standalone: bool = False,
    events: bool = False,
) -> Deadline | None:
    """The first deadline stated in `text` (a date wins over "thường xuyên"), or None.

    `folded` may be passed when the caller already has `fold(text)` (same length as `text`).
    `standalone`: the text is only a deadline, so a bare date ("30/6") counts too.
    `events`: an event with no date ("trước Tết Nguyên đán") gives a Deadline with no date.
    """
    ref = meeting_date or dt.date.today()
    fld = folded if folded is not None else _folded(text)
    found: list[tuple[int, int, dt.date]] = []
    patterns = _PATTERNS + [("date", _BARE_DATE)] if standalone else _PATTERNS
    for kind, pattern in patterns:
        for m in pattern.finditer(fld):
            if fld.startswith("den", m.start()) and _PERIOD_FROM.search(fld, 0, m.start()):
                continue
            day = _resolve(kind, m, ref, text)
            if day is not None:
                found.append((m.start(), m.end(), day))
    if found:
        # The earliest phrase; where phrases overlap ("trong 6 tháng đầu năm"), the longest.
        found.sort(key=lambda f: (f[0], -f[1]))
        start, end, day = found[0]
        for s, e, d in found[1:]:
            if s < end and e - s > end - start:
                start, end, day = s, e, d
        every = _EVERY.match(fld, end)
        if every:  # "trước ngày 15/6 hằng năm": a date that comes back, the work ongoing
            return Deadline(None, True, text[start : every.end()].strip(), start, every.end())
        return Deadline(day, False, text[start:end].strip(), start, end)
    m = _ONGOING.search(fld)
    if m:
        return Deadline(None, True, text[m.start() : m.end()], m.start(), m.end())
    m = _EVENT.search(fld) if events else None
    if m:
        return Deadline(None, False, text[m.start() : m.end()], m.start(), m.end())
    return None


def deadline_ends(folded: str) -> list[int]:
    """Where each dated deadline phrase in `folded` (folded text) ends, in order; used to start
    a new clause after one when Whisper wrote no full stop."""
    spans = sorted(
        (m.start(), m.end()) for _, pattern in _PATTERNS for m in pattern.finditer(folded)
    )
    ends: list[int] = []
    last = -1
    for start, end in spans:  # overlapping phrases ("trong tháng" in "trong tháng 9"): the whole
        if start < last:
            last = max(last, end)
            ends[-1] = last
        else:
            last = end
            ends.append(end)
    return ends


def parse_deadline(text: str, meeting_date: dt.date | None = None) -> Deadline | None:
    """A deadline phrase typed or spoken on its own ("trước 15/7", "thường xuyên")."""
    return find_deadline(text, meeting_date, standalone=True)
