"""Interest rates as clerks type them: percent per year, never a float."""

from __future__ import annotations

import unicodedata
from decimal import Decimal, InvalidOperation

from desktop.domain.errors import ValidationError


def parse_percent(text: str, field: str = "annual_rate") -> Decimal:
    """"2.4", "2,4 %", "２．４％" → Decimal("0.024")."""
    t = unicodedata.normalize("NFKC", text).strip().rstrip("%").strip().replace(",", ".")
    if not t:
        raise ValidationError.single(field, "Enter the rate in percent per year.")
    try:
        value = Decimal(t)
    except InvalidOperation:
        raise ValidationError.single(field, "“{text}” is not a rate in percent.",
                                     text=text) from None
    if not value.is_finite() or value < 0 or value > 100:
        raise ValidationError.single(field, "A rate is between 0 and 100 percent.")
    return value / 100


def format_percent(rate: Decimal) -> str:
    """Decimal("0.024") → "2.4" (no trailing zeros, no exponent)."""
    text = format((rate * 100).normalize(), "f")
    return text
