"""Meetings, their attendees, and the directory of units."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from ..errors import NotFoundError, UserError
from ..models import Attendee, Meeting, Unit
from ..text import fold, nfc
from .database import fetch_row, now_iso
from .search import search

MEETING_FIELDS = (
    "title", "date", "start_time", "end_time", "place", "chair", "secretary", "organisation",
    "document_number", "agenda", "summary", "language", "state",
    # m003: the meeting's own document details (blank: the organisation's settings)
    "issuing_body", "issuing_symbol", "signer_authority", "signer_title", "signer_name",
    "notice_date", "minutes_number", "secrecy", "transcript_checked",
)  # fmt: skip


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    return {k: nfc(v).strip() if isinstance(v, str) else v for k, v in values.items()}


class MeetingRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, title: str, **fields: Any) -> Meeting:
        unknown = set(fields) - set(MEETING_FIELDS)
        if unknown:
            raise TypeError(f"unknown meeting fields: {sorted(unknown)}")
        values = _clean({"title": title, **fields})
        if not values["title"]:
            raise UserError("Cuộc họp cần có tên.", "A meeting needs a title.")
        _check_length(values["title"], MAX_TITLE, "tên cuộc họp", "a meeting title")
        stamp = now_iso()
        values.update(created_at=stamp, updated_at=stamp)
        row_id = self.db["meetings"].insert(values).last_pk
        return self.get(row_id)

    def get(self, meeting_id: int) -> Meeting:
        return Meeting.from_row(fetch_row(self.db, "meetings", meeting_id))

    def list(self) -> list[Meeting]:
        """Newest first: by meeting date, then by when it was entered."""
        sql = (
            "SELECT * FROM meetings"
            " ORDER BY coalesce(date, substr(created_at, 1, 10)) DESC, id DESC"
        )
        return [Meeting.from_row(r) for r in self.db.query(sql)]

    def overview(self) -> list[dict[str, Any]]:
        """One row per meeting for a list: the meeting's fields plus `duration` (seconds of
        audio), `segments`, `conclusions`, `tasks` counts and `display_state`, newest first."""
        sql = """
            SELECT m.*,
              (SELECT coalesce(sum(duration), 0) FROM audio_files a WHERE a.meeting_id = m.id)
                AS duration,
              (SELECT count(*) FROM segments s WHERE s.meeting_id = m.id) AS segments,
              (SELECT count(*) FROM conclusions c WHERE c.meeting_id = m.id) AS conclusions,
              (SELECT count(*) FROM tasks t WHERE t.meeting_id = m.id) AS tasks
            FROM meetings m
            ORDER BY coalesce(m.date, substr(m.created_at, 1, 10)) DESC, m.id DESC
        """
        rows = []
        for row in self.db.query(sql):
            state = row["state"]
            if state in ("new", "audio", "transcribed") and (row["conclusions"] or row["tasks"]):
                state = "concluded"  # "with conclusions" matters more to the clerk than audio
            rows.append({**row, "display_state": state})
        return rows

    def matching(self, text: str) -> list[int]:
        """Ids of meetings whose details, speakers, or transcript, conclusions or tasks contain
        every word of `text`, accents and case ignored ("hoi nghi dang uy" finds "Hội nghị Đảng
        ủy")."""
        words = fold(text).split()
        if not words:
            return [m["id"] for m in self.overview()]
        found: set[int] = set()
        # Who spoke counts as a detail: "nguyen van phong" finds the meetings he spoke in.
        speakers = dict(
            self.db.execute(
                "SELECT meeting_id, group_concat(DISTINCT speaker) FROM segments"
                " WHERE speaker IS NOT NULL GROUP BY meeting_id"
            ).fetchall()
        )
        for row in self.db.query(
            "SELECT id, title, place, chair, secretary, organisation, document_number, date"
            " FROM meetings"
        ):
            values = [*row.values(), speakers.get(row["id"])]
            haystack = fold(" ".join(str(v) for v in values if v is not None))
            if all(w in haystack for w in words):
                found.add(row["id"])
        found.update(hit.meeting_id for hit in search(self.db, text, prefix=True, limit=10_000))
        return [m["id"] for m in self.overview() if m["id"] in found]

    def update(self, meeting_id: int, **fields: Any) -> Meeting:
        unknown = set(fields) - set(MEETING_FIELDS)
        if unknown:
            raise TypeError(f"unknown meeting fields: {sorted(unknown)}")
        self.get(meeting_id)
        values = _clean(fields)
        if "title" in values and not values["title"]:
            raise UserError("Cuộc họp cần có tên.", "A meeting needs a title.")
        values["updated_at"] = now_iso()
        self.db["meetings"].update(meeting_id, values)
        return self.get(meeting_id)

    def set_state(self, meeting_id: int, state: str) -> None:
        self.db.execute(
            "UPDATE meetings SET state = ?, updated_at = ? WHERE id = ?",
            [state, now_iso(), meeting_id],
        )

    def delete(self, meeting_id: int) -> list[str]:
        """Delete a meeting with everything it holds: attendees, recordings' rows, segments and
        their search index, conclusions, tasks, decisions, and the audit log's copies of their
        text. Returns the stored paths of its recordings (the caller removes the files once
        this is committed)."""
        self.get(meeting_id)
        with self.db.atomic():
            paths = [
                r["stored_path"]
                for r in self.db.query(
                    "SELECT stored_path FROM audio_files WHERE meeting_id = ?", [meeting_id]
                )
            ]
            self.db.execute("DELETE FROM audit_log WHERE meeting_id = ?", [meeting_id])
            for entity, table in (("conclusion", "conclusions"), ("task", "tasks")):
                self.db.execute(
                    f"DELETE FROM edit_drafts WHERE entity = ? AND entity_id IN"
                    f" (SELECT id FROM {table} WHERE meeting_id = ?)",
                    [entity, meeting_id],
                )
            self.db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])
        return paths

    def count(self) -> int:
        return self.db["meetings"].count

    # Attendees -----------------------------------------------------------------------------

    def add_attendee(
        self,
        meeting_id: int,
        name: str,
        title: str | None = None,
        unit_id: int | None = None,
        present: bool = True,
        note: str | None = None,
    ) -> Attendee:
        self.get(meeting_id)
        position = self.db.execute(
            "SELECT coalesce(max(position), -1) + 1 FROM attendees WHERE meeting_id = ?",
            [meeting_id],
        ).fetchone()[0]
        values = _clean(
            {"meeting_id": meeting_id, "name": name, "title": title, "unit_id": unit_id,
             "present": int(present), "note": note, "position": position}
        )  # fmt: skip
        row_id = self.db["attendees"].insert(values).last_pk
        return Attendee.from_row(self.db["attendees"].get(row_id))

    def replace_attendees(self, meeting_id: int, attendees: list[dict[str, Any]]) -> list[Attendee]:
        """Set a meeting's attendee list in one go (as an edit dialog saves it). Each dict has
        name, and optionally title, unit_id, present, note; rows without a name are skipped."""
        self.get(meeting_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM attendees WHERE meeting_id = ?", [meeting_id])
            for position, person in enumerate(a for a in attendees if nfc(a.get("name")).strip()):
                values = _clean(
                    {"meeting_id": meeting_id, "position": position, "name": person["name"],
                     "title": person.get("title"), "unit_id": person.get("unit_id"),
                     "present": int(person.get("present", True)), "note": person.get("note")}
                )  # fmt: skip
                self.db["attendees"].insert(values)
        return self.attendees(meeting_id)

    def attendees(self, meeting_id: int) -> list[Attendee]:
        rows = self.db.query(
            "SELECT * FROM attendees WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        )
        out = []
        for row in rows:
            attendee = Attendee.from_row(row)
            attendee.present = bool(attendee.present)
            out.append(attendee)
        return out


MAX_NAME = 300  # a unit's or a person's name: the longest real ones are under 150 characters
MAX_TITLE = 1000


def _check_length(text: str, most: int, what_vi: str, what_en: str) -> None:
    if len(text) > most:
        raise UserError(
            "{what_vi} quá dài ({n} ký tự; tối đa {most}).",
            "{what_en} is too long ({n} characters; at most {most}).",
            what_vi=what_vi[0].upper() + what_vi[1:], what_en=what_en[0].upper() + what_en[1:],
            n=len(text), most=most,
        )  # fmt: skip


class _Keep:
    """The type of `KEEP`: "leave this field as it is" where None means "clear it"."""


KEEP = _Keep()


class UnitRepo:
    """The directory of units (Sở, Phòng, Ban …) that tasks are assigned to."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def find(self, typed: str) -> Unit | None:
        """The directory's unit for what a clerk typed: its name in any case ("SỞ NỘI VỤ"), then
        without accents ("so noi vu"), then its abbreviation ("VPTU") when only one unit has it."""
        typed = nfc(typed).strip()
        if not typed:
            return None
        units = self.list()
        # SQLite's lower() folds ASCII only, so names are compared here, in Python.
        for same in (lambda u: u.name.casefold() == typed.casefold(),
                     lambda u: fold(u.name) == fold(typed)):  # fmt: skip
            found = [u for u in units if same(u)]
            if found:
                return found[0]
        by_abbreviation = [
            u for u in units if u.abbreviation and fold(u.abbreviation) == fold(typed)
        ]
        return by_abbreviation[0] if len(by_abbreviation) == 1 else None

    def ensure(self, name: str, abbreviation: str | None = None) -> Unit:
        """The unit this name means (see `find`), created if new."""
        name = nfc(name).strip()
        if not name:
            raise UserError("Tên đơn vị không được để trống.", "A unit needs a name.")
        _check_length(name, MAX_NAME, "tên đơn vị", "a unit name")
        existing = self.find(name)
        if existing is not None:
            return existing
        row_id = (
            self.db["units"]
            .insert(
                {"name": name, "abbreviation": nfc(abbreviation) or None, "created_at": now_iso()}
            )
            .last_pk
        )
        return Unit.from_row(self.db["units"].get(row_id))

    def list(self) -> list[Unit]:
        return [Unit.from_row(r) for r in self.db.query("SELECT * FROM units ORDER BY name")]

    def get(self, unit_id: int) -> Unit:
        rows = list(self.db.query("SELECT * FROM units WHERE id = ?", [unit_id]))
        if not rows:
            raise NotFoundError(
                "Không có đơn vị số {id} trong danh mục.",
                "There is no unit number {id} in the directory.",
                id=unit_id,
            )
        return Unit.from_row(rows[0])

    def update(
        self,
        unit_id: int,
        *,
        name: str | None = None,
        abbreviation: str | None | _Keep = KEEP,
        parent_id: int | None | _Keep = KEEP,
    ) -> Unit:
        """Rename a unit, set its abbreviation ("" or None clears it) or its parent unit (None:
        none). Tasks keep pointing at the same unit, so a rename shows everywhere at once.

        A name must stay unique, accents and case ignored (as `find` matches it), and a unit
        cannot sit under itself, directly or through its parents."""
        unit = self.get(unit_id)
        values: dict[str, Any] = {}
        if name is not None:
            name = nfc(name).strip()
            if not name:
                raise UserError("Tên đơn vị không được để trống.", "A unit needs a name.")
            same = [u for u in self.list() if u.id != unit_id and fold(u.name) == fold(name)]
            if same:
                raise UserError(
                    "Danh mục đã có đơn vị “{name}”.",
                    "The directory already has a unit “{name}”.",
                    name=same[0].name,
                )
            values["name"] = name
        if not isinstance(abbreviation, _Keep):
            values["abbreviation"] = nfc(abbreviation).strip() or None
        if not isinstance(parent_id, _Keep):
            if parent_id is not None:
                self._check_parent(unit, parent_id)
            values["parent_id"] = parent_id
        if values:
            with self.db.atomic():
                self.db["units"].update(unit_id, values)
        return self.get(unit_id)

    def _check_parent(self, unit: Unit, parent_id: int) -> None:
        parents = {u.id: u.parent_id for u in self.list()}
        if parent_id not in parents:
            self.get(parent_id)  # raises: no such unit
        seen: set[int] = set()
        current: int | None = parent_id
        while current is not None and current not in seen:
            if current == unit.id:
                raise UserError(
                    "Đơn vị “{name}” không thể là cấp trên của chính nó.",
                    "The unit “{name}” cannot be placed under itself.",
                    name=unit.name,
                )
            seen.add(current)
            current = parents.get(current)

    def usage(self, unit_id: int) -> int:
        """How many tasks this unit leads or coordinates (each task counted once)."""
        return self.usage_counts().get(unit_id, 0)

    def usage_counts(self) -> dict[int, int]:
        """For every unit used by a task: how many tasks it leads or coordinates."""
        sql = """
            SELECT unit_id, count(DISTINCT task_id) AS n FROM (
                SELECT lead_unit_id AS unit_id, id AS task_id FROM tasks
                WHERE lead_unit_id IS NOT NULL
                UNION ALL
                SELECT unit_id, task_id FROM task_coordinators
            ) GROUP BY unit_id
        """
        return {r["unit_id"]: r["n"] for r in self.db.query(sql)}

    def delete(self, unit_id: int) -> None:
        """Remove a unit from the directory. Refused while a task names it, as lead or as
        coordinating unit: the follow-up record would silently lose who was responsible.
        Units under it move to the top level; attendees keep their names."""
        with self.db.atomic():  # nothing may start using it between the check and the delete
            self._delete(unit_id)

    def _delete(self, unit_id: int) -> None:
        unit = self.get(unit_id)
        lead = self.db.execute(
            "SELECT count(*) FROM tasks WHERE lead_unit_id = ?", [unit_id]
        ).fetchone()[0]
        coordinating = self.db.execute(
            "SELECT count(*) FROM task_coordinators WHERE unit_id = ?", [unit_id]
        ).fetchone()[0]
        if lead:
            raise UserError(
                "Không xóa được đơn vị “{name}”: đơn vị đang chủ trì {n} nhiệm vụ. Hãy giao các"
                " nhiệm vụ đó cho đơn vị khác trước.",
                "The unit “{name}” cannot be deleted: it leads {n} task(s). Assign those tasks"
                " to another unit first.",
                name=unit.name,
                n=lead,
            )
        if coordinating:
            raise UserError(
                "Không xóa được đơn vị “{name}”: đơn vị đang phối hợp thực hiện {n} nhiệm vụ."
                " Hãy bỏ đơn vị khỏi các nhiệm vụ đó trước.",
                "The unit “{name}” cannot be deleted: it coordinates {n} task(s). Remove it"
                " from those tasks first.",
                name=unit.name,
                n=coordinating,
            )
        self.db.execute("DELETE FROM units WHERE id = ?", [unit_id])
