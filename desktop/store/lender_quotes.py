"""Lenders' payoff letters: rows ↔ domain LenderQuote."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.domain.money import Money
from desktop.domain.payoffs import LenderQuote
from desktop.store.columns import iso, to_date
from desktop.store.db import Database


def _row(quote: LenderQuote, recorded_at: datetime) -> dict[str, Any]:
    if quote.amount.currency != quote.per_diem.currency:
        raise ValueError("a letter's amount and per diem must be in one currency")
    return {
        "id": quote.id,
        "loan_id": quote.loan_id,
        "reference": quote.reference,
        "amount_minor": quote.amount.minor,
        "per_diem_minor": quote.per_diem.minor,
        "currency": quote.amount.currency,
        "good_through": iso(quote.good_through),
        "received_on": iso(quote.received_on),
        "received_by": quote.received_by,
        "recorded_at": recorded_at.isoformat(),
    }


def _quote(row: dict[str, Any]) -> LenderQuote:
    return LenderQuote(
        id=row["id"],
        loan_id=row["loan_id"],
        reference=row["reference"],
        amount=Money(row["amount_minor"], row["currency"]),
        good_through=to_date(row["good_through"]),
        per_diem=Money(row["per_diem_minor"], row["currency"]),
        received_on=to_date(row["received_on"]),
        received_by=row["received_by"],
    )


class LenderQuoteRepository:
    def __init__(self, database: Database):
        self._db = database.db

    def add(self, quote: LenderQuote, *, at: datetime) -> None:
        self._db["lender_quotes"].insert(_row(quote, at))

    def of_loan(self, loan_id: str) -> list[LenderQuote]:
        """The loan's letters, newest first: latest received, then latest
        dated, then latest recorded (the order current_letter ranks them)."""
        rows = self._db["lender_quotes"].rows_where(
            "loan_id = ?", [loan_id],
            order_by="received_on DESC, good_through DESC, recorded_at DESC, id DESC",
        )
        return list(map(_quote, rows))
