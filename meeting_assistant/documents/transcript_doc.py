"""The transcript as a document (DOCX): the issuing body, a title, the meeting's details and the
recording it came from, a line saying whether the clerk checked it against the recording (a
machine transcript is unverified until then), then the segments, "[hh:mm:ss] text", the
speaker's name in bold at the start of each of their turns. Plain text lives in `transcript.py`."""

from __future__ import annotations

from .blocks import Document, Para, Rule, Run, Spacer
from .content import MeetingContent
from .layout import MM, Layout
from .letterhead import para, secrecy_mark
from .minutes import transcript_paragraphs
from .transcript import clock
from .wording import balanced_lines

_T = "documents.transcript."


def _issuer(layout: Layout, org) -> list:
    """The superior and issuing body, centred over the title, as the header's left column."""
    h = layout.get("header")
    width = layout.frame_width_pt()
    out: list = []
    if org.superior_body:
        style = h["superior"]
        out.append(
            Para(
                [
                    Run(
                        balanced_lines(layout, org.superior_body.upper(), width, style["size"]),
                        bold=bool(style.get("bold")),
                    )
                ],
                size=style["size"],
                align="center",
            )
        )
    style = h["issuing"]
    name = (org.issuing_body or layout.get("blank")).upper()
    out.append(Para([Run(name, bold=bool(style.get("bold")))], size=style["size"], align="center"))
    out.append(Rule(30 * MM, layout.get("header.rule_width_pt"), space_after_pt=6))
    return out


def build_transcript(content: MeetingContent, layout: Layout, org) -> Document:
    c = content
    blank = layout.get("blank")
    blocks: list = _issuer(layout, org)
    box = secrecy_mark(layout, c.secrecy)
    if box is not None:
        blocks.append(box)
    blocks.append(
        Para(
            [Run(layout.get(_T + "title"), bold=True)],
            size=layout.get("title.type_size"),
            align="center",
            space_before_pt=layout.get("title.space_before_pt"),
            space_after_pt=layout.get("title.space_after_pt"),
        )
    )
    details = [
        layout.text(_T + "meeting", title=c.title),
        layout.text(_T + "date", date=layout.date(c.date)),
    ]
    if c.start_time or c.end_time:
        details.append(
            layout.text(_T + "time", start=layout.clock(c.start_time), end=layout.clock(c.end_time))
        )
    details += [
        layout.text(_T + "place", place=c.place or blank),
        layout.text(_T + "chair", chair=c.chair or blank),
        layout.text(_T + "secretary", secretary=c.secretary or blank),
    ]
    if c.recordings:
        files = "; ".join(
            layout.text(_T + "recording_file", name=name, duration=clock(seconds, millis=False))
            for name, seconds in c.recordings
        )
        details.append(layout.text(_T + "recording", files=files))
    blocks += [para(layout, line, indent=False, align="left", after=2) for line in details]
    blocks.append(
        para(
            layout,
            layout.get(_T + ("checked" if c.transcript_checked else "unchecked")),
            italic=True,
            indent=False,
            before=4,
        )
    )
    blocks.append(Spacer(layout.get("title.space_after_pt")))
    if not c.transcript:
        blocks.append(para(layout, layout.get(_T + "empty"), italic=True, indent=False))
    blocks += transcript_paragraphs(layout, c.transcript, _T, c.chair)
    return Document(
        title=f"{layout.get(_T + 'title')} — {c.title}", author=org.issuing_body, blocks=blocks
    )
