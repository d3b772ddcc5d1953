"""Review packages for officials: exporting meetings into a `.mahop`, and merging the reply.

The package carries what an official needs to read offline (see review/package.py); the
database remembers each package's random id, so a reply is merged only where its package was
made. A merge reads and checks the whole reply before it writes anything, then writes every
comment in one transaction: all of it or none.
"""

from __future__ import annotations

import datetime as dt
import getpass
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from .. import __version__
from ..audio.clip import CLIP_SUFFIX, cut_clip
from ..documents import export
from ..errors import AudioError, UserError
from ..followup.status import task_status
from ..review import Package, read_reply, write_package
from ..review.reply import VERDICTS, parse_ref
from ..settings import Settings
from ..store import Store
from ..store.database import schema_version
from ..text import nfc

# A little air around an item's span, so its first and last words are not clipped.
CLIP_PAD_S = 0.5
CLIP_MAX_S = 15 * 60  # a span longer than this is cut (a wrongly marked span is not a recording)


@dataclass
class ExportResult:
    path: Path
    package_id: str
    meetings: int
    conclusions: int
    tasks: int
    clips: int
    size_bytes: int


@dataclass
class MergeResult:
    merged: int
    already: int  # comments this database had from an earlier merge
    skipped: list[str] = field(default_factory=list)  # items deleted since the export


class ReviewService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.settings = Settings(store)

    # Export ------------------------------------------------------------------------------

    def meetings_for(
        self,
        meeting_ids: list[int] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
    ) -> list[int]:
        """The meetings named, or those held in the period (in date order)."""
        if meeting_ids:
            for meeting_id in meeting_ids:
                self.store.meetings.get(meeting_id)  # NotFoundError names a missing one
            return list(dict.fromkeys(meeting_ids))
        low = (date_from or dt.date.min).isoformat()
        high = (date_to or dt.date.max).isoformat()
        chosen = [m for m in self.store.meetings.list() if m.date and low <= m.date <= high]
        if not chosen:
            raise UserError(
                "Không có cuộc họp nào trong khoảng thời gian đã chọn.",
                "No meeting was held in the chosen period.",
            )
        return [m.id for m in sorted(chosen, key=lambda m: (m.date, m.id))]

    def export(
        self,
        out: Path | str,
        passphrase: str,
        *,
        meeting_ids: list[int] | None = None,
        date_from: dt.date | None = None,
        date_to: dt.date | None = None,
        with_audio: bool = False,
        today: dt.date | None = None,
        exported_by: str | None = None,
    ) -> ExportResult:
        check_passphrase(passphrase)
        today = today or dt.date.today()
        ids = self.meetings_for(meeting_ids, date_from, date_to)
        files: dict[str, bytes] = {}
        meetings = [self._meeting(i, today, with_audio, files) for i in ids]
        package_id = _new_id()
        org = self.settings.organisation()
        manifest = {
            "package_id": package_id,
            "exported_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            "exported_on": today.isoformat(),
            "exported_by": nfc(exported_by or _user()),
            "organisation": org.issuing_body or "",
            "superior_body": org.superior_body or "",
            "app_version": __version__,
            "schema_version": schema_version(),
            "with_audio": with_audio,
            "period": {
                "from": date_from.isoformat() if date_from else None,
                "to": date_to.isoformat() if date_to else None,
            },
            "counts": {
                "meetings": len(meetings),
                "conclusions": sum(len(m["conclusions"]) for m in meetings),
                "tasks": sum(len(m["tasks"]) for m in meetings),
                "clips": sum(1 for name in files if name.startswith("audio/")),
            },
        }
        package = Package(manifest, meetings, files)
        # The package is remembered only if its file was written (and the other way round).
        with self.store.atomic():
            self.store.reviews.add_package(package_id, ids, with_audio, Path(out).name)
            size = write_package(out, package, passphrase)
        counts = manifest["counts"]
        return ExportResult(
            Path(out), package_id, counts["meetings"], counts["conclusions"], counts["tasks"],
            counts["clips"], size,
        )  # fmt: skip

    def _meeting(self, meeting_id: int, today: dt.date, with_audio: bool, files: dict) -> dict:
        store = self.store
        meeting = store.meetings.get(meeting_id)
        units = {u.id: u.name for u in store.units.list()}
        audio = {a.id: a for a in store.audio.for_meeting(meeting_id)}
        soon = self.settings.due_soon_days

        def clip(kind: str, item) -> str | None:
            if not with_audio or item.audio_id not in audio or item.span_start is None:
                return None
            end = item.span_end if item.span_end is not None else item.span_start
            start = max(0.0, item.span_start - CLIP_PAD_S)
            end = min(end + CLIP_PAD_S, start + CLIP_MAX_S, audio[item.audio_id].duration)
            if end <= start:
                return None
            name = f"audio/{kind}-{item.id}{CLIP_SUFFIX}"
            try:
                files[name] = cut_clip(
                    store.media_file(audio[item.audio_id].stored_path), start, end
                )
            except (AudioError, OSError):
                return None  # a missing or unreadable recording: the item goes without sound
            return name

        conclusions, numbers = [], {}
        for number, c in enumerate(store.items.conclusions(meeting_id), start=1):
            numbers[c.id] = number
            conclusions.append({"id": c.id, "number": number, "text": c.text, "state": c.state,
                                "clip": clip("conclusion", c)})  # fmt: skip
        tasks = []
        for number, t in enumerate(store.items.tasks(meeting_id), start=1):
            tasks.append({
                "id": t.id, "number": number, "content": t.content,
                "lead_unit": units.get(t.lead_unit_id, ""),
                "coordinating_units": [units[u] for u in t.coordinating_unit_ids if u in units],
                "deadline": t.deadline, "ongoing": t.ongoing, "deadline_text": t.deadline_text,
                "is_key": t.is_key, "status": task_status(t, today, soon),
                "completed_on": t.completed_on, "cancelled_on": t.cancelled_on, "note": t.note,
                "conclusion_number": numbers.get(t.conclusion_id),
                "progress": [{"date": u.date, "note": u.note, "reporter": u.reporter}
                             for u in store.items.task_updates(t.id)],
                "clip": clip("task", t),
            })  # fmt: skip
        attendees = [
            {"name": a.name, "title": a.title, "unit": units.get(a.unit_id, ""),
             "present": bool(a.present), "note": a.note}
            for a in store.meetings.attendees(meeting_id)
        ]  # fmt: skip
        documents = {}
        for kind in ("notice", "minutes"):
            data = self._document(meeting_id, kind, today)
            if data is not None:
                documents[kind] = f"documents/meeting-{meeting_id}-{kind}.pdf"
                files[documents[kind]] = data
        return {
            "id": meeting.id, "title": meeting.title, "date": meeting.date,
            "start_time": meeting.start_time, "end_time": meeting.end_time,
            "place": meeting.place, "chair": meeting.chair, "secretary": meeting.secretary,
            "secrecy": meeting.secrecy or "", "attendees": attendees,
            "conclusions": conclusions, "tasks": tasks, "documents": documents,
        }  # fmt: skip

    def _document(self, meeting_id: int, kind: str, today: dt.date) -> bytes | None:
        """The document as the clerk would print it today; a draft while it has holes."""
        with tempfile.TemporaryDirectory(prefix="mahop-") as folder:
            out = Path(folder) / f"{kind}.pdf"
            for draft in (False, True):
                try:
                    export.export_meeting(
                        self.store, meeting_id, kind, "pdf", out, today=today,
                        allow_draft=draft, due_soon_days=self.settings.due_soon_days,
                    )  # fmt: skip
                    return out.read_bytes()
                except UserError:
                    continue
        return None

    # Merge -------------------------------------------------------------------------------

    def merge(self, path: Path | str, passphrase: str | None) -> MergeResult:
        reply = read_reply(path, passphrase)  # checked whole before anything is written
        package = self.store.reviews.package(reply.package_id)
        if package is None:
            raise UserError(
                "Tệp phản hồi này trả lời một gói xem xét không được xuất từ cơ sở dữ liệu này;"
                " không có gì được nhập.",
                "This reply answers a review package that was not exported from this database;"
                " nothing was imported.",
            )
        rows, already, skipped = [], 0, []
        for comment in reply.comments:
            row = _comment_row(comment, reply.package_id)
            if self.store.reviews.has_comment(row["uid"]) or row["uid"] in {r["uid"] for r in rows}:
                already += 1
                continue
            meeting_id = self._item_meeting(row["entity"], row["entity_id"])
            if meeting_id is None or meeting_id not in package["meeting_ids"]:
                skipped.append(comment["item"])
                continue
            rows.append({**row, "meeting_id": meeting_id})
        with self.store.atomic():
            for row in rows:
                self.store.reviews.add_comment(row)
        return MergeResult(len(rows), already, skipped)

    def _item_meeting(self, entity: str, entity_id: int) -> int | None:
        try:
            if entity == "conclusion":
                return self.store.items.conclusion(entity_id).meeting_id
            return self.store.items.task(entity_id).meeting_id
        except UserError:
            return None

    # Comments on the clerk's side --------------------------------------------------------

    def comments(self, entity: str, entity_id: int) -> list[dict]:
        return self.store.reviews.comments(entity, entity_id)

    def attention(self, meeting_id: int | None = None) -> set[tuple[str, int]]:
        """Items with officials' comments the clerk has not dealt with yet."""
        return self.store.reviews.attention(meeting_id)

    def resolve(self, entity: str, entity_id: int) -> int:
        with self.store.atomic():
            return self.store.reviews.resolve(entity, entity_id)


def check_passphrase(passphrase: str) -> None:
    if len(nfc(passphrase).strip()) < 8:
        raise UserError(
            "Mật khẩu cần ít nhất 8 ký tự (nên dùng một câu dài, dễ nhớ).",
            "The passphrase needs at least 8 characters (a long, memorable sentence is best).",
        )


def _comment_row(comment: dict, package_id: str) -> dict:
    """A reply's comment as a database row; a malformed one refuses the whole reply."""
    try:
        entity, entity_id = parse_ref(comment["item"])
        if comment["verdict"] not in VERDICTS:
            raise ValueError(comment["verdict"])
        row = {
            "uid": str(comment["uid"]), "package_id": package_id, "entity": entity,
            "entity_id": entity_id, "verdict": comment["verdict"],
            "text": nfc(str(comment.get("text") or "")), "reviewer": nfc(str(comment["reviewer"])),
            "commented_at": str(comment["at"]),
        }  # fmt: skip
    except (KeyError, TypeError, ValueError, UserError) as exc:
        raise UserError(
            "Tệp phản hồi có ý kiến không đúng định dạng; không có gì được nhập.",
            "The reply file holds a malformed comment; nothing was imported.",
        ) from exc
    return row


def _new_id() -> str:
    return uuid.uuid4().hex


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return ""
