"""A small drawing kit on reportlab's canvas, shared by every printed document.

Everything is drawn top to bottom on A4 through a `Sheet`, which keeps the
cursor, breaks pages, and numbers them "n / N" when the document is saved.
All text goes through `draw_text`, which cuts it into font runs
(fonts.runs), so a Japanese lender on a Russian quote prints in a font that
has its glyphs.

Output is reproducible: invariant mode fixes the creation date and the file
ID, so the same data gives the same bytes (the desk stores each issued
document's SHA-256 and can prove a reprint identical).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
LEFT, RIGHT = MARGIN, PAGE_WIDTH - MARGIN
WIDTH = RIGHT - LEFT
TOP = PAGE_HEIGHT - MARGIN
FOOTER_Y = MARGIN - 8 * mm
BOTTOM = MARGIN  # lowest baseline for body text, clear of the footer

BODY = 9.5
SMALL = 8
LEADING = 1.4  # line height as a multiple of the font size

INK = Color(0.1, 0.1, 0.1)
GREY = Color(0.45, 0.45, 0.45)
RULE = Color(0.6, 0.6, 0.6)
SHADE = Color(0.93, 0.93, 0.93)
WARN_SHADE = Color(1.0, 0.93, 0.8)
WARN_INK = Color(0.55, 0.25, 0.0)

_LANG_TAGS = {"en": "en-US", "ja": "ja-JP", "ru": "ru-RU", "zh": "zh-CN"}


# -- text ---------------------------------------------------------------------


def text_width(text: str, language: str, size: float, bold: bool = False) -> float:
    return sum(stringWidth(part, font, size) for font, part in fonts.runs(text, language, bold))


def draw_text(canvas: Canvas, x: float, y: float, text: str, language: str, size: float,
              bold: bool = False, align: str = "left") -> float:
    """Draw one line of mixed-script text at baseline y; returns its width.

    align: "left" (x is the start), "right" (x is the end) or "center".
    """
    parts = fonts.runs(text, language, bold)
    width = sum(stringWidth(part, font, size) for font, part in parts)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    elif align != "left":
        raise ValueError(f"align must be left, right or center, not {align!r}")
    # One text object per line, so a PDF reader (and copy-paste) sees the line whole.
    canvas.saveState()
    canvas.setLineWidth(size * 0.035)
    canvas.setStrokeColor(canvas._fillColorObj)
    line = canvas.beginText(x, y)
    for font, part in parts:
        line.setFont(font, size)
        # No bold face (the CJK fonts): fill and stroke the outline instead.
        line.setTextRenderMode(2 if bold and font not in fonts.HAS_BOLD_FACE else 0)
        line.textOut(part)
    canvas.drawText(line)
    canvas.restoreState()
    return width


# Kinsoku: these never start a line, so they stick to what comes before...
_NO_LINE_START = set("、。，．,.:;!?）)」』】〕］｝〉》！？：；・ーゃゅょっぁぃぅぇぉャュョッァィゥェォ%％")
# ...and these never end one, so they stick to what follows.
_NO_LINE_END = set("「『（(【〔［｛〈《￥¥$€₽")  # a currency sign stays with its digits


def _tokens(text: str) -> list[str]:
    """Breakable pieces: runs of spaces, words of Latin or Cyrillic, single CJK characters."""
    pieces: list[str] = []
    for char in text:
        prev = pieces[-1] if pieces else ""
        if char.isspace():
            if prev.isspace():
                pieces[-1] += char
            else:
                pieces.append(char)
        elif prev and not prev.isspace() and (
                char in _NO_LINE_START or prev[-1] in _NO_LINE_END
                or not (fonts.is_cjk(char) or fonts.is_cjk(prev[-1]))):
            pieces[-1] += char
        else:
            pieces.append(char)
    return pieces


def fit_text(text: str, language: str, size: float, width: float) -> str:
    """The text, cut short with an ellipsis if it is wider than `width` (footers)."""
    if text_width(text, language, size) <= width:
        return text
    while text and text_width(text + "…", language, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def wrap_text(text: str, language: str, size: float, width: float, bold: bool = False) -> list[str]:
    """Greedy line breaking: at spaces, or between CJK characters (with kinsoku)."""
    lines: list[str] = []
    line = ""
    for token in _tokens(text):
        candidate = line + token
        if token.isspace() or text_width(candidate.rstrip(), language, size, bold) <= width:
            line = candidate if (line or not token.isspace()) else ""
            continue
        if line.strip():
            lines.append(line.rstrip())
        line = token
        while text_width(line, language, size, bold) > width and len(line) > 1:
            # A word longer than the whole line (a VIN in a narrow cell): cut it.
            cut = len(line) - 1
            while cut > 1 and text_width(line[:cut], language, size, bold) > width:
                cut -= 1
            lines.append(line[:cut])
            line = line[cut:]
    if line.strip() or not lines:
        lines.append(line.rstrip())
    return lines


# -- the page -----------------------------------------------------------------


class _NumberedCanvas(Canvas):
    """Holds pages back until save, so each footer can say "n / N"."""

    page_label = "{page} / {pages}"  # a document may word it: "Стр. {page} из {pages}"

    def __init__(self, *args, footer: str = "", language: str = "en", **kwargs):
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._language = language
        self._held: list[dict] = []

    def showPage(self):
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        count = len(self._held)
        for number, state in enumerate(self._held, start=1):
            self.__dict__.update(state)
            self.setFillColor(GREY)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(LEFT, FOOTER_Y + SMALL + 2, RIGHT, FOOTER_Y + SMALL + 2)
            page = self.page_label.format(page=number, pages=count)
            if self._footer:
                room = WIDTH - text_width(page, self._language, SMALL) - 12
                footer = fit_text(self._footer, self._language, SMALL, room)
                draw_text(self, LEFT, FOOTER_Y, footer, self._language, SMALL)
            draw_text(self, RIGHT, FOOTER_Y, page, self._language, SMALL, align="right")
            super().showPage()
        super().save()


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # points
    align: str = "left"


class Sheet:
    """One document laid out from the top of page 1 down; call finish() for the bytes."""

    def __init__(self, language: str, *, title: str, subject: str, footer: str = ""):
        fonts.register()
        self.language = language
        self._buffer = io.BytesIO()
        self.canvas = _NumberedCanvas(
            self._buffer, pagesize=A4, invariant=1, pageCompression=1,
            lang=_LANG_TAGS[language], footer=footer, language=language,
            # Not Helvetica: every font named in the file is one we embed.
            initialFontName=fonts.DEJAVU)
        c = self.canvas
        c.setTitle(title)
        c.setAuthor("LienDesk")
        c.setCreator("LienDesk")
        c.setSubject(subject)
        c.setFillColor(INK)
        self.y = TOP

    # -- flow --

    def space(self, height: float) -> None:
        self.y -= height

    def need(self, height: float) -> bool:
        """Start a new page unless `height` fits above the footer; True if it did."""
        if self.y - height >= BOTTOM:
            return False
        self.canvas.showPage()
        self.canvas.setFillColor(INK)
        self.y = TOP
        return True

    def finish(self) -> bytes:
        self.canvas.showPage()
        self.canvas.save()
        return self._buffer.getvalue()

    def _text(self, x, y, text, size, bold=False, align="left", color=INK) -> float:
        self.canvas.setFillColor(color)
        width = draw_text(self.canvas, x, y, text, self.language, size, bold, align)
        self.canvas.setFillColor(INK)
        return width

    def _wrap(self, text, size, width, bold=False) -> list[str]:
        return wrap_text(text, self.language, size, width, bold)

    def _rule(self, y, x0=LEFT, x1=RIGHT, width=0.5, color=RULE) -> None:
        self.canvas.setStrokeColor(color)
        self.canvas.setLineWidth(width)
        self.canvas.line(x0, y, x1, y)

    # -- blocks --

    def heading(self, text: str, size: float = 16) -> None:
        lines = self._wrap(text, size, WIDTH, bold=True)
        self.need(len(lines) * size * LEADING)
        for line in lines:
            self.y -= size
            self._text(LEFT, self.y, line, size, bold=True)
            self.y -= size * (LEADING - 1)
        self._rule(self.y, width=1.2, color=INK)
        self.y -= BODY

    def section(self, text: str, size: float = 11) -> None:
        # Keep a section title with at least two lines of what follows.
        self.need(size * LEADING + 3 * BODY * LEADING)
        self.y -= size * 0.4
        self.y -= size
        self._text(LEFT, self.y, text, size, bold=True)
        self.y -= size * (LEADING - 1) + 1
        self._rule(self.y + 1)
        self.y -= 3

    def paragraph(self, text: str, size: float = BODY, bold: bool = False, color=INK) -> None:
        for line in self._wrap(text, size, WIDTH, bold):
            self.need(size * LEADING)
            self.y -= size
            self._text(LEFT, self.y, line, size, bold, color=color)
            self.y -= size * (LEADING - 1)

    def banner(self, lines: Sequence[str], warning: bool = False, size: float = BODY) -> None:
        """Shaded box across the page; bold; amber for a warning."""
        pad = 5
        wrapped = [w for text in lines for w in self._wrap(text, size, WIDTH - 2 * pad, bold=True)]
        height = len(wrapped) * size * LEADING + 2 * pad - size * (LEADING - 1)
        self.need(height + 4)
        self.y -= 2
        c = self.canvas
        c.setFillColor(WARN_SHADE if warning else SHADE)
        c.setStrokeColor(WARN_INK if warning else RULE)
        c.setLineWidth(0.8 if warning else 0.5)
        c.rect(LEFT, self.y - height, WIDTH, height, stroke=1, fill=1)
        y = self.y - pad
        for line in wrapped:
            y -= size
            self._text(LEFT + pad, y, line, size, bold=True, color=WARN_INK if warning else INK)
            y -= size * (LEADING - 1)
        self.y -= height + 6

    def rows(self, pairs: Sequence[tuple[str, str]], label_width: float = WIDTH * 0.34,
             size: float = BODY) -> None:
        """Label/value rows; either side wraps within its column."""
        gap = 8
        for label, value in pairs:
            left = self._wrap(label, size, label_width - gap)
            right = self._wrap(value, size, WIDTH - label_width)
            lines = max(len(left), len(right))
            self.need(lines * size * LEADING)
            for i in range(lines):
                self.y -= size
                if i < len(left):
                    self._text(LEFT, self.y, left[i], size, color=GREY)
                if i < len(right):
                    self._text(LEFT + label_width, self.y, right[i], size)
                self.y -= size * (LEADING - 1)

    def table(self, columns: Sequence[Column], rows: Sequence[Sequence[str]],
              emphasis: frozenset[int] = frozenset(), size: float = BODY) -> None:
        """A ruled table; the header repeats on a new page. Rows in `emphasis` are bold."""
        if abs(sum(col.width for col in columns) - WIDTH) > 0.5:
            raise ValueError("table columns must fill the page width")
        pad = 3

        def cells(values, bold):
            return [self._wrap(v, size, col.width - 2 * pad, bold) for v, col in zip(values, columns)]

        def draw_row(values, bold, shade=False):
            wrapped = cells(values, bold)
            height = max(len(w) for w in wrapped) * size * LEADING + 2 * pad - size * (LEADING - 1)
            if shade:
                self.canvas.setFillColor(SHADE)
                self.canvas.rect(LEFT, self.y - height, WIDTH, height, stroke=0, fill=1)
            x = LEFT
            for lines, col in zip(wrapped, columns):
                y = self.y - pad
                for line in lines:
                    y -= size
                    at = {"left": x + pad, "right": x + col.width - pad,
                          "center": x + col.width / 2}[col.align]
                    self._text(at, y, line, size, bold, align=col.align)
                    y -= size * (LEADING - 1)
                x += col.width
            self.y -= height
            return height

        def header():  # shaded, ruled below only: a section's rule often sits just above
            draw_row([col.title for col in columns], bold=True, shade=True)
            self._rule(self.y, width=0.8, color=INK)

        header_height = size + 2 * pad
        self.need(header_height + size * LEADING + 2 * pad)
        header()
        for i, values in enumerate(rows):
            bold = i in emphasis
            lines = max(len(w) for w in cells(values, bold))
            if self.need(lines * size * LEADING + 2 * pad):
                header()
            if bold:
                self._rule(self.y, width=0.8, color=INK)
            draw_row(values, bold)
            self._rule(self.y, width=0.8 if bold else 0.3, color=INK if bold else RULE)
        self.y -= 4

    def signatures(self, signers: Sequence[tuple[str, str]], size: float = BODY) -> None:
        """Signature lines side by side: (caption, printed name) each."""
        gap = 12 * mm
        width = (WIDTH - gap * (len(signers) - 1)) / len(signers)
        room = 14 * mm  # to sign in
        self.need(room + 2 + 2 * size * LEADING)
        self.y -= room
        x = LEFT
        for caption, name in signers:
            self._rule(self.y, x, x + width, width=0.8, color=INK)
            self._text(x, self.y - size - 2, caption, SMALL, color=GREY)
            if name:
                self._text(x, self.y - size - 2 - size * LEADING, name, size)
            x += width + gap
        self.y -= 2 + 2 * size * LEADING + size
