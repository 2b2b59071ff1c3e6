"""Column values ↔ domain values, shared by the repositories."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.domain.money import Money


def iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def to_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def minor(amount: Money | None) -> int | None:
    return None if amount is None else amount.minor


def currency(amount: Money | None) -> str | None:
    return None if amount is None else amount.currency


def money(minor_units: int | None, currency_code: str | None) -> Money | None:
    return None if minor_units is None else Money(minor_units, currency_code)


def decimal_text(value: Decimal | None) -> str | None:
    # Positional notation ("0.0000001", not "1E-7") reads better in the file.
    return None if value is None else format(value, "f")


def to_decimal(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)
