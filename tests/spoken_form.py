"""Written Vietnamese turned into what a chair says and Whisper writes back: lower case, no
punctuation, abbreviations and dates read out ("UBND" → "ủy ban nhân dân", "28.7.2016" →
"28 tháng 7 năm 2016"), and, with `words=True`, every number in words ("mười lăm tháng chín",
"quý ba"). Used to read the real-text corpus in its spoken forms."""

from __future__ import annotations

import re

_UNITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


def number_words(n: int) -> str:
    """0..999 999 in words, as Vietnamese read them: 15 'mười lăm', 21 'hai mươi mốt',
    24 'hai mươi tư', 105 'một trăm linh năm', 2016 'hai nghìn không trăm mười sáu'."""
    if n < 10:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        head = "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
        if unit == 0:
            return head
        if unit == 5:
            return f"{head} lăm"
        if unit == 1 and tens > 1:
            return f"{head} mốt"
        if unit == 4 and tens > 1:
            return f"{head} tư"
        return f"{head} {_UNITS[unit]}"
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = f"{_UNITS[hundreds]} trăm"
        if rest == 0:
            return head
        if rest < 10:
            return f"{head} linh {_UNITS[rest]}"
        return f"{head} {number_words(rest)}"
    thousands, rest = divmod(n, 1000)
    head = f"{number_words(thousands)} nghìn"
    if rest == 0:
        return head
    if rest < 100:
        return (
            f"{head} không trăm {number_words(rest)}"
            if rest >= 10
            else (f"{head} không trăm linh {_UNITS[rest]}")
        )
    return f"{head} {number_words(rest)}"


_ABBR = [
    ("UBND", "ủy ban nhân dân"), ("HĐND", "hội đồng nhân dân"),
    ("UBMTTQ", "ủy ban mặt trận tổ quốc"),
    ("MTTQ", "mặt trận tổ quốc"), ("BTV", "ban thường vụ"), ("BCH", "ban chấp hành"),
    ("TT&TT", "thông tin và truyền thông"), ("TN&MT", "tài nguyên và môi trường"),
    ("TN-MT", "tài nguyên và môi trường"), ("KH&ĐT", "kế hoạch và đầu tư"),
    ("GD&ĐT", "giáo dục và đào tạo"), ("NN&PTNT", "nông nghiệp và phát triển nông thôn"),
    ("LĐTB&XH", "lao động thương binh và xã hội"), ("GTVT", "giao thông vận tải"),
    ("TP.HCM", "thành phố hồ chí minh"), ("TPHCM", "thành phố hồ chí minh"),
    ("TP", "thành phố"), ("ĐBQH", "đại biểu quốc hội"), ("QP-AN", "quốc phòng an ninh"),
    ("KT-XH", "kinh tế xã hội"), ("BQLDA", "ban quản lý dự án"), ("QLDA", "quản lý dự án"),
    ("BHXH", "bảo hiểm xã hội"), ("NTM", "nông thôn mới"), ("PCT", "phó chủ tịch"),
    ("TC-KH", "tài chính kế hoạch"),
]  # fmt: skip
_ABBR_RE = [(re.compile(rf"(?<![\w&]){re.escape(a)}(?![\w&])"), w) for a, w in _ABBR]
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_DMY = re.compile(r"(?<![\w/.\-])(\d{1,2})([/.\-])(\d{1,2})(?:\2(\d{4}))?(?![\w/]|\.\d)")
_MY = re.compile(r"(?<=tháng )(\d{1,2})[/.\-](\d{4})\b")
_QY = re.compile(r"\bquý (IV|III|II|I|[1-4])(?:/(\d{4}))?(?!\w)")


def _date(m: re.Match[str]) -> str:
    day, month = int(m[1]), int(m[3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return m[0]
    out = f"{day} tháng {month}"
    return out + (f" năm {m[4]}" if m[4] else "")


def spoken(text: str, words: bool = False) -> str:
    """`text` as heard: dates and abbreviations read out, lower case, no punctuation; with
    `words`, numbers in words too."""
    for pattern, said in _ABBR_RE:
        text = pattern.sub(said, text)
    # "14h00", "10h00'", "16h30": read "mười bốn giờ", "mười sáu giờ ba mươi"
    text = re.sub(
        r"(?<!\w)(\d{1,2})\s*h\s*(\d{2})?'?(?!\w)",
        lambda m: f"{m[1]} giờ" + (f" {int(m[2])}" if m[2] and m[2] != "00" else ""),
        text,
    )
    text = _DMY.sub(_date, text)
    text = _MY.sub(lambda m: f"{m[1]} năm {m[2]}", text)
    text = _QY.sub(
        lambda m: f"quý {_ROMAN.get(m[1], m[1])}" + (f" năm {m[2]}" if m[2] else ""), text
    )
    text = text.lower()
    if words:  # "1.573,1" is one thousand five hundred …, then a decimal comma
        text = re.sub(r"\d{1,3}(?:\.\d{3})+(?![\d.])", lambda m: m.group().replace(".", ""), text)
        text = re.sub(r"(\d),(\d)", r"\1 phẩy \2", text)
    text = re.sub(r"[.,;:!?\"“”()…–/]|(?<!\w)-|-(?!\w)|\s-\s", " ", text)
    if words:
        text = re.sub(
            r"\d+",
            lambda m: number_words(int(m.group())) if len(m.group()) <= 6 else m.group(),
            text,
        )
        text = text.replace("%", " phần trăm")
    return " ".join(text.split())
