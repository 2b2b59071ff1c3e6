"""Money: an integer of minor units with its ISO 4217 currency.

Never a binary float. A Decimal appears only while parsing what a clerk typed
or while applying a rate, and every result is rounded explicitly to the
currency's minor unit.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from typing import Iterable

from desktop.domain.errors import ValidationError

# Decimal places of the currencies the desk deals in.
MINOR_DIGITS: dict[str, int] = {"JPY": 0, "CNY": 2, "RUB": 2, "USD": 2, "EUR": 2}

HALF_UP = ROUND_HALF_UP

# No deal at the desk reaches a quadrillion; a longer number is a typing slip.
MAX_WHOLE_DIGITS = 15


class CurrencyMismatch(ValueError):
    """Two amounts in different currencies were combined."""


def minor_digits(currency: str) -> int:
    try:
        return MINOR_DIGITS[currency]
    except KeyError:
        raise ValueError(f"unsupported currency {currency!r}") from None


def _exact_decimal(value: Decimal, currency: str) -> int:
    """Minor units of a Decimal that must already be exact to the minor unit."""
    with localcontext() as ctx:
        ctx.prec = 60  # the default 28 digits would round a long amount silently
        scaled = value.scaleb(minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more decimals than {currency} allows")
    return int(scaled)


@dataclass(frozen=True, slots=True, order=False)
class Money:
    minor: int
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.minor, bool) or not isinstance(self.minor, int):
            raise TypeError(f"Money needs an int of minor units, not {type(self.minor).__name__}")
        minor_digits(self.currency)

    # -- construction -------------------------------------------------------

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        """Money from major units: ``Money.of("1234.56", "RUB")``.

        An int is whole major units; a str or Decimal must be exact to the
        minor unit (use :meth:`from_decimal` to round). Floats are refused.
        """
        if isinstance(amount, float):
            raise TypeError("Money is never built from a float; pass a str or Decimal")
        if isinstance(amount, bool):
            raise TypeError("Money is not built from a bool")
        if isinstance(amount, int):
            return cls(amount * 10 ** minor_digits(currency), currency)
        if isinstance(amount, str):
            try:
                amount = Decimal(amount.strip())
            except InvalidOperation:
                raise ValueError(f"not an amount: {amount!r}") from None
        if isinstance(amount, Decimal):
            if not amount.is_finite():
                raise ValueError("an amount must be finite")
            return cls(_exact_decimal(amount, currency), currency)
        raise TypeError(f"cannot make Money from {type(amount).__name__}")

    @classmethod
    def from_decimal(cls, amount: Decimal, currency: str, rounding: str = HALF_UP) -> Money:
        """Round a Decimal amount of major units to the currency's minor unit."""
        if isinstance(amount, float):
            raise TypeError("Money is never built from a float")
        if not isinstance(amount, Decimal):
            raise TypeError(f"from_decimal needs a Decimal, not {type(amount).__name__}")
        with localcontext() as ctx:
            ctx.prec = 60
            scaled = amount.scaleb(minor_digits(currency)).quantize(Decimal(1), rounding=rounding)
        return cls(int(scaled), currency)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    # -- reading ------------------------------------------------------------

    @property
    def digits(self) -> int:
        return minor_digits(self.currency)

    def to_decimal(self) -> Decimal:
        """The exact amount in major units."""
        with localcontext() as ctx:
            ctx.prec = 60
            return Decimal(self.minor).scaleb(-self.digits)

    def is_zero(self) -> bool:
        return self.minor == 0

    def is_negative(self) -> bool:
        return self.minor < 0

    def is_positive(self) -> bool:
        return self.minor > 0

    def __str__(self) -> str:
        return f"{self.to_decimal():.{self.digits}f} {self.currency}"

    def __repr__(self) -> str:
        return f"Money('{self.to_decimal():.{self.digits}f}', '{self.currency}')"

    # -- arithmetic ---------------------------------------------------------

    def _same(self, other: object) -> Money:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise CurrencyMismatch(f"{self.currency} and {other.currency} cannot be combined")
        return other

    def __add__(self, other: Money) -> Money:
        return Money(self.minor + self._same(other).minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        return Money(self.minor - self._same(other).minor, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.minor, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.minor), self.currency)

    def __lt__(self, other: Money) -> bool:
        return self.minor < self._same(other).minor

    def __le__(self, other: Money) -> bool:
        return self.minor <= self._same(other).minor

    def __gt__(self, other: Money) -> bool:
        return self.minor > self._same(other).minor

    def __ge__(self, other: Money) -> bool:
        return self.minor >= self._same(other).minor

    def __mul__(self, other: object) -> Money:
        # Multiplying by an int is exact; a rate must go through times() so
        # that its rounding is spelled out where it happens.
        if isinstance(other, bool) or not isinstance(other, int):
            raise TypeError("multiply Money by an int, or use .times(rate) to round explicitly")
        return Money(self.minor * other, self.currency)

    __rmul__ = __mul__

    def times(self, rate: Decimal | int | str, rounding: str = HALF_UP) -> Money:
        """This amount times a rate, rounded to the minor unit (half-up by default)."""
        if isinstance(rate, float):
            raise TypeError("rates are Decimal or str, never float")
        rate = Decimal(rate)
        with localcontext() as ctx:
            ctx.prec = 60
            product = Decimal(self.minor) * rate
            return Money(int(product.quantize(Decimal(1), rounding=rounding)), self.currency)

    def allocate(self, weights: Iterable[int | Decimal | str]) -> list[Money]:
        """Split by weights so that the parts add up to this amount exactly.

        Largest-remainder method: each part gets its floor share and the
        minor units left over go to the largest remainders (earliest first on
        ties), so no minor unit is lost or invented.
        """
        ws = []
        for w in weights:
            if isinstance(w, float):
                raise TypeError("weights are int or Decimal, never float")
            ws.append(Decimal(w))
        if not ws:
            raise ValueError("allocate needs at least one weight")
        if any(w < 0 for w in ws):
            raise ValueError("weights cannot be negative")
        total = sum(ws)
        if total == 0:
            raise ValueError("weights cannot all be zero")
        sign = -1 if self.minor < 0 else 1
        units = abs(self.minor)
        with localcontext() as ctx:
            ctx.prec = 60
            exact = [Decimal(units) * w / total for w in ws]
        parts = [int(e) for e in exact]  # floor: all non-negative
        left = units - sum(parts)
        order = sorted(range(len(ws)), key=lambda i: (-(exact[i] - parts[i]), i))
        for i in order[:left]:
            parts[i] += 1
        return [Money(sign * p, self.currency) for p in parts]


def total(amounts: Iterable[Money], currency: str) -> Money:
    """Sum of amounts in one currency (zero when there are none)."""
    result = Money.zero(currency)
    for a in amounts:
        result = result + a
    return result


# -- what a clerk types -----------------------------------------------------

# The locale's decimal mark decides the one ambiguous case, a single mark
# followed by three digits: grouping when the mark is not the locale's decimal
# mark, a (refused) third decimal when it is.
_COMMA_DECIMAL_LANGS = {"ru", "de", "fr", "es", "it", "pt", "uk", "pl", "cs", "nl", "tr"}
_SPACES = "\u00a0\u202f\u2009 '_\u3000"


def decimal_mark(locale: str) -> str:
    return "," if locale.replace("-", "_").split("_")[0].lower() in _COMMA_DECIMAL_LANGS else "."


def parse_amount(text: str, currency: str, locale: str = "en") -> Money:
    """Read an amount as a clerk types it at the counter.

    Accepts full-width digits and punctuation from a Japanese keyboard,
    grouping by spaces, apostrophes, commas or dots, either decimal mark
    (the locale's own is preferred when the text is ambiguous), a currency
    sign or code around the number, and a leading minus.
    Raises ValidationError with a message a clerk understands.
    """
    original = text
    # NFKC folds full-width digits, '，', '．', '－' and the ideographic space.
    text = unicodedata.normalize("NFKC", text or "").strip()
    text = text.replace("\u2212", "-")
    # Drop currency signs and codes the clerk may have typed along.
    text = re.sub(r"(?i)(jpy|cny|rub|usd|eur|rmb|руб\.?|р\.|円|元|[¥￥$€₽])", "", text).strip()
    if not text:
        raise ValidationError.single("amount", "Enter an amount.")
    negative = text.startswith("-")
    if negative:
        text = text[1:].strip()
    for ch in _SPACES:
        text = text.replace(ch, "")
    if not re.fullmatch(r"[0-9.,]+", text):
        raise ValidationError.single("amount", "“{text}” is not an amount.", text=original)
    digits = minor_digits(currency)
    own_mark = decimal_mark(locale)
    marks = [c for c in text if c in ".,"]
    if not marks:
        whole, frac = text, ""
    else:
        last = max(text.rfind("."), text.rfind(","))
        last_mark = text[last]
        tail = text[last + 1:]
        others = set(marks[:-1])
        if others and last_mark in others:
            # "1,234,567" or "1.234.567": one mark used throughout is grouping.
            if len(others | {last_mark}) == 1:
                whole, frac = text, ""
            else:
                raise ValidationError.single("amount", "“{text}” mixes separators.", text=original)
        elif others:
            # "1,234.56" or "1.234,56": the last, different mark is decimal.
            whole, frac = text[:last], tail
        elif len(tail) == 3 and (last_mark != own_mark or digits == 0):
            # "1,000" in English or "1.000" in Russian: a thousands group.
            # ("1,000" typed in Russian is refused below: three decimals.)
            whole, frac = text, ""
        else:
            whole, frac = text[:last], tail
        whole = whole.replace(".", "").replace(",", "")
        if whole == "":
            whole = "0"
    if not whole.isdigit() or (frac and not frac.isdigit()):
        raise ValidationError.single("amount", "“{text}” is not an amount.", text=original)
    if len(frac) > digits:
        if digits == 0:
            raise ValidationError.single("amount", "{currency} has no fractional unit: “{text}”.",
                                         currency=currency, text=original)
        raise ValidationError.single(
            "amount", "{currency} has {digits} decimals at most: “{text}”.",
            currency=currency, digits=digits, text=original)
    if len(whole.lstrip("0")) > MAX_WHOLE_DIGITS:
        raise ValidationError.single("amount", "“{text}” is too large for an amount.",
                                     text=original)
    value = Decimal(f"{whole}.{frac or '0'}")
    money = Money.of(value, currency)
    return -money if negative else money


def _babel_locale(locale: str) -> str:
    """A locale name babel knows; the C/POSIX locale of a bare system reads as English."""
    from babel import Locale, UnknownLocaleError

    name = (locale or "").replace("-", "_")
    try:
        return str(Locale.parse(name)) if name not in ("", "C", "POSIX") else "en"
    except (UnknownLocaleError, ValueError):
        return "en"


def format_money(money: Money, locale: str = "en", with_symbol: bool = True) -> str:
    """Format for display and print in the given locale (babel's CLDR data)."""
    from babel.numbers import format_currency, format_decimal

    loc = _babel_locale(locale)
    with localcontext() as ctx:
        ctx.prec = 60  # babel rounds in the current context: keep every digit
        if with_symbol:
            return format_currency(money.to_decimal(), money.currency, locale=loc)
        fmt = "#,##0" + ("." + "0" * money.digits if money.digits else "")
        return format_decimal(money.to_decimal(), format=fmt, locale=loc)
