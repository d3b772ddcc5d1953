"""Unit names in speech: the clerk's directory, abbreviations, and a small grammar for the rest.

A unit is a head ("Sở", "Ban", "UBND", "Đảng ủy", "Trung tâm" …) followed by name words up to the
next function word or verb ("Sở Tài chính chủ trì" → "Sở Tài chính"), then an optional place
("tỉnh", "Thành ủy", "huyện X"). Heads are matched with their accents ("sở" is not "số"); name
words and the directory are matched folded, so Whisper's odd capitals and spacing do not matter.
Abbreviations match their full forms both ways (TT&TT ↔ Thông tin và Truyền thông, UBND ↔ Ủy
ban nhân dân). A bare "Sở" means the one Sở the meeting talks about, when there is exactly one.
"""

from __future__ import annotations

import re

from ...models import Unit
from ...text import fold
from .names import _BARE_KEYS, COLLECTIVE, Mention, _style, unit_key
from .vocabulary import (
    _CAPITALISED,
    _FIRM_LOWER,
    _FIRM_VERB,
    _FRONT_AFTER,
    _GROUP,
    _HEAD_RE,
    _JOINED,
    _JOINT,
    _LEGAL_FORM,
    _LEVELLED,
    _LISTED,
    _NAME_PAIRS,
    _NAMED_RE,
    _NHAN_DAN,
    _NOT_FIRM_BEFORE,
    _NOT_NAME,
    _NOT_PRESS_AFTER,
    _NOT_PRESS_BEFORE,
    _NUMBER,
    _PARTY_RE,
    _PHONG_VERB,
    _PLACE_RE,
    _QUARTER,
    _SCHOOL,
    _SECTOR_RE,
    _STOP,
    _TWO_WORDS,
    _VERB_START,
    _VILLAGE,
    _WORD,
    _WS,
    ABBREVIATIONS,
    HEADS,
    _alternation,
)


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


_UY_BAN_AFTER = re.compile(r" ban (?:nhân dân|mặt trận)(?!\w)")


class Gazetteer:
    """Find the units named in a text, preferring the clerk's directory."""

    def __init__(self, units: list[Unit] | None = None) -> None:
        self.units = list(units or [])
        self._by_key: dict[str, Unit] = {}
        surfaces: dict[str, Unit] = {}
        for u in self.units:
            key = unit_key(u.name)
            self._by_key.setdefault(key, u)
            surfaces.setdefault(key, u)
            contracted = key
            for full, abbrs in ABBREVIATIONS:
                contracted = re.sub(rf"\b{unit_key(full)}\b", abbrs[0], contracted)
            surfaces.setdefault(contracted, u)
            if u.abbreviation and (len(u.abbreviation) >= 3 or " " in u.abbreviation):
                surfaces.setdefault(fold(u.abbreviation), u)
                surfaces.setdefault(unit_key(u.abbreviation), u)
        self._surface_units = surfaces
        self._surface_re = (
            re.compile(rf"(?<![\w&])(?:{_alternation(list(surfaces))})(?![\w&])")
            if surfaces
            else None
        )
        self._surface_lookup = {
            re.sub(r"\W+", "", s.replace("va", "")): u for s, u in surfaces.items()
        }

    # -- directory

    def lookup(self, key: str) -> Unit | None:
        """The directory unit for a canonical key: exact, else the one it is a prefix of (or
        that is a prefix of it, a place added), when only one unit fits."""
        if key in self._by_key:
            return self._by_key[key]
        if key in _BARE_KEYS:
            return None
        longer = [u for k, u in self._by_key.items() if k.startswith(key + " ")]
        if len(longer) == 1:
            return longer[0]
        shorter = [
            u for k, u in self._by_key.items() if key.startswith(k + " ") and k not in _BARE_KEYS
        ]
        return max(shorter, key=lambda u: len(unit_key(u.name))) if shorter else None

    # -- finding

    def find(self, text: str, low: str, fld: str) -> list[Mention]:
        """Every unit named in `text` (`low`/`fld`: its lower-cased and folded forms, same
        length), left to right, without overlaps."""
        found: list[Mention] = []
        if self._surface_re is not None:
            for m in self._surface_re.finditer(fld):
                squashed = re.sub(r"\W+", "", re.sub(r"\bva\b", "", m.group()))
                unit = self._surface_lookup.get(squashed.replace("va", ""))
                if unit is None:
                    unit = self._by_key.get(unit_key(m.group()))
                if unit is not None:
                    found.append(
                        Mention(m.start(), m.end(), unit.name, unit_key(unit.name), unit.id)
                    )
        for m in _GROUP.finditer(low):
            found.append(
                Mention(
                    m.start(),
                    m.end(),
                    _style(text[m.start() : m.end()]),
                    fold(m.group()),
                    generic=True,
                )  # fmt: skip
            )
        for m in _LISTED.finditer(low):
            # "Giám đốc các Sở: Nội vụ, Tài chính": the first Sở named leads.
            sm = _SECTOR_RE.match(fld, m.end())
            if sm:
                spoken = f"{m.group(1)} {text[sm.start() : sm.end()]}"
                styled = _style(spoken)
                found.append(Mention(m.start(), sm.end(), styled, unit_key(styled), head="sở"))
        pos = 0
        while (m := _HEAD_RE.search(low, pos)) is not None:
            if m.group().endswith(" ủy") and _UY_BAN_AFTER.match(low, m.end()):
                # "… đoàn thể tỉnh ủy ban nhân dân cấp huyện" heard with no marks: the place
                # closes the unit before, "ủy ban nhân dân" opens the next.
                m = _HEAD_RE.match(low, m.end() - 2) or m
            mention = self._grammar(text, low, fld, m)
            if mention is not None:
                found.append(mention)
            pos = m.end()
        # Longest first at each place; the directory wins a tie.
        found.sort(key=lambda x: (x.start, -(x.end - x.start), x.unit_id is None))
        out: list[Mention] = []
        for mention in found:
            if out and mention.start < out[-1].end:
                last = out[-1]
                # A grammar span that ran past a directory name that starts with it.
                if (
                    last.unit_id is None
                    and not last.generic
                    and mention.unit_id is not None
                    and mention.start == last.start
                ):
                    out[-1] = mention
                continue
            out.append(mention)
        return self._collectives(text, low, out)

    @staticmethod
    def _collectives(text: str, low: str, found: list[Mention]) -> list[Mention]:
        """ "các đồng chí Ủy viên Ban Thường vụ": the members, with the body right after them."""
        if "các đồng chí" not in low:
            return found
        for cm in COLLECTIVE.finditer(low):
            end, first = cm.end(), None
            for i, m in enumerate(found):
                if m.start < cm.start():
                    continue
                if m.start >= end and low[end : m.start].strip() == "" and not m.generic:
                    first = i if first is None else first
                    end = m.end
                elif m.start >= end:
                    break
            role = " ".join(text[cm.start() + len("các đồng chí") : cm.end()].split())
            body = " ".join(m.name for m in found if cm.end() <= m.start and m.end <= end)
            name = " ".join(("Các đồng chí", role[:1].upper() + role[1:], body)).strip()
            mention = Mention(cm.start(), end, name, unit_key(name), generic=True, head="đồng chí")
            found = [m for m in found if m.end <= cm.start() or m.start >= end] + [mention]
            found.sort(key=lambda x: x.start)
        return found

    def _grammar(self, text: str, low: str, fld: str, m: re.Match[str]) -> Mention | None:
        head = m.group()
        cls = HEADS[head]
        start, end = m.start(), m.end()
        before = low[max(0, start - 6) : start]
        if head in ("bộ", "ban", "hội", "đoàn", "phòng", "cục") and re.search(
            r"(?:cán|toàn|đồng|phân|một|các|hội|tiến|ban|(?<!đảng )(?<!chi )bộ)\s$",
            low[max(0, start - 12) : start],
        ):
            if not (head == "ban" and before.endswith("các ")):
                return None
        if head == "phòng" and _PHONG_VERB.match(low, end):
            return None
        if head in ("tỉnh ủy", "huyện ủy", "thành ủy", "quận ủy", "thị ủy") and low.startswith(
            " ban nhân dân", end
        ):
            return None  # "đoàn thể tỉnh | ủy ban nhân dân …" in speech with no commas
        if head == "mặt trận" and not _FRONT_AFTER.match(low, end):
            return None  # "trên mặt trận kinh tế": a figure of speech, not the Front
        if head == "trường" and not _SCHOOL.match(low, end):  # not "thị trường", "trường hợp"
            return None
        if head == "sở" and re.search(r"(?:trụ|cơ|căn|cư|công)\s$", before):  # "trụ sở", "công sở"
            return None
        name_end = end
        if cls == "press":
            if _NOT_PRESS_BEFORE.search(low[max(0, start - 12) : start]) or _NOT_PRESS_AFTER.match(
                low, end
            ):
                return None
            pm = _PLACE_RE.match(low, end)
            stop = self._proper_name(text, low, pm.end() if pm else end)
            if stop == end:
                return None
            spoken = text[start:stop]
            return Mention(start, stop, _style(spoken), unit_key(spoken), head=head)
        if cls == "firm":
            if _NOT_FIRM_BEFORE.search(low[max(0, start - 8) : start]):
                return None
            upper = any(c.isupper() for c in text[max(0, start - 40) : end + 40])
            lm = _LEGAL_FORM.match(low, end)
            pos = lm.end() if lm else end
            if upper:
                nxt = _CAPITALISED.match(text, pos)
                if not nxt or not _is_cap(nxt.group().strip()):
                    return None
            elif head in _FIRM_LOWER and not lm and not _FIRM_LOWER[head].match(low, pos):
                return None
            name_end = self._firm_words(text, low, pos)
            if name_end == pos:
                return None
        if cls == "over":
            inner = _HEAD_RE.match(low, end + 1) if low[end : end + 1] == " " else None
            sub = self._grammar(text, low, fld, inner) if inner else None
            if sub is None or sub.bare:
                return None
            spoken = text[start:end] + " " + sub.name
            return Mention(start, sub.end, _style(spoken), unit_key(spoken), head=head)
        if cls == "sector":
            sm = _WS.match(fld, end)
            nm = _SECTOR_RE.match(fld, sm.end()) if sm else None
            if nm:
                name_end = nm.end()
            elif head in ("bộ", "cục", "chi cục", "tổng cục"):
                return None
            elif head == "phòng":
                name_end = self._open_words(text, low, end, limit=4)
            if head == "phòng" and name_end > end:  # "Phòng Tài chính - Kế hoạch"
                dm = re.match(r"\s*-\s*", fld[name_end:])
                sm2 = _SECTOR_RE.match(fld, name_end + dm.end()) if dm else None
                if sm2:
                    name_end = sm2.end()
        elif cls == "named":
            sm = _WS.match(fld, end)
            nm = _NAMED_RE.match(fld, sm.end()) if sm else None
            if nm:
                name_end = nm.end()
            elif head in ("ban", "ủy ban") and _NHAN_DAN.match(low, end):
                pass
            elif head != "ủy ban":
                return None
        elif cls == "open":
            long_name = head in ("trung tâm", "ban quản lý", "ban chỉ đạo", "trường")
            vm = _VILLAGE.match(low, end) if head in ("chi bộ", "đảng ủy", "đảng bộ") else None
            if vm:
                name_end = self._village_name(text, low, vm.end())
                if name_end > vm.end():
                    spoken = text[start:name_end]
                    return Mention(start, name_end, _style(spoken), unit_key(spoken), head=head)
            words_from = end
            if long_name and low.startswith(" các ", end):  # "Ban Quản lý các khu công nghiệp"
                nxt = _WORD.match(low, end + 5)
                if nxt and nxt.group() not in _STOP and not _GROUP.match(low, end + 1):
                    words_from = end + 4
            name_end = self._open_words(text, low, words_from, limit=8 if long_name else 5)
            if name_end == words_from:
                name_end = end
            elif head == "trường":  # "Trường Tiểu học Kim Đồng": the name runs on in capitals
                name_end = self._proper_name(text, low, name_end)
            elif head == "đảng ủy" and low[end:name_end].strip() == "khối":
                gm = (
                    _GROUP.match(low, name_end + 1) if low[name_end : name_end + 1] == " " else None
                )
                if gm:  # "Đảng ủy Khối các cơ quan tỉnh"
                    name_end = gm.end()
            if head in ("trung tâm", "bệnh viện", "ban quản lý") and name_end == end:
                return None
        elif cls == "office" and head == "thanh tra":
            if not (_PLACE_RE.match(low, end) or _PARTY_RE.match(low, end)):
                return None
        if name_end == end and cls != "sector":
            # "UBND các huyện, thị xã", "Đảng ủy các cơ quan Đảng Thành phố".
            gm = _GROUP.match(low, end + 1) if low[end : end + 1] == " " else None
            if gm:
                name_end = gm.end()
                pm = _PLACE_RE.match(low, name_end) or _PARTY_RE.match(low, name_end)
                if pm:
                    name_end = self._proper_name(text, low, pm.end())
                spoken = text[start:name_end]
                return Mention(start, name_end, _style(spoken), unit_key(spoken), head=head)
        bare = name_end == end and cls in ("sector", "open")
        # Place: "Thành ủy", "UBND tỉnh", "huyện X".
        stop = name_end
        if cls in ("office", "named", "open", "place") or not bare:
            pm = _PARTY_RE.match(low, stop) if cls in ("office", "named", "open") else None
            if pm:
                stop = pm.end()
                if head == "văn phòng":
                    jm = _JOINT.match(low, stop)
                    if jm and low[stop : jm.end()].strip().startswith(("và", "&")):
                        stop = jm.end()
            pm = _PLACE_RE.match(low, stop)
            if pm:
                stop = self._proper_name(text, low, pm.end())
            elif cls == "place" and stop == name_end and head not in _LEVELLED:
                stop = self._proper_name(text, low, stop)
        if bare and stop == end:
            # "Sở" alone, or "Phòng" alone: resolved later from context.
            return Mention(
                start, end, _style(text[start:end]), unit_key(head), bare=True, head=head
            )
        spoken = text[start:stop]
        key = unit_key(spoken)
        unit = self.lookup(key)
        if unit is not None:
            return Mention(start, stop, unit.name, unit_key(unit.name), unit.id, head=head)
        return Mention(start, stop, _style(spoken), key, head=head)

    def _open_words(self, text: str, low: str, pos: int, limit: int) -> int:
        """Name words after a head, up to a function word or verb; "và" only between name words."""
        end, count = pos, 0
        previous = ""
        for w in _WORD.finditer(low, pos):
            if low[end : w.start()].strip(" -") not in ("", "và") or count >= limit:
                break
            if _PLACE_RE.match(low, end) and not low.startswith(" khu vực", end):
                break  # "Đảng bộ | TP Thái Nguyên": the place and its name follow
            word = w.group()
            if word in _JOINED.get(previous, ()):  # "phát triển", "quản lý" inside a name
                end, count, previous = w.end(), count + 1, word
                continue
            previous = word
            if (word == "quý" and not _QUARTER.match(low, w.end())) or (
                word == "đôn" and not low.startswith(" đốc", w.end())
            ):  # "Lê Quý Đôn", not "quý 4" nor "đôn đốc"
                end, count = w.end(), count + 1
                continue
            if (
                word in _STOP
                or (_HEAD_RE.fullmatch(word) and HEADS[word] != "firm")
                or word.isdigit()
            ):
                if word == "và" and count:
                    nxt = _WORD.match(low, w.end() + 1)
                    if nxt and nxt.group() not in _STOP and not _HEAD_RE.fullmatch(nxt.group()):
                        continue
                break
            end, count = w.end(), count + 1
        return end

    @staticmethod
    def _firm_words(text: str, low: str, pos: int, limit: int = 7) -> int:
        """A firm's, fund's or institute's name: words up to a verb, a function word or a place;
        a pair like "cấp thoát nước" stays in the name when it opens it or is capitalised."""
        end, count = pos, 0
        words = list(_WORD.finditer(low, pos, min(len(low), pos + 120)))
        i = 0
        while i < len(words) and count < limit:
            w = words[i]
            if low[end : w.start()].strip(" -") or _FIRM_VERB.match(low, end):
                break
            if _PLACE_RE.match(low, end):
                break
            word = w.group()
            if count and word in _JOINED.get(words[i - 1].group(), ()):  # "phát triển"
                end, count, i = w.end(), count + 1, i + 1
                continue
            nxt = words[i + 1].group() if i + 1 < len(words) else ""
            if nxt in _NAME_PAIRS.get(word, ()) and (
                word == "môi" or count == 0 or _is_cap(text[w.start() : w.end()])
            ):
                end, count, i = words[i + 1].end(), count + 2, i + 2
                continue
            if word in _STOP or (_HEAD_RE.fullmatch(word) and word not in ("trường",)):
                break
            end, count, i = w.end(), count + 1, i + 1
        return end

    @classmethod
    def _village_name(cls, text: str, low: str, pos: int) -> int:
        """A village's name: a number ("khu phố 3"), capitalised words, or in lower-case speech
        up to two words before a verb."""
        nm = _NUMBER.match(low, pos)
        if nm:
            return nm.end()
        if any(c.isupper() for c in text[max(0, pos - 40) : pos + 40]):
            return cls._proper_name(text, low, pos)
        end = pos
        for _ in range(2):
            w = _CAPITALISED.match(low, end)
            word = w.group().strip() if w else ""
            if not word or word in _VERB_START or _HEAD_RE.fullmatch(word) or word in _NOT_NAME:
                break
            end = w.end()
        return end

    @staticmethod
    def _proper_name(text: str, low: str, pos: int) -> int:
        """A place's name: capitalised words ("tỉnh Bắc Ninh"); in lower-case speech, two words
        that are neither function words nor verbs ("huyện ủy sóc sơn chỉ đạo")."""
        nm = _NUMBER.match(low, pos)
        if nm and re.search(
            r"(?:quận|phường|khu phố|tổ|ấp|khu vực)\s*$", low[max(0, pos - 10) : pos]
        ):
            return nm.end()  # "UBND Quận 5", "Phường 3"
        window = text[max(0, pos - 40) : pos + 40]
        if any(c.isupper() for c in window):
            n = 0
            while n < 3:
                m = _CAPITALISED.match(text, pos)
                if not m or not _is_cap(m.group().strip()):
                    break
                pos, n = m.end(), n + 1
            return pos
        nm = _NUMBER.match(low, pos)
        if nm and re.search(
            r"(?:quận|phường|khu phố|tổ|ấp|khu vực)\s*$", low[max(0, pos - 10) : pos]
        ):
            return nm.end()  # "chủ tịch UBND quận 5"
        m = _TWO_WORDS.match(low, pos)
        if m and not any(
            w in _STOP or w in _VERB_START or _HEAD_RE.fullmatch(w) for w in m.group().split()
        ):
            return m.end()
        return pos

    # -- bare heads

    def resolve_bare(self, mentions: list[Mention], context: list[Mention]) -> None:
        """Give a bare "Sở" the one Sở that the context (the meeting) names, or the directory's
        only Sở; otherwise leave it as spoken."""
        for m in mentions:
            if not m.bare:
                continue
            prefix = unit_key(m.head) + " "
            named = {
                c.key: c
                for c in context
                if not c.bare and not c.generic and c.key.startswith(prefix)
            }
            if len(named) == 1:
                c = next(iter(named.values()))
                m.name, m.key, m.unit_id, m.bare = c.name, c.key, c.unit_id, False
                continue
            if not named:
                own = [u for k, u in self._by_key.items() if k.startswith(prefix)]
                if len(own) == 1:
                    u = own[0]
                    m.name, m.key, m.unit_id, m.bare = u.name, unit_key(u.name), u.id, False
