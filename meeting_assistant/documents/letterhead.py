"""The parts every official document shares: the header (issuing body beside the national or
Party heading, then the number beside the place-and-date line), the title, the body paragraph,
the secrecy mark, the "Nơi nhận" list and the signature — built from the layout file and the
organisation's details, as blocks."""

from __future__ import annotations

import datetime as dt

from .blocks import Box, Columns, Keep, Para, Rule, Run, Spacer
from .fonts import text_width
from .layout import MM, Layout
from .wording import balanced_lines


def para(
    layout: Layout,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    indent: bool = True,
    size: float | None = None,
    before: float = 0.0,
    after: float | None = None,
    keep: bool = False,
) -> Para:
    """A body paragraph: justified, first-line indent, the layout's spacing after it."""
    return Para(
        [Run(text, bold=bold, italic=italic)],
        size=size or layout.get("body.size"),
        align=align,
        first_line_indent_mm=layout.get("body.first_line_indent_mm") if indent else 0.0,
        space_before_pt=before,
        space_after_pt=layout.get("body.space_after_pt") if after is None else after,
        keep_with_next=keep,
    )


def heading(layout: Layout, text: str) -> Para:
    return para(
        layout, text, bold=layout.get("heading.bold"), size=layout.get("heading.size"), keep=True
    )


def paragraphs(layout: Layout, text: str, **options) -> list[Para]:
    """One paragraph per non-blank line of a multi-line field (agenda, summary)."""
    return [para(layout, line.strip(), **options) for line in text.split("\n") if line.strip()]


def ended(layout: Layout, text: str, mark_path: str) -> str:
    """A document's last sentence with the end mark its standard uses ("./." or ".")."""
    return text.rstrip(" .;") + layout.get(mark_path)


def _line(text: str, style: dict, *, align: str = "center", before: float = 0.0) -> Para:
    runs = [
        Run(
            text,
            bold=bool(style.get("bold")),
            italic=bool(style.get("italic")),
            underline=bool(style.get("underline")),
        )
    ]
    return Para(runs, size=style["size"], align=align, space_before_pt=before)


def _rule(layout: Layout, text: str, style: dict, fraction: float, room_pt: float) -> Rule:
    family = layout.get("fonts.pdf_family")
    widest = max(
        text_width(line, family, style["size"], bool(style.get("bold")))
        for line in text.split("\n")
    )
    return Rule(
        min(widest, room_pt) * float(fraction), layout.get("header.rule_width_pt"), space_after_pt=2
    )


def align_first_lines(cells: list[list]) -> None:
    """Give the first paragraph of each cell the space above it that puts its first baseline
    level with the others' (both renderers put a first baseline one font size below the top):
    "Số: 05/TB-SNV" (13 pt) and the date line (14 pt) then stand on one line."""
    firsts = [c[0] for c in cells if c and isinstance(c[0], Para)]
    if len(firsts) < 2:
        return
    lowest = max(p.space_before_pt + p.size for p in firsts)
    for p in firsts:
        p.space_before_pt += lowest - (p.space_before_pt + p.size)


def secrecy_mark(layout: Layout, level: str | None) -> Box | None:
    """The secrecy stamp (ô 10a) for "mat", "toi_mat" or "tuyet_mat"; None for none."""
    if not level:
        return None
    s = layout.get("secrecy")
    found = s["levels"].get(level)
    if found is None:
        return None
    return Box(
        found["text"],
        size=s["size"],
        width_mm=found["width_mm"],
        height_mm=s["height_mm"],
        bold=bool(s.get("bold", True)),
        double=bool(s.get("double", True)),
        gap_mm=s.get("gap_mm", 1.0),
    )


def header(
    layout: Layout,
    org,
    *,
    kind: str,
    number: str,
    orientation: str = "portrait",
    subject: str | None = None,
    dated: tuple[str, dt.date | None] | None = None,
    unit: str = "",
    secrecy: str | None = None,
) -> Columns:
    """Two rows. Above: the issuing body (and its superior) with its mark on the left, the
    national or Party heading with its rule on the right. Below, level with each other: the
    number (then the "V/v" subject of a letter and the secrecy mark) on the left, the place and
    date (`dated`: place, date) on the right."""
    h = layout.get("header")
    left_mm, right_mm = h["columns_mm"]
    frame_mm = layout.frame_width_pt(orientation) / MM
    gap = h.get("gap_pt", 6)
    blank = layout.get("blank")
    top_left: list = []
    if org.superior_body:
        style = h["superior"]
        text = balanced_lines(
            layout, org.superior_body.upper(), left_mm * MM, style["size"], bool(style.get("bold"))
        )
        top_left.append(_line(text, style))
    style = h["issuing"]
    issuing = balanced_lines(
        layout,
        (org.issuing_body or blank).upper(),
        left_mm * MM,
        style["size"],
        bool(style.get("bold")),
    )
    top_left.append(_line(issuing, style))
    mark = h["issuing_mark"]
    if "rule_fraction" in mark:
        top_left.append(_rule(layout, issuing, style, mark["rule_fraction"], left_mm * MM))
    else:
        top_left.append(_line(mark["text"], mark))
    top_right: list = [_line(n["text"], n) for n in h["national"]]
    last = h["national"][-1]
    top_right.append(_rule(layout, last["text"], last, h["national_rule_fraction"], right_mm * MM))
    align_first_lines([top_left, top_right])

    bottom_left: list = [
        _line(layout.number(number, kind, org.symbol, unit), h["number"], before=gap)
    ]
    if subject:
        sub = h["subject"]
        text = balanced_lines(layout, subject, left_mm * MM, sub["size"], False)
        bottom_left.append(_line(text, sub, before=sub.get("space_before_pt", gap / 2)))
    box = secrecy_mark(layout, secrecy)
    if box is not None:
        bottom_left.append(box)
    bottom_right: list = []
    if dated is not None:
        place, when = dated
        style = h["date_line"]
        bottom_right.append(
            _line(
                layout.date_line(place, when), style, align=style.get("align", "center"), before=gap
            )
        )
    align_first_lines([bottom_left, bottom_right])
    middle = max(0.0, frame_mm - left_mm - right_mm)
    return Columns(
        [left_mm, middle, right_mm],
        [[top_left, [], top_right], [bottom_left, [], bottom_right]],
        space_after_pt=h["space_after_pt"],
    )


def title(layout: Layout, type_text: str, subject_lines: list[str], spaced: bool = True) -> list:
    """ "THÔNG BÁO" over its bold subject, and the short rule (or "-----") under them."""
    t = layout.get("title")
    out: list = [
        Para(
            [Run(type_text, bold=True)],
            size=t["type_size"],
            align="center",
            space_before_pt=t["space_before_pt"],
            keep_with_next=True,
        )
    ]
    out += [
        Para([Run(line, bold=True)], size=t["subject_size"], align="center", keep_with_next=True)
        for line in subject_lines
        if line
    ]
    rule = t["rule"]
    if "length_mm" in rule:
        out.append(Rule(rule["length_mm"] * MM, layout.get("header.rule_width_pt")))
    else:
        out.append(Para([Run(rule["text"])], size=t["subject_size"], align="center"))
    if spaced:
        out.append(Spacer(t["space_after_pt"]))
    return out


def recipient_line(layout: Layout, name: str) -> str:
    return layout.text("recipients.item_format", name=name)


def org_recipients(layout: Layout, org) -> list[str]:
    """The organisation's own extra "Nơi nhận" lines, each written "- X;"."""
    lines = []
    for line in org.recipients.split("\n"):
        name = line.strip().lstrip("-–•").strip().rstrip(";.,").strip()
        if name:
            lines.append(recipient_line(layout, name))
    return lines


def archive_line(layout: Layout, org) -> str:
    """ "- Lưu: VT, VP." with the drafting unit when the settings name one, else "- Lưu: VT."."""
    unit = getattr(org, "drafting_unit", "")
    return (
        layout.text("recipients.archive_unit", unit=unit)
        if unit
        else layout.get("recipients.archive")
    )


def recipients(layout: Layout, lines: list[str], archive: str) -> list:
    r = layout.get("recipients")
    hang = r.get("hanging_indent_mm", 0.0)
    out: list = [_line(r["label"], r["label_style"], align="left")]
    for line in [*lines, archive]:
        out.append(
            Para(
                [Run(line)],
                size=r["size"],
                align="left",
                first_line_indent_mm=-hang,
                left_indent_mm=hang,
            )
        )
    return out


def signature(layout: Layout, authority: str, role: str, name: str) -> list:
    """The authority ("KT. GIÁM ĐỐC", bold) and title ("PHÓ GIÁM ĐỐC": bold in State documents,
    not in the Party's) upper case, room to sign, the name (bold); centred."""
    s = layout.get("signature")
    out: list = []
    if authority:
        out.append(
            Para(
                [Run(authority.upper(), bold=bool(s.get("authority_bold", True)))],
                size=s["size"],
                align="center",
            )
        )
    if role:
        out.append(
            Para(
                [Run(role.upper(), bold=bool(s.get("title_bold", True)))],
                size=s["size"],
                align="center",
            )
        )
    out.append(Spacer(s["space_mm"] * MM))
    out.append(
        Para(
            [Run(name, bold=bool(s.get("name_bold", True)))],
            size=s.get("name_size", s["size"]),
            align="center",
        )
    )
    return out


def closing(
    layout: Layout, org, lines: list[str], orientation: str = "portrait", archive: str = ""
) -> Columns:
    """ "Nơi nhận" on the left, level with the signer's first line on the right."""
    frame_mm = layout.frame_width_pt(orientation) / MM
    sign_mm = layout.get("signature.width_mm")
    left_mm = min(layout.get("recipients.width_mm"), frame_mm - sign_mm)
    sign = signature(layout, org.signer_authority, org.signer_title, org.signer_name)
    left = recipients(layout, lines, archive or archive_line(layout, org))
    align_first_lines([left, sign])
    return Columns(
        [left_mm, frame_mm - left_mm - sign_mm, sign_mm], [[left, [], sign]], space_after_pt=0
    )


def kept(*blocks) -> Keep:
    """The end of a document kept on one page: the last paragraph(s), the signature and the
    recipients never stand alone on a page."""
    return Keep([b for b in blocks if b is not None])
