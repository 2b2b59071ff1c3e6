"""Reading back what a PDF really draws: its text, and which embedded font
draws each character. Shared by the document tests."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from desktop.documents import fonts


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def squash(text: str) -> str:
    """Without any whitespace: a phrase matches across line wraps and (narrow) no-break spaces."""
    return re.sub(r"\s+", "", text)


def font_name(base_font: str) -> str:
    """'/AAAAAB+IPAexGothic' -> 'IPAexGothic' (the subset tag dropped)."""
    return base_font.lstrip("/").split("+", 1)[-1]


def drawn_text(pdf: bytes) -> list[tuple[str, str]]:
    """(font name, text) for every string the pages show, decoded by the font's ToUnicode map."""
    reader = PdfReader(io.BytesIO(pdf))
    shown: list[tuple[str, str]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if font_dict is not None and text.strip():
            shown.append((font_name(str(font_dict["/BaseFont"])), text))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    return shown


def glyph_problems(pdf: bytes) -> list[str]:
    """What is wrong with the fonts of a PDF; an empty list when all is well.

    Every font on every page must be embedded as a TrueType program
    (FontFile2), and every character a font shows must be one it has a glyph
    for (the cmap of our own copy of that font).
    """
    problems = []
    reader = PdfReader(io.BytesIO(pdf))
    for number, page in enumerate(reader.pages, start=1):
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            name = font_name(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                problems.append(f"page {number}: {name} is not embedded as TrueType")
    for name, text in drawn_text(pdf):
        if name not in fonts.FILES:
            problems.append(f"{name} is not a LienDesk document font: {text!r}")
            continue
        for char in text:
            if not char.isspace() and not fonts.covers(name, char):
                problems.append(f"{name} has no glyph for {char!r} (U+{ord(char):04X}) in {text!r}")
    return problems
