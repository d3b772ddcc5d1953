"""The command line's grammar for who spoke: `diarize` and `speakers`."""

from __future__ import annotations

from ..i18n import pick


def add_speaker_commands(sub, common, meeting_id) -> None:
    from .parser import _bounded  # the shared checks (parser imports this module)

    di = sub.add_parser(
        "diarize",
        parents=[common],
        help=pick(
            "tìm người nói trong cuộc họp (Ctrl-C để dừng; chạy lại để tiếp tục)",
            "find who speaks when in a meeting (Ctrl-C stops; run again to resume)",
        ),
    )
    di.add_argument("meeting", type=meeting_id, metavar="MEETING")
    di.add_argument(
        "--speakers",
        type=_bounded(1, 50),
        metavar="N",
        help=pick(
            "số người nói (mặc định: tự ước lượng)",
            "how many speakers (default: estimated)",
        ),
    )
    sp = sub.add_parser(
        "speakers",
        parents=[common],
        help=pick("người nói của cuộc họp; đặt tên", "a meeting's speakers; name them"),
    )
    sp.add_argument("meeting", type=meeting_id, metavar="MEETING")
    sp.add_argument("--json", action="store_true")
    sp.add_argument(
        "--name",
        nargs=2,
        metavar=("LABEL", "NAME"),
        help=pick(
            "đặt tên người nói (số hoặc “Người nói N”) là một đại biểu; tên rỗng để bỏ",
            "name a speaker (its number or “Người nói N”) after an attendee; empty to clear",
        ),
    )
    sp.add_argument(
        "--accept",
        action="store_true",
        help=pick(
            "nhận các tên đề xuất từ giọng đã nhớ (độ tin cậy từ 50%%)",
            "accept the names proposed from remembered voices (confidence 50%% or more)",
        ),
    )
