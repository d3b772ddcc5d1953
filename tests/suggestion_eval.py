"""A labelled set for the suggestion engine, and the figures it is judged by.

Sentences come from the seed conference reports (turned into the chair's spoken words where the
report paraphrases) and from realistic meeting speech: chairs' conclusions, tasks in every common
shape, and the hard "neither" cases (a unit's own report, a unit asking upward, a member's
question, an announcement). Each item is read twice: as written, and in a Whisper-like form
(lower case, no punctuation, some abbreviations and dates spoken in words); a few items also
carry a hand-written Whisper form with fillers and odd breaks.

Labels: k = "task" | "conclusion" | "neither"; lead = the lead unit; coord = coordinating units;
dl = the deadline (YYYY-MM-DD, "ongoing", or None when the task states none); date = the meeting
date when it is not DEFAULT_DATE.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from meeting_assistant.followup.suggest import suggest_text
from meeting_assistant.followup.units import same_unit
from meeting_assistant.models import Unit

DEFAULT_DATE = "2024-07-19"  # a Friday

DIRECTORY = [
    Unit(1, "Sở Thông tin và Truyền thông", "Sở TT&TT"),
    Unit(2, "Văn phòng Thành ủy", "VPTU"),
    Unit(3, "Ban Tuyên giáo Thành ủy", "BTG"),
    Unit(4, "Sở Nội vụ"),
    Unit(5, "Ủy ban nhân dân Thành phố", "UBND TP"),
    Unit(6, "Sở Tài chính"),
    Unit(7, "Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"),
    Unit(8, "Sở Xây dựng"),
    Unit(9, "Sở Y tế"),
    Unit(10, "Sở Giáo dục và Đào tạo", "Sở GD&ĐT"),
    Unit(11, "Công an Thành phố", "CATP"),
    Unit(12, "Ban Tổ chức Thành ủy"),
    Unit(13, "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố", "UBMTTQ TP"),
    Unit(14, "Sở Tài nguyên và Môi trường", "Sở TN&MT"),
    Unit(15, "Văn phòng UBND Thành phố", "VP UBND TP"),
]

_DATA = json.loads((Path(__file__).parent / "data" / "suggestions_eval.json").read_text("utf-8"))
ITEMS: list[dict] = _DATA["items"]
# Written after the rules were frozen and never tuned against: an honest estimate of how the
# rules do on text they have not seen. Reported beside ITEMS, not held to the targets.
HELD_OUT: list[dict] = _DATA["held_out"]
# A second held-out set in the registers the first lacks (district and commune People's
# Committees, provincial departments, Party committees and cells), written before any rule was
# changed for them; the scores before the change are kept in the report that introduced them.
HELD_OUT_2: list[dict] = _DATA["held_out_2"]
# Written after the rules were changed for HELD_OUT_2 and frozen again: never tuned against.
HELD_OUT_3: list[dict] = _DATA["held_out_3"]
# The Party-committee register (Đảng đoàn, Ban cán sự đảng, mass organisations, collectives as
# leads, object phrases with "của"), with an unseen conference text; written before any rule was
# changed for it, scores before and after kept in the report that introduced it.
HELD_OUT_4: list[dict] = _DATA["held_out_4"]
# Mixed registers (departments, People's Committees at every level, Party cells of villages and
# wards, industrial-zone boards, bloc Party committees, the press, state firms, schools); written
# before the rules were changed for the unseen3 text and the held-3 misses, scores before and
# after kept in the report that introduced it.
HELD_OUT_5: list[dict] = _DATA["held_out_5"]
# A development group (tuned against, not held out) for the units, titles, collectives and spoken
# dates that held-5 showed missing; "w" gives a hand-written Whisper form with spoken numbers.
HELD_OUT_6_DEV: list[dict] = _DATA.get("held_out_6_dev", [])
# A development group for deadlines: tails of long task sentences, month/quarter with a year,
# labelled deadlines ("thời hạn:", "thời gian thực hiện:"), working days before the verb.
HELD_OUT_7_DEV: list[dict] = _DATA.get("held_out_7_dev", [])


_SPOKEN_ABBR = [
    (re.compile(r"\bTT&TT\b", re.I), "thông tin và truyền thông"),
    (re.compile(r"\bUBND\b", re.I), "ủy ban nhân dân"),
    (re.compile(r"\bHĐND\b", re.I), "hội đồng nhân dân"),
    (re.compile(r"\bMTTQ\b", re.I), "mặt trận tổ quốc"),
    (re.compile(r"\bKH&ĐT\b", re.I), "kế hoạch và đầu tư"),
]
_DMY = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b")


def whisper_form(text: str, spoken: bool = False) -> str:
    """What Whisper would write: lower case, no punctuation; `spoken` also says abbreviations
    and dates in words ("UBND" → "ủy ban nhân dân", "30/6/2025" → "30 tháng 6 năm 2025")."""
    if spoken:
        for pattern, words in _SPOKEN_ABBR:
            text = pattern.sub(words, text)
        text = _DMY.sub(lambda m: f"{m[1]} tháng {m[2]}" + (f" năm {m[3]}" if m[3] else ""), text)
    text = text.lower()
    text = re.sub(r"[.,;:!?\"“”()…–]|(?<!\w)-(?!\w)|\s-\s", " ", text)
    return " ".join(text.split())


@dataclass
class Report:
    name: str
    counts: dict = field(default_factory=dict)
    lead_right: int = 0
    lead_total: int = 0
    deadline_right: int = 0
    deadline_total: int = 0
    coord_right: int = 0
    coord_total: int = 0
    misses: list[str] = field(default_factory=list)

    def precision(self, kind: str) -> float:
        tp, fp = self.counts.get((kind, "tp"), 0), self.counts.get((kind, "fp"), 0)
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, kind: str) -> float:
        tp, fn = self.counts.get((kind, "tp"), 0), self.counts.get((kind, "fn"), 0)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def lead_accuracy(self) -> float:
        return self.lead_right / self.lead_total if self.lead_total else 1.0

    @property
    def deadline_accuracy(self) -> float:
        return self.deadline_right / self.deadline_total if self.deadline_total else 1.0

    @property
    def coord_accuracy(self) -> float:
        return self.coord_right / self.coord_total if self.coord_total else 1.0


def forms() -> dict[str, list[tuple[dict, str]]]:
    """The set read three ways: as written, Whisper-like, and the hand-written Whisper items."""
    written = [(item, item["t"]) for item in ITEMS]
    whisper = [
        (item, item.get("w") or whisper_form(item["t"], spoken=i % 2 == 1))
        for i, item in enumerate(ITEMS)
    ]
    return {"written": written, "whisper-like": whisper}


def _predicted(text: str, item: dict):
    day = dt.date.fromisoformat(item.get("date", DEFAULT_DATE))
    found = suggest_text(text, meeting_date=day, units=DIRECTORY, context=item.get("ctx", ""))
    tasks = [s for s in found if s.kind == "task"]
    if tasks:
        return "task", tasks[0]
    if any(s.kind == "conclusion" for s in found):
        return "conclusion", None
    return "neither", None


def evaluate(name: str, pairs: list[tuple[dict, str]]) -> Report:
    report = Report(name)
    for item, text in pairs:
        gold = item["k"]
        kind, task = _predicted(text, item)
        for k in ("task", "conclusion"):
            if kind == k and gold == k:
                report.counts[(k, "tp")] = report.counts.get((k, "tp"), 0) + 1
            elif kind == k:
                report.counts[(k, "fp")] = report.counts.get((k, "fp"), 0) + 1
            elif gold == k:
                report.counts[(k, "fn")] = report.counts.get((k, "fn"), 0) + 1
        if kind != gold:
            report.misses.append(f"[{gold}→{kind}] {text}")
        if gold == "task" and task is not None:
            report.lead_total += 1
            if same_unit(task.lead_unit, item.get("lead")):
                report.lead_right += 1
            else:
                report.misses.append(f"[lead {item.get('lead')!r} got {task.lead_unit!r}] {text}")
            if item.get("coord"):
                report.coord_total += 1
                got, want = task.coordinating_units, item["coord"]
                if len(got) == len(want) and all(any(same_unit(g, w) for g in got) for w in want):
                    report.coord_right += 1
                else:
                    report.misses.append(f"[coord {want} got {got}] {text}")
            if item.get("dl"):
                report.deadline_total += 1
                got = "ongoing" if task.ongoing else task.deadline
                if got == item["dl"]:
                    report.deadline_right += 1
                else:
                    report.misses.append(f"[deadline {item['dl']} got {got}] {text}")
    return report


def table(reports: list[Report]) -> str:
    rows = [
        ("task precision", lambda r: r.precision("task"), 0.85),
        ("task recall", lambda r: r.recall("task"), 0.85),
        ("conclusion precision", lambda r: r.precision("conclusion"), 0.75),
        ("conclusion recall", lambda r: r.recall("conclusion"), 0.75),
        ("lead unit right (found tasks)", lambda r: r.lead_accuracy, 0.80),
        ("deadline right (tasks with one)", lambda r: r.deadline_accuracy, 0.90),
        ("coordinating units right", lambda r: r.coord_accuracy, None),
    ]
    head = f"{'measure':34}" + "".join(f"{r.name:>15}" for r in reports) + f"{'target':>9}"
    lines = [head, "-" * len(head)]
    for label, fn, target in rows:
        cells = "".join(f"{fn(r):>15.2f}" for r in reports)
        lines.append(f"{label:34}{cells}{(f'≥ {target:.2f}' if target else '—'):>9}")
    return "\n".join(lines)


def held_out_forms() -> dict[str, list[tuple[dict, str]]]:
    out: dict[str, list[tuple[dict, str]]] = {}
    groups = (
        ("held-out", HELD_OUT),
        ("held-out-2", HELD_OUT_2),
        ("held-3", HELD_OUT_3),
        ("held-4", HELD_OUT_4),
        ("held-5", HELD_OUT_5),
        ("held-6-dev", HELD_OUT_6_DEV),
        ("held-7-dev", HELD_OUT_7_DEV),
    )
    for name, items in groups:
        out[name] = [(item, item["t"]) for item in items]
        out[f"{name} wsp"] = [
            (item, item.get("w") or whisper_form(item["t"], spoken=i % 2 == 1))
            for i, item in enumerate(items)
        ]
    return out


# A chair's conclusion as Whisper writes it: one run, lower case, no marks, fillers, speakers'
# habits ("các đồng chí phòng …", "xin lưu ý …"). Each piece with the lead unit of its task
# (None: not a task). Written before the rules were changed for the district register.
WHISPER_PARAGRAPH: list[tuple[str, str | None]] = [
    ("xin thay mặt ban thường vụ huyện ủy tôi kết luận như sau", None),
    ("à thứ nhất thì cơ bản thống nhất với báo cáo của ban tổ chức huyện ủy", None),
    ("ờ đánh giá cao các xã đã hoàn thành sớm đại hội chi bộ", None),
    (
        "thì giao ban tổ chức huyện ủy chủ trì phối hợp với ủy ban kiểm tra huyện ủy rà soát quy "
        "hoạch cán bộ báo cáo trước ngày 30 tháng 8",
        "Ban Tổ chức Huyện ủy",
    ),
    (
        "các đồng chí phòng nội vụ thì khẩn trương tham mưu đề án sắp xếp đơn vị hành chính cấp "
        "xã trong tháng 9 ạ",
        "Phòng Nội vụ",
    ),
    (
        "ủy ban mặt trận tổ quốc huyện phối hợp với các đoàn thể vận động nhân dân ủng hộ đồng "
        "bào bị lũ lụt",
        "Ủy ban Mặt trận Tổ quốc huyện",
    ),
    ("à trong 9 tháng thì huyện đã giải ngân được 70 phần trăm vốn đầu tư công", None),
    (
        "yêu cầu ban quản lý dự án đầu tư xây dựng huyện đẩy nhanh tiến độ các công trình trọng "
        "điểm hoàn thành trong quý 4",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
    ),
    ("đại diện xã tân lập có đề nghị huyện hỗ trợ kinh phí làm đường thì huyện sẽ xem xét", None),
    (
        "phòng tài chính kế hoạch chủ trì cân đối nguồn vốn ờ trình ủy ban nhân dân huyện trước "
        "ngày 15 tháng 9",
        "Phòng Tài chính - Kế hoạch",
    ),
    (
        "công an huyện tăng cường tuần tra kiểm soát bảo đảm an ninh trật tự thực hiện thường "
        "xuyên",
        "Công an huyện",
    ),
    (
        "xin lưu ý trung tâm y tế huyện chủ động phòng chống dịch sốt xuất huyết",
        "Trung tâm Y tế huyện",
    ),
    (
        "đề nghị đảng ủy các xã thị trấn lãnh đạo tổ chức tốt lễ kỷ niệm ngày thành lập đảng bộ",
        "Đảng ủy các xã, thị trấn",
    ),
    (
        "phòng giáo dục và đào tạo huyện ờ rà soát đội ngũ giáo viên báo cáo ủy ban nhân dân "
        "huyện trong tháng 8",
        "Phòng Giáo dục và Đào tạo huyện",
    ),
    (
        "văn phòng hđnd và ubnd huyện theo dõi đôn đốc các đơn vị thực hiện kết luận này báo cáo "
        "trong 15 ngày",
        "Văn phòng HĐND và UBND huyện",
    ),
    ("ờ chưa thống nhất việc điều chỉnh quy hoạch khu dân cư mới các đồng chí ạ", None),
    ("xin cảm ơn các đồng chí", None),
]


def paragraph_report() -> tuple[int, int, list[str]]:
    """(tasks found with the right lead, tasks expected, notes) for WHISPER_PARAGRAPH read as
    one run; a task found with no expected match is noted as a false one."""
    text = " ".join(piece for piece, _ in WHISPER_PARAGRAPH)
    found = [
        s
        for s in suggest_text(text, meeting_date=dt.date.fromisoformat(DEFAULT_DATE))
        if s.kind == "task"
    ]
    want = [lead for _, lead in WHISPER_PARAGRAPH if lead]
    left = list(found)
    right, notes = 0, []
    for lead in want:
        hit = next((s for s in left if same_unit(s.lead_unit, lead)), None)
        if hit is None:
            notes.append(f"missed: {lead}")
        else:
            left.remove(hit)
            right += 1
    notes += [f"extra task: {s.lead_unit!r} {s.text}" for s in left]
    return right, len(want), notes
