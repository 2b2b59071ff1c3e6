"""The settlement ledger: lines between parties, the ALTA columns, the money
through the closing and whether it balances."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.money import MINOR_DIGITS, Money, total
from desktop.domain.notices import Notice
from desktop.domain.settlement import (
    BalanceState,
    Party,
    Role,
    Section,
    Settlement,
    SettlementLine,
    closing_account,
    line,
)

BUYER = Party(Role.BUYER, "Suzuki Ichiro")
SELLER = Party(Role.SELLER, "Tanaka Hanako")
BANK = Party(Role.LENDER, "Mizuho Bank", "L1")
JHF = Party(Role.LENDER, "Mizuho Bank", "L2")  # same name, another lender: told apart by id
BROKER = Party(Role.BROKER, "Sakura Realty")
CLOSING = closing_account(BROKER)


def jpy(amount: int) -> Money:
    return Money(amount, "JPY")


def sale(*extra: SettlementLine, currency: str = "JPY") -> Settlement:
    # Price 10,000,000; payoff 6,000,000; commission 3% × 10,000,000 + 60,000 = 360,000
    # + 10% tax 36,000 = 396,000.
    lines = (
        line(Section.PRICE_AND_DEPOSITS, "Sale price", BUYER, SELLER, jpy(10_000_000)),
        line(Section.PAYOFFS, "Payoff to {lender}", SELLER, BANK, jpy(6_000_000),
             values={"lender": BANK.name}),
        line(Section.COMMISSION, "Commission", SELLER, BROKER, jpy(396_000)),
    )
    return Settlement(currency, lines + extra, BUYER, SELLER, BROKER)


def proceeds(amount: int) -> SettlementLine:
    return line(Section.PROCEEDS, "Net proceeds", CLOSING, SELLER, jpy(amount))


def test_columns_follow_payer_and_payee():
    s = sale(proceeds(3_604_000))
    price, payoff, commission, paid = (s.columns(ln) for ln in s.lines)
    # The buyer pays the price: buyer debit, seller credit.
    assert (price.buyer_debit, price.seller_credit) == (jpy(10_000_000), jpy(10_000_000))
    assert (price.buyer_credit, price.seller_debit) == (jpy(0), jpy(0))
    # The seller pays the payoff and the commission: seller debits.
    assert payoff.seller_debit == jpy(6_000_000) and payoff.buyer_debit == jpy(0)
    assert commission.seller_debit == jpy(396_000)
    # Net proceeds paid out of the closing sit among the seller's debits, as on
    # an ALTA statement ("cash to seller"), so the seller's columns are equal.
    assert paid.seller_debit == jpy(3_604_000) and paid.seller_credit == jpy(0)
    assert s.debits(SELLER) == s.credits(SELLER) == jpy(10_000_000)


def test_a_balanced_sale_pays_out_exactly_what_comes_in():
    s = sale(proceeds(3_604_000))
    b = s.balance()
    assert b.state is BalanceState.BALANCED and b.amount == jpy(0)
    # In: the buyer's 10,000,000. Out: 6,000,000 + 396,000 + 3,604,000 = 10,000,000.
    assert s.money_in(BUYER) == jpy(10_000_000) and s.due_from_buyer == jpy(10_000_000)
    assert s.money_out(BANK) == jpy(6_000_000)
    assert s.money_out(BROKER) == jpy(396_000)
    assert s.money_out(SELLER) == jpy(3_604_000)
    assert b.money_in == b.money_out == jpy(10_000_000)
    assert s.net_proceeds == jpy(3_604_000)  # 10,000,000 − 6,000,000 − 396,000
    assert "Balanced" in str(b.who_owes_whom)


def test_what_is_not_paid_to_the_seller_is_an_overage():
    s = sale()
    b = s.balance()
    assert b.state is BalanceState.OVERAGE
    assert b.amount == jpy(3_604_000)
    assert b.money_in - b.money_out == jpy(3_604_000)
    assert b.who_owes_whom.values["seller"] == SELLER.name
    assert "undistributed" in b.who_owes_whom.template


def test_a_payoff_larger_than_the_price_is_a_shortage_the_seller_must_bring():
    s = Settlement("JPY", (
        line(Section.PRICE_AND_DEPOSITS, "Sale price", BUYER, SELLER, jpy(5_000_000)),
        line(Section.PAYOFFS, "Payoff", SELLER, BANK, jpy(5_600_000)),
    ), BUYER, SELLER, BROKER)
    b = s.balance()
    # Collected 5,000,000 from the buyer; payouts 5,600,000: short by 600,000.
    assert b.state is BalanceState.SHORTAGE and b.amount == jpy(600_000)
    assert (b.money_in, b.money_out) == (jpy(5_000_000), jpy(5_600_000))
    assert s.net_proceeds == jpy(-600_000)
    assert "must bring" in b.who_owes_whom.template
    # The seller brings the cash: now it balances.
    cash = line(Section.PRICE_AND_DEPOSITS, "Cash from the seller", SELLER, CLOSING, jpy(600_000))
    settled = s.with_lines(cash)
    assert settled.balance().state is BalanceState.BALANCED
    assert settled.columns(cash).seller_credit == jpy(600_000)  # ALTA: cash from seller is a credit
    assert settled.money_in(SELLER) == jpy(600_000)


def test_earnest_money_held_by_the_broker_is_netted_against_its_commission():
    # The broker holds the buyer's 1,000,000 earnest money and is owed 396,000:
    # it hands the other 604,000 to the closing; the buyer brings 9,000,000.
    earnest = line(Section.PRICE_AND_DEPOSITS, "Earnest money", BROKER, BUYER, jpy(1_000_000))
    s = sale(earnest, proceeds(3_604_000))
    assert s.columns(earnest).buyer_credit == jpy(1_000_000)
    assert s.money_in(BUYER) == jpy(9_000_000)
    assert s.money_in(BROKER) == jpy(604_000) and s.money_out(BROKER) == jpy(0)
    assert s.balance().state is BalanceState.BALANCED


def test_outside_closing_lines_are_shown_but_never_counted():
    parking = line(Section.OTHER_COSTS, "Parking arrears", SELLER,
                   Party(Role.MANAGEMENT_ASSOCIATION, "Kanrikumiai"), jpy(24_000),
                   outside_closing=True)
    s = sale(parking, proceeds(3_604_000))
    assert s.balance().state is BalanceState.BALANCED
    assert s.outside == (parking,)
    assert parking not in s.in_closing
    assert s.section_total(Section.OTHER_COSTS) == jpy(0)


def test_two_lenders_with_one_name_are_two_parties():
    s = sale(line(Section.PAYOFFS, "Second mortgage", SELLER, JHF, jpy(1_000_000)),
             proceeds(2_604_000))
    assert s.money_out(BANK) == jpy(6_000_000)
    assert s.money_out(JHF) == jpy(1_000_000)
    assert s.section_total(Section.PAYOFFS) == jpy(7_000_000)
    assert s.balance().state is BalanceState.BALANCED
    assert s.parties() == (BUYER, SELLER, BANK, BROKER, JHF)


def test_a_line_in_another_currency_is_refused():
    with pytest.raises(ValidationError) as err:
        sale(line(Section.OTHER_COSTS, "Fee", SELLER, BROKER, Money(100, "USD")))
    assert "lines[3]" in err.value.fields


def test_lines_are_never_negative_nor_from_a_party_to_itself():
    with pytest.raises(ValidationError) as err:
        line(Section.OTHER_COSTS, "Refund", SELLER, BROKER, jpy(-1))
    assert err.value.fields == ("amount",)
    with pytest.raises(ValidationError):
        line(Section.OTHER_COSTS, "Nothing", SELLER, SELLER, jpy(1))
    with pytest.raises(ValidationError):
        SettlementLine(Section.OTHER_COSTS, "not a notice", SELLER, BROKER, jpy(1))  # type: ignore[arg-type]


def test_money_goes_through_this_closing_only():
    other = closing_account(Party(Role.DEALER, "Another Motors"))
    with pytest.raises(ValidationError) as err:
        sale(line(Section.PROCEEDS, "Net proceeds", other, SELLER, jpy(3_604_000)))
    assert err.value.fields == ("lines[3]",)


def test_a_party_needs_a_name_and_a_known_role():
    with pytest.raises(ValidationError):
        Party(Role.BUYER, "  ")
    with pytest.raises(ValidationError):
        Party("auctioneer", "X")  # type: ignore[arg-type]
    assert Party("lender", "Bank").role is Role.LENDER  # read back from storage as text


# -- properties ---------------------------------------------------------------------

OTHERS = [BANK, JHF, BROKER, Party(Role.SCRIVENER, "Scrivener"),
          Party(Role.MANAGEMENT_ASSOCIATION, "Association"), Party(Role.TAX_OFFICE, "City")]
EVERYONE = [BUYER, SELLER, *OTHERS]


@st.composite
def deals(draw):
    currency = draw(st.sampled_from(sorted(MINOR_DIGITS)))
    top = 10 ** (9 + MINOR_DIGITS[currency])
    charges = []
    for _ in range(draw(st.integers(min_value=1, max_value=12))):
        payer = draw(st.sampled_from(EVERYONE))
        payee = draw(st.sampled_from([p for p in EVERYONE if p != payer]))
        charges.append(SettlementLine(
            draw(st.sampled_from(list(Section))), Notice("charge"), payer, payee,
            Money(draw(st.integers(min_value=0, max_value=top)), currency),
            outside_closing=draw(st.integers(0, 5)) == 0))  # now and then paid outside closing
    return Settlement(currency, tuple(charges), BUYER, SELLER, BROKER)


def settle_seller(s: Settlement) -> Settlement:
    left = s.unsettled(SELLER)
    if left.is_positive():
        return s.with_lines(SettlementLine(Section.PROCEEDS, Notice("proceeds"), s.closing, SELLER, left))
    if left.is_negative():
        return s.with_lines(SettlementLine(Section.PRICE_AND_DEPOSITS, Notice("cash"), SELLER,
                                           s.closing, -left))
    return s


@settings(max_examples=150, deadline=None)
@given(deals())
def test_any_deal_balances_once_the_seller_is_settled(s):
    b = s.balance()
    # Before: the state's sign is the seller's unsettled account, and the gap is in − out.
    assert b.money_in - b.money_out == s.unsettled(SELLER)
    assert b.amount == abs(b.money_in - b.money_out)
    expected = (BalanceState.BALANCED if b.amount.is_zero() else
                BalanceState.OVERAGE if b.money_in > b.money_out else BalanceState.SHORTAGE)
    assert b.state is expected

    done = settle_seller(s)
    b = done.balance()
    assert b.state is BalanceState.BALANCED
    assert b.money_in == b.money_out  # to the minor unit
    assert b.money_in == total((done.money_in(p) for p in done.parties()), done.currency)
    for party in done.parties():
        # What a party brings less what it is paid is what its charges leave it owing.
        assert done.money_in(party) - done.money_out(party) == -done.position(party)
        assert not done.money_in(party).is_negative() and not done.money_out(party).is_negative()
    # The seller's ALTA columns are equal once settled.
    assert done.debits(SELLER) == done.credits(SELLER)
    assert all(not ln.amount.is_negative() for ln in done.lines)
