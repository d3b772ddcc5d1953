"""The hostile-input corpus for the command line, run by tests/test_cli_fuzz.py in a child
process: every command gets bad numbers, bad text (markup, decomposed accents, bytes that are not
UTF-8, huge text), bad files (missing, folders, devices, empty, random bytes, impossible WAV
headers, very long names) and bad dates, one argument at a time with the others valid.

`python tests/fuzz_cli.py WORKDIR` prints one JSON line per case: the arguments, the exit code,
whether a traceback or an uncaught exception came out, whether it hung (an alarm after
CASE_LIMIT_S seconds), and how long it took.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import struct
import sys
import time
import traceback
from pathlib import Path

CASE_LIMIT_S = 90


class Hung(Exception):
    pass


def _wav(path: Path, rate: int, channels: int, frames: int, claim: int | None = None) -> Path:
    data = bytes(frames * channels * 2)
    size = len(data) if claim is None else claim
    header = (
        b"RIFF" + struct.pack("<I", 36 + size) + b"WAVE"
        + b"fmt " + struct.pack("<IHHIIHH", 16, 1, channels, rate, rate * channels * 2,
                                channels * 2, 16)
        + b"data" + struct.pack("<I", size)
    )  # fmt: skip
    path.write_bytes(header + data)
    return path


def build(work: Path) -> dict:
    """The database the corpus runs against, and the hostile files."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from meeting_assistant.services import Services
    from tests.audio_fixtures import write_tone

    db = work / "m.db"
    files = work / "files"
    files.mkdir(parents=True, exist_ok=True)
    tone = write_tone(files / "tone.wav", seconds=2.0)
    with Services.open(db) as services:
        meeting = services.meetings.create("Giao ban", date="2024-07-01")
        services.importing.import_audio(tone, meeting_id=meeting.id)
        empty_meeting = services.meetings.create("Chưa có ghi âm")
        task = services.items.add_task(meeting.id, "Rà soát", lead_unit="Sở Nội vụ")
        services.items.add_conclusion(meeting.id, "Thống nhất")
    (files / "empty.mp3").write_bytes(b"")
    (files / "random.mp3").write_bytes(os.urandom(4096))
    (files / "notes.m4a").write_text("không phải âm thanh", encoding="utf-8")
    (files / "folder.wav").mkdir(exist_ok=True)
    _wav(files / "ch255.wav", 16000, 255, 1600)
    _wav(files / "hz1.wav", 1, 1, 16000)
    _wav(files / "claims10h.wav", 16000, 1, 16000, claim=16000 * 2 * 36000)
    long_name = files / ("g" * 240 + ".wav")
    write_tone(long_name, seconds=1.0)
    bad_utf8 = files / os.fsdecode(b"t\xff\xfeng.wav")
    write_tone(bad_utf8, seconds=1.0)
    (files / "latin1.txt").write_bytes("Giao Sở Nội vụ".encode("utf-16"))
    (files / "big.txt").write_text("giao sở nội vụ rà soát. " * 300_000, encoding="utf-8")
    (files / "empty.db").write_bytes(b"")
    (files / "garbage.db").write_bytes(os.urandom(8192))
    return {"db": str(db), "files": files, "meeting": str(meeting.id),
            "empty_meeting": str(empty_meeting.id), "task": str(task.id)}  # fmt: skip


NUMBERS = ["0", "-1", "9223372036854775807", "9223372036854775808", "100000000000000000000",
           "3000000", "5000", "nan", "inf", "-inf", "1e3", "abc", "", " 7 ", "٣"]  # fmt: skip
DATES = ["2024-02-30", "2024-13-01", "0001-01-01", "9999-12-31", "19/07/2024", "", "2024-7-1"]
TEXTS = [
    "",
    " ",
    "<b>Kết</b> & luận",
    "Ke\u0302\u0301t lua\u0323\u0302n",  # markup, decomposed
    os.fsdecode(b"S\xe1\xbb\x9f \xff N\xe1\xbb\x99i v\xe1\xbb\xa5"),  # invalid UTF-8 inside
    "x" * 20_000,
    "'; DROP TABLE meetings; --",
    "\u202eđảo ngược",
    "%s%n{0}{}",
]


def corpus(ctx: dict) -> list[list[str]]:
    f = ctx["files"]
    m, e, t = ctx["meeting"], ctx["empty_meeting"], ctx["task"]
    bad_files = [
        str(f / n)
        for n in (
            "missing.wav",
            "folder.wav",
            "empty.mp3",
            "random.mp3",
            "notes.m4a",
            "ch255.wav",
            "hz1.wav",
            "claims10h.wav",
        )
    ]
    bad_files += [
        "/dev/null",
        "/dev/zero",
        str(f / ("g" * 240 + ".wav")),
        str(f / os.fsdecode(b"t\xff\xfeng.wav")),
        str(f / ("h" * 300 + ".wav")),
    ]
    outs = [
        "/dev/null",
        str(f / "folder.wav"),
        str(f / "missing-dir" / "x.pdf"),
        str(f / ("o" * 252 + ".pdf")),
        str(f / os.fsdecode(b"\xff.pdf")),
        "",
    ]
    cases: list[list[str]] = []

    def vary(base: list[str], slot: int, values: list[str]) -> None:
        for value in values:
            argv = list(base)
            argv[slot] = value
            cases.append(argv)

    # Identifiers of every command that takes one.
    for base in (["show", m], ["transcript", m], ["conclusion", "add", m, "--text", "x"],
                 ["task", "add", m, "--content", "x", "--lead", "Sở Nội vụ"],
                 ["task", "update", t, "--cancel"], ["export", m, "--kind", "notice",
                 "--out", str(f / "a.pdf"), "--draft"], ["suggest", m],
                 ["transcribe", e], ["tasks", "--meeting", m],
                 ["record", "--meeting", m, "--device", "none", "--duration", "1"]):  # fmt: skip
        slot = base.index(m) if m in base else base.index(t) if t in base else base.index(e)
        vary(base, slot, NUMBERS)
    # Numbers given as options.
    vary(["tasks", "--due-within", "7"], 2, NUMBERS)
    for option in ("--beam", "--threads", "--window"):
        vary(["transcribe", e, option, "5"], 3, NUMBERS)
    vary(["record", "--device", "none", "--duration", "1"], 4, NUMBERS)
    # Text in every text argument.
    vary(["new", "--title", "x"], 2, TEXTS)
    vary(["new", "--title", "x", "--place", "y"], 4, TEXTS)
    vary(["conclusion", "add", m, "--text", "x"], 4, TEXTS)
    vary(["task", "add", m, "--content", "x", "--lead", "Sở Nội vụ"], 4, TEXTS)
    vary(["task", "add", m, "--content", "x", "--lead", "Sở Nội vụ"], 6, TEXTS)
    vary(["task", "add", m, "--content", "x", "--lead", "L", "--coord", "y"], 8, TEXTS)
    vary(["task", "update", t, "--progress", "x"], 4, TEXTS)
    vary(["tasks", "--unit", "x"], 2, TEXTS)
    vary(["tasks", "--text", "x"], 2, TEXTS)
    vary(["search", "x"], 1, TEXTS + ['"', "*", "NEAR(", "a OR"])
    vary(["memo", "--unit", "x", "--out", str(f / "m.pdf")], 2, TEXTS)
    vary(["suggest", "--text", "x"], 2, TEXTS)
    vary(["transcribe", e, "--language", "vi"], 3, ["xx", "", "VI", "english"] + TEXTS[:4])
    vary(["transcribe", e, "--model", "base"], 3, ["nope", "", "/dev/null", str(f)])
    vary(["record", "--device", "none", "--live-transcribe", "--language", "vi", "--duration",
          "1"], 5, ["xx", "", TEXTS[4]])  # fmt: skip
    vary(
        ["record", "--device", "x", "--duration", "1"],
        2,
        ["", "file:" + str(f / "random.mp3"), "file:/dev/zero", "9999", "-1", TEXTS[4]],
    )
    # Files.
    vary(["import", "x"], 1, bad_files)
    vary(["import", "x", "--meeting", e], 1, bad_files[:4])
    vary(
        ["suggest", "--text-file", "x"],
        2,
        bad_files[:4] + ["/dev/zero", str(f / "latin1.txt"), str(f / "big.txt")],
    )
    vary(["export", m, "--kind", "notice", "--out", "x", "--draft"], 5, outs)
    vary(["export", m, "--kind", "transcript", "--out", "x"], 5, outs)
    vary(["memo", "--unit", "Sở Nội vụ", "--out", "x", "--draft"], 4, outs)
    vary(["report", "--out", "x", "--draft"], 2, outs)
    # Dates.
    vary(["new", "--title", "x", "--date", "d"], 4, DATES)
    vary(["task", "add", m, "--content", "x", "--lead", "L", "--deadline", "d"], 8, DATES)
    vary(["task", "update", t, "--done", "d"], 4, DATES)
    vary(["tasks", "--deadline-from", "d"], 2, DATES)
    vary(["report", "--from", "d", "--out", str(f / "r.pdf")], 2, DATES)
    vary(["suggest", "--text", "giao Sở Nội vụ rà soát trước ngày 15/9", "--date", "d"], 4, DATES)
    # Choices and flags.
    vary(["export", m, "--kind", "x", "--out", str(f / "k.pdf")], 3, ["", "nope", "NOTICE"])
    vary(["transcript", m, "--format", "x"], 3, ["", "pdf", "docx"])
    vary(["tasks", "--status", "x"], 2, ["", "late", "OVERDUE"])
    cases += [["--lang", "fr", "meetings"], ["meetings", "--lang"], ["task"], ["conclusion"],
              ["frobnicate"], ["--version"], ["--help"], ["show"], ["export", m],
              ["suggest"], ["suggest", m, "--text", "x"], ["task", "update", t]]  # fmt: skip
    # The database itself.
    for db in ("", "/dev/null", str(f / "folder.wav"), str(f / "empty.db"),
               str(f / "garbage.db"), str(f / "missing" / "deep" / "m.db")):  # fmt: skip
        cases.append(["--db", db, "meetings"])
    return cases


def run(work: Path) -> None:
    ctx = build(work)
    from meeting_assistant.cli import main
    from meeting_assistant.i18n import set_language

    def alarm(_signum, _frame):
        raise Hung

    signal.signal(signal.SIGALRM, alarm)
    for argv in corpus(ctx):
        full = argv if argv[:1] == ["--db"] else ["--db", ctx["db"], *argv]
        out, err = io.StringIO(), io.StringIO()
        escaped, hung = None, False
        began = time.monotonic()
        signal.alarm(CASE_LIMIT_S)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(full)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except Hung:
            code, hung = None, True
        except BaseException:  # noqa: BLE001 - what the test is looking for
            code, escaped = None, traceback.format_exc()
        finally:
            signal.alarm(0)
            set_language(None)
        text = err.getvalue()
        print(json.dumps({
            "argv": [a.encode("utf-8", "backslashreplace").decode()[:120] for a in argv],
            "code": code, "hung": hung, "escaped": escaped,
            "traceback": "Traceback" in text, "stderr": text[-400:], "head": text[:80],
            "seconds": round(time.monotonic() - began, 2),
        }, ensure_ascii=False), flush=True)  # fmt: skip


if __name__ == "__main__":
    run(Path(sys.argv[1]))
