"""A unit as found in a text (`Mention`), the canonical key two names of one unit share, and a
name heard in lower case written the official way."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...text import fold
from .vocabulary import _ABBR_UPPER, _HEAD_RE, _PARTY_RE, _PLACE_RE, ABBREVIATIONS, HEADS


@dataclass
class Mention:
    start: int
    end: int
    name: str  # the directory's name, or the name as spoken (normalised)
    key: str  # canonical folded form, abbreviations expanded, "và" dropped
    unit_id: int | None = None
    bare: bool = False  # a head alone: "Sở", "Phòng"
    generic: bool = False  # "các sở, ngành"
    head: str = ""


# --- canonical keys ---------------------------------------------------------------------------

_AMP = r"\s*&\s*"
_EXPAND = [
    (re.compile(r"(?<![\w&])" + _AMP.join(map(re.escape, a.split("&"))) + r"(?![\w&])"), full)
    for full, abbrs in ABBREVIATIONS
    for a in abbrs
]
_UY_BAN = re.compile(r"\buy ban(?! nhan dan| kiem tra| mat tran)")


def unit_key(name: str) -> str:
    """'Sở TT&TT' and 'sở thông tin truyền thông' → 'so thong tin truyen thong'."""
    key = fold(name)
    for pattern, full in _EXPAND:
        key = pattern.sub(" " + full + " ", key)
    key = " ".join(re.sub(r"[^\w\s]", " ", key).split())
    key = _UY_BAN.sub("uy ban nhan dan", key)
    return " ".join(t for t in key.split() if t != "va")


def same_unit(a: str | None, b: str | None) -> bool:
    """Two names for one unit: equal keys, or one extends the other by a place ('Sở Nội vụ'
    and 'Sở Nội vụ tỉnh'), as long as the shorter is more than a bare head."""
    if not a or not b:
        return not a and not b
    ka, kb = unit_key(a), unit_key(b)
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return short not in _BARE_KEYS and long_.startswith(short + " ")


_BARE_KEYS = {unit_key(h) for h in HEADS}


# Heads as the official style writes them, for names heard in lower case.
_HEAD_STYLE = {
    "ban thường vụ": "Ban Thường vụ", "ban chấp hành": "Ban Chấp hành",
    "ủy ban kiểm tra": "Ủy ban Kiểm tra", "ban chỉ huy quân sự": "Ban Chỉ huy Quân sự",
    "bộ chỉ huy quân sự": "Bộ Chỉ huy Quân sự", "kho bạc nhà nước": "Kho bạc Nhà nước",
    "liên đoàn lao động": "Liên đoàn Lao động",
    "ủy ban mặt trận tổ quốc": "Ủy ban Mặt trận Tổ quốc", "mặt trận tổ quốc": "Mặt trận Tổ quốc",
    "ban quản lý": "Ban Quản lý",
    "ban chỉ đạo": "Ban Chỉ đạo", "bộ chính trị": "Bộ Chính trị", "đảng đoàn": "Đảng đoàn",
    "ban cán sự đảng": "Ban cán sự đảng", "viện kiểm sát nhân dân": "Viện Kiểm sát nhân dân",
    "tòa án nhân dân": "Tòa án nhân dân", "thường trực": "Thường trực",
}  # fmt: skip
_OVER_RE = re.compile(r"(?:đảng đoàn|ban cán sự đảng)\s+")
# Members taken together: "các đồng chí Ủy viên Ban Thường vụ", "các đồng chí cấp ủy viên".
COLLECTIVE = re.compile(
    r"(?<!\w)các đồng chí\s+(?:ủy viên|thành viên|cấp ủy viên|huyện ủy viên|tỉnh ủy viên|"
    r"thành ủy viên|đảng ủy viên|đại biểu)(?!\w)"
)


def _style(spoken: str) -> str:
    """A unit name as spoken, written the official way: 'sở nội vụ' → 'Sở Nội vụ'."""
    joined = " ".join(spoken.split())
    om = _OVER_RE.match(joined.lower())
    if om:  # "đảng đoàn hđnd huyện" → "Đảng đoàn HĐND huyện"
        inner = joined[om.end() :]
        styled_inner = inner if inner[:1].isupper() else _style(inner)
        return _HEAD_STYLE[om.group().strip()] + " " + styled_inner
    styled = _style_one(joined)
    hm = _HEAD_RE.match(styled.lower())
    if hm and hm.group() in _HEAD_STYLE and not any(c.isupper() for c in joined[1:]):
        styled = _HEAD_STYLE[hm.group()] + styled[hm.end() :]
    return styled


def _style_one(spoken: str) -> str:
    joined = " ".join(spoken.split())
    if not joined or any(c.isupper() for c in joined):
        return joined[:1].upper() + joined[1:]
    words = [w.upper() if w in _ABBR_UPPER else w for w in joined.split()]
    result = " ".join(words)
    result = result[:1].upper() + result[1:]
    # The name after the head ("Sở nội vụ" → "Sở Nội vụ") and party suffixes.
    hm = _HEAD_RE.match(result.lower())
    after = result.lower()[hm.end() + 1 :] if hm else ""
    if hm and after and not after.startswith("các") and not result.lower().startswith("các"):
        i = hm.end() + 1
        pm = _PLACE_RE.match(" " + after)
        if pm is None and HEADS.get(hm.group()) in ("place", "press"):  # "huyện ủy sóc sơn"
            result = result[:i] + result[i:].title()
        elif pm is None:
            result = result[:i] + result[i].upper() + result[i + 1 :]
        elif pm.end() - 1 < len(after) and not _PARTY_RE.match(" " + after):
            # "ủy ban nhân dân xã tiên phong" → "Ủy ban nhân dân xã Tiên Phong"
            j = i + pm.end() - 1
            result = result[:j] + result[j:].title()
    for suffix in ("thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy"):
        result = re.sub(rf"(?<=\s){suffix}", suffix.capitalize(), result)
    return result
