"""The grammar of the review and data-safety commands: package, history, backup, restore,
check."""

from __future__ import annotations

import argparse

from ..i18n import pick


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="F",
        help=pick("đọc mật khẩu từ tệp này (- là đầu vào chuẩn); không bao giờ ghi mật khẩu"
                  " trên dòng lệnh",
                  "read the passphrase from this file (- is standard input); a passphrase is"
                  " never given on the command line itself"),
    )  # fmt: skip


def add_review_commands(sub, common, *, date, ident) -> None:
    pk = sub.add_parser(
        "package", parents=[common],
        help=pick("gói xem xét mã hóa (.mahop) cho lãnh đạo", "encrypted review packages"
                  " (.mahop) for officials"),
    )  # fmt: skip
    pk_sub = pk.add_subparsers(dest="action", metavar="ACTION", required=True)

    ex = pk_sub.add_parser(
        "export", parents=[common],
        help=pick("xuất cuộc họp vào một gói xem xét", "export meetings into a review package"),
    )  # fmt: skip
    ex.add_argument(
        "--meeting",
        type=ident,
        action="append",
        metavar="ID",
        help=pick("cuộc họp (có thể lặp lại)", "a meeting (may be repeated)"),
    )
    ex.add_argument(
        "--from",
        dest="date_from",
        type=date,
        metavar="YYYY-MM-DD",
        help=pick("các cuộc họp từ ngày", "meetings held on or after"),
    )
    ex.add_argument(
        "--to",
        dest="date_to",
        type=date,
        metavar="YYYY-MM-DD",
        help=pick("các cuộc họp đến ngày", "meetings held on or before"),
    )
    ex.add_argument("--out", required=True, metavar="FILE")
    ex.add_argument(
        "--with-audio",
        action="store_true",
        help=pick(
            "kèm đoạn ghi âm của từng kết luận, nhiệm vụ",
            "add the audio span of each conclusion and task",
        ),
    )
    _passphrase_option(ex)

    sh = pk_sub.add_parser(
        "show", parents=[common], help=pick("xem một gói xem xét", "show a review package")
    )
    sh.add_argument("file", metavar="FILE")
    _passphrase_option(sh)
    sh.add_argument("--json", action="store_true")

    co = pk_sub.add_parser(
        "comment", parents=[common],
        help=pick("ghi ý kiến vào tệp phản hồi", "add a comment to a reply file"),
    )  # fmt: skip
    co.add_argument("file", metavar="FILE")
    co.add_argument("--item", required=True, metavar="(conclusion|task):ID")
    co.add_argument("--verdict", required=True, choices=("agree", "revise", "other"))
    co.add_argument("--text", required=True, metavar="T")
    co.add_argument("--reviewer", required=True, metavar="NAME")
    co.add_argument("--reply", required=True, metavar="REPLY_FILE")
    _passphrase_option(co)

    me = pk_sub.add_parser(
        "merge", parents=[common],
        help=pick("nhập tệp phản hồi của lãnh đạo", "merge an official's reply file"),
    )  # fmt: skip
    me.add_argument("reply", metavar="REPLY_FILE")
    _passphrase_option(me)

    hi = sub.add_parser(
        "history", parents=[common],
        help=pick("lịch sử của một kết luận hoặc nhiệm vụ", "the history of a conclusion or task"),
    )  # fmt: skip
    hi.add_argument("kind", choices=("conclusion", "task"))
    hi.add_argument("id", type=ident, metavar="ID")
    hi.add_argument("--json", action="store_true")

    bk = sub.add_parser(
        "backup", parents=[common],
        help=pick("sao lưu cơ sở dữ liệu và âm thanh vào một tệp",
                  "back up the database and the audio into one file"),
    )  # fmt: skip
    bk.add_argument("--out", required=True, metavar="FILE")
    _passphrase_option(bk)

    rs = sub.add_parser(
        "restore", parents=[common],
        help=pick("khôi phục từ bản sao lưu (dữ liệu hiện có được giữ lại bên cạnh)",
                  "restore from a backup (the current data is kept aside)"),
    )  # fmt: skip
    rs.add_argument("file", metavar="FILE")
    _passphrase_option(rs)
    rs.add_argument(
        "--yes",
        action="store_true",
        help=pick("xác nhận thay dữ liệu hiện có", "confirm replacing the current data"),
    )

    ck = sub.add_parser(
        "check", parents=[common],
        help=pick("kiểm tra cơ sở dữ liệu và mã SHA-256 của từng tệp âm thanh",
                  "check the database and every audio file's SHA-256"),
    )  # fmt: skip
    ck.add_argument("--json", action="store_true")
