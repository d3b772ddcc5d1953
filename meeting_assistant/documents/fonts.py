"""The TrueType family PDFs are set in, registered with reportlab once per process.

reportlab's 14 built-in fonts cannot show Vietnamese. Liberation Serif 2.x (SIL OFL, licence in
resources/fonts/OFL.txt) covers it fully and has the widths of Times New Roman, which the DOCX
files name: a line that fits in the PDF fits in Word too, so rule lengths measured here serve
both. TTFont embeds a subset of the glyphs used, so the PDF prints the same everywhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..errors import UserError
from ..paths import resource

_STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "BoldItalic"}
_lock = threading.Lock()
_registered: dict[str, FontFamily] = {}


@dataclass(frozen=True)
class FontFamily:
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def pick(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


def register_family(family: str) -> FontFamily:
    """Register `resources/fonts/<family>-{Regular,Bold,Italic,BoldItalic}.ttf` (once) and map
    <b>/<i> in paragraphs to them. Returns the four reportlab font names."""
    with _lock:
        if family in _registered:
            return _registered[family]
        names = {}
        for key, style in _STYLES.items():
            name = f"{family}-{style}"
            path = resource("fonts", f"{name}.ttf")
            if name not in pdfmetrics.getRegisteredFontNames():
                try:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
                except (OSError, TTFError) as exc:
                    raise UserError(
                        "Thiếu hoặc hỏng tệp phông chữ {path}; hãy cài lại chương trình.",
                        "The font file {path} is missing or damaged; reinstall the program.",
                        path=str(path),
                    ) from exc
            names[key] = name
        fonts = FontFamily(**names)
        pdfmetrics.registerFontFamily(
            family,
            normal=fonts.regular,
            bold=fonts.bold,
            italic=fonts.italic,
            boldItalic=fonts.bold_italic,
        )
        _registered[family] = fonts
        return fonts


def text_width(text: str, family: str, size: float, bold: bool = False) -> float:
    """Width in points of one line of `text` (the same in Times New Roman)."""
    fonts = register_family(family)
    return pdfmetrics.stringWidth(text, fonts.pick(bold=bold), size)
