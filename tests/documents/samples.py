"""Realistic payoff quotes in each document language, for the tests and for
looking at: ``python -m tests.documents.samples /tmp/quote_pngs`` writes the
PDFs there (then ``pdftoppm -png -r 80`` them)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.documents.payoff_quote import (
    PayoffQuoteDocument,
    PropertyLabel,
    VehicleLabel,
    render_payoff_quote,
)
from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money


def _quote(currency: str, good_through: date, last_due: date | None, principal: str,
           accrued: str, per_diem: str, past_due="0", penalty="0", fees="0",
           compensation="0") -> PayoffQuote:
    def m(amount: str) -> Money:
        return Money.of(amount, currency)

    return PayoffQuote(good_through=good_through, last_due_date=last_due,
                       principal_outstanding=m(principal), accrued_interest=m(accrued),
                       past_due=m(past_due), penalty_interest=m(penalty), fees=m(fees),
                       prepayment_compensation=m(compensation), per_diem=m(per_diem))


def japanese() -> PayoffQuoteDocument:
    """A lender's letter three days past its good-through date: extended by per diem."""
    # 1,004,233 × 3.9 % / 365 = 107.30 a day; 3 days since 27 Nov = 322.
    return PayoffQuoteDocument(
        language="ja",
        issued_on=date(2026, 12, 3),
        branch_name="オートプラザ横浜 港北店",
        customer_name="山田 太郎",
        lender_name="みらいオートクレジット株式会社",
        lender_phone="0120-123-456",
        account_number="MAC-2021-0048213",
        asset=VehicleLabel("トヨタ プリウス 2021", "横浜 300 さ 12-34", "ZVW51-8123456"),
        lender_is_owner_of_record=True,
        quote=_quote("JPY", date(2026, 11, 30), date(2026, 11, 27), "1004233", "322", "107",
                     fees="3300"),
        source="lender",
        lender_reference="ZS-20261125-0173",
        lender_received_on=date(2026, 11, 25),
        prepared_by="佐藤 花子",
        annual_rate=Decimal("0.039"),
    )


def russian() -> PayoffQuoteDocument:
    """The desk's estimate: 800,000.00 at 15.9 %, 16 days since the last due date."""
    return PayoffQuoteDocument(
        language="ru",
        issued_on=date(2026, 9, 28),
        branch_name="Автосалон «Северный», Москва, Дмитровское ш., 98",
        customer_name="Петров Иван Сергеевич",
        lender_name="АО «Банк Столица»",
        lender_phone="+7 495 123-45-67",
        account_number="АК-77/2024-015532",
        asset=VehicleLabel("Kia Rio 2023", "А 123 ВС 777", "Z94C241BBPR123456"),
        lender_is_owner_of_record=False,
        quote=_quote("RUB", date(2026, 10, 1), date(2026, 9, 15), "800000.00", "5575.89",
                     "348.49"),
        source="estimate",
        prepared_by="Смирнова Анна Викторовна",
        annual_rate=Decimal("0.159"),
    )


def chinese() -> PayoffQuoteDocument:
    """The provident fund's own quote, with one missed month and its penalty."""
    return PayoffQuoteDocument(
        language="zh",
        issued_on=date(2026, 11, 20),
        branch_name="安居房产经纪 太原小店区门店",
        customer_name="王建国",
        lender_name="太原市住房公积金管理中心",
        lender_phone="0351-12329",
        account_number="GJJ-1401-2019-007731",
        asset=PropertyLabel("山西省太原市小店区长治路123号 5栋2单元1201室"),
        lender_is_owner_of_record=False,
        quote=_quote("CNY", date(2026, 11, 30), date(2026, 11, 20), "377500.00", "294.76",
                     "29.48", past_due="2418.55", penalty="21.77", compensation="896.56"),
        source="lender",
        lender_reference="TYGJJ-2026-118842",
        lender_received_on=date(2026, 11, 18),
        prepared_by="李娜",
        annual_rate=Decimal("0.0285"),
    )


def english() -> PayoffQuoteDocument:
    """An estimate in English for a home in Shanghai: the address stays in Chinese."""
    return PayoffQuoteDocument(
        language="en",
        issued_on=date(2026, 11, 20),
        branch_name="Pudong Homes, Century Avenue office",
        customer_name="David Miller",
        lender_name="中国建设银行上海市分行",
        lender_phone="+86 21 5888 0000",
        account_number="CCB-SH-2022-884120",
        asset=PropertyLabel("上海市浦东新区世纪大道100号 12层1203室"),
        lender_is_owner_of_record=False,
        # 1,250,000.00 × 3.95 % / 365 = 135.27 a day; 10 days since 20 Nov.
        quote=_quote("CNY", date(2026, 11, 30), date(2026, 11, 20), "1250000.00", "1352.74",
                     "135.27", fees="500.00"),
        source="estimate",
        prepared_by="Zhang Wei",
        annual_rate=Decimal("0.0395"),
    )


def russian_for_japanese_lender() -> PayoffQuoteDocument:
    """A Russian-speaking customer in Japan whose lender has a Japanese name."""
    return replace(
        japanese(), language="ru", customer_name="Кузнецова Ольга",
        branch_name="オートプラザ横浜 港北店", prepared_by="佐藤 花子")


SAMPLES = {"en": english, "ja": japanese, "ru": russian, "zh": chinese,
           "ru_ja_lender": russian_for_japanese_lender}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    for name, make in SAMPLES.items():
        path = out / f"payoff_quote_{name}.pdf"
        path.write_bytes(render_payoff_quote(make()))
        print(path)
