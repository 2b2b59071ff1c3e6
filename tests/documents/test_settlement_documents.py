"""The settlement statement (精算書) and the voluntary sale's distribution table
(配分表) with its auction comparison: what each page says in each language,
the fonts that draw it, and the same bytes for the same data.

The deals are the worked examples of tests/domain: a car trade-in with
negative equity paid in cash, a Japanese condominium sale, a voluntary sale
that leaves a deficiency.

``python -m tests.documents.test_settlement_documents /tmp/settlement_pdfs``
writes the samples there for looking at (then ``pdftoppm -png -r 70``)."""

from __future__ import annotations

import hashlib
import io
import re
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import fonts, labels
from desktop.documents.distribution_table import DistributionTableDocument, render_distribution_table
from desktop.documents.labels import NOTICE_TEMPLATES, placeholders
from desktop.documents.settlement_statement import (
    DealKind,
    SettlementStatementDocument,
    remaining_debts_of,
    render_settlement_statement,
)
from desktop.domain.car_sale import CarDealKind, CarLoanPayoff, CarSale, ShortfallCover, settle_car_sale
from desktop.domain.home_sale import CondoCharges, HomeSale, MortgagePayoff, settle_home_sale
from desktop.domain.money import Money
from desktop.domain.notices import Notice
from desktop.domain.settlement import Party, Role
from desktop.domain.short_sale import (
    Lien,
    SeizedTax,
    ShortSale,
    ShortSaleCosts,
    compare_with_auction,
    propose_distribution,
    settle_short_sale,
)
from tests.documents.pdf_check import drawn_text, glyph_problems, squash, text_of

REPO = Path(__file__).resolve().parents[2]
LANGUAGES = ["en", "ja", "ru", "zh"]


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


# -- the deals ------------------------------------------------------------------------

# A trade-in in each language's own market: allowance 1,200,000 against a payoff of
# 1,500,000 (tests/domain/test_car_sale.py); the customer pays the 300,000 in cash.
CAR = {
    "ja": dict(currency="JPY", seller="山田 太郎", dealer="さくらモータース 港北店",
               lender="トヨタファイナンス株式会社", new_lender="さくらクレジット",
               car="トヨタ プリウス 2019 横浜 300 さ 12-34", branch="オートプラザ横浜 港北店",
               clerk="佐藤 花子"),
    "en": dict(currency="JPY", seller="Yamada Taro", dealer="Sakura Motors",
               lender="Toyota Finance", new_lender="Sakura Credit",
               car="Toyota Prius 2019, Yokohama 300 sa 12-34", branch="Sakura Motors, Kohoku",
               clerk="Sato Hanako"),
    "ru": dict(currency="RUB", seller="Петров Иван Сергеевич", dealer="Автосалон «Северный»",
               lender="АО «Банк Столица»", new_lender="ООО «Автокредит»",
               car="Kia Rio 2021, А 123 ВС 777", branch="Автосалон «Северный», Москва",
               clerk="Смирнова Анна Викторовна"),
    "zh": dict(currency="CNY", seller="王建国", dealer="安驰汽车 太原店", lender="上汽通用汽车金融",
               new_lender="安驰汽车金融", car="大众 朗逸 2020 晋A·12345", branch="安驰汽车 太原店",
               clerk="李娜"),
}
CAR_AMOUNTS = {"JPY": ("1200000", "1500000"), "RUB": ("1200000.00", "1500000.00"),
               "CNY": ("120000.00", "150000.00")}


def car_trade_in(language: str, final: bool = True, version: int = 2) -> SettlementStatementDocument:
    n = CAR[language]
    cur = n["currency"]
    allowance, payoff = (Money.of(a, cur) for a in CAR_AMOUNTS[cur])
    deal = settle_car_sale(CarSale(
        CarDealKind.TRADE_IN, Party(Role.SELLER, n["seller"]), Party(Role.DEALER, n["dealer"]),
        allowance, CarLoanPayoff(Party(Role.LENDER, n["lender"], "l"), payoff, reference="TF-2026-0456"),
        cover=ShortfallCover.CASH, settled_on=date(2026, 11, 20)))
    return SettlementStatementDocument(
        language=language, issued_on=date(2026, 11, 18), branch_name=n["branch"],
        deal_title="T-2026-0183", deal_kind=DealKind.CAR_TRADE_IN, settlement=deal.settlement,
        version=version, final=final, asset_description=n["car"], prepared_by=n["clerk"])


# The condominium of tests/domain/test_home_sale.py: price 30,000,000, two mortgages.
HOME_NAMES = {
    "ja": dict(seller="田中 花子", buyer="鈴木 一郎", broker="さくら不動産株式会社",
               scrivener="佐藤司法書士事務所", bank_a="株式会社みずほ銀行", bank_b="オリックス銀行株式会社",
               association="パークホームズ桜新町管理組合", branch="さくら不動産 桜新町店", clerk="高橋 健"),
    "en": dict(seller="Tanaka Hanako", buyer="Suzuki Ichiro", broker="Sakura Realty",
               scrivener="Sato Judicial Scrivener Office", bank_a="Mizuho Bank", bank_b="Orix Bank",
               association="Park Homes Kanrikumiai", branch="Sakura Realty, Sakurashinmachi",
               clerk="Takahashi Ken"),
}
HOME_NAMES["ru"] = dict(HOME_NAMES["ja"], buyer="Иванова Мария", clerk="Такахаси Кэн")
HOME_NAMES["zh"] = dict(HOME_NAMES["ja"], buyer="陈晓明", clerk="高桥健")
HOME_ADDRESS = "東京都世田谷区桜新町2-5-8 パークホームズ桜新町 301号室"


def home_sale(language: str, final: bool = True, version: int = 1) -> SettlementStatementDocument:
    n = HOME_NAMES[language]
    association = Party(Role.MANAGEMENT_ASSOCIATION, n["association"])
    deal = settle_home_sale(HomeSale(
        seller=Party(Role.SELLER, n["seller"]), buyer=Party(Role.BUYER, n["buyer"]),
        broker=Party(Role.BROKER, n["broker"]), scrivener=Party(Role.SCRIVENER, n["scrivener"]),
        price=jpy(30_000_000), settlement_on=date(2026, 6, 15), contract_on=date(2026, 5, 10),
        mortgages=(MortgagePayoff(Party(Role.LENDER, n["bank_a"], "a"), jpy(18_000_000), 1, "MZ-77120"),
                   MortgagePayoff(Party(Role.LENDER, n["bank_b"], "b"), jpy(2_000_000), 2)),
        earnest_money=jpy(1_500_000), annual_property_tax=jpy(156_000), association=association,
        condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                           management_fee_arrears=jpy(45_000), repair_reserve_arrears=jpy(30_000),
                           parking_arrears=jpy(24_000), bicycle_arrears=jpy(1_200)),
        land_parcels=1, buildings=1, scrivener_fee=jpy(25_000)))
    return SettlementStatementDocument(
        language=language, issued_on=date(2026, 6, 10), branch_name=n["branch"],
        deal_title="H-2026-0071", deal_kind=DealKind.HOME_MARKET_SALE, settlement=deal.settlement,
        version=version, final=final, asset_description=HOME_ADDRESS, prepared_by=n["clerk"])


# The voluntary sale of tests/domain/test_short_sale.py: 28,000,000 against debts of
# 34,500,000 (the guarantor company, after subrogation) and 4,000,000 (a second lien).
SHORT_NAMES = dict(HOME_NAMES["ja"], guarantor="みずほ保証株式会社", city="世田谷区役所 納税課",
                   parent="田中 一郎", second="オリックス銀行株式会社")
SHORT_NAMES_EN = dict(HOME_NAMES["en"], guarantor="Mizuho Housing Loan Guarantee",
                      city="Setagaya City Tax Office", parent="Tanaka Ichiro (father)",
                      second="Orix Bank")


def _short_parties(language: str) -> dict:
    n = SHORT_NAMES_EN if language == "en" else dict(SHORT_NAMES, buyer=HOME_NAMES[language]["buyer"],
                                                     clerk=HOME_NAMES[language]["clerk"])
    return dict(
        n=n, seller=Party(Role.SELLER, n["seller"]), buyer=Party(Role.BUYER, n["buyer"]),
        broker=Party(Role.BROKER, n["broker"]), scrivener=Party(Role.SCRIVENER, n["scrivener"]),
        guarantor=Party(Role.GUARANTOR_COMPANY, n["guarantor"], "g"),
        second=Party(Role.LENDER, n["second"], "o"),
        association=Party(Role.MANAGEMENT_ASSOCIATION, n["association"]),
        city=Party(Role.TAX_OFFICE, n["city"]), parent=Party(Role.OTHER, n["parent"]))


def short_table(language: str, price: int = 28_000_000):
    p = _short_parties(language)
    costs = ShortSaleCosts(
        broker=p["broker"], scrivener=p["scrivener"], scrivener_fee=jpy(20_000), land_parcels=1,
        buildings=1, seized_taxes=(SeizedTax(p["city"], jpy(180_000)),),
        annual_property_tax=jpy(120_000), association=p["association"],
        condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                           management_fee_arrears=jpy(1_050_000), repair_reserve_arrears=jpy(700_000),
                           late_charges=jpy(85_000), parking_arrears=jpy(48_000)),
        moving_negotiated=True, moving_requested=jpy(350_000), stamp_duty=jpy(10_000))
    liens = (Lien(p["guarantor"], 1, jpy(34_500_000)), Lien(p["second"], 2, jpy(4_000_000)))
    return propose_distribution(jpy(price), p["seller"], liens, costs, on=date(2026, 5, 10))


def short_sale(language: str, final: bool = True) -> SettlementStatementDocument:
    p = _short_parties(language)
    result = settle_short_sale(ShortSale(
        table=short_table(language).approve_all(), buyer=p["buyer"], settlement_on=date(2026, 6, 15),
        earnest_money=jpy(1_000_000), prorate=False, guarantor_company=p["guarantor"],
        subrogated_on=date(2026, 3, 31), joint_guarantors=(p["parent"],)))
    return SettlementStatementDocument(
        language=language, issued_on=date(2026, 6, 12), branch_name=p["n"]["branch"],
        deal_title="V-2026-0042", deal_kind=DealKind.VOLUNTARY_SALE, settlement=result.settlement,
        version=3, final=final, asset_description=HOME_ADDRESS, prepared_by=p["n"]["clerk"],
        remaining_debts=remaining_debts_of(result.deficiencies))


def distribution(language: str, approved: bool = True, version: int = 2) -> DistributionTableDocument:
    p = _short_parties(language)
    table = short_table(language)
    table = table.approve_all() if approved else table
    return DistributionTableDocument(
        language=language, issued_on=date(2026, 5, 20), branch_name=p["n"]["branch"],
        deal_title="V-2026-0042", table=table, version=version, final=approved,
        asset_description=HOME_ADDRESS, prepared_by=p["n"]["clerk"],
        comparison=compare_with_auction(table, court_costs=jpy(800_000)),
        guarantor_company=p["n"]["guarantor"], subrogated_on=date(2026, 3, 31),
        joint_guarantors=(p["n"]["parent"],))


def repriced_distribution(language: str) -> DistributionTableDocument:
    """The buyer came down to 27,000,000: a new table, proposed again, version 3."""
    first = short_table(language).approve_all()
    table = first.reprice(jpy(27_000_000))
    return replace(distribution(language, approved=False, version=3), table=table,
                   comparison=compare_with_auction(table, court_costs=jpy(800_000)))


SAMPLES = {}
for _lang in LANGUAGES:
    SAMPLES[f"statement_car_trade_in_{_lang}"] = (render_settlement_statement, car_trade_in, _lang)
    SAMPLES[f"statement_home_sale_{_lang}"] = (render_settlement_statement, home_sale, _lang)
    SAMPLES[f"statement_voluntary_sale_{_lang}"] = (render_settlement_statement, short_sale, _lang)
    SAMPLES[f"distribution_table_{_lang}"] = (render_distribution_table, distribution, _lang)
SAMPLES["statement_car_trade_in_draft_ja"] = (
    render_settlement_statement, lambda lang: car_trade_in(lang, final=False, version=1), "ja")
SAMPLES["distribution_table_repriced_draft_en"] = (
    render_distribution_table, repriced_distribution, "en")


@pytest.fixture(scope="module")
def pdfs():
    return {name: render(make(lang)) for name, (render, make, lang) in SAMPLES.items()}


def contains(text: str, phrase: str) -> bool:
    return squash(phrase) in squash(text)


def words(language: str):
    def t(key, **values):
        return labels.label(language, key, **values)
    return t


def amount(m: Money, language: str) -> str:
    return labels.money(m, language, with_symbol=False)


# -- the statement: what it says ------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_car_trade_in_paid_in_cash(pdfs, language):
    data = car_trade_in(language)
    s = data.settlement
    text = text_of(pdfs[f"statement_car_trade_in_{language}"])
    t = words(language)
    cur = s.currency
    allowance, payoff = (Money.of(a, cur) for a in CAR_AMOUNTS[cur])
    shortfall = payoff - allowance
    expected = [
        t("settlement.title"), t("settlement.kind.car_trade_in"), data.asset_description,
        t("settlement.section.price_and_deposits"), t("settlement.section.payoffs"),
        t("settlement.subtotal"), t("settlement.totals"),
        amount(allowance, language), amount(payoff, language), amount(shortfall, language),
        # The customer brings the shortfall; the dealer brings the allowance.
        t("settlement.shortfall") + labels.money(shortfall, language),
        t("settlement.buyer_brings") + labels.money(allowance, language),
        t("settlement.balance.balanced"),
        t("settlement.version_status", version=t("settlement.version", version=2),
          status=t("settlement.final")),
        s.seller.name, s.buyer.name, CAR[language]["lender"], data.prepared_by,
        t("settlement.signature.seller"),
    ]
    for phrase in expected:
        assert contains(text, phrase), phrase
    # The cash line and its arithmetic, in the document's language.
    cash = next(ln for ln in s.lines if ln.rule == "car.shortfall_cash")
    assert contains(text, labels.notice(cash.description, language))
    assert contains(text, labels.notice(cash.explanation, language))


def test_the_trade_in_figures_in_english(pdfs):
    text = text_of(pdfs["statement_car_trade_in_en"])
    assert contains(text, "Cash from Yamada Taro to cover the shortfall")
    assert contains(text, "Payoff ¥1,500,000 + fees ¥0 − price ¥1,200,000 = shortfall ¥300,000.")
    # ALTA: the dealer's side closes with "due from the buyer"; every column totals 1,500,000
    # for the seller and 1,200,000 for the dealer.
    assert contains(text, "Due from the buyer (Sakura Motors) at closing" + "1,200,000")
    assert contains(text, "Totals" + "1,200,000" + "1,200,000" + "1,500,000" + "1,500,000")
    assert contains(text, "Seller's shortfall¥300,000")


def test_a_russian_trade_in_prints_kopecks(pdfs):
    text = text_of(pdfs["statement_car_trade_in_ru"])
    assert contains(text, "1 500 000,00") and contains(text, "300 000,00 ₽")
    assert contains(text, "Доплата наличными от продавца (Петров Иван Сергеевич) на покрытие недостачи")


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_sale_statement(pdfs, language):
    text = text_of(pdfs[f"statement_home_sale_{language}"])
    t = words(language)
    expected = [
        t("settlement.title"), t("settlement.kind.home_market_sale"), HOME_ADDRESS,
        t("settlement.section.prorations_and_adjustments"), t("settlement.section.commission"),
        t("settlement.section.government_and_registration"), t("settlement.section.outside"),
        amount(jpy(30_000_000), language), amount(jpy(85_479), language),
        amount(jpy(1_056_000), language), amount(jpy(28_598_812), language),
        t("settlement.net_proceeds") + labels.money(jpy(8_938_812), language),
        t("settlement.buyer_brings") + labels.money(jpy(28_598_812), language),
        HOME_NAMES[language]["association"], HOME_NAMES[language]["scrivener"],
        t("settlement.balance.balanced"),
    ]
    for phrase in expected:
        assert contains(text, phrase), phrase


def test_outside_closing_lines_are_listed_but_never_counted(pdfs):
    # Parking 24,000 and bicycle space 1,200 stay the seller's own debt.
    en = text_of(pdfs["statement_home_sale_en"])
    outside = en[en.index("Outside the closing"):]
    assert contains(outside, "Parking arrears (駐車場代): the seller's own debt")
    assert contains(outside, "24,000") and contains(outside, "1,200")
    # ALTA totals: 30,098,812 in each column, not 30,123,812 with the parking in it.
    assert contains(en, "Totals" + "30,098,812" * 4)
    assert "30,123,812" not in squash(en) and "30,124,012" not in squash(en)
    # 精算書: the seller pays 20,000,000 + 1,056,000 + 75,000 + 29,000 = 21,160,000, not
    # 21,185,200; the seller receives 30,098,812; the buyer is credited the 1,500,000 earnest.
    ja = text_of(pdfs["statement_home_sale_ja"])
    assert contains(ja, "合計" + "30,098,812" + "21,160,000" + "1,500,000" + "30,098,812")
    assert "21,185,200" not in squash(ja)
    assert contains(ja[ja.index("参考：決済外の項目"):], "駐車場使用料の滞納（売主自身の債務）")


def test_each_line_s_explanation_is_printed_under_it(pdfs):
    en = text_of(pdfs["statement_home_sale_en"])
    assert contains(en, "Commission at the legal cap: 5% of ¥2,000,000 = ¥100,000; "
                        "4% of ¥2,000,000 = ¥80,000; 3% of ¥26,000,000 = ¥780,000; "
                        "total ¥960,000 + 10% tax ¥96,000 = ¥1,056,000")
    ja = text_of(pdfs["statement_home_sale_ja"])
    assert contains(ja, "仲介手数料は法定上限額：￥2,000,000の5% = ￥100,000、")
    assert contains(ja, "買主負担分 ￥156,000 × 200/365 = ￥85,479（四捨五入）")
    assert contains(ja, "決済日における1番抵当権の返済額（金融機関の残債証明 MZ-77120 による）")


def test_the_japanese_statement_is_a_seishansho(pdfs):
    ja = text_of(pdfs["statement_home_sale_ja"])
    for phrase in ("精算書", "摘要（金額単位：円）", "売主", "買主", "受取", "支払", "小計", "合計",
                   "売主 差引受取額（手取額）" + "8,938,812", "買主 差引支払額" + "28,598,812",
                   "決済時の授受（差引額の精算）", "2026年6月15日", "仲介業者"):
        assert contains(ja, phrase), phrase
    # The balance the buyer pays, with who pays whom under it, then its amount.
    assert re.search("残代金（決済時に買主が支払）鈴木一郎→さくら不動産株式会社（決済口座）28,598,812",
                     squash(ja))
    assert squash(ja).count("印") >= 3  # the seal boxes of seller, buyer and broker
    assert "8,938,812.00" not in ja and "¥" not in ja  # yen, whole
    assert contains(text_of(pdfs["statement_voluntary_sale_ja"]), "任意売却 精算書")


@pytest.mark.parametrize("language", LANGUAGES)
def test_voluntary_sale_statement_with_its_deficiency(pdfs, language):
    data = short_sale(language)
    text = text_of(pdfs[f"statement_voluntary_sale_{language}"])
    t = words(language)
    expected = [
        t("settlement.title.voluntary_sale"), t("settlement.section.remaining_debt"),
        amount(jpy(24_786_000), language), amount(jpy(9_714_000), language),
        amount(jpy(3_700_000), language),
        t("settlement.remaining_total") + amount(jpy(13_414_000), language),
        # The moving allowance is what the seller takes away.
        t("settlement.net_proceeds") + labels.money(jpy(300_000), language),
        t("settlement.section.outside"), amount(jpy(48_000), language),
    ]
    for phrase in expected:
        assert contains(text, phrase), phrase
    for n in data.settlement.notices:  # the guarantor company and the joint guarantor
        assert contains(text, labels.notice(n, language)), n.template


def test_the_notices_are_in_the_document_s_language(pdfs):
    ja = text_of(pdfs["statement_voluntary_sale_ja"])
    assert contains(ja, "田中 一郎は連帯保証人であり、債務者が破産で免責されても残債務￥13,414,000を負います。")
    assert contains(ja, "みずほ保証株式会社は2026年3月31日に金融機関へ代位弁済し")
    assert "joint guarantor" not in ja
    ru = text_of(pdfs["statement_voluntary_sale_ru"])
    assert contains(ru, "田中 一郎 — солидарный поручитель (連帯保証人)")
    zh = text_of(pdfs["statement_voluntary_sale_zh"])
    assert contains(zh, "田中 一郎是连带保证人")


def test_an_unknown_template_falls_back_to_english():
    n = Notice("A rule added later: pay {amount} by {day}.", {"amount": jpy(5_000),
                                                               "day": date(2026, 7, 1)})
    assert labels.notice(n, "ja") == "A rule added later: pay ￥5,000 by 2026年7月1日."
    assert labels.notice(n, "en") == "A rule added later: pay ¥5,000 by July 1, 2026."


def test_ordinals_follow_the_language():
    n = Notice("Payoff of the {rank} mortgage to {lender}", {"rank": "2nd", "lender": "X"})
    assert labels.notice(n, "ja") == "2番抵当権の債務返済（X）"
    assert labels.notice(n, "ru") == "Погашение ипотеки 2-й очереди: X"
    assert labels.notice(n, "zh") == "向X清偿第2顺位抵押贷款"
    assert labels.notice(n, "en") == "Payoff of the 2nd mortgage to X"


@pytest.mark.parametrize("language", ["ja", "ru", "zh"])
def test_notice_translations_keep_the_placeholders(language):
    for english, text in NOTICE_TEMPLATES[language].items():
        assert placeholders(text) == placeholders(english), (language, english)
        filled = text
        for name in placeholders(text):
            filled = filled.replace("{" + name + "}", "1")
        fonts.runs(filled, language)  # every character has a glyph


def _templates(deal_notices) -> set[str]:
    return {n.template for n in deal_notices if n is not None}


@pytest.mark.parametrize("language", ["ja", "ru", "zh"])
def test_every_notice_of_the_sample_deals_is_translated(language):
    found: set[str] = set()
    for make in (car_trade_in, home_sale, short_sale):
        s = make("en").settlement
        found |= _templates([ln.description for ln in s.lines] + [ln.explanation for ln in s.lines]
                            + list(s.notices) + [s.balance().who_owes_whom])
    doc = distribution("en")
    found |= _templates([ln.description for ln in doc.table.lines]
                        + [ln.explanation for ln in doc.table.lines] + list(doc.table.notices)
                        + list(doc.comparison.notices)
                        + [doc.comparison.voluntary.explanation, doc.comparison.auction.explanation])
    found |= _templates(repriced_distribution("en").table.notices)
    found |= {ln.refusal_reason for ln in doc.table.lines if ln.refusal_reason}
    missing = sorted(found - set(NOTICE_TEMPLATES[language]))
    assert missing == []


# -- versions and drafts ----------------------------------------------------------------


def test_a_draft_says_so_on_every_page_and_a_final_does_not(pdfs):
    draft = pdfs["statement_car_trade_in_draft_ja"]
    t = words("ja")
    text = text_of(draft)
    assert contains(text, t("settlement.draft_banner", version=1))
    assert contains(text, "精算書（案）")
    for page in PdfReader(io.BytesIO(draft)).pages:  # the watermark and the footer
        assert contains(page.extract_text(), t("settlement.draft_mark"))
        assert contains(page.extract_text(), t("settlement.version_status",
                                               version="第1版", status=t("settlement.draft")))
    final = text_of(pdfs["statement_car_trade_in_ja"])
    assert not contains(final, t("settlement.draft_mark"))
    assert not contains(final, "（案）")
    assert contains(final, "第2版・確定版")
    en = render_settlement_statement(car_trade_in("en", final=False, version=4))
    assert contains(text_of(en), "DRAFT — not final (version 4)")
    assert contains(text_of(en), "Version 4 · Draft — not final")
    assert "DRAFT" not in text_of(pdfs["statement_car_trade_in_en"])


def test_only_a_balanced_statement_with_its_date_can_be_final():
    with pytest.raises(ValueError, match="must balance"):
        refused = settle_car_sale(CarSale(
            CarDealKind.TRADE_IN, Party(Role.SELLER, "A"), Party(Role.DEALER, "B"), jpy(1_200_000),
            CarLoanPayoff(Party(Role.LENDER, "C"), jpy(1_500_000)), settled_on=date(2026, 1, 5)))
        replace(car_trade_in("en"), settlement=refused.settlement)
    with pytest.raises(ValueError, match="settlement date"):
        replace(car_trade_in("en"), settlement=replace(car_trade_in("en").settlement, settled_on=None))
    # As a draft, both print (the shortage shown for the seller to bring).
    short = settle_car_sale(CarSale(
        CarDealKind.TRADE_IN, Party(Role.SELLER, "A"), Party(Role.DEALER, "B"), jpy(1_200_000),
        CarLoanPayoff(Party(Role.LENDER, "C"), jpy(1_500_000))))
    pdf = render_settlement_statement(replace(car_trade_in("en", final=False), settlement=short.settlement))
    text = text_of(pdf)
    assert contains(text, "Shortage: due from the seller (A)" + "300,000")
    assert contains(text, "Not ready to close: A must bring ¥300,000 to B.")
    assert contains(text, "Settlement date" + "to be fixed")
    for bad in (0, -1, True, "2"):
        with pytest.raises(ValueError):
            replace(car_trade_in("en"), version=bad)
    with pytest.raises(ValueError):
        replace(car_trade_in("en"), language="de")


# -- the distribution table ------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_distribution_table_lines_caps_and_the_rest(pdfs, language):
    doc = distribution(language)
    text = text_of(pdfs[f"distribution_table_{language}"])
    t = words(language)
    price = labels.money(jpy(28_000_000), language)
    expected = [
        t("distribution.title"), t("distribution.for_price", price=price,
                                   version=t("settlement.version_status",
                                             version=t("settlement.version", version=2),
                                             status=t("settlement.final"))),
        t("distribution.status.approved"), t("distribution.status.refused"),
        t("distribution.no_cap"),
        # 990,000 commission, 24,000 registration, 300,000 release, 100,000 of 180,000 seized,
        # 1,500,000 of 1,750,000 arrears, 300,000 of 350,000 moving: 3,214,000 in all.
        amount(jpy(990_000), language), amount(jpy(24_000), language),
        amount(jpy(180_000), language), amount(jpy(1_750_000), language),
        amount(jpy(350_000), language),
        t("distribution.deductions") + amount(jpy(3_214_000), language),
        t("distribution.rest", creditor=SHORT_NAMES_EN["guarantor"] if language == "en"
          else SHORT_NAMES["guarantor"]) + amount(jpy(24_786_000), language),
        # What each creditor still owes: 9,714,000 and 3,700,000, 13,414,000 in all.
        amount(jpy(9_714_000), language), amount(jpy(3_700_000), language),
        amount(jpy(13_414_000), language),
        t("distribution.section.guarantors"), doc.joint_guarantors[0],
        t("distribution.rule.jhf.junior_release"),
    ]
    for phrase in expected:
        assert contains(text, phrase), phrase
    for ln in doc.table.lines:
        assert contains(text, labels.notice(ln.description, language)), ln.description.template
        assert contains(text, labels.notice(ln.explanation, language)), ln.explanation.template


def test_the_table_belongs_to_its_price(pdfs):
    text = text_of(pdfs["distribution_table_en"])
    assert contains(text, "This table is for the sale price ¥28,000,000 (Version 2 · Final).")
    assert contains(text, "Refused: Not allowed from the price.")
    assert contains(text_of(pdfs["distribution_table_ja"]), "否認理由：売買代金からは支払えません。")
    repriced = text_of(pdfs["distribution_table_repriced_draft_en"])
    assert contains(repriced, "This table is for the sale price ¥27,000,000 (Version 3 · Draft")
    assert contains(repriced, "The price changed from ¥28,000,000 to ¥27,000,000: the distribution "
                              "table goes back to Mizuho Housing Loan Guarantee for approval")
    assert contains(repriced, "Proposed") and contains(repriced, "DRAFT — not final (version 3)")
    # Every page's footer carries the price.
    for page in PdfReader(io.BytesIO(pdfs["distribution_table_repriced_draft_en"])).pages:
        assert contains(page.extract_text(), "¥27,000,000 · Version 3")


def test_a_final_table_needs_every_line_decided_and_its_own_comparison():
    with pytest.raises(ValueError, match="decided"):
        replace(distribution("en", approved=False), final=True)
    with pytest.raises(ValueError, match="another price"):
        other = compare_with_auction(short_table("en", 26_000_000), court_costs=jpy(0))
        replace(distribution("en"), comparison=other)
    with pytest.raises(ValueError, match="guarantor"):
        replace(distribution("en"), guarantor_company="")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_auction_comparison_and_its_chart(pdfs, language):
    pdf = pdfs[f"distribution_table_{language}"]
    text = text_of(pdf)
    t = words(language)
    # Auction: 28,000,000 × 70% = 19,600,000 − 800,000 = 18,800,000 to the creditors, 19,700,000
    # still owed; voluntary: 25,086,000 received, 13,414,000 owed.
    for phrase in (t("distribution.section.comparison"), t("distribution.cmp.creditors"),
                   t("distribution.cmp.still_owes"), amount(jpy(19_600_000), language),
                   amount(jpy(18_800_000), language), amount(jpy(25_086_000), language),
                   amount(jpy(19_700_000), language), "+" + amount(jpy(6_286_000), language),
                   t("distribution.chart.title", currency=t("settlement.yen") if language == "ja"
                     else "JPY"),
                   t("distribution.chart.price"), t("distribution.chart.still_owes")):
        assert contains(text, phrase), phrase
    # The bars are drawn in the two series' colours.
    content = b"".join(page.get_contents().get_data() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert b".16 .36 .6 rg" in content and b".8 .45 .2 rg" in content


# -- the fonts, and the same bytes --------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_character_is_drawn_by_an_embedded_font_that_has_it(pdfs, name):
    assert glyph_problems(pdfs[name]) == []
    assert drawn_text(pdfs[name])


def test_same_data_gives_the_same_bytes(pdfs):
    assert render_settlement_statement(home_sale("ja")) == pdfs["statement_home_sale_ja"]
    assert render_distribution_table(distribution("zh")) == pdfs["distribution_table_zh"]
    assert render_settlement_statement(home_sale("ja")) != render_settlement_statement(
        home_sale("ja", version=2))


def test_the_same_bytes_in_a_fresh_process(pdfs):
    code = ("import hashlib, sys; from tests.documents import test_settlement_documents as t; "
            "sys.stdout.write(hashlib.sha256(t.render_distribution_table(t.distribution('ru')))"
            ".hexdigest())")
    fresh = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout
    assert fresh == hashlib.sha256(pdfs["distribution_table_ru"]).hexdigest()


def test_metadata(pdfs):
    info = PdfReader(io.BytesIO(pdfs["statement_voluntary_sale_ja"])).metadata
    assert info.title == "任意売却 精算書"
    assert info["/CreationDate"].startswith("D:20000101")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for name, (render, make, lang) in SAMPLES.items():
        path = out / f"{name}.pdf"
        path.write_bytes(render(make(lang)))
        print(path)
