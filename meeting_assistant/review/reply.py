"""The reply file: an official's comments on a package's items, sealed with its passphrase.

Inside: `reply.json` {format_version, package_id, comments: [{uid, item, verdict, text,
reviewer, at}]}. Each comment has a random `uid`, so the clerk's merge can tell a comment it
already has from a new one (merging the same reply twice changes nothing).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..text import nfc
from .container import check_version, dump_json, load_json, read_members, write_sealed

REPLY_KIND = "review-reply"
REPLY_SUFFIX = ".mahop-reply"
REPLY_FORMAT = 1
VERDICTS = ("agree", "revise", "other")
KINDS = ("conclusion", "task")
MAX_TEXT = 10_000


@dataclass
class Reply:
    package_id: str
    comments: list[dict] = field(default_factory=list)


def parse_ref(ref: str) -> tuple[str, int]:
    """("task", 40) from "task:40"; a UserError for anything else."""
    kind, _, number = str(ref).partition(":")
    if kind in KINDS and number.isdigit() and int(number) > 0:
        return kind, int(number)
    raise UserError(
        "Mục phải có dạng conclusion:SỐ hoặc task:SỐ (ví dụ task:12): {ref}",
        "An item is written conclusion:ID or task:ID (for example task:12): {ref}",
        ref=ref,
    )


def new_comment(item: str, verdict: str, text: str, reviewer: str, at: str | None = None) -> dict:
    parse_ref(item)
    if verdict not in VERDICTS:
        raise UserError(
            "Ý kiến phải là một trong: {choices}.",
            "The verdict must be one of: {choices}.",
            choices=", ".join(VERDICTS),
        )
    text, reviewer = nfc(text).strip(), nfc(reviewer).strip()
    if not reviewer:
        raise UserError("Hãy ghi tên người góp ý.", "Give the reviewer's name.")
    if verdict != "agree" and not text:
        raise UserError(
            "Hãy ghi nội dung đề nghị sửa hoặc ý kiến khác.",
            "Write what should be revised, or the other opinion.",
        )
    if len(text) > MAX_TEXT:
        raise UserError(
            "Ý kiến quá dài (tối đa {most} ký tự).",
            "The comment is too long (at most {most} characters).",
            most=MAX_TEXT,
        )
    stamp = at or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return {"uid": uuid.uuid4().hex, "item": item, "verdict": verdict, "text": text,
            "reviewer": reviewer, "at": stamp}  # fmt: skip


def write_reply(path: Path | str, reply: Reply, passphrase: str) -> int:
    body = {"format_version": REPLY_FORMAT, "package_id": reply.package_id,
            "comments": reply.comments}  # fmt: skip
    return write_sealed(path, {"reply.json": dump_json(body)}, REPLY_KIND, passphrase)


def read_reply(path: Path | str, passphrase: str | None) -> Reply:
    body = load_json(read_members(path, REPLY_KIND, passphrase), "reply.json")
    check_version(body, REPLY_FORMAT)
    comments = body.get("comments")
    if not isinstance(body.get("package_id"), str) or not isinstance(comments, list):
        raise UserError(
            "Tệp phản hồi không đúng định dạng; không có gì được nhập.",
            "The reply file is not in the expected format; nothing was imported.",
        )
    return Reply(body["package_id"], comments)


def add_comment(path: Path | str, package_id: str, comment: dict, passphrase: str) -> Reply:
    """Append `comment` to the reply at `path` (created when missing); a reply made for
    another package is refused, and left as it is."""
    path = Path(path)
    reply = read_reply(path, passphrase) if path.exists() else Reply(package_id)
    if reply.package_id != package_id:
        raise UserError(
            "Tệp phản hồi {path} thuộc một gói xem xét khác; hãy chọn tên tệp khác.",
            "The reply file {path} belongs to another review package; choose another name.",
            path=str(path),
        )
    reply.comments.append(comment)
    write_reply(path, reply, passphrase)
    return reply


def save_comments(
    path: Path | str, package_id: str, comments: list[dict], passphrase: str
) -> Reply:
    """Write `comments` into the reply at `path`: added to what it holds when it answers the same
    package (a comment already there, by uid, is not written twice), a new reply otherwise."""
    path = Path(path)
    reply = Reply(package_id)
    if path.exists():
        try:
            reply = read_reply(path, passphrase)
        except UserError:
            reply = Reply(package_id)  # not a reply of ours (or another passphrase): replaced
        if reply.package_id != package_id:
            reply = Reply(package_id)
    known = {c.get("uid") for c in reply.comments}
    reply.comments += [c for c in comments if c["uid"] not in known]
    write_reply(path, reply, passphrase)
    return reply
