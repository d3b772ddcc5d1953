"""The history of a conclusion or task, from the audit log: created, edited, status changes,
progress reported, officials' comments — each with its date and who.

The database belongs to one clerk, so an edit's "who" is the clerk; a progress report names its
reporter when one was given, a comment its reviewer.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from ..i18n import pick
from ..labels import verdict_label
from ..store import Store
from ..text import format_date

# The fields a person reads in a history line, and their names (vi, en).
_FIELDS = {
    "text": ("nội dung", "text"), "content": ("nội dung", "content"),
    "lead_unit_id": ("đơn vị chủ trì", "lead unit"), "deadline": ("thời hạn", "deadline"),
    "ongoing": ("thường xuyên", "ongoing"), "deadline_text": ("thời hạn (lời)", "deadline words"),
    "is_key": ("trọng tâm", "key task"), "note": ("ghi chú", "note"),
    "state": ("trạng thái", "state"), "position": ("thứ tự", "order"),
    "conclusion_id": ("thuộc kết luận", "conclusion"),
    "coordinating_unit_ids": ("đơn vị phối hợp", "coordinating units"),
    "span_start": ("đoạn ghi âm", "audio span"), "span_end": ("đoạn ghi âm", "audio span"),
}  # fmt: skip


@dataclass
class HistoryEntry:
    at: str  # ISO timestamp (UTC)
    action: str  # create | update | status | progress | comment | delete
    who: str
    summary: str
    changes: dict

    def to_dict(self) -> dict:
        return asdict(self)


class HistoryService:
    def __init__(self, store: Store) -> None:
        self.store = store

    def history(self, entity: str, entity_id: int) -> list[HistoryEntry]:
        rows = self.store.reviews.history(entity, entity_id)
        if not rows:
            # Names what is missing (NotFoundError) when the item never existed.
            if entity == "conclusion":
                self.store.items.conclusion(entity_id)
            else:
                self.store.items.task(entity_id)
        units = {u.id: u.name for u in self.store.units.list()}
        return [_entry(r, units) for r in rows]


def _clerk() -> str:
    return pick("thư ký", "clerk")


def _value(key: str, value, units: dict[int, str]) -> str:
    if value in (None, ""):
        return "—"
    if key == "lead_unit_id":
        return units.get(value, str(value))
    if key == "coordinating_unit_ids":
        return ", ".join(units.get(u, str(u)) for u in value) or "—"
    if key in ("deadline",):
        return format_date(value)
    if isinstance(value, bool) or key in ("ongoing", "is_key"):
        return pick("có", "yes") if value else pick("không", "no")
    return str(value)


def _entry(row: dict, units: dict[int, str]) -> HistoryEntry:
    action, changes = row["action"], row["changes"]
    who = _clerk()
    if action == "create":
        summary = pick("Tạo mới", "Created")
    elif action == "delete":
        summary = pick("Xóa", "Deleted")
    elif action == "progress":
        who = changes.get("reporter") or who
        summary = pick("Báo cáo tiến độ ({day}): {note}", "Progress ({day}): {note}",
                       day=format_date(changes.get("date")),
                       note=changes.get("note", ""))  # fmt: skip
    elif action == "comment":
        who = changes.get("reviewer") or who
        summary = pick("Ý kiến xem xét — {verdict}: {text}", "Review comment — {verdict}: {text}",
                       verdict=verdict_label(changes.get("verdict", "")),
                       text=changes.get("text") or "")  # fmt: skip
    elif {"completed_on", "cancelled_on"} & set(changes):
        action = "status"
        done = changes.get("completed_on", [None, None])[1]
        cancelled = changes.get("cancelled_on", [None, None])[1]
        if done:
            summary = pick(
                "Đánh dấu hoàn thành ngày {d}", "Marked done on {d}", d=format_date(done)
            )
        elif cancelled:
            summary = pick("Hủy ngày {d}", "Cancelled on {d}", d=format_date(cancelled))
        else:
            summary = pick("Mở lại (chưa hoàn thành)", "Reopened (not done)")
    else:
        parts = []
        for key, pair in changes.items():
            if key not in _FIELDS or not isinstance(pair, list) or len(pair) != 2:
                continue
            name = pick(*_FIELDS[key])
            if key in ("text", "content", "note"):
                parts.append(pick("sửa {name}: “{new}”", "{name} edited: “{new}”", name=name,
                                  new=_value(key, pair[1], units)))  # fmt: skip
            else:
                old, new = _value(key, pair[0], units), _value(key, pair[1], units)
                parts.append(f"{name}: {old} → {new}")
        summary = "; ".join(dict.fromkeys(parts)) or pick("Sửa", "Edited")
        summary = summary[:1].upper() + summary[1:]
    return HistoryEntry(row["at"], action, who, summary, changes)
