"""Selling or trading in a car under a loan: every path settles with its lines,
and a shortfall is covered, rolled, kept or blocks the sale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.car_sale import (
    CarDealKind,
    CarLoanPayoff,
    CarSale,
    DealerFee,
    NewCarFinance,
    Offer,
    OwnerOfRecord,
    ShortfallCover,
    check_roll_over,
    compare_offers,
    settle_car_sale,
)
from desktop.domain.errors import ValidationError
from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money, total
from desktop.domain.settlement import BalanceState, Party, Role, Section

CUSTOMER = Party(Role.SELLER, "Yamada Taro")
DEALER = Party(Role.DEALER, "Sakura Motors")
FINANCE = Party(Role.LENDER, "Toyota Finance", "tf")
NEW_LENDER = Party(Role.LENDER, "Sakura Credit", "sc")
JA = Party(Role.LENDER, "JA Bank", "ja")
NEIGHBOUR = Party(Role.BUYER, "Kato Jiro")
DAY = date(2026, 11, 20)


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


def rules(deal) -> list[str]:
    return [ln.rule for ln in deal.settlement.lines]


def test_dealer_purchase_with_positive_equity():
    # Price 1,500,000; payoff 1,000,000; the dealer's fee for the release 10,000.
    # Equity 1,500,000 − 1,000,000 = 500,000; surplus 500,000 − 10,000 = 490,000.
    deal = settle_car_sale(CarSale(
        CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(1_500_000),
        CarLoanPayoff(FINANCE, jpy(1_000_000), reference="TF-2026-0456"),
        fees=(DealerFee("Ownership release handling (所有権解除代行)", jpy(10_000)),), settled_on=DAY))
    assert deal.equity == jpy(500_000) and deal.surplus == jpy(490_000) and deal.shortfall == jpy(0)
    assert deal.can_close
    s = deal.settlement
    assert rules(deal) == ["car.dealer_purchase.price", "car.payoff_advance", "car.dealer_fee",
                           "car.surplus"]
    payoff = s.section(Section.PAYOFFS)[0]
    assert (payoff.payer, payoff.payee, payoff.amount) == (CUSTOMER, FINANCE, jpy(1_000_000))
    assert "立替" in payoff.explanation.template and payoff.explanation.values["reference"] == "TF-2026-0456"
    surplus = s.section(Section.PROCEEDS)[0]
    assert surplus.amount == jpy(490_000) and surplus.payee == CUSTOMER
    # The dealer hands over 1,490,000 (its fee netted): 1,000,000 to the lender,
    # 490,000 to the customer.
    assert s.money_in(DEALER) == jpy(1_490_000)
    assert s.money_out(FINANCE) == jpy(1_000_000) and s.money_out(CUSTOMER) == jpy(490_000)
    assert s.balance().state is BalanceState.BALANCED
    assert str(deal.equity_explanation) == (
        "Equity = price 1500000 JPY − payoff to Toyota Finance 1000000 JPY = 500000 JPY.")


NEW_CAR = NewCarFinance(NEW_LENDER, car_price=jpy(3_000_000), loan_amount=jpy(2_800_000),
                        ltv_cap=Decimal("1.00"))


def trade_in(cover: ShortfallCover, new_car: NewCarFinance = NEW_CAR) -> CarSale:
    # Trade-in allowance 1,200,000 against a payoff of 1,500,000: shortfall 300,000.
    return CarSale(CarDealKind.TRADE_IN, CUSTOMER, DEALER, jpy(1_200_000),
                   CarLoanPayoff(FINANCE, jpy(1_500_000)), cover=cover, new_car=new_car, settled_on=DAY)


def test_trade_in_with_negative_equity_refused_for_ltv_then_paid_in_cash():
    # Rolling: new loan 2,800,000 + shortfall 300,000 = 3,100,000; the new lender
    # lends at most 100% × 3,000,000 = 3,000,000: over by 100,000 → refused.
    refused = settle_car_sale(trade_in(ShortfallCover.ROLL_INTO_NEW_LOAN))
    assert refused.equity == jpy(-300_000) and refused.shortfall == jpy(300_000)
    check = refused.roll_check
    assert (check.loan_with_shortfall, check.limit, check.excess) == (jpy(3_100_000), jpy(3_000_000),
                                                                      jpy(100_000))
    assert not check.allowed and not refused.can_close
    assert "refused" in check.explanation.template
    assert refused.notices[0] == check.explanation
    # No roll line: the settlement is short by the 300,000 the customer must bring.
    assert "car.shortfall_rolled" not in rules(refused)
    b = refused.settlement.balance()
    assert (b.state, b.amount) == (BalanceState.SHORTAGE, jpy(300_000))

    # Then the customer pays the shortfall in cash: 1,200,000 from the dealer +
    # 300,000 from the customer = 1,500,000 to the lender.
    cash = settle_car_sale(trade_in(ShortfallCover.CASH))
    assert cash.can_close
    s = cash.settlement
    line = next(ln for ln in s.lines if ln.rule == "car.shortfall_cash")
    assert (line.payer, line.amount) == (CUSTOMER, jpy(300_000))
    assert str(line.explanation) == (
        "Payoff 1500000 JPY + fees 0 JPY − price 1200000 JPY = shortfall 300000 JPY.")
    assert s.money_in(CUSTOMER) == jpy(300_000) and s.money_in(DEALER) == jpy(1_200_000)
    assert s.money_out(FINANCE) == jpy(1_500_000)
    assert s.balance().state is BalanceState.BALANCED


def test_trade_in_shortfall_rolled_into_the_new_loan_within_ltv():
    # New loan 2,500,000 + 300,000 = 2,800,000 ≤ 3,000,000: accepted.
    small = NewCarFinance(NEW_LENDER, jpy(3_000_000), jpy(2_500_000), Decimal("1.00"))
    deal = settle_car_sale(trade_in(ShortfallCover.ROLL_INTO_NEW_LOAN, small))
    assert deal.roll_check.allowed and deal.can_close
    rolled = next(ln for ln in deal.settlement.lines if ln.rule == "car.shortfall_rolled")
    assert (rolled.payer, rolled.payee, rolled.amount) == (NEW_LENDER, CUSTOMER, jpy(300_000))
    # The new lender funds the 300,000; the customer brings nothing.
    assert deal.settlement.money_in(NEW_LENDER) == jpy(300_000)
    assert deal.settlement.money_in(CUSTOMER) == jpy(0)
    assert deal.settlement.balance().state is BalanceState.BALANCED
    assert any("rises to" in n.template for n in deal.notices)


def test_roll_check_at_a_90_percent_cap():
    # 90% × 3,000,000 = 2,700,000; 2,500,000 + 300,000 = 2,800,000: over by 100,000.
    check = check_roll_over(jpy(300_000), NewCarFinance(NEW_LENDER, jpy(3_000_000), jpy(2_500_000),
                                                        Decimal("0.9")))
    assert not check.allowed and check.limit == jpy(2_700_000) and check.excess == jpy(100_000)
    assert check.explanation.values["cap_pct"] == "90"


def test_trade_in_without_a_cover_is_blocked():
    deal = settle_car_sale(trade_in(ShortfallCover.NONE))
    assert not deal.can_close
    assert "cash or it is rolled" in deal.notices[0].template


def test_sale_alone_with_negative_equity_is_blocked_until_the_shortfall_is_paid():
    sale = CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(900_000),
                   CarLoanPayoff(FINANCE, jpy(1_100_000)))
    deal = settle_car_sale(sale)
    assert not deal.can_close
    assert deal.settlement.balance().amount == jpy(200_000)  # 1,100,000 − 900,000
    assert "purchase is refused" in deal.notices[0].template
    paid = settle_car_sale(CarSale(**{**sale.__dict__, "cover": ShortfallCover.CASH}))
    assert paid.can_close and paid.settlement.money_in(CUSTOMER) == jpy(200_000)
    with pytest.raises(ValidationError) as err:
        settle_car_sale(CarSale(**{**sale.__dict__, "cover": ShortfallCover.ROLL_INTO_NEW_LOAN}))
    assert "cover" in err.value.fields


def test_owner_of_record_keeps_the_debt_and_the_title_moves():
    # A co-op loan in the customer's own name: 900,000 price, 1,100,000 owed.
    payoff = CarLoanPayoff(JA, jpy(1_100_000), owner_of_record=OwnerOfRecord.CUSTOMER)
    blocked = settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(900_000), payoff))
    assert not blocked.can_close and "owner of record" in blocked.notices[0].template
    deal = settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(900_000), payoff,
                                   cover=ShortfallCover.KEEP_DEBT))
    assert deal.can_close and deal.remaining_debt == jpy(1_100_000)
    s = deal.settlement
    # No payoff in the closing: the whole price goes to the customer; the debt is
    # shown outside the closing.
    assert [ln.rule for ln in s.in_closing] == ["car.dealer_purchase.price", "car.surplus"]
    assert s.money_out(CUSTOMER) == jpy(900_000) and s.money_out(JA) == jpy(0)
    kept = s.outside[0]
    assert (kept.rule, kept.payee, kept.amount) == ("car.keep_debt", JA, jpy(1_100_000))
    assert any("Record the remaining debt" in n.template for n in deal.notices)
    with pytest.raises(ValidationError):  # only when the customer is the owner of record
        settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(900_000),
                                CarLoanPayoff(FINANCE, jpy(1_100_000)), cover=ShortfallCover.KEEP_DEBT))


def test_residual_value_loan_payoff_includes_the_residual():
    # Payoff 1,820,000 of which the residual is 820,000; offer 2,000,000: surplus 180,000.
    deal = settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(2_000_000),
                                   CarLoanPayoff(FINANCE, jpy(1_820_000), residual=jpy(820_000))))
    assert deal.surplus == jpy(180_000) and deal.can_close
    payoff = deal.settlement.section(Section.PAYOFFS)[0]
    assert payoff.amount == jpy(1_820_000)
    assert "residual" in payoff.explanation.template
    assert any("return the car" in n.template for n in deal.notices)
    with pytest.raises(ValidationError):
        CarLoanPayoff(FINANCE, jpy(800_000), residual=jpy(820_000))


def test_private_sale_is_allowed_and_flagged_high_risk():
    deal = settle_car_sale(CarSale(CarDealKind.PRIVATE_SALE, CUSTOMER, NEIGHBOUR, jpy(1_300_000),
                                   CarLoanPayoff(FINANCE, jpy(1_000_000))))
    assert deal.can_close
    assert deal.notices[-1].template.startswith("High risk")
    s = deal.settlement
    assert s.agent == NEIGHBOUR and s.money_in(NEIGHBOUR) == jpy(1_300_000)
    assert s.money_out(FINANCE) == jpy(1_000_000) and s.money_out(CUSTOMER) == jpy(300_000)
    assert "straight to" in s.section(Section.PAYOFFS)[0].explanation.template


def test_trade_in_equity_applied_to_the_new_car():
    deal = settle_car_sale(CarSale(CarDealKind.TRADE_IN, CUSTOMER, DEALER, jpy(1_500_000),
                                   CarLoanPayoff(FINANCE, jpy(1_000_000)), apply_surplus_to_new_car=True))
    applied = deal.settlement.section(Section.ALLOWANCES)[0]
    assert (applied.payer, applied.payee, applied.amount) == (CUSTOMER, DEALER, jpy(500_000))
    # The dealer pays the lender and keeps the equity against the new car.
    assert deal.settlement.money_in(DEALER) == jpy(1_000_000)
    assert deal.settlement.money_out(CUSTOMER) == jpy(0) and deal.can_close


def test_no_loan_on_the_car():
    deal = settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(700_000)))
    assert deal.equity == jpy(700_000) and deal.can_close
    assert rules(deal) == ["car.dealer_purchase.price", "car.surplus"]


def test_payoff_from_the_desk_quote_or_the_day_figure():
    quote = PayoffQuote(good_through=date(2026, 11, 18), last_due_date=date(2026, 10, 27),
                        principal_outstanding=jpy(1_480_000), accrued_interest=jpy(2_014),
                        past_due=jpy(0), penalty_interest=jpy(0), fees=jpy(0),
                        prepayment_compensation=jpy(0), per_diem=jpy(199))
    # Two days past good-through: 1,482,014 + 2 × 199 = 1,482,412.
    assert CarLoanPayoff.from_quote(FINANCE, quote, DAY).amount == jpy(1_482_412)


def test_inputs_are_checked():
    with pytest.raises(ValidationError) as err:
        settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, NEIGHBOUR, jpy(1)))
    assert err.value.fields == ("buyer",)
    with pytest.raises(ValidationError):
        settle_car_sale(CarSale(CarDealKind.DEALER_PURCHASE, CUSTOMER, DEALER, jpy(1_000),
                                CarLoanPayoff(FINANCE, Money(100, "USD"))))
    with pytest.raises(ValidationError) as err:
        settle_car_sale(trade_in(ShortfallCover.ROLL_INTO_NEW_LOAN, None))
    assert err.value.fields == ("new_car",)
    with pytest.raises(ValidationError):
        NewCarFinance(NEW_LENDER, jpy(1), jpy(0), 0.9)  # type: ignore[arg-type]


# -- offers -------------------------------------------------------------------------------


def test_several_offers_are_compared():
    first = Offer(Party(Role.DEALER, "Corolla Store"), jpy(1_350_000), date(2026, 11, 1))
    offers = [first, Offer(Party(Role.DEALER, "Gulliver"), jpy(1_500_000)),
              Offer(Party(Role.DEALER, "Big Motor"), jpy(1_650_000))]
    c = compare_offers(offers, payoff=jpy(1_500_000))
    # Best 1,650,000; 150,000 over the runner-up; 300,000 over the first offer
    # (the source's "+30万円" from asking several buyers).
    assert c.best.amount == jpy(1_650_000) and c.runner_up.bidder.name == "Gulliver"
    assert (c.lead, c.gain_over_first, c.equity_at_best) == (jpy(150_000), jpy(300_000), jpy(150_000))
    assert "covers the payoff" in c.explanation.template
    assert compare_offers(offers[:1]).lead == jpy(0)
    with pytest.raises(ValidationError):
        compare_offers([])


# -- properties -------------------------------------------------------------------------


@st.composite
def car_sales(draw):
    kind = draw(st.sampled_from(CarDealKind))
    buyer = NEIGHBOUR if kind is CarDealKind.PRIVATE_SALE else DEALER
    price = jpy(draw(st.integers(min_value=1, max_value=10_000_000)))
    payoff = None
    if draw(st.booleans()):
        owner = draw(st.sampled_from(OwnerOfRecord))
        payoff = CarLoanPayoff(JA if owner is OwnerOfRecord.CUSTOMER else FINANCE,
                               jpy(draw(st.integers(min_value=1, max_value=10_000_000))),
                               owner_of_record=owner)
    fees = ()
    if kind is not CarDealKind.PRIVATE_SALE:
        fees = tuple(DealerFee("fee", jpy(a)) for a in draw(st.lists(
            st.integers(min_value=1, max_value=100_000), max_size=2)))
    covers = [ShortfallCover.NONE, ShortfallCover.CASH]
    new_car = None
    if kind is CarDealKind.TRADE_IN:
        covers.append(ShortfallCover.ROLL_INTO_NEW_LOAN)
        car_price = draw(st.integers(min_value=1, max_value=10_000_000))
        new_car = NewCarFinance(NEW_LENDER, jpy(car_price),
                                jpy(draw(st.integers(min_value=0, max_value=car_price))),
                                Decimal(draw(st.integers(min_value=50, max_value=120))) / 100)
    if payoff is not None and payoff.owner_of_record is OwnerOfRecord.CUSTOMER:
        covers.append(ShortfallCover.KEEP_DEBT)
    return CarSale(kind, CUSTOMER, buyer, price, payoff, fees, draw(st.sampled_from(covers)), new_car,
                   apply_surplus_to_new_car=kind is CarDealKind.TRADE_IN and draw(st.booleans()))


@settings(max_examples=150, deadline=None)
@given(car_sales())
def test_every_car_deal_that_can_close_balances(sale):
    deal = settle_car_sale(sale)
    s = deal.settlement
    b = s.balance()
    assert all(not ln.amount.is_negative() for ln in s.lines)
    assert b.money_in - b.money_out == s.unsettled(CUSTOMER)
    if deal.can_close:
        assert b.state is BalanceState.BALANCED and b.money_in == b.money_out
        # Where the money goes: surplus + payoff + fees == price + cash + rolled shortfall.
        def summed(rule):
            return total((ln.amount for ln in s.in_closing if ln.rule == rule), "JPY")
        paid_out = summed("car.surplus") + summed("car.equity_to_new_car") + summed("car.payoff_advance")
        brought = summed("car.shortfall_cash") + summed("car.shortfall_rolled")
        assert paid_out + deal.fees == sale.price + brought
    else:
        assert b.state is BalanceState.SHORTAGE and b.amount == deal.shortfall
        assert deal.notices


def test_payoff_from_the_lender_letter_keeps_its_reference():
    from desktop.domain.payoffs import LenderQuote, payoff_on
    quote = PayoffQuote(good_through=DAY, last_due_date=date(2026, 10, 27),
                        principal_outstanding=jpy(1_480_000), accrued_interest=jpy(2_014),
                        past_due=jpy(0), penalty_interest=jpy(0), fees=jpy(0),
                        prepayment_compensation=jpy(0), per_diem=jpy(199))
    letter = LenderQuote("q1", "loan1", "TF-2026-0456", jpy(1_482_500), date(2026, 11, 25), jpy(200),
                         date(2026, 11, 18), "sato")
    figure = payoff_on(quote, [letter], DAY, jpy(1_000))
    payoff = CarLoanPayoff.from_figure(FINANCE, figure)
    # The lender's letter outranks the desk's estimate: 1,482,500, reference kept.
    assert (payoff.amount, payoff.reference) == (jpy(1_482_500), "TF-2026-0456")
