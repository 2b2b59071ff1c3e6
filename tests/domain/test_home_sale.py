"""The market sale of a Japanese home with mortgages: every line of the
statement, the prorations, the arrears, and what is left for the seller."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.home_sale import (
    CondoCharges,
    EarnestHolder,
    HomeSale,
    MortgagePayoff,
    settle_home_sale,
)
from desktop.domain.money import Money, total
from desktop.domain.settlement import BalanceState, Party, Role, Section

SELLER = Party(Role.SELLER, "Tanaka Hanako")
BUYER = Party(Role.BUYER, "Suzuki Ichiro")
BROKER = Party(Role.BROKER, "Sakura Realty")
BUYER_BROKER = Party(Role.BROKER, "Momiji Realty")
SCRIVENER = Party(Role.SCRIVENER, "Sato Judicial Scrivener Office")
BANK_A = Party(Role.LENDER, "Mizuho Bank", "a")
BANK_B = Party(Role.LENDER, "Orix Bank", "b")
ASSOCIATION = Party(Role.MANAGEMENT_ASSOCIATION, "Park Homes Kanrikumiai")
CITY = Party(Role.TAX_OFFICE, "Setagaya City Tax Office")
DAY = date(2026, 6, 15)


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


def condo_sale(**changes) -> HomeSale:
    base = dict(
        seller=SELLER, buyer=BUYER, broker=BROKER, scrivener=SCRIVENER, price=jpy(30_000_000),
        settlement_on=DAY, contract_on=date(2026, 5, 10),
        mortgages=(MortgagePayoff(BANK_A, jpy(18_000_000), 1, "MZ-77120"),
                   MortgagePayoff(BANK_B, jpy(2_000_000), 2)),
        earnest_money=jpy(1_500_000), annual_property_tax=jpy(156_000), association=ASSOCIATION,
        condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                           management_fee_arrears=jpy(45_000), repair_reserve_arrears=jpy(30_000),
                           parking_arrears=jpy(24_000), bicycle_arrears=jpy(1_200)),
        land_parcels=1, buildings=1, scrivener_fee=jpy(25_000))
    return HomeSale(**{**base, **changes})


def amount_of(deal, rule: str) -> Money:
    return total((ln.amount for ln in deal.settlement.in_closing if ln.rule == rule), "JPY")


def test_condo_sale_worked_example():
    deal = settle_home_sale(condo_sale())
    s = deal.settlement
    # Seller's credits:
    #   price 30,000,000
    #   property tax: 156,000 × 200/365 = 85,479 (15 Jun – 31 Dec of 365 days)
    #   management fee 15,000 × 16/30 = 8,000; repair reserve 10,000 × 16/30 = 5,333
    #   = 30,098,812
    assert amount_of(deal, "jp.proration.property_tax") == jpy(85_479)
    assert amount_of(deal, "jp.proration.management_fee") == jpy(8_000)
    assert amount_of(deal, "jp.proration.repair_reserve") == jpy(5_333)
    assert s.credits(SELLER) == jpy(30_098_812)
    # Seller's charges:
    #   payoffs 18,000,000 + 2,000,000
    #   commission 5% × 2,000,000 + 4% × 2,000,000 + 3% × 26,000,000 = 960,000 + 10% = 1,056,000
    #   arrears 45,000 + 30,000 = 75,000 to the association
    #   discharge 1,000 × (1 + 1) × 2 mortgages = 4,000 + scrivener 25,000
    #   = 21,160,000
    assert amount_of(deal, "jp.takken.commission_cap") == jpy(1_056_000)
    assert amount_of(deal, "jp.registration.discharge_tax") == jpy(4_000)
    assert deal.discharge.total == jpy(29_000)
    # Net proceeds 30,098,812 − 21,160,000 = 8,938,812.
    assert deal.net_proceeds == jpy(8_938_812)
    assert amount_of(deal, "settlement.net_proceeds") == jpy(8_938_812)
    # The buyer: 30,098,812 less the earnest 1,500,000 held by the broker = 28,598,812.
    assert amount_of(deal, "settlement.buyer_balance") == jpy(28_598_812)
    assert s.debits(BUYER) == s.credits(BUYER) == jpy(30_098_812)
    # The broker keeps its 1,056,000 out of the earnest and hands in 444,000.
    assert s.money_in(BROKER) == jpy(444_000)
    b = s.balance()
    assert b.state is BalanceState.BALANCED
    # In 28,598,812 + 444,000 = 29,042,812 = out 20,000,000 + 75,000 + 29,000 + 8,938,812.
    assert b.money_in == b.money_out == jpy(29_042_812)
    assert s.money_out(ASSOCIATION) == jpy(75_000) and s.money_out(SCRIVENER) == jpy(29_000)


def test_parking_and_bicycle_arrears_are_shown_not_deducted():
    deal = settle_home_sale(condo_sale())
    outside = deal.settlement.outside
    assert [ln.amount for ln in outside] == [jpy(24_000), jpy(1_200)]
    assert all(ln.rule == "jp.condo.parking_not_deducted" and ln.payer == SELLER for ln in outside)
    assert "seller's own debt" in outside[0].explanation.template
    # Not counted: the association is paid the fee arrears only.
    assert deal.settlement.money_out(ASSOCIATION) == jpy(75_000)


def test_each_line_explains_itself():
    deal = settle_home_sale(condo_sale())
    commission = deal.settlement.section(Section.COMMISSION)[0]
    assert commission.explanation.values["total"] == jpy(1_056_000)
    assert commission.explanation.template.startswith("Commission at the legal cap")
    payoff = deal.settlement.section(Section.PAYOFFS)[0]
    assert payoff.explanation.values["reference"] == "MZ-77120"
    assert payoff.description.values["rank"] == "1st"
    earnest = next(ln for ln in deal.settlement.lines if ln.rule == "home.earnest_money")
    assert (earnest.payer, earnest.payee) == (BROKER, BUYER)


def test_commission_agreed_below_the_cap_and_a_buyer_side_commission():
    deal = settle_home_sale(condo_sale(commission_charged=jpy(900_000), buyer_broker=BUYER_BROKER,
                                       buyer_commission_charged=jpy(1_056_000)))
    assert amount_of(deal, "jp.takken.commission_cap") == jpy(1_956_000)
    # The buyer's side is the buyer's cost: the seller's proceeds rise by 156,000.
    assert deal.net_proceeds == jpy(8_938_812 + 156_000)
    assert deal.settlement.money_out(BUYER_BROKER) == jpy(1_056_000)
    assert deal.settlement.balance().state is BalanceState.BALANCED
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(commission_charged=jpy(1_100_000)))
    assert err.value.fields == ("charged",)


def test_earnest_already_received_by_the_seller():
    deal = settle_home_sale(condo_sale(earnest_held_by=EarnestHolder.SELLER))
    # The seller has had the 1,500,000 since the contract: 1,500,000 less at closing.
    assert amount_of(deal, "settlement.net_proceeds") == jpy(8_938_812 - 1_500_000)
    assert deal.settlement.money_in(BROKER) == jpy(0)
    assert deal.settlement.balance().state is BalanceState.BALANCED


def test_unpaid_property_tax_and_moving_allowance_come_from_the_proceeds():
    deal = settle_home_sale(condo_sale(unpaid_property_tax=jpy(78_000), tax_office=CITY,
                                       moving_allowance=jpy(300_000)))
    assert deal.settlement.money_out(CITY) == jpy(78_000)
    moving = deal.settlement.section(Section.ALLOWANCES)[0]
    assert (moving.payee, moving.amount) == (SELLER, jpy(300_000))
    # 8,938,812 − 78,000 = 8,860,812 for the seller, 300,000 of it as the allowance.
    assert amount_of(deal, "settlement.net_proceeds") == jpy(8_560_812)
    assert deal.settlement.balance().state is BalanceState.BALANCED


def test_a_price_below_the_debts_shows_the_shortage():
    deal = settle_home_sale(condo_sale(price=jpy(20_000_000)))
    # Commission 3% × 20,000,000 + 60,000 = 660,000 + 66,000 = 726,000.
    # Seller: 20,000,000 + 98,812 prorations − (20,000,000 + 726,000 + 75,000 + 29,000)
    # = −731,188.
    assert deal.net_proceeds == jpy(-731_188)
    b = deal.settlement.balance()
    assert (b.state, b.amount) == (BalanceState.SHORTAGE, jpy(731_188))
    assert "voluntary sale" in deal.notices[-1].template
    assert not deal.settlement.section(Section.PROCEEDS)


def test_a_home_without_a_loan_or_condo():
    deal = settle_home_sale(HomeSale(SELLER, BUYER, BROKER, SCRIVENER, jpy(5_000_000), DAY))
    # Commission 3% × 5,000,000 + 60,000 = 210,000 + 21,000 = 231,000; proceeds 4,769,000.
    assert deal.net_proceeds == jpy(4_769_000) and deal.discharge is None
    assert deal.settlement.balance().state is BalanceState.BALANCED


def test_inputs_are_checked():
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(association=None))
    assert err.value.fields == ("association",)
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(mortgages=(MortgagePayoff(BANK_A, jpy(1), 1),
                                               MortgagePayoff(BANK_B, jpy(1), 1))))
    assert err.value.fields == ("mortgages",)
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(earnest_money=jpy(-1)))
    assert err.value.fields == ("earnest_money",)
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(scrivener_fee=None))
    assert err.value.fields == ("scrivener_fee",)


# -- properties -------------------------------------------------------------------------

amounts = st.integers(min_value=0, max_value=300_000)


@st.composite
def home_sales(draw):
    price = draw(st.integers(min_value=1_000_000, max_value=200_000_000))
    mortgages = tuple(MortgagePayoff(Party(Role.LENDER, f"Bank {i}", str(i)),
                                     jpy(draw(st.integers(min_value=1, max_value=price))), i)
                      for i in range(1, draw(st.integers(min_value=0, max_value=3)) + 1))
    condo = CondoCharges(*(jpy(draw(amounts)) if draw(st.booleans()) else None for _ in range(7)))
    return condo_sale(
        price=jpy(price), settlement_on=draw(st.dates(min_value=date(2025, 1, 1),
                                                      max_value=date(2035, 12, 31))),
        mortgages=mortgages, earnest_money=jpy(draw(st.integers(min_value=0, max_value=price // 10))),
        earnest_held_by=draw(st.sampled_from(EarnestHolder)),
        annual_property_tax=jpy(draw(amounts)) if draw(st.booleans()) else None,
        condo=condo, land_parcels=draw(st.integers(min_value=0, max_value=3)),
        moving_allowance=jpy(draw(amounts)) if draw(st.booleans()) else None,
        vacant_low_price=draw(st.booleans()))


@settings(max_examples=100, deadline=None)
@given(home_sales())
def test_any_home_sale_pays_every_unit_of_the_buyers_money(sale):
    deal = settle_home_sale(sale)
    s = deal.settlement
    b = s.balance()
    assert all(not ln.amount.is_negative() for ln in s.lines)
    assert b.money_in - b.money_out == s.unsettled(SELLER)
    # Price + the buyer's prorations == the seller's charges + what it is paid
    # (+ what it must bring when short).
    prorations = s.section_total(Section.PRORATIONS_AND_ADJUSTMENTS)
    seller_charges = total((ln.amount for ln in s.in_closing if ln.payer == SELLER and not ln.settles),
                           "JPY")
    earnest_by_seller = (sale.earnest_money if sale.earnest_held_by is EarnestHolder.SELLER
                         else jpy(0))
    assert s.net_proceeds == sale.price + prorations - seller_charges
    if deal.net_proceeds >= (sale.moving_allowance or jpy(0)):
        assert b.state is BalanceState.BALANCED and b.money_in == b.money_out
        assert s.paid_out(SELLER) == deal.net_proceeds
        assert s.debits(SELLER) == s.credits(SELLER)
        # Proceeds + payouts == price + the buyer's money on top (prorations); the
        # earnest the seller already holds counts among its charges.
        assert s.paid_out(SELLER) + seller_charges == sale.price + prorations
        assert earnest_by_seller <= seller_charges
    else:
        assert b.state is BalanceState.SHORTAGE
    # The buyer always brings exactly what its columns say.
    assert s.debits(BUYER) == s.credits(BUYER)


def test_the_buyers_own_broker_is_paid_by_the_buyer_at_the_cap_unless_agreed_lower():
    base = settle_home_sale(condo_sale())
    deal = settle_home_sale(condo_sale(buyer_broker=BUYER_BROKER))
    s = deal.settlement
    # No amount entered: the buyer's side is charged the same legal cap per side,
    #   5% × 2,000,000 + 4% × 2,000,000 + 3% × 26,000,000 = 960,000 + 10% tax 96,000 = 1,056,000,
    # paid by the buyer to its own broker through the closing.
    buyer_side = next(ln for ln in s.section(Section.COMMISSION) if ln.payee == BUYER_BROKER)
    assert (buyer_side.payer, buyer_side.amount) == (BUYER, jpy(1_056_000))
    assert deal.buyer_commission.charged == deal.buyer_commission.cap.total
    # It is the buyer's cost, not the seller's: the buyer brings 1,056,000 more,
    # the seller's proceeds (8,938,812) do not move, and the closing balances.
    assert s.due_from_buyer == base.settlement.due_from_buyer + jpy(1_056_000)
    assert deal.net_proceeds == base.net_proceeds == jpy(8_938_812)
    assert s.money_out(BUYER_BROKER) == jpy(1_056_000)
    assert s.balance().state is BalanceState.BALANCED
    # Agreed lower: 500,000.
    lower = settle_home_sale(condo_sale(buyer_broker=BUYER_BROKER,
                                        buyer_commission_charged=jpy(500_000)))
    assert lower.settlement.due_from_buyer == base.settlement.due_from_buyer + jpy(500_000)
    # Above the cap: refused, on the buyer's commission field.
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(buyer_broker=BUYER_BROKER,
                                    buyer_commission_charged=jpy(1_056_001)))
    assert err.value.fields == ("buyer_commission_charged",)
    # An amount without the broker it is paid to: refused.
    with pytest.raises(ValidationError) as err:
        settle_home_sale(condo_sale(buyer_commission_charged=jpy(500_000)))
    assert err.value.fields == ("buyer_broker",)
