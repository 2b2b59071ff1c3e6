"""What it costs to clear a loan on a given day, and where its borrower stands."""

from __future__ import annotations

from datetime import date

from desktop.domain.errors import ValidationError
from desktop.domain.loans import (
    ArrearsStatus,
    PaymentMade,
    PayoffQuote,
    Schedule,
    arrears,
    build_schedule,
    payoff_quote,
)
from desktop.domain.money import Money
from desktop.services.context import ServiceContext
from desktop.store.loans import LoanRepository


class PayoffService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._loans = LoanRepository(ctx.database)

    def quote(self, loan_id: str, good_through: date, fees: Money | None = None) -> PayoffQuote:
        """The desk's own estimate of the payoff on ``good_through``, from the
        loan's terms and the payments recorded on it."""
        if good_through < self._ctx.today():
            raise ValidationError.single(
                "good_through", "A payoff is quoted for today or a later day, never back-dated."
            )
        schedule, payments = self._history(loan_id)
        return payoff_quote(schedule, payments, good_through, fees)

    def arrears(self, loan_id: str, as_of: date) -> ArrearsStatus:
        schedule, payments = self._history(loan_id)
        return arrears(schedule, payments, as_of)

    def _history(self, loan_id: str) -> tuple[Schedule, list[PaymentMade]]:
        loan = self._loans.get(loan_id)
        return build_schedule(loan.terms), self._loans.payments(loan_id)
