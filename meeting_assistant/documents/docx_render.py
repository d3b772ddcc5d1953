"""Write a `Document` of blocks as DOCX with python-docx, in Times New Roman as the standards ask.

The header columns and signature row are borderless tables; a rule under a header line is an
empty paragraph with a bottom border, indented so the border has the rule's length (measured
with Liberation Serif, whose widths are those of Times New Roman). Column widths, margins and
spacing are the PDF's, so lines break alike. Page numbers are a PAGE field centred in the
header, left off the first page; an appendix is a section of its own that numbers from 1. Blocks
kept together in the PDF are chained with "keep with next".
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..text import nfc
from .blocks import Appendix, Box, Columns, Document, Keep, PageBreak, Para, Rule, Spacer, Table
from .layout import MM, Layout

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


# What may follow <w:pBdr> in a paragraph's properties (the schema's order).
_AFTER_BORDERS = (
    "w:shd",
    "w:tabs",
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def _element(tag: str, **attrs: str):
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _set_fonts(rpr, family: str) -> None:
    """Name the family for every script slot, so Word never substitutes one for Vietnamese."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _element("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), family)


def _cell_margins(table, points: float) -> None:
    tbl_pr = table._tbl.tblPr
    margins = _element("w:tblCellMar")
    twips = str(int(round(points * 20)))
    for side in ("top", "left", "bottom", "right"):
        margins.append(_element(f"w:{side}", **{"w:w": twips, "w:type": "dxa"}))
    # Word is strict about the order of a table's properties: margins go before tblLook.
    tbl_pr.insert_element_before(
        margins, "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"
    )


def _borders(
    p, sides: tuple[str, ...], val: str = "single", size_pt: float = 0.6, space: int = 1
) -> None:
    """Borders on a paragraph (a rule under a header line, the frame of the secrecy mark)."""
    borders = _element("w:pBdr")
    size = str(max(2, int(round(size_pt * 8))))  # eighths of a point
    for side in sides:
        borders.append(
            _element(
                f"w:{side}",
                **{"w:val": val, "w:sz": size, "w:space": str(space), "w:color": "000000"},
            )
        )
    p._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDERS)


def _row_flags(row, header: bool = False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(_element("w:cantSplit"))
    if header:
        tr_pr.append(_element("w:tblHeader"))


class _Writer:
    def __init__(self, layout: Layout, doc: Document) -> None:
        self.layout = layout
        self.doc = doc
        self.family = layout.get("fonts.docx_family")
        self.out = new_docx()
        self.frame_pt = layout.frame_width_pt(doc.orientation)
        self._page(self.out.sections[0])
        self._styles()
        if doc.first_page_footer:
            self._first_page_footer(self.out.sections[0])

    def _page(self, section, restart: bool = False) -> None:
        width, height = self.layout.page_size_pt(self.doc.orientation)
        section.orientation = (
            WD_ORIENT.LANDSCAPE if self.doc.orientation == "landscape" else WD_ORIENT.PORTRAIT
        )
        section.page_width, section.page_height = Pt(width), Pt(height)
        margins = self.layout.margins_pt
        section.top_margin, section.bottom_margin = Pt(margins["top"]), Pt(margins["bottom"])
        section.left_margin, section.right_margin = Pt(margins["left"]), Pt(margins["right"])
        number = self.layout.get("page.page_number")
        section.header_distance = Pt(max(margins["top"] / 2 - number["size"] * 0.6, 12))
        section.footer_distance = Pt(max(margins["bottom"] / 2 - 6, 12))
        if self.doc.page_numbers:
            self._page_numbers(section, number, restart)

    def _page_numbers(self, section, number: dict, restart: bool) -> None:
        if not number["on_first_page"]:
            section.different_first_page_header_footer = True
            if not restart:
                section.first_page_header.is_linked_to_previous = False
        if restart:
            # The appendix's pages count from 1 (Phụ lục I, III.1.đ); its headers are the body's.
            sect_pr = section._sectPr
            sect_pr.insert_element_before(
                _element("w:pgNumType", **{"w:start": "1"}),
                "w:cols",
                "w:formProt",
                "w:vAlign",
                "w:noEndnote",
                "w:titlePg",
                "w:textDirection",
                "w:bidi",
                "w:rtlGutter",
                "w:docGrid",
                "w:printerSettings",
                "w:sectPrChange",
            )
            if not number["on_first_page"]:
                section.first_page_footer.is_linked_to_previous = False
            return
        p = section.header.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
            run = p.add_run()
            run.font.size = Pt(number["size"])
            if kind:
                run._r.append(_element("w:fldChar", **{"w:fldCharType": kind}))
            else:
                instr = _element("w:instrText", **{"xml:space": "preserve"})
                instr.text = text
                run._r.append(instr)

    def _first_page_footer(self, section) -> None:
        """Ô 13 of Phụ lục I: the lines at the foot of page 1, under a full-width rule."""
        section.different_first_page_header_footer = True
        footer = section.first_page_footer
        footer.is_linked_to_previous = False
        first = footer.paragraphs[0]
        for block in self.doc.first_page_footer:
            self.paragraph(footer, block)
        first._p.getparent().remove(first._p)
        _borders(footer.paragraphs[0], ("top",), space=4)

    def _styles(self) -> None:
        normal = self.out.styles["Normal"]
        normal.font.name = self.family
        normal.font.size = Pt(self.layout.get("body.size"))
        rpr = normal.element.get_or_add_rPr()
        _set_fonts(rpr, self.family)
        rpr.insert_element_before(
            _element("w:lang", **{"w:val": "vi-VN", "w:eastAsia": "vi-VN"}),
            "w:eastAsianLayout",
            "w:specVanish",
            "w:oMath",
        )
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing = self.layout.get("body.line_spacing")
        fmt.widow_control = True
        props = self.out.core_properties
        props.title, props.author = nfc(self.doc.title), nfc(self.doc.author)
        props.comments = "Meeting Assistant"

    # Blocks -----------------------------------------------------------------------------------

    def paragraph(self, container, block: Para, keep: bool = False):
        p = container.add_paragraph()
        fmt = p.paragraph_format
        p.alignment = _ALIGN[block.align]
        if block.first_line_indent_mm:
            fmt.first_line_indent = Mm(block.first_line_indent_mm)
        if block.left_indent_mm:
            fmt.left_indent = Mm(block.left_indent_mm)
        fmt.space_before, fmt.space_after = Pt(block.space_before_pt), Pt(block.space_after_pt)
        fmt.keep_with_next = (block.keep_with_next or keep) or None
        for run_block in block.runs:
            for index, piece in enumerate(nfc(run_block.text).split("\n")):
                run = p.add_run()
                if index:
                    run.add_break()
                run.add_text(piece)
                run.bold = run_block.bold or None
                run.italic = run_block.italic or None
                run.underline = run_block.underline or None
                run.font.size = Pt(block.size)
        return p

    def rule(self, container, block: Rule, room_pt: float, keep: bool = False) -> None:
        p = container.add_paragraph()
        fmt = p.paragraph_format
        side = max(0.0, (room_pt - block.length_pt) / 2)
        fmt.left_indent = fmt.right_indent = Pt(side)
        fmt.space_before, fmt.space_after = Pt(0), Pt(block.space_after_pt)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, block.space_before_pt))
        fmt.keep_with_next = keep or None
        _borders(p, ("bottom",), size_pt=block.thickness_pt)

    def box(self, container, block: Box, room_pt: float, keep: bool = False) -> None:
        """The secrecy mark: a paragraph framed by a double border, indented to the mark's
        width and centred in its column."""
        p = container.add_paragraph()
        fmt = p.paragraph_format
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        side = max(0.0, (room_pt - block.width_mm * MM) / 2)
        fmt.left_indent = fmt.right_indent = Pt(side)
        fmt.space_before, fmt.space_after = Pt(block.space_before_pt + 2), Pt(2)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(block.height_mm * MM - 4)
        fmt.keep_with_next = keep or None
        run = p.add_run(nfc(block.text))
        run.bold = block.bold or None
        run.font.size = Pt(block.size)
        _borders(
            p,
            ("top", "left", "bottom", "right"),
            "double" if block.double else "single",
            size_pt=0.5,
            space=1,
        )

    def spacer(self, container, block: Spacer, keep: bool = False) -> None:
        p = container.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, block.height_pt))
        fmt.keep_with_next = keep or None

    def item(self, container, block, room_pt: float, keep: bool = False) -> None:
        if isinstance(block, Para):
            self.paragraph(container, block, keep)
        elif isinstance(block, Rule):
            self.rule(container, block, room_pt, keep)
        elif isinstance(block, Spacer):
            self.spacer(container, block, keep)
        elif isinstance(block, Box):
            self.box(container, block, room_pt, keep)
        elif isinstance(block, Columns):
            self.columns(container, block, keep)
        elif isinstance(block, Table):
            self.table(container, block)
        elif isinstance(block, Keep):
            last = len(block.blocks) - 1
            for index, inner in enumerate(block.blocks):
                self.item(container, inner, room_pt, keep=index < last)
        elif isinstance(block, PageBreak):
            self.out.add_page_break()
        elif isinstance(block, Appendix):
            section = self.out.add_section(WD_SECTION.NEW_PAGE)
            self._page(section, restart=True)
        else:
            raise TypeError(f"unknown block {block!r}")

    def _fixed_table(self, container, rows: int, widths_pt: list[float]):
        table = container.add_table(rows=rows, cols=len(widths_pt))
        table.autofit = False
        for column, width in zip(table.columns, widths_pt, strict=True):
            column.width = Pt(width)
        return table

    def columns(self, container, block: Columns, keep: bool = False) -> None:
        widths_mm, rows = block.visible()
        widths = [w * MM for w in widths_mm]
        table = self._fixed_table(container, len(rows), widths)
        _cell_margins(table, 0)
        for row, cells in zip(table.rows, rows, strict=True):
            _row_flags(row)
            for cell, items, width in zip(row.cells, cells, widths, strict=True):
                cell.width = Pt(width)
                first = cell.paragraphs[0]
                for item in items:
                    # In a kept group a row stays with what follows it: its paragraphs say so.
                    self.item(cell, item, width, keep=keep)
                if len(cell.paragraphs) > 1:
                    first._p.getparent().remove(first._p)
                elif keep:
                    first.paragraph_format.keep_with_next = True
        if block.space_after_pt:
            self.spacer(container, Spacer(block.space_after_pt), keep)

    def table(self, container, block: Table) -> None:
        pad = self.layout.get("table.padding_pt") if block.padding_pt is None else block.padding_pt
        widths = block.widths_pt(self.frame_pt, self.layout.get("fonts.pdf_family"), pad)
        table = self._fixed_table(container, 1, widths)
        table.style = self.out.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cell_margins(table, pad)
        head = table.rows[0]
        _row_flags(head, header=True)
        for cell, column, width in zip(head.cells, block.columns, widths, strict=True):
            cell.width = Pt(width)
            self._cell_text(cell, column.label, block.size, "center", bold=True)
        for index, values in enumerate(block.rows):
            row = table.add_row()
            _row_flags(row)
            for cell, width in zip(row.cells, widths, strict=True):
                cell.width = Pt(width)
            if index in block.group_rows:
                merged = row.cells[0].merge(row.cells[-1])
                self._cell_text(
                    merged,
                    values[0],
                    block.size,
                    "left",
                    bold=True,
                    italic=block.group_rows[index] > 1,
                )
                # A group's title row stays with the first task under it.
                for p in merged.paragraphs:
                    p.paragraph_format.keep_with_next = True
                continue
            for cell, text, column in zip(row.cells, values, block.columns, strict=True):
                self._cell_text(cell, text, block.size, column.align, index in block.bold_rows)
        self.spacer(container, Spacer(block.space_after_pt))

    def _cell_text(
        self, cell, text: str, size: float, align: str, bold: bool = False, italic: bool = False
    ) -> None:
        lines = nfc(text).split("\n")
        for index, line in enumerate(lines):
            p = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            p.alignment = _ALIGN[align]
            run = p.add_run(line)
            run.font.size = Pt(size)
            run.bold = bold or None
            run.italic = italic or None

    def write(self, path: Path) -> None:
        body = self.out
        for block in self.doc.blocks:
            self.item(body, block, self.frame_pt)
        last = self.doc.blocks[-1] if self.doc.blocks else None
        if isinstance(last, Keep) and last.blocks:
            last = last.blocks[-1]
        if isinstance(last, (Columns, Table)):
            self.spacer(body, Spacer(1))  # Word wants a paragraph after a closing table
        self.out.save(str(path))


def render_docx(doc: Document, layout: Layout, path: Path) -> None:
    """Write `doc` to `path` as a DOCX file."""
    _Writer(layout, doc).write(path)
