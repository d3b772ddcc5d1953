"""Commands for officials' review packages, the audit log, and backups.

`package show`, `package comment` and `restore` run without opening the database: an official
has none, and a restore must not hold the file it replaces."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from ..errors import UserError
from ..i18n import pick
from ..labels import kind_label, status_label
from ..review import read_package
from ..review.reply import add_comment, new_comment
from ..sealed import needs_passphrase
from ..services import Services
from ..services.backup import restore
from ..text import format_date, nfc
from .output import print_json, tell

MAX_PASSPHRASE_FILE = 64 * 1024


def read_passphrase(args, *, required: bool, confirm: bool = False) -> str | None:
    """The passphrase from --passphrase-file (- is standard input), or asked for at a terminal;
    never from the command line itself."""
    source = getattr(args, "passphrase_file", None)
    if source is not None:
        try:
            if source == "-":
                text = sys.stdin.read(MAX_PASSPHRASE_FILE)
            else:
                with open(source, encoding="utf-8") as handle:
                    text = handle.read(MAX_PASSPHRASE_FILE)
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(
                "Không đọc được tệp mật khẩu {path}.", "Cannot read the passphrase file {path}.",
                path=str(source),
            ) from exc  # fmt: skip
        # Only the line ending an editor or `echo` adds is not part of it.
        text = text.splitlines()[0] if text.strip() else ""
        if not text:
            raise UserError("Tệp mật khẩu rỗng.", "The passphrase file is empty.")
        return nfc(text)
    if not required:
        return None
    if not sys.stdin.isatty():
        raise UserError(
            "Cần mật khẩu: dùng --passphrase-file TỆP (hoặc - để đọc từ đầu vào chuẩn).",
            "A passphrase is needed: use --passphrase-file FILE (or - for standard input).",
        )
    text = getpass.getpass(pick("Mật khẩu: ", "Passphrase: "))
    if confirm and getpass.getpass(pick("Nhập lại mật khẩu: ", "Repeat it: ")) != text:
        raise UserError("Hai lần nhập mật khẩu không khớp.", "The two passphrases differ.")
    return nfc(text)


def _file_passphrase(args, path: str) -> str | None:
    return read_passphrase(args, required=needs_passphrase(path))


# Packages ------------------------------------------------------------------------------------


def cmd_package_export(services: Services, args) -> int:
    if not args.meeting and not (args.date_from or args.date_to):
        raise UserError(
            "Chọn cuộc họp (--meeting ID) hoặc khoảng thời gian (--from, --to).",
            "Choose meetings (--meeting ID) or a period (--from, --to).",
        )
    passphrase = read_passphrase(args, required=True, confirm=True)
    result = services.review.export(
        Path(args.out), passphrase, meeting_ids=args.meeting, with_audio=args.with_audio,
        date_from=_day(args.date_from), date_to=_day(args.date_to),
    )  # fmt: skip
    print(
        pick(
            "{m} cuộc họp, {c} kết luận, {t} nhiệm vụ",
            "{m} meetings, {c} conclusions, {t} tasks",
            m=result.meetings,
            c=result.conclusions,
            t=result.tasks,
        )  # fmt: skip
    )
    tell(pick("Đã ghi {path} ({kb} KB)", "Wrote {path} ({kb} KB)", path=str(result.path),
              kb=round(result.size_bytes / 1024)))  # fmt: skip
    return 0


def cmd_package_show(args) -> int:
    package = read_package(args.file, _file_passphrase(args, args.file))
    items = package.items()
    if args.json:
        print_json({"manifest": package.manifest, "items": [i.to_dict() for i in items]})
        return 0
    m = package.manifest
    print(pick("Gói xem xét {id}", "Review package {id}", id=m["package_id"]))
    print(pick("  Xuất ngày {d} bởi {who}, {org}", "  Exported {d} by {who}, {org}",
               d=format_date(m.get("exported_on")), who=m.get("exported_by") or "?",
               org=m.get("organisation") or "—"))  # fmt: skip
    print(f"  app {m.get('app_version')}, schema {m.get('schema_version')}")
    for meeting in package.meetings:
        print(f"\n#{meeting['id']} {meeting['title']} ({format_date(meeting.get('date'))})")
        for item in (i for i in items if i.meeting_id == meeting["id"]):
            line = f"  {item.ref:<16} {kind_label(item.kind)} {item.number}: {item.text}"
            if item.kind == "task":
                deadline = pick("thường xuyên", "ongoing") if item.ongoing else format_date(
                    item.deadline)  # fmt: skip
                line += f" | {item.lead_unit or '—'} | {deadline} | {status_label(item.status)}"
            print(line)
    return 0


def cmd_package_comment(args) -> int:
    passphrase = read_passphrase(args, required=True)  # the reply is sealed with it too
    package = read_package(args.file, passphrase)
    if package.item(args.item) is None:
        raise UserError(
            "Gói không có mục {ref}; xem danh sách bằng lệnh package show.",
            "The package has no item {ref}; list them with package show.",
            ref=args.item,
        )
    comment = new_comment(args.item, args.verdict, args.text, args.reviewer)
    reply = add_comment(args.reply, package.package_id, comment, passphrase)
    tell(pick("Đã ghi ý kiến vào {path} ({n} ý kiến).", "Comment added to {path} ({n} in all).",
              path=args.reply, n=len(reply.comments)))  # fmt: skip
    return 0


def cmd_package_merge(services: Services, args) -> int:
    result = services.review.merge(args.reply, _file_passphrase(args, args.reply))
    print(result.merged)
    if result.already:
        tell(
            pick(
                "{n} ý kiến đã được nhập từ trước, bỏ qua.",
                "{n} comments were merged before, left as they are.",
                n=result.already,
            )
        )
    for ref in result.skipped:
        tell(
            pick(
                "Bỏ qua ý kiến về {ref}: mục này không còn.",
                "Skipped a comment on {ref}: the item no longer exists.",
                ref=ref,
            )
        )
    return 0


# History, backup, check ----------------------------------------------------------------------


def cmd_history(services: Services, args) -> int:
    entries = services.history.history(args.kind, args.id)
    if args.json:
        print_json([e.to_dict() for e in entries])
        return 0
    for e in entries:
        print(f"{e.at.replace('T', ' ')[:19]}  {e.who:<20}  {e.summary}")
    return 0


def cmd_backup(services: Services, args) -> int:
    passphrase = read_passphrase(args, required=False)
    result = services.backup(Path(args.out), passphrase)
    print(result.path)
    tell(pick("Đã sao lưu cơ sở dữ liệu và {n} tệp âm thanh ({mb:.1f} MB){enc}.",
              "Backed up the database and {n} audio files ({mb:.1f} MB){enc}.",
              n=result.media_files, mb=result.size_bytes / 1e6,
              enc=pick(", đã mã hóa", ", encrypted") if result.encrypted else ""))  # fmt: skip
    return 0


def cmd_restore(args, db_path: Path) -> int:
    result = restore(db_path, args.file, _file_passphrase(args, args.file), confirmed=args.yes)
    print(
        pick(
            "Đã khôi phục cơ sở dữ liệu và {n} tệp âm thanh.",
            "Restored the database and {n} audio files.",
            n=result.media_files,
        )
    )
    if result.kept_aside:
        tell(pick("Dữ liệu trước khi khôi phục được giữ ở {path}.",
                  "The data from before the restore is kept in {path}.",
                  path=str(result.kept_aside)))  # fmt: skip
    return 0


def cmd_check(services: Services, args) -> int:
    report = services.check()
    if args.json:
        print_json(report.to_dict())
        return 0 if report.ok else 1
    for problem in report.database:
        print(pick("Cơ sở dữ liệu: {p}", "Database: {p}", p=problem))
    for name in report.missing:
        print(pick("Thiếu tệp âm thanh: {n}", "Missing audio file: {n}", n=name))
    for name in report.altered:
        print(pick("Tệp âm thanh bị thay đổi (sai SHA-256): {n}",
                   "Audio file altered (SHA-256 differs): {n}", n=name))  # fmt: skip
    if report.ok:
        print(pick("Không có lỗi: cơ sở dữ liệu toàn vẹn, {n} tệp âm thanh đúng mã SHA-256.",
                   "No problems: the database is sound, {n} audio files match their SHA-256.",
                   n=report.files_checked))  # fmt: skip
    return 0 if report.ok else 1


def _day(value: str | None):
    from ..text import parse_date

    return parse_date(value) if value else None


def cmd_package(services: Services, args) -> int:
    return {"export": cmd_package_export, "merge": cmd_package_merge}[args.action](services, args)


HANDLERS = {"package": cmd_package, "history": cmd_history, "backup": cmd_backup,
            "check": cmd_check}  # fmt: skip


def standalone(args, db_path: Path):
    """A handler that runs without the database open, or None."""
    if args.command == "package" and args.action in ("show", "comment"):
        return lambda: {"show": cmd_package_show, "comment": cmd_package_comment}[args.action](args)
    if args.command == "restore":
        return lambda: cmd_restore(args, db_path)
    return None
