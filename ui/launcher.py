"""`meeting-assistant`: the entry point of the installed app. With a command it is the command
line (meeting_assistant.cli); with none it opens the desktop window. It lives beside the window,
so that the core never imports the window: the only arrow between the two points this way."""

from __future__ import annotations

import multiprocessing
import os
import sys

from meeting_assistant.cli import parse, printable_streams, run
from meeting_assistant.i18n import current_language, pick


def _no_display() -> bool:
    """On Linux and BSD the window needs X11 or Wayland (or a platform Qt is told to use)."""
    if sys.platform.startswith(("win", "darwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


REVIEW_SUFFIX = ".mahop"


def review_file(argv: list[str]) -> tuple[str, str | None] | None:
    """(package, language) when the app is asked to open a review package: `meeting-assistant
    PATH.mahop [--lang vi|en]` (as a file manager opens a double-clicked file)."""
    rest, lang = list(argv), None
    if "--lang" in rest[:-1]:
        at = rest.index("--lang")
        lang = rest[at + 1]
        del rest[at : at + 2]
    if len(rest) == 1 and rest[0].lower().endswith(REVIEW_SUFFIX) and os.path.isfile(rest[0]):
        return rest[0], lang if lang in ("vi", "en") else None
    return None


def main(argv: list[str] | None = None) -> int:
    multiprocessing.freeze_support()  # first: in a frozen build a child process stops here
    printable_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    review = review_file(argv)
    if review is not None and not _no_display():
        from ui.review.app import run_review

        return run_review(*review)
    _parser, args = parse(argv)
    if args.command is not None:
        return run(args)
    if _no_display():
        print(
            pick(
                "Meeting Assistant cần một phiên làm việc có màn hình (X11 hoặc Wayland) để mở"
                " cửa sổ; không có màn hình thì dùng các lệnh, xem: meeting-assistant --help",
                "Meeting Assistant needs a graphical session (X11 or Wayland) to open its window;"
                " without one, use its commands: meeting-assistant --help",
            ),
            file=sys.stderr,
        )
        return 1
    from ui.app import run_app  # Qt is imported only when the window opens

    # Only a language asked for here overrides the one the clerk chose in the app's settings.
    asked = args.lang or (current_language() if os.environ.get("MEETING_ASSISTANT_LANG") else None)
    return run_app(db=args.db, language=asked)


if __name__ == "__main__":
    sys.exit(main())
