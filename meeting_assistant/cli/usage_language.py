"""argparse's own words (usage, "error:", "invalid choice" …) in the interface language.

argparse writes its messages through gettext, in English, and Python ships no Vietnamese
catalogue for it. While the command line parses (and prints its help), argparse's gettext is
pointed at this table when the interface is in Vietnamese; English stays argparse's own.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

from ..i18n import LANGUAGE_KEY, SUPPORTED, current_language

VI = {
    "usage: ": "cách dùng: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "unrecognized arguments: %s": "tham số không hiểu được: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "lựa chọn không hợp lệ: %(value)r (chọn một trong: %(choices)s)",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "expected one argument": "cần đúng một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "not allowed with argument %s": "không dùng được cùng tham số %s",
    "ignored explicit argument %r": "giá trị %r bị bỏ qua",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn chưa rõ: %(option)s có thể là %(matches)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "positional arguments": "tham số vị trí",
    "options": "tùy chọn",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": "hiện số phiên bản rồi thoát",
}  # fmt: skip
VI_PLURAL = {
    "expected %s argument": "cần %s giá trị",
    "conflicting option string: %s": "tùy chọn trùng nhau: %s",
}


def _gettext(message: str) -> str:
    return VI.get(message, message) if current_language() == "vi" else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if current_language() == "vi" and singular in VI_PLURAL:
        return VI_PLURAL[singular]
    return singular if n == 1 else plural


@contextlib.contextmanager
def argparse_in_interface_language() -> Iterator[None]:
    """Within: argparse words its messages in the interface language of the moment."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


def remembered_language(db_path: Path | str) -> str | None:
    """The interface language the clerk chose in the app, kept in the database; None when
    there is none to read."""
    from ..store.settings import peek_setting  # only when no --lang or environment decides

    lang = peek_setting(db_path, LANGUAGE_KEY)
    return lang if lang in SUPPORTED else None
