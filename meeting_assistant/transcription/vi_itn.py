"""Vietnamese inverse text normalisation: numbers and dates said in words, written as a clerk
writes them ("hai không trăm hai mươi tư" -> "2024", "ngày mười lăm tháng chín" -> "ngày 15
tháng 9", "mười lăm phần trăm" -> "15%").

A recogniser trained on spoken Vietnamese (viet-asr) writes every number as words. Many number
words are also ordinary words ("năm" is five and a year, "một số" is "some", "ba" is also
"father"), so a lone number word is written in digits only where a clerk would: after a cue
that takes a number (ngày, tháng, năm, số, điều, khoản, lúc…) or before a unit (giờ, phút,
phần trăm…). Compounds ("hai mươi", "ba trăm linh năm") are always numbers. Where a reading is
ambiguous ("hai mươi năm": twenty years, not 25) the words are left as a person says them.
"""

from __future__ import annotations

DIGITS = {
    "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
# Units after "mươi"/"mười": "mốt" (21), "tư" (24), "lăm" (25). Not "năm": "hai mươi năm" is
# twenty years far more often than twenty-five.
UNITS = {**{k: v for k, v in DIGITS.items() if v and k != "năm"}, "mốt": 1, "tư": 4, "lăm": 5}
TEN_UNITS = {**UNITS, "mốt": None}  # "mười mốt" is not said; "mười một" is
SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
ZERO_TENS = ("linh", "lẻ")
# Words after which a lone number word is a number (a date, an article, a time).
BEFORE = {"ngày", "mồng", "mùng", "tháng", "năm", "số", "điều", "khoản", "mục", "chương",
          "phần", "quý", "lúc", "khóa", "khoá", "nhiệm"}  # fmt: skip
# Words before which a lone number word is a number.
AFTER = {"giờ", "phút", "giây", "%", "đồng"}
DAY_MONTH = {"ngày", "mồng", "mùng", "tháng"}
# Read as a year when said bare (no thousands separator).
YEAR_RANGE = range(1000, 2101)


def _tens(t: list[str], i: int) -> tuple[int, int] | None:
    """10-99 at t[i]: "mười [đơn vị]" or "D mươi [đơn vị]"."""
    if i < len(t) and t[i] == "mười":
        unit = TEN_UNITS.get(t[i + 1]) if i + 1 < len(t) else None
        return (10 + unit, i + 2) if unit else (10, i + 1)
    if i + 1 < len(t) and DIGITS.get(t[i], 0) >= 2 and t[i + 1] == "mươi":
        unit = UNITS.get(t[i + 2]) if i + 2 < len(t) else None
        return (DIGITS[t[i]] * 10 + unit, i + 3) if unit else (DIGITS[t[i]] * 10, i + 2)
    return None


def _group(t: list[str], i: int) -> tuple[int, int] | None:
    """0-999 at t[i]."""
    if i + 1 < len(t) and t[i] in DIGITS and t[i + 1] == "trăm":
        value, j = DIGITS[t[i]] * 100, i + 2
        if j + 1 < len(t) and t[j] in ZERO_TENS and DIGITS.get(t[j + 1]):
            return value + DIGITS[t[j + 1]], j + 2
        tens = _tens(t, j)
        return (value + tens[0], tens[1]) if tens else (value, j)
    tens = _tens(t, i)
    if tens:
        return tens
    if i < len(t) and t[i] in DIGITS:
        return DIGITS[t[i]], i + 1
    return None


def parse_number(t: list[str], i: int) -> tuple[int, int] | None:
    """The longest number said at t[i] (value, index after it), or None."""
    total, j = 0, i
    # "hai không trăm hai mươi tư": a year read with its "nghìn" left out.
    if j + 2 < len(t) and DIGITS.get(t[j]) and t[j + 1] == "không" and t[j + 2] == "trăm":
        total, j = DIGITS[t[j]] * 1000, j + 1
    while True:
        group = _group(t, j)
        if group is None:
            break
        value, after = group
        if after < len(t) and t[after] in SCALES:
            total += max(value, 1) * SCALES[t[after]]
            j = after + 1
            if j + 1 < len(t) and t[j] in ZERO_TENS and DIGITS.get(t[j + 1]):
                total, j = total + DIGITS[t[j + 1]], j + 2
                break
            continue
        total, j = total + value, after
        break
    return (total, j) if j > i else None


def _digit_run(t: list[str], i: int) -> int:
    """How many digit words follow one another at t[i] ("hai không hai tư", a phone number)."""
    j = i
    while j < len(t) and (t[j] in DIGITS or (j > i and t[j] == "tư")):
        j += 1
    return j - i


def _year_word(t: list[str], i: int) -> bool:
    """ "năm" said before a number is the word for year ("năm hai nghìn"), not five."""
    nxt = t[i + 1] if i + 1 < len(t) else ""
    if i and t[i - 1] in DAY_MONTH:
        return False  # "tháng năm năm 2000": May
    return t[i] == "năm" and (nxt in DIGITS or nxt == "mười") and nxt not in ("không",)


def _written(value: int, year_like: bool) -> str:
    if value < 10000 and (year_like or value in YEAR_RANGE):
        return str(value)
    return f"{value:,}".replace(",", ".")


def normalise_numbers(text: str, everywhere: bool = False) -> str:
    """`text` with its spoken numbers written in digits. `everywhere` also writes lone number
    words (for comparing transcripts, not for showing them)."""
    words = text.split()
    low = [w.lower() for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        prev = low[i - 1] if i else ""
        if _year_word(low, i):
            out.append(words[i])
            i += 1
            continue
        # A day or a month is one number (1-31), never the start of a run of digits.
        run = 0 if prev in DAY_MONTH else _digit_run(low, i)
        parsed = parse_number(low, i)
        if parsed is None and prev == "tháng" and low[i] == "tư":
            parsed = (4, i + 1)  # April
        if run >= 3 and (parsed is None or parsed[1] - i < run):
            out.append("".join(str(DIGITS.get(w, 4)) for w in low[i : i + run]))
            i += run
            continue
        if parsed is None:
            out.append(words[i])
            i += 1
            continue
        value, j = parsed
        written = _written(value, prev == "năm")
        if j + 1 < len(low) and low[j] == "phẩy" and low[j + 1] in DIGITS:
            decimals = _digit_run(low, j + 1) or 1
            written += "," + "".join(str(DIGITS.get(w, 4)) for w in low[j + 1 : j + 1 + decimals])
            j += 1 + decimals
        cued = prev in BEFORE or (j < len(low) and low[j] in AFTER)
        percent = j + 1 < len(low) and low[j] == "phần" and low[j + 1] == "trăm"
        if j - i == 1 and not (everywhere or cued or percent):
            out.append(words[i])
            i += 1
            continue
        if percent:
            written += "%"
            j += 2
        out.append(written)
        i = j
    return " ".join(out)
