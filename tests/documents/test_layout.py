"""The drawing kit: line breaking, page breaks with "n / N", mixed runs."""

import io

from pypdf import PdfReader

from desktop.documents import layout
from desktop.documents.layout import WIDTH, Column, Sheet, fit_text, text_width, wrap_text
from tests.documents.pdf_check import glyph_problems, squash


def test_latin_and_cyrillic_wrap_at_spaces_and_fit():
    text = "После 1 октября 2026 г. прибавляйте 348,49 ₽ за каждый день до поступления денег кредитору."
    lines = wrap_text(text, "ru", 9.5, 200)
    assert len(lines) > 1
    assert " ".join(lines) == text
    assert all(text_width(line, "ru", 9.5) <= 200 for line in lines)


def test_japanese_wraps_between_characters_but_not_before_closing_marks():
    text = "本書の金額は、当店が契約条件と入金記録から算出した概算です。確定金額は金融機関発行の残債証明書によります。"
    for width in range(60, 300, 7):
        lines = wrap_text(text, "ja", 9.5, width)
        assert "".join(lines) == text
        assert not any(line[0] in "、。）」" for line in lines[1:]), lines
        assert all(text_width(line, "ja", 9.5) <= width or len(line) <= 2 for line in lines)


def test_a_word_wider_than_the_line_is_cut():
    lines = wrap_text("Z94C241BBPR123456", "en", 9.5, 40)
    assert "".join(lines) == "Z94C241BBPR123456"
    assert all(text_width(line, "en", 9.5) <= 40 for line in lines)


def test_a_long_footer_is_cut_with_an_ellipsis():
    text = "Расчёт суммы досрочного погашения · АК-77/2024-015532 · Автосалон «Северный», Москва"
    short = fit_text(text, "ru", 8, 200)
    assert short.endswith("…") and text_width(short, "ru", 8) <= 200


def test_a_long_table_breaks_pages_repeats_its_header_and_numbers_them():
    sheet = Sheet("ja", title="テスト", subject="表", footer="ローン残債精算見積書")
    sheet.heading("返済予定表")
    rows = [(f"第{n}回", f"{n * 1000:,}") for n in range(1, 121)]
    sheet.table([Column("回", WIDTH - 120), Column("金額（JPY）", 120, "right")], rows)
    pdf = sheet.finish()
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        text = squash(page.extract_text())
        assert f"{number}/{len(pages)}" in text
        assert "金額（JPY）" in text  # the header on every page
    assert glyph_problems(pdf) == []


def test_sheet_blocks_draw_mixed_scripts():
    sheet = Sheet("en", title="Kit", subject="All blocks")
    sheet.heading("Heading 見出し")
    sheet.banner(["Estimate — not a lender's payoff letter"])
    sheet.banner(["Warning: 注意"], warning=True)
    sheet.section("Section")
    sheet.rows([("Lender", "みらいオートクレジット株式会社"), ("Address", "上海市浦东新区世纪大道100号")])
    sheet.paragraph("A paragraph, long enough to wrap across the page. " * 6)
    sheet.signatures([("Clerk", "Zhang Wei"), ("Customer", "山田 太郎")])
    pdf = sheet.finish()
    text = squash(PdfReader(io.BytesIO(pdf)).pages[0].extract_text())
    for phrase in ("Heading見出し", "Lenderみらいオートクレジット株式会社", "Clerk", "山田太郎", "1/1"):
        assert phrase in text
    assert glyph_problems(pdf) == []


def test_right_aligned_amounts_end_at_the_given_x():
    # The money column: whatever the fonts of its runs, each amount ends on the same x.
    import re

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1, initialFontName="DejaVuSans")
    amounts = ["1,004,233", "322", "￥3,300", "805 575,89 ₽"]
    for i, amount in enumerate(amounts):
        layout.draw_text(c, 400, 700 - 20 * i, amount, "ja", 10, align="right")
    c.save()
    content = PdfReader(io.BytesIO(buffer.getvalue())).pages[0].get_contents().get_data().decode()
    starts = [float(x) for x in re.findall(r"BT 1 0 0 1 ([\d.]+) [\d.]+ Tm", content)]
    assert len(starts) == len(amounts)
    for amount, x in zip(amounts, starts):
        assert abs(x + text_width(amount, "ja", 10) - 400) < 0.01, amount
