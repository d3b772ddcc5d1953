"""The review package: manifest, meetings with their conclusions and tasks, documents, clips.

Inside (see container.py), format 1:

    manifest.json   {format_version, package_id, exported_at, exported_on, exported_by,
                     organisation, app_version, schema_version, with_audio, counts, period}
    meetings.json   [{id, title, date, place, chair, secretary, secrecy, attendees: [...],
                      conclusions: [{id, number, text, state, clip}],
                      tasks: [{id, number, content, lead_unit, coordinating_units, deadline,
                               ongoing, deadline_text, is_key, status, completed_on,
                               cancelled_on, conclusion_number, progress: [...], clip}],
                      documents: {notice: name, minutes: name}}]
    documents/…pdf  the conclusion notice and the minutes of each meeting
    audio/…ogg      what was said for each item (its span only), when exported with audio

Statuses are those of the export day (`exported_on`): the official reads what the clerk saw.
A later version adds fields and keeps these; it raises `format_version` only for a change an
older reader could not ignore.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..text import fold
from .container import check_version, dump_json, load_json, read_members, write_sealed

PACKAGE_KIND = "review-package"
PACKAGE_SUFFIX = ".mahop"
FORMAT_VERSION = 1


@dataclass
class PackageItem:
    """One conclusion or task as the review window and `package show` list it."""

    kind: str  # conclusion | task
    id: int
    number: int
    text: str
    meeting_id: int
    meeting_title: str
    lead_unit: str = ""
    coordinating_units: list[str] = field(default_factory=list)
    deadline: str | None = None
    deadline_text: str | None = None
    ongoing: bool = False
    status: str | None = None  # tasks only, on the export day
    clip: str | None = None  # member name of its audio, when exported with audio
    conclusion_number: int | None = None
    progress: list[dict] = field(default_factory=list)

    @property
    def ref(self) -> str:
        """How a reply names the item: "conclusion:12", "task:40"."""
        return f"{self.kind}:{self.id}"

    @property
    def search_text(self) -> str:
        return fold(" ".join([self.text, self.lead_unit, *self.coordinating_units]))

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "id": self.id, "ref": self.ref, "number": self.number,
            "text": self.text, "meeting_id": self.meeting_id, "lead_unit": self.lead_unit,
            "coordinating_units": self.coordinating_units, "deadline": self.deadline,
            "ongoing": self.ongoing, "status": self.status, "has_audio": self.clip is not None,
        }  # fmt: skip


@dataclass
class Package:
    manifest: dict
    meetings: list[dict]
    files: dict[str, bytes] = field(default_factory=dict)

    @property
    def package_id(self) -> str:
        return self.manifest["package_id"]

    def items(self) -> list[PackageItem]:
        result: list[PackageItem] = []
        for meeting in self.meetings:
            common = {"meeting_id": meeting["id"], "meeting_title": meeting["title"]}
            for c in meeting.get("conclusions", []):
                result.append(
                    PackageItem(
                        "conclusion", c["id"], c["number"], c["text"], clip=c.get("clip"), **common
                    )  # fmt: skip
                )
            for t in meeting.get("tasks", []):
                result.append(
                    PackageItem(
                        "task",
                        t["id"],
                        t["number"],
                        t["content"],
                        lead_unit=t.get("lead_unit") or "",
                        coordinating_units=t.get("coordinating_units") or [],
                        deadline=t.get("deadline"),
                        deadline_text=t.get("deadline_text"),
                        ongoing=bool(t.get("ongoing")),
                        status=t.get("status"),
                        clip=t.get("clip"),
                        conclusion_number=t.get("conclusion_number"),
                        progress=t.get("progress") or [],
                        **common,
                    )  # fmt: skip
                )
        return result

    def item(self, ref: str) -> PackageItem | None:
        return next((i for i in self.items() if i.ref == ref), None)

    def clip(self, item: PackageItem) -> bytes | None:
        return self.files.get(item.clip) if item.clip else None

    def document(self, meeting_id: int, kind: str) -> bytes | None:
        meeting = next((m for m in self.meetings if m["id"] == meeting_id), None)
        name = (meeting or {}).get("documents", {}).get(kind)
        return self.files.get(name) if name else None


def write_package(path: Path | str, package: Package, passphrase: str) -> int:
    """Seal the package into `path` (whole or not at all); its size in bytes."""
    members = {
        "manifest.json": dump_json({**package.manifest, "format_version": FORMAT_VERSION}),
        "meetings.json": dump_json(package.meetings),
        **package.files,
    }
    return write_sealed(path, members, PACKAGE_KIND, passphrase)


def read_package(path: Path | str, passphrase: str | None) -> Package:
    """The whole package, checked to its last byte first: a wrong passphrase, a damaged or
    cut-short file raise a UserError and nothing is returned."""
    members = read_members(path, PACKAGE_KIND, passphrase)
    manifest = load_json(members, "manifest.json")
    check_version(manifest, FORMAT_VERSION)
    meetings = load_json(members, "meetings.json")
    files = {k: v for k, v in members.items() if k not in ("manifest.json", "meetings.json")}
    return Package(manifest, meetings, files)
