"""The fonts printed documents use, and which one draws each character.

No single free font draws Japanese, Chinese, Russian and Latin well: Japanese
kanji and Chinese hanzi share code points but not glyph shapes (骨, 直, 令, 次
are drawn differently), so the document's language decides the Han font.
Text is therefore cut into *runs*, each drawn by the first font in the
language's chain that really has every glyph. A character no font has is an
error: a tofu box on a payoff quote is a wrong document, not a cosmetic flaw.

    ja  kana/kanji: IPAexGothic (Japanese forms); the rest: DejaVu Sans
    zh  hanzi: Droid Sans Fallback (Chinese forms); the rest: DejaVu Sans
    en, ru  DejaVu Sans; CJK in names and addresses falls back to IPAexGothic
        when the string has kana (it is Japanese), to Droid Sans Fallback otherwise

All the files are TrueType outlines, which reportlab embeds as subsets.
"""

from __future__ import annotations

from functools import lru_cache

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir

LANGUAGES = ("en", "ja", "ru", "zh")

DEJAVU = "DejaVuSans"
DEJAVU_BOLD = "DejaVuSans-Bold"
IPAEX = "IPAexGothic"
DROID = "DroidSansFallback"

FILES = {
    DEJAVU: "DejaVuSans.ttf",
    DEJAVU_BOLD: "DejaVuSans-Bold.ttf",
    IPAEX: "ipaexg.ttf",
    DROID: "DroidSansFallbackFull.ttf",
}

# The CJK fonts have no bold face: layout thickens them with an outline stroke.
HAS_BOLD_FACE = frozenset({DEJAVU_BOLD})


class MissingGlyph(ValueError):
    """No font LienDesk ships can draw a character of the text."""

    def __init__(self, char: str, text: str):
        self.char = char
        self.text = text
        super().__init__(
            f"No document font can draw {char!r} (U+{ord(char):04X}) in {text!r}; "
            "replace the character or add a font that has it."
        )


@cache
def register() -> None:
    """Register the fonts with reportlab, once per process."""
    folder = resources_dir() / "fonts"
    for name, filename in FILES.items():
        path = folder / filename
        if not path.is_file():
            raise FileNotFoundError(f"document font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))


@cache
def _cmap(font_name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(font_name)
    # charToGlyph is the font's own cmap; glyph 0 is .notdef, the tofu box.
    # Some fonts map control characters (U+0000) to an empty glyph: not drawable.
    return frozenset(cp for cp, glyph in font.face.charToGlyph.items()
                     if glyph and not _is_control(cp))


def _is_control(cp: int) -> bool:
    return cp < 0x20 or 0x7F <= cp < 0xA0


def covers(font_name: str, char: str) -> bool:
    """Whether the font has a real glyph for the character."""
    return ord(char) in _cmap(font_name)


# -- which font for which character -------------------------------------------

_CJK_RANGES = (
    (0x2E80, 0x2FDF),    # radicals
    (0x3000, 0x303F),    # CJK punctuation: 、。「」〒
    (0x3040, 0x30FF),    # hiragana, katakana
    (0x3100, 0x312F),    # bopomofo
    (0x3190, 0x33FF),    # kanbun, katakana extension, enclosed and compatibility CJK
    (0x3400, 0x4DBF),    # Han extension A
    (0x4E00, 0x9FFF),    # Han
    (0xF900, 0xFAFF),    # compatibility ideographs
    (0xFE30, 0xFE4F),    # compatibility forms
    (0xFF00, 0xFFEF),    # full-width and half-width forms: （）：￥ ｱ
    (0x20000, 0x3FFFF),  # Han extensions B and later
)
_KANA = ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))


def _in(ranges, char: str) -> bool:
    cp = ord(char)
    return any(lo <= cp <= hi for lo, hi in ranges)


def is_cjk(char: str) -> bool:
    return _in(_CJK_RANGES, char)


def _han_font(text: str, language: str) -> str:
    if language == "ja":
        return IPAEX
    if language == "zh":
        return DROID
    # A foreign name in an English or Russian document: kana says Japanese.
    return IPAEX if any(_in(_KANA, c) or c == "々" for c in text) else DROID


def chain(char: str, text: str, language: str, bold: bool = False) -> tuple[str, ...]:
    """Fonts to try for one character of `text`, best first."""
    if language not in LANGUAGES:
        raise ValueError(f"no document language {language!r}")
    return _chain(char, _han_font(text, language), bold)


def _chain(char: str, han: str, bold: bool) -> tuple[str, ...]:
    other = DROID if han == IPAEX else IPAEX
    latin = (DEJAVU_BOLD, DEJAVU) if bold else (DEJAVU,)
    if is_cjk(char):
        return (han, other, *latin)
    return (*latin, han, other)


def runs(text: str, language: str, bold: bool = False) -> list[tuple[str, str]]:
    """Cut text into (font name, substring) runs; every font has all its run's glyphs.

    Spaces stay in the run they fall in, so "トヨタ プリウス" is one run.
    Raises MissingGlyph for a character no font has, and ValueError for a
    control character (a line break is the layout's business).
    """
    return list(_runs(text, language, bold))


@lru_cache(maxsize=8192)
def _runs(text: str, language: str, bold: bool) -> tuple[tuple[str, str], ...]:
    # Cached: layout measures the same strings again and again while wrapping.
    if language not in LANGUAGES:
        raise ValueError(f"no document language {language!r}")
    han = _han_font(text, language)  # once per string, not once per character
    result: list[tuple[str, str]] = []
    for char in text:
        if _is_control(ord(char)):
            raise ValueError(f"control character U+{ord(char):04X} in document text {text!r}")
        if char.isspace() and result and covers(result[-1][0], char):
            font = result[-1][0]
        else:
            font = next((f for f in _chain(char, han, bold) if covers(f, char)), None)
            if font is None:
                raise MissingGlyph(char, text)
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + char)
        else:
            result.append((font, char))
    return tuple(result)
