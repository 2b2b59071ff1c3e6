"""Getting the lien released after a sale: the payoff sent, the lender's
confirmation, the release documents — each by its due date.

The complaint customers raise most about trade-ins is a payoff sent late:
they keep paying, or are reported late. So every step has a due date and a
late step shows on the desk's overdue list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import Iterable

from desktop.domain.errors import Problems
from desktop.domain.money import Money


class ReleaseStage(StrEnum):
    AWAITING_PAYOFF = "awaiting_payoff"    # sold; the payoff is not yet sent
    PAYOFF_SENT = "payoff_sent"            # money on its way to the lender
    LENDER_CONFIRMED = "lender_confirmed"  # the lender says the loan is cleared
    RELEASED = "released"                  # release documents in hand


@dataclass(frozen=True)
class ReleaseRules:
    """The desk's promises, from settings."""

    payoff_sent_within_days: int = 10   # counted from the day of sale / trade-in
    release_within_days: int = 21       # counted from the day the payoff was sent


@dataclass(frozen=True)
class LienRelease:
    id: str
    loan_id: str
    sale_on: date                        # the day of the sale or trade-in
    sent_on: date | None = None
    sent_amount: Money | None = None
    sent_method: str = ""                # bank transfer, cheque…
    sent_reference: str = ""
    confirmed_on: date | None = None
    released_on: date | None = None
    documents_received: tuple[str, ...] = field(default_factory=tuple)
    notes: str = ""

    @property
    def stage(self) -> ReleaseStage:
        if self.released_on:
            return ReleaseStage.RELEASED
        if self.confirmed_on:
            return ReleaseStage.LENDER_CONFIRMED
        if self.sent_on:
            return ReleaseStage.PAYOFF_SENT
        return ReleaseStage.AWAITING_PAYOFF

    def payoff_due_on(self, rules: ReleaseRules) -> date:
        return self.sale_on + timedelta(days=rules.payoff_sent_within_days)

    def release_due_on(self, rules: ReleaseRules) -> date:
        # Until the payoff goes out, the lender's clock has not started:
        # count from the day it is due to be sent.
        start = self.sent_on or self.payoff_due_on(rules)
        return start + timedelta(days=rules.release_within_days)


def validate_release(release: LienRelease, currency: str, today: date) -> None:
    p = Problems()
    for name in ("sale_on", "sent_on", "confirmed_on", "released_on"):
        day = getattr(release, name)
        if day is not None and day > today:
            p.add(name, "This date is in the future.")
    if release.sent_on is None:
        if release.confirmed_on or release.released_on:
            p.add("sent_on", "Record when the payoff was sent first.")
    else:
        if release.sent_amount is None or not release.sent_amount.is_positive():
            p.add("sent_amount", "Enter the amount sent to the lender.")
        elif release.sent_amount.currency != currency:
            p.add("sent_amount", "The loan is in {currency}.", currency=currency)
        for name in ("confirmed_on", "released_on"):
            day = getattr(release, name)
            if day is not None and day < release.sent_on:
                p.add(name, "This date is before the payoff was sent.")
    p.raise_if_any()


class OverdueStep(StrEnum):
    PAYOFF_NOT_SENT = "payoff_not_sent"
    RELEASE_NOT_RECEIVED = "release_not_received"


@dataclass(frozen=True)
class OverdueItem:
    release: LienRelease
    step: OverdueStep
    due_on: date
    days_late: int


def next_step(release: LienRelease, rules: ReleaseRules) -> tuple[OverdueStep, date]:
    """What the desk waits for next on an open release, and by when."""
    if release.sent_on is None:
        return OverdueStep.PAYOFF_NOT_SENT, release.payoff_due_on(rules)
    return OverdueStep.RELEASE_NOT_RECEIVED, release.release_due_on(rules)


def overdue(releases: Iterable[LienRelease], today: date, rules: ReleaseRules) -> list[OverdueItem]:
    """Steps past their due date, most late first."""
    items = []
    for r in releases:
        if r.stage is ReleaseStage.RELEASED:
            continue
        step, due = next_step(r, rules)
        if today > due:
            items.append(OverdueItem(r, step, due, (today - due).days))
    return sorted(items, key=lambda i: (-i.days_late, i.release.sale_on))
