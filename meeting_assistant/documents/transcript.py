"""A meeting's transcript as plain text, SubRip (SRT), WebVTT or JSON.

Times run on across a meeting's audio files (the second file starts where the first ended), so a
transcript of a meeting recorded in two parts reads as one. Speakers: plain text names each
speaker once at the start of their turn; a subtitle cue, seen alone, starts with "Name: " (SRT) or
is the speaker's voice span (WebVTT's `<v Name>`); JSON gives each segment's `speaker`.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict

from ..models import AudioFile, Segment
from ..text import clock, names_person, nfc
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


def _text(seg: Segment) -> str:
    # A blank line would end a subtitle cue early: keep a segment's lines together.
    return _BLANK_LINES.sub("\n", nfc(seg.text).strip())


def _line(seg: Segment) -> str:
    return f"{nfc(seg.speaker)}: {_text(seg)}" if seg.speaker else _text(seg)


def _vtt_escape(text: str) -> str:
    """WebVTT cue text: "-->" would start a timing line, and & < > are markup there."""
    text = _ARROW.sub("->", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _vtt_text(seg: Segment) -> str:
    text = _vtt_escape(_text(seg))
    if not seg.speaker:
        return text
    # The voice span: players show (or style) who speaks; the name is the span's annotation.
    return f"<v {_vtt_escape(' '.join(nfc(seg.speaker).split()))}>{text}"


def to_txt(rows, chair: str | None = None) -> str:
    """One line per segment, "[hh:mm:ss] text"; when the transcript has speakers, each turn is
    headed by its speaker's name ("… (chủ trì):" for the chair) after a blank line."""
    if not any(seg.speaker for _start, _end, seg in rows):
        return "".join(
            f"[{clock(start, millis=False)}] {_text(seg)}\n" for start, _end, seg in rows
        )
    out: list[str] = []
    previous: object = object()
    for start, _end, seg in rows:
        speaker = nfc(seg.speaker).strip() if seg.speaker else ""
        if speaker != previous:
            if out:
                out.append("\n")
            if speaker:
                out.append(
                    f"{speaker} (chủ trì):\n" if names_person(chair, speaker) else f"{speaker}:\n"
                )
            previous = speaker
        out.append(f"[{clock(start, millis=False)}] {_text(seg)}\n")
    return "".join(out)


def to_srt(rows, chair: str | None = None) -> str:
    blocks = [
        f"{i}\n{clock(start)} --> {clock(end)}\n{_line(seg)}\n"
        for i, (start, end, seg) in enumerate(rows, 1)
    ]
    return "\n".join(blocks)


def to_vtt(rows, chair: str | None = None) -> str:
    blocks = [
        f"{clock(start, '.')} --> {clock(end, '.')}\n{_vtt_text(seg)}\n" for start, end, seg in rows
    ]
    return "WEBVTT\n\n" + "\n".join(blocks)


def to_json(rows, chair: str | None = None) -> str:
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


def render(
    fmt: str, segments: list[Segment], audios: list[AudioFile], chair: str | None = None
) -> str:
    """The transcript in `fmt`; `chair` (the meeting's chair) is marked so in plain text."""
    rows = timeline(segments, audios)
    return {"txt": to_txt, "srt": to_srt, "vtt": to_vtt, "json": to_json}[fmt](rows, chair)
