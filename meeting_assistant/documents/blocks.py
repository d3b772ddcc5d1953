"""A document as a list of plain blocks, the one thing both renderers (PDF, DOCX) understand.

Each document module (notice, minutes, memo, report, transcript) decides *what* goes on the page
once, as blocks; `pdf_render` and `docx_render` decide how each block is drawn. Text in blocks is
plain (never markup): the PDF renderer escapes it. Column widths are decided here too
(`Table.widths_pt`), so a table breaks its lines the same way in the PDF and in Word.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import text_width


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass
class Para:
    runs: list[Run]
    size: float
    align: str = "justify"  # left | center | right | justify
    first_line_indent_mm: float = 0.0  # negative with left_indent_mm: a hanging indent
    left_indent_mm: float = 0.0
    space_before_pt: float = 0.0
    space_after_pt: float = 0.0
    keep_with_next: bool = False

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Rule:
    """A horizontal line of `length_pt`, centred in its column (the rules under headers)."""

    length_pt: float
    thickness_pt: float = 0.6
    space_after_pt: float = 0.0
    space_before_pt: float = 5.0  # clear of the line above, dots below (ụ, ệ) included


@dataclass
class Spacer:
    height_pt: float


@dataclass
class Box:
    """A short text in a bordered frame, centred in its column: the secrecy mark ("MẬT")."""

    text: str
    size: float
    width_mm: float
    height_mm: float
    bold: bool = True
    double: bool = True  # two borders `gap_mm` apart, as the stamp has
    gap_mm: float = 1.0
    space_before_pt: float = 6.0


Cell = list  # of Para | Rule | Spacer | Box


@dataclass
class Columns:
    """Side-by-side cells without borders, in rows (the header: issuing body beside the national
    heading, then the number beside the date line, so those two share a line whatever the height
    of the names above them; the signature row). Never split across pages."""

    widths_mm: list[float]
    rows: list[list[Cell]]
    space_after_pt: float = 0.0

    def visible(self) -> tuple[list[float], list[list[Cell]]]:
        """Widths and rows without the empty gap columns too narrow to matter."""
        keep = [
            i for i, w in enumerate(self.widths_mm) if w >= 0.5 or any(row[i] for row in self.rows)
        ]
        return [self.widths_mm[i] for i in keep], [[row[i] for i in keep] for row in self.rows]


@dataclass
class Column:
    label: str
    weight: float
    align: str = "left"
    # Each line of its cells must fit unbroken ("Chưa hoàn thành," / "quá hạn"): the column is
    # made at least that wide, and the other columns share what is left by weight.
    keep_lines: bool = False


@dataclass
class Table:
    """A ruled table whose header row repeats on every page; rows are not split if avoidable.
    A group row (`group_rows`: row index → level) spans every column and names what the rows
    under it share: in a report, the meeting they came from (level 1, bold) and their lead
    unit (level 2, bold italic)."""

    columns: list[Column]
    rows: list[list[str]]
    size: float
    width_mm: float | None = None  # None: the full width between the margins
    bold_rows: set[int] = field(default_factory=set)
    group_rows: dict[int, int] = field(default_factory=dict)
    space_after_pt: float = 6.0
    padding_pt: float | None = None  # None: the layout's table padding

    def widths_pt(self, frame_pt: float, family: str, padding_pt: float) -> list[float]:
        """Column widths: by weight, except that a `keep_lines` column gets at least the width
        of its longest line (label included) and the others give way in proportion."""
        total = self.width_mm * 72 / 25.4 if self.width_mm else frame_pt
        weight = sum(c.weight for c in self.columns)
        widths = [total * c.weight / weight for c in self.columns]
        need = {}
        for index, column in enumerate(self.columns):
            if not column.keep_lines:
                continue
            lines = [line for row in self._cells(index) for line in row.split("\n")]
            label = column.label.split("\n") if "\n" in column.label else column.label.split()
            widest = max(
                [text_width(line, family, self.size) for line in lines]
                + [text_width(line, family, self.size, bold=True) for line in label]
            )
            need[index] = widest + 2 * padding_pt + 1.0  # a point spare for rounding in Word
        grow = {i: w for i, w in need.items() if w > widths[i]}
        if grow:
            rest = [i for i in range(len(widths)) if i not in grow]
            extra = sum(grow[i] - widths[i] for i in grow)
            pool = sum(widths[i] for i in rest)
            if rest and pool > extra:
                for i in rest:
                    widths[i] -= extra * widths[i] / pool
                for i, w in grow.items():
                    widths[i] = w
        return widths

    def _cells(self, index: int) -> list[str]:
        return [row[index] for n, row in enumerate(self.rows) if n not in self.group_rows]


@dataclass
class Keep:
    """Blocks that must stay on one page together: the closing paragraph, the signature and
    "Nơi nhận", so that no page holds a signature alone."""

    blocks: list


@dataclass
class PageBreak:
    pass


@dataclass
class Appendix:
    """Starts an appendix on a new page whose pages are numbered on their own (Nghị định 30,
    Phụ lục I, Phần I, Mục III.1.đ)."""


Block = Para | Rule | Spacer | Box | Columns | Table | Keep | PageBreak | Appendix


@dataclass
class Document:
    title: str  # for the file's properties
    author: str
    blocks: list[Block]
    orientation: str = "portrait"
    page_numbers: bool = True
    # Lines at the foot of page 1 under a full-width rule (ô 13 of Phụ lục I: address, phone).
    first_page_footer: list[Para] = field(default_factory=list)
