"""Dates and interest rates as clerks type them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.dates import parse_date
from desktop.domain.errors import ValidationError
from desktop.domain.rates import format_percent, parse_percent

# -- dates --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2026-04-12",  # ISO
        " 2026-04-12 ",
        "2026-4-12",
        "2026/4/12",  # Japanese
        "2026/04/12",
        "2026年4月12日",
        "２０２６年４月１２日",  # full-width digits from a Japanese keyboard
        "２０２６／０４／１２",
        "12.04.2026",  # Russian
        "12.4.2026",
        "20260412",  # compact, as on some printed forms
    ],
)
def test_parse_date_reads_the_formats_clerks_type(text):
    assert parse_date(text) == date(2026, 4, 12)


def test_parse_date_reads_the_day_first_in_the_russian_form():
    # 01.02.2026 is 1 February, not 2 January.
    assert parse_date("01.02.2026") == date(2026, 2, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-30",  # no such day
        "30.02.2026",
        "2025-02-29",  # not a leap year
        "2026-13-01",
        "tomorrow",
        "",
        "   ",
        "04/12/2026",  # American order is ambiguous: refused, not guessed
        "12.04.26",  # a two-digit year is refused, not guessed
        "2026-04",
        "2026-04-12T09:00",
    ],
)
def test_parse_date_refuses_what_is_not_a_calendar_date(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text)
    assert caught.value.fields == ("date",)
    assert caught.value.for_field("date")


def test_parse_date_accepts_29_february_in_a_leap_year():
    assert parse_date("29.02.2024") == date(2024, 2, 29)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)))
def test_every_form_of_a_date_reads_back_as_that_date(day):
    assert parse_date(day.isoformat()) == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}") == day
    assert parse_date(f"{day.year}年{day.month}月{day.day}日") == day
    assert parse_date(day.strftime("%d.%m.%Y")) == day
    assert parse_date(day.strftime("%Y%m%d")) == day


# -- interest rates -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, rate",
    [
        ("2.4", "0.024"),
        ("2,4 %", "0.024"),  # Russian decimal comma and a percent sign
        ("２．４％", "0.024"),  # full-width
        ("2.4%", "0.024"),
        (" 14.6 ", "0.146"),
        ("0", "0"),
        ("100", "1"),
        ("0.01", "0.0001"),
    ],
)
def test_parse_percent_gives_a_decimal_fraction(text, rate):
    parsed = parse_percent(text)
    assert type(parsed) is Decimal  # never a float
    assert parsed == Decimal(rate)


@pytest.mark.parametrize("text", ["-1", "-0.1", "100.01", "101", "abc", "2.4.1", "NaN", "Infinity"])
def test_parse_percent_refuses_what_is_not_a_rate(text):
    with pytest.raises(ValidationError) as caught:
        parse_percent(text)
    assert caught.value.fields == ("annual_rate",)


@pytest.mark.parametrize("text", ["", "  ", "%"])
def test_parse_percent_asks_for_a_rate_when_there_is_none(text):
    with pytest.raises(ValidationError) as caught:
        parse_percent(text)
    assert caught.value.fields == ("annual_rate",)
    assert caught.value.for_field("annual_rate") == "Enter the rate in percent per year."


def test_parse_percent_names_the_field_it_was_given():
    with pytest.raises(ValidationError) as caught:
        parse_percent("abc", field="penalty_rate")
    assert caught.value.fields == ("penalty_rate",)


@pytest.mark.parametrize(
    "rate, text",
    [
        ("0.024", "2.4"),
        ("0.0240", "2.4"),  # no trailing zeros
        ("0.1", "10"),  # no exponent (10, not 1E+1)
        ("1", "100"),
        ("0", "0"),
        ("0.146", "14.6"),
        ("0.00005", "0.005"),
    ],
)
def test_format_percent(rate, text):
    assert format_percent(Decimal(rate)) == text


@given(st.integers(min_value=0, max_value=100_000_000))
def test_a_shown_rate_reads_back_as_the_same_rate(n):
    # Rates from 0 to 100 % in steps of 0.000001 % (2.4 % is n = 2_400_000).
    rate = Decimal(n).scaleb(-8)
    assert parse_percent(format_percent(rate)) == rate
