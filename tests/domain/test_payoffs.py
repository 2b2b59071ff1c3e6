"""Which payoff figure the desk uses on a day: the lender's letter or the
desk's estimate, extended letters, the gap between the two."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.loans import PayoffQuote
from desktop.domain.money import Money
from desktop.domain.payoffs import (
    LenderQuote,
    PayoffSource,
    current_letter,
    payoff_on,
    validate_lender_quote,
)

TOLERANCE = Money(1_000, "JPY")


def jpy(minor: int) -> Money:
    return Money(minor, "JPY")


def estimate(on: date) -> PayoffQuote:
    # The desk's own figure: 1,480,000 principal + 2,014 accrued interest
    # = 1,482,014 JPY, and 199 JPY a day after that.
    return PayoffQuote(
        good_through=on, last_due_date=date(2026, 10, 27), principal_outstanding=jpy(1_480_000),
        accrued_interest=jpy(2_014), past_due=jpy(0), penalty_interest=jpy(0), fees=jpy(0),
        prepayment_compensation=jpy(0), per_diem=jpy(199),
    )


def letter(**changes) -> LenderQuote:
    base = dict(
        id="q1", loan_id="loan1", reference="TF-2026-0456", amount=jpy(1_482_500),
        good_through=date(2026, 11, 25), per_diem=jpy(200), received_on=date(2026, 11, 18),
        received_by="sato",
    )
    return LenderQuote(**{**base, **changes})


def test_without_a_letter_the_estimate_is_used():
    on = date(2026, 11, 20)
    figure = payoff_on(estimate(on), [], on, TOLERANCE)
    assert figure.source is PayoffSource.ESTIMATE
    assert figure.amount == jpy(1_482_014)  # 1,480,000 + 2,014
    assert figure.per_diem == jpy(199)
    assert figure.good_through == on
    assert figure.lender_quote is None
    assert figure.gap is None and not figure.gap_exceeds_tolerance
    assert figure.days_extended == 0
    assert figure.warnings == ()


def test_a_valid_letter_outranks_the_estimate():
    on = date(2026, 11, 20)
    figure = payoff_on(estimate(on), [letter()], on, TOLERANCE)
    assert figure.source is PayoffSource.LENDER_QUOTE
    assert figure.amount == jpy(1_482_500)  # the letter, good through 11-25: no per diem
    assert figure.per_diem == jpy(200)
    assert figure.good_through == date(2026, 11, 25)
    assert figure.lender_quote == letter()
    assert figure.days_extended == 0
    assert figure.gap == jpy(486)  # 1,482,500 − 1,482,014
    assert not figure.gap_exceeds_tolerance
    assert figure.warnings == ()


def test_the_letter_on_its_good_through_day_is_not_extended():
    on = date(2026, 11, 25)
    figure = payoff_on(estimate(on), [letter()], on, TOLERANCE)
    assert (figure.source, figure.days_extended, figure.amount) == (
        PayoffSource.LENDER_QUOTE, 0, jpy(1_482_500))


def test_an_expired_letter_is_extended_by_its_per_diem_with_a_warning():
    # Good through 11-25, used on 11-30: 5 days × 200 = 1,000 more,
    # 1,482,500 + 1,000 = 1,483,500.
    on = date(2026, 11, 30)
    est = estimate(on)
    figure = payoff_on(est, [letter()], on, TOLERANCE)
    assert figure.source is PayoffSource.EXTENDED_QUOTE
    assert figure.days_extended == 5
    assert figure.amount == jpy(1_483_500)
    assert figure.gap == jpy(1_483_500 - 1_482_014)  # 1,486: beyond 1,000
    assert figure.gap_exceeds_tolerance
    extended, gap = figure.warnings
    assert extended.values == {"reference": "TF-2026-0456", "good_through": date(2026, 11, 25),
                               "days": 5, "per_diem": jpy(200)}
    assert str(extended) == (
        "The lender's payoff letter TF-2026-0456 expired on 2026-11-25: extended by 5 days × "
        "200 JPY per diem. Ask the lender for a new letter before paying.")
    assert gap.values == {"gap": jpy(1_486)}
    assert "{" not in str(gap)


def test_a_letter_the_desk_did_not_yet_hold_on_the_day_is_ignored():
    # Received on 11-22: on 11-20 the desk had only its estimate.
    on = date(2026, 11, 20)
    late = letter(received_on=date(2026, 11, 22))
    assert current_letter([late], on) is None
    figure = payoff_on(estimate(on), [late], on, TOLERANCE)
    assert figure.source is PayoffSource.ESTIMATE
    assert figure.amount == jpy(1_482_014)
    # Held on the day it arrived.
    assert current_letter([late], date(2026, 11, 22)) == late


def test_the_newest_letter_wins():
    older = letter(id="old", reference="OLD", received_on=date(2026, 11, 2),
                   good_through=date(2026, 11, 30), amount=jpy(1_490_000))
    newer = letter(id="new", reference="NEW", received_on=date(2026, 11, 18),
                   good_through=date(2026, 11, 25))
    on = date(2026, 11, 20)
    # The later good-through date of the older letter does not make it win.
    assert current_letter([older, newer], on) == newer
    assert current_letter([newer, older], on) == newer
    assert payoff_on(estimate(on), [older, newer], on, TOLERANCE).lender_quote == newer
    # Two letters received the same day: the later-dated one.
    same_day = letter(id="same", reference="SAME", received_on=date(2026, 11, 18),
                      good_through=date(2026, 11, 28))
    assert current_letter([newer, same_day], on) == same_day
    # Before the newer letter arrived, the older one was the desk's.
    assert current_letter([older, newer], date(2026, 11, 10)) == older


@pytest.mark.parametrize(("amount", "exceeds"), [
    (1_483_014, False),  # 1,483,014 − 1,482,014 = 1,000: exactly the tolerance
    (1_483_015, True),   # 1,001 over the estimate
    (1_481_014, False),  # 1,000 under
    (1_481_013, True),   # 1,001 under: the gap is −1,001, its size counts
])
def test_the_gap_is_within_or_beyond_the_tolerance(amount, exceeds):
    on = date(2026, 11, 20)
    figure = payoff_on(estimate(on), [letter(amount=jpy(amount))], on, TOLERANCE)
    assert figure.gap == jpy(amount - 1_482_014)
    assert figure.gap_exceeds_tolerance is exceeds
    assert len(figure.warnings) == (1 if exceeds else 0)


def test_a_valid_letter_passes_validation():
    validate_lender_quote(letter(), "JPY", date(2026, 11, 20))
    # Good through the day it was received, with no per diem: still valid.
    validate_lender_quote(letter(good_through=date(2026, 11, 18), per_diem=jpy(0)), "JPY",
                          date(2026, 11, 18))


@pytest.mark.parametrize(("changes", "fields"), [
    ({"reference": "  "}, ("reference",)),
    ({"amount": Money(1_482_500, "RUB")}, ("amount",)),
    ({"per_diem": Money(200, "RUB")}, ("per_diem",)),
    ({"amount": jpy(0)}, ("amount",)),
    ({"per_diem": jpy(-1)}, ("per_diem",)),
    ({"received_on": date(2026, 11, 21), "good_through": date(2026, 11, 25)}, ("received_on",)),
    ({"good_through": date(2026, 11, 17)}, ("good_through",)),
    ({"reference": "", "amount": jpy(-5)}, ("reference", "amount")),
])
def test_each_problem_with_a_letter_names_its_field(changes, fields):
    with pytest.raises(ValidationError) as raised:
        validate_lender_quote(letter(**changes), "JPY", date(2026, 11, 20))
    assert raised.value.fields == fields


def test_a_letter_in_kopecks_is_extended_exactly():
    # 512,345.67 RUB good through 03-01, 123.45 a day, used 03-04:
    # 3 days × 123.45 = 370.35; 512,345.67 + 370.35 = 512,716.02.
    q = letter(amount=Money(51_234_567, "RUB"), per_diem=Money(12_345, "RUB"),
               good_through=date(2026, 3, 1), received_on=date(2026, 2, 20))
    assert q.days_past(date(2026, 3, 4)) == 3
    assert q.amount_on(date(2026, 3, 4)) == Money(51_271_602, "RUB")
    assert q.amount_on(date(2026, 2, 25)) == Money(51_234_567, "RUB")  # before: never less
