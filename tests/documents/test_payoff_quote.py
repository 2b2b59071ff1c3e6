"""The payoff quote PDF: what it says in each language, the fonts that draw
it, and the same bytes for the same data."""

import hashlib
import io
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from desktop.documents import fonts, labels
from desktop.documents.fonts import DROID, IPAEX, MissingGlyph
from desktop.documents.payoff_quote import (
    PropertyLabel,
    VehicleLabel,
    asset_label,
    render_payoff_quote,
)
from desktop.domain.assets import Property, Vehicle
from tests.documents import samples
from tests.documents.pdf_check import drawn_text, glyph_problems, squash, text_of

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ["en", "ja", "ru", "zh"]


@pytest.fixture(scope="module")
def pdfs():
    return {name: render_payoff_quote(make()) for name, make in samples.SAMPLES.items()}


def contains(text: str, phrase: str) -> bool:
    return squash(phrase) in squash(text)


# -- (a) what the page says ---------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_labels_and_amounts_are_on_the_page(pdfs, language):
    data = samples.SAMPLES[language]()
    q = data.quote
    text = text_of(pdfs[language])

    def t(key, **values):
        return labels.label(language, key, **values)

    def amount(m):
        return labels.money(m, language, with_symbol=False)

    good_through = labels.day(q.good_through, language)
    expected = [
        t("payoff_quote.title"),
        t("payoff_quote.principal_outstanding"), amount(q.principal_outstanding),
        t("payoff_quote.accrued_interest"), amount(q.accrued_interest),
        t("payoff_quote.past_due"), amount(q.past_due),
        t("payoff_quote.penalty_interest"), amount(q.penalty_interest),
        t("payoff_quote.fees"), amount(q.fees),
        t("payoff_quote.prepayment_compensation"), amount(q.prepayment_compensation),
        t("payoff_quote.total", good_through=good_through) + amount(q.total),
        t("payoff_quote.per_diem") + amount(q.per_diem),
        t("payoff_quote.amount", currency=q.currency),
        t("payoff_quote.good_through") + good_through,
        t("payoff_quote.issued_on") + labels.day(data.issued_on, language),
        t("payoff_quote.customer") + data.customer_name,
        t("payoff_quote.lender") + data.lender_name,
        t("payoff_quote.account_number") + data.account_number,
        t("payoff_quote.signature.clerk"), t("payoff_quote.signature.customer"),
        data.prepared_by, "1 / 1",
    ]
    for phrase in expected:
        assert contains(text, phrase), phrase


def test_the_figures_are_the_quote_s_own():
    # The Russian sample is the brief's: 800,000.00 at 15.9 % from 15 Sep to 1 Oct.
    text = text_of(render_payoff_quote(samples.russian()))
    for figure in ("800 000,00", "5 575,89", "805 575,89", "348,49", "15,9 % годовых"):
        assert contains(text, figure), figure
    assert contains(text, "После 1 октября 2026 г. прибавляйте 348,49 ₽ за каждый день")


def test_an_estimate_says_it_is_not_the_lender_s_letter(pdfs):
    for language in ("en", "ru"):
        text = text_of(pdfs[language])
        assert contains(text, labels.label(language, "payoff_quote.estimate_banner"))
    assert contains(text_of(pdfs["en"]), "Estimate — not a lender's payoff letter")
    assert contains(text_of(pdfs["en"]), "After November 30, 2026 add CN¥135.27 per day")


def test_a_lender_s_quote_shows_its_reference_and_no_estimate_label(pdfs):
    text = text_of(pdfs["zh"])
    assert contains(text, "贷款机构结清报价（编号 TYGJJ-2026-118842，2026年11月18日收到）")
    assert not contains(text, labels.label("zh", "payoff_quote.estimate_banner"))
    # Still within its good-through date: nothing extended.
    assert not contains(text, "顺延")


def test_an_expired_lender_quote_is_extended_visibly(pdfs):
    text = text_of(pdfs["ja"])
    # 3 days past 30 November, 107 yen a day.
    assert contains(text, "2026年11月30日で有効期限が切れています。3日分 × 日割利息 ￥107 = ￥321")
    assert contains(text, "日割利息の加算：3日 × 107" + "321")
    assert contains(text, "2026年12月3日時点の精算金額" + "1,008,176")
    assert contains(text, "2026年12月3日を過ぎて着金する場合は、1日につき￥107を加算してください。")


def test_english_wording_of_the_expiry_warning():
    data = replace(samples.japanese(), language="en")
    text = text_of(render_payoff_quote(data))
    assert contains(text, "The lender's quote expired on November 30, 2026: "
                          "extended by 3 days × ¥107 per diem = ¥321.")


def test_ownership_retention_is_stated_only_when_the_lender_holds_title(pdfs):
    assert contains(text_of(pdfs["ja"]), "所有権留保：登録上の所有者はみらいオートクレジット株式会社です。")
    assert not contains(text_of(pdfs["ru"]), "собственником")


def test_vehicle_and_property_lines(pdfs):
    ja = text_of(pdfs["ja"])
    for phrase in ("車両トヨタ プリウス 2021", "登録番号（ナンバー）横浜 300 さ 12-34", "車台番号ZVW51-8123456"):
        assert contains(ja, phrase)
    assert contains(text_of(pdfs["zh"]), "房产地址山西省太原市小店区长治路123号 5栋2单元1201室")


def test_metadata_is_set_and_dateless(pdfs):
    info = PdfReader(io.BytesIO(pdfs["ru"])).metadata
    assert info.title == "Расчёт суммы досрочного погашения"
    assert info.author == "LienDesk"
    assert info.subject == "Погашение кредита АК-77/2024-015532, действителен по 1 октября 2026\u202fг."
    # Invariant mode: a fixed date, not the clock.
    assert info["/CreationDate"].startswith("D:20000101")


# -- (b) the fonts that draw it ----------------------------------------------


@pytest.mark.parametrize("name", sorted(samples.SAMPLES))
def test_every_character_is_drawn_by_an_embedded_font_that_has_it(pdfs, name):
    assert glyph_problems(pdfs[name]) == []
    assert drawn_text(pdfs[name])  # the check saw the text, it did not pass on nothing


def test_the_glyph_check_catches_a_font_without_the_glyph():
    # Draw 说 (simplified only) in IPAexGothic, bypassing the runs: a tofu box.
    fonts.register()
    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1, initialFontName=fonts.DEJAVU)
    c.setFont(IPAEX, 12)
    c.drawString(72, 720, "说明")
    c.save()
    problems = glyph_problems(buffer.getvalue())
    # reportlab silently draws .notdef (code 0, read back as U+0000) for it.
    assert any("IPAexGothic has no glyph for '\\x00'" in p for p in problems), problems


def test_the_glyph_check_catches_a_document_drawn_without_the_fallback(monkeypatch):
    # The whole Russian quote in the Chinese font, as if runs() were skipped.
    with monkeypatch.context() as m:
        m.setattr(fonts, "runs", lambda text, language, bold=False: [(DROID, text)])
        pdf = render_payoff_quote(samples.russian())
    assert any("DroidSansFallback has no glyph" in p for p in glyph_problems(pdf))


def test_the_glyph_check_catches_a_font_that_is_not_embedded():
    buffer = io.BytesIO()
    c = Canvas(buffer, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 720, "Payoff")
    c.save()
    problems = glyph_problems(buffer.getvalue())
    assert any("Helvetica is not embedded" in p for p in problems)


def test_a_name_no_font_can_draw_stops_the_document():
    with pytest.raises(MissingGlyph):
        render_payoff_quote(replace(samples.russian(), customer_name="김한결"))


def test_the_han_font_follows_the_document(pdfs):
    used = {name: {font for font, _ in drawn_text(pdf)} for name, pdf in pdfs.items()}
    assert IPAEX in used["ja"] and DROID not in used["ja"]
    assert DROID in used["zh"] and IPAEX not in used["zh"]


# -- (c) same data, same bytes ----------------------------------------------


def test_same_data_gives_the_same_bytes():
    assert render_payoff_quote(samples.japanese()) == render_payoff_quote(samples.japanese())
    assert render_payoff_quote(samples.japanese()) != render_payoff_quote(
        replace(samples.japanese(), prepared_by="鈴木 一郎"))


def test_the_same_bytes_in_a_fresh_process(pdfs):
    # Nothing in the file depends on what else this process drew before, or on the clock.
    code = ("import hashlib, sys; from tests.documents import samples; "
            "from desktop.documents.payoff_quote import render_payoff_quote; "
            "sys.stdout.write(hashlib.sha256(render_payoff_quote(samples.chinese())).hexdigest())")
    fresh = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                           text=True, check=True).stdout
    assert fresh == hashlib.sha256(pdfs["zh"]).hexdigest()


# -- (e) names and addresses from another script ----------------------------


def test_a_japanese_lender_in_a_russian_document(pdfs):
    pdf = pdfs["ru_ja_lender"]
    text = text_of(pdf)
    assert contains(text, "Кредитор" + "みらいオートクレジット株式会社")
    assert contains(text, "Госномер" + "横浜 300 さ 12-34")
    assert contains(text, "みらいオートクレジット株式会社 значится собственником")
    drawn = drawn_text(pdf)
    assert any(font == IPAEX and "みらいオートクレジット株式会社" in s for font, s in drawn)
    assert glyph_problems(pdf) == []


def test_a_chinese_address_in_an_english_document(pdfs):
    pdf = pdfs["en"]
    text = text_of(pdf)
    assert contains(text, "Property address" + "上海市浦东新区世纪大道100号 12层1203室")
    assert contains(text, "Lender" + "中国建设银行上海市分行")
    drawn = drawn_text(pdf)
    assert any(font == DROID and "上海市浦东新区世纪大道" in s for font, s in drawn)
    assert glyph_problems(pdf) == []


# -- what the document refuses ---------------------------------------------


def test_a_lender_s_quote_needs_its_reference_and_receipt_date():
    with pytest.raises(ValueError, match="reference"):
        replace(samples.chinese(), lender_reference="")
    with pytest.raises(ValueError, match="reference"):
        replace(samples.chinese(), lender_received_on=None)
    with pytest.raises(ValueError, match="received after"):
        replace(samples.chinese(), lender_received_on=date(2026, 11, 21))


def test_an_estimate_is_never_back_dated():
    with pytest.raises(ValueError, match="back-dated"):
        replace(samples.russian(), issued_on=date(2026, 10, 2))


def test_unknown_language_or_source_is_refused():
    with pytest.raises(ValueError):
        replace(samples.russian(), language="de")
    with pytest.raises(ValueError):
        replace(samples.russian(), source="guess")


def test_asset_labels_from_the_domain():
    car = Vehicle(id="v1", owner_id="c1", vin="ZVW51-8123456", plate="横浜 300 さ 12-34",
                  make="トヨタ", model="プリウス", year=2021)
    assert asset_label(car) == VehicleLabel("トヨタ プリウス 2021", "横浜 300 さ 12-34", "ZVW51-8123456")
    home = Property(id="p1", owner_id="c1", address="山西省太原市小店区长治路123号")
    assert asset_label(home) == PropertyLabel("山西省太原市小店区长治路123号")
