"""Selling or trading in a car that still carries a loan (source: the Japanese
used-car appraiser's article, seeds/001; see SOURCE_NOTES.md §1.2, §2.2).

The usual flow: price agreed → the buyer advances the payoff to the lender
(立て替え; the source writes 建て替え) → the lender releases ownership
(所有権解除) → the registration moves → the buyer pays the seller the rest.

Equity = price (or trade-in allowance) − payoff. When the payoff is larger:
- a trade-in: the customer pays the shortfall in cash, or it is rolled into
  the new car's loan (上乗せ) if the new lender accepts it (here: its
  loan-to-value cap; it also screens income, so ask before promising);
- a sale alone: the shortfall must be paid first, or the lien cannot be
  released and the purchase is refused — unless the customer is already the
  owner of record (some co-op loans, 農協): then the title moves and the debt
  stays with the customer, recorded, with no payoff line.
A residual-value loan's payoff already holds the residual (残価).
A private sale is allowed but flagged high-risk.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Sequence

from desktop.domain.errors import Problems, ValidationError
from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money, total
from desktop.domain.notices import Notice
from desktop.domain.payoffs import PayoffFigure
from desktop.domain.rates import format_percent
from desktop.domain.settlement import (
    BalanceState,
    Party,
    Role,
    Section,
    Settlement,
    closing_account,
    line,
)


class CarDealKind(StrEnum):
    DEALER_PURCHASE = "dealer_purchase"  # 車買取: a dealer or buying shop buys the car
    TRADE_IN = "trade_in"  # 下取り / 買い替え: against another car from the dealer
    PRIVATE_SALE = "private_sale"  # 個人売却: to a private buyer — high risk


class OwnerOfRecord(StrEnum):
    LENDER = "lender"  # 所有権留保: the finance company or the dealer is the 車検証's 所有者
    CUSTOMER = "customer"  # some co-op loans: the customer is the registered owner


class ShortfallCover(StrEnum):
    """How a payoff larger than the price is covered."""

    NONE = "none"
    CASH = "cash"  # the customer pays the shortfall
    ROLL_INTO_NEW_LOAN = "roll_into_new_loan"  # 上乗せ: added to the new car's loan
    KEEP_DEBT = "keep_debt"  # the customer owns the car on record: the debt stays with them


@dataclass(frozen=True)
class CarLoanPayoff:
    """The loan on the car, as the desk will pay it off on the day of sale."""

    lender: Party
    amount: Money  # the payoff figure on the day: a residual loan's includes the residual
    owner_of_record: OwnerOfRecord = OwnerOfRecord.LENDER
    residual: Money | None = None  # residual-value loan: the residual inside `amount`
    reference: str = ""  # the lender's payoff letter, if any

    def __post_init__(self) -> None:
        object.__setattr__(self, "owner_of_record", OwnerOfRecord(self.owner_of_record))
        p = Problems()
        if not isinstance(self.amount, Money) or not self.amount.is_positive():
            p.add("payoff", "The payoff must be more than zero.")
        elif self.residual is not None and (self.residual.currency != self.amount.currency
                                            or not Money.zero(self.amount.currency)
                                            < self.residual <= self.amount):
            p.add("residual", "The residual is part of the payoff: more than zero, at most the payoff.")
        p.raise_if_any()

    @classmethod
    def from_quote(cls, lender: Party, quote: PayoffQuote, on: date, **kw) -> CarLoanPayoff:
        """The desk's own payoff figure extended to the day of sale."""
        return cls(lender, quote.amount_on(on), **kw)

    @classmethod
    def from_figure(cls, lender: Party, figure: PayoffFigure, **kw) -> CarLoanPayoff:
        """The figure the desk uses on the day (the lender's letter outranks the estimate)."""
        if figure.lender_quote is not None and "reference" not in kw:
            kw["reference"] = figure.lender_quote.reference
        return cls(lender, figure.amount, **kw)


@dataclass(frozen=True)
class DealerFee:
    """A fee the dealer charges the seller (e.g. handling the ownership release)."""

    description: str
    amount: Money


@dataclass(frozen=True)
class NewCarFinance:
    """The loan on the car the customer buys with the trade-in."""

    lender: Party
    car_price: Money
    loan_amount: Money  # before any shortfall is rolled in
    ltv_cap: Decimal  # the most the lender lends, as a share of the car's price (1 = 100 %)

    def __post_init__(self) -> None:
        p = Problems()
        if isinstance(self.ltv_cap, float) or not isinstance(self.ltv_cap, (Decimal, int, str)):
            p.add("ltv_cap", "Enter the loan-to-value cap as an exact decimal.")
        else:
            object.__setattr__(self, "ltv_cap", Decimal(self.ltv_cap))
            if not Decimal(0) < self.ltv_cap <= Decimal(2):
                p.add("ltv_cap", "The loan-to-value cap is more than 0 % and at most 200 %.")
        if not self.car_price.is_positive():
            p.add("car_price", "The new car's price must be more than zero.")
        if self.loan_amount.is_negative() or self.loan_amount.currency != self.car_price.currency:
            p.add("loan_amount", "Enter the new loan in the car price's currency, zero or more.")
        p.raise_if_any()


@dataclass(frozen=True)
class RollCheck:
    """Whether the new lender's loan-to-value cap leaves room for the shortfall."""

    shortfall: Money
    loan_amount: Money
    loan_with_shortfall: Money
    limit: Money  # ltv_cap × the new car's price
    allowed: bool
    excess: Money  # by how much the loan would pass the limit (zero when allowed)
    explanation: Notice


def check_roll_over(shortfall: Money, new_car: NewCarFinance) -> RollCheck:
    """Check the roll-over before promising anything (source: ask the new lender first)."""
    limit = new_car.car_price.times(new_car.ltv_cap)
    after = new_car.loan_amount + shortfall
    allowed = after <= limit
    excess = Money.zero(after.currency) if allowed else after - limit
    values = {"loan": new_car.loan_amount, "shortfall": shortfall, "after": after,
              "cap_pct": format_percent(new_car.ltv_cap), "car_price": new_car.car_price,
              "limit": limit, "excess": excess, "new_lender": new_car.lender.name}
    head = ("New loan {loan} + shortfall {shortfall} = {after}; {new_lender} lends at most "
            "{cap_pct}% of the new car's price {car_price} = {limit}")
    if allowed:
        explanation = Notice(head + ": within the limit. The lender also screens income: "
                                    "confirm with it before promising the roll-over.", values)
    else:
        explanation = Notice(head + ": over the limit by {excess}. Rolling the shortfall into the "
                                    "new loan is refused; the customer must pay it in cash.", values)
    return RollCheck(shortfall, new_car.loan_amount, after, limit, allowed, excess, explanation)


@dataclass(frozen=True)
class CarSale:
    kind: CarDealKind
    seller: Party  # the customer
    buyer: Party  # the dealer (purchase, trade-in) or a private person
    price: Money  # the purchase price, or the trade-in allowance (下取り額)
    payoff: CarLoanPayoff | None = None  # None: no loan on the car
    fees: tuple[DealerFee, ...] = ()
    cover: ShortfallCover = ShortfallCover.NONE
    new_car: NewCarFinance | None = None  # trade-in: the new car's loan
    apply_surplus_to_new_car: bool = False  # trade-in: equity goes to the new car, not to the customer
    settled_on: date | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", CarDealKind(self.kind))
        object.__setattr__(self, "cover", ShortfallCover(self.cover))
        object.__setattr__(self, "fees", tuple(self.fees))


@dataclass(frozen=True)
class CarDeal:
    sale: CarSale
    equity: Money  # price − payoff; negative when the car is "upside down"
    equity_explanation: Notice
    fees: Money
    surplus: Money  # equity − fees, when positive (what the seller is owed)
    shortfall: Money  # payoff + fees − price, when positive (what someone must cover)
    settlement: Settlement
    roll_check: RollCheck | None
    remaining_debt: Money  # the debt that stays with the customer (owner-of-record exception)
    can_close: bool
    notices: tuple[Notice, ...] = field(default_factory=tuple)


def _validate(sale: CarSale) -> None:
    p = Problems()
    cur = sale.price.currency if isinstance(sale.price, Money) else None
    if not isinstance(sale.price, Money) or not sale.price.is_positive():
        p.add("price", "The price must be more than zero.")
    if sale.buyer == sale.seller:
        p.add("buyer", "The buyer and the seller are the same party.")
    if sale.kind is not CarDealKind.PRIVATE_SALE and sale.buyer.role is not Role.DEALER:
        p.add("buyer", "A purchase or trade-in is by a dealer: choose the dealer as buyer.")
    if sale.kind is CarDealKind.PRIVATE_SALE and sale.fees:
        p.add("fees", "A private sale has no dealer to charge fees.")
    for i, fee in enumerate(sale.fees):
        if fee.amount.currency != cur or not fee.amount.is_positive():
            p.add(f"fees[{i}]", "Enter the fee in {currency}, more than zero.", currency=cur)
        if not fee.description.strip():
            p.add(f"fees[{i}]", "Describe the fee.")
    if sale.payoff is not None and sale.payoff.amount.currency != cur:
        p.add("payoff", "The payoff must be in the price's currency ({currency}).", currency=cur)
    if sale.new_car is not None:
        if sale.kind is not CarDealKind.TRADE_IN:
            p.add("new_car", "Only a trade-in comes with a new car.")
        elif sale.new_car.car_price.currency != cur:
            p.add("new_car", "The new car must be priced in {currency}.", currency=cur)
    if sale.cover is ShortfallCover.ROLL_INTO_NEW_LOAN:
        if sale.kind is not CarDealKind.TRADE_IN:
            p.add("cover", "Only a trade-in can roll a shortfall into a new loan; a sale alone "
                           "must pay it first.")
        elif sale.new_car is None:
            p.add("new_car", "Enter the new car's loan to check the roll-over.")
    if sale.cover is ShortfallCover.KEEP_DEBT and (
            sale.payoff is None or sale.payoff.owner_of_record is not OwnerOfRecord.CUSTOMER):
        p.add("cover", "The debt can stay with the customer only when the customer is the owner "
                       "of record; otherwise the lender must be paid off to release the title.")
    if sale.apply_surplus_to_new_car and sale.kind is not CarDealKind.TRADE_IN:
        p.add("apply_surplus_to_new_car", "Only a trade-in has a new car to apply the equity to.")
    p.raise_if_any()


_PRICE_TEXT = {
    CarDealKind.DEALER_PURCHASE: "Purchase price of the car paid by {buyer}",
    CarDealKind.TRADE_IN: "Trade-in allowance (下取り) given by {buyer}",
    CarDealKind.PRIVATE_SALE: "Price paid by the private buyer {buyer}",
}


def settle_car_sale(sale: CarSale) -> CarDeal:
    """The settlement of one path of a car sale, with every line and why."""
    _validate(sale)
    cur = sale.price.currency
    zero = Money.zero(cur)
    seller, buyer = sale.seller, sale.buyer
    agent = buyer  # the dealer runs the closing; in a private sale the buyer pays the lender directly
    closing = closing_account(agent)
    lines = [line(Section.PRICE_AND_DEPOSITS, _PRICE_TEXT[sale.kind], buyer, seller, sale.price,
                  values={"buyer": buyer.name}, rule=f"car.{sale.kind.value}.price")]
    notices: list[Notice] = []

    payoff = sale.payoff
    payoff_amount = payoff.amount if payoff else zero
    keep_debt = sale.cover is ShortfallCover.KEEP_DEBT
    fees = total((f.amount for f in sale.fees), cur)
    equity = sale.price - payoff_amount
    eq_values = {"price": sale.price, "payoff": payoff_amount, "equity": equity, "fees": fees,
                 "lender": payoff.lender.name if payoff else ""}
    if payoff is None:
        equity_explanation = Notice("No loan on the car: equity = price {price}.", eq_values)
    else:
        equity_explanation = Notice("Equity = price {price} − payoff to {lender} {payoff} = {equity}.",
                                    eq_values)

    remaining_debt = zero
    if payoff is not None:
        p_values = {"lender": payoff.lender.name, "buyer": buyer.name, "amount": payoff.amount,
                    "reference": payoff.reference, "residual": payoff.residual}
        if keep_debt:
            # 農協 and similar: the customer is the registered owner, so the
            # title moves without a release; the loan is not paid here.
            remaining_debt = payoff.amount
            lines.append(line(
                Section.PAYOFFS, "Loan with {lender} stays with the seller: not paid at this closing",
                seller, payoff.lender, payoff.amount, values=p_values, outside_closing=True,
                rule="car.keep_debt", explanation=Notice(
                    "The customer is the owner of record, so the title moves without a release "
                    "from {lender}; the debt of {amount} remains and must still be repaid.",
                    p_values)))
            notices.append(Notice(
                "Record the remaining debt: {seller} still owes {lender} {amount} after the sale.",
                {"seller": seller.name, "lender": payoff.lender.name, "amount": payoff.amount}))
        else:
            if sale.kind is CarDealKind.PRIVATE_SALE:
                how = ("Paid by the buyer {buyer} straight to {lender} before the release (the buyer "
                       "advances it out of the price)")
            else:
                how = ("Advanced by {buyer} out of the price (立替) so that {lender} releases "
                       "ownership (所有権解除)")
            template = how + ": payoff {amount}"
            if payoff.reference:
                template += " per the lender's letter {reference}"
            if payoff.residual is not None:
                template += ", which includes the residual {residual} of the residual-value loan"
            lines.append(line(Section.PAYOFFS, "Payoff of the car loan to {lender}", seller,
                              payoff.lender, payoff.amount, values=p_values,
                              explanation=Notice(template + ".", p_values),
                              rule="car.payoff_advance"))
        if payoff.residual is not None:
            notices.append(Notice(
                "Residual-value loan (残価設定型): the payoff {amount} includes the residual "
                "{residual}. If no offer covers it, the customer may pay it in cash, or return the "
                "car under the contract and take a new loan.", p_values))

    for fee in sale.fees:
        lines.append(line(Section.OTHER_COSTS, "Dealer fee: {name}", seller, buyer, fee.amount,
                          values={"name": fee.description.strip()}, rule="car.dealer_fee"))

    owed = sale.price - fees - (zero if keep_debt else payoff_amount)
    surplus = max(owed, zero)
    shortfall = max(-owed, zero)
    fig = {"price": sale.price, "payoff": zero if keep_debt else payoff_amount, "fees": fees,
           "surplus": surplus, "shortfall": shortfall, "seller": seller.name,
           "lender": payoff.lender.name if payoff else "", "buyer": buyer.name}
    roll_check = None
    blocked: list[Notice] = []
    if surplus.is_positive():
        arithmetic = Notice("Price {price} − payoff {payoff} − fees {fees} = {surplus}.", fig)
        if sale.apply_surplus_to_new_car:
            lines.append(line(Section.ALLOWANCES, "Equity applied to the new car bought from {buyer}",
                              seller, buyer, surplus, values=fig, explanation=arithmetic,
                              rule="car.equity_to_new_car"))
        else:
            when = (" after {lender} releases the lien" if payoff and not keep_debt else "")
            lines.append(line(Section.PROCEEDS, "Surplus paid to {seller}" + when, closing, seller,
                              surplus, values=fig, explanation=arithmetic, rule="car.surplus"))
    elif shortfall.is_positive():
        arithmetic = Notice("Payoff {payoff} + fees {fees} − price {price} = shortfall {shortfall}.",
                            fig)
        if sale.cover is ShortfallCover.CASH:
            lines.append(line(Section.PRICE_AND_DEPOSITS, "Cash from {seller} to cover the shortfall",
                              seller, closing, shortfall, values=fig, explanation=arithmetic,
                              rule="car.shortfall_cash"))
        elif sale.cover is ShortfallCover.ROLL_INTO_NEW_LOAN:
            roll_check = check_roll_over(shortfall, sale.new_car)
            if roll_check.allowed:
                lines.append(line(
                    Section.PRICE_AND_DEPOSITS, "Shortfall rolled into the new loan from {lender} (上乗せ)",
                    sale.new_car.lender, seller, shortfall,
                    values={"lender": sale.new_car.lender.name},
                    # The shortfall's arithmetic, then the roll-over check's: two Notices.
                    explanation=Notice("{arithmetic} {roll_over}",
                                       {"arithmetic": arithmetic,
                                        "roll_over": roll_check.explanation}),
                    rule="car.shortfall_rolled"))
                notices.append(Notice(
                    "The new loan from {new_lender} rises to {after}: the customer repays the old car's "
                    "shortfall with the new car.", roll_check.explanation.values))
            else:
                blocked.append(roll_check.explanation)
        elif sale.kind is CarDealKind.TRADE_IN:
            blocked.append(Notice(
                "The payoff {payoff} and fees {fees} exceed the trade-in allowance {price} by "
                "{shortfall}: the customer pays it in cash or it is rolled into the new loan, before "
                "the lien can be released.", fig))
        else:
            template = ("The payoff {payoff} and fees {fees} exceed the price {price} by {shortfall}: "
                        "{seller} must pay it before the sale, or {lender} cannot release the title "
                        "and the purchase is refused.")
            if payoff is not None and payoff.owner_of_record is OwnerOfRecord.CUSTOMER:
                template += (" The customer is the owner of record: the title can move with the "
                             "debt kept (and recorded) instead.")
            blocked.append(Notice(template, fig))

    if sale.kind is CarDealKind.PRIVATE_SALE and payoff is not None and not keep_debt:
        notices.append(Notice(
            "High risk: a private sale of a car under a loan. The buyer must pay first or advance "
            "the payoff; the seller must obtain the release papers from {lender} and re-register "
            "the car at the transport bureau (陸運支局) alone. Recommended only for professionals.",
            {"lender": payoff.lender.name}))
    elif sale.kind is CarDealKind.PRIVATE_SALE:
        notices.append(Notice(
            "High risk: a private sale. The seller and the buyer re-register the car at the "
            "transport bureau (陸運支局) alone, and no dealer stands between the money and the "
            "title. Recommended only for professionals."))
    settlement = Settlement(cur, tuple(lines), buyer, seller, agent, sale.settled_on,
                            tuple(blocked + notices))
    balanced = settlement.balance().state is BalanceState.BALANCED
    return CarDeal(sale, equity, equity_explanation, fees, surplus, shortfall, settlement, roll_check,
                   remaining_debt, balanced and not blocked, tuple(blocked + notices))


# -- several buyers' offers ----------------------------------------------------------


@dataclass(frozen=True)
class Offer:
    bidder: Party
    amount: Money
    made_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class OfferComparison:
    ranked: tuple[Offer, ...]  # best first; equal offers in the order recorded
    best: Offer
    runner_up: Offer | None
    lead: Money  # best − runner-up (zero with one offer)
    gain_over_first: Money  # best − the first offer recorded: what asking around brought
    equity_at_best: Money | None  # best − payoff, when the payoff is given
    explanation: Notice


def compare_offers(offers: Sequence[Offer], payoff: Money | None = None) -> OfferComparison:
    """Rank the offers recorded for a car (getting several bids raises the price)."""
    offers = tuple(offers)
    if not offers:
        raise ValidationError.single("offers", "Record at least one offer.")
    cur = offers[0].amount.currency
    if any(o.amount.currency != cur for o in offers) or (payoff is not None and payoff.currency != cur):
        raise ValidationError.single("offers", "Record every offer in {currency}.", currency=cur)
    if any(not o.amount.is_positive() for o in offers):
        raise ValidationError.single("offers", "An offer must be more than zero.")
    ranked = tuple(sorted(offers, key=lambda o: -o.amount.minor))  # stable: ties keep their order
    best = ranked[0]
    runner = ranked[1] if len(ranked) > 1 else None
    lead = best.amount - runner.amount if runner else Money.zero(cur)
    gain = best.amount - offers[0].amount
    values = {"count": len(offers), "best": best.amount, "bidder": best.bidder.name, "lead": lead,
              "runner": runner.bidder.name if runner else "", "gain": gain,
              "first": offers[0].amount}
    template = "Best of {count} offers: {best} from {bidder}"
    if runner:
        template += ", {lead} more than {runner}; {gain} more than the first offer {first}"
    equity = None
    if payoff is not None:
        equity = best.amount - payoff
        values.update(payoff=payoff, equity=abs(equity))
        template += (". It covers the payoff {payoff} with {equity} to spare" if not equity.is_negative()
                     else ". It falls short of the payoff {payoff} by {equity}")
    return OfferComparison(ranked, best, runner, lead, gain, equity, Notice(template + ".", values))
