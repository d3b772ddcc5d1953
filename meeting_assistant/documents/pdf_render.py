"""Draw a `Document` of blocks as a PDF with reportlab, set in the layout's TrueType family.

Every text is NFC-normalised and escaped before reportlab's Paragraph parses it, so "<b>" and
"&" typed by the clerk print as written. The text frame is exactly the page less the layout's
margins (reportlab's frames pad by 6 pt unless told not to), so lines break where Word breaks
them. Page numbers sit centred in the top margin from page 2; an appendix numbers its own pages.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LayoutError,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
)
from reportlab.platypus import PageBreak as PdfPageBreak
from reportlab.platypus import Spacer as PdfSpacer
from reportlab.platypus import Table as PdfTable

from ..text import nfc
from .blocks import (
    Appendix,
    Box,
    Columns,
    Document,
    Keep,
    PageBreak,
    Para,
    Rule,
    Run,
    Spacer,
    Table,
)
from .fonts import FontFamily, register_family
from .layout import MM, Layout

_ROWS_WITH_HEADING = 90  # points: room for the header row and two or three rows
_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_FOOTER_GAP = 6  # points between the body and the rule above the first page's footer


class _HRule(Flowable):
    """A line of fixed length centred in the available width."""

    def __init__(self, rule: Rule) -> None:
        super().__init__()
        self.length, self.thickness = rule.length_pt, rule.thickness_pt
        self.before, self.after = rule.space_before_pt, rule.space_after_pt

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.before + self.thickness + self.after
        return self.width, self.height

    def draw(self):
        x = (self.width - min(self.length, self.width)) / 2
        y = self.height - self.before - self.thickness / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, y, x + min(self.length, self.width), y)


class _Box(Flowable):
    """A word in a frame of one or two borders, centred in the available width (the "MẬT"
    mark)."""

    def __init__(self, box: Box, font: str) -> None:
        super().__init__()
        self.box, self.font = box, font

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.height = self.box.space_before_pt + self.box.height_mm * MM
        return self.width, self.height

    def draw(self):
        b = self.box
        w, h = b.width_mm * MM, b.height_mm * MM
        x = (self.width - w) / 2
        c = self.canv
        c.setLineWidth(0.6)
        c.rect(x, 0, w, h)
        if b.double:
            g = b.gap_mm * MM
            c.rect(x + g, g, w - 2 * g, h - 2 * g)
        c.setFont(self.font, b.size)
        c.drawCentredString(self.width / 2, h / 2 - b.size * 0.33, nfc(b.text))


def markup(runs: list[Run]) -> str:
    """Paragraph markup for plain runs: escaped, line breaks kept, bold/italic/underline."""
    out = []
    for run in runs:
        text = escape(nfc(run.text)).replace("\n", "<br/>")
        if run.underline:
            text = f"<u>{text}</u>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


class _Renderer:
    def __init__(self, layout: Layout, orientation: str) -> None:
        self.layout = layout
        self.fonts: FontFamily = register_family(layout.get("fonts.pdf_family"))
        self.orientation = orientation
        self.frame_width = layout.frame_width_pt(orientation)
        self._styles: dict[tuple, ParagraphStyle] = {}

    def style(self, size: float, align: str = "left", **options: float) -> ParagraphStyle:
        """A cached style; options: indent (first line), left, before, after, keep."""
        key = (size, align, *sorted(options.items()))
        if key not in self._styles:
            self._styles[key] = ParagraphStyle(
                f"s{len(self._styles)}",
                fontName=self.fonts.regular,
                fontSize=size,
                leading=self.layout.leading(size),
                alignment=_ALIGN[align],
                firstLineIndent=options.get("indent", 0.0),
                leftIndent=options.get("left", 0.0),
                spaceBefore=options.get("before", 0.0),
                spaceAfter=options.get("after", 0.0),
                keepWithNext=int(options.get("keep", False)),
                # reportlab squeezes spaces by up to 5 % to fit a word on a line; Word and
                # LibreOffice never do, so neither do we: the lines break where Word's break.
                spaceShrinkage=0.0,
                allowWidows=0,  # Word's widow control: no paragraph's last line alone on a page
            )
        return self._styles[key]

    def paragraph(self, p: Para, keep: bool | None = None) -> Paragraph:
        style = self.style(
            p.size,
            p.align,
            indent=p.first_line_indent_mm * MM,
            left=p.left_indent_mm * MM,
            before=p.space_before_pt,
            after=p.space_after_pt,
            keep=p.keep_with_next if keep is None else keep,
        )
        return Paragraph(markup(p.runs), style)

    def flowable(self, block):
        if isinstance(block, Para):
            return self.paragraph(block)
        if isinstance(block, Rule):
            return _HRule(block)
        if isinstance(block, Spacer):
            return PdfSpacer(1, block.height_pt)
        if isinstance(block, Box):
            return _Box(block, self.fonts.pick(bold=block.bold))
        if isinstance(block, PageBreak):
            return PdfPageBreak()
        if isinstance(block, Columns):
            return self.columns(block)
        if isinstance(block, Table):
            return self.table(block)
        raise TypeError(f"unknown block {block!r}")

    def cell(self, items: list) -> list:
        """A cell's flowables. A table cell drops the space above its first paragraph, which
        the header needs (it sets "Số …" level with the date line): it becomes a spacer."""
        out = [self.flowable(item) for item in items]
        if items and isinstance(items[0], Para) and items[0].space_before_pt:
            first = dataclasses.replace(items[0], space_before_pt=0.0)
            out[0:1] = [PdfSpacer(1, items[0].space_before_pt), self.paragraph(first)]
        return out

    def columns(self, block: Columns) -> PdfTable:
        widths_mm, rows = block.visible()
        table = PdfTable(
            [[self.cell(cell) for cell in row] for row in rows],
            colWidths=[w * MM for w in widths_mm],
            spaceAfter=block.space_after_pt,
            hAlign="LEFT",
        )
        table.setStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.fonts.regular),  # not Table's Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        return table

    def table(self, block: Table, split_in_row: bool = False) -> PdfTable:
        t = self.layout.get("table")
        pad = t["padding_pt"] if block.padding_pt is None else block.padding_pt
        widths = block.widths_pt(self.frame_width, self.layout.get("fonts.pdf_family"), pad)
        head = [
            Paragraph(markup([Run(c.label, bold=True)]), self.style(block.size, "center"))
            for c in block.columns
        ]
        body = []
        for index, row in enumerate(block.rows):
            if index in block.group_rows:
                run = Run(row[0], bold=True, italic=block.group_rows[index] > 1)
                cell = Paragraph(markup([run]), self.style(block.size, "left"))
                body.append([cell] + [""] * (len(block.columns) - 1))
                continue
            bold = index in block.bold_rows
            body.append(
                [
                    Paragraph(markup([Run(text, bold=bold)]), self.style(block.size, c.align))
                    for text, c in zip(row, block.columns, strict=True)
                ]
            )
        table = PdfTable(
            [head, *body],
            colWidths=widths,
            repeatRows=1,
            splitByRow=1,
            splitInRow=int(split_in_row),
            spaceAfter=block.space_after_pt,
            hAlign="CENTER",
        )
        style = [
            ("FONT", (0, 0), (-1, -1), self.fonts.regular),  # not Table's Helvetica
            ("GRID", (0, 0), (-1, -1), t.get("grid_width_pt", 0.5), "black"),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad),
            ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ]
        style += [("SPAN", (0, i + 1), (-1, i + 1)) for i in sorted(block.group_rows)]
        table.setStyle(style)
        return table

    def story(self, doc: Document, split_in_row: bool = False) -> list:
        out = []
        for index, block in enumerate(doc.blocks):
            after = doc.blocks[index + 1] if index + 1 < len(doc.blocks) else None
            if isinstance(block, Table):
                out.append(self.table(block, split_in_row))
            elif isinstance(block, Keep):
                out.append(KeepTogether([self.flowable(b) for b in block.blocks]))
            elif isinstance(block, Appendix):
                out += [NextPageTemplate("appendix"), PdfPageBreak()]
            elif isinstance(block, Para) and block.keep_with_next and isinstance(after, Table):
                # Keeping a heading with a long table would push both to the next page: start
                # a new page only when the heading and a few rows would not fit.
                room = self.layout.leading(block.size) * 2 + _ROWS_WITH_HEADING
                out.append(CondPageBreak(room))
                out.append(self.paragraph(block, keep=False))
            else:
                out.append(self.flowable(block))
        return out


def render_pdf(doc: Document, layout: Layout, path: Path) -> None:
    """Write `doc` to `path` as a PDF."""
    renderer = _Renderer(layout, doc.orientation)
    margins = layout.margins_pt
    page_w, page_h = layout.page_size_pt(doc.orientation)
    frame_w = page_w - margins["left"] - margins["right"]
    frame_h = page_h - margins["top"] - margins["bottom"]
    number = layout.get("page.page_number")
    footer = [renderer.paragraph(p) for p in doc.first_page_footer]
    footer_h = sum(f.wrap(frame_w, frame_h)[1] for f in footer)
    footer_room = footer_h + _FOOTER_GAP + 2 if footer else 0.0
    started: dict[str, int] = {}

    def draw_number(canvas, shown: int, first: bool) -> None:
        if not doc.page_numbers or (first and not number["on_first_page"]):
            return
        canvas.saveState()
        canvas.setFont(renderer.fonts.regular, number["size"])
        canvas.drawCentredString(
            margins["left"] + frame_w / 2,
            page_h - margins["top"] / 2 - number["size"] / 3,
            str(shown),
        )
        canvas.restoreState()

    def on_page(canvas, pdf_doc) -> None:
        draw_number(canvas, pdf_doc.page, pdf_doc.page == 1)
        if footer and pdf_doc.page == 1:
            canvas.saveState()
            y = margins["bottom"] + footer_h + 2
            canvas.setLineWidth(0.6)
            canvas.line(margins["left"], y, margins["left"] + frame_w, y)
            for flowable in footer:
                _w, h = flowable.wrap(frame_w, frame_h)
                y -= h + 0
                flowable.drawOn(canvas, margins["left"], y + 0)
            canvas.restoreState()

    def on_appendix_page(canvas, pdf_doc) -> None:
        start = started.setdefault("appendix", pdf_doc.page)
        draw_number(canvas, pdf_doc.page - start + 1, pdf_doc.page == start)

    def frame(name: str, room: float = 0.0) -> Frame:
        return Frame(
            margins["left"],
            margins["bottom"] + room,
            frame_w,
            frame_h - room,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    def build(split_in_row: bool) -> None:
        started.clear()
        pdf = BaseDocTemplate(
            str(path),
            pagesize=(page_w, page_h),
            leftMargin=margins["left"],
            rightMargin=margins["right"],
            topMargin=margins["top"],
            bottomMargin=margins["bottom"],
            title=nfc(doc.title),
            author=nfc(doc.author),
            creator="Meeting Assistant",
            initialFontName=renderer.fonts.regular,  # never a base-14 font in the file
            subject=nfc(doc.title),
        )
        pdf.addPageTemplates(
            [
                PageTemplate(
                    "first",
                    [frame("first", footer_room)],
                    onPage=on_page,
                    autoNextPageTemplate="later",
                ),
                PageTemplate("later", [frame("later")], onPage=on_page),
                PageTemplate("appendix", [frame("appendix")], onPage=on_appendix_page),
            ]
        )
        pdf.build(renderer.story(doc, split_in_row))

    try:
        build(split_in_row=False)
    except LayoutError:
        # A row taller than a page (a very long note) cannot move to the next page whole:
        # only then are rows allowed to break inside.
        build(split_in_row=True)
