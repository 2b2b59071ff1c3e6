"""Which font draws which character, and the fonts shipped in resources/fonts."""

import pytest

from desktop.documents import fonts
from desktop.documents.fonts import DEJAVU, DEJAVU_BOLD, DROID, IPAEX, MissingGlyph, covers, runs
from desktop.paths import resources_dir

FONTS_DIR = resources_dir() / "fonts"

SAMPLES = [
    ("ja", "みらいオートクレジット株式会社"),
    ("ja", "トヨタ プリウス 横浜 300 さ 12-34"),
    ("ja", "元金残高 ￥1,004,233（2026年11月30日まで有効）"),
    ("ru", "АО «Банк Столица»: 805 575,89 ₽, проценты за день № 1"),
    ("zh", "太原市住房公积金管理中心 ¥377,500.00 日息"),
    ("en", "Payoff — “good through” 2026-10-01 × 3 days…"),
    ("ru", "Кредитор: みらいオートクレジット株式会社"),
    ("en", "上海市浦东新区世纪大道100号 12层1203室"),
]


def test_the_fonts_and_their_licences_are_shipped_and_small():
    for filename in fonts.FILES.values():
        assert (FONTS_DIR / filename).is_file(), filename
    for licence in ("LICENSE-IPAexfont.txt", "LICENSE-DroidSansFallback.txt", "LICENSE-DejaVu.txt"):
        assert (FONTS_DIR / licence).stat().st_size > 1000, licence
    total = sum(p.stat().st_size for p in FONTS_DIR.iterdir())
    assert total < 20_000_000


@pytest.mark.parametrize("language, text", SAMPLES)
def test_runs_put_every_character_in_a_font_that_has_it(language, text):
    parts = runs(text, language)
    assert "".join(part for _, part in parts) == text
    for font, part in parts:
        assert all(covers(font, c) for c in part), (font, part)
    # Neighbouring runs always change font: nothing is split for nothing.
    assert all(a[0] != b[0] for a, b in zip(parts, parts[1:]))


def test_japanese_uses_japanese_forms_and_dejavu_for_latin_and_digits():
    assert runs("トヨタ プリウス 2021", "ja") == [(IPAEX, "トヨタ プリウス "), (DEJAVU, "2021")]
    assert runs("骨", "ja") == [(IPAEX, "骨")]


def test_chinese_uses_chinese_forms():
    # 骨 and 直 are drawn differently in Japan and China: the language decides.
    assert runs("骨直", "zh") == [(DROID, "骨直")]
    assert runs("377,500.00 元", "zh") == [(DEJAVU, "377,500.00 "), (DROID, "元")]


def test_a_japanese_kanji_font_falls_back_for_simplified_characters():
    assert not covers(IPAEX, "说") and covers(DROID, "说")
    assert runs("说明", "ja") == [(DROID, "说"), (IPAEX, "明")]


def test_cjk_in_russian_and_english_documents():
    # Kana says the name is Japanese; Han alone is read as Chinese.
    assert runs("佐藤 花子です", "ru") == [(IPAEX, "佐藤 花子です")]
    assert runs("Банк 山田", "ru") == [(DEJAVU, "Банк "), (DROID, "山田")]
    assert runs("王建国", "en") == [(DROID, "王建国")]
    assert runs("Клиент", "ru") == [(DEJAVU, "Клиент")]


def test_bold_uses_the_bold_face_where_there_is_one():
    assert runs("Итого 805 575,89", "ru", bold=True) == [(DEJAVU_BOLD, "Итого 805 575,89")]
    assert runs("合計 1,007,855", "ja", bold=True) == [(IPAEX, "合計 "), (DEJAVU_BOLD, "1,007,855")]


def test_a_character_no_font_has_is_an_error_not_a_tofu_box():
    hangul = "한"
    assert not any(covers(f, hangul) for f in fonts.FILES)
    with pytest.raises(MissingGlyph) as caught:
        runs(f"Customer 김{hangul}", "en")
    assert "U+" in str(caught.value)


def test_control_characters_are_refused():
    with pytest.raises(ValueError):
        runs("two\nlines", "en")


def test_an_unknown_language_is_refused():
    with pytest.raises(ValueError):
        runs("text", "de")


def test_covers_reads_the_real_cmap():
    assert covers(DEJAVU, "Ж") and covers(DEJAVU, "₽") and not covers(DEJAVU, "あ")
    assert covers(IPAEX, "あ") and covers(IPAEX, "￥")
    assert not covers(DROID, "Ж")  # Droid Sans Fallback has no Cyrillic: DejaVu draws it
    # Droid maps U+0000 to an empty glyph; a control character is never "covered".
    assert not any(covers(f, "\x00") for f in fonts.FILES)


def test_registering_twice_is_harmless():
    fonts.register()
    fonts.register()
    from reportlab.pdfbase import pdfmetrics

    assert set(fonts.FILES) <= set(pdfmetrics.getRegisteredFontNames())
