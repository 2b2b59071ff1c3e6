"""Voluntary sale (任意売却): the distribution table and its caps, the lender's
decisions, re-pricing, the deficiency, the auction comparison and the dates."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.home_sale import CondoCharges
from desktop.domain.money import Money, total
from desktop.domain.settlement import BalanceState, Party, Role, Section
from desktop.domain.short_sale import (
    AlertLevel,
    DistributionItem,
    Lien,
    LineStatus,
    SeizedTax,
    ShortSale,
    ShortSaleCosts,
    ShortSaleDates,
    add_months,
    compare_with_auction,
    propose_distribution,
    settle_short_sale,
    short_sale_timeline,
)

SELLER = Party(Role.SELLER, "Tanaka Hanako")
BUYER = Party(Role.BUYER, "Suzuki Ichiro")
BROKER = Party(Role.BROKER, "Sakura Realty")
SCRIVENER = Party(Role.SCRIVENER, "Sato Judicial Scrivener Office")
GUARANTOR = Party(Role.GUARANTOR_COMPANY, "Mizuho Housing Loan Guarantee", "g")
BANK = Party(Role.LENDER, "Mizuho Bank", "m")
SECOND = Party(Role.LENDER, "Orix Bank", "o")
ASSOCIATION = Party(Role.MANAGEMENT_ASSOCIATION, "Park Homes Kanrikumiai")
CITY = Party(Role.TAX_OFFICE, "Setagaya City Tax Office")
TRUSTEE = Party(Role.OTHER, "Attorney Kobayashi (bankruptcy trustee)")
PARENT = Party(Role.OTHER, "Tanaka Ichiro (father)")
PROPOSED_ON = date(2026, 5, 10)


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


# After subrogation (代位弁済) the guarantor company holds the first mortgage's claim.
LIENS = (Lien(GUARANTOR, 1, jpy(34_500_000)),
         Lien(SECOND, 2, jpy(4_000_000)))

COSTS = ShortSaleCosts(
    broker=BROKER, scrivener=SCRIVENER, scrivener_fee=jpy(20_000), land_parcels=1, buildings=1,
    seized_taxes=(SeizedTax(CITY, jpy(180_000)),), annual_property_tax=jpy(120_000),
    association=ASSOCIATION,
    condo=CondoCharges(monthly_management_fee=jpy(15_000), monthly_repair_reserve=jpy(10_000),
                       management_fee_arrears=jpy(1_050_000),  # 70 months × 15,000
                       repair_reserve_arrears=jpy(700_000),  # 70 months × 10,000
                       late_charges=jpy(85_000), parking_arrears=jpy(48_000)),
    moving_negotiated=True, moving_requested=jpy(350_000), stamp_duty=jpy(10_000))


def table(price: int = 28_000_000, liens=LIENS, costs=COSTS):
    return propose_distribution(jpy(price), SELLER, liens, costs, on=PROPOSED_ON)


def by_item(t, item):
    return [ln for ln in t.lines if ln.item is item]


def test_distribution_table_worked_example():
    t = table()
    (commission,) = by_item(t, DistributionItem.COMMISSION)
    # 3% × 28,000,000 + 60,000 = 900,000 + 10% tax 90,000 = 990,000, in full.
    assert (commission.requested, commission.cap, commission.amount) == (jpy(990_000),) * 3
    (registration,) = by_item(t, DistributionItem.REGISTRATION)
    # 1,000 × (1 parcel + 1 building) × 2 mortgages = 4,000 + scrivener 20,000.
    assert registration.amount == jpy(24_000) and registration.cap is None
    (junior,) = by_item(t, DistributionItem.JUNIOR_RELEASE)
    # 2nd lien: min(300,000, 10% × 4,000,000 = 400,000) = 300,000.
    assert (junior.cap, junior.amount, junior.payee) == (jpy(300_000), jpy(300_000), SECOND)
    assert junior.explanation.values["ten"] == jpy(400_000)
    (seized,) = by_item(t, DistributionItem.SEIZED_TAX)
    # 180,000 seized; cap min(one year's tax 120,000, 100,000) = 100,000.
    assert (seized.requested, seized.cap, seized.amount) == (jpy(180_000), jpy(100_000), jpy(100_000))
    (arrears,) = by_item(t, DistributionItem.MANAGEMENT_ARREARS)
    # 1,050,000 + 700,000 = 1,750,000; cap 60 months × (15,000 + 10,000) = 1,500,000;
    # the 85,000 late charges and the parking are not in it.
    assert (arrears.requested, arrears.cap, arrears.amount) == (jpy(1_750_000), jpy(1_500_000),
                                                               jpy(1_500_000))
    (moving,) = by_item(t, DistributionItem.MOVING_COSTS)
    # Negotiated: 350,000 asked, 300,000 allowed.
    assert (moving.amount, moving.payee, moving.status) == (jpy(300_000), SELLER, LineStatus.PROPOSED)
    (stamp,) = by_item(t, DistributionItem.STAMP_DUTY)
    assert (stamp.status, stamp.amount) == (LineStatus.REFUSED, jpy(0))
    # Deductions 990,000 + 24,000 + 300,000 + 100,000 + 1,500,000 + 300,000 = 3,214,000;
    # the senior creditor takes the rest: 28,000,000 − 3,214,000 = 24,786,000.
    assert t.deductions == jpy(3_214_000)
    assert t.rest == jpy(24_786_000)
    notes = " ".join(n.template for n in t.notices)
    assert "late charges" in notes and "Parking" in notes and "above the cap" in notes
    assert all(ln.status is not LineStatus.APPROVED for ln in t.lines) and not t.decided


def sale(t, **changes) -> ShortSale:
    base = dict(table=t, buyer=BUYER, settlement_on=date(2026, 6, 15), earnest_money=jpy(1_000_000),
                prorate=False, guarantor_company=GUARANTOR, subrogated_on=date(2026, 3, 31),
                joint_guarantors=(PARENT,))
    return ShortSale(**{**base, **changes})


def test_the_lender_must_decide_every_line_before_settlement():
    with pytest.raises(ValidationError) as err:
        settle_short_sale(sale(table()))
    assert err.value.fields == ("table",)


def test_voluntary_sale_with_a_deficiency():
    result = settle_short_sale(sale(table().approve_all()))
    s = result.settlement
    b = s.balance()
    assert b.state is BalanceState.BALANCED
    # In: the buyer 28,000,000 − earnest 1,000,000 = 27,000,000, and the broker hands in
    # its earnest less its 990,000 commission = 10,000.
    assert s.money_in(BUYER) == jpy(27_000_000) and s.money_in(BROKER) == jpy(10_000)
    # Out: 24,786,000 to the guarantor company, 300,000 to the 2nd lien, 1,500,000 to
    # the association, 100,000 to the city, 24,000 to the scrivener, 300,000 moving.
    assert s.money_out(GUARANTOR) == jpy(24_786_000)
    assert s.money_out(SECOND) == jpy(300_000)
    assert s.money_out(ASSOCIATION) == jpy(1_500_000)
    assert s.money_out(CITY) == jpy(100_000)
    assert s.money_out(SCRIVENER) == jpy(24_000)
    assert s.money_out(SELLER) == jpy(300_000)
    assert b.money_in == b.money_out == jpy(27_010_000)
    assert s.section(Section.ALLOWANCES)[0].amount == jpy(300_000)
    # Parking arrears are shown, not paid.
    assert [ln.amount for ln in s.outside] == [jpy(48_000)]
    # Deficiency: 34,500,000 − 24,786,000 = 9,714,000 and 4,000,000 − 300,000 = 3,700,000.
    assert [d.remaining for d in result.deficiencies] == [jpy(9_714_000), jpy(3_700_000)]
    assert result.total_deficiency == jpy(13_414_000)
    notes = [n.template for n in result.notices]
    assert any("(代位弁済) and holds the claim" in t for t in notes)
    guarantor_note = next(n for n in result.notices if n.values.get("name") == PARENT.name)
    assert guarantor_note.values["total"] == jpy(13_414_000)
    assert "told" in guarantor_note.template or "Tell them" in guarantor_note.template


def test_lender_decisions_change_what_the_senior_takes():
    t = table()
    arrears_at = next(i for i, ln in enumerate(t.lines) if ln.item is DistributionItem.MANAGEMENT_ARREARS)
    moving_at = next(i for i, ln in enumerate(t.lines) if ln.item is DistributionItem.MOVING_COSTS)
    decided = t.approve(arrears_at, jpy(1_200_000)).refuse(moving_at, "Not in our rules").approve_all()
    # 24,786,000 + 300,000 less on arrears + 300,000 of moving costs refused = 25,386,000.
    assert decided.rest == jpy(25_386_000)
    assert decided.lines[moving_at].refusal_reason == "Not in our rules"
    with pytest.raises(ValidationError):
        t.approve(arrears_at, jpy(1_500_001))  # never above the cap
    with pytest.raises(ValidationError):
        t.refuse(moving_at, " ")
    result = settle_short_sale(sale(decided))
    assert result.settlement.money_out(GUARANTOR) == jpy(25_386_000)
    assert not result.settlement.section(Section.ALLOWANCES)


def test_a_new_price_sends_the_table_back_to_the_lender():
    approved = table().approve_all()
    assert approved.decided
    t = approved.reprice(jpy(27_000_000))
    assert t.price == jpy(27_000_000)
    assert all(ln.status is LineStatus.PROPOSED for ln in t.lines
               if ln.item is not DistributionItem.STAMP_DUTY)
    assert "goes back to" in t.notices[0].template and t.notices[0].values["old"] == jpy(28_000_000)
    # Commission on the new price: 3% × 27,000,000 + 60,000 = 870,000 + 87,000 = 957,000.
    assert by_item(t, DistributionItem.COMMISSION)[0].amount == jpy(957_000)


def test_junior_release_payments_by_rank():
    liens = (Lien(BANK, 1, jpy(30_000_000)),
             Lien(SECOND, 2, jpy(5_000_000)),  # min(300,000, 500,000) = 300,000
             Lien(Party(Role.LENDER, "Card Co", "c"), 3, jpy(1_600_000), jpy(1_500_000)),  # min(200,000, 150,000)
             Lien(Party(Role.LENDER, "Consumer Co", "k"), 4, jpy(3_000_000)),  # min(100,000, 300,000)
             Lien(Party(Role.LENDER, "Other Co", "x"), 5, jpy(500_000),
                  release_requested=jpy(30_000)))  # asks for less than min(100,000, 50,000)
    t = table(liens=liens, costs=ShortSaleCosts(BROKER, SCRIVENER, jpy(0)))
    assert [ln.amount for ln in by_item(t, DistributionItem.JUNIOR_RELEASE)] == [
        jpy(300_000), jpy(150_000), jpy(100_000), jpy(30_000)]
    # Registration: 1,000 × (0 + 1 building) × 5 mortgages = 5,000.
    assert by_item(t, DistributionItem.REGISTRATION)[0].amount == jpy(5_000)


def test_bankrupt_seller_priority_tax_and_moving_not_negotiated():
    costs = replace(COSTS, seller_bankrupt=True, bankruptcy_trustee=TRUSTEE, moving_negotiated=False,
                    seized_taxes=(SeizedTax(CITY, jpy(180_000), priority=True),))
    t = table(costs=costs)
    (estate,) = by_item(t, DistributionItem.BANKRUPTCY_ESTATE)
    assert (estate.amount, estate.payee) == (jpy(840_000), TRUSTEE)  # 3% × 28,000,000
    (tax,) = by_item(t, DistributionItem.SEIZED_TAX)
    assert (tax.cap, tax.amount) == (None, jpy(180_000))  # a priority tax is paid in full
    (moving,) = by_item(t, DistributionItem.MOVING_COSTS)
    assert moving.status is LineStatus.REFUSED and moving.amount == jpy(0)
    with pytest.raises(ValidationError) as err:
        table(costs=replace(costs, bankruptcy_trustee=None))
    assert err.value.fields == ("bankruptcy_trustee",)


def test_prorations_go_to_the_senior_with_the_rest():
    result = settle_short_sale(sale(table().approve_all(), prorate=True))
    # Property tax 120,000 × 200/365 = 65,753; management 15,000 × 16/30 = 8,000;
    # repair 10,000 × 16/30 = 5,333: 79,086 on top of the 24,786,000.
    assert result.settlement.money_out(GUARANTOR) == jpy(24_786_000 + 79_086)
    assert result.deficiencies[0].remaining == jpy(9_714_000 - 79_086)
    assert result.settlement.balance().state is BalanceState.BALANCED


def test_deficiency_before_subrogation_names_the_guarantor_company():
    result = settle_short_sale(sale(table(liens=(Lien(BANK, 1, jpy(34_500_000)),) + LIENS[1:])
                                    .approve_all(), subrogated_on=None))
    note = next(n for n in result.notices if "代位弁済" in n.template)
    assert note.values["creditor"] == BANK.name and note.values["guarantor"] == GUARANTOR.name


def test_a_price_above_the_debts_leaves_the_seller_a_surplus():
    t = table(price=45_000_000).approve_all()
    result = settle_short_sale(sale(t))
    # The creditors are paid in full; nothing is owed after the sale.
    assert result.total_deficiency == jpy(0)
    assert result.settlement.money_out(GUARANTOR) == jpy(34_500_000)
    assert result.settlement.money_out(SECOND) == jpy(4_000_000)  # 300,000 release + 3,700,000
    assert result.settlement.section(Section.PROCEEDS)
    assert result.settlement.balance().state is BalanceState.BALANCED


def test_inputs_are_checked():
    with pytest.raises(ValidationError) as err:
        table(liens=(Lien(SECOND, 2, jpy(1)),))
    assert err.value.fields == ("liens",)
    with pytest.raises(ValidationError):
        propose_distribution(Money(100, "USD"), SELLER, LIENS, COSTS, on=PROPOSED_ON)


# -- voluntary sale or auction --------------------------------------------------------


def test_auction_comparison():
    c = compare_with_auction(table().approve_all(), court_costs=jpy(800_000))
    # Auction: 28,000,000 × 70% = 19,600,000 − 800,000 court costs = 18,800,000, all to
    # the senior creditor; debt 38,500,000 − 18,800,000 = 19,700,000 still owed.
    a = c.auction
    assert (a.sale_price, a.creditors_receive, a.senior_receives) == (jpy(19_600_000), jpy(18_800_000),
                                                                      jpy(18_800_000))
    assert a.seller_still_owes == jpy(19_700_000)
    # Voluntary: 24,786,000 + 300,000 = 25,086,000 received; 13,414,000 still owed;
    # the seller gets the 300,000 moving allowance.
    v = c.voluntary
    assert (v.creditors_receive, v.seller_still_owes, v.seller_receives) == (
        jpy(25_086_000), jpy(13_414_000), jpy(300_000))
    assert c.lender_gain == jpy(6_286_000) and c.debt_saved == jpy(6_286_000)
    assert "more than the expected auction" in c.notices[0].template
    # Editable: an auction at 90% with no court costs would pay 25,200,000 — more.
    rich = compare_with_auction(table().approve_all(), court_costs=jpy(0), auction_ratio=Decimal("0.9"))
    assert rich.lender_gain == jpy(-114_000) and "may refuse" in rich.notices[0].template
    with pytest.raises(ValidationError):
        compare_with_auction(table(), court_costs=jpy(0), auction_ratio=Decimal("1.5"))


# -- key dates ----------------------------------------------------------------------------


def levels(timeline):
    return [a.level for a in timeline.alerts]


def test_dates_after_the_auction_petition():
    tl = short_sale_timeline(ShortSaleDates(
        today=date(2026, 5, 10), first_missed_payment=date(2025, 9, 27),
        subrogation_on=date(2026, 3, 31), auction_petition_on=date(2026, 4, 20),
        marketing_started_on=date(2026, 4, 1), planned_settlement_on=date(2026, 6, 30)))
    # Bids open about 6 months after the petition: 20 Oct 2026 (estimated); the
    # auction can be withdrawn until the day before, 19 Oct: 162 days from 10 May.
    assert (tl.bid_opening_on, tl.bid_opening_estimated) == (date(2026, 10, 20), True)
    assert tl.last_day_to_close == date(2026, 10, 19) and tl.days_left == 162
    assert (tl.parallel_filing_from, tl.parallel_filing_by) == (date(2026, 7, 1), date(2026, 10, 1))
    assert AlertLevel.URGENT in levels(tl)
    assert any("in practice" in a.notice.template.lower() for a in tl.alerts)


def test_known_bid_opening_and_a_settlement_too_late():
    tl = short_sale_timeline(ShortSaleDates(
        today=date(2026, 8, 1), auction_petition_on=date(2026, 3, 1), first_missed_payment=date(2025, 6, 1),
        subrogation_on=date(2026, 1, 10), bid_opening_on=date(2026, 9, 15),
        planned_settlement_on=date(2026, 9, 15)))
    assert not tl.bid_opening_estimated and tl.last_day_to_close == date(2026, 9, 14)
    assert any("too late" in a.notice.template for a in tl.alerts)
    past = short_sale_timeline(ShortSaleDates(today=date(2026, 9, 15), bid_opening_on=date(2026, 9, 15),
                                              first_missed_payment=date(2025, 6, 1)))
    assert past.days_left == -1 and past.alerts[-1].notice.template.startswith("Too late")


def test_missed_payments_before_subrogation():
    early = short_sale_timeline(ShortSaleDates(today=date(2026, 1, 10),
                                               first_missed_payment=date(2025, 9, 27)))
    # About 6 months after the first missed payment: around 27 Mar 2026.
    assert early.expected_subrogation_on == date(2026, 3, 27)
    assert levels(early) == [AlertLevel.WARNING]
    late = short_sale_timeline(ShortSaleDates(today=date(2026, 4, 1),
                                              first_missed_payment=date(2025, 9, 27)))
    assert levels(late) == [AlertLevel.URGENT]
    none_yet = short_sale_timeline(ShortSaleDates(today=date(2026, 4, 1)))
    assert levels(none_yet) == [AlertLevel.INFO] and "rescheduling" in none_yet.alerts[0].notice.template


def test_subrogated_without_petition_and_marketing_window():
    tl = short_sale_timeline(ShortSaleDates(
        today=date(2026, 5, 1), first_missed_payment=date(2025, 9, 1), subrogation_on=date(2026, 3, 15),
        marketing_started_on=date(2026, 1, 15)))
    # A petition can follow at once: bid opening estimated from the subrogation, 15 Sep.
    assert tl.bid_opening_on == date(2026, 9, 15) and tl.bid_opening_estimated
    assert tl.alerts[0].level is AlertLevel.URGENT and "at once" in tl.alerts[0].notice.template
    marketing = tl.alerts[-1]
    # Unsold 3–6 months after 15 Jan (15 Apr – 15 Jul): today is past 15 Apr.
    assert marketing.level is AlertLevel.WARNING
    assert (tl.parallel_filing_from, tl.parallel_filing_by) == (date(2026, 4, 15), date(2026, 7, 15))


def test_add_months_clamps_to_the_month_end():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)


# -- properties ------------------------------------------------------------------------------


@st.composite
def short_sales(draw):
    price = draw(st.integers(min_value=5_000_000, max_value=100_000_000))
    liens = [Lien(GUARANTOR, 1, jpy(draw(st.integers(min_value=1, max_value=150_000_000))))]
    for rank in range(2, draw(st.integers(min_value=1, max_value=4)) + 1):
        liens.append(Lien(Party(Role.LENDER, f"Junior {rank}", str(rank)), rank,
                          jpy(draw(st.integers(min_value=1, max_value=10_000_000)))))
    small = st.integers(min_value=0, max_value=2_000_000)
    costs = replace(COSTS, scrivener_fee=jpy(draw(small)),
                    seized_taxes=(SeizedTax(CITY, jpy(draw(small))),),
                    moving_negotiated=draw(st.booleans()),
                    condo=CondoCharges(jpy(draw(small)), jpy(draw(small)), jpy(draw(small)),
                                       jpy(draw(small)), jpy(draw(small)), jpy(draw(small))))
    return sale(table(price, tuple(liens), costs).approve_all(),
                earnest_money=jpy(draw(st.integers(min_value=0, max_value=price // 10))),
                prorate=draw(st.booleans()))


@settings(max_examples=80, deadline=None)
@given(short_sales())
def test_any_approved_short_sale_balances(s):
    result = settle_short_sale(s)
    st_ = result.settlement
    b = st_.balance()
    assert all(not ln.amount.is_negative() for ln in st_.lines)
    prorations = st_.section_total(Section.PRORATIONS_AND_ADJUSTMENTS)
    if s.table.rest + prorations >= jpy(0):
        assert b.state is BalanceState.BALANCED and b.money_in == b.money_out
    else:  # the approved costs exceed the money: the seller would have to bring the difference
        assert b.state is BalanceState.SHORTAGE and b.amount == -(s.table.rest + prorations)
    received = total((r.total for r in result.receipts), "JPY")
    debt = total((lien.balance for lien in s.table.liens), "JPY")
    assert received + result.total_deficiency == debt


def test_costs_above_the_price_leave_nothing_for_the_senior_and_show_a_shortage():
    # Price 1,000,000: commission 5% × 1,000,000 = 50,000 + 5,000 tax = 55,000; the
    # arrears alone are 1,500,000: the costs 2,279,000 exceed the price by 1,279,000.
    t = table(price=1_000_000)
    assert t.deductions == jpy(55_000 + 24_000 + 300_000 + 100_000 + 1_500_000 + 300_000)
    assert t.rest == jpy(-1_279_000)
    assert "exceed the price" in t.notices[-1].template
    result = settle_short_sale(sale(t.approve_all(), earnest_money=None))
    b = result.settlement.balance()
    assert (b.state, b.amount) == (BalanceState.SHORTAGE, jpy(1_279_000))
    assert result.receipts[0].total == jpy(0)
    assert result.total_deficiency == jpy(34_500_000 + 3_700_000)


def test_bid_opening_estimated_from_the_court_notice_warns_it_may_be_sooner():
    tl = short_sale_timeline(ShortSaleDates(today=date(2026, 5, 1), first_missed_payment=date(2025, 9, 1),
                                            commencement_on=date(2026, 4, 10)))
    assert tl.bid_opening_on == date(2026, 10, 10) and tl.bid_opening_estimated
    deadline = next(a for a in tl.alerts if "{last}" in a.notice.template)
    assert "sooner" in deadline.notice.values["basis"]


def test_the_same_price_keeps_the_lenders_decisions():
    approved = table().approve_all()
    assert approved.reprice(jpy(28_000_000)) is approved


def test_the_rest_line_shows_its_arithmetic():
    result = settle_short_sale(sale(table().approve_all()))
    rest = next(ln for ln in result.settlement.lines if ln.rule == "short_sale.rest_to_creditor")
    text = rest.explanation.render(format_value=lambda v: f"{v.minor:,}" if isinstance(v, Money) else str(v))
    assert text == ("Price 28,000,000 + the buyer's prorations 0 − earnest money the seller already "
                    "holds 0 − approved lines 3,214,000 = 24,786,000, paid to the creditors in rank "
                    "order up to their debts: 24,786,000 to Mizuho Housing Loan Guarantee (debt "
                    "34,500,000).")
