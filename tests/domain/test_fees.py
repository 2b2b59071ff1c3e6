"""Japanese closing figures: the commission cap, prorations, the discharge
registration — each with its arithmetic."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.fees import (
    Commission,
    DayBasis,
    ProrationKind,
    TaxYearStart,
    commission_cap,
    consumption_tax_rate,
    discharge_registration,
    pro_rata,
    prorate_monthly,
    prorate_property_tax,
)
from desktop.domain.money import Money

ON = date(2026, 6, 1)


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


def grouped(value) -> str:
    """Money as a clerk reads it in the explanation: 1,056,000."""
    return f"{value.minor:,}" if isinstance(value, Money) else str(value)


# -- commission cap -----------------------------------------------------------------


def test_commission_cap_on_30_million_with_its_arithmetic():
    cap = commission_cap(jpy(30_000_000), on=ON)
    # 5% of 2,000,000 = 100,000; 4% of 2,000,000 = 80,000; 3% of 26,000,000 = 780,000
    # → 960,000 (= 3% × 30,000,000 + 60,000) + 10% tax 96,000 = 1,056,000.
    assert [t.amount for t in cap.tiers] == [jpy(100_000), jpy(80_000), jpy(780_000)]
    assert cap.fee == jpy(960_000) == jpy(30_000_000).times(Decimal("0.03")) + jpy(60_000)
    assert (cap.tax, cap.total) == (jpy(96_000), jpy(1_056_000))
    assert cap.explanation.render(format_value=grouped) == (
        "5% of 2,000,000 = 100,000; 4% of 2,000,000 = 80,000; 3% of 26,000,000 = 780,000; "
        "total 960,000 + 10% tax 96,000 = 1,056,000")


@pytest.mark.parametrize("price, fee", [
    (1_000_000, 50_000),  # 5% × 1,000,000
    (2_000_000, 100_000),  # 5% × 2,000,000
    (3_000_000, 140_000),  # 100,000 + 4% × 1,000,000
    (4_000_000, 180_000),  # 100,000 + 80,000
    (28_000_000, 900_000),  # 3% × 28,000,000 + 60,000 = 840,000 + 60,000
    (1_999_999, 100_000),  # 5% × 1,999,999 = 99,999.95 → 100,000 (half-up)
])
def test_commission_tiers(price, fee):
    cap = commission_cap(jpy(price), on=ON)
    assert cap.fee == jpy(fee)
    assert cap.total == cap.fee + cap.fee.times(Decimal("0.10"))


def test_commission_is_on_the_price_without_consumption_tax():
    # A business seller's 33,000,000 includes 3,000,000 tax on the building:
    # the cap is on 30,000,000.
    cap = commission_cap(jpy(33_000_000), on=ON, tax_in_price=jpy(3_000_000))
    assert cap.price == jpy(30_000_000) and cap.total == jpy(1_056_000)


def test_tax_rate_follows_the_day():
    assert consumption_tax_rate(date(2019, 9, 30)) == Decimal("0.08")
    assert consumption_tax_rate(date(2019, 10, 1)) == Decimal("0.10")
    assert commission_cap(jpy(30_000_000), on=date(2018, 1, 1)).total == jpy(1_036_800)  # 960,000 × 1.08


def test_low_priced_vacant_home_since_july_2024():
    # 6,000,000: ordinary 3% × 6,000,000 + 60,000 = 240,000; the vacant-home rule
    # allows 300,000 + 10% tax 30,000 = 330,000.
    cap = commission_cap(jpy(6_000_000), vacant_low_price=True, on=date(2024, 7, 1))
    assert cap.vacant_low_price_applied
    assert (cap.ordinary_fee, cap.fee, cap.total) == (jpy(240_000), jpy(300_000), jpy(330_000))
    assert cap.notices  # the client must agree in advance
    # 8,000,000 is still in: 3% × 8,000,000 + 60,000 = 300,000 either way.
    assert commission_cap(jpy(8_000_000), True, on=ON).total == jpy(330_000)
    # Above 8,000,000, or before 2024-07-01, the flag does not apply: said so.
    over = commission_cap(jpy(8_000_001), True, on=ON)
    assert not over.vacant_low_price_applied and over.notices
    early = commission_cap(jpy(6_000_000), True, on=date(2024, 6, 30))
    assert not early.vacant_low_price_applied and early.total == jpy(264_000)
    assert "2024-07-01" in str(early.notices[0])


def test_commission_is_editable_down_never_above_the_cap_without_a_reason():
    cap = commission_cap(jpy(30_000_000), on=ON)
    assert Commission.at_cap(cap).charged == jpy(1_056_000)
    lower = Commission(jpy(800_000), cap)
    assert not lower.over_cap and "below the legal cap" in lower.explanation.template
    with pytest.raises(ValidationError) as err:
        Commission(jpy(1_056_001), cap)
    assert err.value.fields == ("charged",)
    with pytest.raises(ValidationError):
        Commission(jpy(1_100_000), cap, override_reason="   ")
    over = Commission(jpy(1_100_000), cap, override_reason="Advertising in Osaka asked by the client")
    assert over.over_cap and over.explanation.values["reason"].startswith("Advertising")
    with pytest.raises(ValidationError):
        Commission(jpy(-1), cap)


def test_commission_cap_is_for_yen():
    with pytest.raises(ValidationError):
        commission_cap(Money(1_000_000, "USD"), on=ON)
    with pytest.raises(ValidationError):
        commission_cap(jpy(0), on=ON)


# -- prorations -----------------------------------------------------------------------


def test_property_tax_proration_from_1_january():
    pr = prorate_property_tax(jpy(156_000), date(2026, 6, 15))
    # Seller 1 Jan – 14 Jun = 31 + 28 + 31 + 30 + 31 + 14 = 165 days; buyer
    # 15 Jun – 31 Dec = 200 days. Buyer: 156,000 × 200 / 365 = 85,479.45 → 85,479.
    # Seller: 156,000 − 85,479 = 70,521 (156,000 × 165 / 365 = 70,520.55, half-up
    # 70,521, not the brief's 70,520).
    assert (pr.seller_days, pr.buyer_days, pr.basis_days) == (165, 200, 365)
    assert pr.buyer_share == jpy(85_479)
    assert pr.seller_share == jpy(70_521)
    assert pr.buyer_share + pr.seller_share == jpy(156_000)
    text = pr.explanation.render(format_value=grouped)
    assert "156,000 × 200/365 = 85,479" in text and "156,000 − 85,479 = 70,521" in text


def test_property_tax_proration_from_1_april_kansai():
    pr = prorate_property_tax(jpy(156_000), date(2026, 6, 15), TaxYearStart.APRIL)
    # Year 1 Apr 2026 – 31 Mar 2027. Seller 1 Apr – 14 Jun = 30 + 31 + 14 = 75 days;
    # buyer 290 days: 156,000 × 290 / 365 = 123,945.2 → 123,945; seller 32,055.
    assert pr.period_start == date(2026, 4, 1) and pr.period_end == date(2027, 3, 31)
    assert (pr.seller_days, pr.buyer_days) == (75, 290)
    assert (pr.buyer_share, pr.seller_share) == (jpy(123_945), jpy(32_055))
    # Before April the year started the April before.
    assert prorate_property_tax(jpy(1), date(2026, 2, 1), "april").period_start == date(2025, 4, 1)


def test_leap_year_counts_365_days_by_custom():
    pr = prorate_property_tax(jpy(156_000), date(2028, 6, 15))
    # 2028 has 366 days: seller 166, buyer 200. Buyer 156,000 × 200/365 = 85,479;
    # the seller's share is the rest, 70,521 (its 166 days at 1/365 would be 70,948).
    assert (pr.seller_days, pr.buyer_days, pr.basis_days) == (166, 200, 365)
    assert (pr.buyer_share, pr.seller_share) == (jpy(85_479), jpy(70_521))
    assert "The year has 366 days" in str(pr.explanation)
    # Counting over the actual 366 days: 156,000 × 200/366 = 85,245.9 → 85,246.
    actual = prorate_property_tax(jpy(156_000), date(2028, 6, 15), basis=DayBasis.ACTUAL)
    assert (actual.basis_days, actual.buyer_share, actual.seller_share) == (366, jpy(85_246), jpy(70_754))
    # Settling on 1 Jan of a leap year: 366 buyer days over 365 would exceed the
    # tax; the buyer pays the whole tax, never more.
    whole = prorate_property_tax(jpy(156_000), date(2028, 1, 1))
    assert (whole.buyer_share, whole.seller_share) == (jpy(156_000), jpy(0))


def test_monthly_fees_by_days_of_the_settlement_month():
    # June has 30 days; the buyer has 15–30 June = 16 days.
    mgmt = prorate_monthly(ProrationKind.MANAGEMENT_FEE, jpy(15_000), date(2026, 6, 15))
    assert (mgmt.buyer_days, mgmt.basis_days, mgmt.buyer_share) == (16, 30, jpy(8_000))  # 15,000 × 16/30
    repair = prorate_monthly(ProrationKind.REPAIR_RESERVE, jpy(10_000), date(2026, 6, 15))
    assert repair.buyer_share == jpy(5_333)  # 10,000 × 16/30 = 5,333.33
    assert repair.seller_share == jpy(4_667)
    # February 2028 has 29 days: settling on the 1st, the buyer bears the whole month.
    feb = prorate_monthly(ProrationKind.MANAGEMENT_FEE, jpy(15_000), date(2028, 2, 1))
    assert (feb.basis_days, feb.buyer_share) == (29, jpy(15_000))


def test_pro_rata_rounds_half_up_exactly():
    assert pro_rata(jpy(1), 1, 2) == jpy(1)  # 0.5 → 1
    assert pro_rata(jpy(3), 1, 2) == jpy(2)  # 1.5 → 2
    assert pro_rata(Money(1, "USD"), 1, 3) == Money(0, "USD")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9),
       st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
       st.sampled_from(TaxYearStart), st.sampled_from(DayBasis))
def test_shares_always_add_up_to_the_tax(annual, day, start, basis):
    pr = prorate_property_tax(jpy(annual), day, start, basis)
    assert pr.buyer_share + pr.seller_share == jpy(annual)
    assert not pr.buyer_share.is_negative() and not pr.seller_share.is_negative()
    assert pr.seller_days + pr.buyer_days == (pr.period_end - pr.period_start).days + 1
    assert pr.period_start <= day <= pr.period_end


# -- mortgage discharge ----------------------------------------------------------------


def test_discharge_registration_tax_per_parcel_and_building():
    # A house on two parcels: 1,000 × (2 + 1) = 3,000 per mortgage, two mortgages
    # 6,000, scrivener 25,000: 31,000.
    cost = discharge_registration(2, 1, jpy(25_000), mortgages=2)
    assert (cost.tax_per_mortgage, cost.registration_tax, cost.total) == (jpy(3_000), jpy(6_000), jpy(31_000))
    assert "1,000 × (2 land parcels + 1 buildings) = 3,000" in cost.explanation.render(format_value=grouped)


def test_discharge_tax_is_capped_per_application():
    # 30 parcels + 1 building in one application: 20,000, not 31,000.
    assert discharge_registration(30, 1, jpy(0)).registration_tax == jpy(20_000)


def test_discharge_inputs_are_checked():
    with pytest.raises(ValidationError):
        discharge_registration(-1, 1, jpy(0))
    with pytest.raises(ValidationError):
        discharge_registration(0, 0, jpy(0))
    with pytest.raises(ValidationError):
        discharge_registration(1, 1, Money(100, "USD"))
