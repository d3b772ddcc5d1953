"""A meeting's transcript as plain text, SubRip (SRT), WebVTT or JSON.

Times run on across a meeting's audio files (the second file starts where the first ended), so a
transcript of a meeting recorded in two parts reads as one.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict

from ..models import AudioFile, Segment
from ..text import clock, nfc
from ..timeline import Timeline

FORMATS = ("txt", "srt", "vtt", "json")
__all__ = ["FORMATS", "clock", "render", "timeline"]


def timeline(
    segments: list[Segment], audios: list[AudioFile]
) -> list[tuple[float, float, Segment]]:
    """(start, end, segment) with times measured from the start of the meeting's first file."""
    return Timeline.of(audios).segments(segments)


_BLANK_LINES = re.compile(r"\n\s*\n")
_ARROW = re.compile(r"-{2,}>")


def _line(seg: Segment) -> str:
    # A blank line would end a subtitle cue early: keep a segment's lines together.
    text = _BLANK_LINES.sub("\n", nfc(seg.text).strip())
    return f"{nfc(seg.speaker)}: {text}" if seg.speaker else text


def _vtt_text(seg: Segment) -> str:
    """WebVTT cue text: "-->" would start a timing line, and & < > are markup there."""
    text = _ARROW.sub("->", _line(seg))
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_txt(rows) -> str:
    return "".join(f"[{clock(start, millis=False)}] {_line(seg)}\n" for start, _end, seg in rows)


def to_srt(rows) -> str:
    blocks = [
        f"{i}\n{clock(start)} --> {clock(end)}\n{_line(seg)}\n"
        for i, (start, end, seg) in enumerate(rows, 1)
    ]
    return "\n".join(blocks)


def to_vtt(rows) -> str:
    blocks = [
        f"{clock(start, '.')} --> {clock(end, '.')}\n{_vtt_text(seg)}\n" for start, end, seg in rows
    ]
    return "WEBVTT\n\n" + "\n".join(blocks)


def to_json(rows) -> str:
    out = []
    for start, end, seg in rows:
        item = asdict(seg)
        shift = start - seg.start
        item.update(
            start=round(start, 3),
            end=round(end, 3),
            text=nfc(seg.text),
            speaker=nfc(seg.speaker) or None,
        )
        item["words"] = [
            {"start": round(w.start + shift, 3), "end": round(w.end + shift, 3), "word": w.word,
             "probability": w.probability}
            for w in seg.words
        ]  # fmt: skip
        out.append(item)
    return json.dumps(out, ensure_ascii=False, indent=2) + "\n"


def render(fmt: str, segments: list[Segment], audios: list[AudioFile]) -> str:
    rows = timeline(segments, audios)
    return {"txt": to_txt, "srt": to_srt, "vtt": to_vtt, "json": to_json}[fmt](rows)
