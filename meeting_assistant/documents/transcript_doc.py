"""The transcript as a document (DOCX): a title, the meeting's details, then one line per
segment, "[hh:mm:ss] Speaker: text". Plain-text formats live in `transcript.py`."""

from __future__ import annotations

from .blocks import Document, Para, Run, Spacer
from .content import MeetingContent
from .layout import Layout
from .letterhead import para
from .minutes import clock_time, transcript_paragraphs

_T = "documents.transcript."


def build_transcript(content: MeetingContent, layout: Layout, org) -> Document:
    c = content
    blank = layout.get("blank")
    blocks: list = [
        Para(
            [Run(layout.get(_T + "title"), bold=True)],
            size=layout.get("title.type_size"),
            align="center",
            space_after_pt=layout.get("title.space_after_pt"),
        )
    ]
    details = [
        layout.text(_T + "meeting", title=c.title),
        layout.text(_T + "date", date=layout.date(c.date)),
    ]
    if c.start_time or c.end_time:
        details.append(
            layout.text(
                _T + "time",
                start=clock_time(layout, c.start_time),
                end=clock_time(layout, c.end_time),
            )
        )
    details += [
        layout.text(_T + "place", place=c.place or blank),
        layout.text(_T + "chair", chair=c.chair or blank),
        layout.text(_T + "secretary", secretary=c.secretary or blank),
    ]
    blocks += [para(layout, line, indent=False, align="left", after=2) for line in details]
    blocks.append(Spacer(layout.get("title.space_after_pt")))
    if not c.transcript:
        blocks.append(para(layout, layout.get(_T + "empty"), italic=True, indent=False))
    blocks += transcript_paragraphs(layout, c.transcript, _T)
    return Document(
        title=f"{layout.get(_T + 'title')} — {c.title}", author=org.issuing_body, blocks=blocks
    )
