"""`meeting-assistant COMMAND …`: the command line, a thin layer over the services.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage,
130 stopped with Ctrl-C (a transcription stopped this way resumes on the next run).

With no command, the launcher (ui/launcher.py, the `meeting-assistant` entry point) opens the
desktop app; the core itself never imports the window.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..errors import UserError
from ..i18n import pick, set_language
from ..paths import default_db_path, private_umask
from .parser import build_parser
from .usage_language import argparse_in_interface_language, remembered_language

__all__ = ["build_parser", "main", "parse", "run"]

LANG_ENV = "MEETING_ASSISTANT_LANG"
# Arguments that name files: any bytes the file system allows are fine there.
PATH_ARGUMENTS = {
    "db",
    "audio",
    "out",
    "text_file",
    "device",
    "file",
    "reply",
    "passphrase_file",
    "data_passphrase_file",
}


def _undecodable(value: object) -> bool:
    """Text that came in as bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def parse(argv: list[str] | None = None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The parser and the parsed arguments (argparse exits 2 on bad usage). `args.command` is
    None when no command was given; `args.db` and `args.lang` are None when not given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language decides the help texts, so it is read before the parser is built: --lang,
    # else MEETING_ASSISTANT_LANG, else the language the clerk chose in the app.
    if "--lang" in argv[:-1]:
        lang = argv[argv.index("--lang") + 1]
        if lang in ("vi", "en"):
            set_language(lang)
    elif not os.environ.get(LANG_ENV, "").strip():
        db = argv[argv.index("--db") + 1] if "--db" in argv[:-1] else default_db_path()
        lang = remembered_language(db)
        if lang is not None:
            set_language(lang)
    with argparse_in_interface_language():
        parser = build_parser()
        args = parser.parse_args(argv)
        for key, value in vars(args).items():
            values = value if isinstance(value, list) else [value]
            if key not in PATH_ARGUMENTS and any(_undecodable(v) for v in values):
                parser.error(
                    pick(
                        "giá trị của {key} không phải văn bản UTF-8 hợp lệ",
                        "the value of {key} is not valid UTF-8 text",
                        key=key,
                    )
                )
        if getattr(args, "replace_edited", False) and not args.retranscribe:
            parser.error(
                pick(
                    "--replace-edited chỉ dùng cùng --retranscribe",
                    "--replace-edited goes with --retranscribe only",
                )
            )
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    if args.lang:
        set_language(args.lang)
    return parser, args


def printable_streams() -> None:
    """A file name in no known encoding still prints (escaped) instead of failing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="backslashreplace")
            except (ValueError, OSError):
                pass


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; user errors become one line on stderr and exit code 1."""
    from . import commands  # the heavy imports wait until a command needs them

    private_umask()  # what the app creates (database, recordings, exports) is the clerk's alone
    db_path = args.db if args.db is not None else default_db_path()
    try:
        return commands.run(args, db_path)
    except UserError as exc:
        print(pick("Lỗi: {m}", "Error: {m}", m=exc.message), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(pick("Đã dừng.", "Stopped."), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def main(argv: list[str] | None = None) -> int:
    printable_streams()
    parser, args = parse(argv)
    if args.command is None:
        with argparse_in_interface_language():
            parser.print_help()
        return 0
    return run(args)
