"""The grammar of encryption at rest: `encryption on|off|status` and `--data-passphrase-file`
(kept light: --help imports no service)."""

from __future__ import annotations

import argparse

from ..i18n import pick


def add_data_passphrase_option(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument(
        "--data-passphrase-file", metavar="F", default=default,
        help=pick("khi dữ liệu được mã hóa: đọc mật khẩu dữ liệu từ tệp này (- là đầu vào chuẩn)",
                  "when the data is encrypted: read its passphrase from this file (- is standard"
                  " input)"),
    )  # fmt: skip


def add_encryption_commands(sub, common: argparse.ArgumentParser) -> None:
    en = sub.add_parser(
        "encryption", parents=[common],
        help=pick("mã hóa dữ liệu trên đĩa (cơ sở dữ liệu và âm thanh) bằng mật khẩu: bật, tắt,"
                  " xem trạng thái", "encrypt the data on disk (database and audio) with a"
                  " passphrase: on, off, status"),
    )  # fmt: skip
    en.add_argument("action", choices=("on", "off", "status"))
    en.add_argument(
        "--passphrase-file", metavar="F",
        help=pick("đọc mật khẩu dữ liệu từ tệp này (- là đầu vào chuẩn)",
                  "read the data passphrase from this file (- is standard input)"),
    )  # fmt: skip
    en.add_argument(
        "--yes", action="store_true",
        help=pick("xác nhận đã hiểu: quên mật khẩu là mất dữ liệu",
                  "confirm you understand that a forgotten passphrase loses the data"),
    )  # fmt: skip
    en.add_argument("--json", action="store_true")
