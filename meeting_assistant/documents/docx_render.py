"""Write a `Document` of blocks as DOCX with python-docx, in Times New Roman as the standards ask.

The header columns and signature row are borderless tables; a rule under a header line is an
empty paragraph with a bottom border, indented so the border has the rule's length (measured
with Liberation Serif, whose widths are those of Times New Roman). Page numbers are a PAGE field
centred in the header, left off the first page.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ..text import nfc
from .blocks import Columns, Document, PageBreak, Para, Rule, Spacer, Table
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
        self._page()
        self._styles()

    def _page(self) -> None:
        section = self.out.sections[0]
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
        if self.doc.page_numbers:
            self._page_numbers(section, number)

    def _page_numbers(self, section, number: dict) -> None:
        if not number["on_first_page"]:
            section.different_first_page_header_footer = True
            section.first_page_header.is_linked_to_previous = False
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
        props = self.out.core_properties
        props.title, props.author = nfc(self.doc.title), nfc(self.doc.author)
        props.comments = "Meeting Assistant"

    # Blocks -----------------------------------------------------------------------------------

    def paragraph(self, container, block: Para):
        p = container.add_paragraph()
        fmt = p.paragraph_format
        p.alignment = _ALIGN[block.align]
        if block.first_line_indent_mm:
            fmt.first_line_indent = Mm(block.first_line_indent_mm)
        if block.left_indent_mm:
            fmt.left_indent = Mm(block.left_indent_mm)
        fmt.space_before, fmt.space_after = Pt(block.space_before_pt), Pt(block.space_after_pt)
        fmt.keep_with_next = block.keep_with_next or None
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

    def rule(self, container, block: Rule, room_pt: float) -> None:
        p = container.add_paragraph()
        fmt = p.paragraph_format
        side = max(0.0, (room_pt - block.length_pt) / 2)
        fmt.left_indent = fmt.right_indent = Pt(side)
        fmt.space_before, fmt.space_after = Pt(0), Pt(block.space_after_pt)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, block.space_before_pt))
        borders = _element("w:pBdr")
        size = str(max(2, int(round(block.thickness_pt * 8))))  # eighths of a point
        borders.append(
            _element(
                "w:bottom", **{"w:val": "single", "w:sz": size, "w:space": "1", "w:color": "000000"}
            )
        )
        p._p.get_or_add_pPr().insert_element_before(borders, *_AFTER_BORDERS)

    def spacer(self, container, block: Spacer) -> None:
        p = container.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(max(1.0, block.height_pt))

    def item(self, container, block, room_pt: float) -> None:
        if isinstance(block, Para):
            self.paragraph(container, block)
        elif isinstance(block, Rule):
            self.rule(container, block, room_pt)
        elif isinstance(block, Spacer):
            self.spacer(container, block)
        elif isinstance(block, Columns):
            self.columns(container, block)
        elif isinstance(block, Table):
            self.table(container, block)
        elif isinstance(block, PageBreak):
            self.out.add_page_break()
        else:
            raise TypeError(f"unknown block {block!r}")

    def _fixed_table(self, container, rows: int, widths_pt: list[float]):
        table = container.add_table(rows=rows, cols=len(widths_pt))
        table.autofit = False
        for column, width in zip(table.columns, widths_pt, strict=True):
            column.width = Pt(width)
        return table

    def columns(self, container, block: Columns) -> None:
        visible = block.visible()
        widths = [w * MM for w, _ in visible]
        table = self._fixed_table(container, 1, widths)
        _cell_margins(table, 0)
        _row_flags(table.rows[0])
        for cell, (_, items), width in zip(table.rows[0].cells, visible, widths, strict=True):
            cell.width = Pt(width)
            first = cell.paragraphs[0]
            for item in items:
                self.item(cell, item, width)
            if len(cell.paragraphs) > 1:
                first._p.getparent().remove(first._p)
        if block.space_after_pt:
            self.spacer(container, Spacer(block.space_after_pt))

    def table(self, container, block: Table) -> None:
        total = block.width_mm * MM if block.width_mm else self.frame_pt
        weight = sum(c.weight for c in block.columns)
        widths = [total * c.weight / weight for c in block.columns]
        table = self._fixed_table(container, 1, widths)
        table.style = self.out.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _cell_margins(table, self.layout.get("table.padding_pt"))
        head = table.rows[0]
        _row_flags(head, header=True)
        for cell, column, width in zip(head.cells, block.columns, widths, strict=True):
            cell.width = Pt(width)
            self._cell_text(cell, column.label, block.size, "center", bold=True)
        for index, values in enumerate(block.rows):
            row = table.add_row()
            _row_flags(row)
            for cell, text, column, width in zip(
                row.cells, values, block.columns, widths, strict=True
            ):
                cell.width = Pt(width)
                self._cell_text(cell, text, block.size, column.align, index in block.bold_rows)
        self.spacer(container, Spacer(block.space_after_pt))

    def _cell_text(self, cell, text: str, size: float, align: str, bold: bool = False) -> None:
        lines = nfc(text).split("\n")
        for index, line in enumerate(lines):
            p = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            p.alignment = _ALIGN[align]
            run = p.add_run(line)
            run.font.size = Pt(size)
            run.bold = bold or None

    def write(self, path: Path) -> None:
        body = self.out
        for block in self.doc.blocks:
            self.item(body, block, self.frame_pt)
        if self.doc.blocks and isinstance(self.doc.blocks[-1], (Columns, Table)):
            self.spacer(body, Spacer(1))  # Word wants a paragraph after a closing table
        self.out.save(str(path))


def render_docx(doc: Document, layout: Layout, path: Path) -> None:
    """Write `doc` to `path` as a DOCX file."""
    _Writer(layout, doc).write(path)
