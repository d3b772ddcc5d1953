"""Layout numbers and wording of official documents, read from a data file per standard.

`resources/layouts/state.json` follows Nghị định 30/2020/NĐ-CP (Phụ lục I and III) and
`party.json` Quy định 399-QĐ/TW with Hướng dẫn 05-HD/VPTW (2026). Nothing of a layout lives in
code: page size, margins, font sizes, header texts, number formats, labels and sentences all come
from the file, and each of its sections says in a "_rule" entry which rule its numbers come from,
so an office whose practice differs (or a revised standard) changes the file, not the program. A
file of the same name in the user's data folder (`<data>/layouts/state.json`) replaces the
shipped one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..paths import data_dir, resource
from ..text import nfc

LAYOUT_NAMES = ("state", "party")
MM = 72 / 25.4  # points per millimetre

# Read whenever a layout is loaded: a file missing one of these is refused at once, with the key
# named. Keys used by one document only are checked when that document is made (see `get`).
_REQUIRED: tuple[tuple[str, type | tuple[type, ...]], ...] = (
    ("name", str),
    ("page.size_mm", list),
    ("page.margins_mm.top", (int, float)),
    ("page.margins_mm.bottom", (int, float)),
    ("page.margins_mm.left", (int, float)),
    ("page.margins_mm.right", (int, float)),
    ("page.page_number.size", (int, float)),
    ("page.page_number.on_first_page", bool),
    ("fonts.pdf_family", str),
    ("fonts.docx_family", str),
    ("single_line_height", (int, float)),
    ("blank", str),
    ("blank_number_width", int),
    ("date_format", str),
    ("numbering.series", str),
    ("numbering.pad_below", int),
    ("body.size", (int, float)),
    ("body.line_spacing", (int, float)),
    ("body.space_after_pt", (int, float)),
    ("body.first_line_indent_mm", (int, float)),
    ("heading.size", (int, float)),
    ("header.columns_mm", list),
    ("header.superior.size", (int, float)),
    ("header.issuing.size", (int, float)),
    ("header.issuing_mark", dict),
    ("header.national", list),
    ("header.national_rule_fraction", (int, float)),
    ("header.rule_width_pt", (int, float)),
    ("header.number.size", (int, float)),
    ("header.number.format", str),
    ("header.number.format_no_kind", str),
    ("header.number.format_full", str),
    ("header.number.format_unit", str),
    ("header.subject.size", (int, float)),
    ("header.date_line.size", (int, float)),
    ("header.date_line.format", str),
    ("header.space_after_pt", (int, float)),
    ("title.type_size", (int, float)),
    ("title.subject_size", (int, float)),
    ("title.rule", dict),
    ("table.size", (int, float)),
    ("table.padding_pt", (int, float)),
    ("signature.size", (int, float)),
    ("signature.space_mm", (int, float)),
    ("signature.width_mm", (int, float)),
    ("recipients.label", str),
    ("recipients.label_style", dict),
    ("recipients.size", (int, float)),
    ("recipients.archive", str),
    ("recipients.archive_unit", str),
    ("statuses", dict),
    ("status_cells", dict),
    ("wording.date_words", str),
    ("wording.time", str),
    ("deadline.date", str),
    ("deadline.ongoing", str),
    ("documents", dict),
)

_MISSING = object()
_CLOCK = re.compile(r"^\s*(\d{1,2})[:hg.]\s*(\d{2})")


def _normalise(value: Any) -> Any:
    """NFC every string in the file: one edited on a Mac may hold decomposed accents."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_normalise(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _normalise(v) for k, v in value.items()}
    return value


def _lookup(data: Any, path: str) -> Any:
    for part in path.split("."):
        if not isinstance(data, dict) or part not in data:
            return _MISSING
        data = data[part]
    return data


class Layout:
    """One standard's numbers and wording. `get("header.number.size")` reads a value."""

    def __init__(self, data: dict[str, Any], source: Path) -> None:
        self.data = data
        self.source = source
        self.name: str = data["name"]

    def get(self, path: str) -> Any:
        value = _lookup(self.data, path)
        if value is _MISSING:
            raise UserError(
                "Tệp mẫu trình bày {file} thiếu mục “{key}”.",
                "The layout file {file} lacks the entry “{key}”.",
                file=str(self.source),
                key=path,
            )
        return value

    def text(self, path: str, **values: Any) -> str:
        """The sentence at `path` with its {fields} filled in."""
        template = self.get(path)
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError, AttributeError) as exc:
            raise UserError(
                "Câu mẫu “{key}” trong {file} không hợp lệ: {template} (chỉ dùng được: {known}).",
                "The sentence “{key}” in {file} is not valid: {template} (known fields: {known}).",
                key=path,
                file=str(self.source),
                template=template,
                known=", ".join("{" + k + "}" for k in values),
            ) from exc

    # Measures -------------------------------------------------------------------------------

    @property
    def margins_pt(self) -> dict[str, float]:
        return {k: float(v) * MM for k, v in self.get("page.margins_mm").items()}

    def page_size_pt(self, orientation: str = "portrait") -> tuple[float, float]:
        width, height = (float(v) * MM for v in self.get("page.size_mm"))
        return (
            (max(width, height), min(width, height))
            if orientation == "landscape"
            else (min(width, height), max(width, height))
        )

    def frame_width_pt(self, orientation: str = "portrait") -> float:
        margins = self.margins_pt
        return self.page_size_pt(orientation)[0] - margins["left"] - margins["right"]

    def leading(self, size: float) -> float:
        """Distance between baselines for text of `size` points (PDF)."""
        return size * float(self.get("single_line_height")) * float(self.get("body.line_spacing"))

    # Common formats --------------------------------------------------------------------------

    def date(self, value: dt.date | None) -> str:
        """A date as printed in tables and sentences (dd/mm/yyyy), or the blank mark."""
        return value.strftime(self.get("date_format")) if value else self.get("blank")

    def date_parts(self, value: dt.date | None) -> tuple[str, str, str]:
        """Day, month, year as official dates write them: days below 10 and months 1-2 get a
        leading 0 (Nghị định 30/2020, Phụ lục I, II.4.b); blanks when there is no date."""
        if value is None:
            blank = self.get("blank")
            return blank, blank, blank
        pad_below = int(self.get("header.date_line.pad_day_below"))
        d = f"{value.day:02d}" if value.day < pad_below else str(value.day)
        pad_months = self.get("header.date_line.pad_months")
        m = f"{value.month:02d}" if value.month in pad_months else str(value.month)
        return d, m, str(value.year)

    def date_line(self, place: str, value: dt.date | None) -> str:
        """ "Hà Nội, ngày 05 tháng 02 năm 2024"."""
        d, m, y = self.date_parts(value)
        return self.text("header.date_line.format", place=place or self.get("blank"), d=d, m=m, y=y)

    def date_words(self, value: dt.date | None) -> str:
        """ "ngày 05 tháng 02 năm 2024", as the minutes write the day they began and ended."""
        d, m, y = self.date_parts(value)
        return self.text("wording.date_words", d=d, m=m, y=y)

    def clock(self, value: str | None) -> str:
        """ "14:00" → "14 giờ 00 phút"; blank → "… giờ … phút"; anything else as typed."""
        if not value:
            return self.get("wording.time_blank")
        match = _CLOCK.match(value)
        return self.text("wording.time", h=match[1], m=match[2]) if match else value

    def pad(self, number: str) -> str:
        """ "5" → "05": numbers below 10 get a leading 0 (Phụ lục I, II.3.c)."""
        if number.isdigit() and int(number) < int(self.get("numbering.pad_below")):
            return f"{int(number):02d}"
        return number

    def number(self, number: str, kind: str, symbol: str, unit: str = "") -> str:
        """ "Số: 05/TB-SNV" (State) or "Số 05-TB/TU" (Party); a letter with its drafting unit
        "Số: 05/SNV-VP". A number already written in full ("15-TB/TU") is printed as it is; a
        blank one leaves room to write it by hand."""
        number = (number or "").strip()
        room = "\u00a0" * int(self.get("blank_number_width"))
        if number and not number.isdigit():
            return self.text("header.number.format_full", full=number)
        values = {
            "number": self.pad(number) if number else room,
            "kind": kind,
            "symbol": symbol or room,
            "unit": unit,
        }
        if unit:
            path = "header.number.format_unit"
        else:
            path = "header.number.format" if kind else "header.number.format_no_kind"
        return self.text(path, **values)

    def number_code(self, number: str, kind: str, symbol: str, room: bool = False) -> str:
        """The number without "Số": "05/TB-SNV" (State), "05-TB/TU" (Party); "" when blank, or
        with `room` a space to write it by hand ("      /BB-SNV")."""
        number = (number or "").strip()
        if not number and room:
            number = "\u00a0" * int(self.get("blank_number_width"))
            path = "header.number.code" if kind else "header.number.code_no_kind"
            return self.text(path, number=number, kind=kind, symbol=symbol or number)
        if not number or not number.isdigit():
            return number
        path = "header.number.code" if kind else "header.number.code_no_kind"
        return self.text(
            path, number=self.pad(number), kind=kind, symbol=symbol or self.get("blank")
        )

    def deadline(self, deadline: dt.date | None, ongoing: bool, deadline_text: str | None) -> str:
        """A deadline in a sentence: "trước ngày 30/09/2024", "Thường xuyên", or as typed."""
        if deadline is not None:
            return self.text("deadline.date", date=self.date(deadline))
        if ongoing:
            return self.get("deadline.ongoing")
        return deadline_text or self.get("deadline.none")

    def deadline_cell(
        self, deadline: dt.date | None, ongoing: bool, deadline_text: str | None
    ) -> str:
        """A deadline in a table: the date alone, "Thường xuyên", or as typed."""
        if deadline is not None:
            return self.date(deadline)
        if ongoing:
            return self.get("deadline.ongoing")
        return deadline_text or self.get("deadline.none")

    def status(self, key: str) -> str:
        return self.get(f"statuses.{key}")

    def status_cell(self, key: str) -> str:
        """The status as a table cell writes it, broken where it may break."""
        return self.get(f"status_cells.{key}")


def _validate(data: Any, source: Path) -> None:
    if not isinstance(data, dict):
        raise UserError(
            "Tệp mẫu trình bày {file} không đúng cấu trúc.",
            "The layout file {file} is not laid out as expected.",
            file=str(source),
        )
    for path, kind in _REQUIRED:
        value = _lookup(data, path)
        if value is _MISSING:
            raise UserError(
                "Tệp mẫu trình bày {file} thiếu mục “{key}”.",
                "The layout file {file} lacks the entry “{key}”.",
                file=str(source),
                key=path,
            )
        if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
            raise UserError(
                "Mục “{key}” trong tệp mẫu trình bày {file} có giá trị không hợp lệ: {value}.",
                "The entry “{key}” in the layout file {file} has an invalid value: {value}.",
                file=str(source),
                key=path,
                value=json.dumps(value, ensure_ascii=False),
            )
    for path in ("header.number.format", "header.date_line.format"):
        fields = {f for _, f, _, _ in string.Formatter().parse(_lookup(data, path)) if f}
        if not fields:
            raise UserError(
                "Mục “{key}” trong tệp mẫu trình bày {file} thiếu chỗ điền số hoặc ngày.",
                "The entry “{key}” in the layout file {file} has no field for a number or date.",
                file=str(source),
                key=path,
            )


def layout_path(name: str) -> Path:
    """The file a layout is read from: the user's own copy if there is one, else the shipped one."""
    if name not in LAYOUT_NAMES:
        raise UserError(
            "Mẫu văn bản không hợp lệ: {layout}. Dùng “state” (Nhà nước) hoặc “party” (Đảng).",
            "Unknown document layout: {layout}. Use “state” or “party”.",
            layout=name,
        )
    own = data_dir() / "layouts" / f"{name}.json"
    return own if own.is_file() else resource("layouts", f"{name}.json")


def load_layout(name: str) -> Layout:
    path = layout_path(name)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError as exc:
        raise UserError(
            "Không tìm thấy tệp mẫu trình bày {file}.",
            "The layout file {file} cannot be found.",
            file=str(path),
        ) from exc
    return _load(str(path), stamp)


@lru_cache(maxsize=8)
def _load(path: str, _stamp: int) -> Layout:
    source = Path(path)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserError(
            "Không đọc được tệp mẫu trình bày {file}: {reason}",
            "Cannot read the layout file {file}: {reason}",
            file=path,
            reason=str(exc),
        ) from exc
    _validate(data, source)
    return Layout(_normalise(data), source)
