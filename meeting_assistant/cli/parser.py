"""The command line's grammar: every command, its options and their checks (argparse)."""

from __future__ import annotations

import argparse
import datetime as dt

from .. import __version__
from ..i18n import pick
from .encryption_parser import add_data_passphrase_option, add_encryption_commands
from .models_parser import add_model_commands
from .review_parser import add_review_commands
from .speakers_parser import add_speaker_commands

# The register's status keys (kept here so that --help needs no heavy import).
STATUS_KEYS = (
    "done_on_time", "done_late", "in_progress", "due_soon", "overdue", "ongoing", "cancelled",
)  # fmt: skip


def _date(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value.strip())
        if not 1900 <= day.year <= 2200:
            raise ValueError(value)
        return day.isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            pick("ngày phải có dạng YYYY-MM-DD: {v}", "dates are written YYYY-MM-DD: {v}", v=value)
        ) from None


def _deadline(value: str) -> str:
    if value.strip().lower() in ("ongoing", "thường xuyên", "thuong xuyen"):
        return "ongoing"
    return _date(value)


def _whole(value: str, low: int, high: int) -> int:
    try:
        number = int(value.strip())
    except ValueError:
        number = low - 1
    if not low <= number <= high:
        raise argparse.ArgumentTypeError(
            pick(
                "cần một số nguyên từ {low} đến {high}: {v}",
                "a whole number from {low} to {high} is needed: {v}",
                low=low,
                high=high,
                v=value,
            )  # fmt: skip
        )
    return number


def _bounded(low: int, high: int):
    def parse(value: str) -> int:
        return _whole(value, low, high)

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


MAX_ID = 2**63 - 1  # SQLite's largest row id
_id = _bounded(1, MAX_ID)


def _seconds(value: str) -> float:
    """A duration in seconds: positive and finite (at most 24 hours)."""
    try:
        number = float(value)
    except ValueError:
        number = float("nan")
    if not 0 < number <= 24 * 3600:  # also refuses nan and inf
        raise argparse.ArgumentTypeError(
            pick(
                "cần số giây lớn hơn 0 và không quá 86400: {v}",
                "a number of seconds above 0 and at most 86400 is needed: {v}",
                v=value,
            )
        )
    return number


def _add_common(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help=pick(
            "tệp cơ sở dữ liệu (mặc định: MEETING_ASSISTANT_DB hoặc thư mục dữ liệu người dùng)",
            "database file (default: $MEETING_ASSISTANT_DB or the user data folder)",
        ),
    )
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        default=default,
        help=pick("ngôn ngữ thông báo", "language of messages"),
    )
    add_data_passphrase_option(parser, default)


def _add_issue_options(parser: argparse.ArgumentParser) -> None:
    """A document is final (checked for missing details) unless asked for as a draft."""
    parser.add_argument(
        "--draft", action="store_true",
        help=pick("in bản dự thảo (chỗ trống để điền tay, có chữ DỰ THẢO, không lấy số)",
                  "print a draft (blanks to fill by hand, marked DỰ THẢO, no number)"),
    )  # fmt: skip
    parser.add_argument(
        "--number", action="store_true",
        help=pick("lấy số văn bản tiếp theo (theo năm, theo loại; không lặp lại)",
                  "give the document the next number (per year and kind, never repeated)"),
    )  # fmt: skip


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="meeting-assistant",
        description=pick(
            "Ghi âm, chép lời và theo dõi kết luận, nhiệm vụ của hội nghị — hoàn toàn ngoại tuyến."
            " Không có lệnh: mở ứng dụng.",
            "Record, transcribe and follow up conference conclusions and tasks, fully offline."
            " No command: open the desktop app.",
        ),
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_common(p, argparse.SUPPRESS)
    # --db and --lang work before or after the command: "meeting-assistant show 3 --db x.db".
    common = argparse.ArgumentParser(add_help=False)
    _add_common(common, argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    new = sub.add_parser("new", parents=[common], help=pick("tạo cuộc họp mới", "create a meeting"))
    new.add_argument("--title", required=True, help=pick("tên cuộc họp", "meeting title"))
    new.add_argument("--date", type=_date, help="YYYY-MM-DD")
    new.add_argument("--place", help=pick("địa điểm", "place"))
    new.add_argument("--chair", help=pick("người chủ trì", "chair"))
    new.add_argument("--secretary", help=pick("thư ký", "secretary"))

    imp = sub.add_parser(
        "import",
        parents=[common],
        help=pick(
            "nhập tệp ghi âm (WAV, MP3, M4A, OGG, FLAC, MP4…)",
            "import a recording (WAV, MP3, M4A, OGG, FLAC, MP4…)",
        ),
    )
    imp.add_argument("audio", metavar="AUDIO")
    target = imp.add_mutually_exclusive_group()
    target.add_argument(
        "--meeting",
        type=_id,
        metavar="ID",
        help=pick("gắn vào cuộc họp có sẵn", "attach to an existing meeting"),
    )
    target.add_argument("--title", help=pick("tên cuộc họp mới", "title of a new meeting"))
    imp.add_argument(
        "--accept-damaged", action="store_true",
        help=pick("tệp bị hỏng: vẫn nhập phần đọc được",
                  "a damaged file: import the part that can be read"),
    )  # fmt: skip

    tr = sub.add_parser(
        "transcribe",
        parents=[common],
        help=pick(
            "chép lời cuộc họp (Ctrl-C để dừng; chạy lại để tiếp tục)",
            "transcribe a meeting (Ctrl-C stops; run again to resume)",
        ),
    )
    tr.add_argument("meeting", type=_id, metavar="MEETING")
    tr.add_argument(
        "--model",
        metavar="NAME|PATH",
        help=pick(
            "mô hình: base (đi kèm), tên trong thư mục mô hình, hoặc đường dẫn thư mục CTranslate2",
            "model: base (embedded), a name in the models folder, or a CTranslate2 folder path",
        ),
    )
    tr.add_argument(
        "--engine",
        choices=("whisper", "viet-asr"),
        help=pick(
            "bộ nhận dạng (mặc định cho tiếng Việt: viet-asr nếu đã cài, không thì whisper)",
            "recogniser (default for Vietnamese: viet-asr where installed, else whisper)",
        ),
    )
    tr.add_argument(
        "--vocabulary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=pick(
            "cho Whisper biết tên đại biểu, đơn vị và bảng thuật ngữ (mặc định: theo Cài đặt, ban"
            " đầu tắt)",
            "give Whisper the attendees' names, the units and the glossary (default: as in"
            " Settings, initially off)",
        ),
    )
    tr.add_argument(
        "--retranscribe",
        action="store_true",
        help=pick(
            "chép lời lại cả cuộc họp (giữ các đoạn đã sửa hoặc đã gắn kết luận, nhiệm vụ)",
            "transcribe the whole meeting again (segments edited or tagged are kept)",
        ),
    )
    tr.add_argument(
        "--replace-edited",
        action="store_true",
        help=pick(
            "cùng --retranscribe: thay cả các đoạn đã sửa hoặc đã gắn kết luận, nhiệm vụ (kết"
            " luận, nhiệm vụ giữ nguyên nội dung)",
            "with --retranscribe: replace the edited or tagged segments too (conclusions and"
            " tasks keep their text)",
        ),
    )
    tr.add_argument(
        "--language",
        help=pick(
            "ngôn ngữ nói, ví dụ vi hoặc en (mặc định: của cuộc họp, ban đầu là vi)",
            "spoken language, e.g. vi or en (default: the meeting's, initially vi)",
        ),
    )
    tr.add_argument(
        "--beam",
        type=_bounded(1, 20),
        default=5,
        metavar="N",
        help=pick("độ rộng beam (mặc định 5)", "beam size (default 5)"),
    )
    tr.add_argument(
        "--threads", type=_bounded(1, 64), metavar="N", help=pick("số luồng CPU", "CPU threads")
    )
    tr.add_argument(
        "--window",
        type=_bounded(10, 1800),
        metavar="SECONDS",
        help=pick(
            "độ dài mỗi lượt xử lý (mặc định 300 giây); nhỏ hơn thì tốn ít bộ nhớ hơn",
            "seconds of audio handled at a time (default 300); smaller uses less memory",
        ),
    )

    add_speaker_commands(sub, common, _id)

    ts = sub.add_parser(
        "transcript", parents=[common], help=pick("in bản chép lời", "print the transcript")
    )
    ts.add_argument("meeting", type=_id, metavar="MEETING")
    ts.add_argument("--format", choices=("txt", "srt", "vtt", "json"), default="txt")

    show = sub.add_parser(
        "show", parents=[common], help=pick("thông tin một cuộc họp", "show one meeting")
    )
    show.add_argument("meeting", type=_id, metavar="MEETING")
    show.add_argument("--json", action="store_true")

    ls = sub.add_parser(
        "meetings", parents=[common], help=pick("danh sách cuộc họp", "list meetings")
    )
    ls.add_argument("--json", action="store_true")

    se = sub.add_parser(
        "search",
        parents=[common],
        help=pick(
            "tìm trong bản chép lời, kết luận, nhiệm vụ (có dấu hay không dấu đều được)",
            "search transcripts, conclusions and tasks (accents optional)",
        ),
    )
    se.add_argument("query", metavar="QUERY")
    se.add_argument(
        "--speaker",
        metavar="NAME",
        help=pick(
            "chỉ lời của người nói này (tên hoặc “Người nói N”, có dấu hay không dấu đều được)",
            "only what this speaker said (a name or “Người nói N”, accents optional)",
        ),
    )
    se.add_argument("--json", action="store_true")

    co = sub.add_parser(
        "conclusion",
        parents=[common],
        help=pick("kết luận của cuộc họp", "a meeting's conclusions"),
    )
    co_sub = co.add_subparsers(dest="action", metavar="ACTION", required=True)
    co_add = co_sub.add_parser("add", parents=[common], help=pick("thêm kết luận", "add one"))
    co_add.add_argument("meeting", type=_id, metavar="MEETING")
    co_add.add_argument("--text", required=True, help=pick("nội dung kết luận", "its text"))

    ta = sub.add_parser("task", parents=[common], help=pick("nhiệm vụ được giao", "assigned tasks"))
    ta_sub = ta.add_subparsers(dest="action", metavar="ACTION", required=True)
    ta_add = ta_sub.add_parser("add", parents=[common], help=pick("thêm nhiệm vụ", "add a task"))
    ta_add.add_argument("meeting", type=_id, metavar="MEETING")
    ta_add.add_argument("--content", required=True, help=pick("nội dung", "what must be done"))
    ta_add.add_argument(
        "--lead", required=True, metavar="UNIT", help=pick("đơn vị chủ trì", "lead unit")
    )
    ta_add.add_argument(
        "--coord", action="append", default=[], metavar="UNIT",
        help=pick("đơn vị phối hợp (lặp lại được)", "coordinating unit (repeatable)"),
    )  # fmt: skip
    ta_add.add_argument(
        "--deadline", type=_deadline, metavar="YYYY-MM-DD|ongoing",
        help=pick("thời hạn, hoặc ongoing (thường xuyên)", "deadline, or ongoing"),
    )  # fmt: skip
    ta_add.add_argument("--key", action="store_true", help=pick("nhiệm vụ trọng tâm", "key task"))
    ta_up = ta_sub.add_parser(
        "update", parents=[common], help=pick("cập nhật tiến độ", "record progress")
    )
    ta_up.add_argument("task", type=_id, metavar="TASK")
    ta_up.add_argument(
        "--progress", metavar="NOTE", help=pick("ghi nhận tiến độ", "a progress note")
    )
    ta_up.add_argument("--reporter", help=pick("người báo cáo", "who reported it"))
    ta_up.add_argument(
        "--done", type=_date, metavar="YYYY-MM-DD", help=pick("ngày hoàn thành", "completion date")
    )
    ta_up.add_argument(
        "--cancel", action="store_true", help=pick("hủy nhiệm vụ", "cancel the task")
    )

    ts_list = sub.add_parser(
        "tasks", parents=[common], help=pick("sổ theo dõi nhiệm vụ", "the task register")
    )
    ts_list.add_argument(
        "--unit", help=pick("đơn vị chủ trì hoặc phối hợp", "lead or coordinating unit")
    )
    ts_list.add_argument("--status", choices=STATUS_KEYS)
    ts_list.add_argument(
        "--due-within",
        type=_bounded(1, 3650),
        metavar="DAYS",
        help=pick("đến hạn trong N ngày", "due within N days"),
    )
    ts_list.add_argument("--meeting", type=_id, metavar="ID")
    ts_list.add_argument(
        "--key", action="store_true", help=pick("chỉ nhiệm vụ trọng tâm", "key tasks only")
    )
    ts_list.add_argument("--text", help=pick("tìm trong nội dung", "words in the content"))
    ts_list.add_argument(
        "--deadline-from", type=_date, metavar="DATE",
        help=pick("thời hạn từ ngày (YYYY-MM-DD)", "deadline on or after (YYYY-MM-DD)"),
    )  # fmt: skip
    ts_list.add_argument(
        "--deadline-to", type=_date, metavar="DATE",
        help=pick("thời hạn đến ngày (YYYY-MM-DD)", "deadline on or before (YYYY-MM-DD)"),
    )  # fmt: skip
    ts_list.add_argument("--json", action="store_true")

    ex = sub.add_parser(
        "export", parents=[common],
        help=pick("in thông báo kết luận, biên bản, bản ghi lời", "write a notice, minutes or"
                  " transcript"),
    )  # fmt: skip
    ex.add_argument("meeting", type=_id, metavar="MEETING")
    ex.add_argument("--kind", required=True, choices=("notice", "minutes", "transcript"))
    ex.add_argument("--format", choices=("pdf", "docx", "txt", "srt", "vtt"),
                    help=pick("mặc định theo đuôi tệp", "default: from the file name"))  # fmt: skip
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.add_argument(
        "--with-transcript", action="store_true",
        help=pick("kèm toàn văn ghi âm làm phụ lục biên bản",
                  "add the full transcript to the minutes as an appendix"),
    )  # fmt: skip
    _add_issue_options(ex)

    me = sub.add_parser(
        "memo", parents=[common],
        help=pick("công văn đôn đốc một đơn vị (hoặc mọi đơn vị có việc cần đôn đốc)",
                  "a follow-up memo to one unit (or to every unit with something to chase)"),
    )  # fmt: skip
    who = me.add_mutually_exclusive_group(required=True)
    who.add_argument("--unit")
    who.add_argument(
        "--all-due", action="store_true",
        help=pick("một công văn cho mỗi đơn vị có nhiệm vụ quá hạn hoặc sắp đến hạn, vào thư"
                  " mục --out", "one memo per unit with overdue or due-soon tasks, into the"
                  " folder --out"),
    )  # fmt: skip
    me.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx|FOLDER")
    me.add_argument("--format", choices=("pdf", "docx"),
                    help=pick("mặc định theo đuôi tệp (pdf với --all-due)",
                              "default: from the file name (pdf with --all-due)"))  # fmt: skip
    _add_issue_options(me)

    re_ = sub.add_parser(
        "report", parents=[common],
        help=pick("báo cáo tình hình thực hiện nhiệm vụ", "the task report for a period"),
    )  # fmt: skip
    re_.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                     help=pick("cuộc họp từ ngày", "meetings held on or after"))  # fmt: skip
    re_.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                     help=pick("cuộc họp đến ngày", "meetings held on or before"))  # fmt: skip
    re_.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx|FILE.csv")
    _add_issue_options(re_)

    su = sub.add_parser(
        "suggest", parents=[common],
        help=pick("đề xuất kết luận, nhiệm vụ từ bản chép lời hoặc văn bản",
                  "suggest conclusions and tasks from a transcript or text"),
    )  # fmt: skip
    su.add_argument("meeting", type=_id, nargs="?", metavar="MEETING")
    source = su.add_mutually_exclusive_group()
    source.add_argument("--text", help=pick("đọc văn bản này", "read this text"))
    source.add_argument(
        "--text-file",
        metavar="FILE",
        help=pick("đọc tệp văn bản (UTF-8)", "read a UTF-8 text file"),
    )
    su.add_argument(
        "--date", type=_date, metavar="YYYY-MM-DD",
        help=pick("ngày họp, để tính thời hạn (mặc định: ngày của cuộc họp, hoặc hôm nay)",
                  "the meeting date deadlines count from (default: the meeting's, or today)"),
    )  # fmt: skip
    su.add_argument("--json", action="store_true")

    add_model_commands(sub, common)

    dv = sub.add_parser(
        "devices", parents=[common], help=pick("các thiết bị thu âm (micrô)", "sound inputs")
    )
    dv.add_argument("--json", action="store_true")

    rec = sub.add_parser(
        "record",
        parents=[common],
        help=pick(
            "ghi âm cuộc họp (Ctrl-C để dừng); in số cuộc họp",
            "record a meeting (Ctrl-C stops); prints the meeting number",
        ),
    )
    rec_target = rec.add_mutually_exclusive_group()
    rec_target.add_argument(
        "--meeting",
        type=_id,
        metavar="ID",
        help=pick("ghi vào cuộc họp có sẵn", "record into an existing meeting"),
    )
    rec_target.add_argument("--title", help=pick("tên cuộc họp mới", "title of a new meeting"))
    rec.add_argument(
        "--device",
        metavar="NAME",
        help=pick(
            "thiết bị thu âm: tên (một phần) hoặc số thứ tự (lệnh devices); file:ĐƯỜNG_DẪN phát"
            " một tệp âm thanh vào như micrô",
            "sound input: (part of) its name or its number (see devices); file:PATH plays an"
            " audio file in as if it were a microphone",
        ),
    )
    rec.add_argument(
        "--duration",
        type=_seconds,
        metavar="SECONDS",
        help=pick("dừng sau số giây này", "stop after this many seconds"),
    )
    rec.add_argument(
        "--live-transcribe",
        action="store_true",
        help=pick("chép lời ngay trong khi ghi âm", "transcribe while recording"),
    )
    rec.add_argument(
        "--model",
        metavar="NAME|PATH",
        help=pick("mô hình chép lời (như lệnh transcribe)", "model (as for transcribe)"),
    )
    rec.add_argument(
        "--language",
        help=pick("ngôn ngữ nói, ví dụ vi hoặc en", "spoken language, e.g. vi or en"),
    )
    rec.add_argument(
        "--engine",
        choices=("whisper", "viet-asr"),
        help=pick(
            "bộ nhận dạng cho việc chép lời trong khi ghi (bật --live-transcribe; mặc định như"
            " lệnh transcribe)",
            "recogniser for transcribing while recording (turns --live-transcribe on; default"
            " as for transcribe)",
        ),
    )
    add_review_commands(sub, common, date=_date, ident=_id)
    add_encryption_commands(sub, common)
    return p
