"""`meeting-assistant COMMAND …`: the command line, a thin layer over the services.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage,
130 stopped with Ctrl-C (a transcription stopped this way resumes on the next run).

With no command, the launcher (ui/launcher.py, the `meeting-assistant` entry point) opens the
desktop app; the core itself never imports the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UserError
from ..i18n import pick, set_language
from ..paths import default_db_path
from .parser import build_parser

__all__ = ["build_parser", "main", "parse", "run"]


def parse(argv: list[str] | None = None) -> tuple[argparse.ArgumentParser, argparse.Namespace]:
    """The parser and the parsed arguments (argparse exits 2 on bad usage). `args.command` is
    None when no command was given; `args.db` and `args.lang` are None when not given."""
    argv = list(sys.argv[1:] if argv is None else argv)
    # The language decides the help texts, so it is read before the parser is built.
    if "--lang" in argv[:-1]:
        lang = argv[argv.index("--lang") + 1]
        if lang in ("vi", "en"):
            set_language(lang)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.db = getattr(args, "db", None)
    args.lang = getattr(args, "lang", None)
    if args.lang:
        set_language(args.lang)
    return parser, args


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; user errors become one line on stderr and exit code 1."""
    from . import commands  # the heavy imports wait until a command needs them

    db_path = Path(args.db).expanduser() if args.db else default_db_path()
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
    parser, args = parse(argv)
    if args.command is None:
        parser.print_help()
        return 0
    return run(args)
