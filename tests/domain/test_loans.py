"""Loan arithmetic: schedules, the calculator, prepayment, arrears, payoff."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from desktop.domain.errors import ValidationError
from desktop.domain.money import MINOR_DIGITS, Money
from desktop.domain.loans import (
    ArrearsStatus,
    DayCount,
    LoanTerms,
    PaymentMade,
    PrepaymentMode,
    RepaymentMethod,
    Schedule,
    accrued_interest,
    arrears,
    build_schedule,
    due_dates,
    level_installment,
    payoff_quote,
    per_diem,
    prepay,
    solve_terms,
)

EI = RepaymentMethod.EQUAL_INSTALLMENT
EP = RepaymentMethod.EQUAL_PRINCIPAL


def jpy(amount: int) -> Money:
    return Money.of(amount, "JPY")


def rub(amount: str) -> Money:
    return Money.of(amount, "RUB")


def cny(amount: str) -> Money:
    return Money.of(amount, "CNY")


def annuity_oracle(principal: int, monthly_rate: Fraction, months: int, residual: int = 0) -> int:
    """The contract formula in exact rationals, rounded half-up to a whole unit."""
    growth = (1 + monthly_rate) ** months
    exact = (principal - residual / growth) * monthly_rate * growth / (growth - 1)
    return int(exact + Fraction(1, 2))  # positive: floor(x + ½) is half-up


def assert_rows_consistent(schedule: Schedule) -> None:
    rows = schedule.installments
    assert [row.number for row in rows] == list(range(1, len(rows) + 1))
    assert rows[0].opening_balance == schedule.terms.principal
    for before, after in zip(rows, rows[1:]):
        assert after.opening_balance == before.closing_balance
        assert after.due_date >= before.due_date
    for row in rows:
        assert row.payment == row.principal + row.interest
        assert row.closing_balance == row.opening_balance - row.principal
        assert not row.closing_balance.is_negative()
        assert not row.principal.is_negative() and not row.interest.is_negative()
    assert schedule.total_principal == schedule.terms.principal
    assert rows[-1].closing_balance.is_zero()


# The JPY loan of the worked example, disbursed so that it falls due on the 20th
# from 2026-02-20 to 2031-01-20.
JPY_TERMS = LoanTerms(jpy(1_200_000), Decimal("0.024"), 60, EI, date(2026, 1, 25))


# -- schedules ------------------------------------------------------------------


def test_equal_installments_worked_example_in_yen():
    schedule = build_schedule(JPY_TERMS)
    rows = schedule.installments
    # i = 0.024 / 12 = 0.002; (1.002)^60 = 1.127369...
    # A = 1,200,000 × 0.002 × 1.127369 / 0.127369 = 21,243.6 -> 21,244
    assert level_installment(jpy(1_200_000), Decimal("0.024"), 60) == jpy(21_244)
    assert annuity_oracle(1_200_000, Fraction(2, 1000), 60) == 21_244
    assert all(row.payment == jpy(21_244) for row in rows[:-1])
    # Row 1: interest 1,200,000 × 0.002 = 2,400; principal 21,244 − 2,400 = 18,844.
    assert (rows[0].interest, rows[0].principal) == (jpy(2_400), jpy(18_844))
    # The last row takes what is left: 21,201 of principal + 42 of interest.
    assert rows[-1].payment == jpy(21_243)
    # 59 × 21,244 + 21,243 − 1,200,000 = 74,639
    assert schedule.total_interest == jpy(74_639)
    assert schedule.total_payment == jpy(1_274_639)
    assert len(rows) == 60
    assert_rows_consistent(schedule)


def test_equal_principal_worked_example_in_yuan():
    terms = LoanTerms(cny("600000"), Decimal("0.031"), 240, EP, date(2026, 1, 25))
    rows = build_schedule(terms).installments
    # P/n = 600,000 / 240 = 2,500.00 a month.
    # 1st: 2,500.00 + 600,000 × 0.031 / 12 (= 1,550.00) = 4,050.00
    assert rows[0].payment == cny("4050.00")
    # 2nd: 2,500.00 + 597,500 × 0.031 / 12 (= 1,543.5416... -> 1,543.54) = 4,043.54
    assert rows[1].payment == cny("4043.54")
    # Last: 2,500.00 + 2,500 × 0.031 / 12 (= 6.458... -> 6.46)
    assert rows[-1].payment == cny("2506.46")
    assert_rows_consistent(build_schedule(terms))


def test_first_due_date_is_in_the_month_after_disbursement():
    assert due_dates(JPY_TERMS)[:2] == [date(2026, 2, 20), date(2026, 3, 20)]
    # Disbursed on the 10th, due on the 20th: still the next month, not this one.
    terms = LoanTerms(jpy(100_000), Decimal(0), 2, EI, date(2026, 1, 10))
    assert due_dates(terms) == [date(2026, 2, 20), date(2026, 3, 20)]
    # Disbursed in December: the first due date is in January of the next year.
    terms = LoanTerms(jpy(100_000), Decimal(0), 1, EI, date(2026, 12, 5))
    assert due_dates(terms) == [date(2027, 1, 20)]


def test_due_day_is_clamped_to_the_end_of_short_months():
    terms = LoanTerms(jpy(1_200_000), Decimal("0.01"), 4, EI, date(2026, 12, 31), due_day=31)
    assert due_dates(terms) == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30)]
    leap = LoanTerms(jpy(1_200_000), Decimal("0.01"), 1, EI, date(2028, 1, 31), due_day=31)
    assert due_dates(leap) == [date(2028, 2, 29)]
    # Clamping one month does not move the following ones.
    day_30 = LoanTerms(jpy(1_200_000), Decimal("0.01"), 2, EI, date(2027, 1, 15), due_day=30)
    assert due_dates(day_30) == [date(2027, 2, 28), date(2027, 3, 30)]


def test_bullet_pays_principal_and_all_interest_at_maturity():
    terms = LoanTerms(cny("100000"), Decimal("0.031"), 12, RepaymentMethod.BULLET, date(2026, 1, 25))
    (row,) = build_schedule(terms).installments
    assert row.due_date == date(2027, 1, 20)
    # 100,000 × 0.031 × 12/12 = 3,100.00
    assert (row.principal, row.interest, row.payment) == (cny("100000"), cny("3100.00"), cny("103100.00"))


def test_bullet_on_actual_days():
    terms = LoanTerms(cny("100000"), Decimal("0.031"), 6, RepaymentMethod.BULLET, date(2026, 1, 25),
                      day_count=DayCount.ACTUAL_365)
    (row,) = build_schedule(terms).installments
    # 2026-01-25 -> 2026-07-20 = 6 + 28 + 31 + 30 + 31 + 30 + 20 = 176 days
    # 100,000 × 0.031 × 176 / 365 = 1,494.794... -> 1,494.79
    assert row.due_date == date(2026, 7, 20)
    assert row.interest == cny("1494.79")


def test_bullet_is_only_for_a_year_or_less():
    with pytest.raises(ValidationError) as err:
        LoanTerms(cny("100000"), Decimal("0.031"), 13, RepaymentMethod.BULLET, date(2026, 1, 25))
    assert err.value.fields == ("method",)


def test_balloon_pays_the_residual_with_the_last_installment():
    terms = LoanTerms(jpy(3_000_000), Decimal("0.039"), 60, RepaymentMethod.BALLOON, date(2026, 3, 1),
                      due_day=27, residual=jpy(1_000_000))
    schedule = build_schedule(terms)
    rows = schedule.installments
    # i = 0.039 / 12 = 0.00325
    # A = (3,000,000 − 1,000,000 / 1.00325^60) × i × 1.00325^60 / (1.00325^60 − 1)
    level = annuity_oracle(3_000_000, Fraction(325, 100_000), 60, residual=1_000_000)
    assert level_installment(jpy(3_000_000), Decimal("0.039"), 60, residual=jpy(1_000_000)) == jpy(level)
    assert all(row.payment == jpy(level) for row in rows[:-1])
    # The last row pays one more installment plus the residual, give or take
    # the roundings of the 59 rows before it (under a yen each).
    last = rows[-1]
    assert last.opening_balance > jpy(1_000_000)
    assert abs(last.payment - jpy(level) - jpy(1_000_000)) <= jpy(59)
    assert_rows_consistent(schedule)


def test_zero_rate_loans():
    # 1,000,000 / 7 = 142,857.14...: six of 142,857 and the last 142,858.
    rows = build_schedule(LoanTerms(jpy(1_000_000), Decimal(0), 7, EI, date(2026, 1, 25))).installments
    assert [row.payment for row in rows] == [jpy(142_857)] * 6 + [jpy(142_858)]
    assert all(row.interest.is_zero() for row in rows)
    rows = build_schedule(LoanTerms(jpy(1_000_000), Decimal(0), 7, EP, date(2026, 1, 25))).installments
    assert [row.payment for row in rows] == [jpy(142_857)] * 6 + [jpy(142_858)]
    # (P − R) / n = (900,000 − 300,000) / 6 = 100,000, the residual on top at the end.
    balloon = LoanTerms(jpy(900_000), Decimal(0), 6, RepaymentMethod.BALLOON, date(2026, 1, 25),
                        residual=jpy(300_000))
    assert [row.payment for row in build_schedule(balloon).installments] == [jpy(100_000)] * 5 + [jpy(400_000)]
    assert level_installment(jpy(900_000), Decimal(0), 6, jpy(300_000)) == jpy(100_000)


def test_actual_days_interest_and_a_level_payment_that_amortises():
    terms = LoanTerms(cny("600000"), Decimal("0.031"), 240, EI, date(2026, 1, 25),
                      day_count=DayCount.ACTUAL_365)
    schedule = build_schedule(terms)
    rows = schedule.installments
    # 2026-01-25 -> 2026-02-20: 26 days; 600,000 × 0.031 × 26 / 365 = 1,324.931... -> 1,324.93
    assert rows[0].interest == cny("1324.93")
    # 2026-02-20 -> 2026-03-20: 28 days on the balance after row 1.
    expected = rows[1].opening_balance.to_decimal() * Decimal("0.031") * 28 / 365
    assert rows[1].interest == Money.from_decimal(expected, "CNY")
    # The level payment is the one that amortises on these actual days, so the
    # last row differs from it by the roundings only (about a fen a row at most).
    level = rows[0].payment
    assert all(row.payment == level for row in rows[:-1])
    assert abs(rows[-1].payment - level) <= cny("2.40")
    assert_rows_consistent(schedule)


def test_jpy_amounts_stay_whole_yen():
    terms = LoanTerms(jpy(987_654), Decimal("0.0375"), 37, EP, date(2026, 5, 31), due_day=31,
                      day_count=DayCount.ACTUAL_365)
    for row in build_schedule(terms).installments:
        for amount in (row.payment, row.principal, row.interest, row.closing_balance):
            assert amount.digits == 0 and amount.to_decimal() == amount.to_decimal().to_integral_value()


# -- validation -----------------------------------------------------------------


def test_terms_validation_names_every_bad_field():
    with pytest.raises(ValidationError) as err:
        LoanTerms(jpy(0), Decimal("-0.01"), 0, "weekly", datetime(2026, 1, 1, 9, 0), due_day=32,
                  day_count="actual_360", penalty_rate=Decimal("-1"))
    assert set(err.value.fields) == {"principal", "annual_rate", "term_months", "method", "disbursed_on",
                                     "due_day", "day_count", "penalty_rate"}
    with pytest.raises(ValidationError) as err:
        LoanTerms(jpy(1000), Decimal("0.01"), 601, EI, date(2026, 1, 1))
    assert err.value.fields == ("term_months",)


@pytest.mark.parametrize(
    ("method", "residual"),
    [
        (EI, jpy(100)),  # only a balloon has a residual
        (RepaymentMethod.BALLOON, None),  # a balloon needs one
        (RepaymentMethod.BALLOON, jpy(1_000)),  # not less than the loan
        (RepaymentMethod.BALLOON, jpy(0)),
        (RepaymentMethod.BALLOON, cny("100")),  # another currency
    ],
)
def test_residual_rules(method, residual):
    with pytest.raises(ValidationError) as err:
        LoanTerms(jpy(1_000), Decimal("0.01"), 12, method, date(2026, 1, 1), residual=residual)
    assert err.value.fields == ("residual",)


def test_floats_are_refused():
    with pytest.raises(ValidationError) as err:
        LoanTerms(jpy(1000), 0.024, 12, EI, date(2026, 1, 1), penalty_rate=0.1)
    assert err.value.fields == ("annual_rate", "penalty_rate")
    with pytest.raises(TypeError):
        Money.of(1000.0, "JPY")
    with pytest.raises(ValidationError):
        level_installment(jpy(1000), 0.024, 12)
    with pytest.raises(ValidationError):
        per_diem(jpy(1000), 0.024)
    with pytest.raises(ValidationError):
        accrued_interest(jpy(1000), 0.024, date(2026, 1, 1), date(2026, 2, 1))


def test_terms_read_back_from_storage_are_normalised():
    terms = LoanTerms(jpy(1000), "0.024", 12, "equal_principal", date(2026, 1, 1), day_count="actual_365")
    assert terms.method is EP and terms.day_count is DayCount.ACTUAL_365
    assert terms.annual_rate == Decimal("0.024") and isinstance(terms.annual_rate, Decimal)


# -- the loan calculator --------------------------------------------------------


def test_solve_each_missing_term_round_trips_the_yen_example():
    full = dict(principal=jpy(1_200_000), annual_rate=Decimal("0.024"), term_months=60, installment=jpy(21_244))

    assert solve_terms(**{**full, "installment": None}).installment == jpy(21_244)

    # 21,244 at 0.2 % a month for 60 months is worth 21,244 / 0.0177030... = 1,200,002
    # (the installment was rounded up from 21,243.6, so the present value is a little over).
    principal = solve_terms(**{**full, "principal": None}).principal
    assert principal == jpy(1_200_002)
    assert level_installment(principal, Decimal("0.024"), 60) == jpy(21_244)

    # 59 months would need more than 21,244 a month; 60 months need exactly that.
    assert solve_terms(**{**full, "term_months": None}).term_months == 60
    assert level_installment(jpy(1_200_000), Decimal("0.024"), 59) > jpy(21_244)

    # The rate at which 21,244 is the exact annuity: a hair above 2.4 %.
    rate = solve_terms(**{**full, "annual_rate": None}).annual_rate
    assert Decimal("0.024") < rate < Decimal("0.02401")
    assert level_installment(jpy(1_200_000), rate, 60) == jpy(21_244)


def test_solve_zero_rate_and_refusals():
    # 12 × 100,000 = 1,200,000: the rate that fits is zero.
    solved = solve_terms(principal=jpy(1_200_000), annual_rate=None, term_months=12, installment=jpy(100_000))
    assert solved.annual_rate == 0
    with pytest.raises(ValidationError) as err:  # less than the amount even at no interest
        solve_terms(principal=jpy(1_200_000), annual_rate=None, term_months=12, installment=jpy(99_999))
    assert err.value.fields == ("installment",)
    # 2,400 is exactly the month's interest on 1,200,000 at 0.2 %: it never repays.
    for installment in (jpy(2_400), jpy(2_500)):  # never, or not within 600 months
        with pytest.raises(ValidationError) as err:
            solve_terms(principal=jpy(1_200_000), annual_rate=Decimal("0.024"), term_months=None,
                        installment=installment)
        assert err.value.fields == ("installment",)
    with pytest.raises(ValidationError) as err:
        solve_terms(principal=jpy(1_200_000), annual_rate=None, term_months=None, installment=jpy(2_500))
    assert err.value.fields == ("terms",)


# -- partial prepayment ---------------------------------------------------------


def test_prepayment_lowering_the_installment():
    schedule = build_schedule(JPY_TERMS)
    result = prepay(schedule, date(2026, 7, 5), jpy(200_000), PrepaymentMode.LOWER_INSTALLMENT,
                    compensation_months_interest=1)
    rows = result.schedule.installments
    # Installments 1-5 (to 2026-06-20) stay; the balance then is 1,105,403.
    assert rows[:5] == schedule.installments[:5]
    assert rows[4].closing_balance == jpy(1_105_403)
    # Row 6 is the prepayment itself: 1,105,403 − 200,000 = 905,403.
    assert rows[5].prepayment and rows[5].due_date == date(2026, 7, 5)
    assert (rows[5].principal, rows[5].interest) == (jpy(200_000), jpy(0))
    assert rows[5].closing_balance == jpy(905_403)
    # Same 55 months left: 905,403 × 0.002 × 1.002^55 / (1.002^55 − 1) = 17,400
    assert annuity_oracle(905_403, Fraction(2, 1000), 55) == 17_400
    assert (result.new_installment, result.remaining_term) == (jpy(17_400), 55)
    # The next installment (2026-07-20) also carries the prepaid amount's interest
    # from 2026-06-20 to 2026-07-05, not capitalised: 200,000 × 0.002 × 15/30 = 200.
    # Its interest: 905,403 × 0.002 = 1,810.8 -> 1,811, + 200 = 2,011.
    assert (rows[6].interest, rows[6].payment) == (jpy(2_011), jpy(17_600))
    assert all(row.payment == jpy(17_400) for row in rows[7:-1])
    # One month's interest on the prepaid amount: 200,000 × 0.024 / 12 = 400.
    assert result.compensation == jpy(400)
    assert len(rows) == 5 + 1 + 55
    assert_rows_consistent(result.schedule)


def test_prepayment_shortening_the_term():
    result = prepay(build_schedule(JPY_TERMS), date(2026, 7, 5), jpy(200_000), PrepaymentMode.SHORTER_TERM,
                    compensation_months_interest=2)
    rows = result.schedule.installments
    # Same 21,244 a month on 905,403: n = −ln(1 − 905,403 × 0.002 / 21,244) / ln 1.002 = 44.6 -> 45 months.
    monthly = Fraction(2, 1000)
    assert annuity_oracle(905_403, monthly, 44) > 21_244 >= annuity_oracle(905_403, monthly, 45)
    assert (result.new_installment, result.remaining_term) == (jpy(21_244), 45)
    assert rows[6].payment == jpy(21_244 + 200)
    assert all(row.payment == jpy(21_244) for row in rows[7:-1])
    assert rows[-1].payment <= jpy(21_244) and rows[-1].due_date == date(2030, 3, 20)
    assert result.compensation == jpy(800)  # two months of 400
    assert_rows_consistent(result.schedule)


def test_prepayment_on_a_due_date_and_on_equal_principal():
    terms = LoanTerms(cny("600000"), Decimal("0.031"), 240, EP, date(2026, 1, 25))
    schedule = build_schedule(terms)
    # On 2026-03-20, installment 2 is kept; nothing accrued on the prepaid amount yet.
    lower = prepay(schedule, date(2026, 3, 20), cny("95000"), PrepaymentMode.LOWER_INSTALLMENT)
    rows = lower.schedule.installments
    # 600,000 − 2 × 2,500 − 95,000 = 500,000 over 238 months: 2,100.84 a month,
    # plus 500,000 × 0.031 / 12 = 1,291.67 of interest -> 3,392.51.
    assert rows[2].closing_balance == cny("500000.00")
    assert (rows[3].principal, rows[3].interest) == (cny("2100.84"), cny("1291.67"))
    assert (lower.new_installment, lower.remaining_term) == (cny("3392.51"), 238)
    # Keeping 2,500.00 of principal a month: 500,000 / 2,500 = 200 months.
    shorter = prepay(schedule, date(2026, 3, 20), cny("95000"), PrepaymentMode.SHORTER_TERM)
    assert shorter.remaining_term == 200
    assert shorter.schedule.installments[3].principal == cny("2500.00")
    for result in (lower, shorter):
        assert_rows_consistent(result.schedule)


def test_prepayment_refusals():
    schedule = build_schedule(JPY_TERMS)
    cases = [
        (date(2026, 7, 5), jpy(0), "amount"),
        (date(2026, 7, 5), jpy(1_105_403), "amount"),  # the whole balance: a payoff
        (date(2026, 7, 5), cny("100"), "amount"),
        (date(2026, 1, 1), jpy(1_000), "on"),  # before disbursement
        (date(2031, 1, 20), jpy(1_000), "on"),  # nothing due after the last date
    ]
    for on, amount, field in cases:
        with pytest.raises(ValidationError) as err:
            prepay(schedule, on, amount, PrepaymentMode.LOWER_INSTALLMENT)
        assert err.value.fields == (field,)
    once = prepay(schedule, date(2026, 7, 5), jpy(1_000), PrepaymentMode.LOWER_INSTALLMENT).schedule
    for on in (date(2026, 7, 10), date(2026, 7, 1)):  # same period again, or before the last one
        with pytest.raises(ValidationError) as err:
            prepay(once, on, jpy(1_000), PrepaymentMode.LOWER_INSTALLMENT)
        assert err.value.fields == ("on",)
    # In a later period it is fine, and the first prepayment stays in the schedule.
    twice = prepay(once, date(2026, 8, 1), jpy(1_000), PrepaymentMode.SHORTER_TERM).schedule
    assert sum(row.prepayment for row in twice.installments) == 2
    assert_rows_consistent(twice)


def test_balloon_prepayment_keeps_the_residual_and_the_term():
    terms = LoanTerms(jpy(3_000_000), Decimal("0.039"), 60, RepaymentMethod.BALLOON, date(2026, 3, 1),
                      residual=jpy(1_000_000))
    schedule = build_schedule(terms)
    with pytest.raises(ValidationError) as err:
        prepay(schedule, date(2026, 5, 1), jpy(100_000), PrepaymentMode.SHORTER_TERM)
    assert err.value.fields == ("mode",)
    with pytest.raises(ValidationError) as err:  # would go below the residual
        prepay(schedule, date(2026, 5, 1), jpy(2_000_000), PrepaymentMode.LOWER_INSTALLMENT)
    assert err.value.fields == ("amount",)
    result = prepay(schedule, date(2026, 5, 1), jpy(500_000), PrepaymentMode.LOWER_INSTALLMENT)
    assert result.schedule.installments[-1].principal > jpy(1_000_000)
    assert result.remaining_term == 59
    assert_rows_consistent(result.schedule)


# -- arrears --------------------------------------------------------------------

# JPY_TERMS: 21,244 due on the 20th from 2026-02-20.
DUE = due_dates(JPY_TERMS)


def paid(*pairs: tuple[date, int]) -> list[PaymentMade]:
    return [PaymentMade(day, jpy(amount)) for day, amount in pairs]


def test_current_borrower():
    schedule = build_schedule(JPY_TERMS)
    status = arrears(schedule, paid(*[(day, 21_244) for day in DUE[:5]]), date(2026, 7, 1))
    assert (status.installments_due, status.installments_paid_in_full) == (5, 5)
    assert status.arrears == jpy(0) and status.past_due == () and status.days_past_due == 0
    assert (status.consecutive_missed, status.cumulative_missed) == (0, 0)
    assert not status.is_callable()


def test_three_consecutive_missed_months_make_the_loan_callable():
    schedule = build_schedule(JPY_TERMS)
    payments = paid((date(2026, 2, 20), 21_244))  # then nothing for March, April, May
    status = arrears(schedule, payments, date(2026, 5, 21))
    assert [p.number for p in status.past_due] == [2, 3, 4]
    assert status.arrears == jpy(3 * 21_244)
    assert status.days_past_due == 62  # 2026-03-20 -> 2026-05-21
    assert (status.consecutive_missed, status.cumulative_missed) == (3, 3)
    assert status.is_callable()
    # On the due date itself the May installment is owed but not yet missed.
    on_due_day = arrears(schedule, payments, date(2026, 5, 20))
    assert on_due_day.arrears == jpy(3 * 21_244) and on_due_day.past_due[-1].days_past_due == 0
    assert on_due_day.consecutive_missed == 2 and not on_due_day.is_callable()


def test_late_payments_count_towards_six_cumulative():
    schedule = build_schedule(JPY_TERMS)
    # Each of the first six installments paid five days late: current now, but
    # six months were missed.
    payments = paid(*[(day + timedelta(days=5), 21_244) for day in DUE[:6]])
    status = arrears(schedule, payments, date(2026, 8, 1))
    assert status.arrears == jpy(0) and status.consecutive_missed == 0
    assert status.cumulative_missed == 6 and status.installments_paid_in_full == 6
    assert status.is_callable()
    assert not arrears(schedule, payments[:5], date(2026, 7, 19)).is_callable()  # five so far


def test_partial_payment_and_payments_after_the_date_are_ignored():
    schedule = build_schedule(JPY_TERMS)
    payments = paid((date(2026, 2, 20), 20_000), (date(2026, 3, 25), 50_000))
    status = arrears(schedule, payments, date(2026, 3, 1))
    assert status.past_due[0].amount_unpaid == jpy(1_244)
    assert status.cumulative_missed == 1 and status.installments_paid_in_full == 0
    # With the March payment, oldest first: 1,244 to #1 then 21,244 to #2
    # (both late), the rest 27,512 is an advance on #3.
    later = arrears(schedule, payments, date(2026, 3, 26))
    assert later.arrears == jpy(0) and later.cumulative_missed == 2
    assert later.advance == jpy(70_000 - 2 * 21_244)


def test_an_advance_keeps_the_next_installments_paid_on_time():
    schedule = build_schedule(JPY_TERMS)
    payments = paid((date(2026, 2, 20), 3 * 21_244))
    assert arrears(schedule, payments, date(2026, 2, 21)).advance == jpy(2 * 21_244)
    status = arrears(schedule, payments, date(2026, 4, 21))
    assert status.advance == jpy(0) and status.cumulative_missed == 0 and status.installments_paid_in_full == 3


def test_payments_must_be_in_the_loan_currency():
    with pytest.raises(ValidationError) as err:
        arrears(build_schedule(JPY_TERMS), [PaymentMade(date(2026, 2, 20), cny("100"))], date(2026, 3, 1))
    assert err.value.fields == ("payments",)


# -- payoff ---------------------------------------------------------------------


def test_per_diem_and_accrued_interest_rounded_once():
    balance = rub("800000.00")
    # 800,000 × 0.159 / 365 = 348.4931... -> 348.49
    assert per_diem(balance, Decimal("0.159")) == rub("348.49")
    # 800,000 × 0.159 × 16 / 365 = 5,575.890... -> 5,575.89 (not 348.49 × 16 = 5,575.84)
    assert accrued_interest(balance, Decimal("0.159"), date(2026, 9, 15), date(2026, 10, 1)) == rub("5575.89")
    assert accrued_interest(balance, Decimal("0.159"), date(2026, 10, 1), date(2026, 9, 15)) == rub("0.00")


# 1,000,000.00 RUB at 15.9 %, 10 months of 100,000.00 principal from 2026-08-15:
# after the 2026-09-15 installment 800,000.00 is left.
RUB_TERMS = LoanTerms(rub("1000000"), Decimal("0.159"), 10, EP, date(2026, 7, 10), due_day=15,
                      penalty_rate=Decimal("0.20"))
RUB_DUE = due_dates(RUB_TERMS)


def rub_paid(count: int) -> list[PaymentMade]:
    rows = build_schedule(RUB_TERMS).installments
    return [PaymentMade(row.due_date, row.payment) for row in rows[:count]]


def test_payoff_worked_example_in_roubles():
    quote = payoff_quote(build_schedule(RUB_TERMS), rub_paid(2), date(2026, 10, 1))
    assert quote.last_due_date == date(2026, 9, 15)
    assert quote.principal_outstanding == rub("800000.00")
    assert quote.per_diem == rub("348.49")
    assert quote.accrued_interest == rub("5575.89")
    assert quote.past_due == quote.penalty_interest == quote.fees == quote.prepayment_compensation == rub("0")
    assert quote.total == rub("805575.89") and quote.currency == "RUB"
    # Two days later: 805,575.89 + 2 × 348.49 = 806,272.87; the day before is not cheaper.
    assert quote.amount_on(date(2026, 10, 3)) == rub("806272.87")
    assert quote.amount_on(date(2026, 9, 30)) == rub("805575.89")


def test_payoff_with_past_due_penalty_fees_and_compensation():
    schedule = build_schedule(RUB_TERMS)
    quote = payoff_quote(schedule, rub_paid(1), date(2026, 10, 1), fees=rub("3000"),
                         compensation_months_interest=1)
    # Installment 2 unpaid: 100,000 + 900,000 × 0.159 / 12 (= 11,925.00) = 111,925.00
    assert quote.past_due == rub("111925.00")
    # 111,925.00 × 0.20 × 16 / 365 = 981.260... -> 981.26
    assert quote.penalty_interest == rub("981.26")
    # One month's interest on 800,000: 800,000 × 0.159 / 12 = 10,600.00
    assert quote.prepayment_compensation == rub("10600.00")
    # 800,000 + 5,575.89 + 111,925.00 + 981.26 + 3,000 + 10,600 = 932,082.15
    assert quote.total == rub("932082.15")


def test_payoff_before_the_first_due_date_and_with_an_advance():
    schedule = build_schedule(RUB_TERMS)
    early = payoff_quote(schedule, [], date(2026, 8, 1))
    # 2026-07-10 -> 2026-08-01: 22 days; 1,000,000 × 0.159 × 22 / 365 = 9,583.56
    assert early.last_due_date is None
    assert (early.principal_outstanding, early.accrued_interest) == (rub("1000000"), rub("9583.56"))
    # 50,000 paid beyond the two installments due goes to principal.
    payments = rub_paid(2) + [PaymentMade(date(2026, 9, 15), rub("50000"))]
    quote = payoff_quote(schedule, payments, date(2026, 10, 1))
    # 750,000 × 0.159 × 16 / 365 = 5,227.397... -> 5,227.40
    assert (quote.principal_outstanding, quote.accrued_interest) == (rub("750000"), rub("5227.40"))


def test_payoff_of_a_loan_paid_in_full_is_zero():
    quote = payoff_quote(build_schedule(RUB_TERMS), rub_paid(10), date(2027, 6, 1),
                         compensation_months_interest=1)
    assert quote.total == rub("0") and quote.per_diem == rub("0")
    assert quote.amount_on(date(2027, 7, 1)) == rub("0")


def test_payoff_after_a_prepayment_in_the_same_period():
    schedule = prepay(build_schedule(JPY_TERMS), date(2026, 7, 5), jpy(200_000),
                      PrepaymentMode.LOWER_INSTALLMENT).schedule
    payments = paid(*[(day, 21_244) for day in DUE[:5]], (date(2026, 7, 5), 200_000))
    quote = payoff_quote(schedule, payments, date(2026, 7, 10))
    assert quote.last_due_date == date(2026, 6, 20) and quote.past_due == jpy(0)
    assert quote.principal_outstanding == jpy(905_403)
    # The remaining 905,403 for 20 days since 2026-06-20, and the prepaid
    # 200,000 for the 15 days it was still owed:
    # (905,403 × 20 + 200,000 × 15) × 0.024 / 365 = 1,387.93... -> 1,388
    assert quote.accrued_interest == jpy(1_388)


def test_payoff_refusals():
    schedule = build_schedule(RUB_TERMS)
    with pytest.raises(ValidationError) as err:
        payoff_quote(schedule, [], date(2026, 7, 1))
    assert err.value.fields == ("good_through",)
    with pytest.raises(ValidationError) as err:
        payoff_quote(schedule, [], date(2026, 8, 1), fees=rub("-1"))
    assert err.value.fields == ("fees",)


# -- properties -----------------------------------------------------------------

PROPERTY = settings(max_examples=200, deadline=None)


@st.composite
def loan_terms(draw, methods=tuple(RepaymentMethod)):
    currency = draw(st.sampled_from(["JPY", "CNY", "RUB", "USD"]))
    method = draw(st.sampled_from(methods))
    minor = draw(st.integers(min_value=2, max_value=10 ** (9 + MINOR_DIGITS[currency])))
    residual = None
    if method is RepaymentMethod.BALLOON:
        residual = Money(draw(st.integers(min_value=1, max_value=minor - 1)), currency)
    return LoanTerms(
        principal=Money(minor, currency),
        annual_rate=Decimal(draw(st.integers(min_value=0, max_value=3000))) / 10000,  # 0-30 %
        term_months=draw(st.integers(min_value=1, max_value=12 if method is RepaymentMethod.BULLET else 600)),
        method=method,
        disbursed_on=draw(st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))),
        due_day=draw(st.integers(min_value=1, max_value=31)),
        day_count=draw(st.sampled_from(DayCount)),
        residual=residual,
    )


@PROPERTY
@given(loan_terms())
def test_every_schedule_repays_exactly_the_loan(terms):
    schedule = build_schedule(terms)
    rows = schedule.installments
    assert len(rows) == (1 if terms.method is RepaymentMethod.BULLET else terms.term_months)
    assert [row.due_date for row in rows] == due_dates(terms)
    assert_rows_consistent(schedule)
    for row in rows:
        assert row.payment.currency == terms.currency
    if terms.method is RepaymentMethod.BALLOON:
        assert rows[-1].principal >= terms.residual


@PROPERTY
@given(loan_terms(), st.data())
def test_every_prepayment_keeps_the_schedule_whole(terms, data):
    schedule = build_schedule(terms)
    rows = schedule.installments
    last_due = rows[-1].due_date
    on = data.draw(st.dates(min_value=terms.disbursed_on, max_value=last_due - timedelta(days=1)))
    kept = [row for row in rows if row.due_date <= on]
    balance = kept[-1].closing_balance if kept else terms.principal
    floor = terms.residual.minor if terms.residual else 0
    assume(balance.minor - floor >= 1 and balance.minor >= 2)
    amount = Money(data.draw(st.integers(min_value=1, max_value=min(balance.minor - 1, balance.minor - floor))),
                   terms.currency)
    modes = [PrepaymentMode.LOWER_INSTALLMENT]
    if terms.method is not RepaymentMethod.BALLOON:
        modes.append(PrepaymentMode.SHORTER_TERM)
    result = prepay(schedule, on, amount, data.draw(st.sampled_from(modes)))
    new_rows = result.schedule.installments
    assert new_rows[: len(kept)] == tuple(kept)
    assert new_rows[len(kept)].prepayment and new_rows[len(kept)].principal == amount
    assert len(new_rows) == len(kept) + 1 + result.remaining_term
    assert 1 <= result.remaining_term <= len(rows) - len(kept)
    assert_rows_consistent(result.schedule)


@PROPERTY
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=400), st.integers(min_value=1, max_value=60_000)),
                max_size=15),
       st.integers(min_value=0, max_value=420))
def test_arrears_account_for_every_yen(raw_payments, days_after):
    schedule = build_schedule(JPY_TERMS)
    start = JPY_TERMS.disbursed_on
    payments = [PaymentMade(start + timedelta(days=d), jpy(a)) for d, a in raw_payments]
    as_of = start + timedelta(days=days_after)
    status: ArrearsStatus = arrears(schedule, payments, as_of)
    due = [row for row in schedule.installments if row.due_date <= as_of]
    received = sum(p.amount.minor for p in payments if p.paid_on <= as_of)
    owed = sum(row.payment.minor for row in due)
    # What was received either settled installments due, or is an advance.
    assert received - status.advance.minor == owed - status.arrears.minor
    assert status.installments_due == len(due)
    assert status.installments_paid_in_full + len(status.past_due) == len(due)
    assert status.consecutive_missed <= status.cumulative_missed <= len(due)
    assert status.advance.is_zero() or status.arrears.is_zero()
