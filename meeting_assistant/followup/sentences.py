"""Clauses out of speech that has few full stops: Whisper writes long runs with odd breaks.

A clause ends at a sentence mark, and also before the words that open a conclusion or a task
("đề nghị", "giao", "yêu cầu", "thống nhất", "ghi nhận", "đồng thời", "thứ hai" …) when they
stand at the head of what follows, not inside it ("nhiệm vụ được giao", "theo đề nghị của").
Fillers ("à", "ừ", "thì là") are dropped from the text shown.
"""

from __future__ import annotations

import re
import unicodedata

from ..text import fold

# Old-style tone placement ("uỷ", "hoà") written the modern way ("ủy", "hòa"), same length.
_TONE = {
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
}  # fmt: skip
# Only at a syllable's end, and not after "q" ("quý" is right as it is).
_TONE_RE = re.compile("(?<!q)(?:" + "|".join(_TONE) + r")(?!\w)")


def views(text: str) -> tuple[str, str, str]:
    """(text, lower, folded), all three the same length: NFC, tones placed the modern way."""
    text = unicodedata.normalize("NFC", text)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] for c in text)
    low = _TONE_RE.sub(lambda m: _TONE[m.group()], low)
    # Fillers blanked out of the analysed forms (the text shown is cleaned separately).
    low = FILLERS.sub(lambda m: " " * len(m.group()), low)
    fld = fold(low)
    if len(fld) != len(low):
        fld = "".join((fold(c) or " ")[:1] for c in low)
    return text, low, fld


# Words that open a conclusion or a task, and discourse markers that open a new point.
CUES = (
    "đề nghị|giao cho|giao(?!\\s+(?:thông|lưu|dịch|nhận|tiếp|kết|hàng|thương|nộp|"
    "ban (?:thường xuyên|định kỳ|hằng|hàng|trực tuyến|tuần|tháng|quý|công tác|bí thư|giữa)))|"
    "yêu cầu|lưu ý|"
    "thống nhất|ghi nhận|biểu dương|đánh giá cao|đồng ý|"
    "chấp thuận|không đồng ý|không thống nhất|chưa thống nhất|nhất trí|hoan nghênh|khen ngợi|"
    "cơ bản thống nhất|cơ bản đồng ý|cơ bản nhất trí|không chấp thuận|phê bình|phân công|"
    "đồng thời|ngoài ra|cùng với đó|bên cạnh đó|"
    "mặt khác|thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|thứ sáu|thứ bảy|một là|hai là|ba là|bốn là|"
    "năm là|tiếp theo là|về nhiệm vụ|về giải pháp|thời gian tới"
)
_CUE_RE = re.compile(rf"(?<!\w)(?:{CUES})(?!\w)")
# A cue right after these words is inside a phrase, not at the head of a clause.
_BINDERS = re.compile(
    r"(?:được|đã|bàn|họp|buổi|cuộc|chuyển|theo|của|sự|sẽ|đang|việc|cũng|không|chưa|cơ bản|"
    r"thống nhất|đồng ý|"
    r"nhất trí|kính|xin|vụ|và|để|cần|phải|nhằm|cùng|nội dung|ý kiến|đến|tiếp tục|đã được|"
    r"tập thể|hội nghị|thường vụ|tôi|chúng tôi|đoàn|thành ủy|tỉnh ủy|huyện ủy|đảng ủy|"
    r"chủ tịch|bí thư|đồng chí|ubnd|thường trực|lãnh đạo|giám đốc|trưởng|tiến|bảo|được)\s*,?\s*$"
)
# "… xong trước 15/12 | đối với đề xuất của Phòng …": a new point about a proposal.
_REGARDING = re.compile(r"(?<!\w)đối với\s+(?:các\s+)?(?:đề xuất|kiến nghị|đề nghị|tờ trình)(?!\w)")
_ANNOUNCED = re.compile(r"kết luận\s+(?:một số nội dung|các nội dung sau|như sau)\s*,?\s*$")
# What follows a cue used as a noun: "yêu cầu đặt ra", "đề nghị của Sở", "giao thông".
NOUN_USE = re.compile(r"\s*(?:của|là|đặt ra|đối với|này|đó|trên)(?!\w)")
# A full stop after "TP", "TS" … shortens a word, it does not end the sentence ("UBND TP. Hà Nội").
_HARD = re.compile(r"(?<!\btp)(?<!\bts)(?<!\bths)(?<!\bpgs)(?<!\bgs)[.!?;:\n]+(?=\s|$)|\n")
# ("[a-zđ]", not "[a-đ]": that range holds "ý", "à" …, words that may end a sentence.)
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(?:\d{1,2}|[a-zđ])[.)]\s+(?=\w)")
# A number after these words is a date or a count, not a list item: "trong tháng 11. Yêu cầu".
_COUNTED = re.compile(
    r"(?:tháng|ngày|quý|năm|số|lần|khoản|điều|mục|thứ|lúc|giờ|tuần|khóa|kỳ|lớp|tổ|đợt)\s+$"
)
# After a pause (a filler blanked out), a time or topic phrase closed by "thì" opens a new
# sentence: "… đồng bào bị lũ lụt à | trong 9 tháng thì huyện đã giải ngân …".
_TOPIC = re.compile(
    r"(?<=\s\s)(?:trong|qua|sau|từ|năm|về|đối với|riêng)\s+(?:[^\s]+\s+){0,5}?thì(?!\w)"
)
FILLERS = re.compile(
    r"(?<!\w)(?:à|ừ|ừm|ờ|ơ|ạ|ừ thì|à thì|thì là|thì là là|là là|vâng|dạ|ờ thì|ấy là|nhé|"
    r"nói chung là|kiểu như là|cái đấy|cái này thì)(?!\w)\s*,?",
    re.IGNORECASE,
)
_LEADERS = re.compile(
    r"^(?:(?:\d{1,2}|[a-đ])[.)]\s*|(?:đồng thời|ngoài ra|cùng với đó|bên cạnh đó|mặt khác|"
    r"thứ (?:nhất|hai|ba|tư|năm|sáu|bảy)|(?:một|hai|ba|bốn|năm) là|tiếp theo là|thời gian tới|"
    r"và|còn|thì|rồi|sau đó)\s*,?\s*)+",
    re.IGNORECASE,
)
_DUPES = re.compile(r"(?<!\w)(\w+)(?:\s+\1)+(?!\w)", re.IGNORECASE)
_MAX_WORDS = 90


def split_clauses(low: str, bound: bool = True) -> list[tuple[int, int]]:
    """Character spans of the clauses of `low` (the lower-cased text), in order. `bound`: cut a
    run of more than `_MAX_WORDS` words (off when the caller cuts at units first and bounds the
    pieces itself with `bound_run`)."""
    cuts = {0, len(low)}
    for m in _HARD.finditer(low):
        cuts.add(m.end())
    for m in _NUMBERED.finditer(low):
        if not _COUNTED.search(low, max(0, m.start() - 8), m.start()):
            cuts.add(m.start())
    for m in _CUE_RE.finditer(low):
        head = low[max(0, m.start() - 24) : m.start()]
        # A filler blanked out right before the cue ("huyện ủy ờ đánh giá cao") is a pause: the
        # cue opens a clause even after a word that would otherwise bind it.
        paused = head.endswith("   ")
        # "… kết luận một số nội dung | ghi nhận …": the announcement ends before its points.
        announced = _ANNOUNCED.search(low, max(0, m.start() - 40), m.start())
        if (_BINDERS.search(head) and not paused and not announced) or NOUN_USE.match(low, m.end()):
            continue
        cuts.add(m.start())
    for m in _TOPIC.finditer(low):
        cuts.add(m.start())
    for m in _REGARDING.finditer(low):
        if not _BINDERS.search(low, max(0, m.start() - 24), m.start()):
            cuts.add(m.start())
    ordered = sorted(cuts)
    spans: list[tuple[int, int]] = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        while a < b and not low[a].isalnum():
            a += 1
        e = b
        while e > a and not (low[e - 1].isalnum() or low[e - 1] in ")%"):
            e -= 1
        if e > a and not re.fullmatch(
            r"(?:\d{1,2}|[a-zđ])[.)]?", low[a:e]
        ):  # a point's number alone
            spans.extend(bound_run(low, a, e) if bound else [(a, e)])
    return spans


def bound_run(low: str, a: int, e: int) -> list[tuple[int, int]]:
    """Cut an endless run (no marks, no cues) at commas so a clause stays readable."""
    words = list(re.finditer(r"\S+", low[a:e]))
    if len(words) <= _MAX_WORDS:
        return [(a, e)]
    out, start, count = [], a, 0
    for w in words:
        count += 1
        if count >= _MAX_WORDS // 2 and w.group().endswith(","):
            out.append((start, a + w.end() - 1))
            start, count = a + w.end(), 0
            while start < e and not low[start].isalnum():
                start += 1
        elif count >= _MAX_WORDS:
            out.append((start, a + w.end()))
            start, count = a + w.end(), 0
            while start < e and not low[start].isalnum():
                start += 1
    if start < e:
        out.append((start, e))
    return out


# Abbreviations that Whisper writes in lower case ("hđnd"), written back in capitals.
_ABBR = re.compile(
    r"(?<![\w&])(?:ubnd|hđnd|mttq|ubmttq|btv|bch|ubkt|bhxh|đbqh|gtvt|tt&tt|tn&mt|kh&đt|gd&đt|"
    r"lđtb&xh|nn&ptnt|vhtt&dl|kh&cn|nn&mt|thcs|thpt)(?![\w&])",
    re.IGNORECASE,
)


def clean(text: str) -> str:
    """The clause for display: fillers and stutters out, NFC, abbreviations in capitals, a
    capital, a full stop."""
    text = unicodedata.normalize("NFC", text)
    text = _ABBR.sub(lambda m: m.group().upper(), text)
    text = FILLERS.sub(" ", text)
    text = _DUPES.sub(r"\1", text)
    text = " ".join(text.split())
    text = _LEADERS.sub("", text).strip(" ,;:-–")
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?":
        text += "."
    return text
