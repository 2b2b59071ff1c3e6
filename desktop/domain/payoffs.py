"""Which payoff figure the desk may use on a day: the lender's letter or the
desk's own estimate, and what to warn the clerk about.

A payoff letter from the lender outranks the desk's estimate. A letter past
its good-through date is extended by its per diem, never used silently: the
figure says so, and tells the clerk to ask for a new letter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Sequence

from desktop.domain.errors import Problems
from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money
from desktop.domain.notices import Notice


@dataclass(frozen=True)
class LenderQuote:
    """A lender's payoff letter, as the desk received it."""

    id: str
    loan_id: str
    reference: str        # the letter's reference number
    amount: Money         # what clears the loan through good_through
    good_through: date
    per_diem: Money       # added for each day after good_through
    received_on: date
    received_by: str      # the clerk who took it in

    def days_past(self, day: date) -> int:
        return max(0, (day - self.good_through).days)

    def amount_on(self, day: date) -> Money:
        return self.amount + self.per_diem * self.days_past(day)


def validate_lender_quote(quote: LenderQuote, currency: str, today: date) -> None:
    p = Problems()
    if not quote.reference.strip():
        p.add("reference", "Enter the reference of the lender's payoff letter.")
    for name in ("amount", "per_diem"):
        if getattr(quote, name).currency != currency:
            p.add(name, "The loan is in {currency}; enter the letter's figures in {currency}.",
                  currency=currency)
    if not quote.amount.is_positive():
        p.add("amount", "The payoff amount must be more than zero.")
    if quote.per_diem.is_negative():
        p.add("per_diem", "The per diem cannot be negative.")
    if quote.received_on > today:
        p.add("received_on", "The letter cannot be received in the future.")
    if quote.good_through < quote.received_on:
        p.add("good_through", "A payoff letter is good through a day on or after it was received.")
    p.raise_if_any()


class PayoffSource(StrEnum):
    ESTIMATE = "estimate"                # the desk's own figure from the schedule
    LENDER_QUOTE = "lender_quote"        # a lender's letter, within its good-through date
    EXTENDED_QUOTE = "extended_quote"    # a lender's letter past its date, plus per diem


@dataclass(frozen=True)
class PayoffFigure:
    """The payoff the desk uses on a day, with where it comes from."""

    on: date
    source: PayoffSource
    amount: Money
    per_diem: Money
    good_through: date
    estimate: PayoffQuote
    lender_quote: LenderQuote | None
    days_extended: int
    gap: Money | None            # lender's figure − the desk's estimate, on the day
    gap_exceeds_tolerance: bool

    @property
    def warnings(self) -> tuple[Notice, ...]:
        found = []
        if self.source is PayoffSource.EXTENDED_QUOTE:
            q = self.lender_quote
            found.append(Notice(
                "The lender's payoff letter {reference} expired on {good_through}: extended by "
                "{days} days × {per_diem} per diem. Ask the lender for a new letter before paying.",
                {"reference": q.reference, "good_through": q.good_through, "days": self.days_extended,
                 "per_diem": q.per_diem}))
        if self.gap_exceeds_tolerance:
            found.append(Notice(
                "The lender's figure differs from the desk's estimate by {gap}: check the payments "
                "recorded and the letter before relying on either.", {"gap": abs(self.gap)}))
        return tuple(found)


def current_letter(quotes: Sequence[LenderQuote], on: date) -> LenderQuote | None:
    """The newest letter the desk held on the day (latest received, then latest dated)."""
    held = [q for q in quotes if q.received_on <= on]
    return max(held, key=lambda q: (q.received_on, q.good_through), default=None)


def payoff_on(estimate: PayoffQuote, quotes: Sequence[LenderQuote], on: date,
              gap_tolerance: Money) -> PayoffFigure:
    """The figure that clears the loan on `on`, from the estimate for that day
    and the lender letters on file."""
    letter = current_letter(quotes, on)
    if letter is None:
        return PayoffFigure(on=on, source=PayoffSource.ESTIMATE, amount=estimate.total,
                            per_diem=estimate.per_diem, good_through=estimate.good_through,
                            estimate=estimate, lender_quote=None, days_extended=0, gap=None,
                            gap_exceeds_tolerance=False)
    days = letter.days_past(on)
    amount = letter.amount_on(on)
    gap = amount - estimate.total
    return PayoffFigure(
        on=on, source=PayoffSource.EXTENDED_QUOTE if days else PayoffSource.LENDER_QUOTE,
        amount=amount, per_diem=letter.per_diem, good_through=letter.good_through,
        estimate=estimate, lender_quote=letter, days_extended=days, gap=gap,
        gap_exceeds_tolerance=abs(gap) > gap_tolerance)
