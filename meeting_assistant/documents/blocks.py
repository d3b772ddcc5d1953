"""A document as a list of plain blocks, the one thing both renderers (PDF, DOCX) understand.

Each document module (notice, minutes, memo, report, transcript) decides *what* goes on the page
once, as blocks; `pdf_render` and `docx_render` decide how each block is drawn. Text in blocks is
plain (never markup): the PDF renderer escapes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
class Columns:
    """Side-by-side cells without borders (the two header columns, the signature row).
    Never split across pages."""

    widths_mm: list[float]
    cells: list[list[Para | Rule | Spacer]]
    space_after_pt: float = 0.0

    def visible(self) -> list[tuple[float, list[Para | Rule | Spacer]]]:
        """(width, cell) pairs, leaving out empty gaps too narrow to matter."""
        return [(w, c) for w, c in zip(self.widths_mm, self.cells, strict=True) if c or w >= 0.5]


@dataclass
class Column:
    label: str
    weight: float
    align: str = "left"


@dataclass
class Table:
    """A ruled table whose header row repeats on every page; rows are not split if avoidable."""

    columns: list[Column]
    rows: list[list[str]]
    size: float
    width_mm: float | None = None  # None: the full width between the margins
    bold_rows: set[int] = field(default_factory=set)
    space_after_pt: float = 6.0


@dataclass
class PageBreak:
    pass


Block = Para | Rule | Spacer | Columns | Table | PageBreak


@dataclass
class Document:
    title: str  # for the file's properties
    author: str
    blocks: list[Block]
    orientation: str = "portrait"
    page_numbers: bool = True
