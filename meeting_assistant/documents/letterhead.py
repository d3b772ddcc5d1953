"""The parts every official document shares: the two header columns, the title, the body
paragraph, the "Nơi nhận" list and the signature — built from the layout file and the
organisation's details, as blocks."""

from __future__ import annotations

import datetime as dt

from .blocks import Columns, Para, Rule, Run, Spacer
from .fonts import text_width
from .layout import MM, Layout


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
    width = min(text_width(text, family, style["size"], bool(style.get("bold"))), room_pt)
    return Rule(width * float(fraction), layout.get("header.rule_width_pt"), space_after_pt=2)


def header(
    layout: Layout,
    org,
    *,
    kind: str,
    number: str,
    orientation: str = "portrait",
    subject: str | None = None,
    dated: tuple[str, dt.date | None] | None = None,
) -> Columns:
    """Issuing body, number (and the "V/v" subject of a letter) on the left; the national or Party
    heading with its rule and the place-and-date line (`dated`: place, date) on the right."""
    h = layout.get("header")
    left_mm, right_mm = h["columns_mm"]
    frame_mm = layout.frame_width_pt(orientation) / MM
    gap = h.get("gap_pt", 6)
    blank = layout.get("blank")
    left: list = []
    if org.superior_body:
        left.append(_line(org.superior_body.upper(), h["superior"]))
    issuing = (org.issuing_body or blank).upper()
    left.append(_line(issuing, h["issuing"]))
    mark = h["issuing_mark"]
    if "rule_fraction" in mark:
        left.append(_rule(layout, issuing, h["issuing"], mark["rule_fraction"], left_mm * MM))
    else:
        left.append(_line(mark["text"], mark))
    left.append(_line(layout.number(number, kind, org.symbol), h["number"], before=gap))
    if subject:
        left.append(_line(subject, h["subject"], before=gap / 2))
    right: list = [_line(n["text"], n) for n in h["national"]]
    last = h["national"][-1]
    right.append(_rule(layout, last["text"], last, h["national_rule_fraction"], right_mm * MM))
    if dated is not None:
        place, when = dated
        style = h["date_line"]
        right.append(
            _line(
                layout.date_line(place, when), style, align=style.get("align", "center"), before=gap
            )
        )
    middle = max(0.0, frame_mm - left_mm - right_mm)
    return Columns(
        [left_mm, middle, right_mm], [left, [], right], space_after_pt=h["space_after_pt"]
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


def recipients(layout: Layout, lines: list[str], archive_path: str = "recipients.archive") -> list:
    r = layout.get("recipients")
    hang = r.get("hanging_indent_mm", 0.0)
    out: list = [_line(r["label"], r["label_style"], align="left")]
    for line in [*lines, layout.get(archive_path)]:
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


def signature(layout: Layout, titles: list[str], name: str) -> list:
    """Upper-case bold authority and title lines, room to sign, the bold name; centred."""
    s = layout.get("signature")
    out: list = [
        Para([Run(t.upper(), bold=True)], size=s["size"], align="center") for t in titles if t
    ]
    out.append(Spacer(s["space_mm"] * MM))
    out.append(Para([Run(name, bold=True)], size=s.get("name_size", s["size"]), align="center"))
    return out


def closing(layout: Layout, org, lines: list[str], orientation: str = "portrait") -> Columns:
    """ "Nơi nhận" on the left, the organisation's signer on the right."""
    frame_mm = layout.frame_width_pt(orientation) / MM
    sign_mm = layout.get("signature.width_mm")
    left_mm = min(layout.get("recipients.width_mm"), frame_mm - sign_mm)
    sign = signature(layout, [org.signer_authority, org.signer_title], org.signer_name)
    return Columns(
        [left_mm, frame_mm - left_mm - sign_mm, sign_mm],
        [recipients(layout, lines), [], sign],
        space_after_pt=0,
    )
