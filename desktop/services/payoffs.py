"""What it costs to clear a loan on a given day, and where its borrower stands."""

from __future__ import annotations

from dataclasses import replace
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
from desktop.domain.payoffs import LenderQuote, PayoffFigure, payoff_on, validate_lender_quote
from desktop.domain.settings import DeskSettings
from desktop.domain.access import Permission
from desktop.services.context import ServiceContext
from desktop.store.ids import new_id
from desktop.store.lender_quotes import LenderQuoteRepository
from desktop.store.loans import LoanRepository
from desktop.store.settings import SettingsRepository

__all__ = ["LenderQuote", "PayoffFigure", "PayoffService"]


class PayoffService:
    def __init__(self, ctx: ServiceContext):
        self._ctx = ctx
        self._db = ctx.database
        self._loans = LoanRepository(ctx.database)
        self._letters = LenderQuoteRepository(ctx.database)
        self._settings = SettingsRepository(ctx.database)

    def quote(self, loan_id: str, good_through: date, fees: Money | None = None) -> PayoffQuote:
        """The desk's own estimate of the payoff on ``good_through``, from the
        loan's terms and the payments recorded on it."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        if good_through < self._ctx.today():
            raise ValidationError.single(
                "good_through", "A payoff is quoted for today or a later day, never back-dated."
            )
        schedule, payments = self._history(loan_id)
        return payoff_quote(schedule, payments, good_through, fees)

    def arrears(self, loan_id: str, as_of: date) -> ArrearsStatus:
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        schedule, payments = self._history(loan_id)
        return arrears(schedule, payments, as_of)

    # -- the lender's letters ------------------------------------------------

    def record_lender_quote(self, quote: LenderQuote) -> LenderQuote:
        """Record a payoff letter the lender sent. The quote's id is ignored;
        an empty ``received_by`` becomes the clerk signed in."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        quote = replace(quote, id=new_id(), received_by=quote.received_by.strip() or self._ctx.actor)
        today = self._ctx.today()
        now = self._ctx.now()
        with self._db.transaction():
            loan = self._loans.get(quote.loan_id)
            validate_lender_quote(quote, loan.currency, today)
            self._letters.add(quote, at=now)
            self._ctx.audit(now, "lender_quote.record", "lender_quote", quote.id, after=quote)
        return quote

    def lender_quotes(self, loan_id: str) -> list[LenderQuote]:
        """The loan's payoff letters, newest first."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        return self._letters.of_loan(loan_id)

    def payoff_on(self, loan_id: str, on: date) -> PayoffFigure:
        """The payoff figure to use on ``on``: the newest lender letter the desk
        held that day (extended by its per diem when past its date), else the
        desk's estimate; with the gap between the two and any warnings."""
        self._ctx.require(Permission.QUOTE_PAYOFFS)
        estimate = self.quote(loan_id, on)
        settings = self._settings.get() or DeskSettings()
        tolerance = settings.quote_gap_tolerance(estimate.currency)
        return payoff_on(estimate, self._letters.of_loan(loan_id), on, tolerance)

    def _history(self, loan_id: str) -> tuple[Schedule, list[PaymentMade]]:
        loan = self._loans.get(loan_id)
        return build_schedule(loan.terms), self._loans.payments(loan_id)
