"""Money: integer minor units, exact arithmetic, and amounts as clerks type and read them."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.money import (
    MINOR_DIGITS,
    CurrencyMismatch,
    Money,
    format_money,
    parse_amount,
    total,
)

CURRENCIES = ("JPY", "CNY", "RUB", "USD", "EUR")
NBSP = "\u00a0"


def usd(amount: str) -> Money:
    return Money.of(amount, "USD")


def jpy(amount: int) -> Money:
    return Money.of(amount, "JPY")


# -- construction -----------------------------------------------------------------


def test_currencies_the_desk_deals_in_and_their_minor_units():
    assert MINOR_DIGITS == {"JPY": 0, "CNY": 2, "RUB": 2, "USD": 2, "EUR": 2}
    # The minor unit follows the currency: 1 yen is 1 unit, 1 rouble is 100 kopecks.
    assert Money.of(1, "JPY").minor == 1
    for currency in ("CNY", "RUB", "USD", "EUR"):
        assert Money.of(1, currency).minor == 100


def test_built_from_str_int_and_decimal():
    assert Money.of("1234.56", "RUB") == Money(123_456, "RUB")
    assert Money.of(" 1234.56 ", "RUB") == Money(123_456, "RUB")  # stray spaces from a paste
    assert Money.of(1_200_000, "JPY") == Money(1_200_000, "JPY")
    assert Money.of(15, "USD") == Money(1_500, "USD")  # an int is whole major units
    assert Money.of(Decimal("0.07"), "CNY") == Money(7, "CNY")
    assert Money.of("-3.10", "EUR") == Money(-310, "EUR")
    # Trailing zeros beyond the minor unit are still exact.
    assert Money.of("5.000", "USD") == Money(500, "USD")
    assert Money.of(Decimal("1200.0"), "JPY") == Money(1200, "JPY")


@pytest.mark.parametrize(
    "build",
    [
        lambda: Money.of(1.5, "USD"),
        lambda: Money(150.0, "USD"),
        lambda: Money.from_decimal(1.5, "USD"),
        lambda: usd("10.00").times(0.5),
        lambda: usd("10.00").allocate([1, 0.5]),
        lambda: usd("10.00") * 1.5,
    ],
    ids=["of", "constructor", "from_decimal", "times", "allocate", "multiply"],
)
def test_a_float_is_refused_everywhere(build):
    with pytest.raises(TypeError):
        build()


def test_booleans_are_not_amounts():
    with pytest.raises(TypeError):
        Money(True, "USD")
    with pytest.raises(TypeError):
        Money.of(True, "USD")
    with pytest.raises(TypeError):
        usd("1.00") * True


@pytest.mark.parametrize(
    "amount, currency",
    [("1.5", "JPY"), (Decimal("0.1"), "JPY"), ("1.005", "USD"), ("0.001", "EUR"), ("99.999", "RUB")],
)
def test_more_decimals_than_the_currency_has_are_refused(amount, currency):
    # Money.of never rounds silently: half a yen or a tenth of a cent does not exist.
    with pytest.raises(ValueError):
        Money.of(amount, currency)


def test_rounding_to_the_currency_is_explicit_with_from_decimal():
    assert Money.from_decimal(Decimal("1.005"), "USD") == usd("1.01")  # half-up
    assert Money.from_decimal(Decimal("1.005"), "USD", ROUND_HALF_EVEN) == usd("1.00")
    assert Money.from_decimal(Decimal("2.5"), "JPY") == jpy(3)


@pytest.mark.parametrize("amount", ["abc", "", "NaN", "Infinity", "1,5"])
def test_text_that_is_not_a_number_is_refused(amount):
    with pytest.raises(ValueError):
        Money.of(amount, "USD")


@pytest.mark.parametrize("currency", ["GBP", "jpy", "", "RUR"])
def test_unsupported_currency_is_refused(currency):
    with pytest.raises(ValueError):
        Money(100, currency)
    with pytest.raises(ValueError):
        Money.of("1", currency)
    with pytest.raises(ValueError):
        parse_amount("1", currency)


def test_very_long_amounts_stay_exact():
    # 30 significant digits: more than Decimal's default 28-digit context.
    m = Money.of(Decimal("1234567890123456789012345678.91"), "USD")
    assert m.minor == 123456789012345678901234567891
    # the same amount typed as a string, added to, and multiplied by one
    assert Money.of("1234567890123456789012345678.91", "USD") == m
    assert (m + usd("0.09")).minor == 123456789012345678901234567900
    assert m.times("1") == m
    # ...while a cent too many is still caught at that length.
    with pytest.raises(ValueError):
        Money.of("1234567890123456789012345678.911", "USD")


def test_very_long_amounts_read_back_exactly():
    m = Money.of(Decimal("1234567890123456789012345678.91"), "USD")
    assert m.to_decimal() == Decimal("1234567890123456789012345678.91")
    assert str(m) == "1234567890123456789012345678.91 USD"


def test_str_and_repr_show_the_exact_amount():
    assert str(Money(123_456, "RUB")) == "1234.56 RUB"
    assert str(Money(-5, "USD")) == "-0.05 USD"
    assert str(Money(1_200_000, "JPY")) == "1200000 JPY"
    assert repr(Money(7, "CNY")) == "Money('0.07', 'CNY')"


# -- arithmetic -------------------------------------------------------------------


def test_add_subtract_negate_within_a_currency():
    assert usd("10.10") + usd("0.95") == usd("11.05")
    assert usd("10.10") - usd("10.15") == usd("-0.05")
    assert -usd("3.00") == usd("-3.00")
    assert abs(usd("-3.00")) == usd("3.00")
    assert usd("0.10") < usd("0.11") <= usd("0.11") and usd("1") > usd("0.99") >= usd("0.99")


@pytest.mark.parametrize(
    "combine",
    [
        lambda a, b: a + b,
        lambda a, b: a - b,
        lambda a, b: a < b,
        lambda a, b: a <= b,
        lambda a, b: a > b,
        lambda a, b: a >= b,
    ],
    ids=["add", "subtract", "lt", "le", "gt", "ge"],
)
def test_different_currencies_never_combine(combine):
    with pytest.raises(CurrencyMismatch):
        combine(Money(100, "USD"), Money(100, "EUR"))
    with pytest.raises(CurrencyMismatch):
        combine(Money(100, "RUB"), Money(1, "JPY"))


def test_same_number_of_minor_units_in_two_currencies_is_not_equal():
    assert Money(100, "USD") != Money(100, "EUR")


def test_total_sums_one_currency_and_refuses_a_mix():
    assert total([], "JPY") == jpy(0)
    assert total([usd("0.10"), usd("0.20"), usd("-0.05")], "USD") == usd("0.25")
    with pytest.raises(CurrencyMismatch):
        total([usd("1.00"), Money.of("1.00", "EUR")], "USD")


def test_multiplying_by_an_int_is_exact():
    assert usd("33.33") * 3 == usd("99.99")
    assert 12 * jpy(21_244) == jpy(254_928)
    assert usd("-0.01") * 1_000_000 == usd("-10000.00")


def test_multiplying_by_a_rate_needs_times():
    with pytest.raises(TypeError):
        usd("10.00") * Decimal("0.5")
    with pytest.raises(TypeError):
        usd("10.00") * "2"


def test_times_rounds_half_up_by_default():
    # 1 yen × 0.5 = 0.5 yen -> 1 yen
    assert jpy(1).times("0.5") == jpy(1)
    # 5 yen × 0.5 = 2.5 yen -> 3 (not banker's 2)
    assert jpy(5).times(Decimal("0.5")) == jpy(3)
    # ROUND_HALF_UP rounds ties away from zero: -2.5 yen -> -3, -0.5 yen -> -1
    assert jpy(-5).times("0.5") == jpy(-3)
    assert jpy(-1).times("0.5") == jpy(-1)
    # 10.01 USD × 0.5 = 500.5 cents -> 501 cents = 5.01
    assert usd("10.01").times("0.5") == usd("5.01")
    # A day's interest: 1,200,000 × 0.024 / 365 = 78.904... -> 79 yen
    assert jpy(1_200_000).times(Decimal("0.024") / 365) == jpy(79)
    # Below the half rounds toward zero: 7 × 0.3 = 2.1 -> 2; -7 × 0.3 = -2.1 -> -2
    assert jpy(7).times("0.3") == jpy(2)
    assert jpy(-7).times("0.3") == jpy(-2)


def test_times_with_an_int_rate_is_exact():
    assert usd("12.34").times(3) == usd("37.02")


def test_times_other_rounding_modes_are_explicit():
    # 5 yen × 0.5 = 2.5
    assert jpy(5).times("0.5", rounding=ROUND_HALF_EVEN) == jpy(2)
    assert jpy(7).times("0.5", rounding=ROUND_HALF_EVEN) == jpy(4)  # 3.5 -> 4
    # 10 yen × 0.19 = 1.9
    assert jpy(10).times("0.19", rounding=ROUND_DOWN) == jpy(1)
    # 10 yen × 0.11 = 1.1
    assert jpy(10).times("0.11", rounding=ROUND_UP) == jpy(2)
    assert jpy(-10).times("0.11", rounding=ROUND_UP) == jpy(-2)


# -- allocate ---------------------------------------------------------------------


def test_allocate_in_thirds_gives_the_odd_cent_to_the_first_part():
    # 10,000 cents / 3 = 3,333.33...: floors 3,333 × 3 = 9,999, one cent left -> first
    parts = usd("100.00").allocate([1, 1, 1])
    assert parts == [usd("33.34"), usd("33.33"), usd("33.33")]
    assert total(parts, "USD") == usd("100.00")


def test_allocate_by_decimal_weights():
    # 10 yen by 1.5 : 1.5 : 1 (total 4): exact 3.75, 3.75, 2.5; floors 3 + 3 + 2 = 8;
    # the 2 yen left go to the two largest remainders (0.75, 0.75) -> 4, 4, 2
    assert jpy(10).allocate([Decimal("1.5"), Decimal("1.5"), Decimal("1")]) == [jpy(4), jpy(4), jpy(2)]
    # A 70 / 30 split given as strings: 1,000.01 RUB = 100,001 kopecks;
    # exact 70,000.7 and 30,000.3 -> 70,000 + 30,000 + the 1 left to the larger remainder
    rub = Money.of("1000.01", "RUB")
    assert rub.allocate(["0.7", "0.3"]) == [Money.of("700.01", "RUB"), Money.of("300.00", "RUB")]


def test_allocate_a_negative_amount_mirrors_the_positive_one():
    parts = usd("-100.00").allocate([1, 1, 1])
    assert parts == [usd("-33.34"), usd("-33.33"), usd("-33.33")]
    assert total(parts, "USD") == usd("-100.00")


def test_allocate_with_a_zero_weight_gives_that_part_nothing():
    assert jpy(1_000).allocate([0, 1, 3]) == [jpy(0), jpy(250), jpy(750)]


@pytest.mark.parametrize("weights", [[0, 0, 0], [], [1, -1, 1]], ids=["all-zero", "none", "negative"])
def test_allocate_refuses_weights_that_split_nothing(weights):
    with pytest.raises(ValueError):
        usd("100.00").allocate(weights)


@settings(max_examples=300)
@given(
    minor=st.integers(min_value=-(10**15), max_value=10**15),
    currency=st.sampled_from(CURRENCIES),
    weights=st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=12).filter(any),
)
def test_allocate_parts_sum_exactly_and_stay_within_a_minor_unit(minor, currency, weights):
    amount = Money(minor, currency)
    parts = amount.allocate(weights)
    assert len(parts) == len(weights)
    assert all(p.currency == currency for p in parts)
    assert sum(p.minor for p in parts) == minor
    for part, weight in zip(parts, weights):
        exact = Fraction(minor * weight, sum(weights))
        assert abs(part.minor - exact) < 1


# -- parse_amount -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, currency, locale, expected",
    [
        # Japanese keyboard: full-width digits and comma
        ("１，２００，０００", "JPY", "ja", "1200000"),
        ("1,200,000", "JPY", "ja", "1200000"),
        # Russian: space grouping, decimal comma
        ("1 234,56", "RUB", "ru", "1234.56"),
        ("1\u00a0234,56", "RUB", "ru", "1234.56"),
        # German style for euros, English style for dollars
        ("1.234,56", "EUR", "de", "1234.56"),
        ("1,234.56", "USD", "en", "1234.56"),
        # One mark and three digits: grouping unless it is the locale's decimal mark
        ("1,000", "USD", "en", "1000.00"),
        ("1.000", "RUB", "ru", "1000.00"),
        ("1,000", "JPY", "ru", "1000"),  # yen has no decimals, so it can only be grouping
        # A decimal mark that is unambiguous (not three digits after it)
        ("1,5", "USD", "en", "1.50"),
        ("12.5", "RUB", "ru", "12.50"),
        # Currency signs and words typed along with the number
        ("¥3,000", "JPY", "ja", "3000"),
        ("￥3,000", "JPY", "ja", "3000"),
        ("3000円", "JPY", "ja", "3000"),
        ("₽ 150 000", "RUB", "ru", "150000.00"),
        ("150 000 руб.", "RUB", "ru", "150000.00"),
        ("$12.50", "USD", "en", "12.50"),
        ("12,50 €", "EUR", "ru", "12.50"),
        ("USD 7", "USD", "en", "7.00"),
        ("88元", "CNY", "zh_CN", "88.00"),
        # Signs
        ("-1,5", "RUB", "ru", "-1.50"),
        ("\u22121 000", "RUB", "ru", "-1000.00"),  # the typographic minus
        ("－５００", "JPY", "ja", "-500"),  # full-width minus
        ("-¥3,000", "JPY", "ja", "-3000"),
    ],
)
def test_parse_amount_reads_what_clerks_type(text, currency, locale, expected):
    assert parse_amount(text, currency, locale) == Money.of(expected, currency)


@pytest.mark.parametrize(
    "text, currency, locale",
    [
        ("1,000", "RUB", "ru"),  # in Russian the comma is decimal: three decimals
        ("1.005", "USD", "en"),
        ("1.5", "JPY", "ja"),  # no fractional yen
        ("１．５", "JPY", "ja"),
        ("abc", "USD", "en"),
        ("1,2.3,4", "USD", "en"),  # mixed separators
        ("12a", "USD", "en"),
        ("--5", "USD", "en"),
        ("5-", "USD", "en"),
    ],
)
def test_parse_amount_refuses_what_is_not_an_exact_amount(text, currency, locale):
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, currency, locale)
    assert caught.value.fields == ("amount",)
    assert caught.value.for_field("amount")


@pytest.mark.parametrize("text", ["", "   ", "\u3000", "¥", "円"])
def test_parse_amount_asks_for_an_amount_when_there_is_none(text):
    with pytest.raises(ValidationError) as caught:
        parse_amount(text, "JPY", "ja")
    assert caught.value.fields == ("amount",)
    assert caught.value.for_field("amount") == "Enter an amount."


def test_parse_amount_names_the_currency_when_it_has_no_fraction():
    with pytest.raises(ValidationError) as caught:
        parse_amount("1.5", "JPY", "ja")
    assert "JPY" in caught.value.for_field("amount")


# -- format_money -----------------------------------------------------------------


@pytest.mark.parametrize(
    "money, locale, expected",
    [
        # An American clerk: $ in front, comma grouping, dot decimal
        (Money.of("805575.89", "USD"), "en", "$805,575.89"),
        # A Japanese clerk: the full-width yen sign, comma grouping, no decimals
        (Money.of(1_200_000, "JPY"), "ja", "￥1,200,000"),
        # A Russian clerk: no-break space grouping, decimal comma, ₽ after a no-break space
        (Money.of("805575.89", "RUB"), "ru", f"805{NBSP}575,89{NBSP}₽"),
        (Money.of("-805575.89", "RUB"), "ru", f"-805{NBSP}575,89{NBSP}₽"),
        # A Chinese clerk: ¥ in front for yuan, comma grouping, two decimals
        (Money.of("805575.89", "CNY"), "zh_CN", "¥805,575.89"),
    ],
)
def test_format_money_looks_local(money, locale, expected):
    assert format_money(money, locale) == expected


def test_format_money_without_symbol_keeps_the_minor_digits():
    assert format_money(Money.of(1_200_000, "JPY"), "ja", with_symbol=False) == "1,200,000"
    assert format_money(Money.of("5", "USD"), "en", with_symbol=False) == "5.00"
    assert format_money(Money.of("0.05", "RUB"), "ru", with_symbol=False) == "0,05"
    assert format_money(Money.of(1_200_000, "JPY"), "ru", with_symbol=False) == f"1{NBSP}200{NBSP}000"
    assert format_money(Money.of("805575.89", "CNY"), "zh-CN", with_symbol=False) == "805,575.89"


@settings(max_examples=300, deadline=None)
@given(
    minor=st.integers(min_value=-(10**15) + 1, max_value=10**15 - 1),  # what a clerk may type
    currency=st.sampled_from(CURRENCIES),
    locale=st.sampled_from(["en", "ja", "ru", "zh_CN", "en_US", "ja_JP", "ru_RU"]),
)
def test_what_is_shown_reads_back_as_the_same_amount(minor, currency, locale):
    money = Money(minor, currency)
    shown = format_money(money, locale, with_symbol=False)
    assert parse_amount(shown, currency, locale) == money


def test_a_long_amount_is_shown_exactly_and_a_typing_slip_is_refused():
    money = Money.of(Decimal("1234567890123456789012345678.91"), "USD")
    assert format_money(money, "en", with_symbol=False) == "1,234,567,890,123,456,789,012,345,678.91"
    # What a clerk types is capped at 15 whole digits: a longer number is a slip.
    assert parse_amount("999,999,999,999,999", "JPY", "ja").minor == 999_999_999_999_999
    with pytest.raises(ValidationError) as e:
        parse_amount("1234567890123456789012345678.91", "USD", "en")
    assert e.value.fields == ("amount",)
